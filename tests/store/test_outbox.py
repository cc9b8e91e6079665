"""The outbox: attempts committed on the lab PC first, delivered to a real PostgreSQL
centre server when it can be reached, once each (by UUID), whatever happens to the server.

The tests here have their own PostgreSQL server (they stop and start it).
"""

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from tests.store.postgres import PostgresServer
from tutor.store import outbox
from tutor.store.attempts import attempts_of, record_attempt
from tutor.store.db import open_database
from tutor.store.learners import create_learner, get_learner, update_learner
from tutor.store.models import Attempt, Learner, LearnerAlias, OutboxEntry
from tutor.store.sync import MAX_BACKOFF_S, Syncer

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
_names = iter(range(10**6))

pytestmark = pytest.mark.process


@pytest.fixture(scope="module")
def server():
    pg = PostgresServer()
    yield pg
    pg.stop()


@pytest.fixture
def centre(server):
    """A fresh centre database (schema made as ``tutor server init`` would) and its URL."""
    url = server.fresh_database(f"centre{next(_names)}")
    open_database(url).dispose()
    database = outbox.server_database(url)
    yield database
    database.dispose()


@pytest.fixture
def pc(tmp_path):
    """A lab PC's own SQLite database."""
    folder = tmp_path / f"pc{next(_names)}"
    folder.mkdir()
    database = open_database(f"sqlite:///{folder / 'tutor.sqlite3'}")
    yield database
    database.dispose()


def add(db, learner_id, minute=0, **kw):
    return record_attempt(db, learner_id, "typing", f"e{minute}", "pack", kw.pop("version", "1.0"),
                          T0 + timedelta(minutes=minute), T0 + timedelta(minutes=minute, seconds=50),
                          score=0.75, passed=True, metrics={"wpm": 20 + minute},
                          details={"typed": "asdf"}, **kw)


def server_ids(centre):
    with centre.reading() as session:
        return sorted(session.scalars(select(Attempt.id)))


def test_an_attempt_and_its_outbox_row_are_one_transaction(pc):
    assert outbox.trigger_present(pc)
    ana = create_learner(pc, "Ana", "sun")
    first = add(pc, ana.id)
    assert outbox.queued_ids(pc) == [first.id]
    assert outbox.pending(pc) == 1
    with pc.reading() as session:
        row = session.get(OutboxEntry, first.id)
        assert row.tries == 0 and row.last_error is None
        # Queued "now" by SQLite's clock (seconds): within a minute of Python's.
        assert abs(row.queued_at - datetime.now(UTC)) < timedelta(minutes=1)
    # A transaction that fails after adding an attempt leaves neither the attempt nor its row.
    with pytest.raises(RuntimeError), pc.writing() as session:
        session.add(Attempt(id=uuid.uuid4(), learner_id=ana.id, skill="typing", exercise_id="x",
                            pack_id="p", pack_version="1", started_at=T0, finished_at=T0,
                            score=1.0, passed=True, metrics={}, details={}))
        session.flush()
        raise RuntimeError("power cut")
    assert outbox.pending(pc) == 1
    assert len(attempts_of(pc, ana.id)) == 1


def test_attempts_already_there_are_queued_by_the_migration(pc):
    from alembic import command
    from alembic.config import Config

    from tutor.store.db import MIGRATIONS

    ana = create_learner(pc, "Ana", "sun")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with pc.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0003")
    made = [add(pc, ana.id, minute) for minute in range(3)]  # recorded before the outbox
    pc.migrate()
    assert sorted(outbox.queued_ids(pc)) == sorted(a.id for a in made)


def test_delivery_copies_attempts_and_their_learner_once(pc, centre):
    ana = create_learner(pc, "Ana", "sun", pin="2580")
    made = [add(pc, ana.id, minute) for minute in range(5)]
    result = outbox.deliver(pc, centre, limit=3)
    # 5 queued, a batch of 3: the 3 oldest go (queued in the same second: then by id).
    assert len(result.delivered) == 3 and result.added == 3 and result.learners_added == 1
    assert result.pending == 2 and result.reached and result.error is None
    result = outbox.deliver(pc, centre, limit=3)
    assert (len(result.delivered), result.added, result.learners_added, result.pending) == (2, 2, 0, 0)
    assert server_ids(centre) == sorted(a.id for a in made)
    on_server = get_learner(centre, ana.id)
    assert on_server.display_name == "Ana" and on_server.pin_hash == get_learner(pc, ana.id).pin_hash
    [first] = [a for a in attempts_of(centre, ana.id) if a.id == made[0].id]
    assert first.metrics == {"wpm": 20} and first.details == {"typed": "asdf"}
    assert first.finished_at == T0 + timedelta(seconds=50)
    assert outbox.deliver(pc, centre).delivered == []  # nothing left: nothing done


