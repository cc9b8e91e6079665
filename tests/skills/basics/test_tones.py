"""The room's sounds: the shipped WAV files are what ``tones.py`` makes, short and quiet."""

from __future__ import annotations

import io
import wave

from tutor.paths import resource
from tutor.skills.basics import tones


def test_the_shipped_sounds_are_the_ones_made_here():
    for name in tones.SOUNDS:
        shipped = resource("assets", "sounds", f"{name}.wav").read_bytes()
        assert shipped == tones.wav_bytes(name), f"run python -m tutor.skills.basics.tones ({name})"


def test_each_sound_is_short_mono_and_never_at_full_volume():
    for name, notes in tones.SOUNDS.items():
        with wave.open(io.BytesIO(tones.wav_bytes(name))) as wav:
            assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 22050)
            seconds = wav.getnframes() / wav.getframerate()
        assert abs(seconds - sum(length for _f, length in notes)) < 0.01
        assert seconds < 0.6
        peak = max(abs(s) for s in tones.samples(notes))
        assert 0.2 * 32767 < peak <= tones.VOLUME * 32767
        first = tones.samples(notes)[0]
        assert first == 0  # each note fades in: no click
