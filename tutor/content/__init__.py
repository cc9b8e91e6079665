"""Lesson packs: TOML files of exercises, loaded and checked with precise errors."""

from tutor.content.packs import Catalogue, LessonPack, Problem, check_pack, load_catalogue

__all__ = ["Catalogue", "LessonPack", "Problem", "check_pack", "load_catalogue"]
