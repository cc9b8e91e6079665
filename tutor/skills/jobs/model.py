"""What a job-tasks project in a pack may say (``lessons/jobs/<language>/*.toml``).

A **project** is one exercise: the work a company would give a worker on an online
platform, with its written **guidelines** (a few short rules, each with an optional
picture), a **qualification** set of gold tasks (pass at ``pass_mark``, 80 % as the
platforms ask, with ``retries`` more tries), then a **queue** of tasks, each scored for
quality and timed for speed.

Task kinds (``Task.kind``) and what each one needs:

- ``classify``: a ``text`` (a customer's message) and the ``labels`` to choose from;
  ``answer`` is the gold label.
- ``entities``: a ``text``, the entity ``labels`` (PERSON, PLACE, DATE, AMOUNT...) and
  the gold ``spans`` (character offsets, end excluded, into ``text``).
- ``boxes``: a ``scene`` of objects drawn by Tutor on a 640x400 picture; the learner
  draws a box round each object of the class ``labels[0]``; the gold boxes are the
  scene's objects of that class (a box counts when its IoU with a gold box is at least
  ``IOU_PASS``).
- ``data-entry``: a ``document`` (form, invoice, receipt or ID card, drawn by Tutor from
  its fields, with skew, a stamp and handwriting-like fields) whose ``fields`` the learner
  types into a form; scored per field (exact, near miss) and in keystrokes per hour.
  With ``submitted_fields`` (a first keyer's values) it is double entry: the fields where
  the learner's entry and the first keyer's differ are shown to check before the answer.
- ``review``: another worker's answer to check, with planted errors: a ``classify``
  review (``text``, ``labels``, the gold ``answer`` and the ``submitted`` label) or a
  ``data-entry`` review (a ``document`` and the ``submitted`` values per field); the
  learner marks what is wrong.
- ``transcribe``: a short recording (``audio``, a file in ``assets/jobs/audio/``) typed
  under the project's style guide (``style``: ``clean`` or ``full`` verbatim, with the
  platforms' tags such as ``[inaudible]``); ``answer`` is the gold transcript; scored by
  word error rate after the style's normalisation (``transcription.py``).
- ``proposal``: a job post (``text``) on a freelancing platform; the learner writes a
  proposal (or a profile, with ``prompt``), graded like an email against ``rubric``
  (essentials, facts, tone, length, spelling; ``freelance.py``).
- ``order``: ``items`` to put in order (the steps of getting paid on a platform), given
  here in the right order and shown shuffled.

A ``classify`` task may also say why its answer is right (``explanation``, shown after the
answer): a scam job post ("pay to apply", "move to a private chat") is one.

Example::

    [[exercises]]
    id = "support-messages"
    title = "Sort customer messages"
    client = "Duka Mobile"
    outcomes = ["digcomp:1.2@2"]

    [[exercises.guidelines]]
    text = "Read the whole message before you choose."

    [[exercises.qualification]]
    id = "q1"
    kind = "classify"
    text = "My phone does not turn on since this morning."
    labels = ["Billing", "Technical problem", "Delivery", "Other"]
    answer = "Technical problem"
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from tutor.content.schema import ExerciseBase, Identifier
from tutor.skills.email.model import Rubric

Name = Annotated[str, StringConstraints(min_length=1, max_length=80)]
Sentence = Annotated[str, StringConstraints(min_length=1, max_length=600)]
LongText = Annotated[str, StringConstraints(min_length=1, max_length=4000)]

TASK_KINDS = ("classify", "entities", "boxes", "data-entry", "review", "transcribe",
              "proposal", "order")
STYLES = ("clean", "full")  # clean verbatim, full verbatim
DOCUMENT_KINDS = ("form", "invoice", "receipt", "id-card")
# What Tutor can draw in a scene for a boxes task (tutor/skills/jobs/view_scene.py).
SCENE_THINGS = ("person", "car", "bicycle", "bag", "phone", "bottle", "tree", "house",
                "dog", "chair")
SCENE_WIDTH, SCENE_HEIGHT = 640, 400
IOU_PASS = 0.7  # a drawn box counts when it overlaps a gold box this much (IoU)
FIELD_KINDS = ("text", "number", "date", "amount")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Guideline(_Model):
    """One rule of a project's guidelines: a sentence or two, maybe a picture (a file
    in ``assets/jobs/``)."""

    text: Sentence
    # a file name in assets/jobs/ (no folders)
    picture: Annotated[str, StringConstraints(pattern=r"^([a-z0-9][a-z0-9._-]{0,80}\.(png|svg))?$")] = ""


class Span(_Model):
    """A named entity: ``text[start:end]`` is one ``label``."""

    start: int = Field(ge=0)
    end: int = Field(ge=1)
    label: Name

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end <= self.start:
            raise ValueError("a span ends after it starts")
        return self


class SceneObject(_Model):
    """A thing drawn in a scene, in its box (pixels of a 640x400 picture)."""

    thing: Literal[SCENE_THINGS]  # type: ignore[valid-type]
    x: int = Field(ge=0, le=SCENE_WIDTH)
    y: int = Field(ge=0, le=SCENE_HEIGHT)
    w: int = Field(ge=8, le=SCENE_WIDTH)
    h: int = Field(ge=8, le=SCENE_HEIGHT)

    @model_validator(mode="after")
    def _inside(self) -> SceneObject:
        if self.x + self.w > SCENE_WIDTH or self.y + self.h > SCENE_HEIGHT:
            raise ValueError("a scene object lies outside the 640x400 picture")
        return self


class DocumentField(_Model):
    """A field of a document: its name, the label printed beside it, its value."""

    name: Identifier
    label: Name
    value: Annotated[str, StringConstraints(max_length=200)]
    kind: Literal[FIELD_KINDS] = "text"  # type: ignore[valid-type]
    handwritten: bool = False  # written by hand on the paper (harder to read)


class Document(_Model):
    """A paper the learner types from, drawn by Tutor."""

    kind: Literal[DOCUMENT_KINDS]  # type: ignore[valid-type]
    title: Name  # printed at the top: "INVOICE", the company's name...
    fields: list[DocumentField] = Field(min_length=1, max_length=30)
    stamp: Annotated[str, StringConstraints(max_length=30)] = ""  # "PAID", "RECEIVED"...
    skew: float = Field(default=0.0, ge=-5.0, le=5.0)  # degrees the paper is turned


class Task(_Model):
    id: Identifier
    kind: Literal[TASK_KINDS]  # type: ignore[valid-type]
    prompt: Annotated[str, StringConstraints(max_length=300)] = ""  # what to do, if not the usual
    text: Annotated[str, StringConstraints(max_length=4000)] = ""
    labels: list[Name] = Field(default_factory=list, max_length=20)
    answer: Annotated[str, StringConstraints(max_length=200)] = ""
    spans: list[Span] = Field(default_factory=list, max_length=100)
    scene: list[SceneObject] = Field(default_factory=list, max_length=30)
    document: Document | None = None
    # review: the other worker's label (classify) or values per field (data-entry)
    submitted: Annotated[str, StringConstraints(max_length=200)] = ""
    submitted_fields: dict[str, Annotated[str, StringConstraints(max_length=200)]] = Field(
        default_factory=dict, max_length=30)
    explanation: Annotated[str, StringConstraints(max_length=600)] = ""  # shown after
    # transcribe
    audio: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]{0,80}\.(wav|ogg)$")] | None = None
    style: Literal[STYLES] = "clean"  # type: ignore[valid-type]
    transcript: Annotated[str, StringConstraints(max_length=4000)] = ""  # the gold one
    # proposal
    rubric: Rubric | None = None
    # order
    items: list[Annotated[str, StringConstraints(min_length=1, max_length=200)]] = Field(
        default_factory=list, max_length=12)

    @model_validator(mode="after")
    def _complete(self) -> Task:
        kind = self.kind
        if kind in ("classify", "review") and self.text and self.labels:
            if self.answer not in self.labels:
                raise ValueError(f"task {self.id}: its answer is not one of its labels")
            if kind == "review" and self.submitted not in self.labels:
                raise ValueError(f"task {self.id}: the submitted label is not one of its labels")
            return self
        if kind == "classify":
            raise ValueError(f"task {self.id}: a classify task has a text, labels and an answer")
        if kind == "entities":
            if not self.text or not self.labels:
                raise ValueError(f"task {self.id}: an entities task has a text and labels")
            for span in self.spans:
                if span.end > len(self.text) or span.label not in self.labels:
                    raise ValueError(f"task {self.id}: a span is outside the text or has an "
                                     "unknown label")
        elif kind == "boxes":
            if len(self.labels) != 1 or self.labels[0] not in SCENE_THINGS or not self.scene:
                raise ValueError(f"task {self.id}: a boxes task names one thing to box "
                                 "(labels) and has a scene")
        elif kind == "data-entry":
            if self.document is None:
                raise ValueError(f"task {self.id}: a data-entry task has a document")
            # (a first keyer's values: the task is keyed a second time, double entry)
            if set(self.submitted_fields) - {field.name for field in self.document.fields}:
                raise ValueError(f"task {self.id}: submitted_fields names a field the "
                                 "document has not")
        elif kind == "transcribe":
            if not self.audio or not self.transcript:
                raise ValueError(f"task {self.id}: a transcribe task has an audio file and "
                                 "its transcript")
        elif kind == "proposal":
            if not self.text or self.rubric is None:
                raise ValueError(f"task {self.id}: a proposal task has a job post (text) "
                                 "and a rubric")
        elif kind == "order":
            if len(self.items) < 3 or len(set(self.items)) != len(self.items):
                raise ValueError(f"task {self.id}: an order task has at least three "
                                 "different items")
        elif kind == "review":
            if self.document is None or not self.submitted_fields:
                raise ValueError(f"task {self.id}: a review checks a classify answer (text, "
                                 "labels, answer, submitted) or a document's fields "
                                 "(document, submitted_fields)")
            names = {field.name for field in self.document.fields}
            if set(self.submitted_fields) - names:
                raise ValueError(f"task {self.id}: submitted_fields names a field the "
                                 "document has not")
        return self


class JobsExercise(ExerciseBase):
    """A project: guidelines, a qualification, a queue."""

    client: Name  # the (made-up) company that gives the work
    guidelines: list[Guideline] = Field(min_length=1, max_length=12)
    qualification: list[Task] = Field(min_length=3, max_length=20)
    queue: list[Task] = Field(min_length=3, max_length=200)
    pass_mark: float = Field(default=0.8, ge=0.5, le=1.0)
    retries: int = Field(default=1, ge=0, le=3)

    @model_validator(mode="after")
    def _unique_ids(self) -> JobsExercise:
        ids = [task.id for task in (*self.qualification, *self.queue)]
        if len(ids) != len(set(ids)):
            raise ValueError("two tasks of the project have the same id")
        return self
