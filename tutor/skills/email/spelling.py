"""Spelling, offline: pyspellchecker's word-frequency dictionaries (en, fr, ar ship in
the wheel). Names of the task's people and places, addresses, links, numbers and
acronyms are never flagged. Pure Python."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

# Words of email writing that the dictionaries lack.
EXTRA_WORDS = {
    "en": {"email", "emails", "e-mail", "cv", "cvs", "ok", "okay", "wifi", "login",
           "online", "inbox", "spam", "username", "password", "attachment", "attachments"},
    "fr": {"mail", "mails", "e-mail", "e-mails", "mél", "cv", "ok", "wifi", "spam",
           "courriel", "courriels", "identifiant", "identifiants"},
    "ar": set(),
}
# French (and English) elided forms: l'entretien, jusqu'à, aujourd'hui...
ELISIONS = ("l", "d", "j", "n", "s", "t", "m", "c", "qu", "jusqu", "lorsqu", "puisqu",
            "quoiqu", "presqu")
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
SKIP = re.compile(
    r"\S+@\S+|\b(?:https?://|www\.)\S+|\[[^\]]*\]\([^)]*\)|\b\S+\.(?:pdf|jpg|png|docx?|xlsx?)\b",
    re.IGNORECASE)
_lock = threading.Lock()


@dataclass(frozen=True)
class Misspelling:
    start: int
    length: int
    word: str


@cache
def _checker(language: str) -> Any:  # a spellchecker.SpellChecker
    from spellchecker import SpellChecker

    checker = SpellChecker(language=language, distance=2)
    checker.word_frequency.load_words(sorted(EXTRA_WORDS.get(language, set())))
    return checker


def supported(language: str) -> bool:
    return language in ("en", "fr", "ar")


def _spelling_key(word: str) -> str:
    """A word as the dictionaries look it up: lower case, one kind of apostrophe, and
    its accents kept (unlike ``tutor.text.fold``): "medecin" is a misspelling of
    "médecin"."""
    return word.replace("’", "'").lower()


def _known(checker: Any, word: str) -> bool:
    word = _spelling_key(word)
    if word in checker:
        return True
    if "'" in word:
        head, _, tail = word.partition("'")
        if head in ELISIONS and (tail in checker or _known(checker, tail)):
            return True
        if word.replace("'", "") in checker:
            return True
    if "-" in word:
        return all(part in checker for part in word.split("-") if part)
    return False


def names_in(texts: Iterable[str]) -> set[str]:
    """Every word of these texts (the task's own words: names of people, places,
    companies) in lower case, so the learner's use of them is never flagged."""
    found: set[str] = set()
    for text in texts:
        for match in WORD.finditer(text or ""):
            found.add(_spelling_key(match.group()))
            found.update(_spelling_key(p) for p in re.split(r"['’-]", match.group()))
    return found


def misspellings(text: str, language: str, allowed: Iterable[str] = ()) -> list[Misspelling]:
    """The misspelled words of ``text``, with where they are (for the underline)."""
    if not supported(language) or not text:
        return []
    with _lock:  # the checker's cache is not thread-safe
        checker = _checker(language)
    allowed_set = {_spelling_key(a) for a in allowed}
    blanked = SKIP.sub(lambda m: " " * len(m.group()), text)
    found = []
    for match in WORD.finditer(blanked):
        word = match.group()
        if len(word) < 2 or (word.isupper() and len(word) <= 6):  # "I", "IT", "CV", "RH"
            continue
        if _spelling_key(word) in allowed_set or _known(checker, word):
            continue
        start = match.start()
        head, quote, tail = word.replace("’", "'").partition("'")
        if quote and head.lower() in ELISIONS and tail:  # underline "absance" in "l'absance"
            start, word = start + len(head) + 1, word[len(head) + 1:]
        found.append(Misspelling(start, len(word), word))
    return found


def suggestions(word: str, language: str, limit: int = 3) -> list[str]:
    """A few corrections, the likeliest first, in the case the learner used."""
    if not supported(language):
        return []
    with _lock:
        checker = _checker(language)
        candidates = checker.candidates(_spelling_key(word)) or set()  # up to two edits away
        ranked = sorted(candidates, key=lambda w: (-checker.word_usage_frequency(w), w))
        if ranked:  # leave out rare words ("tommyrot" for "tommorow")
            top = checker.word_usage_frequency(ranked[0])
            ranked = [w for w in ranked if checker.word_usage_frequency(w) >= top / 100]
    if word[:1].isupper():
        ranked = [w[:1].upper() + w[1:] for w in ranked]
    return [w for w in ranked if _spelling_key(w) != _spelling_key(word)][:limit]


def preload(language: str) -> None:
    """Load a dictionary ahead of use (about 0.1 s), e.g. when a task opens."""
    if supported(language):
        with _lock:
            _checker(language)
