"""The frozen app's budgets (issue 8), measured on the bundle that build/build.sh makes:

- start-up to the learner picker shown: median of several starts, from the moment the
  process is started to the "first window shown" line in the log (written by the event
  loop's first turn after ``window.show()``), on a data folder that already exists (the
  first start, which creates and migrates the database, is printed apart);
- resident memory (VmRSS) at the home screen, with one learner opened by a click on a
  virtual X screen (Xvfb and xdotool; skipped without them);
- the zipped bundle's size.

The same start-up measurement is made from source (``python -m tutor``) for comparison.
Budgets: start-up < 0.8 s, memory < 150 MB, zip < 80 MB.

    bash build/build.sh
    .venv/bin/python benchmarks/frozen_startup.py [RUNS] [--bundle build/out/dist/Tutor]
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHOWN = "first window shown"
BUDGET_START_S, BUDGET_RSS_MB, BUDGET_ZIP_MB = 0.8, 150, 80


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TUTOR_", "PYTHONPATH", "VIRTUAL_ENV"))}
    env.update(TUTOR_LANGUAGE="en", **extra)
    return env


def start_once(command: list[str], data: Path, env: dict[str, str]) -> tuple[float, int]:
    """Seconds from the process start to the picker shown; the process's id."""
    log = data / "logs" / "tutor.log"
    before = log.read_text(encoding="utf-8").count(SHOWN) if log.exists() else 0
    started = time.perf_counter()
    process = subprocess.Popen([*command, "--data-dir", str(data)], env=env,
                               cwd=tempfile.gettempdir(), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        while True:
            if log.exists() and log.read_text(encoding="utf-8").count(SHOWN) > before:
                elapsed = time.perf_counter() - started
                break
            if process.poll() is not None:
                raise RuntimeError(f"{command[0]} ended ({process.returncode}) before the picker")
            if time.perf_counter() - started > 60:
                raise RuntimeError("no picker after 60 s")
            time.sleep(0.002)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    return elapsed, process.pid


def startup(command: list[str], runs: int, label: str) -> float:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        env = clean_env(QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        first, _ = start_once(command, data, env)
        times = [start_once(command, data, env)[0] for _ in range(runs)]
    median = statistics.median(times)
    print(f"{label}: start-up to the picker: median {median * 1000:.0f} ms, slowest "
          f"{max(times) * 1000:.0f} ms over {runs} runs (first start, creating the "
          f"database: {first * 1000:.0f} ms)")
    return median


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def home_screen_memory(command: list[str], label: str) -> float | None:
    """VmRSS once a learner's home screen is up, on a virtual X screen."""
    if not (shutil.which("Xvfb") and shutil.which("xdotool") and Path("/proc").is_dir()):
        print(f"{label}: memory at the home screen: skipped (needs Linux, Xvfb and xdotool)")
        return None
    sys.path.insert(0, str(ROOT))
    from tests.e2e.conftest import _free_display, wait_for_window, xdotool

    number = _free_display()
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    display = f":{number}"
    try:
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            time.sleep(0.05)
        with tempfile.TemporaryDirectory() as folder:
            data = Path(folder) / "data"
            make_learner = ("import sys; from tutor import startup; "
                            "from tutor.store.learners import create_learner; "
                            "rt = startup.start(sys.argv[1]); "
                            "create_learner(rt.db, 'Amina Yusuf', 'sun'); rt.close()")
            subprocess.run([sys.executable, "-c", make_learner, str(data)], cwd=ROOT,
                           check=True, env=clean_env())
            env = clean_env(DISPLAY=display, QT_QPA_PLATFORM="xcb")
            app = subprocess.Popen([*command, "--data-dir", str(data)], env=env,
                                   cwd=tempfile.gettempdir(), stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
            try:
                window = wait_for_window(display, "Tutor", timeout=60)
                xdotool(display, "windowmove", window, "0", "0")
                xdotool(display, "windowsize", "--sync", window, "1100", "760")
                time.sleep(0.5)
                picker = rss_mb(app.pid)
                log = data / "logs" / "tutor.log"
                # Two tiles, centred: "I am new", then the learner's (1100 px wide window).
                xdotool(display, "mousemove", "--window", window, "656", "236", "click", "1")
                deadline = time.monotonic() + 20
                while "learner " not in log.read_text() or " opened" not in log.read_text():
                    if time.monotonic() > deadline:
                        raise RuntimeError("the learner's home screen did not open")
                    time.sleep(0.1)
                time.sleep(2.0)  # the home screen settles (pictures, progress)
                home = rss_mb(app.pid)
            finally:
                app.send_signal(signal.SIGTERM)
                app.wait(timeout=30)
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"{label}: resident memory: {picker:.0f} MB at the picker, {home:.0f} MB at the "
          "home screen")
    return home


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("runs", nargs="?", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=ROOT / "build/out/dist/Tutor")
    parser.add_argument("--no-source", action="store_true", help="skip the source figures")
    args = parser.parse_args()
    executable = args.bundle / ("Tutor.exe" if os.name == "nt" else "tutor")
    if not executable.is_file():
        print(f"no bundle at {args.bundle}: run bash build/build.sh first", file=sys.stderr)
        return 2
    ok = True
    median = startup([str(executable)], args.runs, "frozen")
    ok &= median < BUDGET_START_S
    rss = home_screen_memory([str(executable)], "frozen")
    ok &= rss is None or rss < BUDGET_RSS_MB
    unzipped = sum(p.stat().st_size for p in args.bundle.rglob("*")
                   if p.is_file() and not p.is_symlink()) / 2**20
    zips = sorted(args.bundle.parent.glob("Tutor-*.zip"), key=lambda p: p.stat().st_mtime)
    if zips:
        zipped = zips[-1].stat().st_size / 2**20
        ok &= zipped < BUDGET_ZIP_MB
        print(f"frozen: size: {unzipped:.0f} MB unzipped, {zipped:.0f} MB zipped ({zips[-1].name})")
    else:
        print(f"frozen: size: {unzipped:.0f} MB unzipped, no zip found")
    one_file = args.bundle.parent / ("Tutor-onefile.exe" if os.name == "nt" else "tutor-onefile")
    if one_file.is_file():
        startup([str(one_file)], max(3, args.runs // 2), "one-file")
    if not args.no_source:
        startup([sys.executable, "-m", "tutor"], args.runs, "source")
        home_screen_memory([sys.executable, "-m", "tutor"], "source")
    print(f"budgets (start < {BUDGET_START_S} s, home < {BUDGET_RSS_MB} MB, zip < "
          f"{BUDGET_ZIP_MB} MB): {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
