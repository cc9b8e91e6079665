"""The credentials' core: proofs, the centre's key and card, credentials and their
verdicts, and the files that carry them. Signatures are also checked with libsodium
(PyNaCl), an implementation independent of ``cryptography``, so these tests do not only
agree with themselves."""

from __future__ import annotations

import copy
import hashlib
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import nacl.signing
import pytest
import rfc8785
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tutor import trainer
from tutor.credentials import badge, carriers, centre, multibase, proof, verify
from tutor.credentials.verify import Verdict

HERE = Path(__file__).parent
NOW = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)
PASSWORD = "trainer-secret"


def achievement() -> badge.Achievement:
    return badge.Achievement(
        id="urn:tutor:assessment:typing-5min:1", name="Typing test, 5 minutes",
        description="Copy a printed text for five minutes.",
        criteria="Net words per minute; at most 3 errors in 5 minutes.",
        results=(badge.ResultLine("net-wpm", "Net words per minute", "42.5"),
                 badge.ResultLine("errors", "Errors", "2")))


@pytest.fixture
def kakuma(db):
    trainer.set_password(db, PASSWORD)
    return centre.set_up(db, "Kakuma  Learning Centre", "Kakuma, Kenya", PASSWORD, NOW)


def issued(kakuma: centre.Centre, when: datetime = NOW, learner: str = "Amina Yusuf") -> dict:
    unsigned = badge.credential(kakuma.card, learner, achievement(), when - timedelta(minutes=5),
                                when, evidence="urn:sha256:" + "ab" * 32)
    return badge.issue(kakuma, unsigned, when)


# -- the proof ---------------------------------------------------------------------------
def test_the_published_eddsa_jcs_2022_test_vector_verifies():
    """Digital Bazaar's vector for eddsa-jcs-2022 (the W3C suite's interoperability
    tests): another implementation signed it, ours verifies it, and one changed letter
    breaks it."""
    vector = json.loads((HERE / "w3c_eddsa_jcs_2022_vector.json").read_text())
    checked = proof.check(vector)
    assert checked.ok and checked.did == vector["issuer"]
    vector["credentialSubject"]["alumniOf"] = "The School of Examplez"
    assert not proof.check(vector).ok


def test_a_proof_is_ed25519_over_the_two_canonical_hashes_checked_by_libsodium():
    """Recompute hashData by hand from the spec (SHA-256 of the canonical proof options
    with the document's context, then of the canonical document) and let libsodium check
    the signature against the key decoded from the did:key."""
    key = Ed25519PrivateKey.generate()
    document = {"@context": ["https://www.w3.org/ns/credentials/v2"], "name": "Fatuma", "b": [1, 2.5]}
    signed = proof.sign(document, key, NOW)
    options = {k: v for k, v in signed["proof"].items() if k != "proofValue"}
    options["@context"] = document["@context"]
    hash_data = (hashlib.sha256(rfc8785.dumps(options)).digest()
                 + hashlib.sha256(rfc8785.dumps(document)).digest())
    did = signed["proof"]["verificationMethod"].split("#")[0]
    verify_key = nacl.signing.VerifyKey(multibase.public_key(did))
    signature = multibase.from_multibase(signed["proof"]["proofValue"])
    verify_key.verify(hash_data, signature)  # raises BadSignatureError if not
    with pytest.raises(nacl.exceptions.BadSignatureError):
        verify_key.verify(hash_data[:-1] + bytes([hash_data[-1] ^ 1]), signature)


def test_a_signature_made_by_libsodium_verifies_here():
    signer = nacl.signing.SigningKey.generate()
    did = multibase.did_key(bytes(signer.verify_key))
    document = {"name": "Yusuf", "proof": {
        "type": "DataIntegrityProof", "cryptosuite": "eddsa-jcs-2022",
        "created": "2026-12-06T10:00:00Z", "verificationMethod": multibase.verification_method(did),
        "proofPurpose": "assertionMethod"}}
    options = document["proof"]
    hash_data = (hashlib.sha256(rfc8785.dumps(options)).digest()
                 + hashlib.sha256(rfc8785.dumps({"name": "Yusuf"})).digest())
    options["proofValue"] = multibase.multibase(signer.sign(hash_data).signature)
    assert proof.check(document).ok


def test_base58_and_did_key_round_trip_and_refuse_what_is_not_one():
    key = bytes(range(32))
    did = multibase.did_key(key)
    assert did.startswith("did:key:z6Mk") and multibase.public_key(did) == key
    assert multibase.b58decode(multibase.b58encode(b"\0\0abc")) == b"\0\0abc"
    for wrong in ("did:web:example.org", "did:key:z0OIl", "did:key:z" + "1" * 500, "did:key:zabc"):
        with pytest.raises(multibase.MultibaseError):
            multibase.public_key(wrong)


