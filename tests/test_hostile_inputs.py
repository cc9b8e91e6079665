"""Every parser of Tutor, fed hostile files made by the scripts in tests/hostile: each
file is refused (or graded) cleanly within 10 s and 512 MB of address space, in a child
process under that memory limit, so a regression fails here instead of swapping."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import tests.hostile
from tests.hostile.parse import limited

pytestmark = [pytest.mark.process, pytest.mark.slow]


def generators():
    for module in pkgutil.iter_modules(tests.hostile.__path__):
        loaded = importlib.import_module(f"tests.hostile.{module.name}")
        if hasattr(loaded, "generate") and hasattr(loaded, "KIND"):
            yield loaded


CASES = [(g.KIND, getattr(g, "EXERCISE", None), name, data)
         for g in generators() for name, data in g.generate().items()]
SUFFIX = {"progress": ".tutorprogress", "pack": ".toml", "xlsx": ".xlsx", "eml": ".eml",
          "credential": ".pdf", "evidence": ".json"}


def test_every_parser_has_a_hostile_corpus():
    kinds = {kind for kind, *_ in CASES}
    assert {"progress", "pack"} <= kinds
    assert len(CASES) >= 40


@pytest.mark.parametrize(("kind", "exercise", "name", "data"), CASES,
                         ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_a_hostile_file_is_refused_or_graded_within_the_limits(tmp_path, kind, exercise,
                                                                 name, data):
    file = tmp_path / f"{name}{SUFFIX[kind]}"
    file.write_bytes(data)
    outcome = limited(kind, file, exercise)
    assert outcome["outcome"] in ("refused", "accepted"), outcome
    if kind in ("progress", "pack", "credential"):  # nothing in these corpora is a good file
        assert outcome["outcome"] == "refused", outcome
