"""The placement (issue #19): a short diagnosis of each learner's skills, what work they
want, and the path through the course that follows from it.

Its results are attempts of the skill ``"placement"``, so it is a skill folder like the
others: ``model.py`` (the work choices, the skills placed and what each needs first),
``engine.py`` (the adaptive placement and its finished attempt), ``grading.py`` (a
placement item right or wrong), ``ladders.py`` (a skill's exercises by level) and
``path.py`` (the next exercises), ``skill_map.py`` (the map's rows from an attempt),
``levels.py`` (the trainer's levels and groups); its room is ``view.py``, the trainer's
dialogs ``view_trainer.py``; the room shows each skill's items with that skill's
``placement_item`` hook. It comes first in the registry: a newcomer finds their level
before anything else. It has no lessons of its own (its exercise model is the base one).
"""

from tutor.content.schema import ExerciseBase
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills import Skill

SKILL = Skill(
    id="placement",
    title=QT_TRANSLATE_NOOP("skills", "Find my level"),
    icon="placement.svg",
    exercise_model=ExerciseBase,
    view="tutor.skills.placement.view:make_room",
    report="tutor.skills.placement.report:report",
    first_visit=True,  # offered at once to a learner who just made their profile
    course=False,  # its attempts are placements, not lessons passed
    description=QT_TRANSLATE_NOOP(
        "skills", "A few short tasks find what you can do; then your path starts there."),
    next_step="tutor.skills.placement.next_step:next_step",
    trainer_settings="tutor.skills.placement.view_trainer:PathDialog",
    trainer_settings_label=QT_TRANSLATE_NOOP("skills", "Levels and path"),
    trainer_class="tutor.skills.placement.view_trainer:ClassLevelsDialog",
    trainer_class_label=QT_TRANSLATE_NOOP("skills", "The class by level"),
)
