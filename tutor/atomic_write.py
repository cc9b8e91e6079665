"""Writing a file whole or not at all: a USB stick pulled out, a full disk or a power cut
halfway leaves the old file (or none), never half of one.

The data goes to a new temporary file beside the target (created exclusively, mode 0600
for a private file), is flushed to the disk, then replaces the target in one
``os.replace``; the folder is flushed too, so the new name survives a power cut. Any
failure removes the temporary file and raises the ``OSError`` for the caller to say in
its own words. Used by progress files, the centre server's settings and the credentials'
files.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def write_atomically(path: Path, data: bytes, private: bool = False) -> None:
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.partial")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(temporary, flags, 0o600 if private else 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if private:
            os.chmod(temporary, 0o600)  # whatever the umask said
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries to the disk (POSIX; Windows has no such call)."""
    if os.name == "nt":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
