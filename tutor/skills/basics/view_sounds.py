"""The room's short sounds: right, try again, done (``assets/sounds/*.wav``, made by
``tones.py``).

Played with Qt's ``QSoundEffect``, which the bundle keeps (Qt Multimedia's library
stays for Text to Speech; its media plugins and FFmpeg are left out, and a sound
effect needs neither: Qt reads the WAV itself and plays it through the system's sound
output). Made on first use, not when the room opens: most rooms never sound, and
loading the audio back end takes a moment. Where there is no Qt Multimedia or no sound
output, or ``TUTOR_SOUND=none`` (the tests), nothing plays and nothing breaks: every
answer also shows its picture. ``played`` lists what was asked for, for the tests.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from PySide6.QtCore import QObject, QUrl

from tutor.paths import resource

log = logging.getLogger(__name__)
NAMES = ("right", "wrong", "done")
VARIABLE = "TUTOR_SOUND"


class Sounds(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = True  # the learner's choice
        self.played: list[str] = []
        self._effects: dict[str, Any] | None = None  # made on first use

    @staticmethod
    def available() -> bool:
        return os.environ.get(VARIABLE, "").lower() != "none"

    def _load(self) -> dict[str, Any]:
        if self._effects is not None:
            return self._effects
        self._effects = {}
        if not self.available():
            return self._effects
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # a copy of Qt without Multimedia: pictures only
            log.info("sounds: Qt Multimedia is not available")
            return self._effects
        for name in NAMES:
            path = resource("assets", "sounds", f"{name}.wav")
            if path.is_file():
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                effect.setVolume(0.8)
                self._effects[name] = effect
        return self._effects

    def preload(self) -> None:
        """Load the sounds now (when an exercise opens), so the first plays at once."""
        if self.enabled:
            self._load()

    def play(self, name: str) -> None:
        if not self.enabled:
            return
        self.played.append(name)
        effect = self._load().get(name)
        if effect is not None:
            effect.play()
