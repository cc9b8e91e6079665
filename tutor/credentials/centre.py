"""The centre's identity: its signing key, its public card, the cards a verifier trusts.

- The **signing key** (Ed25519) is made when a trainer sets the centre up; it is kept in
  this installation's settings as PKCS#8 PEM encrypted with the trainer's password
  (``cryptography``'s best available encryption), so it is used only by someone who
  knows that password, and it travels in the database's backups.
- The **centre card** is public: the centre's id (which stays when the key changes), name
  and place, the current key as a did:key, the signed list of revoked keys, and an
  eddsa-jcs-2022 proof by the current key. Employers and partner centres keep it.
- A **backup** (``.tutorcentre``) holds the card and the encrypted key, to move the centre
  to a new PC or keep it on a USB stick; it opens only with the password it was made with.
- **Replacing** the key puts the old one on the revocation list, with the reason:
  ``replaced`` (credentials it signed before that moment stay good) or ``compromised``
  (none it signed is trusted any more).
- **Trusted cards**: the cards this installation accepts (its own always). Of two cards of
  the same centre, the one issued later counts.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    PrivateFormat,
    load_pem_private_key,
)

from tutor.credentials import multibase, proof
from tutor.errors import TutorError
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.store.app_settings import get_setting, set_setting
from tutor.store.db import Database

CARD_TYPE = "TutorCentreCard"
BACKUP_TYPE = "TutorCentreBackup"
KEY_SETTING, CARD_SETTING, TRUSTED_SETTING = "centre_key", "centre_card", "trusted_centres"
MAX_CARD_BYTES = 64 * 1024  # a card with a hundred revoked keys is 15 KB
MAX_BACKUP_BYTES = 256 * 1024
MAX_NAME = 120
Reason = Literal["replaced", "compromised"]


class CentreError(TutorError):
    pass


# -- cards ---------------------------------------------------------------------------------
def card_problem(card: object) -> str | None:
    """Why ``card`` is not a good centre card (English, for the log), or None."""
    if not isinstance(card, dict) or card.get("type") != CARD_TYPE or card.get("version") != 1:
        return "not a centre card"
    for field in ("centre", "name", "key", "issued"):
        if not isinstance(card.get(field), str):
            return f"no {field}"
    revoked = card.get("revoked", [])
    if not isinstance(revoked, list) or not all(
            isinstance(r, dict) and isinstance(r.get("key"), str)
            and r.get("reason") in ("replaced", "compromised")
            and proof.parse_iso(r.get("on")) is not None for r in revoked):
        return "a wrong revocation list"
    checked = proof.check(card)
    if not checked.ok:
        return "its signature does not hold"
    if checked.did != card["key"]:
        return "not signed by its own key"
    return None


def parse_card(data: bytes) -> dict[str, Any]:
    """A centre card from a file's bytes, or CentreError."""
    if len(data) > MAX_CARD_BYTES:
        raise CentreError(QT_TRANSLATE_NOOP("errors", "This file is too big to be a centre card."))
    try:
        card = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        card = None
    if card_problem(card) is not None:
        raise CentreError(QT_TRANSLATE_NOOP(
            "errors", "This file is not a centre card, or it was changed after it was signed."))
    return card


def _signed_card(key: Ed25519PrivateKey, centre: str, name: str, place: str,
                 revoked: list[dict[str, str]], now: datetime) -> dict[str, Any]:
    card = {
        "type": CARD_TYPE, "version": 1, "centre": centre,
        "name": name, "place": place,
        "key": multibase.did_key(proof.raw_public(key)),
        "revoked": revoked,
        "issued": proof.iso(now),
    }
    return proof.sign(card, key, now)


def _clean(text: str) -> str:
    return " ".join(text.split())[:MAX_NAME]


# -- this installation's centre -------------------------------------------------------------
@dataclass(frozen=True)
class Centre:
    """The centre unlocked: its card and its private key."""

    card: dict[str, Any]
    key: Ed25519PrivateKey

    @property
    def did(self) -> str:
        return str(self.card["key"])


def centre_card(db: Database) -> dict[str, Any] | None:
    text = get_setting(db, CARD_SETTING)
    return json.loads(text) if text else None


def _store(db: Database, card: dict[str, Any], key: Ed25519PrivateKey, password: str) -> None:
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8,
                            BestAvailableEncryption(password.encode("utf-8")))
    set_setting(db, KEY_SETTING, pem.decode("ascii"))
    set_setting(db, CARD_SETTING, json.dumps(card, ensure_ascii=False))


def _check_trainer(db: Database, password: str) -> None:
    from tutor import trainer  # (trainer imports the store; not at import time here)

    if not trainer.check_password(db, password):
        raise CentreError(QT_TRANSLATE_NOOP("errors", "That is not the trainer password."))


def set_up(db: Database, name: str, place: str, password: str, now: datetime) -> Centre:
    """Make the centre's key and card. Needs the trainer's password; refuses when the
    centre is set up already (a new key is ``replace_key``)."""
    _check_trainer(db, password)
    if centre_card(db) is not None:
        raise CentreError(QT_TRANSLATE_NOOP("errors", "This centre has its key already."))
    if not _clean(name):
        raise CentreError(QT_TRANSLATE_NOOP("errors", "Give the centre's name."))
    key = Ed25519PrivateKey.generate()
    card = _signed_card(key, f"urn:uuid:{uuid.uuid4()}", _clean(name), _clean(place), [], now)
    _store(db, card, key, password)
    return Centre(card, key)


