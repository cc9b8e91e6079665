"""The verifier page with the trusted centre cards written into its script element."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest

from tutor import trainer
from tutor.credentials import centre, verifier_page
from tutor.credentials.verifier_page import VerifierPageError, page_with_cards, write_verifier

NOW = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)
PAGE = ("<!doctype html><html><head><title>Check a certificate</title>\n"
        '<script id="tutor-trusted-centres" type="application/json">[]</script>\n'
        "<script>const cards = JSON.parse(document.getElementById('tutor-trusted-centres')"
        ".textContent);</script>\n</head><body><p>Drop a certificate here.</p></body></html>\n")


class Scripts(HTMLParser):
    """What a browser's HTML parser puts in each script element (the standard library's
    parser ends a script's text at ``</script``, as browsers do)."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[tuple[str | None, str]] = []
        self._open: str | None = None
        self._inside = False

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self._open, self._inside = dict(attrs).get("id"), True
            self.scripts.append((self._open, ""))

    def handle_endtag(self, tag):
        if tag == "script":
            self._inside = False

    def handle_data(self, data):
        if self._inside:
            ident, text = self.scripts[-1]
            self.scripts[-1] = (ident, text + data)


def scripts_of(page: str) -> list[tuple[str | None, str]]:
    parser = Scripts()
    parser.feed(page)
    parser.close()
    return parser.scripts


@pytest.fixture
def cards(db):
    trainer.set_password(db, "kakuma-2026")
    centre.set_up(db, "Kakuma Learning Centre", "Kakuma, Kenya", "kakuma-2026", NOW)
    return centre.trusted_cards(db)


def test_the_cards_replace_the_empty_list_and_parse_back(cards):
    page = page_with_cards(PAGE, cards)
    found = scripts_of(page)
    # Two scripts as before: the element with the cards, then the page's own code, unchanged.
    assert [ident for ident, _ in found] == ["tutor-trusted-centres", None]
    assert json.loads(found[0][1]) == cards
    assert found[1][1] == scripts_of(PAGE)[1][1]
    assert page.startswith(PAGE[:PAGE.index("[]")]) and page.endswith(PAGE[PAGE.index("[]") + 2:])


def test_a_card_cannot_end_the_script_or_open_a_comment():
    # A centre's name is typed by a person; this one tries to end the element and run code.
    evil = [{"type": "TutorCentreCard", "name": "</script><script>alert(1)</script><!--",
             "place": "</SCRIPT >"}]
    page = page_with_cards(PAGE, evil)
    # The page had two "</script" (any case); the name's two and the place's one are
    # escaped as "<\/", so it still has two, and no comment opener. The name's "<script"
    # stays as text inside the JSON: with no "<!--" before it, a browser reads it as text.
    assert page.lower().count("</script") == PAGE.lower().count("</script") == 2
    assert "<!--" not in page
    found = scripts_of(page)
    assert [ident for ident, _ in found] == ["tutor-trusted-centres", None]
    assert json.loads(found[0][1]) == evil  # JSON reads "<\/" as "</" and \u003c as "<"


def test_what_the_element_held_is_replaced_whatever_the_attributes_order():
    page = ("<html><script type='application/json' ID = 'tutor-trusted-centres'>\n"
            '  [{"old": true}]\n</script></html>')
    assert page_with_cards(page, []) == (
        "<html><script type='application/json' ID = 'tutor-trusted-centres'>[]</script></html>")


def test_an_element_named_in_a_comment_is_not_the_element():
    # The shipped page says in a comment where Tutor writes the list: the one element
    # after the comment is filled, the comment left as it is.
    comment = '<!-- Tutor fills the list in <script id="tutor-trusted-centres">. -->\n'
    page = page_with_cards(comment + PAGE, [{"name": "A"}])
    assert page.startswith(comment)
    assert json.loads(scripts_of(page)[0][1]) == [{"name": "A"}]


@pytest.mark.parametrize("page", [
    '<!-- <script id="tutor-trusted-centres">[]</script> -->',
    "<html><body>no element</body></html>",
    '<script id="tutor-trusted-centres">[]</script><script id="tutor-trusted-centres">[]</script>',
    '<script id="tutor-trusted-centres" type="application/json">[] (never closed)',
    '<div id="tutor-trusted-centres">[]</div>',
])
def test_a_page_without_exactly_one_element_is_refused(page):
    with pytest.raises(VerifierPageError, match="damaged"):
        page_with_cards(page, [])


def test_write_verifier_copies_the_page_with_the_cards(tmp_path, cards):
    source = tmp_path / "verifier.html"
    source.write_text(PAGE, encoding="utf-8")
    target = tmp_path / "usb" / "verifier.html"
    target.parent.mkdir()
    assert write_verifier(target, cards, source) == target
    found = scripts_of(target.read_text(encoding="utf-8"))
    assert json.loads(found[0][1])[0]["name"] == "Kakuma Learning Centre"
    assert json.loads(found[0][1]) == cards


def test_write_verifier_refuses_a_missing_or_oversized_page_and_an_unwritable_target(tmp_path):
    with pytest.raises(VerifierPageError, match="missing"):
        write_verifier(tmp_path / "out.html", [], tmp_path / "nowhere.html")
    big = tmp_path / "big.html"
    big.write_bytes(PAGE.encode() + b" " * verifier_page.MAX_PAGE_BYTES)
    with pytest.raises(VerifierPageError, match="damaged"):
        write_verifier(tmp_path / "out.html", [], big)
    source = tmp_path / "verifier.html"
    source.write_text(PAGE, encoding="utf-8")
    with pytest.raises(VerifierPageError, match="cannot be written") as caught:
        write_verifier(tmp_path / "no-such-folder" / "verifier.html", [], source)
    assert caught.value.params == {"name": "verifier.html"}
    assert not (tmp_path / "out.html").exists()


def test_the_shipped_page_is_looked_for_in_assets():
    assert verifier_page.verifier_source().parts[-3:] == ("assets", "credentials", "verifier.html")
