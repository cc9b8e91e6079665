"""Loading and checking lesson packs.

Packs ship under ``lessons/<skill>/<language>/`` and trainers add their own in the
``lessons`` folder of the data directory. A broken pack is reported (``file:line:
what is wrong``) and skipped; it never stops the app.

The shipped packs do not change between starts, so the checks that guard the parser
(nesting, numbers) run once per file content: ``PackCache`` keeps, in the data folder's
``cache/``, the hashes of shipped packs that passed every check (keyed by Tutor's version
and the installed skills too). A file of the program's own ``lessons/`` whose hash is
listed is parsed and validated by its models as always, without the guards; any other
file (a changed pack, a trainer's pack) gets every check, so its errors are the same as
ever. The cache holds no content: the data always comes from the file itself, so a
tampered cache can at most skip the guards for a file of the program's folder, whose
writer could change the program anyway; a damaged cache is ignored and rewritten.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import logging
import math
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from tutor import __version__
from tutor.content.schema import PackHeader
from tutor.content.toml_lines import key_lines, locate
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills import Skill

log = logging.getLogger(__name__)

MAX_PACK_BYTES = 4 * 2**20
CONTEXT = "lessons"


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a pack, at a line of a file."""

    file: Path
    line: int
    source: str  # English template, marked for translation in the "lessons" context
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.source.format(**self.params)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.text}"


@dataclass(frozen=True)
class LessonPack:
    id: str
    version: str
    language: str
    skill: str
    title: str
    description: str
    exercises: tuple[BaseModel, ...]
    path: Path

    def exercise(self, exercise_id: str) -> BaseModel | None:
        return next((e for e in self.exercises if e.id == exercise_id), None)  # type: ignore[attr-defined]


@dataclass
class Catalogue:
    """Every pack that loaded, and the problems of those that did not."""

    packs: dict[str, LessonPack] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def for_skill(self, skill: str, language: str | None = None) -> list[LessonPack]:
        return [
            p
            for p in self.packs.values()
            if p.skill == skill and (language is None or p.language == language)
        ]

    def packs_in(self, skill: str, language: str) -> list[LessonPack]:
        """A skill's packs in ``language``; English when it has none; else any."""
        return self.for_skill(skill, language) or self.for_skill(skill, "en") \
            or self.for_skill(skill)

    def exercise_count(self, skill: str, language: str | None = None) -> int:
        """Exercises of a skill (in one language, or English when it has none)."""
        return len(self.exercise_keys(skill, language))

    def exercise_keys(self, skill: str, language: str | None = None) -> set[tuple[str, str]]:
        """(pack id, exercise id) of a skill's exercises, in one language (or English
        when it has none): what "N of M done" counts."""
        if language is not None and not self.for_skill(skill, language):
            language = "en"
        return {(p.id, e.id) for p in self.for_skill(skill, language)  # type: ignore[attr-defined]
                for e in p.exercises}

    def exercise_title(self, pack_id: str, exercise_id: str) -> str | None:
        pack = self.packs.get(pack_id)
        exercise = pack.exercise(exercise_id) if pack is not None else None
        title = getattr(exercise, "title", None)
        return title if isinstance(title, str) else None


