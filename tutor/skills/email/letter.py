"""The frame of a letter, found by its place: the greeting is the first line; the
closing is a short line just above the name at the end ("Thanks,", "Merci,", "Asante,",
"مع الشكر"); the signature is the name (and any contact lines) under it, or after
"-- ". A body sentence is never the closing, even one that says "thank you". Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from tutor.skills.email.wording import CLOSINGS, table_language, words
from tutor.text import fold

SIGNATURE_DELIMITER = "\n-- \n"
# A line that ends a sentence: a body line, not a name.
_SENTENCE_END = re.compile(r"[.!?؟:;]\s*$")
# Contact lines of a signature: a phone number, an address, a web site.
_CONTACT = re.compile(r"(\+?\d[\d ()./-]{6,}\d|\S+@\S+|www\.|https?://)")
# French formal closings are whole sentences ("Je vous prie d'agréer, ...").
_LONG_FORMULAS = ("je vous prie", "veuillez agreer", "veuillez recevoir", "dans l'attente",
                  "en vous remerciant", "وتفضلوا", "وتفضلي", "وتفضل", "وتقبلوا")
_MAX_CLOSING_WORDS = 8
_MAX_NAME_WORDS = 5


@dataclass(frozen=True)
class Ending:
    """The end of a letter: its closing line and its signature (both "" when missing)."""

    closing: str
    signature: str
    closing_register: str = ""  # "formal", "friendly" or "" (a closing by its place only)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def name_words(names: Iterable[str]) -> set[str]:
    """The words of the learner's names (from the task, the From line, the address):
    "Amina Diallo <amina.diallo@mail.example>" gives "amina" and "diallo"."""
    found: set[str] = set()
    for name in names:
        for part in re.split(r"[\s<>@._\-,\"]+", name or ""):
            if len(part) >= 2 and not part.isdigit():
                found.add(fold(part))
    return found - {"mail", "example", "com", "org", "net", "tutor"}


def closing_phrase(line: str, language: str) -> tuple[str, str] | None:
    """(the closing phrase, its register) when a line begins with a known closing."""
    folded = fold(line).rstrip(" ,.!،")
    language = table_language(language)
    short = len(words(folded)) <= 4  # "مع تحياتي", "Thanks again": the phrase inside
    for register in ("formal", "friendly"):
        for phrase in CLOSINGS[(language, register)]:
            pattern = ("" if not short else r"(?<![^\W_])") + re.escape(phrase) + r"(?![^\W_])"
            if folded == phrase or (re.search if short else re.match)(pattern, folded):
                return phrase, register
    return None


def _is_closing(line: str, language: str) -> bool:
    count = len(words(line))
    folded = fold(line)
    if any(folded.startswith(f) for f in _LONG_FORMULAS):
        return count <= 30
    if re.search(r"[.!?؟]\s+\S", line):  # two sentences: a body line
        return False
    return closing_phrase(line, language) is not None and count <= _MAX_CLOSING_WORDS


def _is_name_line(line: str, names: set[str], language: str) -> bool:
    if _SENTENCE_END.search(line) and not re.search(r"\b\w\.$", line):  # "Amina D."
        return False
    tokens = words(line)
    if not tokens or len(tokens) > _MAX_NAME_WORDS or closing_phrase(line, language):
        return False
    if names:
        return any(fold(t) in names for t in tokens)
    if all(t[:1].isupper() or not t[:1].isalpha() for t in tokens):
        return True  # "Amina Diallo", "Peter Brown"
    return not any(c.isupper() or c.islower() for c in line)  # a script without case


def _is_contact_line(line: str) -> bool:
    return bool(_CONTACT.search(line)) or (
        len(words(line)) <= _MAX_NAME_WORDS and not _SENTENCE_END.search(line))


def ending(text: str, language: str, names: Iterable[str] = ()) -> Ending:
    """Find the closing and the signature of a letter (the learner's own text)."""
    known = name_words(names)
    if SIGNATURE_DELIMITER in "\n" + text:
        letter, _, signature = ("\n" + text).partition(SIGNATURE_DELIMITER)
        lines = _lines(letter)
        last = lines[-1] if len(lines) > 1 else ""
        closing = last if last and _is_closing(last, language) else ""
        return Ending(closing, " ".join(_lines(signature)), _register(closing, language))
    lines = _lines(text)
    if len(lines) < 2:
        return Ending("", "")
    # The closing: a closing line near the end with only short lines (the name, contact
    # lines) under it.
    for i in range(len(lines) - 1, max(0, len(lines) - 6), -1):
        below = lines[i + 1:]
        if not all(_is_contact_line(line) for line in below):
            break
        if _is_closing(lines[i], language):
            if below:
                return Ending(lines[i], " ".join(below), _register(lines[i], language))
            return _closing_with_name(lines[i], language, known)
    # No closing: a name line near the end, maybe followed by contact lines.
    for i in range(len(lines) - 1, max(0, len(lines) - 5), -1):
        if _is_name_line(lines[i], known, language):
            if all(_is_contact_line(line) for line in lines[i + 1:]):
                return Ending("", " ".join(lines[i:]))
            break
        if not _is_contact_line(lines[i]):
            break
    return Ending("", "")


def _closing_with_name(line: str, language: str, known: set[str]) -> Ending:
    """The last line is the closing: "Kind regards," alone, or "Kind regards, Amina"."""
    found = closing_phrase(line, language)
    if found is not None:
        rest = fold(line)[len(found[0]):].strip(" ,.!،")
        rest_words = words(rest)
        if rest_words and len(rest_words) <= 3 and (
                any(w in known for w in rest_words) or not known
                or "," in line or "،" in line):
            return Ending(line, rest, found[1])
    return Ending(line, "", _register(line, language))


def _register(closing: str, language: str) -> str:
    found = closing_phrase(closing, language) if closing else None
    return found[1] if found else ""
