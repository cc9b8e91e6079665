"""The spreadsheet functions of Tutor's formula engine, registered by name in
``registry.FUNCTIONS`` (importing ``formulas`` imports this module): maths, logic,
criteria (COUNTIF...), lookup, text and dates.
They follow Excel and LibreOffice Calc: in ranges only numbers count, typed arguments
are converted, and the first error met is the result."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, InvalidOperation

from tutor.skills.sheets.number_formats import format_number, round_decimal
from tutor.skills.sheets.registry import Node, function, missing
from tutor.skills.sheets.values import (
    DIV0,
    MAX_TEXT,
    NA,
    NUM,
    REF,
    VALUE,
    Area,
    Context,
    ErrorValue,
    approx_add,
    approx_equal,
    arithmetic,
    compare,
    date_serial,
    finite,
    kind_rank,
    serial_date,
    single,
    text_to_number,
    to_bool,
    to_number,
    to_text,
)

# -- helpers ----------------------------------------------------------------

class _Stop(Exception):
    def __init__(self, error: ErrorValue) -> None:
        self.error = error


def _numbers(args: tuple[object, ...]) -> list[float]:
    """Numbers of the arguments as SUM reads them: in ranges only numbers count; typed
    arguments are converted (text that is not a number gives #VALUE!). Errors stop."""
    out: list[float] = []
    for arg in args:
        if isinstance(arg, Area):
            for value in arg.values():
                if isinstance(value, ErrorValue):
                    raise _Stop(value)
                if isinstance(value, float | int) and not isinstance(value, bool):
                    out.append(float(value))
        elif isinstance(arg, list):
            for row in arg:
                for value in row:
                    if isinstance(value, ErrorValue):
                        raise _Stop(value)
                    if isinstance(value, float | int) and not isinstance(value, bool):
                        out.append(float(value))
        elif arg is not None:
            number = to_number(arg)
            if isinstance(number, ErrorValue):
                raise _Stop(number)
            out.append(number)
    return out


def _guard(fn: Callable[..., object]) -> Callable[..., object]:
    def run(*args: object) -> object:
        try:
            return fn(*args)
        except _Stop as stop:
            return stop.error

    run.__name__ = fn.__name__
    return run


def _num(value: object) -> float:
    number = to_number(value)
    if isinstance(number, ErrorValue):
        raise _Stop(number)
    return number


def _txt(value: object) -> str:
    text = to_text(value)
    if isinstance(text, ErrorValue):
        raise _Stop(text)
    return text


def _int(value: object) -> int:
    return int(math.floor(_num(value)))


def _area_grid(value: object) -> list[list[object]]:
    if isinstance(value, Area):
        return value.grid()
    if isinstance(value, ErrorValue):
        raise _Stop(value)
    return [[value]]


# -- functions: maths ----------------------------------------------------------------


@function("SUM", 1)
@_guard
def _sum(*args: object) -> object:
    total = 0.0
    for number in _numbers(args):
        total = approx_add(total, number)
    return finite(total)


@function("AVERAGE", 1)
@_guard
def _average(*args: object) -> object:
    numbers = _numbers(args)
    return finite(math.fsum(numbers) / len(numbers)) if numbers else DIV0


@function("MIN", 1)
@_guard
def _min(*args: object) -> object:
    numbers = _numbers(args)
    return min(numbers) if numbers else 0.0


@function("MAX", 1)
@_guard
def _max(*args: object) -> object:
    numbers = _numbers(args)
    return max(numbers) if numbers else 0.0


@function("MEDIAN", 1)
@_guard
def _median(*args: object) -> object:
    numbers = sorted(_numbers(args))
    if not numbers:
        return NUM
    middle = len(numbers) // 2
    if len(numbers) % 2:
        return numbers[middle]
    return (numbers[middle - 1] + numbers[middle]) / 2


@function("PRODUCT", 1)
@_guard
def _product(*args: object) -> object:
    numbers = _numbers(args)
    return finite(math.prod(numbers)) if numbers else 0.0


@function("COUNT", 1)
def _count(*args: object) -> object:
    count = 0
    for arg in args:
        if isinstance(arg, Area):
            count += sum(
                1 for v in arg.values() if isinstance(v, float | int) and not isinstance(v, bool)
            )
        elif isinstance(arg, bool) or (
            isinstance(arg, str) and not isinstance(arg, ErrorValue)
            and not isinstance(text_to_number(arg), ErrorValue)
        ) or (isinstance(arg, float | int)):
            count += 1
    return float(count)


@function("COUNTA", 1)
def _counta(*args: object) -> object:
    count = 0
    for arg in args:
        if isinstance(arg, Area):
            count += sum(1 for v in arg.values() if v is not None)
        elif arg is not None:
            count += 1
    return float(count)


@function("COUNTBLANK", 1, 1)
def _countblank(area: object) -> object:
    if not isinstance(area, Area):
        return VALUE
    return float(sum(1 for v in area.values() if v is None or v == ""))


@function("SUMPRODUCT", 1)
@_guard
def _sumproduct(*args: object) -> object:
    grids = [_area_grid(a) for a in args]
    shape = (len(grids[0]), len(grids[0][0]))
    if any((len(g), len(g[0])) != shape for g in grids):
        return VALUE
    total = 0.0
    for r in range(shape[0]):
        for c in range(shape[1]):
            product = 1.0
            for grid in grids:
                value = grid[r][c]
                if isinstance(value, ErrorValue):
                    return value
                product *= float(value) if isinstance(value, float | int) and not isinstance(
                    value, bool) else 0.0
            total += product
    return finite(total)


def _round_decimal(number: float, digits: int, mode: str) -> float:
    if not math.isfinite(number):
        raise _Stop(NUM)
    try:
        return round_decimal(number, digits, mode)
    except InvalidOperation:
        raise _Stop(NUM) from None


@function("ROUND", 1, 2)
@_guard
def _round(number: object, digits: object = 0.0) -> object:
    return _round_decimal(_num(number), int(_num(digits)), ROUND_HALF_UP)


@function("ROUNDUP", 1, 2)
@_guard
def _roundup(number: object, digits: object = 0.0) -> object:
    return _round_decimal(_num(number), int(_num(digits)), ROUND_UP)


@function("ROUNDDOWN", 1, 2)
@_guard
def _rounddown(number: object, digits: object = 0.0) -> object:
    return _round_decimal(_num(number), int(_num(digits)), ROUND_DOWN)


@function("INT", 1, 1)
@_guard
def _int_fn(number: object) -> object:
    return float(math.floor(_num(number)))


@function("ABS", 1, 1)
@_guard
def _abs(number: object) -> object:
    return abs(_num(number))


@function("MOD", 2, 2)
@_guard
def _mod(number: object, divisor: object) -> object:
    n, d = _num(number), _num(divisor)
    if d == 0:
        return DIV0
    result = n - d * math.floor(n / d)
    if approx_equal(result, d) or abs(result) < 1e-15 * abs(d):
        return 0.0
    return result


@function("POWER", 2, 2)
@_guard
def _power(base: object, exponent: object) -> object:
    return arithmetic("^", _num(base), _num(exponent))


@function("SQRT", 1, 1)
@_guard
def _sqrt(number: object) -> object:
    n = _num(number)
    return NUM if n < 0 else math.sqrt(n)


# -- functions: logic ----------------------------------------------------------------


@function("IF", 1, 3, lazy=True)
def _if(ctx: Context, test: Node, then: Node = missing, otherwise: Node | None = None) -> object:
    condition = to_bool(test(ctx))
    if isinstance(condition, ErrorValue):
        return condition
    if condition:
        value = then(ctx)
        return 0.0 if value is None and then is missing else value
    if otherwise is None:
        return False
    value = otherwise(ctx)
    return 0.0 if value is None and otherwise is missing else value


def _logicals(args: tuple[object, ...]) -> list[bool]:
    out: list[bool] = []
    for arg in args:
        if isinstance(arg, Area):
            for value in arg.values():
                if isinstance(value, ErrorValue):
                    raise _Stop(value)
                if isinstance(value, bool):
                    out.append(value)
                elif isinstance(value, float | int):
                    out.append(value != 0)
        elif arg is not None:
            flag = to_bool(arg)
            if isinstance(flag, ErrorValue):
                raise _Stop(flag)
            out.append(flag)
    if not out:
        raise _Stop(VALUE)
    return out


@function("AND", 1)
@_guard
def _and(*args: object) -> object:
    return all(_logicals(args))


@function("OR", 1)
@_guard
def _or(*args: object) -> object:
    return any(_logicals(args))


@function("NOT", 1, 1)
def _not(value: object) -> object:
    flag = to_bool(value)
    return flag if isinstance(flag, ErrorValue) else not flag


@function("IFERROR", 2, 2, lazy=True)
def _iferror(ctx: Context, value: Node, fallback: Node) -> object:
    result = single(value(ctx))
    if isinstance(result, ErrorValue):
        return fallback(ctx)
    return result


@function("TRUE", 0, 0)
def _true() -> object:
    return True  # Calc writes TRUE as TRUE() in its files


@function("FALSE", 0, 0)
def _false() -> object:
    return False  # VLOOKUP(...,FALSE()) as LibreOffice Calc saves it


@function("NA", 0, 0)
def _na() -> object:
    return NA


@function("IFNA", 2, 2, lazy=True)
def _ifna(ctx: Context, value: Node, fallback: Node) -> object:
    result = single(value(ctx))
    if isinstance(result, ErrorValue) and result == NA:
        return _blank_as_zero(fallback(ctx))
    return result


def _blank_as_zero(value: object) -> object:
    value = single(value)
    return 0.0 if value is None else value


@function("IFS", 2, lazy=True)
def _ifs(ctx: Context, *pairs: Node) -> object:
    if len(pairs) % 2:
        return NA
    for test, then in zip(pairs[::2], pairs[1::2], strict=True):
        condition = to_bool(single(test(ctx)))
        if isinstance(condition, ErrorValue):
            return condition
        if condition:
            return _blank_as_zero(then(ctx))
    return NA


@function("SWITCH", 3, lazy=True)
def _switch(ctx: Context, expression: Node, *cases: Node) -> object:
    value = single(expression(ctx))
    if isinstance(value, ErrorValue):
        return value
    pairs = len(cases) // 2
    for index in range(pairs):
        candidate = single(cases[2 * index](ctx))
        if isinstance(candidate, ErrorValue):
            return candidate
        if candidate is not None and kind_rank(candidate) == kind_rank(
                value if value is not None else 0.0) and compare(
                value if value is not None else 0.0, candidate) == 0:
            return _blank_as_zero(cases[2 * index + 1](ctx))
    if len(cases) % 2:
        return _blank_as_zero(cases[-1](ctx))
    return NA


@function("XOR", 1)
@_guard
def _xor(*args: object) -> object:
    return sum(_logicals(args)) % 2 == 1


@function("ISNA", 1, 1)
def _isna(value: object) -> object:
    return single(value) == NA


@function("ISERR", 1, 1)
def _iserr(value: object) -> object:
    value = single(value)
    return isinstance(value, ErrorValue) and value != NA


@function("ISLOGICAL", 1, 1)
def _islogical(value: object) -> object:
    return isinstance(single(value), bool)


@function("SINGLE", 1, 1)
def _single(value: object) -> object:
    return single(value)  # Excel's @ (implicit intersection), _xlfn.SINGLE in files


@function("ISNUMBER", 1, 1)
def _isnumber(value: object) -> object:
    value = single(value)
    return isinstance(value, float | int) and not isinstance(value, bool)


@function("ISBLANK", 1, 1)
def _isblank(value: object) -> object:
    return single(value) is None if isinstance(value, Area) else False


@function("ISERROR", 1, 1)
def _iserror(value: object) -> object:
    return isinstance(single(value), ErrorValue)


@function("ISTEXT", 1, 1)
def _istext(value: object) -> object:
    value = single(value)
    return isinstance(value, str) and not isinstance(value, ErrorValue)


# -- functions: criteria (COUNTIF and friends) ---------------------------------------

_CRITERION = re.compile(r"^(<=|>=|<>|<|>|=)?(.*)$", re.DOTALL)


def _wildcard(pattern: str) -> re.Pattern[str]:
    out = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "~" and index + 1 < len(pattern):
            out.append(re.escape(pattern[index + 1]))
            index += 2
            continue
        out.append(".*" if char == "*" else "." if char == "?" else re.escape(char))
        index += 1
    return re.compile("".join(out), re.IGNORECASE | re.DOTALL)


def criterion(criteria: object) -> Callable[[object], bool]:
    """A test for cells from a criterion as COUNTIF takes it: 5, ">5", "apple", "a*"."""
    criteria = single(criteria)
    if isinstance(criteria, ErrorValue):
        raise _Stop(criteria)
    if isinstance(criteria, bool) or isinstance(criteria, float | int):
        target = criteria

        def equal(value: object) -> bool:
            if isinstance(value, str) and not isinstance(target, bool):
                number = text_to_number(value)
                return not isinstance(number, ErrorValue) and compare(number, target) == 0
            return value is not None and kind_rank(value) == kind_rank(target) and compare(
                value, target) == 0

        return equal
    text = "" if criteria is None else str(criteria)
    op, operand = _CRITERION.match(text).groups()  # type: ignore[union-attr]
    op = op or "="
    number = text_to_number(operand) if operand.strip() else VALUE
    if operand.upper() in ("TRUE", "FALSE"):
        target_value: object = operand.upper() == "TRUE"
    elif not isinstance(number, ErrorValue):
        target_value = number
    else:
        target_value = operand
    if operand == "":
        if op == "=":
            return lambda v: v is None or v == ""
        if op == "<>":
            return lambda v: v is not None and v != ""
        return lambda v: False
    if isinstance(target_value, str) and op in ("=", "<>"):
        pattern = _wildcard(target_value)

        def match_text(value: object) -> bool:
            hit = isinstance(value, str) and not isinstance(value, ErrorValue) and bool(
                pattern.fullmatch(value))
            return hit if op == "=" else not hit

        return match_text
    tests = {"=": lambda c: c == 0, "<>": lambda c: c != 0, "<": lambda c: c < 0,
             ">": lambda c: c > 0, "<=": lambda c: c <= 0, ">=": lambda c: c >= 0}
    test = tests[op]

    def match(value: object) -> bool:
        if value is None or isinstance(value, ErrorValue):
            return op == "<>"
        if kind_rank(value) != kind_rank(target_value):
            return op == "<>"
        return test(compare(value, target_value))

    return match


def _pairs(pairs: tuple[object, ...]) -> list[tuple[Area, Callable[[object], bool]]]:
    if len(pairs) % 2:
        raise _Stop(VALUE)
    out = []
    for area, crit in zip(pairs[::2], pairs[1::2], strict=True):
        if not isinstance(area, Area):
            raise _Stop(VALUE)
        out.append((area, criterion(crit)))
    shape = (out[0][0].rows, out[0][0].cols)
    if any((a.rows, a.cols) != shape for a, _ in out):
        raise _Stop(VALUE)
    return out


def _matching(pairs: list[tuple[Area, Callable[[object], bool]]]) -> list[bool]:
    hits: list[bool] | None = None
    for area, test in pairs:
        flags = [test(v) for v in area.values()]
        hits = flags if hits is None else [a and b for a, b in zip(hits, flags, strict=True)]
    return hits or []


def _same_shape(area: Area, like: Area) -> Area:
    return Area(area.sheet, area.r1, area.c1, area.r1 + like.rows - 1, area.c1 + like.cols - 1,
                area.context)


def _sum_where(values: Area, hits: list[bool]) -> list[float]:
    out = []
    for value, hit in zip(values.values(), hits, strict=False):
        if hit:
            if isinstance(value, ErrorValue):
                raise _Stop(value)
            if isinstance(value, float | int) and not isinstance(value, bool):
                out.append(float(value))
    return out


@function("COUNTIF", 2, 2)
@_guard
def _countif(area: object, crit: object) -> object:
    return float(sum(_matching(_pairs((area, crit)))))


@function("COUNTIFS", 2)
@_guard
def _countifs(*pairs: object) -> object:
    return float(sum(_matching(_pairs(pairs))))


@function("SUMIF", 2, 3)
@_guard
def _sumif(area: object, crit: object, sum_area: object = None) -> object:
    pairs = _pairs((area, crit))
    target = pairs[0][0] if sum_area is None else sum_area
    if not isinstance(target, Area):
        return VALUE
    return math.fsum(_sum_where(_same_shape(target, pairs[0][0]), _matching(pairs)))


@function("SUMIFS", 3)
@_guard
def _sumifs(sum_area: object, *pairs: object) -> object:
    tests = _pairs(pairs)
    if not isinstance(sum_area, Area) or (sum_area.rows, sum_area.cols) != (
        tests[0][0].rows, tests[0][0].cols
    ):
        return VALUE
    return math.fsum(_sum_where(sum_area, _matching(tests)))


@function("AVERAGEIF", 2, 3)
@_guard
def _averageif(area: object, crit: object, avg_area: object = None) -> object:
    pairs = _pairs((area, crit))
    target = pairs[0][0] if avg_area is None else avg_area
    if not isinstance(target, Area):
        return VALUE
    numbers = _sum_where(_same_shape(target, pairs[0][0]), _matching(pairs))
    return math.fsum(numbers) / len(numbers) if numbers else DIV0


@function("AVERAGEIFS", 3)
@_guard
def _averageifs(avg_area: object, *pairs: object) -> object:
    numbers = _where_all(avg_area, pairs)
    return math.fsum(numbers) / len(numbers) if numbers else DIV0


@function("MAXIFS", 3)
@_guard
def _maxifs(max_area: object, *pairs: object) -> object:
    return max(_where_all(max_area, pairs), default=0.0)


@function("MINIFS", 3)
@_guard
def _minifs(min_area: object, *pairs: object) -> object:
    return min(_where_all(min_area, pairs), default=0.0)


def _where_all(area: object, pairs: tuple[object, ...]) -> list[float]:
    tests = _pairs(pairs)
    if not isinstance(area, Area) or (area.rows, area.cols) != (tests[0][0].rows,
                                                                tests[0][0].cols):
        raise _Stop(VALUE)
    return _sum_where(area, _matching(tests))


# -- functions: statistics -----------------------------------------------------------


def _variance(args: tuple[object, ...], sample: bool) -> float | ErrorValue:
    numbers = _numbers(args)
    if len(numbers) < (2 if sample else 1):
        return DIV0
    mean = math.fsum(numbers) / len(numbers)
    return math.fsum((n - mean) ** 2 for n in numbers) / (len(numbers) - (1 if sample else 0))


def _root(value: float | ErrorValue) -> object:
    return value if isinstance(value, ErrorValue) else math.sqrt(value)


for _name, _sample in (("VAR", True), ("VAR.S", True), ("VARP", False), ("VAR.P", False)):
    function(_name, 1)(_guard(lambda *args, _s=_sample: _variance(args, _s)))
for _name, _sample in (("STDEV", True), ("STDEV.S", True), ("STDEVP", False),
                       ("STDEV.P", False)):
    function(_name, 1)(_guard(lambda *args, _s=_sample: _root(_variance(args, _s))))


# -- functions: lookup ---------------------------------------------------------------


def _lookup_equal(needle: object, value: object) -> bool:
    if isinstance(needle, str) and isinstance(value, str) and not isinstance(value, ErrorValue):
        if any(ch in needle for ch in "*?~"):
            return bool(_wildcard(needle).fullmatch(value))
        return needle.casefold() == value.casefold()
    if value is None or isinstance(value, ErrorValue):
        return False
    return kind_rank(needle) == kind_rank(value) and compare(needle, value) == 0


def _position(needle: object, values: list[object], mode: int) -> int | None:
    """0-based position of ``needle``: mode 0 exact, 1 largest <= (ascending data),
    -1 smallest >= (descending data)."""
    if mode == 0:
        return next((i for i, v in enumerate(values) if _lookup_equal(needle, v)), None)
    found = None
    for index, value in enumerate(values):
        if value is None or isinstance(value, ErrorValue) or kind_rank(value) != kind_rank(needle):
            continue
        order = compare(value, needle)
        if (mode > 0 and order <= 0) or (mode < 0 and order >= 0):
            found = index
            if order == 0 and mode < 0:
                break
        else:
            break
    return found


def _lookup(needle: object, table: object, index: object, approximate: object,
            by_rows: bool) -> object:
    needle = single(needle)
    if isinstance(needle, ErrorValue):
        return needle
    if not isinstance(table, Area):
        return VALUE if not isinstance(table, ErrorValue) else table
    position = _int(index)
    size = table.cols if by_rows else table.rows
    if position < 1:
        return VALUE
    if position > size:
        return REF
    approx = True if approximate is None else to_bool(approximate)
    if isinstance(approx, ErrorValue):
        return approx
    table.context.charge(table.rows if by_rows else table.cols)
    if by_rows:
        keys = [table.value(r, 0) for r in range(table.rows)]
    else:
        keys = [table.value(0, c) for c in range(table.cols)]
    if needle is None:
        needle = 0.0
    found = _position(needle, keys, 1 if approx else 0)
    if found is None:
        return NA
    value = table.value(found, position - 1) if by_rows else table.value(position - 1, found)
    return 0.0 if value is None else value


@function("VLOOKUP", 3, 4)
@_guard
def _vlookup(needle: object, table: object, column: object, approximate: object = None) -> object:
    return _lookup(needle, table, column, approximate, by_rows=True)


@function("HLOOKUP", 3, 4)
@_guard
def _hlookup(needle: object, table: object, row: object, approximate: object = None) -> object:
    return _lookup(needle, table, row, approximate, by_rows=False)


@function("INDEX", 2, 3)
@_guard
def _index(table: object, row: object, column: object = None) -> object:
    if not isinstance(table, Area):
        return VALUE if not isinstance(table, ErrorValue) else table
    r = _int(row)
    c = _int(column) if column is not None else None
    if c is None:
        if table.rows == 1:
            r, c = 1, r
        elif table.cols == 1:
            c = 1
        else:
            return REF
    if not (1 <= r <= table.rows and 1 <= c <= table.cols):
        return REF
    value = table.value(r - 1, c - 1)
    return 0.0 if value is None else value


@function("MATCH", 2, 3)
@_guard
def _match(needle: object, area: object, mode: object = None) -> object:
    needle = single(needle)
    if isinstance(needle, ErrorValue):
        return needle
    if not isinstance(area, Area):
        return NA
    if area.rows != 1 and area.cols != 1:
        return NA
    values = list(area.values())
    kind = 1 if mode is None else _int(mode)
    found = _position(needle, values, 0 if kind == 0 else (1 if kind > 0 else -1))
    return NA if found is None else float(found + 1)


@function("XLOOKUP", 3, 6)
@_guard
def _xlookup(needle: object, keys: object, results: object, if_not_found: object = None,
             match_mode: object = None, search_mode: object = None) -> object:
    needle = single(needle)
    if isinstance(needle, ErrorValue):
        return needle
    for area in (keys, results):
        if isinstance(area, ErrorValue):
            return area
        if not isinstance(area, Area):
            return VALUE
    assert isinstance(keys, Area) and isinstance(results, Area)
    if keys.rows != 1 and keys.cols != 1:
        return VALUE
    by_rows = keys.cols == 1
    if (results.rows if by_rows else results.cols) != (keys.rows if by_rows else keys.cols):
        return VALUE
    mode = 0 if match_mode is None else _int(match_mode)
    search = 1 if search_mode is None else _int(search_mode)
    if mode not in (-1, 0, 1, 2) or search not in (-2, -1, 1, 2):
        return VALUE
    values = list(keys.values())
    order = list(range(len(values)))
    if search < 0:
        order.reverse()
    if needle is None:
        needle = 0.0
    found = _xlookup_position(needle, values, order, mode)
    if found is None:
        return NA if if_not_found is None else _blank_as_zero(if_not_found)
    value = results.value(found, 0) if by_rows else results.value(0, found)
    return 0.0 if value is None else value


def _xlookup_position(needle: object, values: list[object], order: list[int],
                      mode: int) -> int | None:
    if mode == 2:
        return next((i for i in order if _lookup_equal(needle, values[i])), None)
    best = None
    for index in order:
        value = values[index]
        if value is None or isinstance(value, ErrorValue) or kind_rank(value) != kind_rank(
                needle):
            continue
        if isinstance(needle, str) and isinstance(value, str):
            order_of = compare(value.casefold(), needle.casefold())
        else:
            order_of = compare(value, needle)
        if order_of == 0:
            return index
        if mode == -1 and order_of < 0 and (best is None or compare(value, values[best]) > 0):
            best = index
        if mode == 1 and order_of > 0 and (best is None or compare(value, values[best]) < 0):
            best = index
    return best


# -- functions: text -----------------------------------------------------------------


@function("CONCATENATE", 1)
@_guard
def _concatenate(*args: object) -> object:
    joined = "".join(_txt(a) for a in args)  # each one cell's text: at most 255 x 32,767
    return VALUE if len(joined) > MAX_TEXT else joined


@function("CONCAT", 1)
@_guard
def _concat(*args: object) -> object:
    parts = []
    length = 0
    for arg in args:
        for value in (arg.values() if isinstance(arg, Area) else [arg]):
            parts.append(_txt(value))
            length += len(parts[-1])
            if length > MAX_TEXT:
                return VALUE
    return "".join(parts)


@function("TEXTJOIN", 3)
@_guard
def _textjoin(delimiter: object, ignore_empty: object, *args: object) -> object:
    skip = to_bool(single(ignore_empty))
    if isinstance(skip, ErrorValue):
        return skip
    separator = _txt(delimiter)
    parts = []
    length = 0
    for arg in args:
        for value in (arg.values() if isinstance(arg, Area) else [arg]):
            text = _txt(value)
            if text or not skip:
                parts.append(text)
                length += len(text) + len(separator)
                if length > MAX_TEXT + len(separator):
                    return VALUE
    joined = separator.join(parts)
    return VALUE if len(joined) > MAX_TEXT else joined


@function("LEFT", 1, 2)
@_guard
def _left(text: object, count: object = 1.0) -> object:
    n = _int(count if count is not None else 1.0)
    return VALUE if n < 0 else _txt(text)[:n]


@function("RIGHT", 1, 2)
@_guard
def _right(text: object, count: object = 1.0) -> object:
    n = _int(count if count is not None else 1.0)
    if n < 0:
        return VALUE
    value = _txt(text)
    return value[len(value) - n:] if n else ""


@function("MID", 3, 3)
@_guard
def _mid(text: object, start: object, count: object) -> object:
    s, n = _int(start), _int(count)
    if s < 1 or n < 0:
        return VALUE
    return _txt(text)[s - 1:s - 1 + n]


@function("LEN", 1, 1)
@_guard
def _len(text: object) -> object:
    return float(len(_txt(text)))


@function("UPPER", 1, 1)
@_guard
def _upper(text: object) -> object:
    return _txt(text).upper()


@function("LOWER", 1, 1)
@_guard
def _lower(text: object) -> object:
    return _txt(text).lower()


@function("PROPER", 1, 1)
@_guard
def _proper(text: object) -> object:
    out, previous_letter = [], False
    for char in _txt(text):
        out.append(char.lower() if previous_letter else char.upper())
        previous_letter = char.isalpha()
    return "".join(out)


@function("TRIM", 1, 1)
@_guard
def _trim(text: object) -> object:
    return re.sub(" +", " ", _txt(text).strip(" "))


@function("SUBSTITUTE", 3, 4)
@_guard
def _substitute(text: object, old: object, new: object, instance: object = None) -> object:
    value, before, after = _txt(text), _txt(old), _txt(new)
    if not before:
        return value
    if instance is None:
        if len(value) + value.count(before) * (len(after) - len(before)) > MAX_TEXT:
            return VALUE
        return value.replace(before, after)
    n = _int(instance)
    if n < 1:
        return VALUE
    position = -1
    for _ in range(n):
        position = value.find(before, position + 1)
        if position < 0:
            return value
    return value[:position] + after + value[position + len(before):]


@function("REPT", 2, 2)
@_guard
def _rept(text: object, count: object) -> object:
    n = _int(count)
    if n < 0:
        return VALUE
    value = _txt(text)
    if not value:
        return ""
    if len(value) * n > MAX_TEXT:
        return VALUE
    return value * n


@function("FIND", 2, 3)
@_guard
def _find(needle: object, text: object, start: object = None) -> object:
    s = _int(start) if start is not None else 1
    haystack = _txt(text)
    if s < 1 or s > len(haystack) + 1:
        return VALUE
    position = haystack.find(_txt(needle), s - 1)
    return VALUE if position < 0 else float(position + 1)


@function("EXACT", 2, 2)
@_guard
def _exact(a: object, b: object) -> object:
    return _txt(a) == _txt(b)


@function("VALUE", 1, 1)
@_guard
def _value(text: object) -> object:
    value = single(text)
    if isinstance(value, float | int) and not isinstance(value, bool):
        return float(value)
    if value is None:
        return 0.0
    if isinstance(value, bool):
        return VALUE
    return text_to_number(_txt(value))


@function("TEXT", 2, 2)
@_guard
def _text(value: object, pattern: object) -> object:
    raw = single(value)
    if isinstance(raw, ErrorValue):
        return raw
    code = _txt(pattern)
    if isinstance(raw, str):
        number = text_to_number(raw)
        if isinstance(number, ErrorValue):
            return raw
        raw = number
    if isinstance(raw, bool):
        return "TRUE" if raw else "FALSE"
    if raw is None:
        raw = 0.0
    if not isinstance(raw, float | int):
        return VALUE  # not reached: a value is a number, text, a boolean or empty
    return format_number(float(raw), code)


# -- functions: dates ----------------------------------------------------------------


@function("TODAY", 0, 0, lazy=True)
def _today(ctx: Context) -> object:
    return date_serial(ctx.today())


@function("DATE", 3, 3)
@_guard
def _date(year: object, month: object, day: object) -> object:
    y, m, d = _int(year), _int(month), _int(day)
    if 0 <= y < 1900:
        y += 1900
    if not 1900 <= y <= 9999 + 1:
        return NUM
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    try:
        serial = date_serial(dt.date(y, m, 1)) + d - 1
    except ValueError:
        return NUM
    return NUM if serial < 1 else serial


@function("YEAR", 1, 1)
@_guard
def _year(serial: object) -> object:
    return float(serial_date(_num(serial)).year)


@function("MONTH", 1, 1)
@_guard
def _month(serial: object) -> object:
    return float(serial_date(_num(serial)).month)


@function("DAY", 1, 1)
@_guard
def _day(serial: object) -> object:
    return float(serial_date(_num(serial)).day)


