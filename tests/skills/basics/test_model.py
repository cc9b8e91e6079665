"""The computer-basics lesson schema refuses what the room could not do."""

import pytest
from pydantic import ValidationError

from tutor.skills.basics.model import BasicsExercise


def make(**fields):
    return BasicsExercise.model_validate({"id": "x", "title": "X", "say": "Do it.", **fields})


def test_a_pointer_exercise_and_a_step_exercise_load():
    assert make(kind="click", targets=5).targets == 5
    keys = make(kind="keys", steps=[{"do": "press", "key": "Enter", "say": "Press Enter."}])
    assert keys.steps[0].key == "Enter"


@pytest.mark.parametrize("fields, words", [
    ({"kind": "keys", "steps": [{"do": "press", "key": "Ent", "say": "Press."}]}, "key is one of"),
    ({"kind": "keys", "steps": []}, "needs steps"),
    ({"kind": "click", "steps": [{"do": "press", "key": "Enter", "say": "x"}]}, "targets, not steps"),
    ({"kind": "right-click", "menu": ["Open"], "choose": "Open"}, "menu of two items"),
    ({"kind": "drag"}, "what is dragged"),
    ({"kind": "click", "start_size": 40, "min_size": 60}, "min_size is larger"),
    ({"kind": "controls", "steps": [{"do": "dialog", "value": "Yes", "say": "x"}]}, "'OK' or 'Cancel'"),
    ({"kind": "window", "steps": [{"do": "fly", "say": "x"}]}, "not 'fly'"),
    # a files step naming a file that is never there is a pack error, found by playing
    # the steps in the practice explorer
    ({"kind": "files", "files": ["Documents/CV.txt"],
      "steps": [{"do": "open", "target": "Documents/Letter.txt", "say": "Open it."}]},
     "no 'Documents/Letter.txt'"),
])
def test_a_lesson_the_room_could_not_play_is_refused_with_the_reason(fields, words):
    with pytest.raises(ValidationError, match=words):
        make(**fields)


def test_a_files_exercise_that_can_be_played_loads():
    exercise = make(kind="files", files=["Documents/CV.txt"], steps=[
        {"do": "open", "target": "Documents", "say": "Open Documents."},
        {"do": "rename", "target": "Documents/CV.txt", "text": "My CV.txt", "say": "Rename it."},
    ])
    assert len(exercise.steps) == 2
