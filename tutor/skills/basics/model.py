"""What a computer-basics lesson in a pack may say (``lessons/basics/<language>/*.toml``).

Computer basics is for people who have never used a computer: every exercise is a few
short steps, each shown with a picture and said aloud (``say``), so reading is never
needed. Two families of exercise:

- **Pointer exercises** (``point``, ``click``, ``double-click``, ``right-click``,
  ``drag``, ``scroll``, ``hover``, ``hold``): targets appear one after another; the
  room measures how far from each target's centre the learner clicked, the misses, the
  time per target, and adapts the targets' size (``start_size`` down to ``min_size``) and
  the double-click time to the learner (see ``engine.py``).
- **Step exercises** (``keys``, ``controls``, ``window``, ``files``): a list of ``steps``,
  each one action the learner does on a practice screen inside Tutor (a text box, a
  practice window, a practice file explorer: nothing on the real disk is touched).

Example::

    [[exercises]]
    id = "click"
    title = "Click"
    kind = "click"
    say = "Click each circle."
    targets = 8

    [[exercises]]
    id = "enter-and-space"
    title = "Enter and Space"
    kind = "keys"
    say = "Use the big keys."

    [[exercises.steps]]
    do = "press"
    key = "Space"
    say = "Press the long key: Space."
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from tutor.content.schema import ExerciseBase

# Short words, said aloud: one or two sentences.
Say = Annotated[str, StringConstraints(min_length=1, max_length=240)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=80)]

POINTER_KINDS = ("hold", "point", "click", "double-click", "right-click", "drag", "scroll", "hover")
STEP_KINDS = ("keys", "controls", "window", "files")

# The keys a ``press`` step may ask for (Qt's names are mapped in the view).
KEYS = ("Enter", "Space", "Backspace", "Delete", "Shift", "CapsLock", "Tab",
        "Left", "Right", "Up", "Down", "Escape")

# What each step exercise's steps may ``do``.
ACTIONS: dict[str, tuple[str, ...]] = {
    # press a key; type a text (capitals, the number row, @ . _ -); correct a text in
    # a box (``start`` shown, ``text`` wanted: Backspace, Delete and the arrows); Tab to
    # the next box and type ``text`` there
    "keys": ("press", "type", "correct", "tab"),
    # click a button; tick or untick a check box (``value`` "on"/"off"); choose a radio
    # button or an item of a drop-down list (``value``); fill a text box; answer a
    # dialog with OK or Cancel (``value``); choose from the menu bar (``target`` is
    # "Menu/Item"); say what a pointer shape means (``target``: arrow, hand, text, busy)
    "controls": ("button", "check", "radio", "list", "text", "dialog", "menu", "pointer"),
    # a practice window inside the room
    "window": ("open", "move", "resize", "minimise", "maximise", "restore", "close"),
    # the practice file explorer: its files come from ``files``
    "files": ("open", "save", "new-folder", "move", "copy", "rename", "delete", "restore",
              "to-usb"),
}
POINTER_SHAPES = ("arrow", "hand", "text", "busy")


class Step(BaseModel):
    """One action of a step exercise. Which fields it needs depends on ``do``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    do: Name
    say: Say
    key: str = ""  # keys/press: one of KEYS
    text: str = Field(default="", max_length=200)  # keys: what to type; files: a new name
    start: str = Field(default="", max_length=200)  # keys/correct: the text to correct
    target: str = Field(default="", max_length=200)  # controls/files: what to act on
    value: str = Field(default="", max_length=200)  # controls: the choice; files: a folder
    choices: list[Name] = Field(default=[], max_length=12)  # controls: radio/list options


