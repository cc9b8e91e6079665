"""A throw-away PostgreSQL server for the tests, on a Unix socket in a temporary folder.

Tutor's storage must work on a centre's PostgreSQL server as on a lab PC's SQLite file,
with no change above tutor/store/. CI installs PostgreSQL (./dev.sh test does, as root);
on a developer's machine without it these tests are skipped, and in CI they fail.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


class PostgresServer:
    def __init__(self) -> None:
        bin_dir = _binaries()
        if bin_dir is None:
            message = "PostgreSQL is not installed (apt-get install postgresql)"
            if os.environ.get("CI"):
                pytest.fail(message)
            pytest.skip(message)
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="tutor-pg-"))
        self.root.chmod(0o777)
        self.data = self.root / "data"
        self.user = None
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            self.user = "postgres"
            shutil.chown(self.root, user=self.user)
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "tutor", "--no-sync")
        self.up()
        self._run("createdb", "-h", str(self.root), "-U", "tutor", "tutor_template")

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin / tool), *args]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=60)

    def fresh_database(self, name: str) -> str:
        self._run("createdb", "-h", str(self.root), "-U", "tutor", name)
        return f"postgresql+psycopg://tutor@/{name}?host={self.root}"

    def down(self, mode: str = "immediate") -> None:
        """Stop the server and keep its data, as a server PC that loses power
        (``immediate``: no goodbye to the clients) or is shut down (``fast``)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def up(self) -> None:
        """Start the stopped server again, on the same socket, with the same data."""
        self._run("pg_ctl", "-D", str(self.data), "-w", "-l", str(self.root / "log"),
                  "-o", f"-k {self.root} -c listen_addresses='' -c fsync=off", "start")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
