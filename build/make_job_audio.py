"""Make the recordings of the job-tasks transcription projects (``assets/jobs/audio/``).

Run once at build time, offline, on a machine with ``espeak-ng`` and ``sox`` (Debian:
``apt-get install espeak-ng sox``) and numpy::

    python build/make_job_audio.py            # writes assets/jobs/audio/*.wav

Each clip below is a short scene of work or daily life (a phone call, a meeting, a
customer at a counter) said by two of the computer's voices (two voices with different
pitches per language), with fillers ("um", "uh", "euh"), false starts ("I w- I will"),
light background noise, and in some clips a word covered by a burst of noise (the gold
transcript says ``[inaudible]``) or two people speaking at once (``[crosstalk]``).

Every clip has its two gold transcripts written by hand: ``full`` (full verbatim: every
filler and false start, as said) and ``clean`` (clean verbatim: no fillers, no false
starts, normal punctuation). The packs (``lessons/jobs/*/7-transcribe.toml``) copy the
one of their task's style; ``tests/skills/jobs/test_transcription.py`` checks that they
do, and that the clean one is the full one under the clean style's normalisation.

The output is deterministic (the noise comes from a seeded generator): 16 kHz, mono,
16-bit PCM WAV. The recordings are our own, under the project's licence (GPL-compatible).
"""

from __future__ import annotations

import io
import subprocess
import sys
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

RATE = 16_000
OUT = Path(__file__).resolve().parents[1] / "assets" / "jobs" / "audio"
SPEED = 180  # words a minute: near espeak-ng's usual 175, a brisk phone voice
PAUSE = 0.18  # seconds between two turns
NOISE = 0.012  # background noise (RMS, full scale 1.0)
PEAK = 0.6  # the speech's loudest sample

# Two speakers per language: an espeak-ng voice (with a variant) and a pitch (0-99).
VOICES = {
    "en": {"A": ("en-gb+m3", 40), "B": ("en-us+f3", 62)},
    "fr": {"A": ("fr+m2", 38), "B": ("fr+f3", 60)},
}


@dataclass(frozen=True)
class Say:
    """One turn: ``speaker`` ("A" or "B") says ``text`` (as espeak-ng should say it)."""

    speaker: str
    text: str


@dataclass(frozen=True)
class Masked:
    """A turn whose word ``word`` is covered by a burst of noise louder than the voice."""

    speaker: str
    before: str
    word: str
    after: str


@dataclass(frozen=True)
class Overlap:
    """Two turns at once: ``second`` starts when ``first`` is half said."""

    first: Say
    second: Say


Part = Say | Masked | Overlap


@dataclass(frozen=True)
class Clip:
    name: str  # the file's name without ".wav"
    language: str
    scene: str  # what it is, for people reading this file
    parts: tuple[Part, ...]
    full: str  # the gold transcript in full verbatim
    clean: str  # the gold transcript in clean verbatim

    @property
    def file(self) -> str:
        return f"{self.name}.wav"

    def transcript(self, style: str) -> str:
        return self.full if style == "full" else self.clean


