"""Spelling, offline, in English, French, Arabic and Swahili: the Hunspell dictionaries
LibreOffice and Thunderbird use (``assets/dictionaries/``), read by ``spylls``, a Hunspell
written in pure Python (no compiled library: it runs the same from source, in the
PyInstaller bundle and on Windows). Names of the task's people and places, addresses,
links, numbers and acronyms are never flagged.

Hunspell knows case: "thursday" and "i" are words written without their capital letter,
not misspellings. They are listed apart (:func:`capitals`), as writing advice, with
sentences that start with a small letter. Pure Python.

The app checks through a child process (``tutor.spelling_worker``): :func:`misspellings`,
:func:`capitals`, :func:`suggestions` and :func:`preload` send their work there and
:func:`release` ends it; the ``..._here`` functions are the checking itself, which the
child (and the tests, the command line, a failed child) run in their own process.
The email skill (its room and its grader) is the user; jobs that ask for writing may be.
"""

from __future__ import annotations

import gc
import logging
import re
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from tutor.memory import caches_in_children, give_back
from tutor.paths import resource

if TYPE_CHECKING:
    from tutor.spelling_worker import Worker

log = logging.getLogger(__name__)

# The dictionary files of each language, in assets/dictionaries/.
DICTIONARIES = {"en": "en_US", "fr": "fr", "ar": "ar", "sw": "sw_TZ"}
# Words of office and email writing that the dictionaries lack.
EXTRA_WORDS = {
    "en": set("""email emails e-mail cv cvs wifi login online inbox spam username password
                 attachment attachments helpdesk""".split()),
    "fr": set("""mail mails e-mail e-mails mél cv wifi spam courriel courriels identifiant
                 identifiants""".split()),
    "ar": set(),
    "sw": set("""email cv barua-pepe wifi spam printa kompyuta tarakilishi intaneti simu
                 matatu boda usaili kiambatisho viambatisho nimeambatisha zilizoambatishwa
                 iliyoambatishwa ulioambatishwa""".split()),
}
# French (and English) elided forms: l'entretien, jusqu'à, aujourd'hui...
ELISIONS = ("l", "d", "j", "n", "s", "t", "m", "c", "qu", "jusqu", "lorsqu", "puisqu",
            "quoiqu", "presqu")
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
SKIP = re.compile(
    r"\S+@\S+|\b(?:https?://|www\.)\S+|\[[^\]]*\]\([^)]*\)|\b\S+\.(?:pdf|jpg|png|docx?|xlsx?)\b",
    re.IGNORECASE)
SUGGESTION_SECONDS = 1.0
# Bounds of the check, whatever the text: spylls tries every way to break a word at its
# hyphens (2**n ways: 20 hyphens took 9 s), and long words in many ways too.
MAX_CHECKED_CHARS = 10_000  # the start of a text is checked, the rest is not underlined
MAX_CHECKED_WORDS = 1_000  # ... and its first words (an unknown French word takes 4 ms)
MAX_WORD_CHARS = 60  # a longer "word" is no word (Hunspell's own limit is 100)
MAX_WHOLE_HYPHENS = 2  # more: each part is looked up alone ("mother-in-law" still is)
_lock = threading.Lock()


@dataclass(frozen=True)
class Misspelling:
    start: int
    length: int
    word: str


def supported(language: str) -> bool:
    return language in DICTIONARIES


