"""Grading a transcription task: the typed transcript against the gold one, by word error
rate after the task's style guide (``scoring.wer``: clean or full verbatim).

- score = max(0, 1 - WER);
- passed when WER is at most ``PASS_WER[style]``: 10 % in clean verbatim, 15 % in full
  verbatim. Transcription platforms commonly ask 95 % accuracy or more on clean audio;
  our recordings are synthetic voices with noise mixed in, fillers and false starts, so
  we allow a little more, and more again in full verbatim, where every "um" and broken
  word must be heard and typed;
- notes: the WER as a percentage, and up to three words of the gold transcript that were
  missed or typed wrong (a learner sees what to listen for again).

An answer that is not text (or is too long to be a transcript of our clips) fails with a
note, never an exception.
"""

from __future__ import annotations

from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills.jobs.grading import MALFORMED, Note, TaskVerdict
from tutor.skills.jobs.model import Task
from tutor.skills.jobs.scoring import (
    FILLERS,
    MAX_TRANSCRIPT,
    WerStyle,
    transcript_words,
    word_errors,
)

PASS_WER: dict[str, float] = {"clean": 0.10, "full": 0.15}
MAX_WORDS_NAMED = 3  # words missed or wrong named in the notes


def missed_words(reference: list[str], hypothesis: list[str], limit: int = MAX_WORDS_NAMED) -> list[str]:
    """Up to ``limit`` words of ``reference`` (normalised words) that the hypothesis
    leaves out or replaces, in the reference's order, found by a word-level alignment
    (the same Levenshtein table as the WER, walked back from its end)."""
    n, m = len(reference), len(hypothesis)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        table[i][0] = i
    for j in range(m + 1):
        table[0][j] = j
    for i in range(1, n + 1):
        row, above = table[i], table[i - 1]
        r = reference[i - 1]
        for j in range(1, m + 1):
            if r == hypothesis[j - 1]:
                row[j] = above[j - 1]
            else:
                row[j] = 1 + min(above[j - 1], above[j], row[j - 1])
    wrong: list[int] = []
    i, j = n, m
    while i > 0 or j > 0:
        if i > 0 and j > 0 and reference[i - 1] == hypothesis[j - 1] \
                and table[i][j] == table[i - 1][j - 1]:
            i, j = i - 1, j - 1
        elif i > 0 and j > 0 and table[i][j] == table[i - 1][j - 1] + 1:
            wrong.append(i - 1)  # substituted
            i, j = i - 1, j - 1
        elif i > 0 and table[i][j] == table[i - 1][j] + 1:
            wrong.append(i - 1)  # deleted
            i -= 1
        else:
            j -= 1  # an inserted word: not a word of the reference
    unique: list[str] = []
    for index in reversed(wrong):
        word = reference[index]
        if word not in unique:
            unique.append(word)
        if len(unique) == limit:
            break
    return unique


def recording_language(task: Task) -> str | None:
    """The language of the task's recording, from its file's name ("en-shift.wav",
    "fr-bus.wav"), whose fillers the clean style drops; None (every language's fillers)
    for a file named otherwise."""
    prefix = (task.audio or "").split("-", 1)[0]
    return prefix if prefix in FILLERS else None


def grade_transcript(task: Task, answer: object) -> TaskVerdict:
    """The verdict on a typed transcript ``answer`` (a ``str``) of ``task``'s recording,
    under the task's style."""
    if not isinstance(answer, str) or len(answer) > MAX_TRANSCRIPT:
        return TaskVerdict(0.0, False, ((MALFORMED, {}),))
    style: WerStyle = "full" if task.style == "full" else "clean"
    language = recording_language(task)
    errors = word_errors(task.transcript, answer, style, language)
    rate = errors.wer
    notes: list[Note] = [(QT_TRANSLATE_NOOP("jobs", "Word error rate: {wer} % (at most {needed} % "
                                                    "passes)."),
                          {"wer": round(rate * 100, 1), "needed": round(PASS_WER[style] * 100)})]
    if not answer.strip():
        notes.append((QT_TRANSLATE_NOOP("jobs", "Nothing was typed."), {}))
    else:
        wrong = missed_words(transcript_words(task.transcript, style, language),
                             transcript_words(answer, style, language))
        if wrong:
            notes.append((QT_TRANSLATE_NOOP("jobs", "Listen again for: {words}."),
                          {"words": ", ".join(f"\"{w}\"" for w in wrong)}))
        if errors.insertions:
            notes.append((QT_TRANSLATE_NOOP("jobs", "Words typed that were not said (or that the "
                                                    "style guide leaves out): {count}."),
                          {"count": errors.insertions}))
    return TaskVerdict(round(max(0.0, 1 - rate), 4), rate <= PASS_WER[style] + 1e-9, tuple(notes))
