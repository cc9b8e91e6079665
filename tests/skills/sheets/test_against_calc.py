"""The engine agrees with LibreOffice Calc: a workbook of formulas covering every
operator and function of the issue is computed by both, and the values must match
(numbers to 1e-9 relative)."""

import datetime as dt
import math
import re

import openpyxl
import pytest

from tests.skills.sheets.libreoffice import calc_values, needs_soffice
from tutor.skills.sheets import formulas as fx
from tutor.skills.sheets.values import NUM, REF, VALUE, ErrorValue, FormulaError, date_serial
from tutor.skills.sheets.xlsx import load_workbook

DATA = {
    "A": [10, 20.5, -3, 0, 7, 100],
    "B": ["apple", "Banana", "cherry", "apple", "date", None],
    # (no TRUE in ranges that COUNT or SUM read: Calc stores booleans as numbers and
    # counts them, Excel does not; Tutor follows Excel there)
    "C": [1, "x", "yes", None, 3.5, "4"],
    "D": ["North", "South", "North", "East", "South", "North"],
    "E": [100, 250, 75, 300, 125, 50],
    "F": ["P1", "P2", "P3", "P4"],
    "G": [2.5, 4, 10, 0.75],
    "H": [0, 50, 60, 70, 85],
    "I": ["F", "E", "D", "C", "B"],
    "J": ["  many   spaces here ", "hello world", "o'neil is 2nd", "2024-03-05", "1,234.5"],
}
ROW_TABLE = {"K1": 1, "L1": 2, "M1": 3, "N1": 4, "K2": "one", "L2": "two", "M2": "three",
             "N2": "four"}

