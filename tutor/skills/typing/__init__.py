"""Typing: touch typing from the home row up, on QWERTY, AZERTY and Arabic keyboards."""

from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills import Skill
from tutor.skills.typing.model import TypingExercise

SKILL = Skill(
    id="typing",
    title=QT_TRANSLATE_NOOP("skills", "Typing"),
    icon="typing.svg",
    exercise_model=TypingExercise,
    view="tutor.skills.typing.view:make_room",
    description=QT_TRANSLATE_NOOP("skills", "Type with ten fingers, without looking."),
    trainer_settings="tutor.skills.typing.view_trainer:ThresholdsDialog",
    trainer_settings_label=QT_TRANSLATE_NOOP("skills", "Typing thresholds"),
    best_metric=("wpm", "accuracy"),
    placement_item="tutor.skills.typing.view_placement:make_item",
)