class BasicsExercise(ExerciseBase):
    """One exercise of computer basics (see the module's docstring)."""

    kind: Literal["hold", "point", "click", "double-click", "right-click", "drag", "scroll",
                  "hover", "keys", "controls", "window", "files"]
    say: Say  # what to do, in a few words, said aloud when the exercise opens
    # pointer exercises
    targets: int = Field(default=8, ge=1, le=40)  # how many targets, one after another
    start_size: int = Field(default=120, ge=24, le=300)  # a target's first diameter, px
    min_size: int = Field(default=32, ge=16, le=300)  # the smallest it shrinks to, px
    min_hits: float = Field(default=0.8, ge=0, le=1)  # share of targets hit first try
    menu: list[Name] = Field(default=[], max_length=10)  # right-click: the menu's items
    choose: str = ""  # right-click: the item to choose; hover: the tip to find
    tips: list[Name] = Field(default=[], max_length=12)  # hover: tips, one per target
    drag: Literal["", "file-to-folder", "picture"] = ""  # drag: what is dragged
    scroll_with: Literal["wheel", "bar", "either"] = "either"  # scroll: how
    # step exercises
    steps: list[Step] = Field(default=[], max_length=30)
    files: list[Annotated[str, StringConstraints(pattern=r"^[^/\\:*?\"<>|]{1,60}(/[^/\\:*?\"<>|]{1,60}){0,3}$")]] = Field(default=[], max_length=40)  # noqa: E501

    @model_validator(mode="after")
    def _consistent(self) -> BasicsExercise:
        if self.min_size > self.start_size:
            raise ValueError("min_size is larger than start_size")
        if self.kind in POINTER_KINDS:
            if self.steps:
                raise ValueError(f"a {self.kind} exercise has targets, not steps")
            if self.kind == "right-click":
                if len(self.menu) < 2 or self.choose not in self.menu:
                    raise ValueError("a right-click exercise needs a menu of two items or more "
                                     "and 'choose', one of them")
            if self.kind == "hover" and len(self.tips) < 2:
                raise ValueError("a hover exercise needs two tips or more")
            if self.kind == "drag" and not self.drag:
                raise ValueError("a drag exercise says what is dragged: "
                                 "'file-to-folder' or 'picture'")
            return self
        if not self.steps:
            raise ValueError(f"a {self.kind} exercise needs steps")
        allowed = ACTIONS[self.kind]
        for number, step in enumerate(self.steps, 1):
            if step.do not in allowed:
                raise ValueError(f"step {number}: a {self.kind} step does one of "
                                 f"{', '.join(allowed)}, not {step.do!r}")
            _check_step(self.kind, number, step, self.files)
        if self.kind == "files":
            # every step can be done, in order, in the practice explorer made from files
            from tutor.skills.basics.explorer import step_problems

            if problems := step_problems(self.files, self.steps):
                raise ValueError("; ".join(problems))
        return self


def _check_step(kind: str, number: int, step: Step, files: list[str]) -> None:
    where = f"step {number} ({step.do})"
    if kind == "keys":
        if step.do == "press" and step.key not in KEYS:
            raise ValueError(f"{where}: key is one of {', '.join(KEYS)}")
        if step.do in ("type", "tab", "correct") and not step.text:
            raise ValueError(f"{where}: needs the text to type")
        if step.do == "correct" and (not step.start or step.start == step.text):
            raise ValueError(f"{where}: needs a start text different from the text")
    elif kind == "controls":
        if step.do in ("radio", "list") and (len(step.choices) < 2
                                             or step.value not in step.choices):
            raise ValueError(f"{where}: needs two choices or more and a value among them")
        if step.do == "check" and step.value not in ("on", "off"):
            raise ValueError(f"{where}: value is 'on' or 'off'")
        if step.do == "dialog" and step.value not in ("OK", "Cancel"):
            raise ValueError(f"{where}: value is 'OK' or 'Cancel'")
        if step.do == "menu" and step.target.count("/") != 1:
            raise ValueError(f"{where}: target is 'Menu/Item'")
        if step.do == "pointer" and step.target not in POINTER_SHAPES:
            raise ValueError(f"{where}: target is one of {', '.join(POINTER_SHAPES)}")
        if step.do in ("button", "text") and not (step.target or step.text):
            raise ValueError(f"{where}: needs a target (the button) or a text")
    elif kind == "files":
        if step.do in ("open", "move", "copy", "rename", "delete", "to-usb") and not step.target:
            raise ValueError(f"{where}: needs the target file or folder")
        if step.do in ("save", "new-folder", "rename") and not step.text:
            raise ValueError(f"{where}: needs the new name (text)")
        if step.do in ("move", "copy") and not step.value:
            raise ValueError(f"{where}: needs the folder to put it in (value)")
