"""The measures of job tasks: box overlap, entity spans, typed fields, word error rate.

Pure functions with worked examples in ``tests/skills/jobs/test_scoring.py``:

- **boxes**: :func:`iou` of two boxes ``(x, y, w, h)`` and :func:`match_boxes`, a greedy
  one-to-one matching by best IoU (a drawn box counts when its IoU with a gold box is at
  least ``IOU_PASS``, 0.7, as annotation platforms ask);
- **entities**: :func:`span_scores`, precision, recall and F1 over ``(start, end, label)``
  after trimming whitespace and end punctuation (a trainer accepts "Amina" for "Amina,");
- **data entry**: :func:`field_status` (exact, near miss, wrong), :func:`entry_scores`
  (field accuracy), :func:`keystrokes_per_hour` and :func:`double_entry_diff`, the
  fields a data-entry firm sends to a verifier when two typists disagree;
- **transcription**: :func:`wer`, the word error rate after a style guide's
  normalisation (clean or full verbatim).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from tutor.skills.jobs.model import IOU_PASS

Box = tuple[float, float, float, float]  # x, y, w, h in pixels
SpanKey = tuple[int, int, str]  # start, end (excluded), label

# -- boxes ------------------------------------------------------------------------------------


def iou(a: Sequence[float], b: Sequence[float]) -> float:
    """Intersection over union of two boxes ``(x, y, w, h)``: the shared area over the
    area either covers; 0 for boxes that do not meet or have no area."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    if aw <= 0 or ah <= 0 or bw <= 0 or bh <= 0:
        return 0.0
    across = min(ax + aw, bx + bw) - max(ax, bx)
    down = min(ay + ah, by + bh) - max(ay, by)
    if across <= 0 or down <= 0:
        return 0.0
    shared = across * down
    return shared / (aw * ah + bw * bh - shared)


@dataclass(frozen=True)
class BoxMatch:
    """How drawn boxes meet gold boxes, by their indices in the two lists."""

    pairs: tuple[tuple[int, int, float], ...]  # (drawn index, gold index, IoU)
    extra: tuple[int, ...]  # drawn boxes round nothing to box
    missed: tuple[int, ...]  # gold boxes no drawn box found

    @property
    def f1(self) -> float:
        """2 x matched / (drawn + gold); 1 when there was nothing to box and none drawn."""
        drawn = len(self.pairs) + len(self.extra)
        gold = len(self.pairs) + len(self.missed)
        return 2 * len(self.pairs) / (drawn + gold) if drawn + gold else 1.0


def match_boxes(drawn: Sequence[Sequence[float]], gold: Sequence[Sequence[float]],
                threshold: float = IOU_PASS) -> BoxMatch:
    """Pair drawn boxes with gold boxes one to one, best IoU first (greedy), keeping the
    pairs whose IoU is at least ``threshold``."""
    candidates = sorted(
        ((iou(d, g), i, j) for i, d in enumerate(drawn) for j, g in enumerate(gold)),
        key=lambda c: (-c[0], c[1], c[2]))
    used_drawn: set[int] = set()
    used_gold: set[int] = set()
    pairs = []
    for overlap, i, j in candidates:
        if overlap < threshold - 1e-12:
            break
        if i in used_drawn or j in used_gold:
            continue
        used_drawn.add(i)
        used_gold.add(j)
        pairs.append((i, j, overlap))
    return BoxMatch(tuple(sorted(pairs)),
                    tuple(i for i in range(len(drawn)) if i not in used_drawn),
                    tuple(j for j in range(len(gold)) if j not in used_gold))


# -- entity spans -----------------------------------------------------------------------------

