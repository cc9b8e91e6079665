"""This installation's key and its certificate by the centre, and the standing of a signed
record: verified by a trusted centre, or unsigned, edited, from an unknown centre, revoked."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta

import pytest

from tutor import trainer
from tutor.credentials import centre, installation, multibase, proof
from tutor.store.app_settings import get_setting
from tutor.store.db import open_database
from tutor.store.progress_file import installation_id as progress_installation_id

NOW = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)
PASSWORD = "trainer-secret"


@pytest.fixture
def kakuma(db):
    trainer.set_password(db, PASSWORD)
    return centre.set_up(db, "Kakuma Learning Centre", "Kakuma, Kenya", PASSWORD, NOW)


@pytest.fixture
def lab(tmp_path):
    """A lab PC of the centre, which does not keep the centre's key."""
    database = open_database(f"sqlite:///{tmp_path / 'lab.sqlite3'}")
    yield database
    database.dispose()


def record_signed_by(db, when=NOW) -> dict:
    return proof.sign({"id": "a1", "skill": "typing", "score": 0.75}, installation.installation_key(db), when)


def test_the_key_is_made_once_and_the_certificate_names_it(db, kakuma):
    assert installation.certificate(db) is None
    first = installation.installation_did(db)
    assert installation.installation_did(db) == first  # kept, not made again
    assert "PRIVATE KEY" in (get_setting(db, installation.KEY_SETTING) or "")
    cert = installation.certify(db, kakuma, NOW)
    assert installation.certificate(db) == cert
    assert installation.certificate_problem(cert) is None
    assert cert["type"] == "TutorInstallationCertificate" and cert["version"] == 1
    assert cert["key"] == first
    assert cert["installation"] == installation.installation_id(db) == progress_installation_id(db)
    assert (cert["centre"], cert["centreName"]) == (kakuma.card["centre"], "Kakuma Learning Centre")
    assert cert["issued"] == "2026-12-06T10:00:00Z"
    assert proof.check(cert).did == kakuma.did  # signed by the centre's key


def test_a_lab_pc_is_certified_from_the_centre_backup_without_keeping_the_key(db, kakuma, lab):
    backup = centre.backup(db, PASSWORD)
    with pytest.raises(centre.CentreError):
        installation.certify_from_backup(lab, backup, "wrong password", NOW)
    assert installation.certificate(lab) is None and centre.trusted_cards(lab) == []
    cert = installation.certify_from_backup(lab, backup, PASSWORD, NOW)
    assert cert["key"] == installation.installation_did(lab) != installation.installation_did(db)
    assert proof.check(cert).did == kakuma.did
    assert get_setting(lab, centre.KEY_SETTING) is None  # the centre's key stayed on the stick
    assert centre.centre_card(lab) is None
    assert centre.trusted_cards(lab) == [kakuma.card]  # it accepts its sister PCs' files
    with pytest.raises(centre.CentreError):
        installation.certify_from_backup(lab, b"{not a backup", PASSWORD, NOW)


def test_a_pc_of_another_centre_is_not_certified_from_a_backup(db, kakuma, tmp_path):
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        trainer.set_password(other, "other-password")
        centre.set_up(other, "Dadaab Centre", "Dadaab", "other-password", NOW)
        with pytest.raises(centre.CentreError):
            installation.certify_from_backup(other, centre.backup(db, PASSWORD), PASSWORD, NOW)
        assert installation.certificate(other) is None
    finally:
        other.dispose()


def test_a_record_is_verified_by_the_trusted_centre_of_its_certificate(db, kakuma, lab):
    cert = installation.certify_from_backup(lab, centre.backup(db, PASSWORD), PASSWORD, NOW)
    record = record_signed_by(lab)
    standing = installation.check_record(record, [cert], [kakuma.card])
    assert standing.verified and standing.card == kakuma.card and standing.certificate == cert
    # The same record, against the cards of a PC that does not trust Kakuma.
    assert installation.check_record(record, [cert], []).why == installation.UNKNOWN_CENTRE
    # No certificate for its key came with it.
    assert installation.check_record(record, [], [kakuma.card]).why == installation.UNKNOWN_CENTRE


def test_unsigned_and_edited_records(db, kakuma):
    cert = installation.certify(db, kakuma, NOW)
    record = record_signed_by(db)
    unsigned = {k: v for k, v in record.items() if k != "proof"}
    assert installation.check_record(unsigned, [cert], [kakuma.card]).why == installation.UNSIGNED
    edited = {**record, "score": 1.0}
    assert installation.check_record(edited, [cert], [kakuma.card]).why == installation.EDITED
    # A certificate changed to name the PC's key otherwise: its centre's proof breaks.
    forged = copy.deepcopy(cert)
    forged["installation"] = "someone else"
    assert installation.certificate_problem(forged) == "its signature does not hold"
    assert installation.check_record(record, [forged], [kakuma.card]).why == installation.EDITED


def test_a_certificate_made_by_a_stranger_for_a_trusted_centre_is_an_unknown_centre(db, kakuma):
    """A forger makes their own "centre" key and certifies a key with Kakuma's id and
    name: the certificate's proof holds, but its key is on no card this PC trusts."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    stranger = centre.Centre({**kakuma.card}, Ed25519PrivateKey.generate())
    cert = installation.certify(db, stranger, NOW)
    assert installation.certificate_problem(cert) is None
    standing = installation.check_record(record_signed_by(db), [cert], [kakuma.card])
    assert standing.why == installation.UNKNOWN_CENTRE and not standing.verified


def test_a_compromised_centre_key_unverifies_and_a_replaced_one_does_not(db, kakuma):
    cert = installation.certify(db, kakuma, NOW)
    record = record_signed_by(db, NOW + timedelta(days=3))
    later = NOW + timedelta(days=1)
    replaced = centre.replace_key(db, PASSWORD, "replaced", later)
    # Replaced a day after it signed the certificate: the certificate stays good.
    assert installation.check_record(record, [cert], [replaced.card]).verified
    # A certificate the old key signed after it was replaced is not.
    late = installation.certify(db, kakuma, later + timedelta(hours=1))
    assert installation.check_record(record, [late], [replaced.card]).why == installation.REVOKED
    compromised = centre.replace_key(db, PASSWORD, "compromised", later + timedelta(days=1))
    # The second key is withdrawn as compromised: what it signed, whenever, is not trusted.
    newer = installation.certify(db, replaced, later)
    assert installation.check_record(record, [newer], [compromised.card]).why == installation.REVOKED
    # Certified again with the new key: verified again.
    fresh = installation.certify(db, compromised, later + timedelta(days=2))
    assert installation.check_record(record, [fresh], [compromised.card]).verified


def test_the_did_of_the_installation_key_is_its_public_key(db):
    key = installation.installation_key(db)
    assert multibase.public_key(installation.installation_did(db)) == proof.raw_public(key)
