"""Practice text made of real words, with only the keys a learner has learned.

Words come from the language's frequency list (``assets/words/<language>.txt``, made by
``build/extract_words.py`` from wordfreq, or from Debian's hunspell-sw for Swahili).
When too few real words use only the learned keys, the line is filled either with
pseudo-words (``PSEUDO_WORDS``, the lessons' generated texts): drawn from a
letter-transition (bigram) model of the same word list, so they look and flow like the
language even when they are not words; or with drills (``DRILLS``, adaptive practice):
short groups of the keys as the first lessons have them ("fff", "fjf", "jf"), which
never pass for words.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache

from tutor.paths import resource

MIN_REAL_WORDS = 8  # fewer than this: pad with pseudo-words or drills
PSEUDO_WORDS, DRILLS = "pseudo-words", "drills"
# Drill groups: c is the key practised, x another key learned.
DRILL_PATTERNS = ("ccc", "cxc", "xcx", "ccx", "xcc", "cx", "xc", "cxxc", "ccxx")


@cache
def word_list(language: str) -> tuple[str, ...]:
    """The language's words, most frequent first (empty if the list is missing)."""
    path = resource("assets", "words", f"{language}.txt")
    if not path.is_file():
        return ()
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if word and not word.startswith("#"):
            words.append(word)
    return tuple(words)


def words_typeable(words: Iterable[str], keys: str) -> list[str]:
    """The words written only with ``keys`` (a capital needs its capital in ``keys``)."""
    allowed = set(keys)
    return [w for w in words if set(w) <= allowed]


class LetterModel:
    """Bigram model of a word list: which letter follows which, and how often."""

    def __init__(self, words: Iterable[str]) -> None:
        self.starts: Counter[str] = Counter()
        self.next: dict[str, Counter[str]] = defaultdict(Counter)
        self.lengths: Counter[int] = Counter()
        for word in words:
            if not word:
                continue
            self.starts[word[0]] += 1
            self.lengths[len(word)] += 1
            for a, b in zip(word, word[1:] + "$", strict=True):
                self.next[a][b] += 1

    def pseudo_word(self, rng: random.Random, allowed: set[str], must: str = "",
                    tries: int = 60) -> str:
        """A word-like string of ``allowed`` letters (containing ``must`` if given)."""
        best = ""
        for _ in range(tries):
            length = self._length(rng)
            word = self._walk(rng, allowed, length)
            if len(word) >= 2 and (not must or must in word):
                return word
            if len(word) > len(best):
                best = word
        letters = sorted(allowed)
        if not letters:
            return ""
        best = best or rng.choice(letters)
        if must and must not in best:
            best = best[: rng.randrange(len(best) + 1)] + must + best
        return best[:8]

    def _length(self, rng: random.Random) -> int:
        lengths = [(n, c) for n, c in self.lengths.items() if 2 <= n <= 7]
        if not lengths:
            return rng.randint(2, 5)
        return rng.choices([n for n, _ in lengths], [c for _, c in lengths])[0]

    def _walk(self, rng: random.Random, allowed: set[str], length: int) -> str:
        starts = [(c, n) for c, n in self.starts.items() if c in allowed]
        if not starts:
            return "".join(rng.choice(sorted(allowed)) for _ in range(length)) if allowed else ""
        word = rng.choices([c for c, _ in starts], [n for _, n in starts])[0]
        while len(word) < length:
            options = [(c, n) for c, n in self.next[word[-1]].items() if c in allowed]
            if not options:
                options = [(c, 1) for c in allowed]
            word += rng.choices([c for c, _ in options], [n for _, n in options])[0]
        return word


@cache
def letter_model(language: str) -> LetterModel:
    return LetterModel(word_list(language)[:5000])


def practice_text(
    language: str,
    keys: str,
    length: int,
    rng: random.Random,
    focus: str = "",
    fill: str = PSEUDO_WORDS,
) -> str:
    """About ``length`` characters of words separated by spaces, using only ``keys``.

    Most words (about three in four) contain one of the ``focus`` characters, when any
    word can. Capitals in ``keys`` start some words; punctuation in ``keys`` ends some;
    digits in ``keys`` make some numbers. ``fill``: what stands in for real words when
    too few use only ``keys`` (``PSEUDO_WORDS`` or ``DRILLS``).
    """
    letters = {c for c in keys if c.isalpha()}
    lower = {c for c in letters if c == c.lower()}
    capitals = sorted(c for c in letters if c != c.lower())
    punctuation = sorted(c for c in keys if not c.isalnum() and not c.isspace())
    digits = sorted(c for c in keys if c.isdigit())
    real = words_typeable(word_list(language)[:4000], "".join(lower))
    focus_chars = [c for c in focus if c in keys]
    with_focus = [w for w in real if any(c in w for c in focus_chars)]
    model = letter_model(language)
    words: list[str] = []
    total = -1  # the words are joined by one space fewer than there are words
    while total < length:
        word = _next_word(rng, real, with_focus, focus_chars, lower, model, digits, fill)
        if capitals and rng.random() < 0.25:
            starting = [c for c in capitals if c.lower() in lower or not lower]
            if starting:
                word = rng.choice(starting) + word[1:] if word else rng.choice(starting)
        if punctuation and rng.random() < 0.2:
            word += rng.choice(punctuation)
        words.append(word)
        total += len(word) + 1
    return " ".join(words)


def _next_word(rng: random.Random, real: list[str], with_focus: list[str],
               focus_chars: list[str], lower: set[str], model: LetterModel,
               digits: list[str], fill: str = PSEUDO_WORDS) -> str:
    if digits and (not lower or rng.random() < 0.3):
        return "".join(rng.choice(digits) for _ in range(rng.randint(2, 4)))
    if not lower:
        return rng.choice(focus_chars) * 3 if focus_chars else ""
    if focus_chars and rng.random() < 0.75:
        if len(with_focus) >= MIN_REAL_WORDS or (with_focus and rng.random() < 0.5):
            return rng.choice(with_focus[:300])
        must = rng.choice(focus_chars)
        if fill == DRILLS:
            return drill_group(rng, lower, must)
        return model.pseudo_word(rng, lower, must=must)
    if len(real) >= MIN_REAL_WORDS or (real and rng.random() < 0.5):
        return rng.choice(real[:400])
    if fill == DRILLS:
        return drill_group(rng, lower, rng.choice(sorted(lower)))
    return model.pseudo_word(rng, lower)


def drill_group(rng: random.Random, letters: set[str], key: str) -> str:
    """A short drill of ``key`` with one other of ``letters``, as the first lessons
    have them: "fff", "fjf", "jfj", "ffj", "fj"."""
    others = sorted(letters - {key})
    other = rng.choice(others) if others else key
    pattern = rng.choice(DRILL_PATTERNS)
    return "".join(key if place == "c" else other for place in pattern)


def letter_frequency_order(language: str, alphabet: Iterable[str]) -> list[str]:
    """The letters of ``alphabet`` from the most to the least used in the language."""
    counts: defaultdict[str, float] = defaultdict(float)
    for rank, word in enumerate(word_list(language)[:5000]):
        weight = 1.0 / (1 + rank / 500)  # frequent words weigh more
        for char in word:
            counts[char] += weight
    letters = [c for c in dict.fromkeys(alphabet) if c.isalpha()]
    return sorted(letters, key=lambda c: -counts.get(c, 0.0))