# What pydantic's error types mean, in words a trainer understands.
_MESSAGES = {
    "missing": QT_TRANSLATE_NOOP("lessons", "the key '{key}' is missing"),
    "extra_forbidden": QT_TRANSLATE_NOOP("lessons", "unknown key '{key}'"),
    "string_type": QT_TRANSLATE_NOOP("lessons", "'{key}' must be text in quotes"),
    "string_too_short": QT_TRANSLATE_NOOP("lessons", "'{key}' must not be empty"),
    "string_too_long": QT_TRANSLATE_NOOP("lessons", "'{key}' is too long"),
    "string_pattern_mismatch": QT_TRANSLATE_NOOP(
        "lessons", "'{key}' has a value of the wrong form: {value}"
    ),
    "int_type": QT_TRANSLATE_NOOP("lessons", "'{key}' must be a whole number"),
    "int_parsing": QT_TRANSLATE_NOOP("lessons", "'{key}' must be a whole number"),
    "int_from_float": QT_TRANSLATE_NOOP("lessons", "'{key}' must be a whole number"),
    "float_type": QT_TRANSLATE_NOOP("lessons", "'{key}' must be a number"),
    "float_parsing": QT_TRANSLATE_NOOP("lessons", "'{key}' must be a number"),
    "bool_type": QT_TRANSLATE_NOOP("lessons", "'{key}' must be true or false"),
    "bool_parsing": QT_TRANSLATE_NOOP("lessons", "'{key}' must be true or false"),
    "list_type": QT_TRANSLATE_NOOP("lessons", "'{key}' must be a list [ ... ]"),
    "too_short": QT_TRANSLATE_NOOP("lessons", "'{key}' needs at least {min} item(s)"),
    "too_long": QT_TRANSLATE_NOOP("lessons", "'{key}' has too many items"),
    "dict_type": QT_TRANSLATE_NOOP("lessons", "'{key}' must be a table"),
    "model_type": QT_TRANSLATE_NOOP("lessons", "'{key}' must be a table"),
    "literal_error": QT_TRANSLATE_NOOP("lessons", "'{key}' must be one of: {expected}"),
    "greater_than_equal": QT_TRANSLATE_NOOP("lessons", "'{key}' must be at least {limit}"),
    "less_than_equal": QT_TRANSLATE_NOOP("lessons", "'{key}' must be at most {limit}"),
    "greater_than": QT_TRANSLATE_NOOP("lessons", "'{key}' must be more than {limit}"),
    "less_than": QT_TRANSLATE_NOOP("lessons", "'{key}' must be less than {limit}"),
    # the outcomes an exercise declares (tutor/curriculum.py)
    "outcome_form": QT_TRANSLATE_NOOP(
        "lessons", "'{key}' is not an outcome: {value} (write framework:code, like "
        "icdl-ce:2.2.1 or digcomp:3.1@2)"),
    "outcome_framework": QT_TRANSLATE_NOOP(
        "lessons", "'{key}': unknown framework '{framework}' in {value} (known: {known})"),
    "outcome_level": QT_TRANSLATE_NOOP(
        "lessons", "'{key}': {value} needs a DigComp proficiency level 1 to 8 after @, "
        "like digcomp:3.1@2"),
    "outcome_no_level": QT_TRANSLATE_NOOP(
        "lessons", "'{key}': only DigComp outcomes take a level (@): {value}"),
}
_OTHER = QT_TRANSLATE_NOOP("lessons", "'{key}': {detail}")
_UNKNOWN_CLOSE = QT_TRANSLATE_NOOP("lessons", "unknown key '{key}' (did you mean '{close}'?)")


SHOWN_VALUE = 60  # characters of a wrong value quoted in a message


def _shown(value: object) -> str:
    """A wrong value as a message quotes it: its start, not a whole flood."""
    text = repr(value)
    return text if len(text) <= SHOWN_VALUE else text[:SHOWN_VALUE] + "…"


def _key_name(loc: tuple[str | int, ...]) -> str:
    names = [str(part) if isinstance(part, str) else f"[{part + 1}]" for part in loc]
    return ".".join(names).replace(".[", "[") or "pack"


def _problems_from(
    error: ValidationError, file: Path, lines: _Lines, prefix: tuple, model: type[BaseModel]
) -> list[Problem]:
    problems = []
    for item in error.errors():
        loc = prefix + tuple(item["loc"])
        kind = item["type"]
        ctx = item.get("ctx") or {}
        params: dict[str, Any] = {"key": _key_name(loc)}
        if kind == "extra_forbidden":
            known = list(model.model_fields)
            close = difflib.get_close_matches(str(loc[-1]), known, n=1)
            params["key"] = str(loc[-1])
            if close:
                params["close"] = close[0]
        elif kind == "too_short":
            params["min"] = ctx.get("min_length", 1)
        elif kind == "literal_error":
            params["expected"] = str(ctx.get("expected", ""))
        elif kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
            params["limit"] = next(iter(ctx.values()), "")
        elif kind == "string_pattern_mismatch":
            params["value"] = _shown(item.get("input"))
        elif kind.startswith("outcome_"):
            params.update({k: str(v) for k, v in ctx.items() if k != "key"})
        source = _UNKNOWN_CLOSE if "close" in params else _MESSAGES.get(kind)
        if source is None:
            source, params["detail"] = _OTHER, item["msg"]
        problems.append(Problem(file, lines.of(loc), source, params))
    return problems


