"""Reading instructions aloud with the computer's own voice (Qt Text to Speech).

Qt talks to what the system has: Speech Dispatcher on Linux (with a voice such as
espeak-ng), SAPI or WinRT on Windows. Nothing is downloaded and nothing leaves the PC.
When there is no engine, no voice for the lesson's language, or the engine fails, the
learner is told so in plain words (``Problem``): a lab PC often has no voice installed,
and silence after pressing a button would look like a fault.

The engine is made on the first use, not at start-up: Speech Dispatcher starts a
server, and most lessons are never read aloud. ``TUTOR_SPEECH_ENGINE`` picks an engine
by name (tests use Qt's "mock" engine; "none" behaves as a PC without any).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

from tutor.i18n import LANGUAGES, QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the module is imported on first use only
    from PySide6.QtTextToSpeech import QTextToSpeech
from tutor.i18n.qt import translated

log = logging.getLogger(__name__)
CONTEXT = "speech"
ENGINE_VARIABLE = "TUTOR_SPEECH_ENGINE"

NO_ENGINE = QT_TRANSLATE_NOOP(
    "speech", "This computer has no voice to read aloud. Ask your trainer to install one.")
NO_VOICE = QT_TRANSLATE_NOOP(
    "speech", "This computer has no voice for {language}. Ask your trainer to add one.")
# The engine's own words (in English, from the system) go to the log, not to the learner.
FAILED = QT_TRANSLATE_NOOP(
    "speech", "The computer's voice did not work. Ask your trainer.")
NO_ANSWER = QT_TRANSLATE_NOOP(
    "speech", "The computer's voice did not answer. Ask your trainer.")
# Speech Dispatcher's client waits for its server without a time limit, and a server
# stuck without a sound card never answers: the window would freeze. So it is tried
# first in a child process (``tutor voices``), which may be stopped, waited for on a
# worker thread while the window goes on.
PROBED_ENGINES = frozenset({"speechd"})
PROBE_SECONDS = 6.0


def engine_answers(timeout: float = PROBE_SECONDS, command: list[str] | None = None) -> bool:
    """Whether ``tutor voices`` finishes in time (whatever voices it finds)."""
    if command is None:
        command = ([sys.executable, "voices"] if getattr(sys, "frozen", False)
                   else [sys.executable, "-m", "tutor", "voices"])
    try:
        subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        log.warning("text to speech: the engine did not answer in %.0f s", timeout)
        return False
    except OSError as exc:
        log.warning("text to speech: could not try the engine: %s", exc)
        return False
    return True


def _available_engines() -> list[str]:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:  # Qt's Text to Speech module is not in this copy
        return []
    return list(QTextToSpeech.availableEngines())


def choose_engine(available: list[str], wanted: str | None) -> str | None:
    """The engine to use: ``wanted`` if given ("none": no engine at all), else the first
    real one (Qt's "mock" engine is for tests and says nothing)."""
    if wanted:
        return wanted if wanted in available else None
    real = [name for name in available if name != "mock"]
    return real[0] if real else None


class Speaker(QObject):
    """One voice for the whole application; ``speaking`` tells who is being read (or
    waits for it), ``problem`` what went wrong once the voice was looked for."""

    speaking = Signal(object)  # the owner being read, or None when the voice is quiet
    problem = Signal(object, str)  # the owner, and what went wrong, in words for learners
    _probed = Signal(bool)  # the probe's answer, from its worker thread

    def __init__(self, parent: QObject | None = None,
                 engines: Callable[[], list[str]] = _available_engines,
                 answers: Callable[[], bool] = engine_answers) -> None:
        super().__init__(parent)
        self._engines = engines
        self._answers = answers
        self._tts: QTextToSpeech | None = None  # made on first use
        self._name: str | None = None
        self._state = "new"  # new, probing (the engine is being tried), chosen
        self._pending: tuple[str, str, object] | None = None  # what to read once tried
        self.silent = False  # the engine exists but did not answer
        self.owner: object | None = None
        self._probed.connect(self._probe_done)  # queued: it comes from another thread

    def say(self, text: str, language: str, owner: object) -> str | None:
        """Read ``text`` in ``language``; return None, or what went wrong, in words for
        the learner. The first time, an engine that may hang is tried on a worker thread
        (the window goes on): the reading starts, or ``problem`` comes, when it answers."""
        if self._state == "new":
            self._name = choose_engine(self._engines(), os.environ.get(ENGINE_VARIABLE))
            log.info("text to speech: engine %s", self._name or "none")
            if self._name in PROBED_ENGINES:
                self._state = "probing"
                threading.Thread(target=lambda: self._probed.emit(self._answers()),
                                 name="tutor-voice-probe", daemon=True).start()
            else:
                self._choose()
        if self._state == "probing":
            self._pending = (text, language, owner)
            self._start(owner)
            return None
        return self._say_now(text, language, owner)

    def _choose(self) -> None:
        self._state = "chosen"
        if self._name is not None and not self.silent:
            from PySide6.QtTextToSpeech import QTextToSpeech
            tts = QTextToSpeech(self._name, self)
            tts.stateChanged.connect(self._state_changed)
            self._tts = tts

    def _probe_done(self, answered: bool) -> None:
        self.silent = not answered
        self._choose()
        pending, self._pending = self._pending, None
        if pending is None or self.owner is not pending[2]:  # stopped in the meantime
            return
        problem = self._say_now(*pending)
        if problem is not None:
            self._quiet()
            self.problem.emit(pending[2], problem)

    def _say_now(self, text: str, language: str, owner: object) -> str | None:
        tts = self._tts
        if self.silent:
            return translated(CONTEXT, NO_ANSWER)
        if tts is None:
            return translated(CONTEXT, NO_ENGINE)
        from PySide6.QtTextToSpeech import QTextToSpeech

        if tts.state() == QTextToSpeech.State.Error:
            log.warning("text to speech failed: %s", tts.errorString() or "no reason given")
            return translated(CONTEXT, FAILED)
        locale = self._locale_for(tts, language)
        if locale is None:
            return translated(CONTEXT, NO_VOICE,
                              {"language": LANGUAGES.get(language, language)})
        if tts.locale() != locale:
            tts.setLocale(locale)
        if tts.state() != QTextToSpeech.State.Ready:
            tts.stop()
        tts.say(text)
        self._start(owner)
        return None

    def _start(self, owner: object) -> None:
        self.owner = owner
        self.speaking.emit(owner)

    def stop(self) -> None:
        self._pending = None
        if self._tts is not None:
            self._tts.stop()
        self._quiet()

    @staticmethod
    def _locale_for(tts, language: str) -> QLocale | None:
        wanted = QLocale(language)
        same = [loc for loc in tts.availableLocales() if loc.language() == wanted.language()]
        for locale in same:  # the usual country first (fr_FR before fr_BE)
            if locale.name() == wanted.name():
                return locale
        return same[0] if same else None

    def _state_changed(self, state) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error):
            self._quiet()

    def _quiet(self) -> None:
        if self.owner is not None:
            self.owner = None
            self.speaking.emit(None)


