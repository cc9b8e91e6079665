"""The room's tests use the window and the trainer's screen of the UI tests."""

from tests.ui.conftest import on_modal, translations, window  # noqa: F401 (fixtures)
from tests.ui.test_trainer import trainer_screen  # noqa: F401 (a fixture)
