"""Number format codes as Excel and Calc write them ("0.00", "#,##0.00 \"€\"", "0%",
"dd/mm/yyyy"...): a useful subset, for the TEXT function and the grid's display; what
kind of format a code is, and the rules of the tool bar's format buttons (more or fewer
decimals, money). Pure Python."""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal

from tutor.skills.sheets.values import number_text, serial_date

GENERAL = "General"


def round_decimal(number: float, digits: int, mode: str) -> float:
    """``number`` rounded to ``digits`` places (negative: tens, hundreds) as Excel does:
    first to 15 significant digits, so 1.005 rounds to 1.01."""
    value = Decimal(f"{number:.15g}")
    quantum = Decimal(1).scaleb(-digits)
    if digits >= 0:
        return float(value.quantize(quantum, rounding=mode))
    return float((value / quantum).quantize(Decimal(1), rounding=mode) * quantum)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DATE_CODE = re.compile(r"yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d", re.IGNORECASE)


def is_date_format(code: str) -> bool:
    stripped = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", code)
    return bool(re.search(r"[dy]", stripped, re.IGNORECASE)) or bool(
        re.fullmatch(r"[mM]+([^0#]*)", stripped.strip()) and "m" in stripped.lower()
        and "0" not in stripped
    )


def _format_date(serial: float, code: str) -> str:
    day = serial_date(serial)

    def part(match: re.Match[str]) -> str:
        token = match.group().lower()
        return {
            "yyyy": f"{day.year:04d}", "yy": f"{day.year % 100:02d}",
            "mmmm": MONTHS[day.month - 1], "mmm": MONTHS[day.month - 1][:3],
            "mm": f"{day.month:02d}", "m": str(day.month),
            "dddd": DAYS[day.weekday()], "ddd": DAYS[day.weekday()][:3],
            "dd": f"{day.day:02d}", "d": str(day.day),
        }[token]

    out, last = [], 0
    for literal in re.finditer(r'"([^"]*)"', code):
        out.append(_DATE_CODE.sub(part, code[last:literal.start()]))
        out.append(literal.group(1))
        last = literal.end()
    out.append(_DATE_CODE.sub(part, code[last:]))
    return "".join(out)


def format_number(number: float, code: str) -> str:
    """``number`` written with an Excel number format code (a useful subset: 0, #, ",",
    ".", %, literal text and currency signs; dates with d m y)."""
    if not code or code.lower() == "general" or code == "@":
        return number_text(number)
    sections = code.split(";")
    section = sections[0]
    if number < 0 and len(sections) > 1:
        section, number = sections[1], -number
    elif number == 0 and len(sections) > 2:
        section = sections[2]
    section = re.sub(r"\[\$([^\]-]*)(-[^\]]*)?\]", r'"\1"', section)  # [$€-40C] -> "€"
    section = re.sub(r"\[[^\]]*\]", "", section)  # colours, conditions
    if is_date_format(section):
        return _format_date(number, section)
    literals: list[str] = []

    def keep(match: re.Match[str]) -> str:
        literals.append(match.group(1) if match.group(1) is not None else match.group(2))
        return "\x00" + chr(0xE000 + len(literals) - 1)

    body = re.sub(r'"([^"]*)"|\\(.)', keep, section)
    body = body.replace("_)", " ").replace("_(", " ")
    body = re.sub(r"_.", " ", body)
    body = body.replace("*", "")
    if "%" in body:
        number *= 100
    placeholders = re.search(r"[0#?][0#?,. ]*", body)
    if not placeholders:
        text = body
    else:
        pattern = placeholders.group().rstrip(" ")
        integer, _, decimals = pattern.partition(".")
        places = sum(1 for ch in decimals if ch in "0#?")
        required = sum(1 for ch in decimals if ch == "0")
        grouping = "," in integer
        value = round_decimal(abs(number), places, ROUND_HALF_UP) if math.isfinite(
            number) else abs(number)
        digits = f"{value:,.{places}f}" if grouping else f"{value:.{places}f}"
        if places > required and "." in digits:
            whole, _, frac = digits.partition(".")
            digits = whole + "." + frac[:required] + frac[required:].rstrip("0")
        min_int = sum(1 for ch in integer if ch == "0")
        whole, dot, frac = digits.partition(".")
        if min_int == 0 and whole == "0":
            whole = ""
        elif len(whole.replace(",", "")) < min_int:
            whole = whole.zfill(min_int)
        digits = whole + dot + frac
        sign = "-" if number < 0 and len(sections) == 1 and value != 0 else ""
        text = body[:placeholders.start()] + digits + body[placeholders.start() + len(pattern):]
        text = sign + text
    return re.sub("\x00([\ue000-\uf8ff])", lambda m: literals[ord(m.group(1)) - 0xE000], text)


# -- kinds of format, and the format buttons ------------------------------------------


def format_kind(code: str) -> str:
    """general, number, currency, percent or date."""
    if not code or code == GENERAL or code == "@":
        return "general"
    if is_date_format(code):
        return "date"
    if "%" in re.sub(r'"[^"]*"', "", code):
        return "percent"
    if re.search(r"[$€£¥]|\[\$|\"[^\"0#]+\"", code):
        return "currency"
    return "number"


def format_decimals(code: str) -> int:
    """How many decimal places ``code`` shows."""
    section = re.sub(r'"[^"]*"|\[[^\]]*\]', "", code.split(";")[0])
    match = re.search(r"[0#]\.([0#]+)", section)
    return len(match.group(1)) if match else 0


def with_decimals(code: str, decimals: int) -> str:
    """``code`` changed to show ``decimals`` places (General becomes a number format)."""
    decimals = max(0, min(10, decimals))
    if format_kind(code) in ("general", "date"):
        code = "0"
    places = "." + "0" * decimals if decimals else ""
    section = code.split(";")[0]
    new, count = re.subn(r"([0#,]*0)(\.[0#]+)?", lambda m: m.group(1) + places, section,
                         count=1)
    return new if count else code


def stepped_decimals(code: str, more: bool) -> str:
    """The format after the ".0+" (``more``) or ".0-" button on a cell formatted ``code``:
    one decimal place more or less; General (or a date) becomes "0.0" or "0"."""
    if format_kind(code) in ("general", "date"):
        places = 0 if more else 1
    else:
        places = format_decimals(code)
    places += 1 if more else -1
    return with_decimals(code if code != GENERAL else "0", places)


def currency_format(symbol: str) -> str:
    """The format of the "Money" button: two decimals and the task's currency sign."""
    symbol = symbol.replace('"', "")
    if symbol in ("$", "£"):
        return f'"{symbol}"#,##0.00'
    return f'#,##0.00 "{symbol}"'
