"""Base58btc (the Bitcoin alphabet) and ``did:key`` names of Ed25519 public keys.

A did:key is ``did:key:z`` + base58btc(0xED 0x01 + the 32 bytes of the key): multicodec
``ed25519-pub``, multibase ``z``. Written here (30 lines) rather than taken from a
package: the encoding is fixed, tiny, and the decoder must refuse long input before doing
quadratic work.
"""

from __future__ import annotations

ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_INDEX = {c: i for i, c in enumerate(ALPHABET)}
ED25519_PUB = b"\xed\x01"
MAX_DECODE = 200  # characters: a signature is 88, a did:key 48; nothing here is longer
DID_PREFIX = "did:key:z"


class MultibaseError(ValueError):
    pass


def b58encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = []
    while number:
        number, rest = divmod(number, 58)
        out.append(ALPHABET[rest])
    zeros = len(data) - len(data.lstrip(b"\0"))
    return "1" * zeros + "".join(reversed(out))


def b58decode(text: str) -> bytes:
    if len(text) > MAX_DECODE:
        raise MultibaseError("too long for base58")
    number = 0
    for char in text:
        if char not in _INDEX:
            raise MultibaseError("not base58")
        number = number * 58 + _INDEX[char]
    zeros = len(text) - len(text.lstrip("1"))
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\0" * zeros + body


def multibase(data: bytes) -> str:
    return "z" + b58encode(data)


def from_multibase(text: str) -> bytes:
    if not isinstance(text, str) or not text.startswith("z"):
        raise MultibaseError("not multibase base58btc")
    return b58decode(text[1:])


def did_key(public: bytes) -> str:
    """The did:key of a raw 32-byte Ed25519 public key."""
    if len(public) != 32:
        raise MultibaseError("an Ed25519 public key has 32 bytes")
    return "did:key:" + multibase(ED25519_PUB + public)


def public_key(did: str) -> bytes:
    """The raw Ed25519 key of a did:key, or a verification method ``did#fragment``."""
    if not isinstance(did, str):
        raise MultibaseError("not a did:key")
    did, _, fragment = did.partition("#")
    if not did.startswith(DID_PREFIX) or (fragment and fragment != did[len("did:key:"):]):
        raise MultibaseError("not a did:key of this form")
    raw = from_multibase(did[len("did:key:"):])
    if len(raw) != 34 or not raw.startswith(ED25519_PUB):
        raise MultibaseError("not an Ed25519 did:key")
    return raw[2:]


def verification_method(did: str) -> str:
    return f"{did}#{did[len('did:key:'):]}"


def fingerprint(did: str) -> str:
    """A short form a person can compare by eye: the last 12 characters in groups of 4."""
    tail = did[-12:]
    return " ".join(tail[i:i + 4] for i in range(0, 12, 4))
