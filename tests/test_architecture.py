"""The layers of DESIGN.md: Qt stays in the GUI; the rest runs without it."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]
QT_ALLOWED = ("tutor/app.py", "tutor/ui/", "tutor/i18n/qt.py")


def qt_allowed(path: str) -> bool:
    return path.startswith(QT_ALLOWED) or Path(path).name.startswith("view")


def test_only_the_gui_layer_imports_pyside6():
    offenders = []
    for file in sorted((ROOT / "tutor").rglob("*.py")):
        relative = file.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] == "PySide6" for n in names) and not qt_allowed(relative):
                offenders.append(relative)
    assert offenders == []


def test_pure_modules_and_the_command_line_load_without_qt():
    code = (
        "import sys, tutor.cli, tutor.startup, tutor.content, tutor.store, tutor.pins, "
        "tutor.profiles, tutor.skills; "
        "tutor.cli.main(['lessons', 'check']); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr


def test_no_grab_bag_modules():
    bad = {"utils.py", "helpers.py", "manager.py", "misc.py", "common.py"}
    assert not [p for p in (ROOT / "tutor").rglob("*.py") if p.name in bad]
