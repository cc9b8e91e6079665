"""Finding a learner among thousands: by the folded name's index, page by page, bounded."""

from datetime import UTC, datetime, timedelta

from alembic import command
from alembic.config import Config
from sqlalchemy import false, select, text

from tutor.store.db import MIGRATIONS, Database, open_database
from tutor.store.learners import (
    StoredLearners,
    count_learners,
    create_learner,
    list_learners,
    mark_used,
    name_prefix,
    recent_learners,
    search_learners,
    set_archived,
    update_learner,
)
from tutor.store.models import Learner

T0 = datetime(2026, 3, 2, 9, tzinfo=UTC)


def names(learners):
    return [person.display_name for person in learners]


def test_search_folds_case_and_accents_and_puts_the_beginnings_first(db):
    for name in ("Hélène Ade", "Amina", "Ali Mohamed", "Mohamed", "Élodie", "Halima"):
        create_learner(db, name, "sun")
    assert names(search_learners(db, "HELENE")) == ["Hélène Ade"]
    assert names(search_learners(db, "elo")) == ["Élodie"]
    # "mo": Mohamed begins with it; Ali Mohamed has it further on, so comes after.
    assert names(search_learners(db, "mo")) == ["Mohamed", "Ali Mohamed"]
    # "a": begins Ali Mohamed and Amina (in the order of names), then is in three others
    # (not in Élodie).
    assert names(search_learners(db, "A")) == ["Ali Mohamed", "Amina", "Halima", "Hélène Ade",
                                               "Mohamed"]
    assert names(search_learners(db, "a", limit=3)) == ["Ali Mohamed", "Amina", "Halima"]
    assert search_learners(db, "   ") == [] and search_learners(db, "zz") == []


def test_wildcards_in_a_search_are_letters(db):
    for name in ("Ana_B", "AnaXB", "Ben 100%", "Ben 1000", "Star*", "Stark", "[Jo]", "Jo"):
        create_learner(db, name, "sun")
    assert names(search_learners(db, "ana_")) == ["Ana_B"]
    assert names(search_learners(db, "100%")) == ["Ben 100%"]
    assert names(search_learners(db, "star*")) == ["Star*"]
    assert names(search_learners(db, "[jo")) == ["[Jo]"]
    assert names(search_learners(db, "?")) == []


def test_archived_learners_are_not_found_and_a_rename_is(db):
    ana = create_learner(db, "Ana", "sun")
    create_learner(db, "Anabel", "moon")
    set_archived(db, ana.id)
    assert names(search_learners(db, "ana")) == ["Anabel"]
    assert names(search_learners(db, "ana", include_archived=True)) == ["Ana", "Anabel"]
    update_learner(db, ana.id, display_name="Zoé")
    assert names(search_learners(db, "zoe", include_archived=True)) == ["Zoé"]
    with db.reading() as session:
        assert session.get(Learner, ana.id).name_key == "zoe"


def test_pages_follow_the_order_of_the_whole_list(db):
    for n in range(7):
        create_learner(db, f"Learner {n}", "sun", now=T0 + timedelta(minutes=n))
    mark_used(db, list_learners(db)[-1].id, now=T0 + timedelta(hours=1))  # Learner 0
    everyone = names(list_learners(db))
    assert everyone[:2] == ["Learner 0", "Learner 6"]
    assert count_learners(db) == 7
    assert names(recent_learners(db, 0, 3)) == everyone[:3]
    assert names(recent_learners(db, 3, 3)) == everyone[3:6]
    assert names(recent_learners(db, 6, 3)) == everyone[6:]
    stored = StoredLearners(db)
    assert len(stored) == 7 and names(stored[2:5]) == everyone[2:5]
    assert stored[0].display_name == "Learner 0" and stored[-1].display_name == everyone[-1]
    assert names(stored) == everyone
    assert names(stored.search("learner 3")) == ["Learner 3"]


def test_the_search_uses_the_index(db):
    create_learner(db, "Amina", "sun")
    query = select(Learner.id).where(Learner.archived == false(), name_prefix(db, "ami"))
    with db.engine.connect() as conn:
        if db.is_sqlite:
            sql = str(query.compile(conn, compile_kwargs={"literal_binds": True}))
            plan = " ".join(str(row) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
        else:
            # Three rows: PostgreSQL would rather read the table; told not to, it shows
            # whether the index can answer at all.
            conn.exec_driver_sql("SET enable_seqscan = off")
            sql = str(query.compile(conn, compile_kwargs={"literal_binds": True}))
            plan = " ".join(row[0] for row in conn.exec_driver_sql(f"EXPLAIN {sql}"))
    assert "ix_learners_name_key" in plan, plan
    if db.is_sqlite:
        assert "name_key>? AND name_key<?" in plan, plan  # a range of the index, not a scan


def test_learners_already_there_get_their_key(data_dir):
    """A database of the release before: its learners are found after the upgrade."""
    url = f"sqlite:///{data_dir / 'old.sqlite3'}"
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url)
    command.upgrade(config, "0003")
    old = Database(url)
    with old.engine.begin() as conn:
        for n, name in enumerate(("Hélène", "Ömer", "Nour")):
            conn.execute(text(
                "INSERT INTO learners (id, display_name, picture, ui_language, keyboard_layout,"
                " text_size, settings, created_at, updated_at, archived) VALUES (:id, :name,"
                " 'sun', 'en', 'us', 'normal', '{}', :t, :t, 0)"),
                {"id": f"{n:032x}", "name": name, "t": "2026-01-01 00:00:00"})
    old.dispose()
    db = open_database(url)
    assert names(search_learners(db, "omer")) == ["Ömer"]
    assert names(search_learners(db, "HELENE")) == ["Hélène"]
    db.dispose()