class _CompactWords:
    """What spylls' reader calls to make each word of a ``.dic`` file, kept small.

    spylls gives every word its own set of flags, its own dictionary of data tags
    (morphology, which nothing of spylls reads back: its alternative spellings are taken
    from them while reading) and its own instance dictionary. Here a word is a
    ``_Word`` with slots (spylls only reads its five attributes, compares and orders
    words), sharing one frozenset per distinct set of flags (the Arabic dictionary has
    170,811 words and 462 sets), one empty list of alternative spellings and no data
    tags. ``benchmarks/email_spelling.py``, peak resident memory of a fresh process
    loading one dictionary, spylls alone -> shared flags -> slots too: Arabic 427 ->
    136 -> 117 MB, French 163 -> 84 -> 74 MB, English 95 -> 71 -> 62 MB, Swahili 83 -> 65
    -> 57 MB. Lookups and suggestions only test membership in ``flags``.
    """

    _NO_DATA: dict[str, list[str]] = {}  # shared, never written: spylls only reads it
    _NO_SPELLINGS: list[str] = []  # shared, never written: spylls only iterates it

    def __init__(self, word_class: Any) -> None:
        self.flag_sets: dict[frozenset[str], frozenset[str]] = {}
        self.word_class = type("_Word", (), {
            "__slots__": _WORD_FIELDS,
            "__init__": _word_init,
            "__eq__": _word_eq,
            "__hash__": None,  # as spylls' dataclass: equal by value, so not hashable
            "__lt__": word_class.__lt__,  # spylls' order (heaps of suggestions)
            "__repr__": word_class.__repr__,
        })

    def __call__(self, *, stem: str, flags: Iterable[str], data: object, captype: Any,
                 alt_spellings: list[str]) -> Any:
        key = frozenset(flags)
        return self.word_class(stem, self.flag_sets.setdefault(key, key), self._NO_DATA,
                               alt_spellings or self._NO_SPELLINGS, captype)


_WORD_FIELDS = ("stem", "flags", "data", "alt_spellings", "captype")


def _word_init(self: Any, stem: str, flags: frozenset[str], data: dict[str, list[str]],
               alt_spellings: list[str], captype: Any) -> None:
    self.stem, self.flags, self.data = stem, flags, data
    self.alt_spellings, self.captype = alt_spellings, captype


def _word_eq(self: Any, other: object) -> bool:
    if type(other) is not type(self):
        return NotImplemented
    return all(getattr(self, name) == getattr(other, name) for name in _WORD_FIELDS)


@cache
def _dictionary(language: str) -> Any:  # a spylls.hunspell.Dictionary
    from spylls.hunspell import Dictionary
    from spylls.hunspell.readers import dic as dic_reader

    # Called under _lock only: the reader's word class is swapped for this one load.
    word_class = dic_reader.dic.Word
    dic_reader.dic.Word = _CompactWords(word_class)
    try:
        dictionary = Dictionary.from_files(
            str(resource("assets", "dictionaries", DICTIONARIES[language])))
    finally:
        dic_reader.dic.Word = word_class
    # Ngram suggestions read the whole word list for each word (seconds in French and
    # Arabic): there, the edits tried first find the learner's typos.
    if language not in _DEEP_SUGGESTIONS:
        dictionary.aff.MAXNGRAMSUGS = 0
    return dictionary


def _loaded(language: str) -> Any:
    with _lock:  # one load per language, even when the room preloads it in a thread
        return _dictionary(language)


@lru_cache(maxsize=20000)
def _lookup(language: str, word: str) -> bool:
    if len(word) > MAX_WORD_CHARS or word.count("-") > MAX_WHOLE_HYPHENS:
        return False
    return bool(_loaded(language).lookup(word))


def _spelling_key(word: str) -> str:
    """A word as compared with the task's words: lower case, one kind of apostrophe,
    its accents kept (unlike ``tutor.text.fold``): "medecin" misspells "médecin"."""
    return word.replace("’", "'").lower()


def _known(language: str, word: str) -> bool:
    """Is this word (as written, with its case) in the dictionary?"""
    word = word.replace("’", "'")
    if word.lower() in EXTRA_WORDS.get(language, set()) or _lookup(language, word):
        return True
    if "'" in word:
        head, _, tail = word.partition("'")
        if head.lower() in ELISIONS and tail and _known(language, tail):
            return True
        if _lookup(language, word.replace("'", "")):
            return True
    if "-" in word:
        return all(_known(language, part) for part in word.split("-") if part)
    return language == "sw" and _swahili_verb(word)


