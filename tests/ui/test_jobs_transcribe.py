"""The transcription task's widget driven with real key and mouse events: the
transcriber's keys move and start the player while the learner types (there is no sound
device here: the player runs on its clock, and the tests watch its position and state),
the slower speed, the draft autosaved after a second, Submit emitting the text, a
missing recording, names for screen readers and a fit at 1000x430. A screenshot goes to
/tmp/jobs-shots/transcribe.png."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSlider, QWidget

from tests.ui.accessibility import unnamed
from tutor.skills.jobs.grading import grade_task
from tutor.skills.jobs.model import Task
from tutor.skills.jobs.view_tasks import make_task_widget
from tutor.skills.jobs.view_transcribe import TranscribeTask, clock

SHOTS = Path("/tmp/jobs-shots")
SIZE = (1000, 430)
CTRL = Qt.KeyboardModifier.ControlModifier
GOLD = ("Hi Amina, it's David from the warehouse. Oh, hi David. Can you take the morning "
        "shift on Saturday? Yes, I can do that.")
SHIFT = Task(id="t1", kind="transcribe", audio="en-shift.wav", style="clean", transcript=GOLD)
PLAYING = QMediaPlayer.PlaybackState.PlayingState
# Qt Multimedia's first use says which system libraries it could not load (VA-API,
# PipeWire, PulseAudio): this machine has no sound, as many lab PCs.
pytestmark = pytest.mark.qt_log_ignore("Couldn't (load|resolve)", "PulseAudioService",
                                       "pipewire")


@pytest.fixture(autouse=True)
def collected():
    yield
    gc.collect()


@pytest.fixture
def show(qtbot, translations):
    def show(task: Task = SHIFT) -> tuple[TranscribeTask, list[object]]:
        widget = make_task_widget(task)
        assert isinstance(widget, TranscribeTask)
        qtbot.addWidget(widget)
        widget.resize(*SIZE)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()
        widget.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is widget.text)
        answers: list[object] = []
        widget.answered.connect(answers.append)
        return widget, answers

    return show


def loaded(qtbot, widget: TranscribeTask) -> None:
    qtbot.waitUntil(lambda: widget.player.duration() > 0, timeout=5000)


def test_clock_shows_minutes_and_seconds():
    assert clock(0) == "0:00"
    assert clock(8_190) == "0:08"
    assert clock(65_400) == "1:05"
    assert clock(-5) == "0:00"


def test_the_keys_move_the_player_while_the_learner_types(qtbot, show):
    widget, _ = show()
    loaded(qtbot, widget)
    assert 8_000 < widget.player.duration() < 9_000  # en-shift.wav: 8.2 s
    QTest.keyClicks(widget.text, "Hi Amina")
    QTest.keyClick(widget.text, Qt.Key.Key_F2)  # forward 5 s
    qtbot.waitUntil(lambda: widget.player.position() >= 5_000)
    assert widget.slider.value() >= 5_000
    assert widget.time.text().startswith("0:05 / 0:08")
    QTest.keyClick(widget.text, Qt.Key.Key_F1)  # back 5 s
    qtbot.waitUntil(lambda: widget.player.position() < 1_000)
    QTest.keyClick(widget.text, Qt.Key.Key_Right, CTRL)  # forward again
    qtbot.waitUntil(lambda: widget.player.position() >= 5_000)
    QTest.keyClick(widget.text, Qt.Key.Key_Left, CTRL)
    qtbot.waitUntil(lambda: widget.player.position() < 1_000)
    # The keys were the player's: the text and its cursor stayed where they were.
    assert widget.text.toPlainText() == "Hi Amina"
    assert widget.text.textCursor().position() == len("Hi Amina")
    assert widget.player.playbackState() != PLAYING


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_F4])
def test_esc_and_f4_play_and_pause_and_the_position_moves(qtbot, show, key):
    widget, _ = show()
    loaded(qtbot, widget)
    QTest.keyClick(widget.text, key)
    qtbot.waitUntil(lambda: widget.player.playbackState() == PLAYING, timeout=5000)
    assert widget.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: widget.player.position() > 200, timeout=5000)  # time passes
    QTest.keyClick(widget.text, key)
    qtbot.waitUntil(lambda: widget.player.playbackState() == QMediaPlayer.PlaybackState.PausedState)
    assert widget.play_button.text() == "Play"
    stopped_at = widget.player.position()
    qtbot.wait(300)
    assert abs(widget.player.position() - stopped_at) < 100  # paused: it stays
    assert widget.text.toPlainText() == ""  # Esc typed nothing


def test_the_buttons_and_the_slower_speed(qtbot, show):
    widget, _ = show()
    loaded(qtbot, widget)
    forward = widget.findChild(QPushButton, "jobsForward")
    qtbot.mouseClick(forward, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(forward, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.player.position() >= 8_000)  # 10 s asked, 8.2 s long
    assert widget.player.position() <= widget.player.duration()
    qtbot.mouseClick(widget.findChild(QPushButton, "jobsBack"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: 3_000 <= widget.player.position() < 4_000)
    slower = widget.findChild(QPushButton, "jobsSlower")
    qtbot.mouseClick(slower, Qt.MouseButton.LeftButton)
    assert slower.isChecked() and widget.player.playbackRate() == pytest.approx(0.75)
    qtbot.mouseClick(slower, Qt.MouseButton.LeftButton)
    assert widget.player.playbackRate() == pytest.approx(1.0)
    qtbot.mouseClick(widget.findChild(QPushButton, "jobsPlay"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.player.playbackState() == PLAYING, timeout=5000)
    widget.hide()  # a task put away stops talking
    assert widget.player.playbackState() != PLAYING


def test_the_slider_moves_the_player(qtbot, show):
    widget, _ = show()
    loaded(qtbot, widget)
    slider = widget.findChild(QSlider, "jobsPosition")
    assert slider.maximum() == widget.player.duration()
    slider.setFocus()
    QTest.keyClick(slider, Qt.Key.Key_PageUp)  # a page: 5 s
    qtbot.waitUntil(lambda: widget.player.position() >= 5_000)
    QTest.keyClick(slider, Qt.Key.Key_F1)  # the transcriber's keys work here too
    qtbot.waitUntil(lambda: widget.player.position() < 1_000)


def test_the_draft_is_emitted_a_second_after_the_last_key(qtbot, show):
    widget, _ = show()
    drafts: list[str] = []
    widget.draft_changed.connect(drafts.append)
    QTest.keyClicks(widget.text, "Hi Amina,")
    assert drafts == []  # not at every key
    with qtbot.waitSignal(widget.draft_changed, timeout=3000):
        pass
    assert drafts == ["Hi Amina,"]  # once, with the whole text
    assert widget.draft() == "Hi Amina,"
    widget.set_draft("Hi Amina, it's David")  # a kept draft put back: not emitted again
    qtbot.wait(1300)
    assert drafts == ["Hi Amina,"]
    assert widget.text.toPlainText() == "Hi Amina, it's David"
    assert widget.submit.isEnabled()


def test_submit_emits_the_text_and_its_verdict_passes(qtbot, show):
    widget, answers = show()
    assert not widget.submit.isEnabled()  # nothing typed yet
    drafts: list[str] = []
    widget.draft_changed.connect(drafts.append)
    QTest.keyClicks(widget.text, GOLD)
    qtbot.mouseClick(widget.submit, Qt.MouseButton.LeftButton)
    assert answers == [GOLD]
    assert drafts == [GOLD]  # the last words kept at once, not a second later
    assert widget.text.isReadOnly() and not widget.submit.isEnabled()
    assert grade_task(SHIFT, answers[0]).passed
    qtbot.mouseClick(widget.submit, Qt.MouseButton.LeftButton)
    assert len(answers) == 1  # once


def test_a_missing_recording_is_said_and_the_task_can_still_be_typed(qtbot, show):
    widget, answers = show(Task(id="t9", kind="transcribe", audio="en-nowhere.wav",
                                transcript="Hello."))
    status = widget.findChild(QLabel, "jobsAudioStatus")
    assert status.isVisible() and "missing" in status.text()
    assert not widget.play_button.isEnabled()
    QTest.keyClick(widget.text, Qt.Key.Key_Escape)  # nothing to play: nothing happens
    QTest.keyClick(widget.text, Qt.Key.Key_F2)
    assert widget.player.playbackState() != PLAYING and widget.player.position() == 0
    QTest.keyClicks(widget.text, "Hello.")
    qtbot.mouseClick(widget.submit, Qt.MouseButton.LeftButton)
    assert answers == ["Hello."]


def test_named_fits_and_says_the_style_and_the_keys(qtbot, show):
    widget, _ = show()
    assert unnamed(widget) == []
    assert widget.slider.accessibleName() and widget.text.accessibleName()
    for name in ("jobsSubmit", "jobsPlay", "jobsTranscript", "jobsTime"):
        part = widget.findChild(QWidget, name)
        inside = QRect(part.mapTo(widget, QPoint(0, 0)), part.size())
        assert widget.rect().contains(inside), (name, inside)
    prompt = widget.prompt.text()
    assert "Clean verbatim" in prompt and "F4" in prompt and "Ctrl+Left" in prompt
    full, _ = show(Task(id="t2", kind="transcribe", audio="en-shift.wav", style="full",
                        transcript=GOLD))
    assert "Full verbatim" in full.prompt.text()
    widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # an Arabic interface
    assert widget.text.layoutDirection() == Qt.LayoutDirection.LeftToRight
    widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    loaded(qtbot, widget)
    QTest.keyClicks(widget.text, "Hi Amina, it's David from the warehouse.")
    QTest.keyClick(widget.text, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: widget.player.position() >= 5_000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / "transcribe.png"))
