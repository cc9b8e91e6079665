"""The keystroke log of an assessment: its digest, its replay and the flags of what a
human hand does not do, on logs made like a person's (gaps drawn from a log-normal) and
like a machine's."""

from __future__ import annotations

import hashlib
import json
import math
import random

import pytest

from tutor.credentials import evidence
from tutor.credentials.evidence import EvidenceError, analyse, digest, replay, word_errors

TYPING_RULES = {"minutes": 1, "min_net_wpm": 3, "max_errors": 3}


def log_of(events, kind="typing-test", text="one two three four five", rules=None, records=None):
    if kind == "typing-test":
        rules = rules or TYPING_RULES
    elif kind == "data-entry":
        rules = rules or {"minutes": 5, "min_kph": 3000, "min_accuracy": 90}
    else:
        rules = rules or {"minutes": 15}
    return {"type": "TutorKeystrokeLog", "version": 1, "assessment_id": f"{kind}-test",
            "kind": kind, "started": "2026-12-06T10:00:00Z", "rules": rules,
            "text": text if kind == "typing-test" else None,
            "records": records if kind == "data-entry" else None, "events": events}


def keys(text, start=0, gap=100):
    return [[start + i * gap, "key", char] for i, char in enumerate(text)]


def human_typing(text, rng, median_ms=180.0, sigma=0.35, slips=0.03):
    """A person copying ``text``: log-normal gaps, now and then a slip corrected with
    Backspace, a pause to read at each sentence, a few keys pressed almost together
    (a fast roll of two fingers)."""
    events, ms = [], 0
    for char in text:
        gap = rng.lognormvariate(math.log(median_ms), sigma)
        if rng.random() < 0.04:
            gap = rng.uniform(2, 9)  # two keys rolled
        ms += int(gap)
        if rng.random() < slips:
            events.append([ms, "key", rng.choice("qwertyuiop")])
            ms += int(rng.lognormvariate(math.log(300), 0.3))
            events.append([ms, "key", "\b"])
            ms += int(rng.lognormvariate(math.log(median_ms), sigma))
        events.append([ms, "key", char])
        if char == ".":
            ms += int(rng.uniform(800, 2500))
    return events, ms


TEXT = ("Thank you for your order. The goods leave our store on Friday. Please check each "
        "box when it arrives and sign the note only after you have counted the boxes.")


# -- worked examples ------------------------------------------------------------------
def test_words_wrong_left_out_or_added_count_once_each():
    text = "the cat sat on the mat"
    assert word_errors(text, "the cat sat on the mat", False) == 0
    assert word_errors(text, "the cat sat on teh mat", False) == 1  # one word wrong
    assert word_errors(text, "the cat sat on teh mqt", False) == 2
    assert word_errors(text, "the sat on the mat", False) == 1  # "cat" left out
    assert word_errors(text, "the the cat sat", False) == 1  # a "the" added
    assert word_errors(text, "the cat", False) == 0  # the words not reached are no errors
    assert word_errors(text, "the cat s", True) == 0  # being typed when the time ran out
    assert word_errors(text, "the cat s", False) == 1
    assert word_errors(text, "the cat s ", True) == 1  # ...unless a space followed it


def test_a_typing_log_replays_to_its_figures():
    # "one twp three" typed, then the learner left at 30 s of a 1-minute test: a test
    # ended early is measured over its whole minute. 13 characters: gross = 13 / 5 / 1
    # = 2.6 wpm. The last word was being typed (no space after it) and is left out;
    # "twp" for "two" is 1 error. net = 2.6 - 1 / 1 = 1.6; accuracy = (3 words - 1 error)
    # / 3 = 66.67 %.
    events = keys("one twq") + [[700, "key", "\b"], [800, "key", "p"]] \
        + keys(" three", start=900) + [[30_000, "end", "left"]]
    figures = replay(log_of(events))
    assert figures["characters"] == 13 and figures["words"] == 3
    assert figures["gross_wpm"] == 2.6 and figures["errors"] == 1
    assert figures["net_wpm"] == 1.6 and figures["accuracy"] == 66.67
    assert figures["minutes"] == 1 and figures["passed"] is False  # 1.6 < 3
    assert figures["keystrokes"] == 15 and figures["ended"] == "left"


def test_a_text_typed_to_its_end_is_measured_until_then():
    # "one twp three" as the whole text, typed in 12 s (0.2 minutes), "done":
    # gross = 13 / 5 / 0.2 = 13 wpm; "twp" is 1 error and the last word counts;
    # net = 13 - 1 / 0.2 = 8; accuracy = 2 / 3 = 66.67 %; passed (8 >= 3, 1 <= 3 errors).
    events = keys("one twp thre", gap=1000) + [[12_000, "key", "e"], [12_000, "end", "done"]]
    figures = replay(log_of(events, text="one two three"))
    assert figures["minutes"] == 0.2 and figures["gross_wpm"] == 13.0
    assert figures["errors"] == 1 and figures["net_wpm"] == 8.0
    assert figures["passed"] is True


