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
