"""The room's short sounds, made here note by note (pure Python, the standard library's
``wave``): a rising pair of notes for a right action, a falling pair for "try again",
three rising notes at the end of an exercise. The WAV files in ``assets/sounds/`` are
written by ``python -m tutor.skills.basics.tones`` and a test checks they are what this
module makes, so a sound is changed here, never by hand.

Small and plain on purpose: 22 050 Hz, 16-bit, mono, a few kilobytes each, played with
Qt's ``QSoundEffect`` (which reads WAV itself, without Qt Multimedia's media plugins).
"""

from __future__ import annotations

import io
import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22_050
VOLUME = 0.35  # of full scale: clear, never startling
FADE = 0.012  # s of fade in and out of each note (no clicks)

# name -> notes (frequency in Hz, length in seconds)
SOUNDS: dict[str, tuple[tuple[float, float], ...]] = {
    "right": ((659.3, 0.09), (987.8, 0.17)),  # E5, B5
    "wrong": ((392.0, 0.12), (311.1, 0.22)),  # G4, E-flat 4
    "done": ((523.3, 0.11), (659.3, 0.11), (784.0, 0.26)),  # C5, E5, G5
}


def samples(notes: tuple[tuple[float, float], ...]) -> list[int]:
    """16-bit samples of the notes one after another: a soft tone (the note and a
    little of its octave) with a short fade at both ends of each note."""
    out: list[int] = []
    for frequency, seconds in notes:
        count = round(seconds * RATE)
        fade = max(1, round(FADE * RATE))
        for n in range(count):
            t = n / RATE
            envelope = min(1.0, n / fade, (count - 1 - n) / fade) * math.exp(-2.5 * t)
            value = (0.8 * math.sin(2 * math.pi * frequency * t)
                     + 0.2 * math.sin(4 * math.pi * frequency * t))
            out.append(round(32767 * VOLUME * envelope * value))
    return out


def wav_bytes(name: str) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(b"".join(struct.pack("<h", s) for s in samples(SOUNDS[name])))
    return buffer.getvalue()


def write_sounds(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in SOUNDS:
        path = folder / f"{name}.wav"
        path.write_bytes(wav_bytes(name))
        written.append(path)
    return written


if __name__ == "__main__":  # pragma: no cover - a maintainer's command
    from tutor.paths import resource

    for path in write_sounds(Path(resource("assets", "sounds"))):
        sys.stdout.write(f"{path}\n")