_speaker: Speaker | None = None


def speaker() -> Speaker:
    """The application's one Speaker (made with the first instruction shown)."""
    global _speaker
    if _speaker is None or not _alive(_speaker):
        _speaker = Speaker(QCoreApplication.instance())
    return _speaker


def _alive(obj: QObject) -> bool:
    try:
        obj.objectName()
    except RuntimeError:  # its C++ side was deleted with a previous QApplication
        return False
    return True


def voices_report() -> tuple[list[str], bool]:
    """For trainers (``tutor voices``): the engine, and a voice or none for each of
    Tutor's languages. True when every language has a voice."""
    from PySide6.QtCore import QCoreApplication as App

    _app = App.instance() or App([])
    engines = _available_engines()
    name = choose_engine(engines, os.environ.get(ENGINE_VARIABLE))
    lines = [f"text-to-speech engines: {', '.join(engines) or 'none'}"]
    if name is None:
        lines.append("no engine to read aloud: install one (Linux: speech-dispatcher and "
                     "espeak-ng; Windows: Settings > Time & language > Speech)")
        return lines, False
    from PySide6.QtTextToSpeech import QTextToSpeech

    tts = QTextToSpeech(name)
    if tts.state() == QTextToSpeech.State.Error:
        lines.append(f"{name}: {tts.errorString() or 'does not start'}")
        return lines, False
    lines.append(f"using: {name}")
    every = True
    for language in LANGUAGES:
        locale = Speaker._locale_for(tts, language)
        if locale is None:
            every = False
            lines.append(f"{language}: no voice")
            continue
        tts.setLocale(locale)
        voices = ", ".join(v.name() for v in tts.availableVoices()[:3]) or "?"
        lines.append(f"{language}: {locale.name()} ({voices})")
    return lines, every
