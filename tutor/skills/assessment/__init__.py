"""Supervised assessments (issue #21): a timed test a trainer starts for a learner and
watches, whose result (with its keystroke log) can become a credential.

Five assessments (``definitions.py``): a 5-minute typing test (net words per minute, a
limit on errors), a 5-minute data-entry test (keystrokes per hour, fields right), and an
email, a spreadsheet and a program task (one exercise each, shown with that skill's
``placement_item`` widget, with a time limit). ``engine.py`` runs one: the keystroke log
(``tutor.credentials.evidence``), the time left, the end, the attempt. The trainer starts
one from the trainer's screen (``view_trainer.py``, the learner's "Start an assessment");
the room (``view.py``) shows it, then asks the trainer's password to confirm they
watched. Not a course and not on the learner's home screen: only a trainer opens it.
"""

from tutor.content.schema import ExerciseBase
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills import Skill

SKILL = Skill(
    id="assessment",
    title=QT_TRANSLATE_NOOP("skills", "Assessment"),
    icon="placement.svg",  # (until an icon of its own; it is never a home tile)
    exercise_model=ExerciseBase,  # no lesson packs: the definitions are in code
    view="tutor.skills.assessment.view:make_room",
    description=QT_TRANSLATE_NOOP(
        "skills", "A timed test your trainer starts and watches; its result can become a "
        "certificate."),
    trainer_settings="tutor.skills.assessment.view_trainer:StartDialog",
    trainer_settings_label=QT_TRANSLATE_NOOP("skills", "Start an assessment"),
    trainer_learner="tutor.skills.assessment.view_credentials:CredentialsDialog",
    trainer_learner_label=QT_TRANSLATE_NOOP("skills", "Credentials"),
    course=False,  # its attempts are assessments, not lessons passed
    home=False,  # only a trainer opens it, for a learner
)