# What a trainer does not count against a span at either end: spaces and punctuation.
_TRIMMED = " \t\r\n\u00a0.,;:!?\"'()[]{}«»“”‘’…-–—"


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without the whitespace and punctuation at the span's ends (kept
    inside the text); an empty span comes back with ``start == end``."""
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start] in _TRIMMED:
        start += 1
    while end > start and text[end - 1] in _TRIMMED:
        end -= 1
    return start, end


def trimmed_spans(text: str, spans: Iterable[tuple[int, int, str]]) -> set[SpanKey]:
    """The spans as a set of trimmed ``(start, end, label)``, empty ones left out."""
    result = set()
    for start, end, label in spans:
        s, e = trim_span(text, start, end)
        if s < e:
            result.add((s, e, label))
    return result


@dataclass(frozen=True)
class SpanScores:
    matched: frozenset[SpanKey]
    extra: frozenset[SpanKey]  # marked but not gold
    missed: frozenset[SpanKey]  # gold but not marked

    @property
    def precision(self) -> float:
        marked = len(self.matched) + len(self.extra)
        return len(self.matched) / marked if marked else 1.0

    @property
    def recall(self) -> float:
        gold = len(self.matched) + len(self.missed)
        return len(self.matched) / gold if gold else 1.0

    @property
    def f1(self) -> float:
        """2 TP / (marked + gold), the harmonic mean of precision and recall; 1 when
        there was nothing to mark and nothing was marked."""
        total = 2 * len(self.matched) + len(self.extra) + len(self.missed)
        return 2 * len(self.matched) / total if total else 1.0


def span_scores(text: str, marked: Iterable[tuple[int, int, str]],
                gold: Iterable[tuple[int, int, str]]) -> SpanScores:
    """Compare the learner's spans with the gold ones, both trimmed; a span counts only
    when its start, end and label are all right."""
    mine = trimmed_spans(text, marked)
    right = trimmed_spans(text, gold)
    return SpanScores(frozenset(mine & right), frozenset(mine - right), frozenset(right - mine))


# -- data entry -------------------------------------------------------------------------------

MAX_FIELD = 200  # characters of a field compared; a longer entry is wrong
FieldStatus = Literal["exact", "near", "wrong"]


def normalise_field(value: str) -> str:
    """Outer whitespace trimmed and inner runs of spaces collapsed to one."""
    return " ".join(value.split())


def levenshtein(a: str, b: str, limit: int = MAX_FIELD) -> int:
    """Character edits (insert, delete, replace) from ``a`` to ``b``, for strings of at
    most ``MAX_FIELD`` characters; ``limit + 1`` as soon as the distance exceeds
    ``limit`` or a string is longer than ``MAX_FIELD`` (so the work is bounded)."""
    if len(a) > MAX_FIELD or len(b) > MAX_FIELD or abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return min(previous[-1], limit + 1)


def field_status(typed: str, gold: str) -> FieldStatus:
    """``exact`` when the two are identical after :func:`normalise_field`; ``near`` (a
    near miss) when they differ only in case or by one character edit; else ``wrong``."""
    mine, right = normalise_field(typed), normalise_field(gold)
    if len(mine) > MAX_FIELD:
        return "wrong"
    if mine == right:
        return "exact"
    if mine.casefold() == right.casefold() or levenshtein(mine, right, limit=1) <= 1:
        return "near"
    return "wrong"


@dataclass(frozen=True)
class EntryScores:
    statuses: Mapping[str, FieldStatus]  # field name -> status, in the document's order

    @property
    def exact(self) -> int:
        return sum(1 for s in self.statuses.values() if s == "exact")

    @property
    def near(self) -> tuple[str, ...]:
        return tuple(name for name, s in self.statuses.items() if s == "near")

    @property
    def wrong(self) -> tuple[str, ...]:
        return tuple(name for name, s in self.statuses.items() if s == "wrong")

    @property
    def accuracy(self) -> float:
        """Field accuracy: exact fields / fields."""
        return self.exact / len(self.statuses) if self.statuses else 1.0


def entry_scores(typed: Mapping[str, str], gold: Mapping[str, str]) -> EntryScores:
    """Each gold field's status; a field not typed is compared as empty."""
    return EntryScores({name: field_status(typed.get(name, ""), value)
                        for name, value in gold.items()})


def keystrokes_per_hour(keystrokes: int, seconds: float) -> float:
    """Keystrokes x 3600 / seconds (the data-entry trade's speed figure); 0 for no time."""
    return keystrokes * 3600 / seconds if seconds > 0 else 0.0


def double_entry_diff(first: Mapping[str, str], second: Mapping[str, str]) -> list[str]:
    """The fields whose two entries differ (after :func:`normalise_field`): what a
    data-entry firm sends to a verifier. A field typed only once differs from empty."""
    names = list(first) + [name for name in second if name not in first]
    return [name for name in names
            if normalise_field(first.get(name, "")) != normalise_field(second.get(name, ""))]