# Swahili builds a verb from prefixes (negation, person, tense, object) and a stem, more
# forms than a word list holds: "sitaweza" is si-ta-weza, "nimeshakubali" ni-mesha-kubali.
_SW_PREFIXES = re.compile(
    r"^(?:si|ha|hatu|ham|hawa)?(?:ni|u|a|tu|m|mw|wa|i|li|ya|ki|vi|zi|ku|pa)?"
    r"(?:ta|na|me|li|ki|nge|ngali|sha|mesha|meshi|ja|ka|hu)?(?:ni|ku|m|mw|tu|wa|i|li|ya|ki|vi|zi)?$")
_SW_ENDINGS = ("yo", "o", "ye", "cho", "lo", "vyo", "zo", "ko", "po", "mo", "ni")


def _swahili_verb(word: str) -> bool:
    word = word.lower()
    for cut in range(1, len(word) - 2):
        prefix, stem = word[:cut], word[cut:]
        if not _SW_PREFIXES.match(prefix):
            continue
        stems = {stem, "ku" + stem, stem[:-1] + "a" if stem.endswith("i") else stem}
        stems |= {s[: -len(e)] for s in list(stems) for e in _SW_ENDINGS
                  if s.endswith(e) and len(s) - len(e) >= 3}
        if any(len(s) >= 3 and _lookup("sw", s) for s in stems):
            return True
    return False


def _case_only(language: str, word: str) -> str:
    """The word with the capital letter it needs ("I", "Thursday", "OK"), or "" when it
    is not a matter of case."""
    if _known(language, word):
        return ""
    # (Acronyms are short: an upper-case lookup costs a French dictionary 2.5 ms.)
    for form in (word[:1].upper() + word[1:], word.upper() if len(word) <= 6 else word):
        if form != word and _known(language, form):
            return form
    return ""


def names_in(texts: Iterable[str]) -> set[str]:
    """Every word of these texts (the task's own words: names of people, places,
    companies) in lower case, so the learner's use of them is never flagged."""
    found: set[str] = set()
    for text in texts:
        for match in WORD.finditer(text or ""):
            found.add(_spelling_key(match.group()))
            found.update(_spelling_key(p) for p in re.split(r"['’-]", match.group()))
    return found


def _words(text: str) -> Iterable[re.Match[str]]:
    blanked = SKIP.sub(lambda m: " " * len(m.group()), text)
    return WORD.finditer(blanked)


def misspellings_here(text: str, language: str, allowed: Iterable[str] = (),
                      limit: int | None = None) -> list[Misspelling]:
    """:func:`misspellings`, in this process."""
    if not supported(language) or not text:
        return []
    text = text[:MAX_CHECKED_CHARS]
    allowed_set = {_spelling_key(a) for a in allowed}
    found = []
    for n, match in enumerate(_words(text)):
        if n >= MAX_CHECKED_WORDS:
            break
        word = match.group()
        if len(word) < 2 or (word.isupper() and len(word) <= 6):  # "I", "IT", "CV", "RH"
            continue
        if _spelling_key(word) in allowed_set or _known(language, word):
            continue
        if _known(language, word.lower()) or _case_only(language, word):
            continue  # "Merci" at a line's start, "thursday": a matter of case
        start = match.start()
        head, quote, tail = word.replace("’", "'").partition("'")
        if quote and head.lower() in ELISIONS and tail:  # underline "absance" in "l'absance"
            start, word = start + len(head) + 1, word[len(head) + 1:]
        found.append(Misspelling(start, len(word), word))
        if limit is not None and len(found) >= limit:
            break
    return found


_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)([^\W\d_][^\W_]*)", re.UNICODE)


