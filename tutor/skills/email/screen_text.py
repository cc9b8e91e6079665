"""How the mail client writes names, addresses, subjects and dates on the screen.

Pure Python (no Qt). Two rules:

- **Directions.** An address (``Fatima <fatima@centre.example>``) or a subject
  (``Re: ورشة``) mixes left-to-right and right-to-left text. Laid out in a right-to-left
  line without care, its brackets and colons land on the wrong side
  (``<Fatima <fatima@…``, ``ورشة :Re``). So each one shown is *isolated* (Unicode FSI …
  PDI: its own direction inside, none leaking out), the address in angle brackets and the
  protocol prefixes of a subject ("Re:", "Fwd:", "TR :") are isolated left to right (LRI …
  PDI), and a mark of the text's own direction goes before it, so a label that finds
  its direction from its first letter (isolates skipped) finds the right one. Text that has no right-to-left
  letter, on a left-to-right screen, is left as it is.
- **Dates.** One date pattern for every date on the client's screen (the message list,
  the message read, the quote header of a reply): the locale's short date with the
  year in full (``4/6/26`` is read three ways), then the locale's short time.
"""

from __future__ import annotations

import re
import unicodedata

FSI, LRI, RLI, PDI = "\u2068", "\u2066", "\u2067", "\u2069"
LRM, RLM = "\u200e", "\u200f"
CONTROLS = frozenset((FSI, LRI, RLI, PDI, LRM, RLM, "\u202a", "\u202b", "\u202c",
                      "\u202d", "\u202e", "\u061c"))

# "Re:", "RE :", "Fwd:", "TR :", "Re: Fwd:"... at the start of a subject (Latin letters:
# the protocol's words, as every client writes them whatever the language).
_PREFIXES = re.compile(r"^(?:[A-Za-zÀ-ÿ]{1,4}\s?:\s*)+")
_ADDRESS = re.compile(r"^(.*?)\s*<([^<>]*)>\s*$")


def plain(text: str) -> str:
    """``text`` without the direction marks added for the screen (what was written)."""
    return "".join(c for c in text if c not in CONTROLS)


def direction(text: str) -> str | None:
    """"rtl" or "ltr": the direction of the first strong letter of ``text`` (isolated
    runs skipped, as the Unicode rule does), or None when it has none."""
    depth = 0
    for char in text:
        if char in (FSI, LRI, RLI):
            depth += 1
        elif char == PDI:
            depth = max(0, depth - 1)
        elif depth == 0:
            kind = unicodedata.bidirectional(char)
            if kind == "L":
                return "ltr"
            if kind in ("R", "AL"):
                return "rtl"
    return None


def has_right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def _needed(text: str, right_to_left: bool) -> bool:
    return bool(text) and (right_to_left or has_right_to_left(text))


def isolate(text: str) -> str:
    """``text`` as one isolated run in its own direction, its direction's mark before."""
    return _mark(text) + FSI + text + PDI


def _mark(text: str) -> str:
    return RLM if direction(text) == "rtl" else LRM


def subject_text(subject: str, right_to_left: bool) -> str:
    """A subject as shown: its prefixes ("Re:", "Fwd:") left to right, the colon after
    the word, and the whole isolated in the direction of its words."""
    if not _needed(subject, right_to_left):
        return subject
    match = _PREFIXES.match(subject)
    if match is None:
        return isolate(subject)
    prefix, rest = match.group(0), subject[match.end():]
    spaces = prefix[len(prefix.rstrip()):]
    return _mark(rest) + FSI + LRI + prefix.rstrip() + PDI + spaces + rest + PDI


def name_text(name: str, right_to_left: bool) -> str:
    """A name alone (the list's "From" column), isolated when it has to be."""
    return isolate(name) if _needed(name, right_to_left) else name


def address_text(entry: str, right_to_left: bool) -> str:
    """``Name <address>`` as shown: the name in its own direction, the address with
    its angle brackets left to right."""
    if not _needed(entry, right_to_left):
        return entry
    match = _ADDRESS.match(entry.strip())
    if match is None:  # a bare address
        return LRI + entry.strip() + PDI
    name, address = match.group(1).strip().strip('"'), match.group(2).strip()
    bracketed = LRI + "<" + address + ">" + PDI
    if not name:
        return bracketed
    return _mark(name) + FSI + name + " " + bracketed + PDI


def addresses_text(entries: tuple[str, ...] | list[str], right_to_left: bool) -> str:
    return ", ".join(address_text(e, right_to_left) for e in entries)


def date_pattern(short_date: str, short_time: str) -> str:
    """The one pattern (Qt's date-time letters) for every date on the mail client's
    screen, from the locale's short date and time patterns: the year in full."""
    date = re.sub(r"(?<!y)y{1,2}(?!y)", "yyyy", short_date)
    return f"{date} {short_time}"
