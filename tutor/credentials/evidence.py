"""The evidence of a supervised assessment: its keystroke log, the log's digest, a replay
that recomputes the result from the log alone, and the flags of what a human hand does
not do. Pure Python (no Qt): ``tutor verify --evidence`` runs it where Qt never loads.

The log (``TutorKeystrokeLog``, version 1) is a JSON object::

    {"type": "TutorKeystrokeLog", "version": 1,
     "assessment_id": "typing-5min",         # the assessment's id
     "kind": "typing-test",                   # "typing-test", "data-entry" or "task"
     "started": "2026-12-06T10:00:00Z",       # when the test started (UTC)
     "rules": {"minutes": 5, "min_net_wpm": 40, "max_errors": 3},
     "text": "the text to copy",              # typing; null otherwise
     "records": {"columns": [...], "rows": [[...], ...]},   # data entry; null otherwise
     "events": [[ms, "key", "a"], ...]}

``rules`` are the figures the replay needs: ``minutes`` always; ``min_net_wpm`` and
``max_errors`` for typing; ``min_kph`` and ``min_accuracy`` for data entry.

Each event is a list that starts with the milliseconds since the test started (an
integer, never going back):

- ``[ms, "key", text]``: a key press that typed ``text`` (one or a few printable
  characters), or ``"\\b"`` (Backspace), ``"\\n"`` (Enter), ``"\\t"`` (Tab);
- ``[ms, "repeat", text]``: the same, made by a key held down (the system's auto-repeat);
- ``[ms, "press", name]``: a key that types nothing (``"Delete"``, ``"Left"``,
  ``"Ctrl+C"``...);
- ``[ms, "paste", n]``: a paste of ``n`` characters (Ctrl+V, Shift+Insert or the context
  menu's Paste); in the typing test a paste inserts nothing;
- ``[ms, "blur"]`` and ``[ms, "focus"]``: Tutor's window lost and regained the focus (the
  learner went to another program);
- ``[ms, "field", name]``: the keyboard moved to another field (data entry: a column);
- ``[ms, "submit", [value, ...]]``: data entry: a row given with the values of its fields;
- ``[ms, "end", reason]``: the end, last: ``"time"`` (the time ran out), ``"done"`` (all
  of it done), ``"answered"`` (a task answered), ``"left"`` (the learner left the test),
  ``"full"`` (the log reached its size limit).

The typing test's typed text is rebuilt from the key events alone: a character is added
at the end, Backspace takes back the last one, Tab and pastes add nothing (the test's
page lets the learner type only at the end of the text, so nothing else changes it),
and once the text is as long as the text to copy the test is done. A test's minutes are
its full time, whenever it ended (a test ended early is measured over its whole time, so
ending it never raises a result), except when everything was done before the time: then
the minutes until the end. Errors are counted
in *words*, as civil-service typing tests count them: the least number of words wrong,
left out or added (a word-level edit distance) that turns the typed words into the
start of the text; the word being typed when the time ran out is not counted. Gross
words per minute = characters typed (spaces included) / 5 / minutes; net = gross −
errors / minutes (never below 0); accuracy = words typed less errors, in % of words
typed. Data entry counts every key pressed (``key``, ``repeat`` and ``press``) in
keystrokes per hour of the test's minutes, and the fields given exactly right
(spaces around a value do not count) in % of the fields of the rows given.

:func:`digest` is ``"urn:sha256:"`` + the hex SHA-256 of the log in RFC 8785 canonical
JSON: what a credential's evidence names. :func:`replay` gives the figures;
:func:`analyse` the flags. Every function checks the log first (:func:`check`) and
refuses one too large or malformed with an :class:`EvidenceError`.
"""

from __future__ import annotations

import hashlib
import json
import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import rfc8785

from tutor.errors import TutorError
from tutor.i18n import QT_TRANSLATE_NOOP

CONTEXT = "credentials"
LOG_TYPE = "TutorKeystrokeLog"
LOG_VERSION = 1
KINDS = ("typing-test", "data-entry", "task")
END_REASONS = ("time", "done", "answered", "left", "full")

# Bounds: a 5-minute test is about 1,500 events, a 20-minute task a few thousand.
MAX_EVENTS = 30_000
MAX_LOG_BYTES = 4 * 2**20  # a log read from a file
MAX_TEXT = 20_000  # characters of the text to copy
MAX_ROWS, MAX_COLUMNS, MAX_VALUE = 500, 20, 200
MAX_KEY_TEXT = 16  # characters one key press may type (an input method's commit)
MAX_NAME = 64
MAX_MS = 24 * 3600 * 1000  # no test lasts a day

