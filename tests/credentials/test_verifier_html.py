"""The employers' verifier page, ``assets/credentials/verifier.html``, in headless Chromium
with the network off (issue #21, point 4).

The page is opened as a ``file://`` URL in a browser context that is offline, with a route
that aborts every request that is not a file, and each test ends by checking that no such
request was made. Credentials and centre cards are made here with Tutor's own signer
(``tutor.credentials.proof.sign``) and carriers, so the page's JavaScript (its own RFC 8785,
base58, Base45, PNG and PDF readers, and the browser's Web Crypto Ed25519) is checked
against an independent implementation; every verdict is also compared with
``tutor.credentials.verify``'s on the same file.

Driven with Playwright for Python (its own browsers are never downloaded: it launches
Debian's ``/usr/bin/chromium``, which ``dev.sh`` installs with the test packages).
"""

from __future__ import annotations

import copy
import importlib.util
import io
import json
import struct
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import rfc8785
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from playwright.sync_api import Browser, Page, Route, ViewportSize, sync_playwright

from tutor.credentials import badge, carriers, multibase, proof, verify
from tutor.credentials.verifier_page import page_with_cards

ROOT = Path(__file__).parents[2]
PAGE = ROOT / "assets" / "credentials" / "verifier.html"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]
NOW = datetime.now(UTC).replace(microsecond=0)  # the page judges with the browser's clock
CENTRE = "urn:uuid:6f1c2d3e-0000-4000-8000-000000000001"
WAIT_MS = 20_000
# The tests that open the page start Chromium: "process", so ``./dev.sh fast`` leaves them out.
browser_test = pytest.mark.process
VERDICTS = {  # Python's verdict -> the page's data-verdict
    verify.Verdict.VALID: "valid", verify.Verdict.TAMPERED: "tampered",
    verify.Verdict.UNKNOWN_CENTRE: "unknown", verify.Verdict.REVOKED: "revoked",
    verify.Verdict.EXPIRED: "expired", verify.Verdict.NOT_A_CREDENTIAL: "notCredential",
}


# -- what is checked: keys, cards, credentials, files ---------------------------------------
def did_of(key: Ed25519PrivateKey) -> str:
    return multibase.did_key(proof.raw_public(key))


def make_card(key: Ed25519PrivateKey, issued: datetime, revoked: list[dict[str, str]] | None = None,
              name: str = "Kakuma Learning Centre", place: str = "Kakuma, Kenya",
              centre: str = CENTRE) -> dict[str, Any]:
    card = {"type": "TutorCentreCard", "version": 1, "centre": centre, "name": name, "place": place,
            "key": did_of(key), "revoked": revoked or [], "issued": proof.iso(issued)}
    return proof.sign(card, key, issued)


def make_credential(key: Ed25519PrivateKey, signed: datetime = NOW - timedelta(hours=1),
                    learner: str = "Amina Yusuf", years: int = 3) -> dict[str, Any]:
    achievement = badge.Achievement(
        id="urn:tutor:assessment:typing-5min:1", name="Typing test, 5 minutes",
        description="Copy a printed text for five minutes.",
        criteria="Net words per minute; at most 3 errors in 5 minutes.",
        results=(badge.ResultLine("net-wpm", "Net words per minute", "42.5"),
                 badge.ResultLine("errors", "Errors", "2")))
    issuer_card = {"key": did_of(key), "name": "Kakuma Learning Centre", "place": "Kakuma, Kenya"}
    unsigned = badge.credential(issuer_card, learner, achievement, signed - timedelta(minutes=5), signed,
                                evidence="urn:sha256:" + "ab" * 32, years=years)
    return proof.sign(unsigned, key, signed)


@pytest.fixture(scope="module")
def centre_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture(scope="module")
def card(centre_key) -> dict[str, Any]:
    return make_card(centre_key, NOW - timedelta(days=30))


@pytest.fixture(scope="module")
def credential(centre_key) -> dict[str, Any]:
    return make_credential(centre_key)


