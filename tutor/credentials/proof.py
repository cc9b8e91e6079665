"""Data Integrity proofs with the cryptosuite ``eddsa-jcs-2022`` (W3C vc-di-eddsa).

To sign: the proof's options (type, cryptosuite, created, verificationMethod,
proofPurpose) get the document's ``@context``; ``hashData`` is SHA-256 of the options in
RFC 8785 canonical JSON, then SHA-256 of the document without its proof, canonical too;
Ed25519 signs those 64 bytes; ``proofValue`` is ``z`` + base58btc of the signature.
The canonical JSON comes from ``rfc8785`` (Trail of Bits' implementation of RFC 8785),
the signature from ``cryptography``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from tutor.credentials import multibase

SUITE = "eddsa-jcs-2022"


def iso(moment: datetime) -> str:
    """A moment as XML Schema dateTime in UTC, to the second: ``2026-12-06T10:00:00Z``."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def parse_iso(text: object) -> datetime | None:
    if not isinstance(text, str) or len(text) > 40:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def canonical(value: object) -> bytes:
    """RFC 8785 canonical JSON (UTF-8)."""
    return rfc8785.dumps(value)  # type: ignore[arg-type]  # (checked by rfc8785 itself)


def _hash_data(unsecured: dict[str, Any], options: dict[str, Any]) -> bytes:
    config = dict(options)
    config.pop("proofValue", None)
    if "@context" in unsecured:
        config["@context"] = unsecured["@context"]
    return hashlib.sha256(canonical(config)).digest() + hashlib.sha256(canonical(unsecured)).digest()


def raw_public(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def sign(document: dict[str, Any], key: Ed25519PrivateKey, created: datetime,
         purpose: str = "assertionMethod") -> dict[str, Any]:
    """A copy of ``document`` with a proof by ``key`` (its did:key names the method)."""
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    options = {
        "type": "DataIntegrityProof",
        "cryptosuite": SUITE,
        "created": iso(created),
        "verificationMethod": multibase.verification_method(multibase.did_key(raw_public(key))),
        "proofPurpose": purpose,
    }
    signature = key.sign(_hash_data(unsecured, options))
    return {**unsecured, "proof": {**options, "proofValue": multibase.multibase(signature)}}


@dataclass(frozen=True)
class ProofCheck:
    """What a proof says: whether it holds, and by which key and when."""

    ok: bool
    did: str = ""  # the signer's did:key (without the fragment)
    created: datetime | None = None


def check(document: object) -> ProofCheck:
    """Whether ``document``'s proof is a good eddsa-jcs-2022 signature by the key its
    verification method names. Anything malformed is simply not ok."""
    if not isinstance(document, dict) or not isinstance(document.get("proof"), dict):
        return ProofCheck(False)
    proof = document["proof"]
    if proof.get("type") != "DataIntegrityProof" or proof.get("cryptosuite") != SUITE:
        return ProofCheck(False)
    created = parse_iso(proof.get("created"))
    method = proof.get("verificationMethod")
    try:
        public = multibase.public_key(method)
        signature = multibase.from_multibase(proof.get("proofValue"))
    except multibase.MultibaseError:
        return ProofCheck(False)
    if created is None or len(signature) != 64:
        return ProofCheck(False)
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    context = proof.get("@context")
    if context is not None:  # vc-di-eddsa: the proof's context must start the document's
        document_context = unsecured.get("@context")
        if not isinstance(context, list) or not isinstance(document_context, list) \
                or document_context[:len(context)] != context:
            return ProofCheck(False)
    options = {k: v for k, v in proof.items() if k not in ("proofValue", "@context")}
    try:
        data = _hash_data(unsecured, options)
        Ed25519PublicKey.from_public_bytes(public).verify(signature, data)
    except (InvalidSignature, rfc8785.CanonicalizationError, ValueError, TypeError):
        return ProofCheck(False)
    return ProofCheck(True, did=method.partition("#")[0], created=created)
