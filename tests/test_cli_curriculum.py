"""``tutor curriculum``: the outcomes the lessons cover, printed for a trainer, and
docs/curriculum.md generated from it (issue 19)."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.content.conftest import DEMO, GOOD
from tutor import cli

ROOT = Path(__file__).parents[1]
DOC = ROOT / "docs" / "curriculum.md"


def run(capsys, *args):
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_one_framework_is_printed_plainly(tmp_path, capsys):
    out = run(capsys, "--data-dir", str(tmp_path), "curriculum", "--framework",
              "northstar-email")
    lines = out.splitlines()
    assert lines[:4] == [
        "Northstar Using Email (northstar-email), Standards v2",
        "9 of 13 outcomes covered by the English packs; 4 not covered.",
        "",
        "Covered:",
    ]
    assert lines[lines.index("  13       Sign out of email, especially when using shared "
                             "computers.") + 1] == "           email-en-stay-safe/sign-out"
    assert "  9        Open and download an email attachment." in lines
    assert lines[lines.index("Not covered:"):] == [
        "Not covered:",
        "  1        Define email and identify common email clients.",
        "  2        Tell the difference between a URL and an email address.",
        "  3        Register for a new email account, using a professional user name and "
        "a st...",
        "  4        Log into email.",
    ]
    assert "DigComp" not in out and "fr-" not in out  # one framework, English packs


def test_unconfirmed_items_and_digcomp_levels_are_marked(tmp_path, capsys):
    out = run(capsys, "--data-dir", str(tmp_path), "curriculum", "--framework", "icdl-ce")
    assert "  2.2.2    Open, collapse, expand, restore down, maximise, resize, move, close " \
           "a win...\n" in out  # read in the syllabus: no mark; a long title is cut
    assert "  4.1.7?   Create a folder.\n           basics-en-files/new-folder\n" in out
    assert out.rstrip().endswith("(? = not confirmed in the framework's own text: see "
                                 "assets/curriculum/icdl-ce.toml)")
    out = run(capsys, "--data-dir", str(tmp_path), "curriculum", "--framework", "digcomp",
              "--language", "ar")
    assert "  3.4      Programming [levels 1, 2, 3, 4]\n" in out
    assert "coding-ar-1-first-steps/print-hello (level 1)" in out
    assert "12 of 21 outcomes covered by the Arabic packs; 9 not covered." in out


def test_a_trainers_pack_is_counted_with_the_shipped_ones(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("tutor.skills.installed_skills", lambda: {"demo": DEMO})
    lessons = tmp_path / "lessons"
    lessons.mkdir()
    (lessons / "mine.toml").write_text(GOOD.replace(
        'title = "The first one"', 'title = "The first one"\noutcomes = ["northstar-email:4"]'))
    out = run(capsys, "--data-dir", str(tmp_path), "curriculum", "--framework",
              "northstar-email", "--language", "all")
    assert "  4        Log into email.\n           demo-en-basics/first\n" in out
    assert "by the packs in every language" in out


def test_an_unknown_framework_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["curriculum", "--framework", "ecdl"])
    assert exit_.value.code == 2
    assert "invalid choice: 'ecdl'" in capsys.readouterr().err


def test_docs_curriculum_md_is_current(capsys):
    """Regenerate with: python -m tutor curriculum --markdown > docs/curriculum.md"""
    out = run(capsys, "curriculum", "--markdown")
    assert out == DOC.read_text(encoding="utf-8"), "docs/curriculum.md is out of date"
    assert "| Northstar Using Email (`northstar-email`) | Standards v2 | 13 | 9 | 4 |" in out


@pytest.mark.process
def test_the_command_does_not_import_qt():
    code = ("import sys, tutor.cli; tutor.cli.main(['curriculum']); "
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
