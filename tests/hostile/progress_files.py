"""Hostile progress files, made from a good one: every kind of damage, forgery and bomb
the import must refuse with a clear message and nothing changed.

    .venv/bin/python -m tests.hostile.progress_files OUT_DIR   # write them, to look at

``hostile_files(good)`` returns ``{kind: bytes}``; the tests import every one, alone and
in a folder of 200 files.
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path


def members_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rezip(members: dict[str, bytes] | list[tuple[str, bytes]],
          compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    items = members.items() if isinstance(members, dict) else members
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in items:
            archive.writestr(name, data)
    return buffer.getvalue()


def resigned(members: dict[str, bytes]) -> bytes:
    """The members with the manifest's checksum and count made to match, as a forger
    who has read the format would do."""
    manifest = json.loads(members["manifest.json"])
    lines = [line for line in members["attempts.jsonl"].splitlines() if line.strip()]
    manifest["sha256"] = hashlib.sha256(members["attempts.jsonl"]).hexdigest()
    manifest["attempts"] = len(lines)
    return rezip({**members, "manifest.json": json.dumps(manifest).encode()})


def _edit_manifest(good: bytes, change: Callable[[dict], None]) -> bytes:
    members = members_of(good)
    manifest = json.loads(members["manifest.json"])
    change(manifest)
    members["manifest.json"] = json.dumps(manifest).encode()
    return rezip(members)


def _edit_attempt(good: bytes, raw_value: str, key: str = "metrics") -> bytes:
    members = members_of(good)
    lines = members["attempts.jsonl"].decode().splitlines()
    record = json.loads(lines[0])
    record[key] = "__value__"
    lines[0] = json.dumps(record).replace('"__value__"', raw_value)
    members["attempts.jsonl"] = ("\n".join(lines) + "\n").encode()
    return resigned(members)


def _redate(good: bytes, when: str) -> bytes:
    members = members_of(good)
    lines = members["attempts.jsonl"].decode().splitlines()
    record = json.loads(lines[0])
    record["started_at"] = record["finished_at"] = when
    lines[0] = json.dumps(record)
    members["attempts.jsonl"] = ("\n".join(lines) + "\n").encode()
    return resigned(members)


def hostile_files(good: bytes) -> dict[str, bytes]:
    """Twenty kinds of bad file, each made from ``good`` (a real progress file with at
    least one attempt)."""
    members = members_of(good)
    manifest = json.loads(members["manifest.json"])
    first = json.loads(members["attempts.jsonl"].decode().splitlines()[0])
    return {
        "empty": b"",
        "random-bytes": bytes(range(256)) * 40,
        "truncated": good[: len(good) // 2],
        "text-not-zip": b"manifest.json attempts.jsonl\n" * 100,
        "zip-bomb": rezip({**members, "attempts.jsonl": b"\n" * (300 * 2**20)}),
        "unsafe-path": rezip({**members, "../../outside.txt": b"x"}),
        "duplicate-member": _duplicated(members),
        "missing-attempts": rezip({"manifest.json": members["manifest.json"]}),
        "checksum-mismatch": rezip({**members, "attempts.jsonl":
                                    members["attempts.jsonl"].replace(b'"passed": false',
                                                                      b'"passed": true')
                                    + b"\n"}),
        "future-format": _edit_manifest(good, lambda m: m.update(format_version=99)),
        "manifest-a-list": rezip({**members, "manifest.json": b"[1, 2, 3]"}),
        "manifest-not-utf8": rezip({**members, "manifest.json": b"\xff\xfe" + b"\x00" * 50}),
        "manifest-deep": rezip({**members, "manifest.json": b"[" * 100_000 + b"]" * 100_000}),
        "nan-speed": _edit_attempt(good, "NaN"),
        "infinite-speed": _edit_attempt(good, "-Infinity"),
        "number-of-5000-digits": _edit_attempt(good, "9" * 5000),
        "deep-details": _edit_attempt(good, "[" * 5000 + "]" * 5000, key="details"),
        "date-in-2099": _redate(good, "2099-01-01T00:00:00+00:00"),
        "date-in-1970": _redate(good, "1970-01-01T00:00:00+00:00"),
        "attempt-of-someone-else": _attempt_of_someone_else(members, manifest, first),
    }


def _duplicated(members: dict[str, bytes]) -> bytes:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns of the duplicate
        return rezip([("manifest.json", members["manifest.json"]),
                      ("manifest.json", members["manifest.json"]),
                      ("attempts.jsonl", members["attempts.jsonl"])])


def _attempt_of_someone_else(members: dict[str, bytes], manifest: dict, first: dict) -> bytes:
    first = {**first, "learner_id": "00000000-0000-4000-8000-000000000001"}
    lines = members["attempts.jsonl"].decode().splitlines()
    lines[0] = json.dumps(first)
    return resigned({**members, "attempts.jsonl": ("\n".join(lines) + "\n").encode()})


KIND = "progress"
EXERCISE = None


def good_file() -> bytes:
    """A real progress file: one learner, one attempt."""
    import tempfile
    from datetime import UTC, datetime

    from tutor.store.attempts import record_attempt
    from tutor.store.db import open_database
    from tutor.store.learners import create_learner
    from tutor.store.progress_file import export_learner

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{folder}/t.sqlite3")
        learner = create_learner(db, "Amina", "sun")
        now = datetime.now(UTC)
        record_attempt(db, learner.id, "typing", "f-and-j", "typing-en", "1.0", now, now, 1.0,
                       True, metrics={"wpm": 20.0, "accuracy": 96.0})
        export_learner(db, learner.id, Path(folder) / "good.tutorprogress")
        db.dispose()
        return (Path(folder) / "good.tutorprogress").read_bytes()


def generate() -> dict[str, bytes]:
    return hostile_files(good_file())


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    files = generate()
    for kind, data in files.items():
        (out / f"{kind}.tutorprogress").write_bytes(data)
    print(f"{len(files)} files in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