CHARS_PER_WORD = 5
# The analysis (see :func:`analyse`).
FAST_GAP_MS = 10  # a gap between two keys under this is not a finger's
FAST_RUN = 20  # ...sustained over this many keys in a row (19 gaps)
EQUAL_RUN = 20  # this many keys in a row at equal gaps
EQUAL_TOLERANCE_MS = 1  # "equal": within this
SPREAD_MIN_GAPS = 50  # the spread of gaps is judged over at least this many
SPREAD_MAX_CV = 0.1  # a human's gaps vary by 30 % or more; under 10 %: a machine's
TIMED_GAP_MS = 2_000  # gaps longer than this are pauses, not typing rhythm
LONG_FOCUS_LOSS_MS = 10_000


class EvidenceError(TutorError):
    """A keystroke log that cannot be read (malformed, or over the size limits)."""


def _refuse(message: str, **params: object) -> EvidenceError:
    return EvidenceError(message, **params)


BAD_LOG = QT_TRANSLATE_NOOP("credentials", "This is not a keystroke log of Tutor: {what}.")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "credentials", "The keystroke log is too large to check ({what}, at most {limit}).")


# -- reading and checking --------------------------------------------------------------
def load(data: bytes | str) -> dict[str, Any]:
    """A log from the bytes of a file (``evidence.json``), checked."""
    size = len(data.encode("utf-8") if isinstance(data, str) else data)
    if size > MAX_LOG_BYTES:
        raise _refuse(TOO_LARGE, what=f"{size} bytes", limit=f"{MAX_LOG_BYTES} bytes")
    try:
        log = json.loads(data)
    except (ValueError, RecursionError):
        raise _refuse(BAD_LOG, what="not JSON") from None
    check(log)
    return log


def _is_ms(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_MS


def _short_text(value: object, limit: int) -> bool:
    return isinstance(value, str) and len(value) <= limit


def _check_event(event: object, index: int, previous_ms: int) -> int:
    """The event's time; raises for a malformed event."""
    if not isinstance(event, list) or not 2 <= len(event) <= 3 or not _is_ms(event[0]):
        raise _refuse(BAD_LOG, what=f"event {index} is not [milliseconds, kind, ...]")
    ms, kind = event[0], event[1]
    if ms < previous_ms:
        raise _refuse(BAD_LOG, what=f"event {index} goes back in time")
    arity = {"key": 3, "repeat": 3, "press": 3, "paste": 3, "blur": 2, "focus": 2,
             "field": 3, "submit": 3, "end": 3}
    if kind not in arity or len(event) != arity[kind]:
        raise _refuse(BAD_LOG, what=f"event {index} is of an unknown kind")
    value = event[2] if len(event) == 3 else None
    ok = True
    if kind in ("key", "repeat"):
        ok = _short_text(value, MAX_KEY_TEXT) and bool(value)
    elif kind in ("press", "field"):
        ok = _short_text(value, MAX_NAME)
    elif kind == "paste":
        ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 10**7
    elif kind == "submit":
        ok = isinstance(value, list) and len(value) <= MAX_COLUMNS and all(
            _short_text(v, MAX_VALUE) for v in value)
    elif kind == "end":
        ok = value in END_REASONS
    if not ok:
        raise _refuse(BAD_LOG, what=f"event {index} has a wrong value")
    return ms


def _number(rules: Mapping, key: str, top: float) -> float:
    value = rules.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) \
            or not math.isfinite(value) or not 0 <= value <= top:
        raise _refuse(BAD_LOG, what=f"the rule {key} is missing or wrong")
    return float(value)