FORMULAS = [
    # operators and precedence
    "=-2^2", "=2^3^2", "=2^-1", "=1+2*3-4/8", "=(1+2)*3", "=50%", "=A2*10%", "=-A3",
    "=7/2", "=1/0", "=A1/A4", '="a"&"b"&1.5', "=A1&B1", "=A1=10", "=A1<>10", "=A1<A2",
    "=A1>A2", "=A1<=10", "=A1>=11", '="a"<"B"', '=1<"a"', "=TRUE+1", '="3"+4', '="x"+1',
    "=0.1+0.2-0.3", "=0.1+0.2=0.3", "=A5*(A1+A2)", "=+A1", "=C4+1", "=C4&\"|\"",
    # references
    "=$A$1+A$2+$A3", "=SUM(A1:A6)", "=SUM($A$1:A3)", "=Sheet2!A1*2", "=SUM(Sheet2!A1:A2)",
    # maths
    "=AVERAGE(A1:A6)", "=MIN(A1:A6)", "=MAX(A1:A6)", "=COUNT(C1:C6)", "=COUNTA(C1:C6)",
    "=COUNT(A1:A6,5,\"7\")", "=MEDIAN(A1:A6)", "=MEDIAN(1,5,2)", "=PRODUCT(A1:A3)",
    "=SUMPRODUCT(A1:A3,E1:E3)", "=ROUND(2.5,0)", "=ROUND(-2.5,0)", "=ROUND(3.14159,2)",
    "=ROUND(1234.5,-2)", "=ROUND(1.005,2)", "=ROUNDUP(3.141,2)", "=ROUNDUP(-3.141,1)",
    "=ROUNDDOWN(3.999,2)", "=ROUNDDOWN(-3.999,0)", "=INT(-3.5)", "=INT(3.5)", "=ABS(A3)",
    "=MOD(10,3)", "=MOD(-10,3)", "=MOD(10,-3)", "=MOD(1,0)", "=POWER(2,10)", "=SQRT(16)",
    "=SQRT(-1)", "=SUM(A1:A6)/COUNT(A1:A6)", "=AVERAGE(B1:B2)",
    # logic
    '=IF(A1>5,"big","small")', "=IF(A3>0,1)", "=AND(A1>0,A2>0)", "=AND(A1>0,A3>0)",
    "=OR(A3>0,A4>0)", "=OR(A1>0,A3>0)", "=NOT(A4)", "=IFERROR(1/0,\"none\")",
    "=IFERROR(A1*2,0)", "=ISNUMBER(A1)", "=ISNUMBER(B1)", "=ISBLANK(C4)", "=ISBLANK(C1)",
    '=IF(AND(A1>=10,A2<30),"ok","no")',
    # criteria
    '=COUNTIF(D1:D6,"North")', '=COUNTIF(A1:A6,">5")', '=COUNTIF(A1:A6,"<=0")',
    "=COUNTIF(A1:A6,10)", '=COUNTIF(B1:B6,"apple")', '=COUNTIF(B1:B6,"<>apple")',
    '=COUNTIF(B1:B6,"a*")', '=COUNTIFS(D1:D6,"North",E1:E6,">60")',
    '=SUMIF(D1:D6,"North",E1:E6)', '=SUMIF(A1:A6,">5")', '=SUMIFS(E1:E6,D1:D6,"South",A1:A6,">10")',
    '=AVERAGEIF(D1:D6,"North",E1:E6)', '=AVERAGEIF(D1:D6,"West",E1:E6)',
    # lookup
    '=VLOOKUP("P3",F1:G4,2,FALSE)', '=VLOOKUP("p2",F1:G4,2,FALSE)',
    '=VLOOKUP("P9",F1:G4,2,FALSE)', "=VLOOKUP(65,H1:I5,2,TRUE)", "=VLOOKUP(85,H1:I5,2)",
    "=VLOOKUP(49,H1:I5,2)", '=VLOOKUP("P1",F1:G4,3,FALSE)', "=HLOOKUP(3,K1:N2,2,FALSE)",
    "=HLOOKUP(2.5,K1:N2,2)", "=INDEX(F1:G4,2,2)", "=INDEX(A1:A6,4)", "=INDEX(F1:G4,9,1)",
    '=MATCH("P4",F1:F4,0)', "=MATCH(72,H1:H5,1)", "=MATCH(72,H1:H5)", '=MATCH("zz",F1:F4,0)',
    '=INDEX(G1:G4,MATCH("P2",F1:F4,0))',
    # text
    '=CONCATENATE("Total: ",A1," ",B1)', '=LEFT("Spreadsheet",6)', '=LEFT("abc")',
    '=RIGHT("Spreadsheet",5)', '=MID("Spreadsheet",7,3)', "=LEN(J1)", "=UPPER(B2)",
    "=LOWER(B2)", "=PROPER(J2)", "=PROPER(J3)", "=TRIM(J1)", '=SUBSTITUTE(J2,"o","0")',
    '=SUBSTITUTE(J2,"o","0",2)', '=REPT("ab",3)', '=FIND("world",J2)', '=FIND("z",J2)',
    '=FIND("o",J2,6)', '=EXACT("Apple","apple")', '=EXACT(B1,"apple")',
    '=TEXT(1234.567,"#,##0.00")', '=TEXT(0.256,"0.0%")', '=TEXT(3.14159,"0.00")',
    '=TEXT(42,"000")', '=VALUE("12.5")', "=VALUE(J5)", '=VALUE("abc")', "=LEN(A2)",
    # dates
    "=DATE(2024,3,5)", "=DATE(2024,13,1)", "=DATE(2024,3,0)", '=TEXT(DATE(2024,3,5),"yyyy-mm-dd")',
    '=TEXT(DATE(2024,3,5),"dd/mm/yyyy")', "=DATE(2025,1,1)-DATE(2024,1,1)",
    "=TODAY()-TODAY()", "=TODAY()>DATE(2020,1,1)",
    # as LibreOffice Calc writes TRUE and FALSE in its files, and wildcards in lookups
    '=VLOOKUP("P3",F1:G4,2,FALSE())', '=IFERROR(VLOOKUP("P3",F1:G4,2,FALSE()),0)',
    "=IF(A1>5,TRUE(),FALSE())", '=VLOOKUP("b*",B1:E6,4,FALSE)', '=VLOOKUP("?herry",B1:E6,4,0)',
    '=COUNTIF(B1:B6,"?????")', '=SUMIF(B1:B6,"*an*",E1:E6)', '=MATCH("d*",B1:B6,0)',
    '=COUNTIF(J1:J5,"*~*")', '=COUNTIF(J1:J5,"*2*")',
    # newer functions, with the prefix Excel writes for them in its files
    '=_xlfn.IFS(A1>50,"big",A1>5,"mid",TRUE,"small")', '=_xlfn.IFS(A3>0,1)',
    '=_xlfn.IFNA(MATCH("zz",F1:F4,0),-1)', '=_xlfn.IFNA(1/0,2)',
    '=_xlfn.SWITCH(D2,"North",1,"South",2,0)', '=_xlfn.SWITCH(D4,"North",1,"South",2)',
    '=_xlfn.MAXIFS(E1:E6,D1:D6,"North")', '=_xlfn.MINIFS(E1:E6,D1:D6,"S*")',
    '=_xlfn.MAXIFS(E1:E6,D1:D6,"West")', '=AVERAGEIFS(E1:E6,D1:D6,"North",A1:A6,">5")',
    '=_xlfn.TEXTJOIN("-",TRUE,B1:B6)', '=_xlfn.TEXTJOIN(",",FALSE,C3:C5)',
    '=_xlfn.CONCAT(B1:B2,"!")', "=STDEV(A1:A6)", "=_xlfn.STDEV.S(A1:A6)",
    "=_xlfn.STDEV.P(A1:A6)", "=STDEVP(E1:E6)", "=VAR(A1:A6)", "=_xlfn.VAR.S(E1:E6)",
    "=_xlfn.VAR.P(A1:A6)", "=VARP(E1:E6)", "=STDEV(5)", "=_xlfn.XOR(TRUE,FALSE,TRUE)",
    "=ISNA(NA())", "=ISERR(NA())", "=ISERR(1/0)", "=ISLOGICAL(A1>1)",
    # errors propagate
    "=A1+#N/A", "=IFERROR(#REF!,1)", "=ISNUMBER(#DIV/0!)", "=#VALUE!&\"x\"", "=SUM(A1,1/0)",
    "=NOSUCHFUNCTION(1)",
]
FORMULA_COLUMN = 16  # column Q


