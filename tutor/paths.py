"""Where Tutor keeps its data, and where it finds its own resources.

One function decides the data folder, in this order (the first that applies wins):

1. ``--data-dir DIR`` on the command line;
2. the ``TUTOR_DATA_DIR`` environment variable (a lab can set it for every account of
   a PC to share one folder);
3. portable mode: a file named ``portable`` (or a ``data`` folder) next to the
   executable, or a ``portable`` file at the root of a source checkout, keeps all data
   in the ``data`` folder beside it, so a USB stick carries everything;
4. otherwise the user data folder of the platform (platformdirs).

Resources (lessons, assets, translations) are found relative to the package root, which
is the source checkout or the PyInstaller bundle (``sys._MEIPASS``), never the current
directory.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import NamedTuple

from tutor import APP_NAME
from tutor.errors import DataDirError
from tutor.i18n import QT_TRANSLATE_NOOP

ENV_DATA_DIR = "TUTOR_DATA_DIR"
PORTABLE_MARKER = "portable"
PORTABLE_DATA = "data"

# Why the data folder is where it is; shown in the About box.
REASONS = {
    "option": QT_TRANSLATE_NOOP("paths", "chosen with --data-dir"),
    "environment": QT_TRANSLATE_NOOP("paths", "chosen with the TUTOR_DATA_DIR setting"),
    "portable": QT_TRANSLATE_NOOP("paths", "portable mode: kept beside the program"),
    "user": QT_TRANSLATE_NOOP("paths", "the usual folder for this user"),
}


class DataLocation(NamedTuple):
    # A named tuple, not a dataclass: the picker's start-up path imports no
    # dataclasses (tests/test_startup.py).
    path: Path
    reason: str  # a key of REASONS

    @property
    def database(self) -> Path:
        return self.path / "tutor.sqlite3"

    @property
    def logs(self) -> Path:
        return self.path / "logs"

    @property
    def lessons(self) -> Path:
        """Trainers' own lesson packs."""
        return self.path / "lessons"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def install_root(frozen: bool | None = None, executable: str | None = None) -> Path:
    """The folder a trainer copies around: the executable's, or the source checkout."""
    if is_frozen() if frozen is None else frozen:
        return Path(executable or sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


@cache
def resource_root() -> Path:
    """Where shipped resources live: the bundle's unpack folder, or the checkout (found
    once: resolving the path is a system call per folder, for every icon and file)."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def resolve_data_dir(
    option: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
    root: Path | None = None,
    frozen: bool | None = None,
) -> DataLocation:
    """Decide the data folder (see the module's documentation for the order)."""
    environ = os.environ if environ is None else environ
    frozen = is_frozen() if frozen is None else frozen
    root = install_root(frozen) if root is None else root
    if option:
        return DataLocation(Path(option).expanduser().resolve(), "option")
    if environ.get(ENV_DATA_DIR):
        return DataLocation(Path(environ[ENV_DATA_DIR]).expanduser().resolve(), "environment")
    marker = root / PORTABLE_MARKER
    beside = root / PORTABLE_DATA
    if marker.is_file() or (frozen and beside.is_dir()):
        return DataLocation(beside, "portable")
    import platformdirs  # only here: a USB stick's portable mode does without it

    return DataLocation(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)), "user")


def prepare(location: DataLocation) -> DataLocation:
    """Create the data folder and its sub-folders; fail with a clear message."""
    try:
        for folder in (location.path, location.logs, location.lessons):
            folder.mkdir(parents=True, exist_ok=True)
        probe = location.path / ".write-test"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        raise DataDirError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Tutor cannot write in its data folder {path} ({reason}). "
                "Ask your trainer to check the folder or the USB stick.",
            ),
            path=str(location.path),
            reason=exc.strerror or str(exc),
        ) from exc
    return location
