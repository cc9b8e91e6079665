"""Computer basics: the mouse, the keyboard's big keys, windows and controls, files and
folders, for people who have never used a computer. Every step is a picture and a few
words said aloud; every action is answered with a picture and a sound.

- ``model.py``: the exercises as lesson packs write them (pointer exercises with
  targets, step exercises with steps);
- ``pointer.py``: the pointer's measures (aim, double-clicks, the adapting target size
  and double-click time);
- ``engine.py``: an exercise being done (``PointerWork``, ``StepsWork``) and its
  attempt; ``grading.py``: the verdicts;
- ``keys.py``, ``controls.py``, ``windows.py``, ``explorer.py``: the rules of the step
  kinds' practice screens;
- ``view.py``: the room; ``view_pointer.py`` and the other ``view_*.py``: the practice
  areas; ``view_sounds.py`` and ``tones.py``: the sounds; ``view_placement.py``: an
  exercise as an item of the placement (the ``placement_item`` hook).

No ``best_metric``: the class view shows the headline figure of the *first* skill that
declares one, and this skill comes first on the home screen; the typing speed stays the
class view's figure.
"""

from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills import Skill
from tutor.skills.basics.model import BasicsExercise

SKILL = Skill(
    id="basics",
    title=QT_TRANSLATE_NOOP("skills", "Computer basics"),
    icon="basics.svg",
    exercise_model=BasicsExercise,
    view="tutor.skills.basics.view:make_room",
    placement_item="tutor.skills.basics.view_placement:make_item",
    description=QT_TRANSLATE_NOOP(
        "skills", "Use the mouse, the keyboard, windows, files and folders, step by step."),
)
