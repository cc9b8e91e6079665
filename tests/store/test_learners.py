import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from tutor.errors import LearnerError
from tutor.pins import verify_pin
from tutor.store.learners import (
    create_learner,
    find_learners,
    get_learner,
    list_learners,
    mark_used,
    set_pin,
    update_learner,
)


def test_create_and_read_back(db):
    made = create_learner(db, "  Amina   Yusuf ", "elephant", "sw")
    got = get_learner(db, made.id)
    assert got.display_name == "Amina Yusuf"
    assert got.picture == "elephant"
    assert got.ui_language == "sw"
    assert got.keyboard_layout == "us"  # Swahili courses use QWERTY
    assert got.text_size == "normal"
    assert got.pin_hash is None
    assert got.created_at.tzinfo is not None


def test_keyboard_follows_the_language_unless_chosen(db):
    assert create_learner(db, "Marie", "sun", "fr").keyboard_layout == "fr"
    assert create_learner(db, "Omar", "moon", "ar").keyboard_layout == "ar"
    assert create_learner(db, "Lina", "star", "ar", keyboard_layout="us").keyboard_layout == "us"


@pytest.mark.parametrize("name", ["", "   ", "x" * 41])
def test_names_must_be_sensible(db, name):
    with pytest.raises(LearnerError):
        create_learner(db, name, "sun")


@pytest.mark.parametrize(
    "field,value", [("picture", "pig"), ("ui_language", "de"), ("keyboard_layout", "dvorak")]
)
def test_unknown_choices_are_refused(db, field, value):
    args = {"name": "Ana", "picture": "sun", "ui_language": "en"}
    if field == "keyboard_layout":
        with pytest.raises(LearnerError):
            create_learner(db, **args, keyboard_layout=value)
    else:
        args[field] = value
        with pytest.raises(LearnerError):
            create_learner(db, **args)


def test_pin_is_stored_hashed(db):
    learner = create_learner(db, "Ana", "sun", pin="2580")
    with db.engine.connect() as conn:
        stored = conn.execute(text("SELECT pin_hash FROM learners")).scalar()
    assert "2580" not in stored
    assert verify_pin("2580", stored)
    with pytest.raises(LearnerError):
        create_learner(db, "Ben", "sun", pin="12")
    set_pin(db, learner.id, None)
    assert get_learner(db, learner.id).pin_hash is None


def test_listed_by_most_recent_use(db):
    t0 = datetime(2026, 3, 2, 9, tzinfo=UTC)
    ana = create_learner(db, "Ana", "sun", now=t0)
    ben = create_learner(db, "Ben", "moon", now=t0 + timedelta(minutes=1))
    cleo = create_learner(db, "Cleo", "star", now=t0 + timedelta(minutes=2))
    mark_used(db, ana.id, now=t0 + timedelta(minutes=3))
    assert [person.display_name for person in list_learners(db)] == ["Ana", "Cleo", "Ben"]
    mark_used(db, ben.id, now=t0 + timedelta(minutes=4))
    assert [person.display_name for person in list_learners(db)][0] == "Ben"
    assert cleo.id in {person.id for person in list_learners(db)}


def test_search_ignores_case_and_accents(db):
    create_learner(db, "Hélène", "sun")
    create_learner(db, "Mohamed", "moon")
    assert [person.display_name for person in find_learners(db, "helene")] == ["Hélène"]
    assert [person.display_name for person in find_learners(db, "MOH")] == ["Mohamed"]


def test_update_settings(db):
    learner = create_learner(db, "Ana", "sun")
    updated = update_learner(db, learner.id, ui_language="ar", text_size="xlarge")
    assert updated.updated_at >= learner.updated_at
    again = get_learner(db, learner.id)
    assert (again.ui_language, again.text_size) == ("ar", "xlarge")
    with pytest.raises(LearnerError):
        update_learner(db, learner.id, text_size="huge")
    with pytest.raises(ValueError):
        update_learner(db, learner.id, pin_hash="x")


def test_unknown_learner(db):
    with pytest.raises(LearnerError):
        get_learner(db, uuid.uuid4())
