"""What a learner profile may hold: pictures, keyboard layouts, text sizes, names."""

from __future__ import annotations

from functools import cache

from tutor.errors import LearnerError
from tutor.i18n import LANGUAGES, QT_TRANSLATE_NOOP, normalise_language
from tutor.paths import resource

NAME_MAX = 40

# Keyboard layouts of the typing courses, with the name a learner recognises.
KEYBOARD_LAYOUTS: dict[str, str] = {
    "us": QT_TRANSLATE_NOOP("profiles", "QWERTY (English, Kiswahili)"),
    "fr": QT_TRANSLATE_NOOP("profiles", "AZERTY (French)"),
    "ar": QT_TRANSLATE_NOOP("profiles", "Arabic"),
}
# The first keys of each layout's top row, left to right: a learner can compare them with
# the keyboard in front of them without reading the name (ض is where QWERTY has Q).
LAYOUT_KEYS: dict[str, tuple[str, ...]] = {
    "us": ("Q", "W", "E", "R", "T", "Y"),
    "fr": ("A", "Z", "E", "R", "T", "Y"),
    "ar": ("ض", "ص", "ث", "ق", "ف", "غ"),
}
DEFAULT_LAYOUT = {"en": "us", "sw": "us", "fr": "fr", "ar": "ar"}

# Text sizes, as a factor on the normal size.
TEXT_SIZES: dict[str, float] = {"normal": 1.0, "large": 1.3, "xlarge": 1.65}
TEXT_SIZE_NAMES: dict[str, str] = {
    "normal": QT_TRANSLATE_NOOP("profiles", "Normal"),
    "large": QT_TRANSLATE_NOOP("profiles", "Large"),
    "xlarge": QT_TRANSLATE_NOOP("profiles", "Extra large"),
}


# The pictures' names, read by screen readers.
PICTURE_NAMES: dict[str, str] = {
    "sun": QT_TRANSLATE_NOOP("pictures", "sun"),
    "moon": QT_TRANSLATE_NOOP("pictures", "moon"),
    "star": QT_TRANSLATE_NOOP("pictures", "star"),
    "tree": QT_TRANSLATE_NOOP("pictures", "tree"),
    "flower": QT_TRANSLATE_NOOP("pictures", "flower"),
    "leaf": QT_TRANSLATE_NOOP("pictures", "leaf"),
    "mountain": QT_TRANSLATE_NOOP("pictures", "mountain"),
    "house": QT_TRANSLATE_NOOP("pictures", "house"),
    "boat": QT_TRANSLATE_NOOP("pictures", "boat"),
    "bicycle": QT_TRANSLATE_NOOP("pictures", "bicycle"),
    "car": QT_TRANSLATE_NOOP("pictures", "car"),
    "bus": QT_TRANSLATE_NOOP("pictures", "bus"),
    "ball": QT_TRANSLATE_NOOP("pictures", "ball"),
    "book": QT_TRANSLATE_NOOP("pictures", "book"),
    "cup": QT_TRANSLATE_NOOP("pictures", "cup"),
    "key": QT_TRANSLATE_NOOP("pictures", "key"),
    "umbrella": QT_TRANSLATE_NOOP("pictures", "umbrella"),
    "lamp": QT_TRANSLATE_NOOP("pictures", "lamp"),
    "fish": QT_TRANSLATE_NOOP("pictures", "fish"),
    "bird": QT_TRANSLATE_NOOP("pictures", "bird"),
    "butterfly": QT_TRANSLATE_NOOP("pictures", "butterfly"),
    "elephant": QT_TRANSLATE_NOOP("pictures", "elephant"),
    "giraffe": QT_TRANSLATE_NOOP("pictures", "giraffe"),
    "lion": QT_TRANSLATE_NOOP("pictures", "lion"),
}


@cache
def pictures() -> tuple[str, ...]:
    """The pictures a learner can choose, by name (files in assets/avatars)."""
    return tuple(sorted(p.stem for p in resource("assets", "avatars").glob("*.svg")))


def clean_name(name: str) -> str:
    """A display name, trimmed; a clear error if it is empty or too long."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise LearnerError(QT_TRANSLATE_NOOP("errors", "Please write your name."))
    if len(cleaned) > NAME_MAX:
        raise LearnerError(
            QT_TRANSLATE_NOOP("errors", "A name can have at most {max} letters."), max=NAME_MAX
        )
    return cleaned


UNKNOWN_CHOICE = {
    "picture": QT_TRANSLATE_NOOP("errors", "Unknown picture: {value}."),
    "language": QT_TRANSLATE_NOOP("errors", "Unknown language: {value}."),
    "keyboard_layout": QT_TRANSLATE_NOOP("errors", "Unknown keyboard: {value}."),
    "text_size": QT_TRANSLATE_NOOP("errors", "Unknown text size: {value}."),
}


def check_choice(value: str, allowed: object, field: str) -> str:
    """``value`` if it is one of ``allowed``; otherwise a clear error naming ``field``."""
    if value not in allowed:  # type: ignore[operator]
        raise LearnerError(UNKNOWN_CHOICE[field], value=value)
    return value


def default_layout(language: str) -> str:
    return DEFAULT_LAYOUT[normalise_language(language)]


__all__ = ["KEYBOARD_LAYOUTS", "LANGUAGES", "TEXT_SIZES", "clean_name", "pictures"]


def lesson_language(learner: object) -> str:
    """The language of a learner's lessons: their choice in settings ("ui" /
    "lesson_language"), or else the language of their screens."""
    settings = getattr(learner, "settings", None) or {}
    chosen = settings.get("ui", {}).get("lesson_language")
    return chosen if chosen in LANGUAGES else getattr(learner, "ui_language", "en")