# -- the centre ------------------------------------------------------------------------------
def test_the_centre_key_opens_only_with_the_trainer_password(db, kakuma):
    assert kakuma.card["name"] == "Kakuma Learning Centre"  # spaces tidied
    assert centre.card_problem(kakuma.card) is None
    assert centre.unlock(db, PASSWORD).did == kakuma.did
    with pytest.raises(centre.CentreError):
        centre.unlock(db, "not-the-password")
    with pytest.raises(centre.CentreError):  # no second key over the first
        centre.set_up(db, "Another", "", PASSWORD, NOW)
    stored = centre._load_key  # the stored PEM is encrypted: no key without a password
    from tutor.store.app_settings import get_setting

    pem = get_setting(db, centre.KEY_SETTING)
    assert "ENCRYPTED PRIVATE KEY" in pem
    with pytest.raises(centre.CentreError):
        stored(pem, "")


def test_set_up_needs_the_trainer_password(db):
    trainer.set_password(db, PASSWORD)
    with pytest.raises(centre.CentreError):
        centre.set_up(db, "Centre", "", "wrong-one", NOW)
    assert centre.centre_card(db) is None


def test_a_backup_moves_the_centre_to_another_pc(db, kakuma, tmp_path):
    from tutor.store.db import open_database

    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        trainer.set_password(other, "other-pc-password")
        data = centre.backup(db, PASSWORD)
        with pytest.raises(centre.CentreError):
            centre.restore(other, data, "wrong", "other-pc-password", NOW)
        moved = centre.restore(other, data, PASSWORD, "other-pc-password", NOW)
        assert moved.card == kakuma.card
        assert centre.unlock(other, "other-pc-password").did == kakuma.did
        with pytest.raises(centre.CentreError):
            centre.restore(other, b'{"type": "TutorCentreBackup"}', PASSWORD, "other-pc-password", NOW)
    finally:
        other.dispose()


def test_a_card_changed_by_hand_is_refused(kakuma):
    card = copy.deepcopy(kakuma.card)
    card["name"] = "Another Centre"
    assert centre.card_problem(card) == "its signature does not hold"
    with pytest.raises(centre.CentreError):
        centre.parse_card(json.dumps(card).encode())
    # signed properly, but by a key that is not the card's own
    thief = Ed25519PrivateKey.generate()
    forged = proof.sign({k: v for k, v in kakuma.card.items() if k != "proof"}, thief, NOW)
    assert centre.card_problem(forged) == "not signed by its own key"


# -- verdicts -------------------------------------------------------------------------------
def test_a_credential_verifies(kakuma):
    credential = issued(kakuma)
    result = verify.verify_credential(credential, [kakuma.card], NOW + timedelta(days=30))
    assert result.verdict is Verdict.VALID
    assert result.english().startswith("Valid: Kakuma Learning Centre signed")
    said = verify.summary(credential)
    assert said["learner"] == "Amina Yusuf" and "Net words per minute: 42.5" in said["results"]


