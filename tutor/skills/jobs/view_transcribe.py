"""The transcription task: a recording's player and the box the transcript is typed in.

The player (Qt Multimedia: ``QMediaPlayer`` with a ``QAudioOutput``) has Play/Pause, back
5 s, forward 5 s, a slower speed (0.75x) and a position slider with the time. The keys
transcribers use work while typing in the box: Esc or F4 play or pause, F1 or Ctrl+Left
go back 5 seconds, F2 or Ctrl+Right go forward 5 seconds.

The draft is autosaved: ``draft_changed(text)`` is emitted one second after the last
change (debounced) so the room can keep it; ``set_draft(text)`` puts a kept draft back
(without emitting). "Submit" emits the typed text (the grader's answer, a ``str``).

With no sound device (a lab PC without speakers, the tests) the player still runs on its
clock: nothing here waits for the sound; a recording that cannot be played is said in a
line under the player, and the transcript can still be typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStyle,
    QWidget,
)

from tutor.paths import resource
from tutor.skills.jobs.model import Task
from tutor.skills.jobs.scoring import MAX_TRANSCRIPT
from tutor.skills.jobs.view_tasks import LTR, TaskWidget
from tutor.ui.style import set_role

STEP_MS = 5_000  # back and forward: 5 seconds
SLOW_RATE = 0.75
DRAFT_DELAY_MS = 1_000  # the draft is emitted this long after the last change
PLAY_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_F4)
BACK_KEYS = (Qt.Key.Key_F1,)
FORWARD_KEYS = (Qt.Key.Key_F2,)


def clock(ms: int) -> str:
    """Milliseconds as minutes:seconds, ``65_400`` -> ``"1:05"``."""
    seconds = max(0, ms) // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


class TranscribeTask(TaskWidget):
    """Listen to the task's recording and type it under the project's style guide."""

    draft_changed = Signal(str)

    def __init__(self, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(task, parent)
        self.problem = ""  # why the recording cannot be played, in English (tr at show)
        self.player = QMediaPlayer(self)
        self.audio_output = QAudioOutput(self)
        if QMediaDevices.audioOutputs():  # with none, the player runs on its clock, silent
            self.player.setAudioOutput(self.audio_output)
        style = self.style()

        def button(name: str, icon: QStyle.StandardPixmap | None = None) -> QPushButton:
            b = QPushButton()
            b.setObjectName(name)
            if icon is not None:
                b.setIcon(style.standardIcon(icon))
            b.installEventFilter(self)
            return b

        self.play_button = button("jobsPlay", QStyle.StandardPixmap.SP_MediaPlay)
        self.play_button.clicked.connect(self.toggle_play)
        self.back_button = button("jobsBack", QStyle.StandardPixmap.SP_MediaSeekBackward)
        self.back_button.clicked.connect(self.back)
        self.forward_button = button("jobsForward", QStyle.StandardPixmap.SP_MediaSeekForward)
        self.forward_button.clicked.connect(self.forward)
        self.slower = button("jobsSlower")
        self.slower.setCheckable(True)
        self.slower.toggled.connect(self.set_slow)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("jobsPosition")
        self.slider.setRange(0, 0)
        self.slider.setSingleStep(1000)
        self.slider.setPageStep(STEP_MS)
        self.slider.installEventFilter(self)
        self.slider.sliderMoved.connect(self.player.setPosition)
        self.slider.valueChanged.connect(self._slider_changed)
        self.time = QLabel(clock(0) + " / " + clock(0))
        self.time.setObjectName("jobsTime")
        self.time.setLayoutDirection(LTR)
        self.status = set_role(QLabel(), "hint")
        self.status.setObjectName("jobsAudioStatus")
        self.status.setWordWrap(True)
        controls = QHBoxLayout()
        for widget in (self.play_button, self.back_button, self.forward_button, self.slower):
            controls.addWidget(widget)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.time)
        self.body.addLayout(controls)
        self.body.addWidget(self.status)
        self.text = QPlainTextEdit()
        # (its size hint ignored in the height: the task fits a small screen's page)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.text.setMinimumHeight(90)
        self.text.setObjectName("jobsTranscript")
        self.text.setLayoutDirection(LTR)
        self.text.setTabChangesFocus(True)
        self.text.installEventFilter(self)
        self.text.textChanged.connect(self._text_changed)
        self.body.addWidget(self.text, 1)
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self._emit_draft)
        self.player.positionChanged.connect(self._position_changed)
        self.player.durationChanged.connect(self._duration_changed)
        self.player.playbackStateChanged.connect(lambda *_: self._show_state())
        self.player.errorOccurred.connect(self._error)
        self.player.mediaStatusChanged.connect(self._media_status)
        self.setFocusProxy(self.text)
        self._load()
        self.update_submit()
        self.retranslate()

    # -- the recording ---------------------------------------------------------------------

    def _load(self) -> None:
        path = resource("assets", "jobs", "audio", self.task.audio or "")
        if not self.task.audio or not path.is_file():
            self.problem = "missing"
        else:
            self.player.setSource(QUrl.fromLocalFile(str(path)))
            if not QMediaDevices.audioOutputs():
                self.problem = "no-device"

    def _error(self, error: QMediaPlayer.Error, _message: str = "") -> None:
        if error != QMediaPlayer.Error.NoError:
            self.problem = "error"
            self._show_state()

    def _media_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.InvalidMedia:
            self.problem = "error"
        self._show_state()

    def playable(self) -> bool:
        return self.problem not in ("missing", "error")

    def playing(self) -> bool:
        return self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def toggle_play(self) -> None:
        """Play, or pause while playing; at the end, play again from the start."""
        if not self.playable():
            return
        if self.playing():
            self.player.pause()
        else:
            if self.player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia:
                self.player.setPosition(0)
            self.player.play()

    def seek(self, delta_ms: int) -> None:
        if not self.playable():
            return
        position = max(0, self.player.position() + delta_ms)
        duration = self.player.duration()
        if duration > 0:
            position = min(position, duration)
        self.player.setPosition(position)
        self._position_changed(position)

    def back(self) -> None:
        self.seek(-STEP_MS)

    def forward(self) -> None:
        self.seek(STEP_MS)

    def set_slow(self, slow: bool) -> None:
        self.player.setPlaybackRate(SLOW_RATE if slow else 1.0)
        self._show_state()

    def _position_changed(self, position: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.blockSignals(True)
            self.slider.setValue(position)
            self.slider.blockSignals(False)
        self.time.setText(f"{clock(position)} / {clock(self.player.duration())}")

    def _duration_changed(self, duration: int) -> None:
        self.slider.setRange(0, max(0, duration))
        self._position_changed(self.player.position())

    def _slider_changed(self, value: int) -> None:
        """The slider moved by its keys (or a click on its groove): go there."""
        if not self.slider.isSliderDown() and self.playable():
            self.player.setPosition(value)

    def hideEvent(self, event: QHideEvent) -> None:
        if self.playing():
            self.player.pause()
        super().hideEvent(event)

    # -- the keys transcribers use -----------------------------------------------------------

    def transcriber_key(self, event: QKeyEvent) -> bool:
        """Do what a transcriber's key asks; True when ``event`` was one."""
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        plain = mods == Qt.KeyboardModifier.NoModifier
        if plain and key in PLAY_KEYS:
            self.toggle_play()
        elif (plain and key in BACK_KEYS) or (ctrl and key == Qt.Key.Key_Left):
            self.back()
        elif (plain and key in FORWARD_KEYS) or (ctrl and key == Qt.Key.Key_Right):
            self.forward()
        else:
            return False
        return True

    @staticmethod
    def _is_transcriber_key(event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.NoModifier:
            return key in (*PLAY_KEYS, *BACK_KEYS, *FORWARD_KEYS)
        return mods == Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Left,
                                                                       Qt.Key.Key_Right)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                and isinstance(event, QKeyEvent) and self._is_transcriber_key(event):
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # ours, not a window's shortcut (Esc would close a dialog)
                return True
            return self.transcriber_key(event)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.transcriber_key(event):
            super().keyPressEvent(event)

    # -- the transcript and its draft --------------------------------------------------------

    def _text_changed(self) -> None:
        self.update_submit()
        self.draft_timer.start()  # restarted by every change: debounced

    def _emit_draft(self) -> None:
        self.draft_changed.emit(self.draft())

    def draft(self) -> str:
        return self.text.toPlainText()[:MAX_TRANSCRIPT]

    def set_draft(self, text: str) -> None:
        """Put a kept draft back, without emitting it again."""
        self.text.blockSignals(True)
        self.text.setPlainText(text[:MAX_TRANSCRIPT])
        self.text.blockSignals(False)
        self.draft_timer.stop()
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)
        self.update_submit()

    def answer(self) -> str:
        return self.draft()

    def ready(self) -> bool:
        return bool(self.text.toPlainText().strip())

    def submit_answer(self) -> None:
        if self.draft_timer.isActive():
            self.draft_timer.stop()
            self._emit_draft()  # the last words are kept even if the room saves late
        super().submit_answer()
        if self.done:
            self.text.setReadOnly(True)
            if self.playing():
                self.player.pause()

    # -- words -------------------------------------------------------------------------------

    def default_prompt(self) -> str:
        keys = self.tr("Keys: Esc or F4 play or pause, F1 or Ctrl+Left back 5 seconds, F2 or "
                       "Ctrl+Right forward 5 seconds.")
        if self.task.style == "full":
            rule = self.tr("Full verbatim: type every word as said, with every um, uh and false "
                           "start (I w- I will). Write [inaudible] for a word you cannot hear and "
                           "[crosstalk] when two people speak at once.")
        else:
            rule = self.tr("Clean verbatim: leave out um, uh and false starts; use normal "
                           "punctuation. Write [inaudible] for a word you cannot hear and "
                           "[crosstalk] when two people speak at once.")
        return f"{rule} {keys}"

    def _show_state(self) -> None:
        playing = self.playing()
        self.play_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay))
        words = self.tr("Pause") if playing else self.tr("Play")
        self.play_button.setText(words)
        self.play_button.setAccessibleName(words)
        messages = {
            "missing": self.tr("The recording is missing: ask your trainer. You can still type."),
            "error": self.tr("This recording cannot be played on this computer. You can still "
                             "type."),
            "no-device": self.tr("No speakers or headphones were found: plug them in to hear the "
                                 "recording."),
        }
        self.status.setText(messages.get(self.problem, ""))
        self.status.setVisible(bool(self.problem))
        for control in (self.play_button, self.back_button, self.forward_button, self.slider):
            control.setEnabled(self.playable())

    def retranslate(self) -> None:
        super().retranslate()
        self.back_button.setText(self.tr("Back 5 s"))
        self.back_button.setAccessibleName(self.tr("Back 5 seconds (F1)"))
        self.forward_button.setText(self.tr("Forward 5 s"))
        self.forward_button.setAccessibleName(self.tr("Forward 5 seconds (F2)"))
        self.slower.setText(self.tr("Slower (0.75x)"))
        self.slower.setAccessibleName(self.tr("Slower, three quarters of the speed"))
        self.slider.setAccessibleName(self.tr("Position in the recording"))
        self.time.setAccessibleName(self.tr("Time"))
        self.text.setAccessibleName(self.tr("Your transcript"))
        self.text.setPlaceholderText(self.tr("Type the transcript here."))
        self._show_state()
