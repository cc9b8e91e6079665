"""A job-task pack from a trainer's folder is bounded: a guideline's picture is a file
name in assets/jobs/, and a wrong value is quoted in the message by its start only."""

import tomllib
from pathlib import Path

import pytest
from pydantic import ValidationError

from tutor.content.packs import load_catalogue
from tutor.skills import installed_skills
from tutor.skills.jobs.model import Guideline

SHIPPED = Path(__file__).parents[3] / "lessons" / "jobs" / "en" / "1-sort-messages.toml"


@pytest.mark.parametrize("picture", ["../../etc/passwd.png", "/tmp/x.png", "p" * 5000,
                                     "drawing.exe"])
def test_a_guideline_picture_is_a_file_name_here(picture):
    with pytest.raises(ValidationError):
        Guideline(text="Read it.", picture=picture)
    assert Guideline(text="Read it.", picture="street-example.png").picture


def test_a_flood_in_a_pack_is_quoted_by_its_start(tmp_path):
    text = SHIPPED.read_text(encoding="utf-8").replace(
        'id = "jobs-en-sort-messages"', 'id = "jobs-trainer-flood"').replace(
        "[[exercises.guidelines]]", '[[exercises.guidelines]]\npicture = "' + "p" * 5000 + '"', 1)
    tomllib.loads(text)  # (valid TOML: the schema refuses it)
    (tmp_path / "flood.toml").write_text(text, encoding="utf-8")
    catalogue = load_catalogue([tmp_path], installed_skills())
    [problem] = catalogue.problems
    message = str(problem)
    assert "has a value of the wrong form" in message and len(message) < 300
