"""Outcomes as data: the frameworks an exercise's ``outcomes`` name, and what they cover.

An exercise of a pack may declare the outcomes it trains, each ``"<framework>:<code>"``::

    outcomes = ["icdl-ce:2.2.2", "northstar-bcs:7", "digcomp:5.1@2"]

The frameworks are fixed (``FRAMEWORK_IDS``); their outcomes (code and English title)
are listed in ``assets/curriculum/<framework>.toml``, each file saying in its header
where its list comes from and marking the items that could not be confirmed. A DigComp
outcome names a competence and a proficiency level 1 to 8 (``digcomp:3.1@2``); the
others take no level. An exercise's *level* is the highest DigComp level it declares:
the placement's ladders are built from it (``exercise_level``).

``coverage(catalogue)`` says, per framework, which outcomes the loaded packs cover and
by which exercises; ``tutor curriculum`` prints it and writes ``docs/curriculum.md``.
Pure: reads TOML files, nothing else.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from tutor import paths

if TYPE_CHECKING:
    from tutor.content.packs import Catalogue

FRAMEWORK_IDS = (
    "icdl-ce",
    "icdl-oe",
    "icdl-sheets",
    "icdl-computing",
    "northstar-bcs",
    "northstar-email",
    "digcomp",
)
DIGCOMP = "digcomp"
LEVELS = range(1, 9)  # DigComp proficiency levels

# Bounded parts: a pack's outcome is a short id, never a number to convert or a
# megabyte of text (a hostile pack got Python's own 4,300-digit error).
_FORM = re.compile(r"^([a-z][a-z0-9-]{0,31}):([0-9]{1,4}(?:\.[0-9]{1,4}){0,5})(?:@([0-9]{1,3}))?$")
MAX_OUTCOME_CHARS = 80


class OutcomeError(ValueError):
    """An outcome id that is not ``framework:code``, names an unknown framework or has a
    wrong level. ``kind`` and ``params`` let the pack loader say so in a trainer's words."""

    def __init__(self, kind: str, message: str, **params: str) -> None:
        self.kind = kind
        self.params = params
        super().__init__(message.format(**params))


def parse_outcome(outcome: str) -> tuple[str, str, int | None]:
    """``"digcomp:3.1@2"`` -> ``("digcomp", "3.1", 2)``; ``"icdl-ce:2.2.1"`` ->
    ``("icdl-ce", "2.2.1", None)``. Raises ``OutcomeError``."""
    match = _FORM.match(outcome) if len(outcome) <= MAX_OUTCOME_CHARS else None
    if match is None:
        shown = outcome if len(outcome) <= MAX_OUTCOME_CHARS else outcome[:40] + "…"
        raise OutcomeError(
            "outcome_form",
            "{value} is not an outcome: write framework:code, like icdl-ce:2.2.1 or "
            "digcomp:3.1@2", value=shown)
    framework, code, level = match.group(1), match.group(2), match.group(3)
    if framework not in FRAMEWORK_IDS:
        raise OutcomeError(
            "outcome_framework", "unknown framework '{framework}' in {value} (known: {known})",
            framework=framework, value=outcome, known=", ".join(FRAMEWORK_IDS))
    if framework == DIGCOMP:
        if level is None or int(level) not in LEVELS:
            raise OutcomeError(
                "outcome_level",
                "{value} needs a DigComp proficiency level 1 to 8 after @, like digcomp:3.1@2",
                value=outcome)
        return framework, code, int(level)
    if level is not None:
        raise OutcomeError(
            "outcome_no_level", "{value}: only DigComp outcomes take a level (@)", value=outcome)
    return framework, code, None


def exercise_level(exercise: object) -> int | None:
    """The highest DigComp proficiency level among the exercise's outcomes, or None when
    it declares no DigComp outcome (a trainer's pack may declare none)."""
    levels = [level for _, _, level in map(parse_outcome, getattr(exercise, "outcomes", ()))
              if level is not None]
    return max(levels, default=None)


@dataclass(frozen=True)
class Outcome:
    code: str
    title: str
    confirmed: bool = False  # read in the framework's own words; else to be checked
    area: str = ""  # DigComp's competence area


@dataclass(frozen=True)
class Level:
    level: int
    band: str
    title: str


@dataclass(frozen=True)
class Framework:
    id: str
    title: str
    version: str
    source: str
    outcomes: tuple[Outcome, ...]
    levels: tuple[Level, ...] = ()

    def outcome(self, code: str) -> Outcome | None:
        return next((o for o in self.outcomes if o.code == code), None)


