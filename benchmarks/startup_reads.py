"""Files opened and bytes read before the picker is painted (issue 17: a cold start
from a slow USB stick reads every one of them), for Tutor from source and the built
bundle, beside a bare PySide6 window. Linux, with strace.

    .venv/bin/python benchmarks/startup_reads.py [--bundle build/out/dist/Tutor] [--cold]

The child says "painted" on its standard output after its first paint
(TUTOR_REPORT_PAINT); strace follows every thread and stops counting there. Files that
are mapped (the Qt and Python libraries) are not read with read(): with ``--cold`` (as
root) the page cache is dropped before each start and the bytes the process made the
system fetch from storage by its first paint (/proc/PID/io read_bytes, mappings
included) are reported too: what a cold start from a USB stick waits for.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from startup import BARE, clean_env  # noqa: E402

OPENED = re.compile(r'openat\([^,]+, "([^"]+)", [^)]*\) = (\d+)')
READ = re.compile(r"\bread\((\d+), .*\) = (\d+)$")
WRITE_PAINTED = re.compile(r'write\(1, "painted')


def measure(command: list[str], env: dict[str, str]) -> tuple[int, int]:
    """(files opened, bytes read) before the first paint."""
    with tempfile.TemporaryDirectory() as folder:
        trace = Path(folder) / "trace"
        process = subprocess.Popen(
            ["strace", "-f", "-qq", "-s", "16", "-e", "trace=openat,read,write",
             "-o", str(trace), *command],
            env=env, cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            start_new_session=True)
        assert process.stdout is not None
        line = process.stdout.readline()
        os.killpg(process.pid, signal.SIGTERM)  # strace and the traced program
        process.wait(timeout=30)
        if not line.startswith("painted"):
            raise RuntimeError(f"{command[0]} ended before its first paint")
        files: set[str] = set()
        read_bytes = 0
        for entry in trace.read_text(errors="replace").splitlines():
            if WRITE_PAINTED.search(entry):
                break
            opened = OPENED.search(entry)
            if opened:
                path = opened.group(1)
                if not path.startswith(("/proc", "/sys", "/dev")) and Path(path).is_file():
                    files.add(path)
                continue
            read = READ.search(entry)
            if read:
                read_bytes += int(read.group(2))
        return len(files), read_bytes


def cold_read(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds to the first paint, MB fetched from storage) after dropping the page
    cache."""
    import time

    subprocess.run(["sync"], check=True)
    Path("/proc/sys/vm/drop_caches").write_text("3\n")
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    counters = dict(entry.split(": ") for entry in
                    Path(f"/proc/{process.pid}/io").read_text().splitlines())
    process.terminate()
    process.wait(timeout=30)
    if not line.startswith("painted"):
        raise RuntimeError(f"{command[0]} ended before its first paint")
    return elapsed, int(counters["read_bytes"]) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path,
                        default=os.environ.get("TUTOR_FROZEN_BUNDLE") or None)
    parser.add_argument("--cold", action="store_true",
                        help="also drop the page cache and count storage reads (root)")
    args = parser.parse_args()
    if shutil.which("strace") is None:
        print("strace is not installed (apt-get install strace)", file=sys.stderr)
        return 2
    env = clean_env()
    with tempfile.TemporaryDirectory() as data:
        rows = [("bare PySide6 window", [sys.executable, "-c", BARE]),
                ("Tutor from source", [sys.executable, "-m", "tutor", "--data-dir", data])]
        if args.bundle:
            executable = args.bundle.resolve() / ("Tutor.exe" if os.name == "nt" else "tutor")
            rows.append(("Tutor bundle", [str(executable), "--data-dir", data]))
        env["PYTHONPATH"] = str(ROOT)
        for label, command in rows:
            files, read_bytes = measure(command, env)
            print(f"{label}: {files} files opened, {read_bytes / 1e6:.1f} MB read "
                  f"before the first paint", flush=True)
            if args.cold:
                seconds, fetched = cold_read(command, env)
                print(f"    cold: painted after {seconds:.2f} s, {fetched:.0f} MB fetched "
                      f"from storage", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