def check_pack(
    path: Path, skills: Mapping[str, Skill], cache: PackCache | None = None
) -> tuple[LessonPack | None, list[Problem]]:
    """Read and validate one pack file: the pack, or None and what is wrong. With a
    ``cache``, a file it lists skips the guards before the parser (see the module)."""
    try:
        if path.stat().st_size > MAX_PACK_BYTES:
            return None, [Problem(path, 1, QT_TRANSLATE_NOOP("lessons", "the file is too large"))]
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except OSError as exc:
        return None, [
            Problem(path, 1, QT_TRANSLATE_NOOP("lessons", "cannot read the file: {reason}"),
                    {"reason": exc.strerror or str(exc)})
        ]
    except UnicodeDecodeError:
        return None, [
            Problem(path, 1, QT_TRANSLATE_NOOP("lessons", "the file is not UTF-8 text"))
        ]
    if cache is None:
        return check_pack_text(text, path, skills)
    key = cache.key(raw, skills)
    checked = cache.vouches(path, key)
    pack, problems = check_pack_text(text, path, skills, guarded=not checked)
    if pack is not None:
        cache.passed(key)
    return pack, problems


MAX_NESTING = 32  # arrays and inline tables inside each other; packs need 3
MAX_NUMBER = 1e15


def nesting_depth(text: str, limit: int = MAX_NESTING) -> tuple[int, int]:
    """How deep ``[`` and ``{`` nest in a TOML text, outside strings and comments, and
    the line where it first goes past ``limit`` (0 if it never does). Read before
    ``tomllib``, which would recurse as deep as the file asks."""
    depth = deepest = over_line = 0
    line = 1
    quote = ""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            if quote in ('"', "'"):
                quote = ""  # a one-line string cannot go on: tomllib will say so
        elif quote:
            if quote in ('"', '"""') and c == "\\":
                i += 2
                continue
            if text.startswith(quote, i):
                i += len(quote)
                quote = ""
                continue
        elif c == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        elif c in "\"'":
            quote = c * 3 if text.startswith(c * 3, i) else c
            i += len(quote)
            continue
        elif c in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit and not over_line:
                    over_line = line
        elif c in "]}":
            depth = max(0, depth - 1)
        i += 1
    return deepest, over_line


