"""The trainer's table reads the class a page at a time: each page's figures are the
whole class's, for its learners (issue #22, point 5)."""

import random
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

from tutor.store.learners import create_learner, set_archived
from tutor.store.models import Attempt
from tutor.store.overview import BestMetric, class_overview, class_page, learner_overview

T0 = datetime(2026, 6, 1, 9, tzinfo=UTC)
SPEED = BestMetric("typing", "wpm", "accuracy")
NAMES = ["Zoé", "amina", "Ben", "Élodie", "Omar", "Nour", "Ali", "Halima"]


def a_class(db):
    """Eight learners (one archived) with random tries: some passed, some failed three
    times and more, some typing speeds, some brought from a PC nobody could check."""
    rng = random.Random(7)
    learners = [create_learner(db, name, "sun") for name in NAMES]
    set_archived(db, learners[-1].id)
    rows = []
    for learner in learners:
        for n in range(rng.randrange(0, 30)):
            skill = rng.choice(("typing", "email", "sheets"))
            when = T0 + timedelta(minutes=n)
            rows.append(dict(
                id=uuid.uuid4(), learner_id=learner.id, skill=skill,
                exercise_id=f"e{rng.randrange(3)}", pack_id=f"{skill}-en", pack_version="1",
                started_at=when, finished_at=when, score=0.5, passed=rng.random() < 0.4,
                metrics={"wpm": float(rng.randrange(5, 40)), "accuracy": 90.0}
                if skill == "typing" else {},
                details={},
                provenance=None if rng.random() < 0.7 else {"verified": False, "why": "edited"}))
    with db.writing() as session:
        session.execute(insert(Attempt), rows)
    return learners


def test_the_pages_hold_the_whole_class_in_the_order_of_names(db):
    a_class(db)
    for verified_only in (False, True):
        whole = {row.id: row for row in class_overview(db, SPEED, verified_only=verified_only)}
        paged = []
        for offset in (0, 3, 6):
            page = class_page(db, SPEED, offset=offset, limit=3, verified_only=verified_only)
            assert page.total == 7 and page.offset == offset
            paged += page.rows
        # Folded names: ali, amina, ben, elodie, nour, omar, zoe (Halima is archived).
        assert [row.name for row in paged] == ["Ali", "amina", "Ben", "Élodie", "Nour", "Omar",
                                               "Zoé"]
        assert {row.id: row for row in paged} == whole
        assert any(row.stuck_on for row in paged) and any(row.best_wpm for row in paged)
        assert any(row.left_out for row in paged) == verified_only
        for row in paged:  # a report's one learner
            assert learner_overview(db, row.id, SPEED, verified_only) == row


def test_one_learner_even_archived_or_gone(db):
    learners = a_class(db)
    archived = learners[-1]
    whole = {row.id: row for row in class_overview(db, SPEED, include_archived=True)}
    assert learner_overview(db, archived.id, SPEED) == whole[archived.id]
    assert learner_overview(db, uuid.uuid4(), SPEED) is None


def test_a_page_of_a_search_and_past_the_end(db):
    a_class(db)
    page = class_page(db, SPEED, search="O", limit=2)  # ZOÉ, ÉlOdie, NOur, Omar: 4
    assert page.total == 4 and [row.name for row in page.rows] == ["Élodie", "Nour"]
    page = class_page(db, SPEED, search="o", offset=2, limit=2)
    assert [row.name for row in page.rows] == ["Omar", "Zoé"]
    page = class_page(db, SPEED, offset=50, limit=3)  # past the end: the last learner
    assert page.offset == 6 and [row.name for row in page.rows] == ["Zoé"]
    empty = class_page(db, SPEED, search="xyz")
    assert (empty.total, empty.rows) == (0, [])