def read_framework(path: Path) -> Framework:
    """One ``assets/curriculum/<id>.toml`` file. Raises ValueError when it is malformed
    (they are shipped files: the tests read every one)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    framework_id = data.get("id")
    if framework_id != path.stem or framework_id not in FRAMEWORK_IDS:
        raise ValueError(f"{path}: id {framework_id!r} is not the file's name or not known")
    outcomes = tuple(
        Outcome(code=str(o["code"]), title=str(o["title"]),
                confirmed=bool(o.get("confirmed", False)), area=str(o.get("area", "")))
        for o in data["outcomes"])
    codes = [o.code for o in outcomes]
    if len(set(codes)) != len(codes):
        raise ValueError(f"{path}: an outcome code is listed twice")
    levels = tuple(Level(int(x["level"]), str(x["band"]), str(x["title"]))
                   for x in data.get("levels", ()))
    return Framework(id=framework_id, title=str(data["title"]), version=str(data["version"]),
                     source=str(data["source"]), outcomes=outcomes, levels=levels)


def load_frameworks(folder: Path | None = None) -> dict[str, Framework]:
    """Every framework, in ``FRAMEWORK_IDS`` order, from ``folder`` (default: the
    shipped ``assets/curriculum``)."""
    if folder is None:
        return dict(_shipped_frameworks())
    return {fid: read_framework(folder / f"{fid}.toml") for fid in FRAMEWORK_IDS}


@cache
def _shipped_frameworks() -> tuple[tuple[str, Framework], ...]:
    folder = paths.resource("assets", "curriculum")
    return tuple((fid, read_framework(folder / f"{fid}.toml")) for fid in FRAMEWORK_IDS)


@dataclass(frozen=True, order=True)
class Use:
    """One exercise that declares an outcome (with its DigComp level, if any)."""

    pack: str
    exercise: str
    level: int | None = None

    def __str__(self) -> str:
        ref = f"{self.pack}/{self.exercise}"
        return ref if self.level is None else f"{ref} (level {self.level})"


@dataclass
class FrameworkCoverage:
    """Which of a framework's outcomes the packs cover, and by which exercises."""

    framework: Framework
    covered: dict[str, list[Use]] = field(default_factory=dict)  # in the framework's order
    unlisted: dict[str, list[Use]] = field(default_factory=dict)  # codes not in its list

    @property
    def not_covered(self) -> list[Outcome]:
        return [o for o in self.framework.outcomes if o.code not in self.covered]


def coverage(
    catalogue: Catalogue,
    frameworks: Mapping[str, Framework] | None = None,
    language: str | None = None,
) -> dict[str, FrameworkCoverage]:
    """Per framework: each outcome the catalogue's packs (those in ``language``, or all)
    declare -> the exercises that declare it; ``not_covered`` the others. DigComp outcomes
    are counted per competence (``3.1``), each use keeping its level."""
    known = load_frameworks() if frameworks is None else frameworks
    found: dict[str, dict[str, list[Use]]] = {fid: {} for fid in known}
    packs = sorted(catalogue.packs.values(), key=lambda p: p.id)
    for pack in packs:
        if language is not None and pack.language != language:
            continue
        for exercise in pack.exercises:
            for outcome in getattr(exercise, "outcomes", ()):
                fid, code, level = parse_outcome(outcome)
                if fid in found:
                    found[fid].setdefault(code, []).append(
                        Use(pack.id, exercise.id, level))  # type: ignore[attr-defined]
    result = {}
    for fid, framework in known.items():
        listed = [o.code for o in framework.outcomes]
        uses = found[fid]
        result[fid] = FrameworkCoverage(
            framework=framework,
            covered={code: uses[code] for code in listed if code in uses},
            unlisted={code: uses[code] for code in sorted(uses) if code not in listed},
        )
    return result


def levels_of(uses: Iterable[Use]) -> list[int]:
    """The distinct DigComp levels among ``uses``, low to high."""
    return sorted({u.level for u in uses if u.level is not None})


# What ``tutor curriculum`` prints: plain text for a terminal, Markdown for docs/.

UNCONFIRMED = "?"
LANGUAGE_NAMES = {"en": "English", "fr": "French", "ar": "Arabic", "sw": "Swahili"}
_WIDTH = 88


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 3].rstrip() + "..."


def _wrapped(words: list[str], indent: int) -> list[str]:
    lines, line = [], ""
    for word in words:
        if line and indent + len(line) + 2 + len(word) > _WIDTH:
            lines.append(line + ",")
            line = word
        else:
            line = f"{line}, {word}" if line else word
    return [" " * indent + x for x in lines + ([line] if line else [])]


def _counts(report: FrameworkCoverage, where: str) -> str:
    total, covered = len(report.framework.outcomes), len(report.covered)
    return f"{covered} of {total} outcomes covered by {where}; {total - covered} not covered"


