"""The email skill: a practice mail client with graded, job-related tasks and
phishing awareness. ``model.py`` is the shape of a task, ``engine.py`` the task being
done (mailbox, draft, attempt), ``grading.py`` the verdicts (with ``wording.py``'s words
of each language), ``mail.py`` emails and .eml files; ``view*.py`` are the room's
widgets. The dictionaries are ``tutor/spelling.py``'s (checked in a child process by the
app: ``tutor/spelling_worker.py``)."""

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
    grade_file="tutor.skills.email.grading:grade_file",
    placement_item="tutor.skills.email.view_placement:make_item",
)
