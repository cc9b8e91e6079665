"""A credential's verdict, in plain words: valid, tampered, unknown centre, revoked,
expired (or not a credential at all).

Checked in this order: the shape (an Open Badges 3.0 credential, small enough); the
proof (eddsa-jcs-2022 by the key that ``issuer.id`` names: any byte changed, or another
key, is *tampered*); the signing key against the centre cards this verifier trusts (none
knows it: *unknown centre*; on a card's revocation list: *revoked*, see
``tutor.credentials.centre``); the dates (``validUntil`` passed: *expired*; ``validFrom``
more than two days ahead: *tampered*, no honest centre signs for the future).
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from tutor.credentials import multibase, proof
from tutor.i18n import QT_TRANSLATE_NOOP

MAX_CREDENTIAL_BYTES = 64 * 1024
CLOCK_SKEW = timedelta(days=2)


class Verdict(StrEnum):
    VALID = "valid"
    TAMPERED = "tampered"
    UNKNOWN_CENTRE = "unknown centre"
    REVOKED = "revoked"
    EXPIRED = "expired"
    NOT_A_CREDENTIAL = "not a credential"


MESSAGES = {
    Verdict.VALID: QT_TRANSLATE_NOOP(
        "credentials", "Valid: {centre} signed this credential and nothing in it was changed."),
    Verdict.TAMPERED: QT_TRANSLATE_NOOP(
        "credentials", "Not valid: this credential was changed after it was signed, or the "
        "signature is not the centre's."),
    Verdict.UNKNOWN_CENTRE: QT_TRANSLATE_NOOP(
        "credentials", "Unknown centre: the signature holds, but its key ({fingerprint}) is "
        "not on any centre card this computer trusts. It says it comes from {centre}: ask "
        "that centre for its card."),
    Verdict.REVOKED: QT_TRANSLATE_NOOP(
        "credentials", "Not valid: {centre} withdrew the key that signed this credential."),
    Verdict.EXPIRED: QT_TRANSLATE_NOOP(
        "credentials", "Expired: this credential was valid until {date}. Ask the learner for "
        "a newer one."),
    Verdict.NOT_A_CREDENTIAL: QT_TRANSLATE_NOOP(
        "credentials", "This file holds no Tutor credential."),
}


@dataclass(frozen=True)
class Result:
    verdict: Verdict
    params: dict[str, str] = field(default_factory=dict)
    credential: dict[str, Any] | None = None
    card: dict[str, Any] | None = None  # the trusted card that knows the key

    @property
    def message(self) -> str:
        """The English source of the message (translate with the context "credentials")."""
        return MESSAGES[self.verdict]

    def english(self) -> str:
        return self.message.format(**self.params)


def is_credential(doc: object) -> bool:
    """Shaped like a signed credential (its types are checked after its proof: a type
    changed by hand is tampering, not another kind of file)."""
    return (isinstance(doc, dict) and isinstance(doc.get("issuer"), dict)
            and isinstance(doc.get("proof"), dict) and isinstance(doc.get("credentialSubject"), dict))


def is_badge(doc: dict[str, Any]) -> bool:
    types = doc.get("type")
    return isinstance(types, list) and "OpenBadgeCredential" in types and "VerifiableCredential" in types


def parse(data: bytes) -> dict[str, Any] | None:
    """A credential from JSON bytes, or None (bounded: 64 KB at most)."""
    if len(data) > MAX_CREDENTIAL_BYTES:
        return None
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return doc if is_credential(doc) else None


def key_status(did: str, signed: datetime, cards: list[dict[str, Any]]) -> tuple[str, dict[str, Any] | None]:
    """("current" | "revoked" | "unknown", the card) for a key that signed at ``signed``."""
    for card in cards:
        for entry in card.get("revoked", []):
            if entry["key"] == did:
                on = proof.parse_iso(entry["on"])
                if entry["reason"] == "compromised" or on is None or signed >= on:
                    return "revoked", card
                return "current", card
    for card in cards:
        if card["key"] == did:
            return "current", card
    return "unknown", None


def centre_name(doc: dict[str, Any]) -> str:
    issuer = doc.get("issuer", {})
    name = issuer.get("name") if isinstance(issuer, dict) else None
    return name if isinstance(name, str) else "?"


def verify_credential(doc: object, cards: list[dict[str, Any]], now: datetime) -> Result:
    if not is_credential(doc):
        return Result(Verdict.NOT_A_CREDENTIAL)
    assert isinstance(doc, dict)
    checked = proof.check(doc)
    issuer_id = doc["issuer"].get("id")
    if not checked.ok or checked.did != issuer_id or checked.created is None:
        return Result(Verdict.TAMPERED, credential=doc)
    if not is_badge(doc):
        return Result(Verdict.NOT_A_CREDENTIAL)
    status, card = key_status(checked.did, checked.created, cards)
    name = card["name"] if card else centre_name(doc)
    if status == "unknown":
        return Result(Verdict.UNKNOWN_CENTRE,
                      {"centre": name, "fingerprint": multibase.fingerprint(checked.did)},
                      credential=doc)
    if status == "revoked":
        return Result(Verdict.REVOKED, {"centre": name}, credential=doc, card=card)
    valid_from = proof.parse_iso(doc.get("validFrom"))
    valid_until = proof.parse_iso(doc.get("validUntil")) if "validUntil" in doc else None
    if valid_from is None or valid_from > now + CLOCK_SKEW or ("validUntil" in doc and valid_until is None):
        return Result(Verdict.TAMPERED, credential=doc)
    if valid_until is not None and valid_until < now:
        return Result(Verdict.EXPIRED, {"centre": name, "date": valid_until.date().isoformat()},
                      credential=doc, card=card)
    return Result(Verdict.VALID, {"centre": name}, credential=doc, card=card)


def summary(doc: dict[str, Any]) -> dict[str, str]:
    """What a credential says, for a person: the learner, the achievement, the results."""
    subject = doc.get("credentialSubject", {})
    names = [i.get("identityHash") for i in subject.get("identifier", [])
             if isinstance(i, dict) and i.get("identityType") == "name"]
    achievement = subject.get("achievement", {}) if isinstance(subject, dict) else {}
    described = {d.get("id"): d.get("name") for d in achievement.get("resultDescription", [])
                 if isinstance(d, dict)}
    results = "; ".join(f"{described.get(r.get('resultDescription'), '?')}: {r.get('value')}"
                        for r in subject.get("result", []) if isinstance(r, dict))
    return {
        "learner": str(names[0]) if names else "?",
        "achievement": str(achievement.get("name", "?")),
        "results": results,
        "date": str(subject.get("activityEndDate") or doc.get("validFrom") or "?")[:10],
        "centre": centre_name(doc),
        "valid_until": str(doc.get("validUntil", ""))[:10],
    }


MAX_FILE_BYTES = 20 * 2**20  # a PDF certificate is about 100 KB, a badge 50 KB


def verify_bytes(data: bytes, cards: list[dict[str, Any]], now: datetime) -> Result:
    """The verdict on a file's bytes: a credential's JSON, a badge PNG, a PDF certificate,
    or the text of its QR code. A file that is none of these, or damaged, holds no
    credential."""
    from tutor.credentials import carriers

    if len(data) > MAX_FILE_BYTES:
        return Result(Verdict.NOT_A_CREDENTIAL)
    try:
        found = carriers.credential_bytes(data)
    except (carriers.CarrierError, zlib.error):
        return Result(Verdict.NOT_A_CREDENTIAL)
    doc = parse(found) if found is not None else None
    if doc is None and found is not None and b"OpenBadgeCredential" in found[:MAX_CREDENTIAL_BYTES]:
        return Result(Verdict.TAMPERED)  # a credential whose bytes were broken
    return verify_credential(doc, cards, now)
