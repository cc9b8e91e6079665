"""The shape of an email task in a lesson pack (pure Python, pydantic).

A task is one ``[[exercises]]`` table. Its ``kind`` says what the learner does:

- ``write``: write an email (a new one, or a reply, reply-all or forward of a message
  of the task's inbox, see ``action`` and ``about``); graded by ``[exercises.rubric]``;
- ``phishing``: look at the inbox and report the fake messages, saying why;
- ``read``: open a message (and its attachment) and answer one question about it.

Every table forbids unknown keys, so a trainer's typo is an error, not silence.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from tutor import cues
from tutor.content.schema import ExerciseBase, Identifier

Clue = Literal["sender", "urgency", "link", "attachment", "personal_data"]
CLUES: tuple[str, ...] = ("sender", "urgency", "link", "attachment", "personal_data")
NonEmpty = Annotated[str, StringConstraints(min_length=1, max_length=4000)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Document(_Strict):
    """A file: an attachment of a message, or one in the learner's Documents folder."""

    name: Annotated[str, StringConstraints(pattern=r"^[^/\\:*?\"<>|]{1,80}\.[A-Za-z0-9]{1,5}$")]
    text: str = ""  # what the learner sees when they open it


class InboxMessage(_Strict):
    id: Identifier
    sender: NonEmpty  # "Maria Lopez <maria.lopez@centre.example>"
    to: list[str] = []  # empty: the learner
    cc: list[str] = []
    subject: NonEmpty
    date: Annotated[str, StringConstraints(pattern=r"^\d{4}-\d\d-\d\d( \d\d:\d\d)?$")]
    body: NonEmpty  # plain text; a link is written [text](target)
    attachments: list[Document] = []
    folder: Literal["inbox", "spam"] = "inbox"
    phishing: bool = False
    clues: list[Clue] = []  # for a fake: why it is one
    explanation: str = ""  # shown after a phishing task: why it is fake (or real)

    @model_validator(mode="after")
    def _clues_only_for_fakes(self) -> InboxMessage:
        if self.clues and not self.phishing:
            raise ValueError("only a message with phishing = true has clues")
        if self.phishing and not self.clues:
            raise ValueError("a phishing message needs at least one clue")
        return self


class Fact(_Strict):
    """Something the email must say: any one of the alternatives (case, accents and
    spaces do not matter)."""

    name: NonEmpty  # what it is, for the hint: "the date of the interview"
    any: list[NonEmpty] = Field(min_length=1)


class Rubric(_Strict):
    to: list[str] = []
    cc: list[str] = []
    bcc: list[str] = []
    subject: list[str] = []  # any of these words fits; empty: only "present"
    style: Literal["formal", "friendly"] = "formal"  # the register: greetings, closings
    greeting: bool = True
    closing: bool = True
    facts: list[Fact] = []
    # What the email must answer, when the task implies it: say yes (accept, confirm) or
    # no (decline, cancel). Read clause by clause with the language's negation.
    stance: Literal["accept", "decline", "confirm", "cancel"] | None = None
    attachments: list[str] = []  # exactly these files
    min_words: int = Field(default=10, ge=0, le=2000)
    max_words: int = Field(default=250, ge=1, le=5000)
    spelling: bool = True
    max_spelling_mistakes: int = Field(default=1, ge=0, le=50)
    pass_mark: float = Field(default=0.8, gt=0, le=1)

    @model_validator(mode="after")
    def _some_recipient(self) -> Rubric:
        if not (self.to or self.cc or self.bcc):
            raise ValueError("the rubric needs at least one recipient in to, cc or bcc")
        if self.min_words > self.max_words:
            raise ValueError("min_words is larger than max_words")
        return self


class EmailExercise(ExerciseBase):
    kind: Literal["write", "phishing", "read"] = "write"
    instructions: NonEmpty
    action: Literal["new", "reply", "reply_all", "forward"] = "new"
    about: str = ""  # the inbox message to reply to, forward or read
    inbox: list[InboxMessage] = []
    documents: list[Document] = []  # added to the Documents folder for this task
    names: list[str] = []  # more names of people and places that are not misspellings
    rubric: Rubric | None = None
    question: str = ""  # read tasks
    choices: list[NonEmpty] = []
    answer: int = Field(default=0, ge=0)  # index in choices
    model_answer: str = ""

    @model_validator(mode="after")
    def _consistent(self) -> EmailExercise:
        ids = [m.id for m in self.inbox]
        if len(set(ids)) != len(ids):
            raise ValueError("two inbox messages have the same id")
        if self.about and self.about not in ids:
            raise ValueError(f"about = {self.about!r} is not the id of an inbox message")
        if self.kind == "write":
            if self.rubric is None:
                raise ValueError("a write task needs a [exercises.rubric] table")
            if self.action != "new" and not self.about:
                raise ValueError(f"action = {self.action!r} needs about = the message's id")
        if self.kind == "phishing" and not any(m.phishing for m in self.inbox):
            raise ValueError("a phishing task needs at least one message with phishing = true")
        if self.kind == "read":
            if not self.about or len(self.choices) < 2 or not self.question:
                raise ValueError("a read task needs about, a question and at least two choices")
            if self.answer >= len(self.choices):
                raise ValueError("answer is the number of a choice, counted from 0")
        return self


def cue(exercise: EmailExercise) -> cues.Cue:
    """The picture and short words above a task's instructions."""
    if exercise.kind == "phishing":
        return cues.SPOT_FAKES
    if exercise.kind == "read":
        return cues.READ_EMAIL
    return {"reply": cues.REPLY, "reply_all": cues.REPLY_ALL,
            "forward": cues.FORWARD}.get(exercise.action, cues.WRITE_EMAIL)
