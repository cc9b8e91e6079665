"""Hostile keystroke logs for ``tutor verify --evidence``: each must be refused with a
clear error or replayed and analysed, within the limits of ``tests.hostile.parse``."""

from __future__ import annotations

import json

KIND = "evidence"


def _log(events: object, **extra: object) -> bytes:
    log = {"type": "TutorKeystrokeLog", "version": 1, "assessment_id": "typing-5min",
           "kind": "typing-test", "started": "2026-12-06T10:00:00Z",
           "rules": {"minutes": 5, "min_net_wpm": 40, "max_errors": 3},
           "text": "the text to copy " * 100, "records": None, "events": events, **extra}
    return json.dumps(log).encode()


def generate() -> dict[str, bytes]:
    return {
        "a-million-events": _log([[i, "key", "a"] for i in range(1_000_000)]),
        "huge-text": _log([[1, "key", "a"]], text="x" * 5_000_000),
        "key-of-a-megabyte": _log([[1, "key", "a" * 2**20]]),
        "time-going-back": _log([[10, "key", "a"], [5, "key", "b"]]),
        "ms-a-float-nan": _log([[1, "key", "a"]]).replace(b"[[1,", b"[[NaN,"),
        "deep-event": _log([[1, "key", [[[[[[["a"]]]]]]]]]),
        "unknown-kind": _log([[1, "key", "a"]], kind="poker"),
        "30000-pastes": _log([[i, "paste", 10**9] for i in range(29_000)]),
        "not-json": b"\xff\xfe\x00garbage",
    }
