"""Basic coding: Python for absolute beginners, with a runner that cannot hurt the app.

- ``model.py``: the exercises as lesson packs write them (pydantic);
- ``grading.py``: the checks, a program -> a verdict, and ``tutor grade FILE.py``;
- ``explanations.py``: errors explained in plain words;
- ``engine.py``: a learner's work on an exercise, the attempt it ends in, and what the
  room keeps in the learner's settings (pure Python, like the three above);
- ``sandbox.py``: the runner's parent side (a child process with limits);
  ``sandbox_child.py``: the child (standard library only);
- ``view.py`` and ``view_editor.py``: the room and the code editor (Qt).

``SKILL`` is built on first use (PEP 562), so the runner's child, which imports
``sandbox_child`` from this package, does not pay for the model and pydantic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from tutor.skills import Skill

TITLE = QT_TRANSLATE_NOOP("skills", "Basic coding")
DESCRIPTION = QT_TRANSLATE_NOOP(
    "skills", "Write your first programs in Python, one small step at a time.")


def __getattr__(name: str) -> Skill:
    if name != "SKILL":
        raise AttributeError(name)
    from tutor.skills import Skill
    from tutor.skills.coding.model import CodingExercise

    skill = Skill(
        id="coding",
        title=TITLE,
        icon="coding.svg",
        exercise_model=CodingExercise,
        view="tutor.skills.coding.view:make_room",
        description=DESCRIPTION,
        grade_file="tutor.skills.coding.grading:grade_file",
        placement_item="tutor.skills.coding.view_placement:make_item",
    )
    globals()["SKILL"] = skill
    return skill
