"""The skill registry: every skill of Tutor, registered in one place.

A skill is a folder ``tutor/skills/<id>/`` whose ``__init__.py`` defines ``SKILL``, a
:class:`Skill`. Adding a skill means adding its folder and one line to ``INSTALLED``
below; nothing else in the app names a skill.

``engine.py`` of a skill holds its rules (pure Python); its ``view.py`` holds its
widgets. The registry only stores the *path* of the view (``"module:callable"``), so the
command line and the engines never import Qt. The GUI imports the view when a learner
opens the skill and calls it as ``factory(host)`` where ``host`` is a
``tutor.ui.rooms.RoomHost`` (the open learner, the database, the lesson packs and a
way to record an attempt); it returns the skill's room, a QWidget.

Two optional hooks, also given as ``"module:function"`` paths and imported only when
used, keep the command line free of skill names:

- ``grade_file(pack, exercise, path) -> tutor.grading.Verdict`` grades an answer file
  (``.xlsx``, ``.py``, ``.eml``...) for ``tutor grade --exercise PACK/EXERCISE FILE``;
  it raises ``tutor.errors.TutorError`` for a file it cannot read.
- ``trainer_settings`` is a ``"module:Class"`` path of a dialog (imported by the GUI
  only) in which the trainer changes one learner's settings of this skill (typing: the
  thresholds; the placement: the learner's levels and path); it is called as
  ``Class(settings, parent, context)`` with the learner's settings of the skill and a
  ``tutor.ui.trainer_view.TrainerContext`` (``db``, ``catalogue``, ``skills`` and the
  ``learner``), and gives the new values with ``values()``. A dialog whose
  ``open_room`` is true when accepted asks to open the skill's room for the learner
  (the placement: "Start a placement now"). ``trainer_settings_label`` names its button
  (marked with ``QT_TRANSLATE_NOOP("skills", ...)``).
- ``trainer_class`` is a ``"module:Class"`` path of a dialog about the whole class
  (the placement: the class grouped by level), called as ``Class(context, parent)``;
  ``trainer_learner`` and its label, the same for one learner, ``context.learner`` (the
  assessments: the learner's results and their credentials)
  with a ``TrainerContext`` whose ``learner`` is None; ``trainer_class_label`` names its
  button among the class's.
- ``best_metric = (metric, companion)`` makes the trainer's class view show the best
  ``metric`` of the skill's attempts and the ``companion`` of that attempt (typing: the
  best words per minute, with the accuracy of that try).
- ``cli(subcommands)`` adds the skill's own sub-commands to ``tutor`` (for example
  ``tutor sheets eval``): it receives argparse's sub-parsers object and sets
  ``func(args) -> int`` as the default of each parser it adds.
- ``next_step(db, learner, catalogue) -> (skill id, pack id, exercise id, title) | None``
  gives the exercise the home screen offers first, as one large "Next step" tile that
  opens that skill's room on that exercise (the placement: the first exercise of the
  learner's path). The home shows the first one a skill gives; None shows no tile.
- ``placement_item(pack, exercise, clock, parent) -> QWidget`` (imported by the GUI
  only) gives a compact widget (about 1000x400 px) in which the learner does one
  exercise of the skill as an item of the placement (``tutor.skills.placement``), with
  the skill's own widgets and engine. The widget has a signal ``answered =
  Signal(object)`` that it emits once, with the skill's ``tutor.grading.Verdict`` (or
  any object with ``.passed``), when the learner has finished; it never records an
  attempt (the placement's attempt is the one recorded). ``clock`` is a
  ``Callable[[], float]`` of seconds (``time.monotonic`` in the app). It may raise for
  an exercise it cannot show. A skill without this hook is skipped by the placement:
  its level stays unknown ("not checked yet" on the skill map), never a failure.
- ``report(db, learner, skills, translate, date) -> (heading, [(label, value), ...]) |
  None`` adds a section to a learner's progress report (the placement: the levels it
  found); ``translate(context, source)`` and ``date(datetime)`` are in the report's
  language.
- ``first_visit=True`` marks the skill whose room opens by itself on a learner's first
  visit, just after they made their profile (the placement: it is offered first).
- ``course=False`` marks a skill that is not a course of lessons (the placement: its
  attempts are placements): the trainer's class view, the reports and the class CSV
  give it no column of exercises passed (``course_skills``).
- ``home=False`` keeps a skill off the learner's home screen (the assessments: only a
  trainer opens them, through ``trainer_settings``'s ``open_room``).

A skill that fails to import is logged and left out; the app still starts.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the registry is read at every start: no pydantic import for it
    from pydantic import BaseModel

log = logging.getLogger(__name__)

# One line per skill, in the order of the home screen.
INSTALLED: tuple[str, ...] = (
    "tutor.skills.placement",  # first: a newcomer finds their level (and their path)
    "tutor.skills.basics",  # then the mouse
    "tutor.skills.typing",
    "tutor.skills.email",
    "tutor.skills.sheets",
    "tutor.skills.coding",
    "tutor.skills.jobs",  # the jobs themselves, on the skills underneath
    "tutor.skills.assessment",  # supervised tests a trainer starts (no home tile)
)


@dataclass(frozen=True)
class Skill:
    id: str
    title: str  # English source text, marked with QT_TRANSLATE_NOOP("skills", ...)
    icon: str  # a file in assets/skills/
    exercise_model: type[BaseModel]  # extends tutor.content.schema.ExerciseBase
    view: str  # "package.module:callable", imported by the GUI only
    description: str = ""  # English source text, marked like the title
    grade_file: str = ""  # "package.module:function", see above
    cli: str = ""  # "package.module:function", see above
    trainer_settings: str = ""  # "package.module:Class", a dialog, see above
    trainer_settings_label: str = ""  # English source text, context "skills"
    trainer_class: str = ""  # "package.module:Class", a dialog about the class, see above
    trainer_class_label: str = ""  # English source text, context "skills"
    best_metric: tuple[str, str] | None = None  # (metric, companion) of attempts, see above
    placement_item: str = ""  # "package.module:function", a placement item, see above
    course: bool = True  # False: no lessons of its own, no "passed" column, see above
    next_step: str = ""  # "package.module:function", the home's "Next step", see above
    first_visit: bool = False  # its room opens on a learner's first visit, see above
    report: str = ""  # "package.module:function", a section of the progress report
    trainer_learner: str = ""  # "package.module:Class", a dialog about one learner, see above
    trainer_learner_label: str = ""  # English source text, context "skills"
    home: bool = True  # False: no tile on the learner's home screen, see above


def load_hook(path: str) -> Any:
    """Import and return the object named by ``"package.module:attribute"``."""
    module_name, _, attribute = path.partition(":")
    return getattr(importlib.import_module(module_name), attribute)


def course_skills(skills: dict[str, Skill]) -> dict[str, Skill]:
    """The skills that are courses of lessons (the columns of exercises passed)."""
    return {skill_id: skill for skill_id, skill in skills.items() if skill.course}


@cache
def installed_skills() -> dict[str, Skill]:
    """The skills that loaded, by id, in the order of ``INSTALLED``."""
    skills: dict[str, Skill] = {}
    for module_name in INSTALLED:
        try:
            skill = importlib.import_module(module_name).SKILL
        except Exception:  # a broken skill must not stop the app
            log.exception("skill %s failed to load and is left out", module_name)
            continue
        skills[skill.id] = skill
    return skills
