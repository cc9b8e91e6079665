"""The email skill: a practice mail client with graded, job-related tasks and
phishing awareness. ``engine.py`` grades (pure Python), ``view.py`` is the room."""

from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills import Skill
from tutor.skills.email.model import EmailExercise

SKILL = Skill(
    id="email",
    title=QT_TRANSLATE_NOOP("skills", "Email"),
    icon="email.svg",
    exercise_model=EmailExercise,
    view="tutor.skills.email.view:make_room",
    description=QT_TRANSLATE_NOOP(
        "skills", "Write the emails of a job search and of work, and spot fake messages."),
    grade_file="tutor.skills.email.engine:grade_file",
)
