"""Run one parser of Tutor on one file, in a child process with a memory limit, and
say what happened as one JSON line: ``{"outcome": "refused" | "accepted", ...}``.

    python -m tests.hostile.parse KIND FILE [EXERCISE]

KIND is ``progress`` (a .tutorprogress file), ``pack`` (a lesson pack), ``xlsx`` or
``eml`` (an answer graded for EXERCISE, "pack/exercise", as ``tutor grade`` does). A
``TutorError`` or a lesson-pack problem is a clean refusal; a verdict is a clean
acceptance; anything else (a traceback, MemoryError, a crash) exits non-zero, and so
does a parser that runs past the parent's time limit. ``limited()`` is what the tests
call: it runs this under ``MEMORY_LIMIT`` of address space and ``TIME_LIMIT`` seconds.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

MEMORY_LIMIT = 512 * 2**20
TIME_LIMIT = 10.0
ROOT = Path(__file__).resolve().parents[2]


def _parse(kind: str, file: Path, exercise: str | None) -> dict:
    from tutor.errors import TutorError

    try:
        if kind == "progress":
            from tutor.store.progress_file import read_progress_file

            progress = read_progress_file(file)
            return {"outcome": "accepted", "attempts": len(progress.attempts)}
        if kind in ("credential", "evidence"):
            from datetime import UTC, datetime

            from tutor.credentials import evidence, verify

            data = file.read_bytes()
            if kind == "evidence":
                log = evidence.load(data)
                return {"outcome": "accepted", "figures": len(evidence.replay(log)),
                        "flags": len(evidence.analyse(log))}
            result = verify.verify_bytes(data, [], datetime.now(UTC))
            return {"outcome": "refused" if result.verdict != verify.Verdict.VALID else "accepted",
                    "message": result.verdict.value}
        if kind == "pack":
            from tutor.content.packs import check_pack
            from tutor.skills import installed_skills

            pack, problems = check_pack(file, installed_skills())
            if pack is None:
                return {"outcome": "refused", "message": str(problems[0])[:300]}
            return {"outcome": "accepted", "exercises": len(pack.exercises)}
        from tutor import paths
        from tutor.content.packs import load_catalogue
        from tutor.skills import installed_skills, load_hook

        skills = installed_skills()
        catalogue = load_catalogue([paths.resource("lessons")], skills)
        pack_id, _, exercise_id = (exercise or "").partition("/")
        pack = catalogue.packs[pack_id]
        verdict = load_hook(skills[pack.skill].grade_file)(pack, pack.exercise(exercise_id), file)
        return {"outcome": "accepted", "passed": verdict.passed, "score": verdict.score}
    except TutorError as exc:
        return {"outcome": "refused", "message": str(exc)[:300]}


def main() -> int:
    kind, file = sys.argv[1], Path(sys.argv[2])
    exercise = sys.argv[3] if len(sys.argv) > 3 else None
    print(json.dumps(_parse(kind, file, exercise), ensure_ascii=False))
    return 0


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def limited(kind: str, file: Path, exercise: str | None = None,
            seconds: float = TIME_LIMIT) -> dict:
    """The parser's outcome on ``file`` within the limits; raises AssertionError with
    what went wrong otherwise (a traceback, the memory limit, the time limit)."""
    command = [sys.executable, "-m", "tests.hostile.parse", kind, str(file)]
    if exercise:
        command.append(exercise)
    env = {k: v for k, v in os.environ.items() if not k.startswith("TUTOR_")}
    try:
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                                timeout=seconds, preexec_fn=_limit_memory, check=False)
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(f"{file.name}: no answer within {seconds} s") from exc
    if result.returncode != 0 or not result.stdout.strip():
        raise AssertionError(f"{file.name}: exit {result.returncode}\n{result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    sys.exit(main())
