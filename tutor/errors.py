"""Errors a learner or trainer can meet, with a message that can be translated.

Each error carries its English source text (marked for ``lupdate``) and named parameters.
``str(error)`` is the English message, for logs and the command line; the GUI shows
``tutor.i18n.qt.translate_error(error)`` in the learner's language.
"""

from __future__ import annotations

from tutor.i18n import QT_TRANSLATE_NOOP

CONTEXT = "errors"


class TutorError(Exception):
    """A problem the user can meet and understand. Never a programming error."""

    def __init__(self, message: str, **params: object) -> None:
        self.source = message
        self.params = params
        super().__init__(self.format(message))

    def format(self, template: str) -> str:
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template


class DataDirError(TutorError):
    """The data folder cannot be created or written."""


class StorageError(TutorError):
    """The database cannot be opened, or a write did not reach the disk."""


class LearnerError(TutorError):
    """A learner profile request that cannot be met (empty name, bad PIN...)."""


def disk_full() -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The disk is full, so your last work could not be saved. "
            "Work saved before is safe. Ask your trainer to free some space.",
        )
    )