def check(log: object) -> None:
    """Refuse (:class:`EvidenceError`) a log that is not one, or too large; bounded."""
    if not isinstance(log, dict) or log.get("type") != LOG_TYPE:
        raise _refuse(BAD_LOG, what="its type is not " + LOG_TYPE)
    if log.get("version") != LOG_VERSION:
        raise _refuse(BAD_LOG, what="a version this Tutor does not know")
    if not _short_text(log.get("assessment_id"), MAX_NAME) or not log["assessment_id"]:
        raise _refuse(BAD_LOG, what="no assessment named")
    if log.get("kind") not in KINDS:
        raise _refuse(BAD_LOG, what="an unknown kind of assessment")
    if not _short_text(log.get("started"), 40):
        raise _refuse(BAD_LOG, what="no time of start")
    rules = log.get("rules")
    if not isinstance(rules, dict) or len(rules) > 10:
        raise _refuse(BAD_LOG, what="no rules")
    _number(rules, "minutes", 600)
    text, records = log.get("text"), log.get("records")
    if log["kind"] == "typing-test":
        if not isinstance(text, str) or not text:
            raise _refuse(BAD_LOG, what="a typing test without its text")
        if len(text) > MAX_TEXT:
            raise _refuse(TOO_LARGE, what=f"a text of {len(text)} characters", limit=MAX_TEXT)
        _number(rules, "min_net_wpm", 1000)
        _number(rules, "max_errors", 10_000)
    elif text is not None:
        raise _refuse(BAD_LOG, what="a text where none belongs")
    if log["kind"] == "data-entry":
        _check_records(records)
        _number(rules, "min_kph", 10**6)
        _number(rules, "min_accuracy", 100)
    elif records is not None:
        raise _refuse(BAD_LOG, what="records where none belong")
    events = log.get("events")
    if not isinstance(events, list):
        raise _refuse(BAD_LOG, what="no events")
    if len(events) > MAX_EVENTS:
        raise _refuse(TOO_LARGE, what=f"{len(events)} events", limit=MAX_EVENTS)
    previous = 0
    for index, event in enumerate(events):
        previous = _check_event(event, index, previous)
        if event[1] == "end" and index != len(events) - 1:
            raise _refuse(BAD_LOG, what="events after its end")


def _check_records(records: object) -> None:
    if not isinstance(records, dict):
        raise _refuse(BAD_LOG, what="a data-entry test without its records")
    columns, rows = records.get("columns"), records.get("rows")
    if not isinstance(columns, list) or not 0 < len(columns) <= MAX_COLUMNS \
            or not all(_short_text(c, MAX_VALUE) for c in columns):
        raise _refuse(BAD_LOG, what="the records' columns are wrong")
    if not isinstance(rows, list) or not 0 < len(rows) <= MAX_ROWS:
        raise _refuse(BAD_LOG, what="the records' rows are wrong")
    for row in rows:
        if not isinstance(row, list) or len(row) != len(columns) \
                or not all(_short_text(v, MAX_VALUE) for v in row):
            raise _refuse(BAD_LOG, what="a row of the records is wrong")


def digest(log: Mapping[str, Any]) -> str:
    """``urn:sha256:<hex>`` of the log's RFC 8785 canonical JSON (the credential's
    evidence id)."""
    check(log)
    return "urn:sha256:" + hashlib.sha256(rfc8785.dumps(log)).hexdigest()


# -- the typing test -------------------------------------------------------------------
@dataclass
class TypedText:
    """The typing test's text as the key events make it (the room keeps one as the test
    goes; the replay builds another from the log)."""

    target: str
    typed: list[str] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return len(self.typed) >= len(self.target)

    @property
    def text(self) -> str:
        return "".join(self.typed)

    def apply(self, event: Sequence[Any]) -> None:
        """One event of the log (only ``key`` and ``repeat`` change the text)."""
        if event[1] not in ("key", "repeat") or self.done:
            return
        value = str(event[2])
        if value == "\b":
            if self.typed:
                self.typed.pop()
        elif value != "\t":
            for char in value.replace("\r", "\n"):
                if not self.done and (char.isprintable() or char == "\n"):
                    self.typed.append(char)


def word_errors(text: str, typed: str, unfinished_last: bool) -> int:
    """The least number of words wrong, left out or added that turns the typed words
    into the start of ``text``'s words (a word-level edit distance whose end in the text
    is free: the words not reached are no errors). ``unfinished_last``: the last typed
    word was being typed when the test ended and is left out."""
    source = text.split()
    words = typed.split()
    if unfinished_last and words and not typed[-1:].isspace():
        words = words[:-1]
    # row[j] = the errors turning the words so far into source[:j]
    row = list(range(len(source) + 1))
    for word in words:
        new = [row[0] + 1]
        for j, expected in enumerate(source, 1):
            new.append(min(row[j - 1] + (word != expected), row[j] + 1, new[j - 1] + 1))
        row = new
    return min(row)


def measured_minutes(ms: int, rules: Mapping[str, Any], reason: str) -> float:
    """The minutes a result is measured over: the test's full time, or, when all of it
    was done before, the time until the end."""
    full = float(rules["minutes"])
    return min(ms / 60_000, full) if reason == "done" else full


def typing_figures(text: str, typed: str, ms: int, rules: Mapping[str, Any],
                   reason: str) -> dict[str, Any]:
    """The typing test's result (see the module's docstring)."""
    minutes = measured_minutes(ms, rules, reason)
    characters = len(typed)
    errors = word_errors(text, typed, unfinished_last=reason != "done")
    words = len(typed.split())
    gross = characters / CHARS_PER_WORD / minutes if minutes > 0 else 0.0
    net = max(0.0, gross - errors / minutes) if minutes > 0 else 0.0
    accuracy = 100.0 * max(0, words - errors) / words if words else 0.0
    passed = net >= rules["min_net_wpm"] and errors <= rules["max_errors"] and words > 0
    return {"net_wpm": round(net, 2), "gross_wpm": round(gross, 2), "errors": errors,
            "accuracy": round(accuracy, 2), "characters": characters, "words": words,
            "minutes": round(minutes, 4), "passed": passed}


