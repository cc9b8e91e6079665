"""Transcription tasks: word error rate under each style guide on worked examples taken
from our own clips' transcripts, ``grade_transcript`` on good, bad and malformed answers,
the committed recordings (valid 16 kHz mono WAV, 5 to 20 s, small), and the packs'
transcripts against the build script's gold ones."""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
import wave
from array import array
from pathlib import Path

import pytest

from tutor.skills.jobs.grading import MALFORMED, grade_task
from tutor.skills.jobs.model import JobsExercise, Task
from tutor.skills.jobs.scoring import FILLERS, transcript_words, wer, word_errors
from tutor.skills.jobs.transcription import (
    PASS_WER,
    grade_transcript,
    missed_words,
    recording_language,
)

ROOT = Path(__file__).parents[3]
AUDIO = ROOT / "assets" / "jobs" / "audio"
LESSONS = ROOT / "lessons" / "jobs"
MAX_BYTES = 4_000_000  # all the recordings together


def _load_build_script():
    spec = importlib.util.spec_from_file_location("make_job_audio", ROOT / "build" / "make_job_audio.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_job_audio"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


AUDIO_SCRIPT = _load_build_script()
CLIPS = {clip.name: clip for clip in AUDIO_SCRIPT.CLIPS}
REPORT = CLIPS["en-report"]


def task(clip_name: str, style: str) -> Task:
    clip = CLIPS[clip_name]
    return Task(id="t", kind="transcribe", audio=clip.file, style=style,
                transcript=clip.transcript(style))


# -- word error rate per style, worked by hand ------------------------------------------------

def test_the_report_clip_normalised_in_each_style():
    # Full: "Okay, so, um, I w- I will send the report tomorrow morning. Uh, could you add
    # the sales from last week? Sure, no problem." -> 24 words: the fillers are words, the
    # broken "w-" is the word "w".
    full = transcript_words(REPORT.full, "full", "en")
    assert full[:7] == ["okay", "so", "um", "i", "w", "i", "will"]
    assert len(full) == 24
    # Clean: the gold clean transcript has 20 words, no filler.
    clean = transcript_words(REPORT.clean, "clean", "en")
    assert clean[:4] == ["okay", "so", "i", "will"] and len(clean) == 20
    assert "um" not in clean and "uh" not in clean


def test_a_clean_transcript_typed_for_a_full_verbatim_task():
    # Reference (full, 24 words) against the learner's clean transcript (20 words): the
    # learner left out "um", "uh", the broken "w" and one of the two "i": 4 deletions,
    # 4 / 24 = 0.1667: more than the 15 % full verbatim allows.
    errors = word_errors(REPORT.full, REPORT.clean, "full", "en")
    assert (errors.substitutions, errors.deletions, errors.insertions) == (0, 4, 0)
    assert errors.wer == pytest.approx(4 / 24)
    assert not grade_transcript(task("en-report", "full"), REPORT.clean).passed


def test_fillers_typed_in_a_clean_task_cost_nothing_but_the_repeated_word():
    # Clean style drops "um", "uh" and the broken "w-" from the learner's full transcript,
    # leaving "okay so i i will ...": the "I" said twice around the false start is one
    # inserted word against the 20-word clean reference: 1 / 20 = 0.05, still a pass.
    errors = word_errors(REPORT.clean, REPORT.full, "clean", "en")
    assert (errors.substitutions, errors.deletions, errors.insertions) == (0, 0, 1)
    assert errors.wer == pytest.approx(0.05)
    # Without the false start, the fillers alone cost nothing at all.
    typed = "Okay, so, um, I will send the report tomorrow morning. Uh, could you add the " \
            "sales from last week? Sure, no problem."
    assert wer(REPORT.clean, typed, "clean", "en") == 0.0
    # Under full verbatim the fillers typed are right, but the false start "I w-" is
    # missing: the words "i" and "w" are 2 deletions from 24.
    assert wer(REPORT.full, typed, "full", "en") == pytest.approx(2 / 24)


def test_the_inaudible_tag_is_one_word():
    bill = CLIPS["en-water-bill"]
    # "City Water, how can I help? My bill is higher than last month, and I paid on
    # [inaudible]. Let me check your account." -> 23 words, the tag one of them.
    words = transcript_words(bill.clean, "clean", "en")
    assert len(words) == 23 and words[17] == "[inaudible]"
    guessed = bill.clean.replace("[inaudible]", "Monday")
    assert wer(bill.clean, guessed, "clean", "en") == pytest.approx(1 / 23)  # 1 substitution
    left_out = bill.clean.replace(" [inaudible]", "")
    assert wer(bill.clean, left_out, "clean", "en") == pytest.approx(1 / 23)  # 1 deletion
    assert wer(bill.clean, bill.clean.replace("[inaudible]", "[Inaudible]"), "clean", "en") == 0
    # A tag without its brackets is a word, not the tag.
    assert wer(bill.clean, bill.clean.replace("[inaudible]", "inaudible"), "clean", "en") \
        == pytest.approx(1 / 23)


def test_french_fillers_are_dropped_in_clean_verbatim():
    bus = CLIPS["fr-bus"]
    # "Dans, euh, vingt minutes." typed in a clean task: "euh" is a French filler.
    typed = bus.clean.replace("Dans vingt", "Dans, euh, vingt")
    assert wer(bus.clean, typed, "clean", "fr") == 0.0
    assert wer(bus.full, typed, "full", "fr") > 0  # in full verbatim "b-" is missing


# -- grade_transcript -------------------------------------------------------------------------

def test_the_gold_transcript_passes_with_a_full_score():
    for style in ("clean", "full"):
        verdict = grade_transcript(task("en-report", style), REPORT.transcript(style))
        assert verdict.passed and verdict.score == 1.0
        assert verdict.notes[0][1] == {"wer": 0.0, "needed": round(PASS_WER[style] * 100)}
        assert len(verdict.notes) == 1  # no word to listen for again


def test_the_clean_pass_mark_is_ten_percent():
    # 20 reference words: "morning" left out and "sales" typed "sale": 2 / 20 = 10 %, a
    # pass at score 0.9; a third error ("sure" left out) makes 15 %, a fail at 0.85.
    two = REPORT.clean.replace(" morning", "").replace("sales", "sale")
    verdict = grade_transcript(task("en-report", "clean"), two)
    assert verdict.passed and verdict.score == pytest.approx(0.9)
    assert verdict.notes[1] == ("Listen again for: {words}.", {"words": "\"morning\", \"sales\""})
    three = two.replace("Sure, ", "")
    verdict = grade_transcript(task("en-report", "clean"), three)
    assert not verdict.passed and verdict.score == pytest.approx(0.85)
    assert verdict.notes[0][1]["wer"] == 15.0


def test_the_full_pass_mark_is_fifteen_percent():
    # 24 reference words; three left out ("um", "uh", "no"): 3 / 24 = 12.5 %, a pass in
    # full verbatim (it would fail the clean 10 %).
    typed = REPORT.full.replace("um, ", "").replace("Uh, ", "").replace("no problem", "problem")
    verdict = grade_transcript(task("en-report", "full"), typed)
    assert verdict.passed and verdict.score == pytest.approx(1 - 3 / 24, abs=1e-4)


def test_words_typed_that_were_not_said_are_counted():
    verdict = grade_transcript(task("en-shift", "clean"),
                               CLIPS["en-shift"].clean + " Thank you very much.")
    # 23 reference words, 4 inserted: WER 4 / 23 = 17.4 %
    assert not verdict.passed
    assert verdict.notes[0][1]["wer"] == 17.4
    assert ("Words typed that were not said (or that the style guide leaves out): {count}.",
            {"count": 4}) in verdict.notes


def test_an_empty_transcript_fails_and_says_so():
    verdict = grade_transcript(task("en-shift", "clean"), "   ")
    assert not verdict.passed and verdict.score == 0.0
    assert ("Nothing was typed.", {}) in verdict.notes


@pytest.mark.parametrize("answer", [None, 42, ["Hi"], {"text": "Hi"}, b"Hi", "x" * 20_001])
def test_a_malformed_answer_fails_without_an_exception(answer):
    verdict = grade_transcript(task("en-shift", "clean"), answer)
    assert not verdict.passed and verdict.score == 0.0
    assert verdict.notes == ((MALFORMED, {}),)
    assert grade_task(task("en-shift", "clean"), answer) == verdict  # through the dispatcher


def test_grade_task_sends_a_transcribe_task_here():
    assert grade_task(task("fr-horaire", "full"), CLIPS["fr-horaire"].full).passed


def test_missed_words_are_the_reference_words_left_out_or_replaced():
    ref = ["okay", "so", "i", "will", "send", "the", "report"]
    assert missed_words(ref, ["okay", "i", "will", "sent", "the", "report"]) == ["so", "send"]
    assert missed_words(ref, ref) == []
    assert missed_words(ref, ref + ["today"]) == []  # an inserted word is not a missed one
    assert missed_words(ref, []) == ["okay", "so", "i"]  # at most three, in order
    assert missed_words(["a", "b", "a", "c"], ["x"], limit=3) == ["a", "b", "c"]  # each once


def test_the_language_of_a_recording_comes_from_its_name():
    assert recording_language(task("fr-bus", "clean")) == "fr"
    assert recording_language(task("en-shift", "clean")) == "en"
    assert recording_language(Task(id="t", kind="transcribe", audio="de-call.wav",
                                   transcript="Hallo.")) is None  # no fillers known
    assert recording_language(Task(id="t", kind="transcribe", audio="call.wav",
                                   transcript="Hello.")) is None


# -- the recordings ---------------------------------------------------------------------------

def test_every_clip_is_a_small_16_khz_mono_wav_of_5_to_20_seconds():
    files = sorted(AUDIO.glob("*.wav"))
    assert {f.name for f in files} == {c.file for c in CLIPS.values()}
    assert sum(f.stat().st_size for f in files) < MAX_BYTES
    for path in files:
        with wave.open(str(path)) as reader:
            assert (reader.getframerate(), reader.getnchannels(), reader.getsampwidth()) \
                == (16_000, 1, 2), path.name
            frames = reader.getnframes()
            assert 5 <= frames / 16_000 <= 20, path.name
            samples = array("h", reader.readframes(frames))
        assert len(samples) == frames
        assert max(map(abs, samples)) > 8_000, path.name  # speech, not silence
        # The background noise: no 0.1 s anywhere is digital silence.
        quietest = min(max(map(abs, samples[i:i + 1600])) for i in range(0, frames - 1600, 1600))
        assert quietest > 0, path.name


def test_the_build_script_makes_eight_clips_a_language_with_their_difficulties():
    for language in ("en", "fr"):
        clips = [c for c in CLIPS.values() if c.language == language]
        assert len(clips) >= 8
        assert any("[inaudible]" in c.full for c in clips)
        assert any("[crosstalk]" in c.full for c in clips)
        assert any(re.search(r"\b\w+- ", c.full) for c in clips), language  # a false start
        fillers = [c for c in clips if set(transcript_words(c.full, "full", language))
                   & FILLERS[language]]
        assert len(fillers) >= 5, language
        for c in clips:
            masked = any(isinstance(p, AUDIO_SCRIPT.Masked) for p in c.parts)
            overlap = any(isinstance(p, AUDIO_SCRIPT.Overlap) for p in c.parts)
            assert masked == ("[inaudible]" in c.full) == ("[inaudible]" in c.clean), c.name
            assert overlap == ("[crosstalk]" in c.full) == ("[crosstalk]" in c.clean), c.name


def test_the_clean_gold_is_the_full_gold_without_fillers_and_false_starts():
    # The clean style's normalisation of the full transcript gives the clean one; where a
    # false start repeats the word before it ("I w- I will", "The b- the bus"), that word is
    # left twice by the normalisation (which drops only the broken word): one extra word.
    for c in CLIPS.values():
        errors = word_errors(c.clean, c.full, "clean", c.language)
        false_starts = len(re.findall(r"\b\w+- ", c.full))
        assert (errors.substitutions, errors.deletions) == (0, 0), c.name
        assert errors.insertions == false_starts, c.name
        assert c.full != c.clean or not set(transcript_words(c.full, "full", c.language)) \
            & FILLERS[c.language], c.name


# -- the packs --------------------------------------------------------------------------------

PACKS = sorted(LESSONS.glob("*/7-transcribe.toml"))


def project(path: Path) -> JobsExercise:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    (exercise,) = data["exercises"]
    return JobsExercise.model_validate(exercise)


def test_there_is_a_transcription_pack_in_each_language():
    assert [p.parent.name for p in PACKS] == ["ar", "en", "fr", "sw"]


@pytest.mark.parametrize("path", PACKS, ids=lambda p: p.parent.name)
def test_a_pack_s_transcripts_are_its_clips_gold_ones(path):
    language = path.parent.name
    spoken = language if language in ("en", "fr") else "en"  # ar, sw: the English tasks
    work = project(path)
    tasks = (*work.qualification, *work.queue)
    assert len(work.qualification) == 5 and len(work.queue) >= 3
    assert {t.kind for t in tasks} == {"transcribe"}
    assert {t.style for t in work.qualification} == {"clean", "full"}
    used = [(t.audio, t.style) for t in tasks]
    assert len(used) == len(set(used))  # a clip twice only in the two styles
    assert len({t.audio for t in tasks}) >= 8
    for t in tasks:
        clip = CLIPS[(t.audio or "").removesuffix(".wav")]
        assert clip.language == spoken, t.id
        assert t.transcript == clip.transcript(t.style), t.id
        assert (AUDIO / clip.file).is_file()
        assert grade_transcript(t, t.transcript).score == 1.0