def test_delivering_twice_adds_nothing(pc, centre):
    """The server committed but the PC never heard it (the cable was pulled at that
    moment): the rows are still queued, and delivering them again adds nothing."""
    ana = create_learner(pc, "Ana", "sun")
    made = [add(pc, ana.id, minute) for minute in range(4)]
    assert outbox.deliver(pc, centre).added == 4
    with pc.writing() as session:  # as if the outbox had never been emptied
        for attempt in made:
            session.add(OutboxEntry(attempt_id=attempt.id, queued_at=T0, tries=0))
    again = outbox.deliver(pc, centre)
    assert len(again.delivered) == 4 and again.added == 0 and again.learners_added == 0
    assert again.pending == 0
    assert server_ids(centre) == sorted(a.id for a in made)


def test_a_stopped_server_leaves_the_outbox_as_it_is(server, pc, centre):
    ana = create_learner(pc, "Ana", "sun")
    before = add(pc, ana.id, 0)
    assert outbox.deliver(pc, centre).added == 1  # a pooled connection now exists
    server.down()
    try:
        during = add(pc, ana.id, 1)  # committed on the PC while the server is away
        assert [a.id for a in attempts_of(pc, ana.id)] == [before.id, during.id]
        result = outbox.deliver(pc, centre)
        assert not result.reached and result.delivered == [] and result.pending == 1
        assert result.error.startswith(outbox.UNREACHABLE)
        with pc.reading() as session:
            row = session.get(OutboxEntry, during.id)
            assert row.tries == 0 and row.last_error is None  # unreachable is not refused
    finally:
        server.up()
    result = outbox.deliver(pc, centre)
    assert result.delivered == [during.id] and result.added == 1 and result.pending == 0
    assert server_ids(centre) == sorted([before.id, during.id])


def test_a_refused_attempt_waits_behind_the_others(pc, centre):
    """PostgreSQL refuses a pack version longer than its column (SQLite never checked):
    that attempt stays queued with the reason, the others of its batch are delivered."""
    ana = create_learner(pc, "Ana", "sun")
    good = [add(pc, ana.id, minute) for minute in (0, 1)]
    bad = add(pc, ana.id, 2, version="v" * 40)
    result = outbox.deliver(pc, centre)
    assert sorted(result.delivered) == sorted(a.id for a in good)
    assert result.pending == 1 and result.reached and result.error.startswith(outbox.REFUSED)
    with pc.reading() as session:
        row = session.get(OutboxEntry, bad.id)
        assert row.tries == 1 and "too long" in row.last_error
    later = add(pc, ana.id, 3)
    # tries orders the queue: the new attempt (0 tries) goes before the refused one (1).
    assert outbox.queued_ids(pc) == [later.id, bad.id]
    assert outbox.deliver(pc, centre, limit=1).delivered == [later.id]


def test_a_learner_merged_on_the_server_gets_the_attempts(pc, centre):
    """Ana's profile from this PC was merged into another on the server (an alias there):
    her new attempts go to the profile she was merged into, and no old profile comes back."""
    ana = create_learner(pc, "Ana", "sun")
    kept = create_learner(centre, "Ana K.", "moon")
    with centre.writing() as session:
        session.add(LearnerAlias(alias_id=ana.id, learner_id=kept.id))
    made = add(pc, ana.id)
    result = outbox.deliver(pc, centre)
    assert result.added == 1 and result.learners_added == 0
    assert [a.id for a in attempts_of(centre, kept.id)] == [made.id]
    with centre.reading() as session:
        assert session.get(Learner, ana.id) is None


