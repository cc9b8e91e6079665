"""Hostile lesson packs: what a trainers' folder may hold by mistake or malice.

``generate()`` returns ``{name: bytes}``; every one must be refused as a problem with its
line, within the limits of ``tests.hostile.parse``, and never stop the app's start."""

from __future__ import annotations

KIND = "pack"
EXERCISE = None

HEADER = (b'id = "typing-en-hostile"\nversion = "1.0"\nlanguage = "en"\nskill = "typing"\n'
          b'title = "Hostile"\n')
EXERCISE_TABLE = b'[[exercises]]\nid = "one"\ntitle = "One"\nkind = "keys"\nkeys = "fj "\n'


def generate() -> dict[str, bytes]:
    return {
        "nested-arrays": HEADER + b"a = " + b"[" * 100_000 + b"]" * 100_000 + b"\n",
        "nested-inline-tables": HEADER + b"a = " + b"{b = " * 50_000 + b"1" + b"}" * 50_000,
        "nested-table-headers": HEADER + b"".join(b"[" + b".".join([b"a"] * n) + b"]\n"
                                                  for n in range(1, 400)),
        "number-of-5000-digits": HEADER + EXERCISE_TABLE + b"min_wpm = " + b"9" * 5000 + b"\n",
        "nan": HEADER + EXERCISE_TABLE + b"min_wpm = nan\n",
        "infinity": HEADER + EXERCISE_TABLE + b"min_accuracy = inf\n",
        "huge-float": HEADER + EXERCISE_TABLE + b"length = 1e308\n",
        "date-far-away": HEADER + b"when = 9999-12-31T23:59:59Z\n" + EXERCISE_TABLE,
        "huge-string": HEADER + EXERCISE_TABLE + b'text = "' + b"x" * (5 * 2**20) + b'"\n',
        "many-exercises": HEADER + b"".join(
            b'[[exercises]]\nid = "e%d"\ntitle = "E"\nkind = "keys"\nkeys = "fj "\nlength = 3001\n'
            % n for n in range(20_000)),
        "not-utf8": HEADER.replace(b"Hostile", b"\xff\xfe\xfa"),
        "utf16-bom": "\ufeff".encode("utf-16") + HEADER.decode().encode("utf-16"),
        "nul-bytes": HEADER + b"\x00" * 1000,
        "duplicate-keys": HEADER + b'id = "again"\n' + EXERCISE_TABLE,
        "unclosed-multiline-string": HEADER + b'description = """' + b"x\n" * 100_000,
        "control-characters": HEADER + b'description = "\x1b[31m\x07"\n' + EXERCISE_TABLE,
        "wrong-types": HEADER + b"[[exercises]]\nid = 3\ntitle = []\nkind = {a = 1}\n",
        "unknown-skill": HEADER.replace(b'skill = "typing"', b'skill = "../../etc"') + EXERCISE_TABLE,
        "empty": b"",
        "random-bytes": bytes(range(256)) * 64,
    }
