"""Optional 4-digit PINs on learner profiles: hashing, checking, and the pause after
three wrong tries.

A PIN on a shared lab PC keeps a curious neighbour out of someone's profile; it is not
a bank vault. It is still never stored in clear: it is hashed with scrypt (standard
library, memory-hard) and a random salt per learner.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field

PIN_LENGTH = 4
MAX_TRIES = 3
PAUSE_SECONDS = 60.0
_N, _R, _P = 2**14, 8, 1  # about 50 ms and 16 MB per check


def is_valid_pin(pin: str) -> bool:
    return len(pin) == PIN_LENGTH and pin.isascii() and pin.isdigit()


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=64 * 2**20, dklen=32)


def hash_pin(pin: str) -> str:
    if not is_valid_pin(pin):
        raise ValueError("a PIN is four digits")
    return hash_secret(pin)


def hash_secret(secret: str) -> str:
    """A salted scrypt hash of a PIN or a trainer's password."""
    salt = os.urandom(16)
    digest = _derive(secret, salt, _N, _R, _P)
    b64 = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_secret(secret: str, stored: str) -> bool:
    return verify_pin(secret, stored)


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = _derive(pin, base64.b64decode(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


@dataclass
class PinCheck:
    ok: bool
    tries_left: int = MAX_TRIES
    wait_seconds: float = 0.0  # > 0: paused, nothing was checked

    @property
    def paused(self) -> bool:
        return self.wait_seconds > 0


@dataclass
class PinGate:
    """Counts wrong PINs per learner; after three, that learner's tile pauses a minute.

    The clock is a parameter so the pause is tested without waiting.
    """

    clock: Callable[[], float] = time.monotonic
    _failures: dict[object, int] = field(default_factory=dict)
    _paused_until: dict[object, float] = field(default_factory=dict)

    def wait_seconds(self, learner_id: object) -> float:
        until = self._paused_until.get(learner_id)
        if until is None:
            return 0.0
        left = until - self.clock()
        if left <= 0:
            del self._paused_until[learner_id]
            return 0.0
        return left

    def check(self, learner_id: object, pin: str, stored: str) -> PinCheck:
        wait = self.wait_seconds(learner_id)
        if wait:
            return PinCheck(ok=False, tries_left=0, wait_seconds=wait)
        if verify_pin(pin, stored):
            self._failures.pop(learner_id, None)
            return PinCheck(ok=True)
        failures = self._failures.get(learner_id, 0) + 1
        if failures >= MAX_TRIES:
            self._failures.pop(learner_id, None)
            self._paused_until[learner_id] = self.clock() + PAUSE_SECONDS
            return PinCheck(ok=False, tries_left=0, wait_seconds=PAUSE_SECONDS)
        self._failures[learner_id] = failures
        return PinCheck(ok=False, tries_left=MAX_TRIES - failures)
