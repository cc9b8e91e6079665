"""The formula language: precedence, references, errors, functions, and properties that
must hold for any formula."""

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tutor.skills.sheets import formulas as fx
from tutor.skills.sheets.engine import Workbook
from tutor.skills.sheets.number_formats import format_number
from tutor.skills.sheets.references import column_letters, parse_ref
from tutor.skills.sheets.values import Context, FormulaError, is_error


@pytest.mark.parametrize("formula, expected", [
    ("=-2^2", 4.0), ("=2^3^2", 64.0), ("=2^-1", 0.5), ("=1+2*3", 7.0), ("=(1+2)*3", 9.0),
    ("=10-2-3", 5.0), ("=12/2/3", 2.0), ("=50%", 0.5), ("=-50%*2", -1.0), ("=2*50%^2", 0.5),
    ('="a"&1+2', "a3"), ("=1+2=3", True), ("=1<2<3", False), ('="abc"="ABC"', True),
    ('=1<"1"', True), ('="z"<TRUE', True), ("=TRUE+TRUE", 2.0), ('="4"*"2"', 8.0),
    ("=0.1+0.2=0.3", True), ("=1E3", 1000.0), ("=.5*2", 1.0),
])
def test_operators_and_precedence_as_in_excel(formula, expected):
    assert fx.evaluate(formula) == expected


@pytest.mark.parametrize("formula, error", [
    ("=1/0", "#DIV/0!"), ('="a"+1', "#VALUE!"), ("=NOPE(1)", "#NAME?"), ("=foo", "#NAME?"),
    ('=VLOOKUP("x",A1:B2,2,FALSE)', "#N/A"), ("=SQRT(-1)", "#NUM!"), ("=#REF!+1", "#REF!"),
    ("=IF(1/0,1,2)", "#DIV/0!"), ("=SUM(1,#N/A)", "#N/A"),
])
def test_error_values_are_excels(formula, error):
    assert fx.evaluate(formula) == error
    assert is_error(fx.evaluate(formula))


@pytest.mark.parametrize("bad", ["=1+", "=(1", "=SUM(1", "=1)", "=*2", "=IF()", '="abc'])
def test_syntax_errors_are_reported(bad):
    with pytest.raises(FormulaError):
        fx.compile_formula(bad)


def test_references_absolute_relative_and_other_sheets():
    book = Workbook(["Sheet1", "My data"])
    book.set_contents("Sheet1", {(0, 0): 2.0, (1, 0): 3.0})
    book.set_contents("My data", {(0, 0): 10.0, (0, 1): 20.0})
    assert book.evaluate("=$A$1+A$2*$A2", "Sheet1") == 11.0
    assert book.evaluate("='My data'!A1+SUM('My data'!A1:B1)", "Sheet1") == 40.0
    assert book.evaluate("=SUM(A:A)", "Sheet1") == 5.0
    assert book.evaluate("=Nowhere!A1", "Sheet1") == "#REF!"


def test_shifting_a_formula_moves_relative_parts_only():
    assert fx.shift_formula("=A1+$B$1+C$1+$D1", 2, 1) == "=B3+$B$1+D$1+$D3"
    assert fx.shift_formula("=SUM(A1:A3)*'My s'!B2", 1, 0) == "=SUM(A2:A4)*'My s'!B3"
    assert fx.shift_formula("=A1", -1, 0) == "=#REF!"
    assert fx.shift_formula('="A1"&A1', 1, 0) == '="A1"&A2'


@pytest.mark.parametrize("code, number, text", [
    ("0.00", 3.14159, "3.14"), ("#,##0.00", 1234567.891, "1,234,567.89"), ("0%", 0.156, "16%"),
    ("0.0%", 0.156, "15.6%"), ('"$"#,##0.00', 2.5, "$2.50"), ('#,##0.00 "€"', 2.5, "2.50 €"),
    ("dd/mm/yyyy", 45356.0, "05/03/2024"), ("yyyy-mm-dd", 45356.0, "2024-03-05"),
    ("d mmmm yyyy", 45356.0, "5 March 2024"), ("000", 7.0, "007"), ("General", 0.5, "0.5"),
    ("#,##0.00 [$€-40C]", 3.0, "3.00 €"),
])
def test_number_formats(code, number, text):
    assert format_number(number, code) == text


