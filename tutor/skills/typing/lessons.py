"""From a lesson in a pack to the text a learner types, its keyboard and its cue."""

from __future__ import annotations

import random

from tutor import cues
from tutor.skills.typing.model import LAYOUT_OF_LANGUAGE, TypingExercise
from tutor.skills.typing.textgen import practice_text


def layout_id(exercise: TypingExercise, language: str) -> str:
    return exercise.layout or LAYOUT_OF_LANGUAGE.get(language, "us")


def lesson_text(exercise: TypingExercise, language: str, rng: random.Random) -> str:
    """The text of one try of ``exercise`` (generated lessons differ from try to try)."""
    if exercise.kind == "sentences" and exercise.sentences:
        sentences = list(exercise.sentences)
        chosen: list[str] = []
        start = rng.randrange(len(sentences))
        while sum(len(s) + 1 for s in chosen) < exercise.length and len(chosen) < len(sentences):
            chosen.append(sentences[(start + len(chosen)) % len(sentences)])
        return _clean(" ".join(chosen))
    if exercise.text:
        return _clean(exercise.text, keep_lines="\n" in exercise.keys)
    return practice_text(language, exercise.keys, exercise.length, rng, focus=exercise.new_keys)


def _clean(text: str, keep_lines: bool = False) -> str:
    """Spaces made single; line breaks too, unless Enter is one of the lesson's keys
    (the numeric keypad's drills type a number, then Enter)."""
    if keep_lines:
        lines = (" ".join(line.split()) for line in text.split("\n"))
        return "\n".join(line for line in lines if line) + ("\n" if text.endswith("\n") else "")
    return " ".join(text.split())


def cue(exercise: TypingExercise) -> cues.Cue:
    """The picture and short words above a lesson's instructions."""
    if exercise.kind == "data-entry":
        return cues.COPY_INTO_FORM
    if exercise.layout == "keypad":
        return cues.TYPE_ON_KEYPAD
    return cues.TYPE_TEXT
