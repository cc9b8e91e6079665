#!/usr/bin/env python3
"""Write the typing course word lists ``assets/words/{en,fr,ar,sw}.txt``.

The app makes practice text from these lists at run time, keeping the words that can
be typed with the keys learned so far. One word a line, most frequent first, after one
comment line (``#``) naming the source and its licence.

- English, French, Arabic: the most frequent words of the ``wordfreq`` package
  (data CC BY-SA 4.0; https://github.com/rspeer/wordfreq). Only words written with the
  language's own letters are kept (no digits, no apostrophes or hyphens, no Latin
  letters in Arabic, no œ in French: AZERTY has no key for it). A word is also kept
  only if the Hunspell dictionary of the language accepts it (``hunspell-en-us``,
  ``hunspell-fr``, ``hunspell-ar``; in lower case for English and French), which drops
  names (john, مايكل), brands, broken tokens and Arabic spellings without hamza (الى);
  short lists of abbreviations, stray two-letter tokens and vulgar words are dropped
  too. The dictionaries are used as filters only:
  nothing of them is shipped.
- Kiswahili (wordfreq has none): the word list of Debian's ``hunspell-sw``
  (``/usr/share/hunspell/sw_TZ.dic``, LGPL-2.1-or-later, from the LibreOffice
  dictionaries; Jason M Githeko, Alberto Escudero-Pascual). Flags are stripped; lower
  case words ending in a vowel (as Kiswahili words do: this drops the dictionary's cut
  off entries and foreign tokens) with Kiswahili spelling (``c`` only in ``ch``, no
  ``q`` or ``x``, ``'`` only in ``ng'``) are kept: 3 to 6 letters, every second word of
  7 letters, and the real two-letter words. No frequencies exist, so they are in a
  fixed pseudo-random order (see ``swahili_words``).

Reproduce (Debian/Ubuntu, as root for apt-get)::

    apt-get install hunspell hunspell-en-us hunspell-fr hunspell-ar hunspell-sw
    python3 -m venv /tmp/wfvenv && /tmp/wfvenv/bin/pip install wordfreq==3.1.1
    /tmp/wfvenv/bin/python build/extract_words.py
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "assets" / "words"

WORDFREQ_COUNT = 6000  # words kept per wordfreq language
# Real two-letter Kiswahili words (the dictionary also lists bare stems such as "fa").
SWAHILI_SHORT = {"na", "ni", "wa", "ya", "za", "la", "si", "tu", "ku", "pa", "mu"}

LETTERS = {
    "en": re.compile(r"[a-z]+"),
    # No œ or æ: the AZERTY keyboard has no key for œ.
    "fr": re.compile(r"[a-zàâäçéèêëîïôöùûüÿ]+"),
    # The 36 letters of the Arabic 101 keyboard (U+0621..U+063A, U+0641..U+064A):
    # no harakat, no tatweel, no Persian/Urdu letters, no Latin.
    "ar": re.compile(r"[\u0621-\u063a\u0641-\u064a]+"),
}
# One-letter words that are real words; other single letters are tokenizer leftovers
# (French elisions l' d' j', English 's 't).
SINGLE = {"en": {"a"}, "fr": {"a", "à", "y"}, "ar": set()}
# Two-letter words kept for English and French: the others in wordfreq are mostly
# abbreviations (dr, st, pm, km, cf) or pieces of contractions (ll, re, ve).
TWO_LETTERS = {
    "en": set("to of in is it on be as at he by my or we an so me if up do no us go am oh hi ah ha ad ex ok"
              .split()),
    "fr": set("""de la le et en un du il je au ce on ne se ça tu ai ou si sa me où va ma là te as es
        vu eu ta ci ni pu an or ah oh dû lu né mi su nu bu os""".split()),
}
# Hunspell accepts these in lower case, but in a word list they are names,
# abbreviations or chat words.
NOT_WORDS = {
    "en": set("""tom ben bob don ann ted ken lee ray max mac jay iii inc ltd etc oct aug dec sec
        del der sri lbs vol ave aka tho cos bro nah yep yup ugh huh hmm com vs jan feb mar apr
        jun jul sep sept nov mon tue wed thu fri sat sun dan sam joe tim jim kim pat john
        trump christian english french german dutch""".split()),
    "fr": set("macron jésus".split()),
    # Latin letter names (سي = C, إم = M) and dialect words (مش، بس، شو، ده).
    "ar": set("سي دي تي زي آي إم إي إل إس إف دا ده شو مش بس سو دو شي مو يو جي".split()),
}
# The Arabic dictionary also drops spellings without hamza (الى for إلى, ان for أن),
# foreign names and brands, so the list teaches the standard spelling.
HUNSPELL = {"en": "en_US", "fr": "fr_FR", "ar": "ar"}

# Words not shown to adult learners in class (vulgar or sexual); the filter is on whole
# words only.
BLOCKED = {
    "en": """fuck fucking fucked fucker shit shitty bitch bitches ass asshole bastard dick
        cock pussy porn porno sex sexy slut whore damn crap nigga nigger fag faggot cunt
        boobs tits horny nude naked rape penis vagina""",
    "fr": """putain merde con conne connard connasse salope salaud pute bite couille
        couilles chier enculé encule niquer nique baise baiser cul foutre bordel branler
        porno sexe sexy pédé nègre chatte zizi""",
    "ar": """سكس نيك كس زب طيز شرموطة قحبة منيوك عاهرة متناك زبي كسمك""",
}


def wordfreq_words(language: str) -> list[str]:
    import wordfreq

    pattern, single = LETTERS[language], SINGLE[language]
    blocked = set(BLOCKED[language].split())
    seen: set[str] = set()
    words: list[str] = []
    for word in wordfreq.top_n_list(language, 40000):
        if word in seen or word in blocked or not pattern.fullmatch(word):
            continue
        if len(word) == 1 and word not in single:
            continue
        if len(word) == 2 and language in TWO_LETTERS and word not in TWO_LETTERS[language]:
            continue
        if word in NOT_WORDS[language]:
            continue
        seen.add(word)
        words.append(word)
    if language in HUNSPELL:
        rejected = hunspell_rejects(HUNSPELL[language], words)
        words = [w for w in words if w not in rejected]
    return words[:WORDFREQ_COUNT]


def hunspell_rejects(dictionary: str, words: list[str]) -> set[str]:
    result = subprocess.run(
        ["hunspell", "-i", "utf-8", "-d", dictionary, "-l"],
        input="\n".join(words), capture_output=True, text=True, encoding="utf-8", check=True,
    )
    return set(result.stdout.split())


def swahili_words() -> list[str]:
    path = Path("/usr/share/hunspell/sw_TZ.dic")
    lines = path.read_text(encoding="iso-8859-1").splitlines()[1:]  # first line: count
    spelling = re.compile(r"(?:[abdefghijklmnoprstuvwyz]|ch|ng')+")
    words = set()
    for line in lines:
        word = line.split("/")[0].strip()
        if (3 <= len(word) <= 7 or word in SWAHILI_SHORT) and word[-1] in "aeiou" \
                and spelling.fullmatch(word) and not re.search(r"[^aeiou']{4}", word):
            words.add(word)
    # Every second seven-letter word (in alphabetical order, so no letter is favoured)
    # keeps the file under 150 KB.
    sevens = sorted(w for w in words if len(w) == 7)
    words -= set(sevens[1::2])
    # No frequencies exist: a fixed pseudo-random order (by the SHA-1 of the word) makes
    # every first N words an even sample of the list, as the app reads only the first
    # few thousand words of a list (by length or alphabetically, they would all be
    # short words, or all words starting with a).
    return sorted(words, key=lambda w: hashlib.sha1(w.encode()).hexdigest())


def wordfreq_version() -> str:
    from importlib.metadata import version

    return version("wordfreq")


def sw_version() -> str:
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", "hunspell-sw"],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def write(language: str, header: str, words: list[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{language}.txt"
    path.write_text(header + "\n" + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(words)} words, {path.stat().st_size} bytes")


def main() -> int:
    version = wordfreq_version()
    names = {"en": "English", "fr": "French", "ar": "Arabic"}
    for language, name in names.items():
        filtered = " and Hunspell-checked" if language in HUNSPELL else ""
        header = (f"# {name} words, most frequent first, from wordfreq {version} "
                  f"(data CC BY-SA 4.0, https://github.com/rspeer/wordfreq){filtered}; "
                  "made by build/extract_words.py")
        write(language, header, wordfreq_words(language))
    header = (f"# Kiswahili words from Debian hunspell-sw {sw_version()} (sw_TZ.dic, "
              "LGPL-2.1-or-later, Jason M Githeko and Alberto Escudero-Pascual, "
              "LibreOffice dictionaries), in a fixed pseudo-random order (no frequencies exist); "
              "made by build/extract_words.py")
    write("sw", header, swahili_words())
    return 0


if __name__ == "__main__":
    sys.exit(main())
