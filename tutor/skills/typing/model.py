"""What a typing lesson in a pack may say (``lessons/typing/<language>/*.toml``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from tutor.content.schema import ExerciseBase

# The layout of a pack's language when a lesson does not name one.
LAYOUT_OF_LANGUAGE = {"en": "us", "sw": "us", "fr": "fr", "ar": "ar"}


class TypingExercise(ExerciseBase):
    """One lesson.

    - ``keys``: new keys; ``words``: real words; ``sentences``: real sentences;
      ``text``: a fixed text; ``data-entry``: values typed into form fields.
    - Without ``text`` (and for ``keys``/``words``), the practice text is made at run
      time from the language's word list (``assets/words/<language>.txt``), keeping only
      words written with ``keys``; ``new_keys`` are shown on the keyboard and appear in
      most words.
    """

    kind: Literal["keys", "words", "sentences", "text", "data-entry"] = "keys"
    instructions: str = ""
    layout: str = ""
    new_keys: str = ""
    keys: str = ""
    text: str = ""
    sentences: list[str] = []
    length: int = Field(default=120, ge=10, le=3000)
    min_wpm: float = Field(default=10, ge=0, le=150)
    min_accuracy: float = Field(default=92, ge=0, le=100)
    # data entry: a table to copy into a form, one row at a time
    columns: list[str] = []
    rows: list[list[str]] = []
    min_kph: int = Field(default=0, ge=0, le=30000)

    @model_validator(mode="after")
    def _consistent(self) -> TypingExercise:
        if self.kind == "data-entry":
            if not self.columns or not self.rows:
                raise ValueError("a data-entry lesson needs columns and rows")
            if any(len(row) != len(self.columns) for row in self.rows):
                raise ValueError("every row needs one value per column")
        elif self.kind == "sentences" and not (self.sentences or self.text):
            raise ValueError("a sentences lesson needs sentences")
        elif self.kind == "text" and not self.text:
            raise ValueError("a text lesson needs its text")
        elif self.kind in ("keys", "words") and not (self.keys or self.text):
            raise ValueError("a keys or words lesson needs keys (or a text)")
        return self