def capitals_here(text: str, language: str, allowed: Iterable[str] = (),
                  limit: int | None = None) -> list[str]:
    """:func:`capitals`, in this process."""
    if not supported(language) or not text or language == "ar":
        return []
    del allowed  # the task's words too need their capital ("thursday", "maria")
    text = text[:MAX_CHECKED_CHARS]
    needed: dict[str, None] = {}

    def full() -> bool:
        return limit is not None and len(needed) >= limit

    for match in _SENTENCE_START.finditer(SKIP.sub(" ", text)):
        word = match.group(1)
        if word[:1].islower() and not _case_only(language, word):  # "ok": "OK" below
            needed[word[:1].upper() + word[1:]] = None
            if full():
                return list(needed)
    for n, match in enumerate(_words(text)):
        word = match.group()
        if n >= MAX_CHECKED_WORDS:
            break
        if not word[:1].islower():
            continue
        if word == "i" and language == "en":
            needed["I"] = None
        elif len(word) > 1 and not _known(language, word) and (
                fixed := _case_only(language, word)):
            needed[fixed] = None
        if full():
            break
    return list(needed)


_VOWELS = "aeiouyéèêëàâîïôöûùüç"
# Languages whose dictionaries spylls searches quickly for the rarer two-edit fixes.
_DEEP_SUGGESTIONS = frozenset({"en", "sw"})


