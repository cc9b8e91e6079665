"""What a learner sees of the centre server: "Saved on this PC.", then "Saved on the
centre server.", and how many results wait while it is away; never an error dialog."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from tests.store.postgres import PostgresServer
from tests.ui.test_fits import outside
from tutor.attempt import FinishedAttempt
from tutor.store import outbox
from tutor.store.attempts import attempts_of, record_attempt
from tutor.store.db import open_database
from tutor.store.learners import create_learner
from tutor.store.models import Attempt
from tutor.store.sync import SyncStatus
from tutor.ui.main_window import MainWindow
from tutor.ui.sync_view import SyncIndicator

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def server():
    pg = PostgresServer()
    yield pg
    pg.stop()


@pytest.fixture
def centre_url(server):
    url = server.fresh_database(f"centre{uuid.uuid4().hex[:8]}")
    open_database(url).dispose()
    return url


@pytest.fixture
def joined(monkeypatch, centre_url):
    """This PC is joined to the centre server (what helper P's settings file says)."""
    monkeypatch.setattr("tutor.store.server.server_url", lambda data_dir: centre_url)
    return centre_url


@pytest.fixture
def joined_window(qtbot, joined, runtime, translations):
    window = MainWindow(runtime, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_indicator_says_where_the_last_result_is(qtbot, translations):
    bar = QWidget()
    qtbot.addWidget(bar)
    indicator = SyncIndicator(bar)
    bar.show()
    assert indicator.isHidden()  # nothing waits, nothing saved: nothing to say
    first = uuid.uuid4()
    indicator.attempt_saved(first)
    assert indicator.text() == "Saved on this PC." and indicator.isVisible()
    assert indicator.accessibleName() == "Saved on this PC."
    # The server is away; 3 wait (this one and 2 of before): still saved here, calmly said.
    indicator.status_changed(SyncStatus(3, 0, None, "the centre server cannot be reached: x"))
    assert indicator.text() == "Saved on this PC."
    assert "safe on this PC" in indicator.toolTip()
    assert "database" not in indicator.toolTip().lower()
    # Others were delivered, not this one: unchanged.
    indicator.delivered([uuid.uuid4()])
    indicator.status_changed(SyncStatus(2, 1, T0, None))
    assert indicator.text() == "Saved on this PC."
    indicator.delivered([uuid.uuid4(), first])
    indicator.status_changed(SyncStatus(0, 3, T0, None))
    assert indicator.text() == "Saved on the centre server."
    # The next learner does not see it; what waits is counted.
    indicator.forget()
    assert indicator.isHidden()
    indicator.status_changed(SyncStatus(3, 3, T0, None))
    assert indicator.text() == "3 results waiting for the centre server"
    indicator.status_changed(SyncStatus(1, 5, T0, None))
    assert indicator.text() == "1 result waiting for the centre server"


def basics_attempt(minute=0):
    return FinishedAttempt(skill="basics", pack_id="basics-mouse", pack_version="1",
                           exercise_id=f"e{minute}", started_at=T0 + timedelta(minutes=minute),
                           finished_at=T0 + timedelta(minutes=minute, seconds=30), score=1.0,
                           passed=True)


@pytest.mark.process
def test_a_room_saves_here_then_on_the_centre_server(qtbot, joined_window, runtime, server,
                                                     centre_url):
    window = joined_window
    learner = create_learner(runtime.db, "Amina", "sun")
    window.start_loading()
    qtbot.waitUntil(lambda: window.sync is not None, timeout=20_000)
    indicator = window.sync.indicator
    assert indicator.parent() is window.bar
    window.open_learner(learner.id)
    window.open_skill("basics")
    saved = window.room.host.finish(basics_attempt())
    # At once, before the server has it: saved here.
    assert indicator.text() == "Saved on this PC." and indicator.isVisible()
    qtbot.waitUntil(lambda: indicator.text() == "Saved on the centre server.", timeout=15_000)
    centre = outbox.server_database(centre_url)
    with centre.reading() as session:
        assert list(session.scalars(select(Attempt.id))) == [saved.id]
    assert outbox.pending(runtime.db) == 0
    centre.dispose()  # the test's own connection would not survive the restart

    # The server goes away: the next result is saved here, and waits; no dialog.
    server.down()
    try:
        later = window.room.host.finish(basics_attempt(1))
        assert indicator.text() == "Saved on this PC."
        qtbot.waitUntil(lambda: "cannot be reached" in indicator.toolTip(), timeout=15_000)
        assert QApplication.activeModalWidget() is None
        assert outbox.queued_ids(runtime.db) == [later.id]
        window.show_picker()  # the next learner: only the count is left
        assert indicator.text() == "1 result waiting for the centre server"
    finally:
        server.up()
    qtbot.waitUntil(lambda: indicator.isHidden(), timeout=30_000)  # delivered: nothing waits
    with centre.reading() as session:
        assert sorted(session.scalars(select(Attempt.id))) == sorted([saved.id, later.id])
    centre.dispose()
    window.close()
    assert not window.sync.worker.isRunning()


def test_the_indicator_fits_the_bar_at_1024x600(qtbot, runtime, translations, monkeypatch, tmp_path):
    """A server that is nowhere (its socket folder does not exist): 12 results wait."""
    nowhere = f"postgresql+psycopg://tutor@/tutor?host={tmp_path / 'no-server'}"
    monkeypatch.setattr("tutor.store.server.server_url", lambda data_dir: nowhere)
    learner = create_learner(runtime.db, "Amina Diallo-Nguema", "sun")
    for minute in range(12):
        record_attempt(runtime.db, learner.id, "basics", f"e{minute}", "basics-mouse", "1",
                       T0, T0 + timedelta(seconds=30), score=1.0, passed=True)
    window = MainWindow(runtime, translations)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    window.open_learner(learner.id)
    indicator = window.sync.indicator
    qtbot.waitUntil(lambda: indicator.text() == "12 results waiting for the centre server",
                    timeout=15_000)
    assert "cannot be reached" in indicator.toolTip()
    qtbot.wait(50)
    assert outside(window) == []
    right = indicator.mapTo(window, indicator.rect().topRight()).x()
    assert indicator.isVisible() and 0 < right <= window.width()
    # Where the sentence does not fit, what is drawn still says how many wait, whole
    # (an elided "12 results wai…" would not): the short form, every word on screen.
    shown, font = indicator.shown()
    assert shown in (indicator.text(), "12 waiting")
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(font)
    assert all(metrics.horizontalAdvance(word) <= indicator.contentsRect().width() for word in shown.split())
    # A saved result says where it is, not "Saved…".
    indicator.attempt_saved(uuid.uuid4())
    shown, _font = indicator.shown()
    assert shown in ("Saved on this PC.", "Saved: this PC")
    assert QApplication.activeModalWidget() is None
    window.close()


def test_a_pc_that_is_not_joined_sends_nothing(qtbot, window, runtime, monkeypatch):
    monkeypatch.setattr("tutor.store.server.server_url", lambda data_dir: None)
    window.start_loading()
    qtbot.waitUntil(lambda: runtime.loaded, timeout=20_000)
    qtbot.wait(50)
    assert window.sync is None
    learner = create_learner(runtime.db, "Amina", "sun")
    window.open_learner(learner.id)
    window.open_skill("basics")
    assert window.room.host.on_saved is None


@pytest.mark.process
def test_a_learner_from_another_pc_sees_their_progress_here(qtbot, joined, runtime, translations):
    centre = outbox.server_database(joined)
    ana = create_learner(centre, "Ana", "sun")
    first = record_attempt(centre, ana.id, "basics", "e0", "basics-mouse", "1", T0,
                           T0 + timedelta(seconds=30), score=1.0, passed=True)
    window = MainWindow(runtime, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # The first run copies the server's learners: Ana can pick herself here.
    with qtbot.waitSignal(window.sync.pulled, timeout=15_000) as pulled:
        pass
    assert pulled.args == [[ana.id]]
    assert [a.id for a in attempts_of(runtime.db, ana.id)] == [first.id]
    # Meanwhile at another PC; then she sits here: her attempt from there comes first.
    newer = record_attempt(centre, ana.id, "basics", "e1", "basics-mouse", "1", T0,
                           T0 + timedelta(seconds=30), score=1.0, passed=True)
    centre.dispose()
    window.open_learner(ana.id)
    refreshed = []
    original = window.home.refresh
    window.home.refresh = lambda: (refreshed.append(True), original())
    with qtbot.waitSignal(window.sync.pulled, timeout=15_000) as pulled:
        pass
    assert pulled.args == [[ana.id]]
    assert newer.id in {a.id for a in attempts_of(runtime.db, ana.id)}
    assert refreshed  # her home shows it
    window.close()
