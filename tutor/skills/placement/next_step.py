"""The home screen's "Next step": the first exercise of a learner's path.

The placement's ``next_step`` hook (see ``tutor.skills``): from the learner's attempts
(their latest placement and what they did since, ``path.path_for``) and the lesson
packs, the exercise to do next, as ``NextStep`` (skill id, pack id, exercise id, title).
Before any placement the next step is the placement itself (``PLACEMENT_STEP``: its
title is left to the screen, which shows the skill's own); None when the path is done.
A trainer's path for the learner (the learner's settings of the skill ``placement``,
key ``"path"``: a list of ``[pack id, exercise id]``) comes first, as the path's rules
say. Thin: it reads the store and leaves the rules to
``path.py``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple, cast

from tutor.skills.placement.model import SKILL_ID, ExerciseKey
from tutor.skills.placement.path import AttemptLike, latest_placement, path_for

if TYPE_CHECKING:
    from tutor.content.packs import Catalogue
    from tutor.store.db import Database
    from tutor.store.models import Learner

OVERRIDE_SETTING = "path"  # learner settings["placement"]["path"]: a trainer's path


class NextStep(NamedTuple):
    skill: str
    pack_id: str
    exercise_id: str
    title: str  # the exercise's title, in its pack's language


def trainer_path(settings: Mapping[str, object] | None) -> list[ExerciseKey]:
    """The exercises a trainer set for the learner, in order (malformed entries are left
    out, never raised)."""
    raw = (settings or {}).get(SKILL_ID, {})
    items = raw.get(OVERRIDE_SETTING, []) if isinstance(raw, Mapping) else []
    return [(item[0], item[1]) for item in items if isinstance(item, (list, tuple))
            and len(item) == 2 and all(isinstance(part, str) for part in item)] \
        if isinstance(items, list) else []


# The next step of a learner with no placement yet: "Find my level".
PLACEMENT_STEP = NextStep(SKILL_ID, SKILL_ID, SKILL_ID, "")


def step_from(catalogue: Catalogue, language: str, attempts: Sequence[AttemptLike],
              override: Sequence[ExerciseKey] = ()) -> NextStep | None:
    """The first exercise of the path that is in the catalogue; the placement before
    any placement; None when the path is done."""
    if latest_placement(attempts) is None:
        return PLACEMENT_STEP
    for pack_id, exercise_id in path_for(catalogue, language, attempts, override):
        pack = catalogue.packs.get(pack_id)
        title = catalogue.exercise_title(pack_id, exercise_id)
        if pack is not None and title is not None:
            return NextStep(pack.skill, pack_id, exercise_id, title)
    return None


def next_step(db: Database, learner: Learner, catalogue: Catalogue) -> NextStep | None:
    """The ``next_step`` hook: the learner's next exercise, read from the database."""
    from tutor.profiles import lesson_language
    from tutor.store.attempts import attempts_of

    attempts = cast(Sequence[AttemptLike], attempts_of(db, learner.id))
    return step_from(catalogue, lesson_language(learner), attempts,
                     trainer_path(learner.settings))
