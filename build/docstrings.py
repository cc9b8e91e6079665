"""The bundle's Python code without its docstrings (issue 17: memory).

Every module the app imports keeps its docstrings in memory as constants of its code:
SQLAlchemy's, pydantic's and Tutor's own are long. Measured with ``benchmarks/memory.py``
from source, the walk through the four rooms (alternating runs): 128.3 MB with them,
123.7 MB under ``python -OO``. ``-OO`` (PyInstaller's ``optimize=2``) also removes every
``assert``; some of Tutor's asserts guard what must never happen, and a library may
assert its own docstrings (SQLAlchemy's event system does, under ``-O`` no more). So,
while PyInstaller runs ``build/tutor.spec``, ``compile`` of a module's source (or of the
tree PyInstaller's module graph parsed from it) follows one of three rules:

- Tutor's own modules: their docstrings dropped (of the module, of each class and of
  each function; a body that was only a docstring becomes ``pass``), nothing else: the
  asserts stay, the lines are the same (tracebacks point at the same lines);
- PyInstaller's own code (its bootstrap and run-time hooks): unchanged;
- everything else (the standard library and the libraries): as ``python -OO`` compiles
  it, a mode Python supports and these libraries allow for (checked: pydantic,
  SQLAlchemy and openpyxl test ``__doc__`` before using it).
"""

from __future__ import annotations

import ast
import builtins
import os
from pathlib import Path
from typing import Any

_DOCUMENTED = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


def _is_docstring(statement: ast.stmt) -> bool:
    return (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)
            and isinstance(statement.value.value, str))


def without_docstrings(tree: ast.AST) -> ast.AST:
    """``tree`` with the docstrings of its module, classes and functions removed."""
    for node in ast.walk(tree):
        if isinstance(node, _DOCUMENTED) and node.body and _is_docstring(node.body[0]):
            docstring = node.body[0]
            if len(node.body) > 1:
                del node.body[0]
            else:
                node.body[0] = ast.copy_location(ast.Pass(), docstring)
    return tree


_original_compile = builtins.compile
_own: tuple[str, ...] = ()
_unchanged: tuple[str, ...] = ()


def _rule(filename: Any) -> str:
    name = str(filename)
    if name.startswith(_own):
        return "own"
    if name.startswith(_unchanged):
        return "unchanged"
    return "library"


def compile_without_docstrings(source: Any, filename: Any, mode: str, flags: int = 0,
                               dont_inherit: bool = False, optimize: int = -1,
                               **options: Any) -> Any:
    """``compile`` by the rules above, for module source compiled to code (given as
    text, or as the tree PyInstaller's module graph parses first: changed in place)."""
    rule = _rule(filename)
    if mode != "exec" or flags & ast.PyCF_ONLY_AST or options or rule == "unchanged":
        return _original_compile(source, filename, mode, flags, dont_inherit, optimize,
                                 **options)
    if rule == "library":
        return _original_compile(source, filename, mode, flags, dont_inherit, 2)
    if isinstance(source, ast.Module):
        return _original_compile(without_docstrings(source), filename, mode, flags,
                                 dont_inherit, optimize)
    if not isinstance(source, str | bytes):
        return _original_compile(source, filename, mode, flags, dont_inherit, optimize)
    try:
        tree = _original_compile(source, filename, mode, flags | ast.PyCF_ONLY_AST,
                                 dont_inherit, optimize)
    except SyntaxError:  # the real compile says what is wrong
        return _original_compile(source, filename, mode, flags, dont_inherit, optimize)
    return _original_compile(without_docstrings(tree), filename, mode, flags, dont_inherit,
                             optimize)


def install(own: Path, unchanged: Path) -> None:
    """From now on in this process (PyInstaller's), compile by the rules above: ``own``
    is Tutor's package folder, ``unchanged`` PyInstaller's."""
    global _own, _unchanged
    _own = (str(own.resolve()) + os.sep,)
    _unchanged = (str(unchanged.resolve()) + os.sep,)
    builtins.compile = compile_without_docstrings
