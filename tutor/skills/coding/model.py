"""The coding skill's exercises, as written in lesson packs (the pack schema).

An exercise declares its checks:

- ``output``: the expected output (whitespace and case rules); without ``expected`` the
  reference solution's output is the expectation. A program that asks questions is run on
  several sets of answers, the pack's ``cases`` or sets derived from the reference's
  comparisons (``input_sets``), and must print what the reference prints on each;
  numbers compare as numbers (``380.0`` is ``380``) unless ``whole_number`` is set;
- ``calls``: calls of the learner's function on given and random arguments, compared
  with the reference solution's results (numbers as numbers, as above);
- ``rules``: structural checks on the syntax tree ("use a for loop", "do not write the
  answer as a number", "use if, elif and else" as one chain: ``STRUCTURES``), each with
  its message in the pack's language.

How they are checked is ``grading``'s business.
"""

from __future__ import annotations

import ast
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tutor.content.schema import ExerciseBase

CONSTRUCTS = {
    "for": (ast.For,),
    "while": (ast.While,),
    "if": (ast.If,),
    "def": (ast.FunctionDef,),
    "return": (ast.Return,),
    "list": (ast.List, ast.ListComp),
    "dict": (ast.Dict, ast.DictComp),
    "fstring": (ast.JoinedStr,),
    "assign": (ast.Assign, ast.AugAssign, ast.AnnAssign),
    "augassign": (ast.AugAssign,),
    "compare": (ast.Compare,),
    "boolop": (ast.BoolOp,),
    "break": (ast.Break,),
    "try": (ast.Try,),
    "import": (ast.Import, ast.ImportFrom),
}

# Shapes a rule can require, beyond one kind of node: what a task's words name.
STRUCTURES = {
    "if-else": "an if with an else (or elif) branch in the same statement",
    "if-elif-else": "an if with at least one elif and a final else, in one chain",
    "for-each": "a for loop over the items of a list, text or dictionary (not over range)",
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class OutputCheck(_Strict):
    expected: str | None = None  # None: the reference solution's output
    case: Literal["exact", "ignore"] = "exact"
    spaces: Literal["exact", "trailing", "collapse"] = "trailing"
    hint: str = ""  # shown when the output is wrong (in the pack's language)
    # Sets of answers to input() the program is also checked with (each compared with the
    # reference's output); none: derived from the reference's comparisons.
    cases: list[list[str]] = Field(default_factory=list, max_length=20)
    whole_number: bool = False  # a number printed must be whole where the expected one is

    @model_validator(mode="after")
    def _cases(self) -> OutputCheck:
        for answers in self.cases:
            if len(answers) > 100:
                raise ValueError("a case has at most 100 answers")
            if any("\n" in a or "\r" in a for a in answers):
                raise ValueError("an answer of a case is one line (no line break)")
        return self


ARG_PATTERN = re.compile(
    r"^(int:-?\d+:-?\d+|float:-?\d+(\.\d+)?:-?\d+(\.\d+)?|choice:.+|ints:\d+:\d+:-?\d+:-?\d+|word)$"
)


class CallCheck(_Strict):
    function: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    args: list[list[Any]] = []  # given argument lists
    # One generator per parameter: int:A:B, float:A:B, choice:a|b, ints:N:M:A:B, word.
    random: list[str] = []
    count: int = Field(default=5, ge=0, le=50)  # how many random calls
    hint: str = ""
    whole_number: bool = False  # the result must be a whole number where the reference's is

    @model_validator(mode="after")
    def _generators(self) -> CallCheck:
        for spec in self.random:
            if not ARG_PATTERN.match(spec):
                raise ValueError(f"unknown random argument {spec!r} "
                                 "(int:A:B, float:A:B, choice:a|b|c, ints:N:M:A:B or word)")
        if not self.args and not self.random:
            raise ValueError("give args, random or both")
        return self


class RuleCheck(_Strict):
    require: str = ""  # a construct of CONSTRUCTS or "call:NAME"
    forbid: str = ""
    forbid_value: str | int | float | None = None  # a literal that must not appear
    message: str = Field(min_length=1)

    @model_validator(mode="after")
    def _one_rule(self) -> RuleCheck:
        given = [bool(self.require), bool(self.forbid), self.forbid_value is not None]
        if sum(given) != 1:
            raise ValueError("a rule has exactly one of require, forbid, forbid_value")
        for construct in (self.require, self.forbid):
            if construct and construct not in CONSTRUCTS and construct not in STRUCTURES \
                    and not re.match(r"^call:[A-Za-z_][A-Za-z0-9_]*$", construct):
                raise ValueError(f"unknown construct {construct!r} (one of "
                                 f"{', '.join([*CONSTRUCTS, *STRUCTURES])} or call:NAME)")
        return self


class WrongAnswer(_Strict):
    """A typical wrong answer, for the pack's own tests: it must fail ``fails``."""

    code: str = Field(min_length=1)
    fails: str = Field(min_length=1)  # a criterion id: runs, output, call:NAME, rule:N


class CodingExercise(ExerciseBase):
    explanation: str = Field(min_length=1)
    example: str = ""  # code the learner can run to see the idea
    task: str = Field(min_length=1)
    starter: str = ""  # what the editor holds at first
    solution: str = Field(min_length=1)
    hints: list[str] = Field(default_factory=list)
    inputs: list[str] = Field(default_factory=list)  # answers to input() when checking
    output: OutputCheck | None = None
    calls: list[CallCheck] = Field(default_factory=list)
    rules: list[RuleCheck] = Field(default_factory=list)
    wrong: list[WrongAnswer] = Field(default_factory=list)
    time_limit: float = Field(default=5.0, gt=0, le=60)  # seconds; a trainer may change it
    reveal_after: int = Field(default=3, ge=0, le=20)  # tries before "Show the solution"

