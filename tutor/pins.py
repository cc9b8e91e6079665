"""Optional 4-digit PINs on learner profiles: hashing, checking, and the pause after
three wrong tries.

A PIN on a shared lab PC keeps a curious neighbour out of someone's profile; it is not
a bank vault. It is still never stored in clear: it is hashed with scrypt (standard
library, memory-hard) and a random salt per learner. A hash is only checked when its cost
parameters are within fixed bounds (a crafted hash cannot freeze the window), and the
count of wrong tries and the pause after them are kept by a ``GateState`` (the database,
in the app) so closing and reopening Tutor does not reset them.
"""

from __future__ import annotations

import base64
import os
import time
from collections.abc import Callable
from typing import NamedTuple, Protocol

PIN_LENGTH = 4
MAX_TRIES = 3
PAUSE_SECONDS = 60.0
_N, _R, _P = 2**14, 8, 1  # about 50 ms and 16 MB per check
# What a stored hash may ask for before it is even tried: at most 4x our own cost.
MAX_N, MAX_R, MAX_P = 2**16, 16, 2
MAX_HASH_LENGTH = 200


# The digit row of an AZERTY keyboard types these without Shift: a learner who types a
# PIN there means the digits printed on the keys.
AZERTY_DIGIT_ROW = {"&": "1", "é": "2", '"': "3", "'": "4", "(": "5", "-": "6", "è": "7",
                    "_": "8", "ç": "9", "à": "0"}


def _decimal(char: str) -> int | None:
    # Here, not at the top: unicodedata is a 1 MB library the picker's start does not read.
    import unicodedata

    return unicodedata.decimal(char, None)


def pin_digits(text: str) -> tuple[str, bool]:
    """The digits a learner meant in a PIN box, and whether something that is not a digit
    was typed (and dropped). AZERTY's unshifted digit row counts as its digits; Arabic-
    Indic digits (٠-٩) count as 0-9."""
    digits = []
    dropped = False
    for char in text:
        if char.isascii() and char.isdigit():
            digits.append(char)
        elif char in AZERTY_DIGIT_ROW:
            digits.append(AZERTY_DIGIT_ROW[char])
        elif char.isdigit() and _decimal(char) is not None:
            digits.append(str(_decimal(char)))
        else:
            dropped = True
    return "".join(digits), dropped


def is_valid_pin(pin: str) -> bool:
    return len(pin) == PIN_LENGTH and pin.isascii() and pin.isdigit()


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    import hashlib  # here: OpenSSL (libcrypto, 4.6 MB) is loaded when a PIN is hashed, not
    # before the picker is painted

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


def hash_parameters(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    """The scrypt parameters, salt and digest of a stored hash, or None when the hash is
    malformed or asks for more work than Tutor ever does (checked before any work)."""
    if not isinstance(stored, str) or len(stored) > MAX_HASH_LENGTH:
        return None
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt" or not all(x.isdigit() for x in parts[1:4]):
        return None
    if any(len(x) > 6 for x in parts[1:4]):
        return None
    n, r, p = (int(x) for x in parts[1:4])
    if not (2**10 <= n <= MAX_N and n & (n - 1) == 0 and 1 <= r <= MAX_R and 1 <= p <= MAX_P):
        return None
    try:
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except ValueError:
        return None
    if not (8 <= len(salt) <= 64 and 16 <= len(digest) <= 64):
        return None
    return n, r, p, salt, digest


def verify_pin(pin: str, stored: str) -> bool:
    parameters = hash_parameters(stored)
    if parameters is None:
        return False
    n, r, p, salt, expected = parameters
    import hashlib  # (see hash_pin)
    import hmac

    try:
        actual = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p,
                                maxmem=64 * 2**20, dklen=len(expected))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)


class PinCheck(NamedTuple):
    ok: bool
    tries_left: int = MAX_TRIES
    wait_seconds: float = 0.0  # > 0: paused, nothing was checked

    @property
    def paused(self) -> bool:
        return self.wait_seconds > 0


class GateState(Protocol):
    """Where a gate keeps, per key (a learner's id, "trainer"), the wrong tries in a row
    and until when (seconds since the epoch) it is paused."""

    def get(self, key: str) -> tuple[int, float]: ...

    def put(self, key: str, failures: int, paused_until: float) -> None: ...


class MemoryGateState:
    """A gate's state for one run (tests, or where nothing can be stored)."""

    def __init__(self, values: dict[str, tuple[int, float]] | None = None) -> None:
        self.values: dict[str, tuple[int, float]] = {} if values is None else values

    def get(self, key: str) -> tuple[int, float]:
        return self.values.get(key, (0, 0.0))

    def put(self, key: str, failures: int, paused_until: float) -> None:
        self.values[key] = (failures, paused_until)


class PinGate:
    """Counts wrong secrets per key; after ``max_tries`` in a row, that key pauses for
    ``pause_seconds``. The state survives a restart when ``state`` is stored; the clock
    is the wall clock (a monotonic one restarts with the program) and a parameter, so
    the pause is tested without waiting. A clock put back cannot lengthen a pause beyond
    ``pause_seconds``."""

    def __init__(
        self,
        clock: Callable[[], float] = time.time,
        state: GateState | None = None,
        max_tries: int = MAX_TRIES,
        pause_seconds: float = PAUSE_SECONDS,
    ) -> None:
        self.clock = clock
        self.state: GateState = MemoryGateState() if state is None else state
        self.max_tries = max_tries
        self.pause_seconds = pause_seconds

    def wait_seconds(self, key: object) -> float:
        _, until = self.state.get(str(key))
        left = until - self.clock()
        return min(left, self.pause_seconds) if left > 0 else 0.0

    def check(self, key: object, secret: str, stored: str) -> PinCheck:
        name = str(key)
        wait = self.wait_seconds(name)
        if wait:
            return PinCheck(ok=False, tries_left=0, wait_seconds=wait)
        if verify_pin(secret, stored):
            if self.state.get(name) != (0, 0.0):
                self.state.put(name, 0, 0.0)
            return PinCheck(ok=True)
        failures = self.state.get(name)[0] + 1
        if failures >= self.max_tries:
            self.state.put(name, 0, self.clock() + self.pause_seconds)
            return PinCheck(ok=False, tries_left=0, wait_seconds=self.pause_seconds)
        self.state.put(name, failures, 0.0)
        return PinCheck(ok=False, tries_left=self.max_tries - failures)