def test_a_paste_inserts_nothing_in_the_typing_test_and_is_counted():
    events = keys("one ") + [[500, "paste", 18]] + keys("two ", start=600) \
        + [[60_000, "end", "time"]]
    figures = replay(log_of(events))
    # "one two " in 1 minute: 8 / 5 = 1.6 wpm, no error; the paste added nothing
    assert figures["characters"] == 8 and figures["gross_wpm"] == 1.6
    assert figures["pastes"] == 1 and figures["pasted_characters"] == 18
    assert not figures["passed"]  # 1.6 < 3 net wpm


def test_the_typed_text_stops_at_the_length_of_the_text():
    events = keys("ab cd") + keys("xxxxx", start=500) + [[1_000, "end", "done"]]
    figures = replay(log_of(events, text="ab cd"))
    assert figures["characters"] == 5 and figures["errors"] == 0


def test_a_data_entry_log_replays_to_keystrokes_an_hour_and_fields_right():
    records = {"columns": ["Code", "Qty"], "rows": [["A1", "3"], ["B2", "10"], ["C3", "7"]]}
    # 10 keys, then the learner left at 9.5 s of a 5-minute test: measured over the
    # 5 minutes, 10 / 5 * 60 = 120 keystrokes an hour.
    # Rows given: A1/3 (right, right), B2/1 (right, wrong): 3 fields of 4 = 75 %.
    events = [[0, "field", "Code"]] + keys("A1\t3\nB2", gap=1000) \
        + [[7000, "press", "Delete"], [8000, "key", "\t"], [9000, "key", "1"]]
    events.insert(6, [5000, "submit", ["A1 ", "3"]])
    events.append([9500, "submit", ["B2", "1"]])
    figures = replay(log_of(events + [[9500, "end", "left"]], kind="data-entry",
                            records=records))
    assert figures["keystrokes"] == 10 and figures["kph"] == 120
    assert figures["rows"] == 2 and figures["fields_right"] == 3
    assert figures["field_accuracy"] == 75.0
    assert not figures["passed"]  # 75 % < 90 %
    # The third row given too, at 12 s: all done, measured until then: 0.2 minutes;
    # 13 keys (+ "C3", Tab) / 0.2 * 60 = 3,900 KPH; 5 fields right of 6 = 83.33 %.
    events += keys("C3\t", start=10_000) + [[12_000, "submit", ["C3", "7"]],
                                             [12_000, "end", "done"]]
    figures = replay(log_of(events, kind="data-entry", records=records))
    assert figures["keystrokes"] == 13 and figures["kph"] == 3900
    assert figures["field_accuracy"] == 83.33 and figures["rows"] == 3


def test_the_digest_is_the_sha256_of_the_canonical_json():
    log = log_of(keys("one") + [[400, "end", "left"]])
    # For ASCII text and whole numbers, RFC 8785 is JSON with sorted keys and no spaces.
    canonical = json.dumps(log, sort_keys=True, separators=(",", ":")).encode()
    assert digest(log) == "urn:sha256:" + hashlib.sha256(canonical).hexdigest()
    changed = log_of(keys("onf") + [[400, "end", "left"]])
    assert digest(changed) != digest(log)


def test_the_digest_does_not_depend_on_the_order_of_keys_or_spaces():
    log = log_of(keys("one") + [[400, "end", "left"]])
    again = json.loads(json.dumps(dict(reversed(list(log.items()))), indent=2))
    assert digest(again) == digest(log)


# -- human hands and machines ---------------------------------------------------------
@pytest.mark.parametrize("seed", range(12))
def test_a_persons_typing_raises_no_flag(seed):
    rng = random.Random(seed)
    events, ms = human_typing(TEXT, rng, median_ms=rng.uniform(120, 320),
                              sigma=rng.uniform(0.3, 0.6))
    log = log_of(events + [[ms + 10, "end", "done"]], text=TEXT,
                 rules={"minutes": 5, "min_net_wpm": 40, "max_errors": 3})
    assert analyse(log) == []
    figures = replay(log)
    assert figures["errors"] == 0 and figures["characters"] == len(TEXT)


def test_a_held_backspace_is_no_machine():
    events = keys("one two") + [[800 + 33 * i, "repeat", "\b"] for i in range(30)] \
        + [[2_000, "end", "left"]]
    assert analyse(log_of(events)) == []


def codes(log):
    return {flag.code: flag for flag in analyse(log)}


def test_keys_under_10_ms_apart_are_flagged():
    events = keys(TEXT[:40], gap=4) + [[1_000, "end", "left"]]
    flags = codes(log_of(events, text=TEXT))
    assert flags["fast-keys"].params["count"] == 40
    assert "40 keys in a row came less than 10 ms apart" in flags["fast-keys"].text
    # 19 fast keys are not 20
    assert "fast-keys" not in codes(log_of(keys(TEXT[:19], gap=4) + [[900, "end", "left"]],
                                           text=TEXT))


