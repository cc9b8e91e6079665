"""This installation's own key, certified by its centre, and the check of what it signed.

- Each installation (one database: a lab PC, or a centre's server) has its own Ed25519
  key, made once and kept in its settings **unencrypted**: Tutor signs the attempts of a
  progress file when a learner saves it, with no trainer there to type a password. What
  that key signs is only "this PC recorded this attempt"; it is worth something only
  with the installation's **certificate**.
- The **certificate** is a small document signed by the centre's key (eddsa-jcs-2022):
  ``{"type": "TutorInstallationCertificate", "version": 1, "installation": <id>, "key":
  <did:key>, "centre": <the centre's urn>, "centreName": ..., "issued": ..., "proof"}``.
  A trainer makes it with the unlocked centre (``certify``, right after the centre is set
  up or restored on this PC), or on a lab PC that does not keep the centre's key, from
  the centre's backup file and its password (``certify_from_backup``).
- ``check_record``: whether a signed record holds, and which centre vouches for its
  signer: the record's proof holds, a certificate of its key is in hand and holds, and
  the certificate's signer is the current key (or a key replaced after the certificate)
  of a centre card this PC trusts. Otherwise the record is unverified, with the reason:
  ``unsigned``, ``edited``, ``unknown centre`` or ``revoked``.

Pure: no Qt, no SQL (the settings are read through ``tutor.store.app_settings``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)

from tutor.credentials import centre as centres
from tutor.credentials import multibase, proof
from tutor.credentials.verify import key_status
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.store.app_settings import get_setting
from tutor.store.db import Database

CERTIFICATE_TYPE = "TutorInstallationCertificate"
ID_SETTING, KEY_SETTING, CERTIFICATE_SETTING = (
    "installation_id", "installation_key", "installation_certificate")

# Why a record is not verified (kept in the attempt's provenance, in English).
UNSIGNED, EDITED, UNKNOWN_CENTRE, REVOKED = "unsigned", "edited", "unknown centre", "revoked"
WHY = {
    UNSIGNED: QT_TRANSLATE_NOOP("credentials", "not signed (made by an older Tutor, or "
                                "brought from a computer that could not vouch for it)"),
    EDITED: QT_TRANSLATE_NOOP("credentials", "changed after it was signed"),
    UNKNOWN_CENTRE: QT_TRANSLATE_NOOP("credentials", "from a centre this computer does not "
                                      "trust"),
    REVOKED: QT_TRANSLATE_NOOP("credentials", "signed with a key its centre withdrew"),
}


def _setting_once(db: Database, key: str, make: Any) -> str:
    """A setting made once: when two programs make it at the same moment, both keep the
    first one written."""
    from tutor.store.models import AppSetting  # (no SQLAlchemy import at module level)

    found = get_setting(db, key)
    if found is not None:
        return found
    with db.writing() as session:
        if session.get(AppSetting, key) is None:
            session.add(AppSetting(key=key, value=make()))
    return get_setting(db, key)  # type: ignore[return-value]


def installation_id(db: Database) -> str:
    """This installation's id, made once and kept in the database."""
    return _setting_once(db, ID_SETTING, lambda: str(uuid.uuid4()))


def installation_key(db: Database) -> Ed25519PrivateKey:
    """This installation's signing key, made the first time it is needed."""
    pem = _setting_once(db, KEY_SETTING, lambda: Ed25519PrivateKey.generate().private_bytes(
        Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()).decode("ascii"))
    key = load_pem_private_key(pem.encode("ascii"), None)
    if not isinstance(key, Ed25519PrivateKey):
        raise centres.CentreError(QT_TRANSLATE_NOOP(
            "errors", "This computer's own key is damaged. Ask your trainer for help."))
    return key


def installation_did(db: Database) -> str:
    return multibase.did_key(proof.raw_public(installation_key(db)))


# -- the certificate -----------------------------------------------------------------------
def certify(db: Database, centre: centres.Centre, now: datetime) -> dict[str, Any]:
    """Sign this installation's certificate with the unlocked centre, and keep it."""
    from tutor.store.app_settings import set_setting

    unsigned = {
        "type": CERTIFICATE_TYPE, "version": 1,
        "installation": installation_id(db),
        "key": installation_did(db),
        "centre": centre.card["centre"],
        "centreName": centre.card["name"],
        "issued": proof.iso(now),
    }
    signed = proof.sign(unsigned, centre.key, now)
    set_setting(db, CERTIFICATE_SETTING, json.dumps(signed, ensure_ascii=False))
    return signed


