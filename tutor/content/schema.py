"""The shape of a lesson pack, checked with pydantic.

A pack is one TOML file::

    id = "typing-en-home-row"      # unique among all packs
    version = "1.0"
    language = "en"                # the language of the lesson text
    skill = "<skill id>"           # a registered skill: typing, email...
    title = "The home row"
    description = "..."            # optional

    [[exercises]]
    id = "asdf"
    title = "Your left hand"
    outcomes = ["icdl-ce:3.1.2", "digcomp:3.1@1"]   # optional: see tutor/curriculum.py
    ...                            # the fields of the skill's exercise model

Every table forbids unknown keys, so a typo in a key is an error, not silence.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

from tutor.curriculum import OutcomeError, parse_outcome

Identifier = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]{0,63}$", strip_whitespace=False)
]
Text = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Version = Annotated[str, StringConstraints(pattern=r"^\d+(\.\d+){0,3}$")]
LanguageCode = Literal["en", "fr", "ar", "sw"]


def _checked_outcome(value: str) -> str:
    try:
        parse_outcome(value)
    except OutcomeError as exc:  # its kind names the pack loader's message (packs.py)
        raise PydanticCustomError(exc.kind, str(exc), dict(exc.params)) from None
    return value


OutcomeId = Annotated[str, AfterValidator(_checked_outcome)]  # "framework:code", see curriculum


class ExerciseBase(BaseModel):
    """The fields every exercise has; each skill's exercise model extends it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Identifier
    title: Text
    outcomes: list[OutcomeId] = Field(default_factory=list, max_length=20)


class PackHeader(BaseModel):
    """A pack's own fields; its exercises are checked by their skill's model."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Identifier
    version: Version
    language: LanguageCode
    skill: Identifier
    title: Text
    description: str = ""
    author: str = ""
    exercises: list[dict[str, Any]] = Field(min_length=1)
