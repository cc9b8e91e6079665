"""Every user-facing string is translated into French, Arabic and Swahili, and the .ts
sources hold every string the code has."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
LANGUAGES = ("fr", "ar", "sw")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_with_its_placeholders(language):
    problems = []
    for context, source, translation in messages(ROOT / f"tutor/i18n/tutor_{language}.ts"):
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"{context}: {source!r} is not translated")
        elif set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: {source!r} -> {text!r} changes the placeholders")
    assert problems == []


def test_the_translation_sources_hold_every_string_of_the_code(tmp_path):
    """A new string without a translation fails here: run ./dev.sh translations."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tutor").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), "-locations", "none", *files, "-ts", str(fresh)],
                   cwd=ROOT, check=True, capture_output=True)
    in_code = {(c, s) for c, s, _ in messages(fresh)}
    for language in LANGUAGES:
        in_ts = {(c, s) for c, s, _ in messages(ROOT / f"tutor/i18n/tutor_{language}.ts")}
        assert sorted(in_code - in_ts) == [], f"missing from tutor_{language}.ts"
        assert sorted(in_ts - in_code) == [], f"no longer in the code: tutor_{language}.ts"


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_translations_are_built(language):
    qm = ROOT / f"tutor/i18n/tutor_{language}.qm"
    ts = ROOT / f"tutor/i18n/tutor_{language}.ts"
    assert qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime, "run ./dev.sh test"


def test_qts_own_words_are_qts_exact_texts_and_swahili_has_them():
    """Qt has no Swahili translation: Tutor's covers the dialog buttons and the file
    dialog. Each source text must be Qt's own (Qt's French translation knows it), or
    it would never be looked up."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from tutor.i18n.qt_own import QT_OWN

    qt_fr = QTranslator()
    assert qt_fr.load("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    ours = QTranslator()
    assert ours.load("tutor_sw", str(ROOT / "tutor" / "i18n"))
    checked = 0
    for context, source, _ in messages(ROOT / "tutor/i18n/tutor_sw.ts"):
        if not context.startswith("Q"):
            continue
        assert qt_fr.translate(context, source), f"not one of Qt's texts: {context} {source!r}"
        assert ours.translate(context, source) not in ("", source), (context, source)
        checked += 1
    assert checked == len(QT_OWN)