def test_a_new_learners_aliases_go_with_them(pc, centre):
    ana = create_learner(pc, "Ana", "sun")
    other_pc_id = uuid.uuid4()
    with pc.writing() as session:
        session.add(LearnerAlias(alias_id=other_pc_id, learner_id=ana.id))
    add(pc, ana.id)
    outbox.deliver(pc, centre)
    with centre.reading() as session:
        assert session.get(LearnerAlias, other_pc_id).learner_id == ana.id


def test_pull_learners_brings_profiles_and_progress(pc, centre):
    # On the server: 5 learners from other PCs, 2 attempts each (10).
    others = [create_learner(centre, f"Learner {n}", "sun") for n in range(5)]
    for learner in others:
        for minute in (0, 1):
            add(centre, learner.id, minute)
    # This PC: its own learner Bea, changed here after the server's copy.
    bea = create_learner(pc, "Bea", "moon")
    add(pc, bea.id)
    outbox.deliver(pc, centre)
    update_learner(pc, bea.id, display_name="Bea (new name)")
    # One of the server's learners was changed there after this PC copied them.
    first = outbox.pull_learners(centre, pc, page_size=2, max_pages=2)
    # 6 learners on the server in id order, pages of 2, 2 pages: the first 4 seen, of
    # which Bea (if there) is not new; each new one brings their 2 attempts.
    assert not first.complete
    first_four = sorted([bea.id] + [learner.id for learner in others])[:4]
    seen = len([learner_id for learner_id in first_four if learner_id != bea.id])
    assert first.learners_added == seen and first.learners_updated == 0
    assert first.attempts_added == 2 * seen
    rest = outbox.pull_learners(centre, pc, page_size=2, after=first.after)
    assert rest.complete and seen + rest.learners_added == 5
    assert first.attempts_added + rest.attempts_added == 10
    for learner in others:
        assert len(attempts_of(pc, learner.id)) == 2
    assert get_learner(pc, bea.id).display_name == "Bea (new name)"  # newer here: kept
    assert outbox.pending(pc) == 0  # what came from the server is not sent back
    # A change on the server (newer) reaches the PC; pulling again adds nothing else.
    update_learner(centre, others[0].id, display_name="Learner zero")
    again = outbox.pull_learners(centre, pc)
    assert (again.learners_added, again.learners_updated, again.attempts_added) == (0, 1, 0)
    assert again.changed == {others[0].id}
    assert get_learner(pc, others[0].id).display_name == "Learner zero"
    # An attempt recorded at another PC for a learner this PC has: only it is copied.
    late = add(centre, others[1].id, 7)
    one = outbox.pull_learners(centre, pc, learner_ids=[others[1].id])
    assert one.attempts_added == 1 and late.id in {a.id for a in attempts_of(pc, others[1].id)}
    assert one.changed == {others[1].id}


def test_the_syncer_backs_off_while_the_server_is_down(server, pc, centre):
    ana = create_learner(pc, "Ana", "sun")
    seen = []
    syncer = Syncer(pc, centre.url, batch=2, on_delivered=seen.extend)
    made = [add(pc, ana.id, minute) for minute in range(5)]
    status = syncer.run_once(T0)
    # 5 attempts in batches of 2: 2 + 2 + 1, all in one run.
    assert (status.pending, status.delivered_total, status.last_ok, status.last_error) == (5 - 5, 5, T0, None)
    assert sorted(seen) == sorted(a.id for a in made)
    assert syncer.next_delay() == 3.0
    server.down()
    try:
        add(pc, ana.id, 9)
        delays = []
        for n in range(7):
            status = syncer.run_once(T0 + timedelta(minutes=n + 1))
            delays.append(syncer.next_delay())
        # 3 s doubled at each failure, at most a minute.
        assert delays == [3.0, 6.0, 12.0, 24.0, 48.0, MAX_BACKOFF_S, MAX_BACKOFF_S]
        assert status.pending == 1 and status.delivered_total == 5 and status.last_ok == T0
        assert status.last_error.startswith(outbox.UNREACHABLE)
    finally:
        server.up()
    status = syncer.run_once(T0 + timedelta(minutes=10))
    assert (status.pending, status.delivered_total, status.last_error) == (0, 6, None)
    assert syncer.next_delay() == 3.0
    assert len(server_ids(centre)) == 6
    syncer.close()