CLIPS: tuple[Clip, ...] = (
    # -- English ----------------------------------------------------------------------------
    Clip("en-shift", "en", "phone call: a manager asks a worker to take a shift", (
        Say("A", "Hi Amina, it's David from the warehouse."),
        Say("B", "Oh, hi David."),
        Say("A", "Um, can you take the morning shift on Saturday?"),
        Say("B", "Yes, I can do that."),
    ), full="Hi Amina, it's David from the warehouse. Oh, hi David. Um, can you take the "
            "morning shift on Saturday? Yes, I can do that.",
        clean="Hi Amina, it's David from the warehouse. Oh, hi David. Can you take the "
              "morning shift on Saturday? Yes, I can do that."),
    Clip("en-report", "en", "meeting: who sends the report", (
        Say("A", "Okay, so, um, I wih, I will send the report tomorrow morning."),
        Say("B", "Uh, could you add the sales from last week?"),
        Say("A", "Sure, no problem."),
    ), full="Okay, so, um, I w- I will send the report tomorrow morning. Uh, could you add "
            "the sales from last week? Sure, no problem.",
        clean="Okay, so I will send the report tomorrow morning. Could you add the sales "
              "from last week? Sure, no problem."),
    Clip("en-water-bill", "en", "customer service: a word lost in a burst of noise", (
        Say("B", "City Water, how can I help?"),
        Masked("A", "My bill is higher than last month, and I paid on", "Monday", "."),
        Say("B", "Let me check your account."),
    ), full="City Water, how can I help? My bill is higher than last month, and I paid on "
            "[inaudible]. Let me check your account.",
        clean="City Water, how can I help? My bill is higher than last month, and I paid on "
              "[inaudible]. Let me check your account."),
    Clip("en-tables", "en", "meeting: two people speak at once", (
        Say("A", "The new tables arrive on Thursday, and we need to move the"),
        Overlap(Say("A", "old ones out before lunch."), Say("B", "Sorry, which room?")),
        Say("A", "The training room, on the first floor."),
    ), full="The new tables arrive on Thursday, and we need to move the [crosstalk] The "
            "training room, on the first floor.",
        clean="The new tables arrive on Thursday, and we need to move the [crosstalk] The "
              "training room, on the first floor."),
    Clip("en-clinic", "en", "phone call: booking at a clinic", (
        Say("B", "Good morning, Hope Clinic."),
        Say("A", "Uh, good morning. I'd like to, um, book an appointment for my son."),
        Say("B", "We have a free time on Wednesday afternoon."),
    ), full="Good morning, Hope Clinic. Uh, good morning. I'd like to, um, book an "
            "appointment for my son. We have a free time on Wednesday afternoon.",
        clean="Good morning, Hope Clinic. Good morning. I'd like to book an appointment for "
              "my son. We have a free time on Wednesday afternoon."),
    Clip("en-shoes", "en", "at a shop counter: bringing shoes back", (
        Say("A", "Hello, I bought these shoes, but they are too small."),
        Say("B", "Do you have the receipt?"),
        Say("A", "Um, yes, here it is."),
        Say("B", "Then you can, uh, change them."),
    ), full="Hello, I bought these shoes, but they are too small. Do you have the receipt? "
            "Um, yes, here it is. Then you can, uh, change them.",
        clean="Hello, I bought these shoes, but they are too small. Do you have the receipt? "
              "Yes, here it is. Then you can change them."),
    Clip("en-late-bus", "en", "phone call: late for work", (
        Say("B", "Hi, it's Joy. Sorry, the bus is late again."),
        Say("A", "No problem. When will you arrive?"),
        Say("B", "Um, twenty minutes. The buh, the bus is full."),
    ), full="Hi, it's Joy. Sorry, the bus is late again. No problem. When will you arrive? "
            "Um, twenty minutes. The b- the bus is full.",
        clean="Hi, it's Joy. Sorry, the bus is late again. No problem. When will you arrive? "
              "Twenty minutes. The bus is full."),
    Clip("en-schedule", "en", "team meeting: the new opening hours", (
        Say("A", "Uh, first, the new schedule."),
        Say("B", "Do we still close at six?"),
        Say("A", "No, from next month we close at seven."),
        Say("B", "Um, okay. Fine."),
    ), full="Uh, first, the new schedule. Do we still close at six? No, from next month we "
            "close at seven. Um, okay. Fine.",
        clean="First, the new schedule. Do we still close at six? No, from next month we "
              "close at seven. Okay. Fine."),
    # -- French -----------------------------------------------------------------------------
    Clip("fr-horaire", "fr", "appel : un responsable demande un samedi", (
        Say("A", "Bonjour Fatou, c'est Marc, du magasin."),
        Say("B", "Ah, bonjour Marc."),
        Say("A", "Euh, tu peux travailler samedi matin ?"),
        Say("B", "Oui, pas de problème."),
    ), full="Bonjour Fatou, c'est Marc, du magasin. Ah, bonjour Marc. Euh, tu peux "
            "travailler samedi matin ? Oui, pas de problème.",
        clean="Bonjour Fatou, c'est Marc, du magasin. Ah, bonjour Marc. Tu peux travailler "
              "samedi matin ? Oui, pas de problème."),
    Clip("fr-rapport", "fr", "réunion : qui envoie le rapport", (
        Say("A", "Bon, alors, euh, je veu, je vais envoyer le rapport demain matin."),
        Say("B", "Tu peux ajouter les ventes de la semaine dernière ?"),
        Say("A", "Oui, bien sûr."),
    ), full="Bon, alors, euh, je v- je vais envoyer le rapport demain matin. Tu peux ajouter "
            "les ventes de la semaine dernière ? Oui, bien sûr.",
        clean="Bon, alors, je vais envoyer le rapport demain matin. Tu peux ajouter les "
              "ventes de la semaine dernière ? Oui, bien sûr."),
    Clip("fr-facture", "fr", "service client : un mot perdu dans le bruit", (
        Say("B", "Service des eaux, bonjour."),
        Masked("A", "Ma facture est plus élevée que le mois dernier, et j'ai payé", "lundi",
               "."),
        Say("B", "Je regarde votre compte."),
    ), full="Service des eaux, bonjour. Ma facture est plus élevée que le mois dernier, et "
            "j'ai payé [inaudible]. Je regarde votre compte.",
        clean="Service des eaux, bonjour. Ma facture est plus élevée que le mois dernier, et "
              "j'ai payé [inaudible]. Je regarde votre compte."),
    Clip("fr-tables", "fr", "réunion : deux personnes parlent en même temps", (
        Say("A", "Les nouvelles tables arrivent jeudi, et il faut sortir les"),
        Overlap(Say("A", "anciennes avant midi."), Say("B", "Pardon, quelle salle ?")),
        Say("A", "La salle de formation, au premier étage."),
    ), full="Les nouvelles tables arrivent jeudi, et il faut sortir les [crosstalk] La salle "
            "de formation, au premier étage.",
        clean="Les nouvelles tables arrivent jeudi, et il faut sortir les [crosstalk] La "
              "salle de formation, au premier étage."),
    Clip("fr-medecin", "fr", "appel : un rendez-vous au centre de santé", (
        Say("B", "Centre de santé, bonjour."),
        Say("A", "Euh, bonjour. Je voudrais, euh, un rendez-vous pour mon fils."),
        Say("B", "Nous avons une place mercredi après-midi."),
    ), full="Centre de santé, bonjour. Euh, bonjour. Je voudrais, euh, un rendez-vous pour "
            "mon fils. Nous avons une place mercredi après-midi.",
        clean="Centre de santé, bonjour. Bonjour. Je voudrais un rendez-vous pour mon fils. "
              "Nous avons une place mercredi après-midi."),
    Clip("fr-chaussures", "fr", "au magasin : rendre des chaussures", (
        Say("A", "Bonjour, j'ai acheté ces chaussures samedi, mais elles sont trop petites."),
        Say("B", "Vous avez le ticket ?"),
        Say("A", "Euh, oui, le voilà."),
        Say("B", "Alors vous pouvez les échanger."),
    ), full="Bonjour, j'ai acheté ces chaussures samedi, mais elles sont trop petites. Vous "
            "avez le ticket ? Euh, oui, le voilà. Alors vous pouvez les échanger.",
        clean="Bonjour, j'ai acheté ces chaussures samedi, mais elles sont trop petites. Vous "
              "avez le ticket ? Oui, le voilà. Alors vous pouvez les échanger."),
    Clip("fr-bus", "fr", "appel : en retard au travail", (
        Say("B", "Allô, c'est Awa. Le bus est encore en retard."),
        Say("A", "Pas de souci. Tu arrives quand ?"),
        Say("B", "Dans, euh, vingt minutes. Le bu, le bus est bloqué."),
    ), full="Allô, c'est Awa. Le bus est encore en retard. Pas de souci. Tu arrives quand ? "
            "Dans, euh, vingt minutes. Le b- le bus est bloqué.",
        clean="Allô, c'est Awa. Le bus est encore en retard. Pas de souci. Tu arrives quand ? "
              "Dans vingt minutes. Le bus est bloqué."),
    Clip("fr-reunion", "fr", "réunion d'équipe : les nouveaux horaires", (
        Say("A", "Euh, d'abord, le nouvel horaire."),
        Say("B", "On ferme toujours à six heures ?"),
        Say("A", "Non, le mois prochain, on ferme à sept heures."),
        Say("B", "Bah, d'accord. Ça me va."),
    ), full="Euh, d'abord, le nouvel horaire. On ferme toujours à six heures ? Non, le mois "
            "prochain, on ferme à sept heures. Bah, d'accord. Ça me va.",
        clean="D'abord, le nouvel horaire. On ferme toujours à six heures ? Non, le mois "
              "prochain, on ferme à sept heures. D'accord. Ça me va."),
)