def _one_edit(word: str, letters: str) -> list[str]:
    """Words one edit away, the likeliest first: a vowel or accent changed, a letter left
    out, two swapped, a letter doubled; then any letter changed or added."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    first = [a + v + b[1:] for a, b in splits if b and b[0] in _VOWELS for v in _VOWELS]
    first += [a + b[1:] for a, b in splits if b]
    first += [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    first += [a + b[0] + b for a, b in splits if b]
    rest = [a + c + b[1:] for a, b in splits if b for c in letters]
    rest += [a + c + b for a, b in splits for c in letters]
    return list(dict.fromkeys(first + rest))


def suggestions_here(word: str, language: str, limit: int = 3,
                     seconds: float = SUGGESTION_SECONDS) -> list[str]:
    """:func:`suggestions`, in this process."""
    if not supported(language):
        return []
    dictionary = _loaded(language)
    letters = "".join(c for c in dict.fromkeys((dictionary.aff.TRY or "") + "abcdefghijklmnopqrstuvwxyz")
                      if c.isalpha() and c.islower())
    lower = word.replace("’", "'").lower()
    found: list[str] = []
    deadline = time.monotonic() + seconds
    for candidate in _one_edit(lower, letters):
        if time.monotonic() > deadline or len(found) >= limit:
            break
        if candidate == lower or candidate in found:
            continue
        if _known(language, candidate):
            found.append(candidate)
        elif fixed := _case_only(language, candidate):
            found.append(fixed)
    if len(found) < limit and language in _DEEP_SUGGESTIONS:
        for suggestion in dictionary.suggest(word.replace("’", "'")):
            if time.monotonic() > deadline or len(found) >= limit:
                break
            if _spelling_key(suggestion) not in {_spelling_key(f) for f in found} | {lower}:
                found.append(suggestion)
    if word[:1].isupper():
        found = [w[:1].upper() + w[1:] for w in found]
    return found[:limit]


def preload_here(language: str) -> None:
    """:func:`preload`, in this process."""
    if supported(language):
        _loaded(language)


# The app checks through a child process (``spelling_worker``), so that the dictionaries'
# memory goes back whole when they are released (``tutor.memory.caches_in_children``);
# tests, the command line and the grader of files check here.
_worker: Worker | None = None
_worker_failed = False  # a child failed: this session checks here


def use_worker(on: bool = True, worker: Worker | None = None) -> None:
    """Check through a child process from now on, or (``on=False``) in this process."""
    global _worker, _worker_failed
    old, _worker = _worker, None
    if old is not None:
        old.stop()
    _worker_failed = False
    if on:
        if worker is None:
            from tutor.spelling_worker import Worker

            worker = Worker()
        _worker = worker


def worker_in_use() -> Worker | None:
    """The child process checking (None: this process checks), started when the app
    keeps its caches in children."""
    if _worker is None and not _worker_failed and caches_in_children():
        use_worker()
    return _worker


def _through_worker(name: str, *args: Any) -> tuple[bool, Any]:
    """(True, the child's answer), or (False, None): check here. A child that fails once
    is not tried again in this session (a lab PC whose antivirus blocks it would
    otherwise pay a failed start at every key)."""
    global _worker, _worker_failed
    worker = worker_in_use()
    if worker is None:
        return False, None
    from tutor.spelling_worker import WorkerFailed

    try:
        return True, worker.call(name, *args)
    except WorkerFailed as exc:
        log.warning("spelling is checked in the app's own process from now on: %s", exc)
        if _worker is worker:
            _worker, _worker_failed = None, True
        worker.stop()
        return False, None


def misspellings(text: str, language: str, allowed: Iterable[str] = (),
                 limit: int | None = None) -> list[Misspelling]:
    """The misspelled words of ``text``, with where they are (for the underline). A word
    known with a capital letter ("thursday") is not a misspelling: see :func:`capitals`.
    With ``limit``, the first ``limit`` of them (an unknown word costs several lookups)."""
    if not supported(language) or not text:
        return []
    allowed = list(allowed)
    done, answer = _through_worker("misspellings", text[:MAX_CHECKED_CHARS], language,
                                   allowed, limit)
    if done:
        try:
            return [Misspelling(int(start), int(length), str(word))
                    for start, length, word in answer]
        except (TypeError, ValueError):
            log.warning("the spelling worker's answer was not a list of words")
    return misspellings_here(text, language, allowed, limit)


def capitals(text: str, language: str, allowed: Iterable[str] = (),
             limit: int | None = None) -> list[str]:
    """Words that need a capital letter, as they should be written: a sentence's first
    word, and words the dictionary knows only with a capital ("I", "Thursday",
    "London"). Arabic has no capitals. With ``limit``, the first ``limit`` of them."""
    if not supported(language) or not text or language == "ar":
        return []
    allowed = list(allowed)
    done, answer = _through_worker("capitals", text[:MAX_CHECKED_CHARS], language,
                                   allowed, limit)
    if done and isinstance(answer, list) and all(isinstance(w, str) for w in answer):
        return answer
    return capitals_here(text, language, allowed, limit)


def suggestions(word: str, language: str, limit: int = 3,
                seconds: float = SUGGESTION_SECONDS) -> list[str]:
    """A few corrections, in the case the learner used, found in at most about
    ``seconds`` of looking (the room asks for them on a right click: a second; what is
    found depends on the machine's speed, so a test that compares gives more)."""
    if not supported(language):
        return []
    done, answer = _through_worker("suggestions", word, language, limit, seconds)
    if done and isinstance(answer, list) and all(isinstance(w, str) for w in answer):
        return answer
    return suggestions_here(word, language, limit, seconds)


def release() -> None:
    """Give back the dictionaries' memory (about 40 MB in English, 100 MB in Arabic),
    e.g. once no email room is open on a lab PC that has little; the next check loads
    them again: the child process ends, or, in this process, Python returns what it can
    to the system (measured in English, 71 -> 36 MB)."""
    worker = _worker
    if worker is not None:
        worker.stop()
    with _lock:
        loaded = _dictionary.cache_info().currsize
        _dictionary.cache_clear()
        _lookup.cache_clear()
    if loaded:
        gc.collect()
        give_back()


def preload(language: str) -> None:
    """Load a dictionary ahead of use (0.5 to 4 s), e.g. when a task opens."""
    if supported(language) and not _through_worker("preload", language)[0]:
        preload_here(language)