def report_text(reports: Mapping[str, FrameworkCoverage], language: str | None) -> str:
    """Per framework: each covered outcome with the exercises that declare it, then the
    outcomes not covered."""
    where = (f"the {LANGUAGE_NAMES.get(language, language)} packs" if language
             else "the packs in every language")
    out: list[str] = []
    for report in reports.values():
        framework = report.framework
        out += [f"{framework.title} ({framework.id}), {framework.version}",
                f"{_counts(report, where)}.", ""]
        out.append("Covered:" if report.covered else "Covered: none")
        for code, uses in report.covered.items():
            outcome = framework.outcome(code)
            assert outcome is not None
            mark = "" if outcome.confirmed else UNCONFIRMED
            levels = levels_of(uses)
            word = "level" if len(levels) == 1 else "levels"
            at = f" [{word} {', '.join(map(str, levels))}]" if levels else ""
            out.append(f"  {code + mark:<8} {_short(outcome.title, 76 - len(at))}{at}")
            out += _wrapped(sorted({str(u) for u in uses}), 11)
        if report.unlisted:
            out.append("Declared but not in the framework's list:")
            for code, uses in report.unlisted.items():
                out.append(f"  {code}")
                out += _wrapped(sorted({str(u) for u in uses}), 11)
        missing = report.not_covered
        out.append("")
        out.append("Not covered:" if missing else "Not covered: none")
        for outcome in missing:
            mark = "" if outcome.confirmed else UNCONFIRMED
            out.append(f"  {outcome.code + mark:<8} {_short(outcome.title, 76)}")
        if any(not o.confirmed for o in framework.outcomes):
            out.append(f"({UNCONFIRMED} = not confirmed in the framework's own text: see "
                       f"assets/curriculum/{framework.id}.toml)")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def report_markdown(reports: Mapping[str, FrameworkCoverage], language: str | None) -> str:
    """``docs/curriculum.md``: a summary table, then per framework the covered outcomes
    with their exercises and the outcomes not covered."""
    where = (f"the shipped {LANGUAGE_NAMES.get(language, language)} packs" if language
             else "the shipped packs")
    out = [
        "# Curriculum: the outcomes the lessons train",
        "",
        "Generated from the lesson packs by `python -m tutor curriculum --markdown > "
        "docs/curriculum.md`; do not edit it by hand (`tests/test_cli_curriculum.py` fails "
        f"when it is not current). It counts {where}: the other languages declare the same "
        "outcomes for the same exercises (`tests/content/test_outcomes.py`). Each "
        "exercise's `outcomes` are in its pack; the frameworks' lists, with where they "
        "come from, are in `assets/curriculum/`. An item marked "
        f"{UNCONFIRMED} could not be confirmed in the framework's own text.",
        "",
        "| Framework | Version | Outcomes | Covered | Not covered |",
        "|---|---|---:|---:|---:|",
    ]
    for report in reports.values():
        framework = report.framework
        total = len(framework.outcomes)
        out.append(f"| {framework.title} (`{framework.id}`) | {framework.version} | {total} "
                   f"| {len(report.covered)} | {total - len(report.covered)} |")
    for report in reports.values():
        framework = report.framework
        out += ["", f"## {framework.title} (`{framework.id}`)", "",
                f"{framework.version}. Source: {framework.source}. "
                f"{_counts(report, 'the lessons')}.", ""]
        if framework.levels:
            out += ["Proficiency levels: " + "; ".join(
                f"{lv.level} {lv.band.lower()} ({lv.title})" for lv in framework.levels)
                + ".", ""]
        if report.covered:
            digcomp = bool(framework.levels)
            out += ["| Outcome | Title | " + ("Levels | " if digcomp else "") + "Exercises |",
                    "|---|---|" + ("---|" if digcomp else "") + "---|"]
            for code, uses in report.covered.items():
                outcome = framework.outcome(code)
                assert outcome is not None
                mark = "" if outcome.confirmed else " " + UNCONFIRMED
                refs = ", ".join(f"`{u.pack}/{u.exercise}`"
                                 + (f" ({u.level})" if u.level is not None else "")
                                 for u in sorted(set(uses)))
                levels = (", ".join(map(str, levels_of(uses))) + " | ") if digcomp else ""
                out.append(f"| {code}{mark} | {_cell(outcome.title)} | {levels}{refs} |")
        for code, uses in report.unlisted.items():
            out.append(f"| {code} (not in the list) | | "
                       + ", ".join(f"`{u.pack}/{u.exercise}`" for u in uses) + " |")
        missing = report.not_covered
        if missing:
            out += ["", "Not covered:", ""]
            out += [f"- {o.code}{'' if o.confirmed else ' ' + UNCONFIRMED} {o.title}"
                    for o in missing]
    return "\n".join(out) + "\n"
