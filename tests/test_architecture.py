"""The house of docs/architecture.md: Qt stays in the GUI, SQL in the store, imports run
one way, every room has the same shape and finishes an exercise the same way."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
QT_ALLOWED = ("tutor/app.py", "tutor/ui/", "tutor/i18n/qt.py")
SKILLS = ROOT / "tutor" / "skills"
# The placement diagnoses every skill and aims a path across them: like the registry, it
# names them (docs/architecture.md, "The placement").
PLACEMENT = SKILLS / "placement"
# Skill folders whose room is not written yet; each must still have its model, engine
# and grading.
ROOM_TO_COME: set[str] = set()
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


def tutor_files() -> list[Path]:
    return sorted((ROOT / "tutor").rglob("*.py"))


def relative(file: Path) -> str:
    return file.relative_to(ROOT).as_posix()


def module_name(file: Path) -> str:
    parts = list(file.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_names(tree: ast.AST) -> list[str]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def qt_allowed(path: str) -> bool:
    return path.startswith(QT_ALLOWED) or Path(path).name.startswith("view")


def skill_folders() -> list[Path]:
    return sorted(p for p in SKILLS.iterdir() if (p / "__init__.py").is_file())


def test_only_the_gui_layer_imports_pyside6():
    offenders = []
    for file in tutor_files():
        names = imported_names(ast.parse(file.read_text(encoding="utf-8")))
        if any(n.split(".")[0] == "PySide6" for n in names) and not qt_allowed(relative(file)):
            offenders.append(relative(file))
    assert offenders == []


def test_only_the_store_imports_sqlalchemy():
    offenders = []
    for file in tutor_files():
        if relative(file).startswith("tutor/store/"):
            continue
        names = imported_names(ast.parse(file.read_text(encoding="utf-8")))
        if any(n.split(".")[0] in ("sqlalchemy", "alembic") for n in names):
            offenders.append(relative(file))
    assert offenders == []


def test_no_view_records_an_attempt_itself():
    """A room hands its engine's FinishedAttempt to RoomHost.finish (one way to record)."""
    offenders = []
    for file in tutor_files():
        if not file.name.startswith("view"):
            continue
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            name = (node.func.attr if isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute) else
                    node.func.id if isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name) else None)
            if name in ("record_attempt", "save_attempt"):
                offenders.append(f"{relative(file)}:{node.lineno}")
    assert offenders == []


def module_level_imports(file: Path, known: set[str]) -> set[str]:
    """The tutor modules a module imports when it is imported (not inside functions, not
    for type checkers only)."""
    tree = ast.parse(file.read_text(encoding="utf-8"))
    package = module_name(file) if file.name == "__init__.py" else module_name(file).rpartition(".")[0]
    found: set[str] = set()

    def visit(statements: list[ast.stmt]) -> None:
        for node in statements:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            if isinstance(node, (ast.If, ast.Try)):
                visit(node.body)
                visit(getattr(node, "orelse", []))
                for handler in getattr(node, "handlers", []):
                    visit(handler.body)
                continue
            targets = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(anchor + ([base] if base else []))
                targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
            for target in targets:
                if target in known:
                    found.add(target)
    visit(tree.body)
    return found


def import_graph() -> dict[str, set[str]]:
    files = {module_name(f): f for f in tutor_files()}
    known = set(files)
    graph = {}
    for name, file in files.items():
        edges = module_level_imports(file, known)
        # Importing a.b.c imports a and a.b first.
        for edge in list(edges):
            parts = edge.split(".")
            edges.update(".".join(parts[:n]) for n in range(1, len(parts)) if
                         ".".join(parts[:n]) in known)
        edges.discard(name)
        # A package's own parents are imported before it, not by it.
        graph[name] = {e for e in edges if not name.startswith(e + ".")}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_imports_inside_tutor_run_one_way():
    assert find_cycle(import_graph()) is None


@pytest.mark.parametrize("folder", skill_folders(), ids=lambda p: p.name)
def test_every_skill_folder_has_the_same_shape(folder):
    names = {p.name for p in folder.glob("*.py")}
    assert {"__init__.py", "model.py", "engine.py", "grading.py"} <= names
    assert any(n.startswith("view") for n in names) or folder.name in ROOM_TO_COME


@pytest.mark.parametrize("folder", skill_folders(), ids=lambda p: p.name)
def test_a_skill_is_named_only_in_its_own_folder(folder):
    """Nothing outside a skill's folder (and the registry's one line) names it: the
    trainer's tools and the reports reach a skill through the registry."""
    pattern = re.compile(rf"""["']{folder.name}["']""")
    offenders = []
    for file in tutor_files():
        if folder in file.parents or file == SKILLS / "__init__.py" or PLACEMENT in file.parents:
            continue
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line.split("#")[0]):
                offenders.append(f"{relative(file)}:{number}")
    assert offenders == []


def test_every_colour_comes_from_the_theme():
    offenders = []
    for file in tutor_files():
        if relative(file) == "tutor/ui/style.py":
            continue
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if HEX_COLOUR.search(line):
                offenders.append(f"{relative(file)}:{number}")
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


# What the first window may not wait for (issue 17): the modules `tutor.app` imports
# before the picker's first paint, measured in a new process with -X importtime.
HEAVY_BEFORE_THE_PICKER = (
    "sqlalchemy", "alembic", "pydantic", "pydantic_core", "openpyxl", "spylls", "defusedxml",
    "tomllib", "tutor.content", "tutor.store.models", "tutor.store.learners",
    "tutor.store.attempts", "tutor.store.progress_file", "tutor.trainer",
    "tutor.skills.", "tutor.ui.home", "tutor.ui.rooms", "tutor.ui.trainer_view",
    "tutor.ui.settings", "tutor.ui.reports", "tutor.ui.new_learner", "tutor.ui.speech",
    "tutor.ui.dialogs", "tutor.ui.progress_transfer", "PySide6.QtTextToSpeech",
    "PySide6.QtPrintSupport", "PySide6.QtCharts", "PySide6.QtSvg", "PySide6.QtNetwork",
)


def test_the_picker_imports_nothing_it_does_not_need():
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import tutor.cli, tutor.app"],
        capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    imported = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()
                if line.startswith("import time:") and "|" in line]
    assert "tutor.ui.picker" in imported and "tutor.ui.main_window" in imported
    heavy = [name for name in imported
             if name.startswith(HEAVY_BEFORE_THE_PICKER) or name in ("tutor.skills",)]
    assert heavy == [], "imported before the picker:\n" + "\n".join(
        line for line in result.stderr.splitlines()
        if line.rsplit("|", 1)[-1].strip() in heavy)