def _leaves(value, path=()):
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _leaves(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _leaves(inner, (*path, index))
    else:
        yield path


def test_changing_any_value_of_a_credential_makes_it_tampered(kakuma):
    """Every leaf of the credential outside the proof's signature itself, changed one at
    a time: none gives anything but "tampered" (a changed proofValue or method too)."""
    credential = issued(kakuma)
    leaves = list(_leaves(credential))
    assert len(leaves) > 30
    for path in leaves:
        changed = copy.deepcopy(credential)
        holder = changed
        for part in path[:-1]:
            holder = holder[part]
        old = holder[path[-1]]
        holder[path[-1]] = (not old) if isinstance(old, bool) else (
            old + 1 if isinstance(old, int) else str(old) + "x")
        verdict = verify.verify_credential(changed, [kakuma.card], NOW).verdict
        assert verdict is Verdict.TAMPERED, path


def test_changing_any_byte_of_the_json_file_never_passes(kakuma):
    credential = issued(kakuma)
    data = json.dumps(credential, indent=1).encode()
    seen = set()
    for index in range(0, len(data), 7):
        for replacement in (b"0", b"X"):
            if data[index:index + 1] == replacement:
                continue
            changed = data[:index] + replacement + data[index + 1:]
            verdict = verify.verify_bytes(changed, [kakuma.card], NOW).verdict
            seen.add(verdict)
            # Whitespace between tokens is outside what is signed: the same credential.
            if verdict is Verdict.VALID:
                assert json.loads(changed) == credential
    assert Verdict.TAMPERED in seen


def test_a_credential_signed_with_another_key_is_tampered_or_unknown(kakuma):
    credential = issued(kakuma)
    thief = Ed25519PrivateKey.generate()
    resigned = proof.sign(credential, thief, NOW)  # issuer.id still names the centre's key
    assert verify.verify_credential(resigned, [kakuma.card], NOW).verdict is Verdict.TAMPERED
    # A thief who also names their own key as the issuer: an unknown centre.
    thief_did = multibase.did_key(proof.raw_public(thief))
    own = {**credential, "issuer": {**credential["issuer"], "id": thief_did}}
    result = verify.verify_credential(proof.sign(own, thief, NOW), [kakuma.card], NOW)
    assert result.verdict is Verdict.UNKNOWN_CENTRE
    assert multibase.fingerprint(thief_did) in result.english()


def test_a_centre_not_trusted_is_unknown(kakuma):
    assert verify.verify_credential(issued(kakuma), [], NOW).verdict is Verdict.UNKNOWN_CENTRE


def test_a_compromised_key_revokes_every_credential_it_signed(db, kakuma):
    before = issued(kakuma, NOW - timedelta(days=100))
    new = centre.replace_key(db, PASSWORD, "compromised", NOW)
    assert new.card["revoked"][0]["key"] == kakuma.did
    assert new.card["centre"] == kakuma.card["centre"] and new.did != kakuma.did
    for card_set in ([new.card], centre.trusted_cards(db), centre.newest_per_centre([kakuma.card, new.card])):
        assert verify.verify_credential(before, card_set, NOW).verdict is Verdict.REVOKED
    assert verify.verify_credential(issued(new), [new.card], NOW).verdict is Verdict.VALID


def test_a_replaced_key_keeps_what_it_signed_before(db, kakuma):
    before = issued(kakuma, NOW - timedelta(days=10))
    new = centre.replace_key(db, PASSWORD, "replaced", NOW)
    assert verify.verify_credential(before, [new.card], NOW).verdict is Verdict.VALID
    after = issued(kakuma, NOW + timedelta(hours=1))  # the old key used after its end
    assert verify.verify_credential(after, [new.card], NOW + timedelta(hours=2)).verdict is Verdict.REVOKED


def test_an_expired_credential_and_one_from_the_future(kakuma):
    credential = issued(kakuma)
    until = datetime.fromisoformat(credential["validUntil"].replace("Z", "+00:00"))
    assert until - NOW >= timedelta(days=3 * 365)
    result = verify.verify_credential(credential, [kakuma.card], until + timedelta(seconds=1))
    assert result.verdict is Verdict.EXPIRED and until.date().isoformat() in result.english()
    assert verify.verify_credential(credential, [kakuma.card], until).verdict is Verdict.VALID
    future = issued(kakuma, NOW + timedelta(days=3))
    assert verify.verify_credential(future, [kakuma.card], NOW).verdict is Verdict.TAMPERED


def test_trusting_cards_keeps_the_newest_per_centre(db, kakuma):
    new = centre.replace_key(db, PASSWORD, "replaced", NOW + timedelta(days=1))
    other_db_card = kakuma.card  # a partner still holding the old card
    centre.trust(db, other_db_card)
    cards = centre.trusted_cards(db)
    assert [c["key"] for c in cards] == [new.did]
    partner_key = Ed25519PrivateKey.generate()
    partner = centre._signed_card(partner_key, "urn:uuid:partner", "Dzaleka Centre", "Malawi", [], NOW)
    centre.trust(db, partner)
    assert {c["name"] for c in centre.trusted_cards(db)} == {"Kakuma Learning Centre", "Dzaleka Centre"}
    centre.forget(db, "urn:uuid:partner")
    assert [c["name"] for c in centre.trusted_cards(db)] == ["Kakuma Learning Centre"]


# -- carriers ----------------------------------------------------------------------------------
def _png() -> bytes:
    import segno

    out = io.BytesIO()
    segno.make("badge").save(out, kind="png", scale=2)
    return out.getvalue()


def test_a_badge_png_carries_the_credential(kakuma):
    credential = issued(kakuma)
    png = carriers.png_with(_png(), credential)
    assert verify.verify_bytes(png, [kakuma.card], NOW).verdict is Verdict.VALID
    again = carriers.png_with(png, credential)  # baked twice: one chunk
    assert again.count(carriers.KEYWORD) == 1
    tampered = png.replace(b"Amina Yusuf", b"Amina Yusuv")
    assert verify.verify_bytes(tampered, [kakuma.card], NOW).verdict is Verdict.TAMPERED
    assert verify.verify_bytes(_png(), [kakuma.card], NOW).verdict is Verdict.NOT_A_CREDENTIAL


def test_a_pdf_carries_the_credential_and_its_evidence(kakuma):
    from pypdf import PdfWriter

    blank = io.BytesIO()
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.write(blank)
    credential = issued(kakuma)
    pdf = carriers.pdf_with(blank.getvalue(), {
        "credential.json": json.dumps(credential).encode(), "evidence.json": b"{}"})
    assert set(carriers.files_in_pdf(pdf)) == {"credential.json", "evidence.json"}
    assert verify.verify_bytes(pdf, [kakuma.card], NOW).verdict is Verdict.VALID
    assert verify.verify_bytes(blank.getvalue(), [kakuma.card], NOW).verdict is Verdict.NOT_A_CREDENTIAL
    assert verify.verify_bytes(b"%PDF-1.7 broken", [kakuma.card], NOW).verdict is Verdict.NOT_A_CREDENTIAL


def test_the_qr_code_text_carries_the_whole_credential(kakuma):
    import segno

    credential = issued(kakuma, learner="Mwajuma Hassani Abdallah")
    text = carriers.qr_text(credential)
    assert text.startswith("TVC1:") and set(text[5:]) <= set(carriers.BASE45)
    assert segno.make(text, error="m").mode == "alphanumeric"
    assert segno.make(text, error="m").version <= 27  # 125 modules: prints at 6 cm
    assert verify.verify_bytes(text.encode(), [kakuma.card], NOW).verdict is Verdict.VALID
    assert carriers.b45decode(carriers.b45encode(b"ietf!")) == b"ietf!"
    assert carriers.b45encode(b"ietf!") == "QED8WEX0"  # RFC 9285's own example
    with pytest.raises(carriers.CarrierError):
        carriers.from_qr_text("TVC1:" + carriers.b45encode(b"\x78\x9c" + b"\0" * 40))
    bomb = carriers.qr_text({"x": "a" * 3_000_000})  # 3 MB of JSON in a 4 KB QR text
    with pytest.raises(carriers.CarrierError):
        carriers.from_qr_text(bomb)


def test_hostile_files_give_no_credential_quickly(kakuma):
    for data in (b"", b"\x89PNG\r\n\x1a\n" + b"\0\0\0\x10IHDR", b"[" * 100_000, b"{" + b'"a":' * 50_000,
                 b"\x89PNG\r\n\x1a\n" + b"\xff\xff\xff\xffiTXt"):
        assert verify.verify_bytes(data, [kakuma.card], NOW).verdict in (
            Verdict.NOT_A_CREDENTIAL, Verdict.TAMPERED)


def test_the_openssl_command_checks_a_credential_as_the_docs_say(kakuma, tmp_path):
    """The by-hand steps of docs/credentials.md, with the `openssl` command as the
    Ed25519 implementation: a good credential passes, one changed letter does not."""
    import shutil
    import subprocess

    assert shutil.which("openssl"), "the openssl command is one of the test Debian packages"
    credential = issued(kakuma)

    def openssl_verifies(doc: dict) -> bool:
        doc = copy.deepcopy(doc)
        options = dict(doc.pop("proof"))
        signature = multibase.from_multibase(options.pop("proofValue"))
        did = options["verificationMethod"].split("#")[0]
        options["@context"] = doc["@context"]
        data = hashlib.sha256(rfc8785.dumps(options)).digest() + hashlib.sha256(rfc8785.dumps(doc)).digest()
        (tmp_path / "data.bin").write_bytes(data)
        (tmp_path / "sig.bin").write_bytes(signature)
        der_prefix = bytes.fromhex("302a300506032b6570032100")  # SubjectPublicKeyInfo, Ed25519
        (tmp_path / "key.der").write_bytes(der_prefix + multibase.public_key(did))
        done = subprocess.run(
            ["openssl", "pkeyutl", "-verify", "-pubin", "-keyform", "DER", "-inkey", "key.der",
             "-rawin", "-in", "data.bin", "-sigfile", "sig.bin"],
            cwd=tmp_path, capture_output=True, text=True, timeout=30)
        return done.returncode == 0 and "Signature Verified Successfully" in done.stdout

    assert openssl_verifies(credential)
    credential["credentialSubject"]["result"][0]["value"] = "62.5"
    assert not openssl_verifies(credential)


def test_the_by_hand_python_of_the_docs_works(kakuma, tmp_path):
    import re
    import subprocess
    import sys

    page = (HERE.parent.parent / "docs" / "credentials.md").read_text(encoding="utf-8")
    script = re.search(r"```python\n(.*?)```", page, re.S).group(1)
    (tmp_path / "by_hand.py").write_text(script, encoding="utf-8")
    credential = issued(kakuma)
    for doc, ok in ((credential, True), ({**credential, "name": "Typing test, 50 minutes"}, False)):
        (tmp_path / "certificate.json").write_text(json.dumps(doc), encoding="utf-8")
        done = subprocess.run([sys.executable, "by_hand.py"], cwd=tmp_path, capture_output=True,
                              text=True, timeout=60)
        assert (done.returncode == 0) is ok, done.stderr
        assert (kakuma.did in done.stdout) is ok
