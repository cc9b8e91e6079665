"""A cell as text, both ways: what a learner types into a cell (read as a number, a
date, a formula...), what the grid shows for a value with its number format, what the
formula bar shows for a content, and numbers written with a decimal comma (French).
Pure Python."""

from __future__ import annotations

import datetime as dt
import re

from tutor.skills.sheets.number_formats import GENERAL, format_number
from tutor.skills.sheets.values import ErrorValue, date_serial, number_text

# The languages whose learners type and read 2,5 for two and a half (numbers in formulas
# stay as Excel writes them in English: 2.5).
DECIMAL_COMMA_LANGUAGES = frozenset({"fr"})


def uses_decimal_comma(language: str) -> bool:
    """Whether cells are typed and shown with a decimal comma in this UI language."""
    return language in DECIMAL_COMMA_LANGUAGES


def parse_input(text: str, decimal_comma: bool = False) -> tuple[object, str | None]:
    """What a learner typed into a cell -> (content, number format it implies or None).
    ``=...`` is a formula; numbers, percentages, dates and TRUE/FALSE are recognised;
    anything else is text. With ``decimal_comma`` (French), "2,5" is two and a half;
    otherwise the comma separates thousands ("1,250")."""
    stripped = text.strip()
    if stripped == "":
        return None, None
    if stripped.startswith("=") and len(stripped) > 1:
        return stripped, None
    if stripped.startswith("'"):
        return stripped[1:], None
    if stripped.upper() in ("TRUE", "FALSE"):
        return stripped.upper() == "TRUE", None
    point = "," if decimal_comma else "."
    if decimal_comma:
        stripped = re.sub(r"(?<=\d)[\s\u00a0\u202f](?=\d{3}\b)", "", stripped)
    elif re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", stripped):
        return float(stripped.replace(",", "")), None
    number = "[.,]" if decimal_comma else re.escape(point)
    if re.fullmatch(rf"[+-]?(\d+({number}\d*)?|{number}\d+)([eE][+-]?\d+)?", stripped):
        return float(stripped.replace(",", ".")), None
    match = re.fullmatch(rf"([+-]?\d+(?:{number}\d+)?)\s*%", stripped)
    if match:
        return float(match.group(1).replace(",", ".")) / 100, "0%"
    for pattern, code in (("%Y-%m-%d", "yyyy-mm-dd"), ("%d/%m/%Y", "dd/mm/yyyy")):
        try:
            day = dt.datetime.strptime(stripped, pattern).date()
        except ValueError:
            continue
        return date_serial(day), code
    return text, None


def display_value(value: object, number_format: str = GENERAL) -> str:
    """The text a cell shows for its value, with its number format."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, ErrorValue):
        return str(value)
    if isinstance(value, float | int):
        if number_format and number_format != GENERAL:
            try:
                return format_number(float(value), number_format)
            except (ValueError, OverflowError, IndexError):
                return number_text(float(value))
        text = number_text(float(value))
        if len(text) > 12 and "E" not in text:
            text = f"{float(value):.10g}"
        return text
    return str(value)


def decimal_comma_text(text: str) -> str:
    """1,234.5 -> 1 234,5 (a narrow space between thousands, a decimal comma)."""
    return text.translate({ord(","): "\u202f", ord("."): ","})


def shown_text(value: object, number_format: str = GENERAL,
               decimal_comma: bool = False) -> str:
    """What the grid shows in a cell: its value with its number format, a number with a
    decimal comma when the learner's language writes it so."""
    text = display_value(value, number_format)
    if decimal_comma and isinstance(value, float):
        text = decimal_comma_text(text)
    return text


def content_text(content: object, decimal_comma: bool = False) -> str:
    """A cell's content as the formula bar shows it (formulas always as in Excel in
    English: 2.5 and commas between arguments)."""
    if content is None:
        return ""
    if isinstance(content, bool):
        return "TRUE" if content else "FALSE"
    if isinstance(content, float):
        text = number_text(content)
        return text.replace(".", ",") if decimal_comma else text
    return str(content)
