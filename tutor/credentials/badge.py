"""Open Badges 3.0 credentials (W3C Verifiable Credentials 2.0) from a result.

A credential holds who earned it (the learner's name, as the trainer knows it), what
(the achievement: an assessment's name, description and rule, and the results' figures),
when, which centre (``issuer``: its did:key, name and place), until when it is valid,
and the digest of its evidence (the keystroke log), signed with the centre's key. It is
kept small enough for a QR code: no picture, no evidence itself.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tutor.credentials import proof
from tutor.credentials.centre import Centre

CONTEXT = ["https://www.w3.org/ns/credentials/v2",
           "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
VALID_YEARS = 3  # a skill measured three years ago says little about today's


@dataclass(frozen=True)
class ResultLine:
    key: str  # a short id: "net-wpm"
    name: str  # "Net words per minute"
    value: str  # "42.5"
    result_type: str = "RawScore"  # an Open Badges ResultType


@dataclass(frozen=True)
class Achievement:
    id: str  # "urn:tutor:assessment:typing-5min:1"
    name: str
    description: str
    criteria: str  # the rule, thresholds included, in words
    results: tuple[ResultLine, ...]


def credential(card: dict[str, Any], learner: str, achievement: Achievement,
               finished: datetime, now: datetime, evidence: str | None = None,
               years: int = VALID_YEARS, credential_id: str | None = None) -> dict[str, Any]:
    """The unsigned credential (sign it with ``issue``)."""
    issuer: dict[str, Any] = {"id": card["key"], "type": ["Profile"], "name": card["name"]}
    if card.get("place"):
        issuer["address"] = {"type": ["Address"], "addressLocality": card["place"]}
    doc: dict[str, Any] = {
        "@context": CONTEXT,
        "id": credential_id or f"urn:uuid:{uuid.uuid4()}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": achievement.name,
        "issuer": issuer,
        "validFrom": proof.iso(now),
        "validUntil": proof.iso(now + timedelta(days=365 * years + years // 4)),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [{"type": "IdentityObject", "identityType": "name", "hashed": False,
                            "identityHash": learner}],
            "activityEndDate": proof.iso(finished),
            "achievement": {
                "id": achievement.id,
                "type": ["Achievement"],
                "achievementType": "Assessment",
                "name": achievement.name,
                "description": achievement.description,
                "criteria": {"narrative": achievement.criteria},
                "resultDescription": [
                    {"id": f"{achievement.id}:{line.key}", "type": ["ResultDescription"],
                     "name": line.name, "resultType": line.result_type}
                    for line in achievement.results],
            },
            "result": [{"type": ["Result"], "resultDescription": f"{achievement.id}:{line.key}",
                        "value": line.value} for line in achievement.results],
        },
    }
    if evidence:
        doc["evidence"] = [{"id": evidence, "type": ["Evidence"], "name": "Keystroke log"}]
    return doc


def issue(centre: Centre, unsigned: dict[str, Any], now: datetime) -> dict[str, Any]:
    """The credential signed by the centre (eddsa-jcs-2022)."""
    return proof.sign(unsigned, centre.key, now)