def test_a_machines_even_rhythm_is_flagged():
    flags = codes(log_of(keys(TEXT[:60], gap=120) + [[9_000, "end", "left"]], text=TEXT))
    assert flags["equal-gaps"].params == {"count": 60, "gap": 120, "at": 0.0}
    assert flags["narrow-spread"].params["spread"] == 0.0


def test_a_machine_with_a_little_jitter_is_flagged_by_the_spread():
    rng = random.Random(7)
    ms, events = 0, []
    for char in TEXT[:80]:
        ms += 100 + rng.randint(-3, 3)
        events.append([ms, "key", char])
    flags = codes(log_of(events + [[ms + 5, "end", "left"]], text=TEXT))
    assert "narrow-spread" in flags and flags["narrow-spread"].params["spread"] < 3
    assert "fast-keys" not in flags


def test_pastes_are_flagged_with_what_they_held():
    events = keys("one ") + [[500, "paste", 120], [900, "paste", 30], [1_000, "end", "left"]]
    flag = codes(log_of(events))["paste"]
    assert flag.params == {"count": 2, "characters": 150}
    assert flag.text == "Pastes: 2 (150 characters in all)."


def test_long_focus_losses_are_flagged_with_the_total():
    events = keys("one ") + [[1_000, "blur"], [16_000, "focus"], [17_000, "blur"],
                             [20_000, "focus"], [50_000, "blur"], [62_500, "end", "time"]]
    flag = codes(log_of(events))["focus-lost"]
    # losses: 15 s, 3 s, and 12.5 s until the end; two are of 10 s or more
    assert flag.params == {"count": 2, "limit": 10, "longest": 15.0, "total": 30.5}
    short = keys("one ") + [[1_000, "blur"], [9_000, "focus"], [10_000, "end", "left"]]
    assert "focus-lost" not in codes(log_of(short))


def test_flag_messages_are_marked_for_translation():
    source = evidence.__file__
    text = open(source, encoding="utf-8").read()
    for message in (evidence.FAST_KEYS, evidence.PASTED, evidence.EQUAL_GAPS,
                    evidence.NARROW_SPREAD, evidence.FOCUS_LOST):
        assert f'QT_TRANSLATE_NOOP(\n    "credentials", "{message[:30]}' in text


# -- bounds and malformed logs --------------------------------------------------------
def test_a_log_over_the_event_limit_is_refused():
    events = [[i, "key", "a"] for i in range(evidence.MAX_EVENTS + 1)]
    with pytest.raises(EvidenceError, match="too large"):
        replay(log_of(events))


def test_a_file_over_the_size_limit_is_refused_before_it_is_parsed():
    with pytest.raises(EvidenceError, match="too large"):
        evidence.load(b" " * (evidence.MAX_LOG_BYTES + 1))


@pytest.mark.parametrize("events", [
    [[5, "key", "a"], [4, "key", "b"], [6, "end", "left"]],  # time goes back
    [[0, "fly", "a"], [6, "end", "left"]],
    [[0, "key", ""], [6, "end", "left"]],
    [[0, "key", "x" * 17], [6, "end", "left"]],
    [[-1, "key", "a"], [6, "end", "left"]],
    [[1.5, "key", "a"], [6, "end", "left"]],
    [[0, "end", "left"], [6, "key", "a"]],  # events after the end
    [[0, "end", "because"]],
    [[0, "paste", -3], [6, "end", "left"]],
    [[0, "blur", "x"], [6, "end", "left"]],
    "events",
])
def test_malformed_events_are_refused(events):
    with pytest.raises(EvidenceError):
        analyse(log_of(events))


def test_a_log_without_its_end_cannot_be_replayed():
    with pytest.raises(EvidenceError, match="no end"):
        replay(log_of(keys("one")))


@pytest.mark.parametrize("change", [
    {"type": "Other"}, {"version": 2}, {"kind": "dance"}, {"text": None},
    {"rules": {"minutes": 5}}, {"rules": {"minutes": math.inf, "min_net_wpm": 1,
                                          "max_errors": 1}},
    {"text": "x" * (evidence.MAX_TEXT + 1)},
])
def test_a_wrong_header_is_refused(change):
    with pytest.raises(EvidenceError):
        replay({**log_of([[0, "end", "left"]]), **change})


def test_not_json_is_refused_plainly():
    with pytest.raises(EvidenceError, match="not a keystroke log of Tutor: not JSON"):
        evidence.load(b"{nope")
    nested = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(EvidenceError):
        evidence.load(nested)


def test_a_log_read_from_a_file_replays_as_the_one_written():
    log = log_of(keys("one two ") + [[5_000, "end", "time"]])
    assert replay(evidence.load(json.dumps(log).encode())) == replay(log)
