"""The log file rotates at start-up: a full log moves to tutor.log.1, the older ones up,
at most five kept; a small one goes on."""

import logging

from tutor.logs import rotate, setup_logging


def test_a_full_log_moves_up_and_the_oldest_goes(tmp_path):
    log = tmp_path / "tutor.log"
    for number in range(1, 6):
        (tmp_path / f"tutor.log.{number}").write_text(f"old {number}")
    log.write_text("x" * 50)
    rotate(log, max_bytes=50, backups=5)
    assert not log.exists()
    assert (tmp_path / "tutor.log.1").read_text() == "x" * 50
    assert (tmp_path / "tutor.log.2").read_text() == "old 1"
    assert (tmp_path / "tutor.log.5").read_text() == "old 4"  # "old 5" is gone
    assert not (tmp_path / "tutor.log.6").exists()


def test_a_small_log_goes_on_and_no_log_is_no_error(tmp_path):
    log = tmp_path / "tutor.log"
    rotate(log, max_bytes=50)  # nothing there yet
    log.write_text("x" * 49)
    rotate(log, max_bytes=50)
    assert log.read_text() == "x" * 49 and not (tmp_path / "tutor.log.1").exists()


def test_setup_logging_writes_to_the_file(tmp_path):
    path = setup_logging(tmp_path)
    logging.getLogger("tutor.test").info("hello from the test")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "hello from the test" in path.read_text(encoding="utf-8")
