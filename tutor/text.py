"""Comparing words as people write them: one ``fold`` for names, answers and keywords."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """A key to compare text by: lower case, no accents or Arabic short vowels, one kind
    of apostrophe and comma, the Arabic letters people write either way at the end of a
    word made one (ة/ه, ى/ي), spaces collapsed. "  Amina  Élodie " and "amina elodie"
    fold the same."""
    text = text.casefold().replace("’", "'").replace("،", ",")
    text = text.replace("ة", "ه").replace("ى", "ي")
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", text).strip()
