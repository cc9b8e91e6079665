"""Job tasks (issue #20): a work simulator for the jobs the centres train for (data entry,
AI data annotation, reviewing others' work), as the online platforms run them: a
project's guidelines, a qualification of gold tasks (80 % to pass, one retry), then a
queue of tasks with a quality score and a speed.

- ``model.py``: a project as lesson packs write it (guidelines, qualification, queue;
  the task kinds: classify, entities, boxes, data-entry, review);
- ``scoring.py``: the measures (IoU of boxes, entity spans, field accuracy with near
  misses, keystrokes an hour, word error rate); ``grading.py``: a task's verdict;
- ``engine.py``: a project being done (``ProjectWork``) and its attempts;
  ``progress.py``: where a learner stands in each project, from the attempts;
- ``exports.py``: the answers in the real tools' formats (Label Studio JSON, COCO,
  CoNLL);
- ``view.py``: the room; ``view_tasks.py``: a widget per task kind; ``view_scene.py`` and
  ``view_document.py``: the pictures drawn for boxes and data-entry tasks;
  ``view_trainer.py``: the trainer's quality and speed per project.
"""

from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills import Skill
from tutor.skills.jobs.model import JobsExercise

SKILL = Skill(
    id="jobs",
    title=QT_TRANSLATE_NOOP("skills", "Job tasks"),
    icon="jobs.svg",
    exercise_model=JobsExercise,
    view="tutor.skills.jobs.view:make_room",
    description=QT_TRANSLATE_NOOP(
        "skills", "Practise the work of data entry and data annotation, as the platforms "
        "give it: guidelines, a qualification, then a queue of tasks."),
    trainer_settings="tutor.skills.jobs.view_trainer:OpenProjectsDialog",
    trainer_settings_label=QT_TRANSLATE_NOOP("skills", "Job tasks: projects open"),
    trainer_class="tutor.skills.jobs.view_trainer:ProjectsDialog",
    trainer_class_label=QT_TRANSLATE_NOOP("skills", "Job tasks: quality and speed"),
)
