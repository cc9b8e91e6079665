"""Languages of the interface, and the marker for translatable text in Qt-free modules.

Pure modules (engines, storage, lesson loading, the command line) never import Qt, yet
their messages reach learners. They mark each message with ``QT_TRANSLATE_NOOP(context,
text)``: Qt's ``lupdate`` collects it into the ``.ts`` sources, and the GUI translates it
at the edge with ``QCoreApplication.translate(context, text)`` (see ``tutor.i18n.qt``).
"""

from __future__ import annotations

# The languages of the interface, by ISO 639-1 code, each named in its own language
# (a learner who cannot read English must still recognise theirs).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "ar": "العربية",
    "sw": "Kiswahili",
}
RIGHT_TO_LEFT = frozenset({"ar"})
DEFAULT_LANGUAGE = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; return it unchanged."""
    return text


def is_right_to_left(language: str) -> bool:
    return language in RIGHT_TO_LEFT


def normalise_language(language: str | None) -> str:
    """Return a supported language code for ``language`` ("fr_FR.UTF-8" -> "fr")."""
    if not language:
        return DEFAULT_LANGUAGE
    code = language.replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE
