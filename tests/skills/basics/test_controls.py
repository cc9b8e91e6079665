"""The practice form: the controls a lesson's steps make, and when each step is done."""

from __future__ import annotations

import tomllib
from pathlib import Path

from tutor.skills.basics.controls import (
    Act,
    Form,
    group,
    outcome,
    pointer_areas,
    practice_form,
)
from tutor.skills.basics.model import BasicsExercise, Step


def step(do: str, **fields) -> Step:
    return Step(do=do, say="Do it.", **fields)


def exercise(*steps: Step) -> BasicsExercise:
    return BasicsExercise(id="form", title="A form", kind="controls", say="Fill the form.",
                          steps=list(steps))


def test_the_form_is_made_from_the_steps():
    form = practice_form(exercise(
        step("text", target="Name", text="Amina"),
        step("check", target="I agree", value="on"),
        step("radio", choices=["Morning", "Evening"], value="Evening"),
        step("list", choices=["Kenya", "Uganda", "Rwanda"], value="Rwanda"),
        step("button", target="Send", choices=["Help"]),
        step("menu", target="File/Save", choices=["Open", "Print"]),
        step("menu", target="Edit/Copy"),
        step("dialog", value="OK"),
        step("check", target="I agree", value="off"),
    ))
    assert form == Form(
        buttons=("Send", "Help"), checks=("I agree",), radios=(("Morning", "Evening"),),
        lists=(("Kenya", "Uganda", "Rwanda"),), texts=("Name",),
        menus=(("File", ("Save", "Open", "Print")), ("Edit", ("Copy",))),
        dialog=True, pointer=False)


def test_a_button_click():
    send = step("button", target="Send")
    assert outcome(send, Act("button", "Send")) == "done"
    assert outcome(send, Act("button", "Help")) == "slip"
    assert outcome(send, Act("check", "I agree", "on")) == "slip"


def test_ticking_and_unticking():
    tick = step("check", target="I agree", value="on")
    assert outcome(tick, Act("check", "I agree", "on")) == "done"
    untick = step("check", target="I agree", value="off")
    assert outcome(untick, Act("check", "I agree", "on")) == "slip"
    assert outcome(untick, Act("check", "I agree", "off")) == "done"


def test_radio_and_list_choices():
    radio = step("radio", choices=["Morning", "Evening"], value="Evening")
    assert outcome(radio, Act("radio", group(["Morning", "Evening"]), "Evening")) == "done"
    assert outcome(radio, Act("radio", group(["Morning", "Evening"]), "Morning")) == "slip"
    country = step("list", choices=["Kenya", "Rwanda"], value="Rwanda")
    assert outcome(country, Act("list", "Kenya|Rwanda", "Rwanda")) == "done"
    assert outcome(country, Act("list", "Kenya|Rwanda", "Kenya")) == "slip"
    assert outcome(country, Act("list", "Kenya|Rwanda", "")) == ""  # the empty line


def test_a_text_box_is_judged_when_left():
    name = step("text", target="Name", text="Amina")
    assert outcome(name, Act("text", "Name", "Ami")) == ""
    assert outcome(name, Act("text", "Name", "Ami", left=True)) == "slip"
    assert outcome(name, Act("text", "Name", "Amina ")) == "done"  # spaces round it: fine
    assert outcome(name, Act("text", "Town", "Amina")) == ""
    assert outcome(name, Act("text", "Town", "Amina", left=True)) == "slip"


def test_a_text_box_with_anything_in_it():
    anything = step("text", target="Name")
    assert outcome(anything, Act("text", "Name", "Jo")) == ""
    assert outcome(anything, Act("text", "Name", "Jo", left=True)) == "done"
    assert outcome(anything, Act("text", "Name", "  ", left=True)) == ""


def test_typing_in_another_box_waits_until_it_is_left():
    send = step("button", target="Send")
    assert outcome(send, Act("text", "Name", "x")) == ""
    assert outcome(send, Act("text", "Name", "x", left=True)) == "slip"


def test_dialog_menu_and_pointer():
    ok = step("dialog", value="OK")
    assert outcome(ok, Act("dialog", value="OK")) == "done"
    assert outcome(ok, Act("dialog", value="Cancel")) == "slip"
    save = step("menu", target="File / Save")
    assert outcome(save, Act("menu", "File/Save")) == "done"
    assert outcome(save, Act("menu", "File/Open")) == "slip"
    hand = step("pointer", target="hand")
    assert outcome(hand, Act("pointer", "hand")) == "done"
    assert outcome(hand, Act("pointer", "busy")) == "slip"


def test_the_pointer_areas_turn_round_at_each_step():
    assert pointer_areas(0) == ("arrow", "hand", "text", "busy")
    assert pointer_areas(1) == ("hand", "text", "busy", "arrow")
    assert pointer_areas(4) == pointer_areas(0)
    assert {pointer_areas(i).index("hand") for i in range(4)} == {0, 1, 2, 3}


# --- every shipped controls exercise, done right ------------------------------------------

LESSONS = Path(__file__).parents[3] / "lessons" / "basics"


def shipped(kind: str) -> list[tuple[str, BasicsExercise]]:
    found = []
    for path in sorted(LESSONS.glob("*/*.toml")):
        for raw in tomllib.loads(path.read_text(encoding="utf-8")).get("exercises", []):
            exercise = BasicsExercise.model_validate(raw)
            if exercise.kind == kind:
                found.append((f"{path.parent.name}/{path.name}:{exercise.id}", exercise))
    return found


def right_act(step: Step) -> Act:
    """What a learner who does the step right does on the form."""
    if step.do == "button":
        return Act("button", step.target or step.text)
    if step.do == "check":
        return Act("check", step.target, step.value)
    if step.do in ("radio", "list"):
        return Act(step.do, group(step.choices), step.value)
    if step.do == "text":
        return Act("text", step.target, step.text or "Amina", left=True)
    if step.do == "dialog":
        return Act("dialog", value=step.value)
    return Act(step.do, step.target.replace(" / ", "/"))


def test_every_shipped_controls_step_is_done_by_the_right_act_on_its_form():
    exercises = shipped("controls")
    assert len(exercises) >= 20
    for where, exercise in exercises:
        form = practice_form(exercise)
        for number, each in enumerate(exercise.steps, 1):
            assert outcome(each, right_act(each)) == "done", (where, number)
            # the control the step acts on is on the form
            if each.do == "check":
                assert each.target in form.checks
            elif each.do == "button":
                assert (each.target or each.text) in form.buttons
            elif each.do == "menu":
                menu, item = (part.strip() for part in each.target.split("/"))
                assert item in dict(form.menus)[menu], (where, number)