def build(path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Sheet1"
    for letter, values in DATA.items():
        for row, value in enumerate(values, start=1):
            if value is not None:
                ws[f"{letter}{row}"] = value
    for ref, value in ROW_TABLE.items():
        ws[ref] = value
    for row, formula in enumerate(FORMULAS, start=1):
        ws.cell(row=row, column=FORMULA_COLUMN + 1, value=formula)
    other = book.create_sheet("Sheet2")
    other["A1"], other["A2"] = 42, 8
    book.save(path)


def covered_functions():
    used = set()
    for formula in FORMULAS:
        try:
            used |= fx.compile_formula(formula).functions
        except FormulaError:
            pass
    return used


ISSUE_FUNCTIONS = set(
    "SUM AVERAGE MIN MAX COUNT COUNTA COUNTIF COUNTIFS SUMIF SUMIFS AVERAGEIF MEDIAN PRODUCT "
    "SUMPRODUCT ROUND ROUNDUP ROUNDDOWN INT ABS MOD POWER SQRT IF AND OR NOT IFERROR "
    "ISNUMBER ISBLANK VLOOKUP HLOOKUP INDEX MATCH CONCATENATE LEFT RIGHT MID LEN UPPER "
    "LOWER PROPER TRIM SUBSTITUTE REPT FIND EXACT TEXT VALUE TODAY DATE".split()
)


def test_the_comparison_workbook_covers_every_operator_and_function():
    assert len(FORMULAS) >= 60
    assert ISSUE_FUNCTIONS <= covered_functions()
    text = "".join(FORMULAS)
    for op in ("+", "-", "*", "/", "^", "&", "%", "=", "<>", "<", ">", "<=", ">="):
        assert op in text[1:], op
    for error in ("#DIV/0!", "#N/A", "#REF!"):
        assert error in text


# Calc shows "invalid argument" as Err:502 where Excel shows #NUM!, #VALUE! or #REF!;
# Tutor shows Excel's.
CALC_ERR_502 = {NUM, VALUE, REF}


def calc_number(text: str) -> float:
    """A number as Calc wrote it: Calc formats a result like 50% or a DATE() by itself."""
    if text.endswith("%"):
        return float(text[:-1]) / 100
    if re.fullmatch(r"\d\d/\d\d/\d{4}", text):
        month, day, year = map(int, text.split("/"))
        return date_serial(dt.date(year, month, day))
    return float(text)


def agree(ours, theirs: str) -> bool:
    if isinstance(ours, bool):
        return theirs.upper() == ("TRUE" if ours else "FALSE")
    if isinstance(ours, ErrorValue):
        return theirs == str(ours) or (theirs == "Err:502" and ours in CALC_ERR_502)
    if isinstance(ours, float):
        try:
            number = calc_number(theirs)
        except ValueError:
            return False
        return math.isclose(ours, number, rel_tol=1e-9, abs_tol=1e-12)
    return ours == theirs


@needs_soffice
@pytest.mark.slow
def test_engine_and_libreoffice_calc_agree(tmp_path):
    path = tmp_path / "comparison.xlsx"
    build(path)
    rows = calc_values(path, tmp_path)
    book = load_workbook(path)
    problems = []
    for index, formula in enumerate(FORMULAS):
        theirs = rows[index][FORMULA_COLUMN] if len(rows[index]) > FORMULA_COLUMN else ""
        ours = book.value("Sheet1", index, FORMULA_COLUMN)
        if not agree(ours, theirs):
            problems.append(f"{formula}: engine {ours!r}, Calc {theirs!r}")
    assert problems == [], "\n".join(problems)
