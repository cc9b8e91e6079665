"""A cell as text, both ways: what a learner types into a cell (read as a number, a
date, a formula...), what the grid shows for a value with its number format, what the
formula bar shows for a content, and numbers written with a decimal comma (French).
Pure Python."""

from __future__ import annotations

import datetime as dt
import re

from tutor.skills.sheets.number_formats import GENERAL, currency_format, format_number
from tutor.skills.sheets.values import ErrorValue, date_serial, number_text

# The languages whose learners type and read 2,5 for two and a half (numbers in formulas
# stay as Excel writes them in English: 2.5).
DECIMAL_COMMA_LANGUAGES = frozenset({"fr"})


def uses_decimal_comma(language: str) -> bool:
    """Whether cells are typed and shown with a decimal comma in this UI language."""
    return language in DECIMAL_COMMA_LANGUAGES


# The languages whose learners write the month first (12/25/2026), as Calc does in
# English (United States); the others write the day first (25/12/2026).
MONTH_FIRST_LANGUAGES = frozenset({"en"})
# Currency signs a typed amount may carry ("$5", "5 €"), as Calc recognises them.
CURRENCY_SIGNS = "$£€¥"


def uses_month_first(language: str) -> bool:
    """Whether dates are typed and shown month first (12/25/2026) in this UI language."""
    return language in MONTH_FIRST_LANGUAGES


def date_format(month_first: bool = False) -> str:
    """The format of a date typed in a cell, of a formula's date and of the Date button."""
    return "mm/dd/yyyy" if month_first else "dd/mm/yyyy"


def parse_input(text: str, decimal_comma: bool = False,
                month_first: bool = False) -> tuple[object, str | None]:
    """What a learner typed into a cell -> (content, number format it implies or None),
    as Calc reads it in the learner's language. ``=...`` is a formula; numbers,
    amounts of money ("$5", "5 €": a currency format), percentages ("12%"), dates
    (25/12/2026, or 12/25/2026 with ``month_first``, and 2026-12-25) and TRUE/FALSE are
    recognised; anything else is text. With ``decimal_comma`` (French), "2,5" is two and
    a half; otherwise the comma separates thousands ("1,250")."""
    stripped = text.strip()
    if stripped == "":
        return None, None
    if stripped.startswith("=") and len(stripped) > 1:
        return stripped, None
    if stripped.startswith("'"):
        return stripped[1:], None
    if stripped.upper() in ("TRUE", "FALSE"):
        return stripped.upper() == "TRUE", None
    number = _number(stripped, decimal_comma)
    if number is not None:
        return number, None
    match = re.fullmatch(r"(.*?)\s*%", stripped)
    if match:
        number = _number(match.group(1), decimal_comma)
        if number is not None:
            return number / 100, "0.00%" if number != int(number) else "0%"
    money = _money(stripped, decimal_comma)
    if money is not None:
        return money
    day = _date(stripped, month_first)
    if day is not None:
        return day
    return text, None


def _number(text: str, decimal_comma: bool) -> float | None:
    """A plain number as typed ("12", "1,250", "2,5" with a decimal comma), or None."""
    text = text.strip()
    if decimal_comma:
        text = re.sub(r"(?<=\d)[\s\u00a0\u202f](?=\d{3}\b)", "", text)
    elif re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", text):
        return float(text.replace(",", ""))
    point = "[.,]" if decimal_comma else r"\."
    if re.fullmatch(rf"[+-]?(\d+({point}\d*)?|{point}\d+)([eE][+-]?\d+)?", text):
        return float(text.replace(",", "."))
    return None


def _money(text: str, decimal_comma: bool) -> tuple[float, str] | None:
    """An amount typed with a currency sign before or after it ("$5", "-$5", "5 €",
    "5,50 €"): its number and the currency format of the Money button, or None."""
    signs = re.escape(CURRENCY_SIGNS)
    match = (re.fullmatch(rf"([+-]?)\s*([{signs}])\s*([+-]?)(.+)", text)
             or re.fullmatch(rf"([+-]?)()()(.+?)\s*([{signs}])", text))
    if match is None:
        return None
    sign_before, symbol, sign_after, amount = match.group(1), match.group(2), match.group(
        3), match.group(4)
    if not symbol:
        symbol = match.group(5)
    if sign_before and sign_after:
        return None
    number = _number(amount, decimal_comma)
    if number is None or amount.strip()[:1] in "+-":
        return None
    if "-" in (sign_before, sign_after):
        number = -number
    return number, currency_format(symbol)


def _date(text: str, month_first: bool) -> tuple[float, str] | None:
    """A date typed as Calc reads it in the learner's language, or None."""
    try:
        return date_serial(dt.datetime.strptime(text, "%Y-%m-%d").date()), "yyyy-mm-dd"
    except ValueError:
        pass
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})", text)
    if match is None:
        return None
    first, second, year = (int(part) for part in match.groups())
    if len(match.group(3)) == 2:
        year += 2000 if year < 30 else 1900  # Calc's and Excel's two-digit years
    month, day = (first, second) if month_first else (second, first)
    try:
        return date_serial(dt.date(year, month, day)), date_format(month_first)
    except ValueError:
        return None


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
