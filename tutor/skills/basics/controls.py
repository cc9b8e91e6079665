"""The practice form of a ``controls`` exercise: which controls it has, and when each
step is done or slipped.

The form is made from the exercise's steps (``model.ACTIONS["controls"]``), so a lesson
says only what the learner does:

- ``button``: click the button ``target`` (or ``text``); the step's ``choices`` are other
  buttons shown beside it.
- ``check``: tick (``value = "on"``) or untick (``"off"``) the check box ``target``
  (the form's one check box when there is no target).
- ``radio`` / ``list``: choose ``value`` among ``choices`` (radio buttons / a drop-down
  list; the list starts on an empty line, so every choice is an action).
- ``text``: write ``text`` in the text box ``target``; with no ``text``, anything, once
  the learner leaves the box (Enter or Tab).
- ``dialog``: a dialog asks ``target`` (or a question of the view's own); answer with OK
  or Cancel (``value``).
- ``menu``: choose ``target`` = "Menu/Item" from the menu bar; the step's ``choices`` are
  other items of that menu.
- ``pointer``: four areas of the practice screen each show a pointer shape (arrow, hand,
  text, busy) when the pointer is over them; click the one that shows ``target``.

The view hands each action over as an :class:`Act`; :func:`outcome` decides. An action on
the wrong control, or the wrong choice, is a slip; typing in a text box is judged when
the learner leaves it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from tutor.skills.basics.model import POINTER_SHAPES, BasicsExercise, Step

Outcome = Literal["done", "slip", ""]


def button_name(step: Step) -> str:
    return step.target or step.text


def group(choices: list[str] | tuple[str, ...]) -> str:
    """The name of a radio group or a list: its choices."""
    return "|".join(choices)


def menu_path(step: Step) -> tuple[str, str]:
    menu, _, item = step.target.partition("/")
    return menu.strip(), item.strip()


@dataclass(frozen=True)
class Form:
    """The controls of the practice form, in the order of the steps that use them."""

    buttons: tuple[str, ...] = ()
    checks: tuple[str, ...] = ()  # labels; "" is the form's one check box
    radios: tuple[tuple[str, ...], ...] = ()
    lists: tuple[tuple[str, ...], ...] = ()
    texts: tuple[str, ...] = ()  # labels; "" is the form's one text box
    menus: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (menu, its items)
    dialog: bool = False
    pointer: bool = False


def practice_form(exercise: BasicsExercise) -> Form:
    buttons: dict[str, None] = {}
    checks: dict[str, None] = {}
    radios: dict[tuple[str, ...], None] = {}
    lists: dict[tuple[str, ...], None] = {}
    texts: dict[str, None] = {}
    menus: dict[str, dict[str, None]] = {}
    for step in exercise.steps:
        if step.do == "button":
            buttons.update(dict.fromkeys([button_name(step), *step.choices]))
        elif step.do == "check":
            checks[step.target] = None
        elif step.do == "radio":
            radios[tuple(step.choices)] = None
        elif step.do == "list":
            lists[tuple(step.choices)] = None
        elif step.do == "text":
            texts[step.target] = None
        elif step.do == "menu":
            menu, item = menu_path(step)
            menus.setdefault(menu, {}).update(dict.fromkeys([item, *step.choices]))
    return Form(
        buttons=tuple(buttons), checks=tuple(checks), radios=tuple(radios),
        lists=tuple(lists), texts=tuple(texts),
        menus=tuple((menu, tuple(items)) for menu, items in menus.items()),
        dialog=any(s.do == "dialog" for s in exercise.steps),
        pointer=any(s.do == "pointer" for s in exercise.steps),
    )


def pointer_areas(step_index: int) -> tuple[str, ...]:
    """The pointer shapes of the four areas, left to right and top to bottom, turned
    round at each step so that a place is never the answer by habit."""
    shift = step_index % len(POINTER_SHAPES)
    return POINTER_SHAPES[shift:] + POINTER_SHAPES[:shift]


@dataclass(frozen=True)
class Act:
    """What the learner did on the form: ``control`` is one of the controls steps;
    ``name`` which control (a button's, check box's or text box's label, a radio group's
    or list's :func:`group`, "Menu/Item", an area's pointer shape); ``value`` its new
    state (check: on/off; radio, list: the choice; text: the box's text; dialog: OK or
    Cancel); ``left`` is set when the learner leaves a text box (Enter, Tab, a click
    elsewhere)."""

    control: str
    name: str = ""
    value: str = ""
    left: bool = False


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def outcome(step: Step, act: Act) -> Outcome:
    """Whether ``act`` finished ``step``, was a slip, or neither (see the module)."""
    if act.control != step.do:
        if act.control == "text" and not act.left:
            return ""  # still typing somewhere: judged when the box is left
        if act.control == "list" and not act.value:
            return ""  # the empty line of a list
        return "slip"
    if step.do == "button":
        return "done" if act.name == button_name(step) else "slip"
    if step.do == "check":
        return "done" if (act.name, act.value) == (step.target, step.value) else "slip"
    if step.do in ("radio", "list"):
        if not act.value:
            return ""
        return "done" if (act.name, act.value) == (group(step.choices), step.value) else "slip"
    if step.do == "text":
        if act.name != step.target:
            return "slip" if act.left else ""
        if step.text:
            if _same_words(act.value, step.text):
                return "done"
            return "slip" if act.left else ""
        return "done" if act.left and act.value.strip() else ""
    if step.do == "dialog":
        return "done" if act.value == step.value else "slip"
    if step.do == "menu":
        return "done" if act.name == "/".join(menu_path(step)) else "slip"
    if step.do == "pointer":
        return "done" if act.name == step.target else "slip"
    return ""