def test_date_functions_use_the_1900_serials():
    assert fx.evaluate("=DATE(2024,3,5)") == 45356.0
    assert fx.evaluate("=DATE(2024,14,1)") == fx.evaluate("=DATE(2025,2,1)")

    class Fixed(Context):
        def today(self):
            import datetime

            return datetime.date(2026, 1, 1)

    assert fx.evaluate("=TODAY()", Fixed()) == fx.evaluate("=DATE(2026,1,1)")


# -- properties ------------------------------------------------------------------------

numbers = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False).map(lambda x: round(x, 3))


def literal(x: float) -> str:
    return repr(abs(x)) if x >= 0 else f"(-{repr(abs(x))})"


@st.composite
def arithmetic(draw, depth=0):
    if depth > 3 or draw(st.booleans()):
        x = draw(numbers)
        return literal(x), x
    op = draw(st.sampled_from(["+", "-", "*"]))
    left_text, left = draw(arithmetic(depth + 1))
    right_text, right = draw(arithmetic(depth + 1))
    value = {"+": left + right, "-": left - right, "*": left * right}[op]
    return f"({left_text}{op}{right_text})", value


@given(arithmetic())
@settings(max_examples=200)
def test_arithmetic_matches_python(case):
    text, value = case
    result = fx.evaluate("=" + text)
    assert math.isclose(result, value, rel_tol=1e-9, abs_tol=1e-6)


@given(st.text(max_size=40))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_any_text_either_parses_or_raises_a_formula_error(text):
    try:
        compiled = fx.compile_formula("=" + text)
    except FormulaError:
        return
    value = fx.final_value(compiled.run(Context()))
    assert value is None or isinstance(value, (float, str, bool))


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30))
def test_text_functions_are_consistent(text):
    quoted = '"' + text.replace('"', '""') + '"'
    assert fx.evaluate(f"=LEN({quoted})") == len(text)
    assert fx.evaluate(f"=LEFT({quoted},3)&MID({quoted},4,1000)") == text
    assert fx.evaluate(f"=EXACT(UPPER({quoted}),UPPER(UPPER({quoted})))") is True
    assert fx.evaluate(f"=SUBSTITUTE({quoted},\"a\",\"a\")") == text


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), st.integers(0, 6))
def test_round_down_round_up_bracket_round(x, digits):
    down = fx.evaluate(f"=ROUNDDOWN({x!r},{digits})")
    up = fx.evaluate(f"=ROUNDUP({x!r},{digits})")
    near = fx.evaluate(f"=ROUND({x!r},{digits})")
    assert min(down, up) - 1e-9 <= near <= max(down, up) + 1e-9
    assert abs(down) <= abs(x) + 1e-6 * max(1, abs(x))


@given(st.lists(numbers, min_size=1, max_size=12))
def test_aggregates_over_a_range(values):
    book = Workbook()
    book.set_contents("Sheet1", {(i, 0): v for i, v in enumerate(values)})
    end = len(values)
    assert math.isclose(book.evaluate(f"=SUM(A1:A{end})", "Sheet1"), math.fsum(values),
                        rel_tol=1e-9, abs_tol=1e-6)
    assert book.evaluate(f"=MIN(A1:A{end})", "Sheet1") == min(values)
    assert book.evaluate(f"=MAX(A1:A{end})", "Sheet1") == max(values)
    assert book.evaluate(f"=COUNT(A1:A{end})", "Sheet1") == len(values)
    median = book.evaluate(f"=MEDIAN(A1:A{end})", "Sheet1")
    assert min(values) <= median <= max(values)
    assert book.evaluate(f'=COUNTIF(A1:A{end},">0")+COUNTIF(A1:A{end},"<=0")',
                         "Sheet1") == len(values)


@given(st.integers(0, 30), st.integers(0, 10), st.integers(0, 30), st.integers(0, 10),
       st.booleans(), st.booleans())
def test_shifting_there_and_back_gives_the_formula_again(row, col, down, right, abs_r, abs_c):
    ref = f"{'$' if abs_c else ''}{column_letters(col)}{'$' if abs_r else ''}{row + 1}"
    formula = f"=SUM({ref}:Z99)+{ref}*2"
    moved = fx.shift_formula(formula, down, right)
    assert fx.shift_formula(moved, -down, -right) == formula
    parts = parse_ref(fx.tokenize(moved[1:])[-4].text)
    assert parts.r1 == (row if abs_r else row + down)
    assert parts.c1 == (col if abs_c else col + right)