def _load_key(pem: str, password: str) -> Ed25519PrivateKey:
    try:
        key = load_pem_private_key(pem.encode("ascii"), password.encode("utf-8"))
    except (ValueError, TypeError):
        raise CentreError(QT_TRANSLATE_NOOP(
            "errors", "That password does not open the centre's key.")) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise CentreError(QT_TRANSLATE_NOOP("errors", "The centre's key is not of the right kind."))
    return key


def unlock(db: Database, password: str) -> Centre:
    """The centre with its private key, opened by the trainer's password."""
    card, pem = centre_card(db), get_setting(db, KEY_SETTING)
    if card is None or pem is None:
        raise CentreError(QT_TRANSLATE_NOOP(
            "errors", "This computer has no centre key yet. A trainer sets it up first."))
    key = _load_key(pem, password)
    if multibase.did_key(proof.raw_public(key)) != card["key"]:
        raise CentreError(QT_TRANSLATE_NOOP("errors", "The centre's key does not match its card."))
    return Centre(card, key)


def replace_key(db: Database, password: str, reason: Reason, now: datetime) -> Centre:
    """A new key; the old one goes on the card's signed revocation list."""
    old = unlock(db, password)
    key = Ed25519PrivateKey.generate()
    revoked = [*old.card.get("revoked", []),
               {"key": old.did, "on": proof.iso(now), "reason": reason}]
    card = _signed_card(key, old.card["centre"], old.card["name"], old.card.get("place", ""),
                        revoked, now)
    _store(db, card, key, password)
    return Centre(card, key)


def rename(db: Database, password: str, name: str, place: str, now: datetime) -> Centre:
    centre = unlock(db, password)
    if not _clean(name):
        raise CentreError(QT_TRANSLATE_NOOP("errors", "Give the centre's name."))
    card = _signed_card(centre.key, centre.card["centre"], _clean(name), _clean(place),
                        centre.card.get("revoked", []), now)
    set_setting(db, CARD_SETTING, json.dumps(card, ensure_ascii=False))
    return Centre(card, centre.key)


def backup(db: Database, password: str) -> bytes:
    """The centre's backup file: its card and its key, still encrypted with ``password``."""
    centre = unlock(db, password)  # only a trainer who can open it may copy it
    return json.dumps({"type": BACKUP_TYPE, "version": 1, "card": centre.card,
                       "key": get_setting(db, KEY_SETTING)}, ensure_ascii=False, indent=1).encode()


def restore(db: Database, data: bytes, backup_password: str, trainer_password: str,
            now: datetime) -> Centre:
    """Move a centre to this PC from its backup. The backup opens with the password it was
    made with; the key is then kept behind this PC's trainer password."""
    _check_trainer(db, trainer_password)
    if len(data) > MAX_BACKUP_BYTES:
        raise CentreError(QT_TRANSLATE_NOOP("errors", "This is not a centre backup."))
    try:
        found = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        found = None
    if not isinstance(found, dict) or found.get("type") != BACKUP_TYPE \
            or not isinstance(found.get("key"), str) or card_problem(found.get("card")) is not None:
        raise CentreError(QT_TRANSLATE_NOOP("errors", "This is not a centre backup."))
    key = _load_key(found["key"], backup_password)
    card = found["card"]
    if multibase.did_key(proof.raw_public(key)) != card["key"]:
        raise CentreError(QT_TRANSLATE_NOOP("errors", "The centre's key does not match its card."))
    mine = centre_card(db)
    if mine is not None and mine["centre"] != card["centre"]:
        raise CentreError(QT_TRANSLATE_NOOP(
            "errors", "This computer belongs to another centre already."))
    _store(db, card, key, trainer_password)
    return Centre(card, key)


# -- the cards a verifier trusts --------------------------------------------------------------
def trusted_cards(db: Database) -> list[dict[str, Any]]:
    """This centre's card and the cards a trainer accepted, newest per centre."""
    text = get_setting(db, TRUSTED_SETTING)
    cards = [c for c in (json.loads(text) if text else []) if card_problem(c) is None]
    own = centre_card(db)
    return newest_per_centre(cards + ([own] if own else []))


def newest_per_centre(cards: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Of the cards of one centre, the one issued last (at the same second: the one with
    the longer revocation list, as a replaced key always adds to it)."""
    best: dict[str, dict[str, Any]] = {}

    def order(card: dict[str, Any]) -> tuple[datetime, int]:
        issued = proof.parse_iso(card["issued"]) or datetime.min.replace(tzinfo=UTC)
        return issued, len(card.get("revoked", []))

    for card in cards:
        seen = best.get(card["centre"])
        if seen is None or order(card) > order(seen):
            best[card["centre"]] = card
    return list(best.values())


def trust(db: Database, card: dict[str, Any]) -> None:
    if card_problem(card) is not None:
        raise CentreError(QT_TRANSLATE_NOOP(
            "errors", "This file is not a centre card, or it was changed after it was signed."))
    text = get_setting(db, TRUSTED_SETTING)
    cards = [c for c in (json.loads(text) if text else []) if c.get("centre") != card["centre"]]
    own = [c for c in (json.loads(text) if text else []) if c.get("centre") == card["centre"]]
    set_setting(db, TRUSTED_SETTING, json.dumps(cards + newest_per_centre(own + [card]),
                                                ensure_ascii=False))


def forget(db: Database, centre: str) -> None:
    text = get_setting(db, TRUSTED_SETTING)
    cards = [c for c in (json.loads(text) if text else []) if c.get("centre") != centre]
    set_setting(db, TRUSTED_SETTING, json.dumps(cards, ensure_ascii=False))