def clip(name: str) -> Clip:
    return next(c for c in CLIPS if c.name == name)


# -- making the sound ----------------------------------------------------------------------


def speak(text: str, language: str, speaker: str) -> np.ndarray:
    """``text`` said by the speaker's voice: float samples at 16 kHz (espeak-ng says it,
    sox resamples it from espeak's 22 050 Hz; ``-D``: without dither, whose random noise
    would make the files differ at each run)."""
    import numpy as np

    voice, pitch = VOICES[language][speaker]
    said = subprocess.run(["espeak-ng", "-v", voice, "-p", str(pitch), "-s", str(SPEED),
                           "--stdout", text], check=True, capture_output=True, timeout=60).stdout
    resampled = subprocess.run(["sox", "-D", "-t", "wav", "-", "-t", "wav", "-r", str(RATE), "-c", "1",
                                "-b", "16", "-"], input=said, check=True, capture_output=True,
                               timeout=60).stdout
    with wave.open(io.BytesIO(resampled)) as reader:
        frames = reader.readframes(reader.getnframes())
    samples = np.frombuffer(frames, dtype="<i2").astype(np.float64) / 32768
    return trim(samples)


def trim(samples: np.ndarray, floor: float = 0.01) -> np.ndarray:
    """The samples without the silence espeak-ng leaves before and after."""
    import numpy as np

    loud = np.flatnonzero(np.abs(samples) > floor)
    if not loud.size:
        return samples
    return samples[max(0, loud[0] - 160):loud[-1] + 400]