def picture_png(width: int = 8, height: int = 8) -> bytes:
    """A plain light-blue PNG drawn by hand: no QR code in it, so only its iTXt chunk can
    carry a credential."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    rows = b"".join(b"\0" + bytes((200, 220, 255)) * width for _ in range(height))
    return (carriers.PNG_SIGNATURE + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def blank_pdf() -> bytes:
    from pypdf import PdfWriter

    out = io.BytesIO()
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.write(out)
    return out.getvalue()


def compressed_pdf(files: dict[str, bytes]) -> bytes:
    """A PDF whose embedded files are FlateDecode streams (as many PDF writers make them)."""
    from pypdf import PdfWriter
    from pypdf.generic import StreamObject

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    for name, data in files.items():
        writer.add_attachment(name, data)
    objects = writer._objects  # (pypdf has no public way to compress an attachment)
    for index, obj in enumerate(objects):
        if isinstance(obj, StreamObject) and obj.get("/Type") == "/EmbeddedFile":
            objects[index] = obj.flate_encode()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def python_verdict(data: bytes, cards: list[dict[str, Any]]) -> str:
    return VERDICTS[verify.verify_bytes(data, cards, NOW).verdict]


# -- the browser ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield launched
        launched.close()


class Verifier:
    """The page in an offline context, and the requests it tried to make."""

    def __init__(self, browser: Browser, path: Path, viewport: ViewportSize, locale: str,
                 before: str | None = None) -> None:
        self.context = browser.new_context(offline=True, viewport=viewport, locale=locale,
                                           permissions=[])
        if before:
            self.context.add_init_script(before)
        self.outside: list[str] = []  # every request that is not a file of this disk
        self.context.route("**/*", self._route)
        self.page: Page = self.context.new_page()
        self.page.on("request", lambda request: self._note(request.url))
        self.errors: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-ready]", timeout=WAIT_MS)

    def _note(self, url: str) -> None:
        if not url.startswith(("file:", "data:", "blob:")):
            self.outside.append(url)

    def _route(self, route: Route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self._note(route.request.url)
            route.abort()

    def _result(self, action) -> str:
        self.page.evaluate("document.getElementById('result').removeAttribute('data-verdict')")
        action()
        self.page.wait_for_selector("#result[data-verdict]", timeout=WAIT_MS)
        return str(self.page.get_attribute("#result", "data-verdict"))

    def open(self, path: Path, input_id: str = "#file") -> str:
        return self._result(lambda: self.page.set_input_files(input_id, str(path)))

    def paste(self, text: str) -> str:
        def action() -> None:
            self.page.fill("#pasted", text)
            self.page.click("#check")
        return self._result(action)

    def drop(self, name: str, data: bytes, mime: str) -> str:
        return self._result(lambda: self.page.evaluate(
            """([name, bytes, mime]) => {
                const transfer = new DataTransfer();
                transfer.items.add(new File([new Uint8Array(bytes)], name, {type: mime}));
                document.getElementById("drop-zone").dispatchEvent(
                    new DragEvent("drop", {dataTransfer: transfer, bubbles: true, cancelable: true}));
            }""", [name, list(data), mime]))

    def text(self, selector: str) -> str:
        return self.page.inner_text(selector)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def open_verifier(browser, tmp_path) -> Iterator[Any]:
    """``open_verifier(cards=[...])``: the page as Tutor writes it, with those trusted cards."""
    opened: list[Verifier] = []

    def make(cards: list[Any] | None = None, viewport: ViewportSize | None = None,
             locale: str = "en-US", before: str | None = None) -> Verifier:
        path = tmp_path / f"verifier-{len(opened)}.html"
        path.write_text(page_with_cards(PAGE.read_text(encoding="utf-8"), cards or []), encoding="utf-8")
        verifier = Verifier(browser, path, viewport or {"width": 1024, "height": 600}, locale, before)
        opened.append(verifier)
        return verifier

    yield make
    for verifier in opened:
        outside, errors = verifier.outside, verifier.errors
        verifier.close()
        assert outside == [], "the page tried to reach the network"
        assert errors == [], "the page raised an error"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def credential_json(credential: dict[str, Any]) -> bytes:
    return json.dumps(credential, ensure_ascii=False, indent=2).encode("utf-8")


# -- the page as built ----------------------------------------------------------------------------
def test_the_committed_page_is_the_build_of_its_sources():
    spec = importlib.util.spec_from_file_location("make_verifier", ROOT / "build" / "make_verifier.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert PAGE.read_text(encoding="utf-8") == module.build()


def test_the_page_is_one_file_that_names_no_outside_resource():
    page = PAGE.read_text(encoding="utf-8")
    # Tutor fills the one trusted-centres element; with no cards the page is unchanged.
    assert page_with_cards(page, []) == page
    assert "connect-src 'none'" in page and "default-src 'none'" in page
    for attribute in ('src="http', "src='http", 'href="http', "url(http", "@import", "<link", "<iframe"):
        assert attribute not in page, attribute
    assert "Apache License" in page and "jsQR" in page  # the inlined reader's licence travels with it


# -- valid, from every carrier ----------------------------------------------------------------------
@browser_test
def test_a_valid_credential_json_shows_what_it_says(open_verifier, tmp_path, card, credential):
    path = write(tmp_path, "credential.json", credential_json(credential))
    assert python_verdict(path.read_bytes(), [card]) == "valid"
    verifier = open_verifier([card])
    assert verifier.open(path) == "valid"
    assert verifier.text("#verdict") == "Valid"
    assert "Kakuma Learning Centre signed it" in verifier.text("#explanation")
    assert verifier.text("#field-learner") == "Amina Yusuf"
    assert verifier.text("#field-achievement") == "Typing test, 5 minutes"
    assert verifier.text("#field-results").splitlines() == ["Net words per minute: 42.5", "Errors: 2"]
    assert verifier.text("#field-centre") == "Kakuma Learning Centre"
    assert verifier.text("#field-place") == "Kakuma, Kenya"
    # Valid for 3 years and 0 leap days (3 // 4 = 0): 1095 days after it was signed.
    until = NOW - timedelta(hours=1) + timedelta(days=1095)
    assert verifier.text("#field-valid-until") == f"{until:%B} {until.day}, {until.year}"
    assert verifier.text("#trusted-list").startswith(
        "Kakuma Learning Centre, Kakuma, Kenya (given with this page)")


@browser_test
def test_a_badge_png_is_valid(open_verifier, tmp_path, card, credential):
    png = carriers.png_with(picture_png(), credential)
    assert carriers.credential_in_png(png) is not None
    assert python_verdict(png, [card]) == "valid"
    assert open_verifier([card]).open(write(tmp_path, "badge.png", png)) == "valid"


@browser_test
@pytest.mark.parametrize("compressed", [False, True], ids=["plain", "flate"])
def test_a_pdf_certificate_is_valid(open_verifier, tmp_path, card, credential, compressed):
    files = {"credential.json": credential_json(credential), "evidence.json": b'{"keys": []}'}
    pdf = compressed_pdf(files) if compressed else carriers.pdf_with(blank_pdf(), files)
    assert (b"/FlateDecode" in pdf) is compressed
    assert carriers.files_in_pdf(pdf) == files  # pypdf reads back what the page must find
    assert python_verdict(pdf, [card]) == "valid"
    verifier = open_verifier([card])
    assert verifier.open(write(tmp_path, "certificate.pdf", pdf)) == "valid"
    assert verifier.text("#field-learner") == "Amina Yusuf"


@browser_test
def test_a_pasted_qr_text_is_valid_and_one_changed_letter_is_not(open_verifier, card, credential):
    text = carriers.qr_text(credential)
    assert text.startswith("TVC1:")
    verifier = open_verifier([card])
    assert verifier.paste(text) == "valid"
    assert verifier.text("#field-learner") == "Amina Yusuf"
    # The QR text is zlib data, whose Adler-32 sum catches one changed character (or the
    # Base45 group is no longer a number below 65536): the page says so plainly.
    broken = text[:40] + ("A" if text[40] != "A" else "B") + text[41:]
    assert python_verdict(broken.encode(), [card]) == "notCredential"
    assert verifier.paste(broken) == "problem"
    assert verifier.text("#verdict") == "Not a certificate"
    assert verifier.text("#explanation") == "This QR code's text is damaged or incomplete."


@browser_test
@pytest.mark.parametrize("scale", [4, 16], ids=["scan", "large-photo"])
def test_a_picture_of_the_qr_code_is_valid(open_verifier, tmp_path, card, credential, scale):
    png = carriers.qr_png(carriers.qr_text(credential), scale=scale)
    assert carriers.credential_in_png(png) is None  # read from the picture, not from a chunk
    verifier = open_verifier([card])
    assert verifier.open(write(tmp_path, "photo.png", png)) == "valid"
    assert verifier.text("#field-learner") == "Amina Yusuf"


@browser_test
def test_a_dropped_file_is_checked(open_verifier, card, credential):
    verifier = open_verifier([card])
    assert verifier.drop("credential.json", credential_json(credential), "application/json") == "valid"


# -- not valid -------------------------------------------------------------------------------------
@browser_test
def test_one_changed_letter_in_the_learners_name_is_tampered(open_verifier, tmp_path, card, credential):
    changed = copy.deepcopy(credential)
    changed["credentialSubject"]["identifier"][0]["identityHash"] = "Amina Yusef"
    data = credential_json(changed)
    assert python_verdict(data, [card]) == "tampered"
    verifier = open_verifier([card])
    assert verifier.open(write(tmp_path, "credential.json", data)) == "tampered"
    assert verifier.text("#verdict") == "Not valid: changed or false"
    assert "Do not trust this certificate" in verifier.text("#explanation")
    assert "do not trust it" in verifier.text("#result .said h3")
    # And in a badge: the same letter changed in the PNG's bytes.
    png = carriers.png_with(picture_png(), credential).replace(b"Amina Yusuf", b"Amina Yusef")
    assert python_verdict(png, [card]) == "tampered"
    assert verifier.open(write(tmp_path, "badge.png", png)) == "tampered"


@browser_test
def test_a_key_no_trusted_card_knows_is_an_unknown_centre(open_verifier, tmp_path, card):
    stranger = Ed25519PrivateKey.generate()
    data = credential_json(make_credential(stranger))
    assert python_verdict(data, [card]) == "unknown"
    verifier = open_verifier([card])
    assert verifier.open(write(tmp_path, "credential.json", data)) == "unknown"
    # The fingerprint is the key's did:key, last 12 characters, in groups of four: what the
    # centre card's page prints (tutor.credentials.multibase.fingerprint).
    did = did_of(stranger)
    expected = f"{did[-12:-8]} {did[-8:-4]} {did[-4:]}"
    assert multibase.fingerprint(did) == expected
    assert verifier.text("#field-fingerprint") == expected
    assert expected in verifier.text("#explanation")


@browser_test
def test_no_trusted_card_at_all_gives_unknown_centre_then_a_card_opened_makes_it_valid(
        open_verifier, tmp_path, card, credential):
    verifier = open_verifier([])
    assert "No centre is trusted yet" in verifier.text(".trusted")
    assert verifier.open(write(tmp_path, "credential.json", credential_json(credential))) == "unknown"
    # The employer opens the card the centre gave them: the last certificate is checked again.
    card_path = write(tmp_path, "kakuma.tutorcard.json", json.dumps(card, indent=1).encode())
    assert verifier.open(card_path, "#card-file") == "valid"
    assert "opened now, until you close this page" in verifier.text("#trusted-list")


@browser_test
def test_a_compromised_key_is_revoked(open_verifier, tmp_path, card, centre_key, credential):
    new_key = Ed25519PrivateKey.generate()
    withdrawn = {"key": did_of(centre_key), "on": proof.iso(NOW - timedelta(days=1)), "reason": "compromised"}
    newer = make_card(new_key, NOW - timedelta(days=1), [withdrawn])
    data = credential_json(credential)  # signed an hour ago, after the key was withdrawn...
    assert python_verdict(data, [newer]) == "revoked"
    # ...and one signed before then is revoked too: a stolen key may have signed it.
    older = credential_json(make_credential(centre_key, NOW - timedelta(days=3)))
    assert python_verdict(older, [newer]) == "revoked"
    # Both cards given: of one centre's two cards, the later issued counts.
    verifier = open_verifier([card, newer])
    assert verifier.open(write(tmp_path, "credential.json", data)) == "revoked"
    assert verifier.open(write(tmp_path, "older.json", older)) == "revoked"
    assert verifier.text("#verdict") == "Not valid: the centre withdrew its key"
    assert "the key was lost or stolen" in verifier.text("#explanation")
    assert verifier.page.locator("#trusted-list li").count() == 1


@browser_test
def test_a_replaced_key_keeps_what_it_signed_before(open_verifier, tmp_path, centre_key):
    new_key = Ed25519PrivateKey.generate()
    replaced_on = NOW - timedelta(days=2)
    newer = make_card(new_key, replaced_on,
                      [{"key": did_of(centre_key), "on": proof.iso(replaced_on), "reason": "replaced"}])
    before = credential_json(make_credential(centre_key, replaced_on - timedelta(days=1)))
    after = credential_json(make_credential(centre_key, replaced_on + timedelta(hours=1)))
    assert python_verdict(before, [newer]) == "valid" and python_verdict(after, [newer]) == "revoked"
    verifier = open_verifier([newer])
    assert verifier.open(write(tmp_path, "before.json", before)) == "valid"
    assert verifier.open(write(tmp_path, "after.json", after)) == "revoked"
    assert "the key was replaced" in verifier.text("#explanation")


@browser_test
def test_a_credential_past_its_valid_until_is_expired(open_verifier, tmp_path, card, centre_key):
    # Signed 4 years ago, valid 3 years: it ended about a year ago.
    old = make_credential(centre_key, NOW - timedelta(days=4 * 365), years=3)
    data = credential_json(old)
    assert python_verdict(data, [card]) == "expired"
    verifier = open_verifier([card])
    assert verifier.open(write(tmp_path, "old.json", data)) == "expired"
    until = datetime.fromisoformat(old["validUntil"].replace("Z", "+00:00"))
    assert f"{until:%B} {until.day}, {until.year}" in verifier.text("#explanation")


@browser_test
def test_a_credential_dated_in_the_future_is_tampered(open_verifier, tmp_path, card, centre_key):
    data = credential_json(make_credential(centre_key, NOW + timedelta(days=3)))
    assert python_verdict(data, [card]) == "tampered"
    assert open_verifier([card]).open(write(tmp_path, "future.json", data)) == "tampered"


@browser_test
def test_a_credential_whose_issuer_is_another_key_is_tampered(open_verifier, tmp_path, card, centre_key):
    # Signed by the centre's key but naming another key as its issuer.
    other = make_credential(Ed25519PrivateKey.generate())
    unsigned = {k: v for k, v in other.items() if k != "proof"}
    data = credential_json(proof.sign(unsigned, centre_key, NOW - timedelta(hours=1)))
    assert python_verdict(data, [card]) == "tampered"
    assert open_verifier([card]).open(write(tmp_path, "swapped.json", data)) == "tampered"


@browser_test
def test_a_browser_without_ed25519_says_so_and_never_calls_a_credential_tampered(
        open_verifier, tmp_path, card, credential):
    # As in Chrome before version 137: Web Crypto refuses the algorithm "Ed25519".
    older = """(() => {
        const importKey = crypto.subtle.importKey.bind(crypto.subtle);
        crypto.subtle.importKey = (format, data, algorithm, ...rest) =>
            (algorithm && algorithm.name === "Ed25519")
                ? Promise.reject(new DOMException("Algorithm: Unrecognized name", "NotSupportedError"))
                : importKey(format, data, algorithm, ...rest);
    })();"""
    verifier = open_verifier([], before=older)
    assert verifier.open(write(tmp_path, "credential.json", credential_json(credential))) == "noCrypto"
    assert verifier.text("#verdict") == "This browser cannot check signatures"
    assert "Chrome or Edge 137 or newer" in verifier.text("#explanation")


# -- what is not a credential ------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "data", "message"), [
    ("garbage.bin", bytes(range(256)) * 40, "This file is damaged"),
    ("empty.json", b"", "There is no Tutor certificate"),
    ("list.json", b"[1, 2, 3]", "There is no Tutor certificate"),
    ("letter.txt", "Dear employer, \u00e9l\u00e8ve".encode(), "There is no Tutor certificate"),
    ("broken.png", carriers.PNG_SIGNATURE + b"\xff\xff\xff\xffiTXt", "This file is damaged"),
    ("plain.png", picture_png(), "No QR code could be read"),
    ("blank.pdf", blank_pdf(), "This PDF file has no certificate"),
    ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /EmbeddedFile /Filter /FlateDecode /Length 9 >>\nstream\n"
                   b"not zlib!\nendstream\nendobj\n", "This PDF file has no certificate"),
    ("deep.json", b"[" * 60_000, "There is no Tutor certificate"),
])
@browser_test
def test_a_file_with_no_credential_is_said_plainly(open_verifier, tmp_path, name, data, message):
    verifier = open_verifier([])
    assert verifier.open(write(tmp_path, name, data)) in ("notCredential", "problem")
    assert verifier.text("#verdict") == "Not a certificate"
    assert message in verifier.text("#explanation")
    # The page still works after it.
    assert verifier.paste("hello") == "notCredential"


@browser_test
def test_a_file_over_20_mb_is_refused_unread(open_verifier, tmp_path):
    path = tmp_path / "huge.pdf"
    with path.open("wb") as file:
        file.truncate(20 * 2**20 + 1)
    verifier = open_verifier([])
    assert verifier.open(path) == "problem"
    assert "larger than 20 MB" in verifier.text("#explanation")


@browser_test
def test_an_empty_box_asks_for_the_text(open_verifier):
    verifier = open_verifier([])
    assert verifier.paste("   ") == "problem"
    assert "The box is empty" in verifier.text("#explanation")


# -- centre cards ---------------------------------------------------------------------------------
@browser_test
def test_a_card_whose_proof_is_wrong_is_refused(open_verifier, tmp_path, card, credential):
    forged = copy.deepcopy(card)
    forged["name"] = "Kakuma Learning Centre (forged)"
    # Given with the page: refused, said, and not trusted.
    verifier = open_verifier([forged])
    assert "1 centre card(s) given with this page were refused" in verifier.text("#trusted-warning")
    assert verifier.page.locator("#trusted-list li").count() == 0
    assert verifier.open(write(tmp_path, "credential.json", credential_json(credential))) == "unknown"
    # Opened as a file: refused too.
    forged_path = write(tmp_path, "forged.json", json.dumps(forged).encode())
    assert verifier.open(forged_path, "#card-file") == "cardRefused"
    assert verifier.text("#verdict") == "Centre card refused"
    assert verifier.page.locator("#trusted-list li").count() == 0
    # A card signed by another key than the one it names is refused as well.
    stranger = Ed25519PrivateKey.generate()
    unsigned = {k: v for k, v in card.items() if k != "proof"}
    resigned = proof.sign(unsigned, stranger, NOW)
    assert verifier.open(write(tmp_path, "resigned.json", json.dumps(resigned).encode()),
                         "#card-file") == "cardRefused"


@browser_test
def test_a_card_opened_before_any_credential_is_listed(open_verifier, tmp_path, card):
    verifier = open_verifier([])
    assert verifier.open(write(tmp_path, "card.json", json.dumps(card).encode()), "#card-file") == "cardAdded"
    assert "Kakuma Learning Centre (Kakuma, Kenya)" in verifier.text("#explanation")
    fingerprint = multibase.fingerprint(card["key"])
    assert fingerprint in verifier.text("#trusted-list")
    # A centre card's QR code (TCC1:) pasted is trusted the same way.
    other = make_card(Ed25519PrivateKey.generate(), NOW, name="Nakivale Centre", place="Isingiro, Uganda",
                      centre="urn:uuid:6f1c2d3e-0000-4000-8000-000000000002")
    assert verifier.paste(carriers.qr_text(other, prefix=carriers.CARD_QR_PREFIX)) == "cardAdded"
    assert verifier.page.locator("#trusted-list li").count() == 2


# -- the page's own pieces against Python's -------------------------------------------------------
@browser_test
def test_the_pages_canonical_json_and_base45_agree_with_python(open_verifier):
    verifier = open_verifier([])
    # RFC 8785 section 3.2.3's sorting example: keys by UTF-16 code units, so "\r" (U+000D)
    # before "1" before "\u0080" before "\u00f6" before "\u20ac" before "\U0001f600"
    # (UTF-16 D83D DE00) before "\ufb33" (FB33 > D83D).
    value: dict[str, Any] = {
        "\u20ac": "Euro Sign", "\r": "Carriage Return", "\ufb33": "Hebrew Letter Dalet With Dagesh",
        "1": "One", "\U0001f600": "Emoji: Grinning Face", "\u0080": "Control",
        "\u00f6": "Latin Small Letter O With Diaeresis",
        "numbers": [333333333.33333329, 1e30, 4.50, 2e-3, 0.000000000000000000000000001, -0.0, 1e21,
                    1e-7],
        "literals": [None, True, False], "string": "\u20ac$\u000f\u000aA'\u0042\u0022\u005c\\\"/"}
    page = verifier.page.evaluate("value => TutorVerifier.canonical(value)", value)
    assert page.encode("utf-8") == rfc8785.dumps(value)
    # RFC 8785's own number examples (ECMAScript's shortest form): 333333333.33333329 has 17
    # significant digits, of which 16 round-trip; 1e30 and 1e21 keep the exponent form
    # (21 digits or more), 2e-3 is 0.002 (exponent above -7), 1e-27 stays exponent; -0 is 0.
    assert '"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27,0,1e+21,1e-7]' in page
    assert page.index('"\\r"') < page.index('"1"') < page.index('"\u20ac"') < page.index('"\U0001f600"') \
        < page.index('"\ufb33"')
    # RFC 9285's examples: "AB" = 65 * 256 + 66 = 16706 = 11 + 45 * (11 + 45 * 8) -> "BB8";
    # "ietf!" -> "QED8WEX0".
    for text, data in (("BB8", b"AB"), ("QED8WEX0", b"ietf!"), ("%69 VD92EX0", b"Hello!!")):
        assert verifier.page.evaluate("t => Array.from(TutorVerifier.base45(t))", text) == list(data)
        assert carriers.b45encode(data) == text


@browser_test
def test_the_page_verifies_the_published_eddsa_jcs_2022_vector(open_verifier):
    """Digital Bazaar's vector (signed by another implementation) verifies in the page; one
    changed letter does not."""
    vector = json.loads((Path(__file__).parent / "w3c_eddsa_jcs_2022_vector.json").read_text())
    verifier = open_verifier([])
    check = "doc => TutorVerifier.checkProof(doc).then(r => r.ok && r.did)"
    assert verifier.page.evaluate(check, vector) == vector["issuer"]
    vector["credentialSubject"]["alumniOf"] = "The School of Examplez"
    assert verifier.page.evaluate(check, vector) is False


# -- languages, screens, print, camera ---------------------------------------------------------------
@browser_test
def test_the_page_speaks_french_and_arabic_right_to_left(open_verifier, tmp_path, card, credential):
    verifier = open_verifier([card], locale="fr-FR")
    assert verifier.page.input_value("#language") == "fr"
    assert verifier.text("#open") == "Ouvrir un fichier"
    assert verifier.open(write(tmp_path, "credential.json", credential_json(credential))) == "valid"
    assert verifier.text("#verdict") == "Valide"
    verifier.page.select_option("#language", "ar")
    assert verifier.page.evaluate("document.documentElement.dir") == "rtl"
    assert verifier.text("#verdict") == "صالحة"
    verifier.page.select_option("#language", "sw")
    assert verifier.text("#verdict") == "Halali"
    assert verifier.page.evaluate("document.documentElement.dir") == "ltr"


@browser_test
def test_every_language_has_every_string(open_verifier):
    verifier = open_verifier([])
    missing = verifier.page.evaluate("""() => {
        const out = {};
        for (const code of Object.keys(STRINGS)) {
            out[code] = Object.keys(STRINGS.en).filter(k => !STRINGS[code][k]);
        }
        return out;
    }""")
    assert missing == {"en": [], "fr": [], "ar": [], "sw": []}


@pytest.mark.parametrize("viewport", [{"width": 1024, "height": 600}, {"width": 360, "height": 740}],
                         ids=["lab-pc", "phone"])
@browser_test
def test_the_page_fits_a_small_screen(open_verifier, tmp_path, card, credential, viewport):
    verifier = open_verifier([card], viewport=viewport)
    box = verifier.page.locator("#open").bounding_box()
    assert box is not None and box["y"] + box["height"] <= viewport["height"]  # seen without scrolling
    assert verifier.open(write(tmp_path, "credential.json", credential_json(credential))) == "valid"
    for language in ("en", "ar"):
        verifier.page.select_option("#language", language)
        width = verifier.page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"], language
    verdict = verifier.page.locator("#verdict").bounding_box()
    assert verdict is not None and verdict["width"] > 0


@browser_test
def test_printing_shows_the_result_and_hides_the_buttons(open_verifier, tmp_path, card, credential):
    verifier = open_verifier([card])
    assert verifier.open(write(tmp_path, "credential.json", credential_json(credential))) == "valid"
    verifier.page.emulate_media(media="print")
    assert verifier.page.is_visible("#verdict") and verifier.page.is_visible("#field-learner")
    for button in ("#open", "#check", "#print", "#open-card", "#pasted"):
        assert not verifier.page.is_visible(button), button
    verifier.page.emulate_media(media="screen")
    assert verifier.page.is_visible("#open")


@browser_test
def test_with_no_camera_the_scan_button_says_so(open_verifier):
    verifier = open_verifier([])
    assert verifier.page.is_visible("#scan")
    verifier.page.click("#scan")
    verifier.page.wait_for_selector("#camera-message:not(:empty)", timeout=WAIT_MS)
    assert "No camera could be opened" in verifier.text("#camera-message")
    assert verifier.page.is_hidden("#camera-box")
