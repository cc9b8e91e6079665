"""Grade the corpus with the ``tutor grade`` of any checkout, and count its mistakes.

    .venv/bin/python -m tests.corpus.grade_with [CHECKOUT] [--skill SKILL] [--show]

CHECKOUT is a folder holding a Tutor source tree (default: this one), for example a
``git worktree`` of an older commit: its ``python -m tutor grade --exercise EX FILE`` grades
every answer of this tree's corpus, in a fresh data folder, and the verdicts are compared
with the corpus's. It prints, per skill and language, how many answers it got wrong; an
answer it could not grade at all (exit code 2: an unknown exercise, an unreadable file)
counts as wrong. Used for the before/after figures of issue #14.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.corpus.manifest import LANGUAGES, Answer, load

ROOT = Path(__file__).resolve().parents[2]


def grade(checkout: Path, answer: Answer, data: Path) -> tuple[bool | None, str]:
    env = {**os.environ, "PYTHONPATH": str(checkout), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("TUTOR_DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "tutor", "--data-dir", str(data), "grade", "--exercise",
         answer.exercise, str(answer.file)],
        cwd=checkout, env=env, capture_output=True, text=True, timeout=300, check=False)
    if result.returncode == 2:
        return None, (result.stderr or result.stdout).strip().splitlines()[-1:][0] \
            if (result.stderr or result.stdout).strip() else "error"
    try:
        verdict = json.loads(result.stdout)
    except json.JSONDecodeError:
        return None, result.stderr.strip()[-200:]
    return bool(verdict["passed"]), ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkout", nargs="?", type=Path, default=ROOT)
    parser.add_argument("--skill")
    parser.add_argument("--show", action="store_true", help="list every wrong verdict")
    args = parser.parse_args()
    answers = load(args.skill)
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        with ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(lambda a: grade(args.checkout.resolve(), a, data), answers))
    wrong: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    for answer, (passed, error) in zip(answers, results, strict=True):
        key = (answer.skill, answer.language)
        total[key] += 1
        if passed != answer.passed:
            wrong[key] += 1
            if args.show:
                said = "error: " + error if passed is None else f"passed={passed}"
                print(f"WRONG {answer.label} ({answer.exercise}): expected "
                      f"passed={answer.passed} ({answer.why}); {said}")
    for skill in sorted({a.skill for a in answers}):
        cells = [f"{lang} {wrong[(skill, lang)]}/{total[(skill, lang)]}" for lang in LANGUAGES]
        skill_wrong = sum(wrong[(skill, lang)] for lang in LANGUAGES)
        skill_total = sum(total[(skill, lang)] for lang in LANGUAGES)
        print(f"{skill}: {skill_wrong}/{skill_total} wrong ({', '.join(cells)})")
    print(f"all: {sum(wrong.values())}/{sum(total.values())} wrong")
    return 0


if __name__ == "__main__":
    sys.exit(main())