def certify_from_backup(db: Database, backup: bytes, backup_password: str,
                        now: datetime) -> dict[str, Any]:
    """Certify this PC (a lab PC) with the centre's backup file (``.tutorcentre``, from a
    USB stick) and the password it was made with. The centre's key is used here and
    never stored; the centre's card becomes one this PC trusts, so it accepts the
    progress files of the centre's other PCs."""
    opened = open_backup(backup, backup_password)
    own = centres.centre_card(db)
    if own is not None and own["centre"] != opened.card["centre"]:
        raise centres.CentreError(QT_TRANSLATE_NOOP(
            "errors", "This computer belongs to another centre already."))
    if own is None:
        centres.trust(db, opened.card)
    return certify(db, opened, now)


def open_backup(data: bytes, password: str) -> centres.Centre:
    """The centre in a backup file, unlocked with its password (kept in memory only)."""
    not_backup = centres.CentreError(QT_TRANSLATE_NOOP("errors", "This is not a centre backup."))
    if len(data) > centres.MAX_BACKUP_BYTES:
        raise not_backup
    try:
        found = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise not_backup from None
    if not isinstance(found, dict) or found.get("type") != centres.BACKUP_TYPE \
            or not isinstance(found.get("key"), str) or centres.card_problem(found.get("card")) is not None:
        raise not_backup
    try:
        key = load_pem_private_key(found["key"].encode("ascii"), password.encode("utf-8"))
    except (ValueError, TypeError, UnicodeEncodeError):
        raise centres.CentreError(QT_TRANSLATE_NOOP(
            "errors", "That password does not open the centre's key.")) from None
    card = found["card"]
    if not isinstance(key, Ed25519PrivateKey) or multibase.did_key(proof.raw_public(key)) != card["key"]:
        raise centres.CentreError(QT_TRANSLATE_NOOP(
            "errors", "The centre's key does not match its card."))
    return centres.Centre(card, key)


def certificate(db: Database) -> dict[str, Any] | None:
    """This installation's certificate, or None (not certified yet)."""
    text = get_setting(db, CERTIFICATE_SETTING)
    if not text:
        return None
    found = json.loads(text)
    return found if isinstance(found, dict) else None


def certificate_problem(cert: object) -> str | None:
    """Why ``cert`` is not a well-formed certificate whose signature holds, or None."""
    if not isinstance(cert, dict) or cert.get("type") != CERTIFICATE_TYPE or cert.get("version") != 1:
        return "not an installation certificate"
    for name in ("installation", "key", "centre", "centreName", "issued"):
        if not isinstance(cert.get(name), str):
            return f"no {name}"
    if not proof.check(cert).ok:
        return "its signature does not hold"
    return None


# -- checking a signed record --------------------------------------------------------------
@dataclass(frozen=True)
class Standing:
    """What a record's proof is worth here."""

    verified: bool
    why: str = ""  # when not verified: UNSIGNED, EDITED, UNKNOWN_CENTRE or REVOKED
    card: dict[str, Any] | None = None  # the trusted card of the centre that vouches
    certificate: dict[str, Any] | None = None


def check_record(record: dict[str, Any], certificates: Iterable[object],
                 cards: list[dict[str, Any]]) -> Standing:
    """The standing of a record (with its ``proof``, or none) against the certificates
    that came with it and the centre cards this PC trusts."""
    if "proof" not in record:
        return Standing(False, UNSIGNED)
    signed = proof.check(record)
    if not signed.ok:
        return Standing(False, EDITED)
    whys = []
    for cert in certificates:
        if not isinstance(cert, dict) or cert.get("key") != signed.did:
            continue
        if certificate_problem(cert) is not None:
            whys.append(EDITED)
            continue
        by = proof.check(cert)
        assert by.created is not None
        status, card = key_status(by.did, by.created, cards)
        if status == "unknown" or card is None or card.get("centre") != cert["centre"]:
            whys.append(UNKNOWN_CENTRE)
        elif status == "revoked":
            whys.append(REVOKED)
        else:
            return Standing(True, card=card, certificate=cert)
    for why in (REVOKED, EDITED):
        if why in whys:
            return Standing(False, why)
    return Standing(False, UNKNOWN_CENTRE)