def silence(seconds: float) -> np.ndarray:
    import numpy as np

    return np.zeros(int(seconds * RATE))


def noise(length: int, rng: np.random.Generator, level: float) -> np.ndarray:
    """Soft background noise: white noise through a one-pole low-pass (a room's hum and
    hiss), scaled to RMS ``level``."""
    import numpy as np

    white = rng.standard_normal(length)
    smooth = np.empty(length)
    acc = 0.0
    for i, value in enumerate(white):  # y[n] = 0.9 y[n-1] + 0.1 x[n]
        acc = 0.9 * acc + 0.1 * value
        smooth[i] = acc
    mixed = 0.5 * smooth / (np.sqrt(np.mean(smooth ** 2)) or 1) + 0.5 * white
    return level * mixed / (np.sqrt(np.mean(mixed ** 2)) or 1)


def render(c: Clip) -> np.ndarray:
    import numpy as np

    rng = np.random.default_rng(sum(map(ord, c.name)))
    pieces: list[np.ndarray] = [silence(0.15)]
    for part in c.parts:
        if isinstance(part, Say):
            pieces.append(speak(part.text, c.language, part.speaker))
        elif isinstance(part, Masked):
            pieces.append(speak(part.before, c.language, part.speaker))
            word = speak(part.word, c.language, part.speaker)
            level = np.sqrt(np.mean(word ** 2))
            burst = rng.standard_normal(len(word) + 1600) * level * 2.5  # 0.1 s longer
            burst[:800] *= np.linspace(0, 1, 800)
            burst[-800:] *= np.linspace(1, 0, 800)
            burst[800:800 + len(word)] += word * 0.4
            pieces.append(burst)
            if part.after.strip(".,;:!? "):
                pieces.append(speak(part.after, c.language, part.speaker))
        else:
            first = speak(part.first.text, c.language, part.first.speaker)
            second = speak(part.second.text, c.language, part.second.speaker)
            start = len(first) // 2
            both = np.zeros(max(len(first), start + len(second)))
            both[:len(first)] += first
            both[start:start + len(second)] += second
            pieces.append(both)
        pieces.append(silence(PAUSE))
    pieces.append(silence(0.15))
    speech = np.concatenate(pieces)
    speech *= PEAK / (np.max(np.abs(speech)) or 1)
    mixed = speech + noise(len(speech), rng, NOISE)
    return np.clip(mixed, -1, 1)


def write_wav(path: Path, samples: np.ndarray) -> None:
    data = (samples * 32767).round().astype("<i2").tobytes()
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(RATE)
        writer.writeframes(data)


def main(argv: list[str]) -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    wanted = set(argv)
    for c in CLIPS:
        if wanted and c.name not in wanted:
            continue
        samples = render(c)
        write_wav(OUT / c.file, samples)
        print(f"{c.file}: {len(samples) / RATE:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