# -- the data-entry test ---------------------------------------------------------------
KEYSTROKES = ("key", "repeat", "press")


@dataclass
class DataEntryTally:
    """The data-entry test as its events make it: keys pressed and rows given."""

    columns: Sequence[str]
    rows: Sequence[Sequence[str]]
    keystrokes: int = 0
    given: list[list[str]] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return len(self.given) >= len(self.rows)

    def apply(self, event: Sequence[Any]) -> None:
        if event[1] in KEYSTROKES:
            self.keystrokes += 1
        elif event[1] == "submit" and not self.done:
            values = [str(v).strip() for v in event[2]]
            self.given.append((values + [""] * len(self.columns))[:len(self.columns)])

    @property
    def fields_right(self) -> int:
        return sum(a == b for given, row in zip(self.given, self.rows, strict=False)
                   for a, b in zip(given, row, strict=True))

    @property
    def accuracy(self) -> float:
        total = len(self.given) * len(self.columns)
        return 100.0 * self.fields_right / total if total else 0.0



def data_entry_figures(tally: DataEntryTally, ms: int, rules: Mapping[str, Any],
                       reason: str) -> dict[str, Any]:
    minutes = measured_minutes(ms, rules, reason)
    kph = tally.keystrokes / minutes * 60 if minutes > 0 else 0.0
    accuracy = tally.accuracy
    passed = bool(tally.given) and kph >= rules["min_kph"] and accuracy >= rules["min_accuracy"]
    return {"kph": round(kph), "field_accuracy": round(accuracy, 2),
            "keystrokes": tally.keystrokes, "rows": len(tally.given),
            "fields_right": tally.fields_right,
            "minutes": round(minutes, 4), "passed": passed}


# -- replay ----------------------------------------------------------------------------
def _end(events: Sequence[Sequence[Any]]) -> tuple[int, str]:
    if not events or events[-1][1] != "end":
        raise _refuse(BAD_LOG, what="it has no end")
    return int(events[-1][0]), str(events[-1][2])


def counts(events: Iterable[Sequence[Any]]) -> dict[str, int]:
    """What every assessment's log says: keys, pastes, characters pasted, focus losses."""
    result = {"keystrokes": 0, "pastes": 0, "pasted_characters": 0, "focus_losses": 0}
    for event in events:
        if event[1] in KEYSTROKES:
            result["keystrokes"] += 1
        elif event[1] == "paste":
            result["pastes"] += 1
            result["pasted_characters"] += int(event[2])
        elif event[1] == "blur":
            result["focus_losses"] += 1
    return result


def replay(log: Mapping[str, Any]) -> dict[str, Any]:
    """The figures of the result, recomputed from the log alone (the room records the
    same): typing ``net_wpm``, ``gross_wpm``, ``errors``, ``accuracy``...; data entry
    ``kph``, ``field_accuracy``, ``rows``...; with every kind, :func:`counts`."""
    check(log)
    events = log["events"]
    ms, reason = _end(events)
    rules = log["rules"]
    figures: dict[str, Any] = {}
    if log["kind"] == "typing-test":
        typed = TypedText(log["text"])
        for event in events:
            typed.apply(event)
        figures = typing_figures(log["text"], typed.text, ms, rules, reason)
    elif log["kind"] == "data-entry":
        tally = DataEntryTally(log["records"]["columns"], log["records"]["rows"])
        for event in events:
            tally.apply(event)
        figures = data_entry_figures(tally, ms, rules, reason)
    return {**figures, **counts(events), "ended": reason}


# -- analysis --------------------------------------------------------------------------
@dataclass(frozen=True)
class Flag:
    """Something in a log a human hand does not do: its code, its English message
    (context ``credentials``) and the numbers in it."""

    code: str
    message: str
    params: Mapping[str, Any]

    @property
    def text(self) -> str:
        return self.message.format(**self.params)

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.text, "params": dict(self.params)}


FAST_KEYS = QT_TRANSLATE_NOOP(
    "credentials", "{count} keys in a row came less than {limit} ms apart, at {at} s: "
    "faster than fingers can type.")
PASTED = QT_TRANSLATE_NOOP(
    "credentials", "Pastes: {count} ({characters} characters in all).")
