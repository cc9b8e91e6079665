import pytest

from tutor.pins import MAX_TRIES, PAUSE_SECONDS, PinGate, hash_pin, is_valid_pin, verify_pin


def test_hash_is_salted_and_never_the_pin():
    first, second = hash_pin("2580"), hash_pin("2580")
    assert first != second
    assert "2580" not in first
    assert first.startswith("scrypt$")
    assert verify_pin("2580", first) and verify_pin("2580", second)
    assert not verify_pin("2581", first)


@pytest.mark.parametrize("pin", ["", "123", "12345", "12a4", "١٢٣٤", " 123"])
def test_only_four_ascii_digits_are_pins(pin):
    assert not is_valid_pin(pin)
    with pytest.raises(ValueError):
        hash_pin(pin)


def test_damaged_hash_never_verifies():
    assert not verify_pin("1234", "garbage")
    assert not verify_pin("1234", "scrypt$x$y$z$a$b")


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_three_wrong_tries_pause_the_learner_for_a_minute():
    clock = FakeClock()
    gate = PinGate(clock=clock)
    stored = hash_pin("1111")
    assert gate.check("ana", "0000", stored).tries_left == MAX_TRIES - 1
    assert gate.check("ana", "0000", stored).tries_left == MAX_TRIES - 2
    third = gate.check("ana", "0000", stored)
    assert third.paused and third.wait_seconds == PAUSE_SECONDS
    # Even the right PIN is not checked during the pause.
    clock.now += PAUSE_SECONDS - 1
    assert gate.check("ana", "1111", stored).paused
    # Another learner is not affected.
    assert gate.check("ben", "1111", stored).ok
    clock.now += 1.01
    assert gate.wait_seconds("ana") == 0
    assert gate.check("ana", "1111", stored).ok


def test_a_right_pin_resets_the_count():
    gate = PinGate(clock=FakeClock())
    stored = hash_pin("1111")
    gate.check("ana", "0000", stored)
    gate.check("ana", "0000", stored)
    assert gate.check("ana", "1111", stored).ok
    assert gate.check("ana", "0000", stored).tries_left == MAX_TRIES - 1


def test_a_hash_asking_for_too_much_work_is_refused_before_any_work():
    import base64
    import time

    salt, digest = (base64.b64encode(b"s" * 16).decode(), base64.b64encode(b"d" * 32).decode())
    crafted = [f"scrypt$16384$8$40000${salt}${digest}",  # p=40000: minutes of work
               f"scrypt$4194304$8$1${salt}${digest}",  # n=2^22: 4 GB
               f"scrypt$16384$1000$1${salt}${digest}", f"scrypt$16385$8$1${salt}${digest}",
               f"scrypt$16384$8$1${salt}$" + "A" * 300, "scrypt$-1$8$1$$"]
    start = time.perf_counter()
    assert not any(verify_pin("1234", h) for h in crafted)
    assert time.perf_counter() - start < 0.5


def test_a_stored_pause_survives_a_restart(tmp_path):
    from tutor.store.app_settings import StoredGateState
    from tutor.store.db import open_database

    url = f"sqlite:///{tmp_path / 'tutor.sqlite3'}"
    clock = FakeClock()
    stored = hash_pin("1111")
    first_run = open_database(url)
    gate = PinGate(clock=clock, state=StoredGateState(first_run))
    gate.check("ana", "0000", stored)
    gate.check("ana", "0000", stored)
    first_run.dispose()  # the app is closed after two wrong tries...
    second_run = open_database(url)
    gate = PinGate(clock=clock, state=StoredGateState(second_run))
    assert gate.check("ana", "0000", stored).paused  # ...and the third still pauses
    second_run.dispose()
    third_run = open_database(url)
    gate = PinGate(clock=clock, state=StoredGateState(third_run))
    assert gate.check("ana", "1111", stored).paused  # closing again does not lift it
    clock.now += PAUSE_SECONDS + 0.1
    assert gate.check("ana", "1111", stored).ok
    third_run.dispose()


def test_a_clock_put_back_cannot_lengthen_a_pause():
    clock = FakeClock()
    gate = PinGate(clock=clock)
    stored = hash_pin("1111")
    for _ in range(MAX_TRIES):
        gate.check("ana", "0000", stored)
    clock.now -= 86400  # someone sets the PC's date a day back
    assert 0 < gate.wait_seconds("ana") <= PAUSE_SECONDS


@pytest.mark.parametrize(("typed", "meant", "dropped"), [
    ("2580", "2580", False),
    ('é(_à', "2580", False),  # AZERTY's digit row without Shift
    ("١٢٣٤", "1234", False),  # Arabic-Indic digits
    ("12a4", "124", True),
    ("", "", False),
])
def test_the_digits_a_learner_meant(typed, meant, dropped):
    from tutor.pins import pin_digits

    assert pin_digits(typed) == (meant, dropped)
