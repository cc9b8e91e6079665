"""The verifier page an employer opens: ``assets/credentials/verifier.html`` with the
centre cards this installation trusts written into it.

The page holds one element
``<script id="tutor-trusted-centres" type="application/json">[]</script>``; what it holds
is replaced with the JSON list of cards. A card's text could hold ``</script>`` (a
centre's name is typed by a person), which would end the element early and let the rest
run as the page's own code, so every ``</`` becomes ``<\\/`` (the same string to
``JSON.parse``) and every ``<!--`` becomes ``\\u003c!--`` (a comment opener inside a
script changes how a browser reads what follows).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from tutor.errors import TutorError
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.paths import resource

ELEMENT_ID = "tutor-trusted-centres"
MAX_PAGE_BYTES = 8 * 2**20  # the verifier with its scripts is far smaller
# The opening tag of the element (attributes in any order); [^>]* keeps the search linear.
_OPENING = re.compile(r"<script\b[^>]*\bid\s*=\s*[\"']" + re.escape(ELEMENT_ID) + r"[\"'][^>]*>",
                      re.IGNORECASE)
_CLOSING = re.compile(r"</script\s*>", re.IGNORECASE)
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)  # (an element named in a comment is not one)
DAMAGED = QT_TRANSLATE_NOOP(
    "errors", "The verifier page in this copy of Tutor is damaged. Install Tutor again.")
MISSING = QT_TRANSLATE_NOOP(
    "errors", "The verifier page is missing from this copy of Tutor. Install Tutor again.")
NOT_WRITTEN = QT_TRANSLATE_NOOP("errors", "The file {name} cannot be written. Choose another place.")


class VerifierPageError(TutorError):
    pass


def verifier_source() -> Path:
    """The verifier page shipped with Tutor."""
    return resource("assets", "credentials", "verifier.html")


def cards_json(cards: list[dict[str, Any]]) -> str:
    """The cards as JSON that can neither end nor comment out the script element holding it."""
    text = json.dumps(cards, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("<!--", "\\u003c!--")


def page_with_cards(page: str, cards: list[dict[str, Any]]) -> str:
    """``page`` with ``cards`` as the content of its one trusted-centres element (whatever
    it held before is replaced); VerifierPageError when the page has no such element, or
    more than one."""
    comments = [(found.start(), found.end()) for found in _COMMENT.finditer(page)]
    openings = [found for found in _OPENING.finditer(page)
                if not any(start <= found.start() < end for start, end in comments)]
    if len(openings) != 1:
        raise VerifierPageError(DAMAGED)
    start = openings[0].end()
    closing = _CLOSING.search(page, start)
    if closing is None:
        raise VerifierPageError(DAMAGED)
    return page[:start] + cards_json(cards) + page[closing.start():]


def write_verifier(target: Path, cards: list[dict[str, Any]], source: Path | None = None) -> Path:
    """Write the verifier page with ``cards`` to ``target`` (UTF-8). The shipped page is
    read up to 8 MB; a bigger one is refused as damaged."""
    source = source or verifier_source()
    try:
        with source.open("rb") as file:
            data = file.read(MAX_PAGE_BYTES + 1)
    except OSError:
        raise VerifierPageError(MISSING) from None
    try:
        page = data.decode("utf-8")
    except UnicodeDecodeError:
        page = ""
    if len(data) > MAX_PAGE_BYTES or not page:
        raise VerifierPageError(DAMAGED)
    text = page_with_cards(page, cards)
    try:
        target.write_text(text, encoding="utf-8", newline="")
    except OSError:
        raise VerifierPageError(NOT_WRITTEN, name=target.name) from None
    return target