EQUAL_GAPS = QT_TRANSLATE_NOOP(
    "credentials", "{count} keys in a row came at the same interval ({gap} ms), at {at} s: "
    "a machine's rhythm, not a hand's.")
NARROW_SPREAD = QT_TRANSLATE_NOOP(
    "credentials", "The time between keys hardly varies ({spread} % over {count} keys; "
    "a person's varies by 30 % or more).")
FOCUS_LOST = QT_TRANSLATE_NOOP(
    "credentials", "Tutor's window was left for {limit} s or more: {count} (the longest "
    "{longest} s; away {total} s in all).")


def _key_gaps(events: Sequence[Sequence[Any]]) -> list[tuple[int, int]]:
    """(ms of the key, the gap since the key before) for keys pressed one by one: held
    keys (auto-repeat) and the gap after one are left out, as are pauses."""
    gaps: list[tuple[int, int]] = []
    previous: int | None = None
    for event in events:
        if event[1] == "repeat":
            previous = None
        elif event[1] in ("key", "press"):
            if previous is not None:
                gaps.append((event[0], event[0] - previous))
            previous = event[0]
        elif event[1] in ("blur", "focus"):
            previous = None
    return gaps


def _longest_run(gaps: Sequence[tuple[int, int]], joins: Any) -> tuple[int, int, int]:
    """The longest run of consecutive gaps in which each gap ``joins(first, gap)`` the
    run's first gap (a run starts with a gap that joins itself): (how many keys it
    spans, the ms of its first key, its first gap)."""
    best = (0, 0, 0)
    length = first = start = 0
    for ms, gap in gaps:
        if length and joins(first, gap):
            length += 1
        elif joins(gap, gap):
            length, first, start = 1, gap, ms - gap
        else:
            length = 0
        if length and length + 1 > best[0]:
            best = (length + 1, start, first)
    return best


def analyse(log: Mapping[str, Any]) -> list[Flag]:
    """Flag what a human hand does not do (see the constants above): sustained gaps
    under 10 ms, pastes, runs of equal gaps or a spread of gaps too narrow to be human,
    and long focus losses."""
    check(log)
    events = log["events"]
    flags: list[Flag] = []
    gaps = _key_gaps(events)

    fast = _longest_run(gaps, lambda _first, gap: gap < FAST_GAP_MS)
    if fast[0] >= FAST_RUN:
        flags.append(Flag("fast-keys", FAST_KEYS, {"count": fast[0], "limit": FAST_GAP_MS,
                                                   "at": round(fast[1] / 1000, 1)}))

    pasted = counts(events)
    if pasted["pastes"]:
        flags.append(Flag("paste", PASTED, {"count": pasted["pastes"],
                                            "characters": pasted["pasted_characters"]}))

    typing = [(ms, gap) for ms, gap in gaps if gap <= TIMED_GAP_MS]
    equal = _longest_run(typing, lambda first, gap: abs(gap - first) <= EQUAL_TOLERANCE_MS)
    if equal[0] >= EQUAL_RUN:
        flags.append(Flag("equal-gaps", EQUAL_GAPS, {"count": equal[0], "gap": equal[2],
                                                     "at": round(equal[1] / 1000, 1)}))
    spread_gaps = [gap for _ms, gap in typing]
    if len(spread_gaps) >= SPREAD_MIN_GAPS:
        mean = statistics.fmean(spread_gaps)
        spread = statistics.pstdev(spread_gaps) / mean if mean > 0 else 0.0
        if spread < SPREAD_MAX_CV:
            flags.append(Flag("narrow-spread", NARROW_SPREAD,
                              {"spread": round(100 * spread, 1), "count": len(spread_gaps)}))

    losses = _focus_losses(events)
    long_losses = [loss for loss in losses if loss >= LONG_FOCUS_LOSS_MS]
    if long_losses:
        flags.append(Flag("focus-lost", FOCUS_LOST, {
            "count": len(long_losses), "limit": LONG_FOCUS_LOSS_MS // 1000,
            "longest": round(max(long_losses) / 1000, 1),
            "total": round(sum(losses) / 1000, 1)}))
    return flags


def _focus_losses(events: Sequence[Sequence[Any]]) -> list[int]:
    """How long (ms) each focus loss lasted; one not regained lasts until the end."""
    losses: list[int] = []
    lost: int | None = None
    for event in events:
        if event[1] == "blur" and lost is None:
            lost = event[0]
        elif event[1] == "focus" and lost is not None:
            losses.append(event[0] - lost)
            lost = None
    if lost is not None and events:
        losses.append(events[-1][0] - lost)
    return losses
