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
    ...                            # the fields of the skill's exercise model

Every table forbids unknown keys, so a typo in a key is an error, not silence.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Identifier = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]{0,63}$", strip_whitespace=False)
]
Text = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Version = Annotated[str, StringConstraints(pattern=r"^\d+(\.\d+){0,3}$")]
LanguageCode = Literal["en", "fr", "ar", "sw"]


class ExerciseBase(BaseModel):
    """The fields every exercise has; each skill's exercise model extends it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Identifier
    title: Text


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
