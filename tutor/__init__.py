"""Tutor: job-ready digital skills for adult beginners, offline, on shared lab PCs."""

__version__ = "0.1.0"
APP_NAME = "Tutor"