# -- transcription ----------------------------------------------------------------------------
# Word error rate by our own word-level Levenshtein rather than jiwer: jiwer's
# normalisation is not the style guide's (fillers, false starts, the platforms' tags), and
# it would add dependencies (rapidfuzz, click) for some twenty lines of code.

WerStyle = Literal["clean", "full"]
TAGS = ("[inaudible]", "[crosstalk]", "[laughter]", "[noise]")
FILLERS = {
    "en": frozenset({"um", "uh", "er", "erm", "hmm", "mm"}),
    "fr": frozenset({"euh", "heu", "bah", "ben", "hum"}),
}
MAX_TRANSCRIPT = 20_000  # characters of a transcript read
MAX_WORDS = 1_000  # words of a transcript compared (a 1000 x 1000 table at most)

_TOKEN = re.compile(r"\[(?:inaudible|crosstalk|laughter|noise)\]|\S+", re.IGNORECASE)
_NOT_WORD = re.compile(r"[^\w\s']")


def transcript_words(text: str, style: WerStyle, language: str | None = None) -> list[str]:
    """The words of a transcript after the style guide's normalisation: lower-case,
    punctuation removed, the tags kept as single tokens; in clean verbatim the fillers
    (of ``language``, or of every language when None) and the false starts written with
    a trailing "-" are dropped too."""
    if style not in ("clean", "full"):
        raise ValueError(f"unknown transcription style {style!r}")
    fillers: frozenset[str] = frozenset().union(*FILLERS.values()) if language is None \
        else FILLERS.get(language, frozenset())
    words: list[str] = []
    for match in _TOKEN.finditer(text[:MAX_TRANSCRIPT].lower().replace("’", "'")):
        token = match.group()
        if token in TAGS:
            words.append(token)
            continue
        if style == "clean" and token.rstrip(".,;:!?\"')]…").endswith("-"):
            continue  # a false start: "I w- I want"
        for word in _NOT_WORD.sub(" ", token).split():
            word = word.strip("'")
            if word and not (style == "clean" and word in fillers):
                words.append(word)
        if len(words) >= MAX_WORDS:
            break
    return words[:MAX_WORDS]


@dataclass(frozen=True)
class WordErrors:
    substitutions: int
    deletions: int
    insertions: int
    reference_words: int

    @property
    def wer(self) -> float:
        """(S + D + I) / reference words; with no reference word, 0 for an empty
        hypothesis and 1 for anything else."""
        errors = self.substitutions + self.deletions + self.insertions
        if not self.reference_words:
            return 0.0 if not errors else 1.0
        return errors / self.reference_words


def word_errors(reference: str, hypothesis: str, style: WerStyle = "clean",
                language: str | None = None) -> WordErrors:
    """Substitutions, deletions and insertions from the reference to the hypothesis, by
    a word-level Levenshtein table whose cells keep (errors, S, D, I)."""
    ref = transcript_words(reference, style, language)
    hyp = transcript_words(hypothesis, style, language)
    previous = [(j, 0, 0, j) for j in range(len(hyp) + 1)]  # all inserted
    for i, r in enumerate(ref, 1):
        current = [(i, 0, i, 0)]  # all deleted
        for j, h in enumerate(hyp, 1):
            diagonal = previous[j - 1]
            if r == h:
                best = diagonal
            else:
                up, left = previous[j], current[j - 1]
                best = min((diagonal[0] + 1, diagonal[1] + 1, diagonal[2], diagonal[3]),
                           (up[0] + 1, up[1], up[2] + 1, up[3]),
                           (left[0] + 1, left[1], left[2], left[3] + 1))
            current.append(best)
        previous = current
    _, s, d, n = previous[-1]
    return WordErrors(s, d, n, len(ref))


def wer(reference: str, hypothesis: str, style: WerStyle = "clean",
        language: str | None = None) -> float:
    """Word error rate of a transcript under the style guide ``style`` ("clean" or
    "full" verbatim): (S + D + I) / reference words."""
    return word_errors(reference, hypothesis, style, language).wer
