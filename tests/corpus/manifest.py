"""The corpus of graded answers: what a fair trainer says of each answer file.

Each graded skill has ``tests/corpus/<skill>.toml``: a list of ``[[answer]]`` with the
shipped ``exercise`` ("pack id/exercise id"), the ``language``, the answer ``file`` (under
``tests/corpus/``), the verdict ``passed`` and ``why`` in one line. The skills' own
``test_corpus.py`` grade every answer; ``tests/test_corpus.py`` checks the corpus itself;
``python -m tests.corpus.grade_with CHECKOUT`` counts what another checkout's graders get
wrong (the before/after figures of issue #14).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).parent
LANGUAGES = ("en", "fr", "ar", "sw")


@dataclass(frozen=True)
class Answer:
    skill: str
    exercise: str  # "pack id/exercise id"
    language: str
    file: Path
    passed: bool
    why: str
    extra: dict

    @property
    def label(self) -> str:
        return f"{self.skill}/{self.file.relative_to(CORPUS / self.skill)}"


def manifests() -> list[Path]:
    return sorted(CORPUS.glob("*.toml"))


def load(skill: str | None = None) -> list[Answer]:
    answers = []
    for manifest in manifests():
        if skill is not None and manifest.stem != skill:
            continue
        data = tomllib.loads(manifest.read_text(encoding="utf-8"))
        for entry in data.get("answer", []):
            entry = dict(entry)
            answers.append(Answer(
                skill=manifest.stem,
                exercise=entry.pop("exercise"),
                language=entry.pop("language"),
                file=CORPUS / entry.pop("file"),
                passed=bool(entry.pop("passed")),
                why=entry.pop("why", ""),
                extra=entry,
            ))
    return answers
