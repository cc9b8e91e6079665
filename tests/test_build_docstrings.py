"""The bundle's code without docstrings (build/docstrings.py): only the docstrings go."""

import ast
import dis
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "build"))
import docstrings

SOURCE = '''"""The module's docstring."""
from __future__ import annotations

GREETING = "not a docstring"


class Invoice:
    """An invoice."""

    total: int = 0

    def check(self, amount):
        """Refuse a negative amount."""
        assert amount >= 0, "a negative amount"
        return f"{amount} paid"


def only_a_docstring():
    """Nothing else."""


async def later():
    """Async too."""
    return "later"
'''


@pytest.fixture(autouse=True)
def rules(tmp_path, monkeypatch):
    """"invoice.py" and "x.py" are Tutor's own; "library/..." a library's."""
    monkeypatch.setattr(docstrings, "_own", ("invoice.py", "x.py", "<expr>", "broken.py"))
    monkeypatch.setattr(docstrings, "_unchanged", ("pyinstaller/",))


def _run(code):
    namespace = {}
    exec(code, namespace)
    return namespace


def test_docstrings_go_and_everything_else_stays():
    code = docstrings.compile_without_docstrings(SOURCE, "invoice.py", "exec")
    found = _run(code)
    assert found.get("__doc__") is None  # (a module object would say None)
    assert found["GREETING"] == "not a docstring"
    invoice = found["Invoice"]
    assert invoice.__doc__ is None and invoice.check.__doc__ is None
    assert found["only_a_docstring"].__doc__ is None and found["only_a_docstring"]() is None
    assert found["later"].__doc__ is None
    assert invoice().check(5) == "5 paid"
    with pytest.raises(AssertionError, match="a negative amount"):  # asserts are kept
        invoice().check(-1)
    strings = {c for c in invoice.check.__code__.co_consts if isinstance(c, str)}
    assert "Refuse a negative amount." not in strings
    # The same lines: a traceback points where the source says.
    plain = _run(compile(SOURCE, "invoice.py", "exec"))
    assert plain["__doc__"] == "The module's docstring." and plain["Invoice"].__doc__
    assert (invoice.check.__code__.co_firstlineno
            == plain["Invoice"].check.__code__.co_firstlineno)
    lines = {i.positions.lineno for i in dis.get_instructions(invoice.check) if i.positions}
    assert 14 in lines  # the assert's line


def test_what_is_not_module_source_is_compiled_as_before():
    assert docstrings.compile_without_docstrings("1 + 2", "<expr>", "eval") is not None
    tree = docstrings.compile_without_docstrings(SOURCE, "x.py", "exec", ast.PyCF_ONLY_AST)
    assert isinstance(tree, ast.Module) and ast.get_docstring(tree) == "The module's docstring."
    with pytest.raises(SyntaxError):
        docstrings.compile_without_docstrings("def broken(:\n", "broken.py", "exec")


def test_tutor_reads_no_docstring():
    """Tutor's own code never reads ``__doc__`` (it is None in the bundle)."""
    root = Path(__file__).parents[1] / "tutor"
    readers = [str(p.relative_to(root)) for p in root.rglob("*.py")
               if "__doc__" in p.read_text(encoding="utf-8")]
    assert readers == []


def test_a_tree_parsed_first_loses_its_docstrings_too():
    """PyInstaller's module graph parses a module, then compiles the tree."""
    tree = ast.parse(SOURCE)
    found = _run(docstrings.compile_without_docstrings(tree, "invoice.py", "exec", 0, True))
    assert found["Invoice"].__doc__ is None and found["GREETING"] == "not a docstring"


def test_a_library_is_compiled_as_python_oo_compiles_it_and_pyinstaller_unchanged():
    library = _run(docstrings.compile_without_docstrings(SOURCE, "library/invoice.py", "exec"))
    assert library["Invoice"].__doc__ is None
    assert library["Invoice"]().check(-1) == "-1 paid"  # -OO: no asserts
    hook = _run(docstrings.compile_without_docstrings(SOURCE, "pyinstaller/hook.py", "exec"))
    assert hook["Invoice"].__doc__ == "An invoice."
    with pytest.raises(AssertionError):
        hook["Invoice"]().check(-1)