def test_the_server_address_gets_a_lab_pcs_timeouts():
    database = outbox.server_database("postgresql+psycopg://pc:secret@centre:5432/tutor?connect_timeout=9")
    try:
        query = database.engine.url.query
        assert query["connect_timeout"] == "9"  # the address's own value wins
        assert query["keepalives"] == "1" and query["tcp_user_timeout"] == "20000"
        assert database.engine.url.password == "secret"
    finally:
        database.dispose()


def test_a_refused_server_transaction_changes_nothing_on_the_server(pc, centre):
    """The attempts of a batch go in one server transaction: when the connection is lost in
    the middle, none of them is there (and all stay queued)."""
    ana = create_learner(pc, "Ana", "sun")
    made = [add(pc, ana.id, minute) for minute in range(3)]
    with centre.engine.connect() as conn:  # a server that kills the lab PC's connections
        conn.execute(text(
            "CREATE FUNCTION bye() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF NEW.exercise_id = 'e2' THEN PERFORM pg_terminate_backend(pg_backend_pid()); "
            "END IF; RETURN NEW; END $$"))
        conn.execute(text("CREATE TRIGGER bye BEFORE INSERT ON attempts FOR EACH ROW EXECUTE FUNCTION bye()"))
        conn.commit()
    result = outbox.deliver(pc, centre)
    assert not result.reached and result.pending == 3
    assert server_ids(centre) == []
    with pc.reading() as session:  # lost, not refused: nothing marked
        assert set(session.scalars(select(OutboxEntry.tries))) == {0}
    with centre.engine.connect() as conn:
        conn.execute(text("DROP TRIGGER bye ON attempts"))
        conn.commit()
    assert sorted(outbox.deliver(pc, centre).delivered) == sorted(a.id for a in made)
    with centre.reading() as session:
        assert session.scalar(select(func.count()).select_from(Attempt)) == 3


def test_a_lab_pcs_role_may_deliver_and_pull(server, pc, tmp_path):
    """The role ``tutor server init`` gives lab PCs (SELECT and INSERT on learners, their
    aliases and attempts; nothing else) is all the outbox and the pull need."""
    from tutor.store.server import LAB_ROLE, init_server

    name = f"centre{next(_names)}"
    init_server(f"postgresql+psycopg://tutor@/postgres?host={server.root}", name, "lab-password-1")
    lab = outbox.server_database(f"postgresql+psycopg://{LAB_ROLE}@/{name}?host={server.root}")
    admin = open_database(f"postgresql+psycopg://tutor@/{name}?host={server.root}")
    try:
        other = create_learner(admin, "From another PC", "moon")
        theirs = add(admin, other.id)
        ana = create_learner(pc, "Ana", "sun")
        mine = add(pc, ana.id)
        aka = uuid.uuid4()
        with pc.writing() as session:
            session.add(LearnerAlias(alias_id=aka, learner_id=ana.id))
        result = outbox.deliver(pc, lab)
        assert result.delivered == [mine.id] and result.error is None
        pulled = outbox.pull_learners(lab, pc)
        assert (pulled.learners_added, pulled.attempts_added) == (1, 1)
        assert [a.id for a in attempts_of(pc, other.id)] == [theirs.id]
        assert sorted(server_ids(admin)) == sorted([mine.id, theirs.id])
    finally:
        lab.dispose()
        admin.dispose()


def test_a_learner_who_sits_down_gets_their_progress_first(pc, centre):
    """Ana worked at another PC; she opens her profile here (known here from an earlier
    pull): the next run brings her new attempts, and says whose."""
    ana = create_learner(centre, "Ana", "sun")
    add(centre, ana.id, 0)
    outbox.pull_learners(centre, pc)
    assert len(attempts_of(pc, ana.id)) == 1
    later = [add(centre, ana.id, minute) for minute in (1, 2)]  # at the other PC
    told = []
    syncer = Syncer(pc, centre.url, pull_every=None, on_pulled=told.append)
    status = syncer.run_once(T0)
    assert told == [] and len(attempts_of(pc, ana.id)) == 1  # nobody asked
    syncer.want_learner(ana.id)
    status = syncer.run_once(T0 + timedelta(seconds=3))
    assert status.last_error is None and told == [[ana.id]]
    assert {a.id for a in later} <= {a.id for a in attempts_of(pc, ana.id)}
    syncer.run_once(T0 + timedelta(seconds=6))
    assert told == [[ana.id]]  # asked once, pulled once
    syncer.close()