def _unreasonable(data: object) -> str | None:
    """What is wrong with parsed TOML that the schema cannot say: nesting deeper than
    ``MAX_NESTING`` (dotted table headers nest without brackets) or a number that is not
    finite or far too large. Walked without recursion."""
    stack: list[tuple[object, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, bool):
            continue
        if isinstance(value, int | float):
            if not math.isfinite(value) or abs(value) > MAX_NUMBER:
                return "number"
        elif isinstance(value, dict | list):
            if depth > MAX_NESTING:
                return "depth"
            items = value.values() if isinstance(value, dict) else value
            stack.extend((item, depth + 1) for item in items)
    return None


class _Lines:
    """The lines of a pack's keys, worked out only when a problem needs one."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lines: dict | None = None

    def of(self, loc: tuple) -> int:
        if self._lines is None:
            self._lines = key_lines(self.text)
        return locate(self._lines, loc)


def check_pack_text(
    text: str, path: Path, skills: Mapping[str, Skill], guarded: bool = True
) -> tuple[LessonPack | None, list[Problem]]:
    """Parse and validate a pack's text. ``guarded=False`` skips the nesting and number
    checks, for a file a ``PackCache`` vouches for (it passed them before)."""
    if guarded:
        deepest, over_line = nesting_depth(text)
        if over_line:
            return None, [Problem(path, over_line, QT_TRANSLATE_NOOP(
                "lessons",
                "lists or tables are nested {depth} deep; a pack needs at most {limit}"),
                {"depth": deepest, "limit": MAX_NESTING})]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return None, [_syntax_problem(exc, path)]
    except (ValueError, RecursionError, MemoryError) as exc:  # a number of 5,000 digits...
        return None, [Problem(path, 1, QT_TRANSLATE_NOOP("lessons", "TOML syntax error: {detail}"),
                              {"detail": str(exc)[:200]})]
    wrong = _unreasonable(data) if guarded else None
    if wrong == "depth":
        return None, [Problem(path, 1, QT_TRANSLATE_NOOP(
            "lessons", "tables are nested deeper than {limit}"), {"limit": MAX_NESTING})]
    if wrong == "number":
        return None, [Problem(path, 1, QT_TRANSLATE_NOOP(
            "lessons", "a number is not finite (nan, inf) or far too large"))]
    lines = _Lines(text)
    try:
        header = PackHeader.model_validate(data)
    except ValidationError as exc:
        return None, _problems_from(exc, path, lines, (), PackHeader)
    skill = skills.get(header.skill)
    if skill is None:
        known = ", ".join(sorted(skills)) or "-"
        return None, [
            Problem(path, lines.of(("skill",)),
                    QT_TRANSLATE_NOOP("lessons", "unknown skill '{skill}' (installed: {known})"),
                    {"skill": header.skill, "known": known})
        ]
    problems: list[Problem] = []
    exercises = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(header.exercises):
        prefix = ("exercises", index)
        try:
            exercise = skill.exercise_model.model_validate(raw)
        except ValidationError as exc:
            problems += _problems_from(exc, path, lines, prefix, skill.exercise_model)
            continue
        share_field_sets(exercise)
        exercise_id = exercise.id  # type: ignore[attr-defined]
        if exercise_id in seen:
            problems.append(
                Problem(path, lines.of(prefix + ("id",)),
                        QT_TRANSLATE_NOOP(
                            "lessons", "the exercise id '{id}' is already used at line {first}"),
                        {"id": exercise_id,
                         "first": lines.of(("exercises", seen[exercise_id], "id"))})
            )
        if exercise_id not in seen:
            seen[exercise_id] = index  # its place; its line is looked up only if used twice
        exercises.append(exercise)
    if problems:
        return None, problems
    pack = LessonPack(
        id=header.id,
        version=header.version,
        language=header.language,
        skill=header.skill,
        title=header.title,
        description=header.description,
        exercises=tuple(exercises),
        path=path,
    )
    return pack, []


# One set object per distinct set of field names (a few hundred): see share_field_sets.
_FIELD_SETS: dict[frozenset[str], set[str]] = {}


def share_field_sets(value: object) -> None:
    """Let frozen models (every exercise model, and the tables in them) that were given
    the same fields share one set of those names.

    pydantic keeps in each model the names of the fields its data gave
    (``__pydantic_fields_set__``, a set of about 400 bytes); the 88 shipped packs hold
    3,916 models, so these sets were 1.6 MB of the catalogue's 5.4 MB. A frozen model
    never changes that set (assignment is refused before it; ``model_copy`` copies it
    first), so sharing it changes nothing else: ``benchmarks/memory.py``'s catalogue
    loading 6.2 -> 4.7 MB of heap. A model that is not frozen keeps its own set."""
    if isinstance(value, BaseModel):
        if value.model_config.get("frozen"):
            names = value.__pydantic_fields_set__
            shared = _FIELD_SETS.setdefault(frozenset(names), names)
            if shared is not names:
                object.__setattr__(value, "__pydantic_fields_set__", shared)
        for item in value.__dict__.values():
            share_field_sets(item)
    elif isinstance(value, list | tuple):
        for item in value:
            share_field_sets(item)
    elif isinstance(value, dict):
        for item in value.values():
            share_field_sets(item)


def _syntax_problem(exc: tomllib.TOMLDecodeError, path: Path) -> Problem:
    import re

    message = str(exc)
    match = re.search(r"\(at line (\d+), column \d+\)", message)
    line = int(match.group(1)) if match else 1
    detail = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", message)
    return Problem(path, line, QT_TRANSLATE_NOOP("lessons", "TOML syntax error: {detail}"),
                   {"detail": detail})


def pack_files(roots: Iterable[Path]) -> list[Path]:
    """Every ``*.toml`` under the given folders (or the files themselves), sorted."""
    files: list[Path] = []
    for root in roots:
        if root.is_file():
            files.append(root)
        elif root.is_dir():
            files += sorted(p for p in root.rglob("*.toml") if p.is_file())
    return files


class PackCache:
    """The hashes of packs that passed every check, kept as JSON in ``folder``.

    A hash is of Tutor's version, the installed skills and the file's bytes: a new
    version, another set of skills or one changed byte and the file is checked again.
    Only files under ``trusted`` (the program's own ``lessons/``) are ever vouched for.
    Any damage (not JSON, another shape, another version) and the cache starts empty.
    """

    NAME = "lesson-packs.json"
    FORMAT = 1

    def __init__(self, folder: Path | None, trusted: Iterable[Path] = ()) -> None:
        self.file = folder / self.NAME if folder is not None else None
        self.trusted = [Path(os.path.realpath(root)) for root in trusted]
        self.known: set[str] = set()
        self.now: set[str] = set()
        if self.file is None:
            return
        try:
            if self.file.stat().st_size > MAX_PACK_BYTES:
                raise ValueError("too large")
            stored = json.loads(self.file.read_bytes())
            if stored["format"] == self.FORMAT and stored["tutor"] == __version__:
                self.known = {h for h in stored["passed"]
                              if isinstance(h, str) and len(h) == 64}
        except FileNotFoundError:
            pass
        except (OSError, ValueError, KeyError, TypeError, RecursionError) as exc:
            log.info("lesson pack cache %s ignored (%s): rebuilt", self.file, exc)

    @staticmethod
    def key(content: bytes, skills: Mapping[str, Skill]) -> str:
        digest = hashlib.sha256()
        digest.update(f"{__version__}\0{','.join(sorted(skills))}\0".encode())
        digest.update(content)
        return digest.hexdigest()

    def vouches(self, path: Path, key: str) -> bool:
        """Whether ``path`` (its content hashing to ``key``) passed every check before."""
        if key not in self.known:
            return False
        real = Path(os.path.realpath(path))
        return any(real.is_relative_to(root) for root in self.trusted)

    def passed(self, key: str) -> None:
        self.now.add(key)

    def save(self) -> None:
        """Write the hashes of this load's good packs, if they changed (atomically)."""
        if self.file is None or self.now == self.known:
            return
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.file.with_name(f"{self.file.name}.{os.getpid()}.tmp")
            temporary.write_text(json.dumps({
                "format": self.FORMAT, "tutor": __version__, "passed": sorted(self.now)}),
                encoding="utf-8")
            os.replace(temporary, self.file)
        except OSError as exc:  # a read-only stick: check again next time
            log.info("lesson pack cache not written (%s)", exc)


def load_catalogue(
    roots: Iterable[Path],
    skills: Mapping[str, Skill],
    cache: Path | None = None,
    trusted: Iterable[Path] = (),
) -> Catalogue:
    """Load every pack under ``roots``; earlier roots win when two packs share an id.

    With ``cache`` (a folder), packs under ``trusted`` that passed every check at an
    earlier load skip the guards before the parser (``PackCache``)."""
    catalogue = Catalogue()
    checked = PackCache(cache, trusted) if cache is not None else None
    for path in pack_files(roots):
        pack, problems = check_pack(path, skills, checked)
        if pack is None:
            catalogue.problems += problems
            for problem in problems:
                log.warning("lesson pack skipped: %s", problem)
            continue
        first = catalogue.packs.get(pack.id)
        if first is not None:
            problem = Problem(path, 1,
                              QT_TRANSLATE_NOOP(
                                  "lessons", "the pack id '{id}' is already used by {other}"),
                              {"id": pack.id, "other": str(first.path)})
            catalogue.problems.append(problem)
            log.warning("lesson pack skipped: %s", problem)
            continue
        catalogue.packs[pack.id] = pack
    if checked is not None:
        checked.save()
    return catalogue
