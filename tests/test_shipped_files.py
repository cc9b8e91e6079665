"""Every shipped data file loads: lesson packs, pictures, icons."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tutor.content.packs import check_pack, pack_files
from tutor.profiles import PICTURE_NAMES, pictures
from tutor.skills import installed_skills

ROOT = Path(__file__).parents[1]
SVGS = sorted((ROOT / "assets").rglob("*.svg"))
PACKS = pack_files([ROOT / "lessons"])


def test_every_shipped_pack_is_valid():
    problems = [str(p) for path in PACKS for p in check_pack(path, installed_skills())[1]]
    assert problems == []


@pytest.mark.parametrize("path", SVGS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_svg_is_self_contained(path):
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg") and root.get("viewBox")
    text = path.read_text()
    assert "<script" not in text and "href" not in text and "<image" not in text


def test_every_picture_has_a_translatable_name():
    assert len(pictures()) >= 20
    assert set(pictures()) == set(PICTURE_NAMES)


def test_assets_licence_is_stated():
    assert "GPL-3.0-or-later" in (ROOT / "assets" / "LICENSE-assets.md").read_text()


def test_every_installed_skill_has_its_icon_and_view():
    for skill in installed_skills().values():
        assert (ROOT / "assets" / "skills" / skill.icon).is_file(), skill.id
        module, _, attribute = skill.view.partition(":")
        assert (ROOT / (module.replace(".", "/") + ".py")).is_file() and attribute, skill.id
