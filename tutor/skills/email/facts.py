"""The facts an email gives, checked in their clause: a rubric's fact is given when one of
its forms is in the learner's text (not only in a clause that says no, when the task asks
for a yes), and a time, date or day that the task never names, in a clause that gives a
fact, is a wrong one ("Tuesday 7 May" for an interview on Tuesday 6 May). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from tutor.skills.email import stance as stances
from tutor.skills.email.model import Fact
from tutor.text import fold

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"),
    "fr": ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
           "septembre", "octobre", "novembre", "decembre"),
    "sw": ("januari", "februari", "machi", "aprili", "mei", "juni", "julai", "agosti",
           "septemba", "oktoba", "novemba", "desemba"),
    # Arabic: the Levantine names, then the others, each the month's number.
    "ar": ("كانون الثاني", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب",
           "ايلول", "تشرين الاول", "تشرين الثاني", "كانون الاول"),
    "ar2": ("يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس",
            "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر"),
}
DAYS: dict[str, tuple[str, ...]] = {
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "sw": ("jumatatu", "jumanne", "jumatano", "alhamisi", "ijumaa", "jumamosi", "jumapili"),
    "ar": ("الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد"),
}
MONTHS = {k: tuple(fold(m) for m in v) for k, v in MONTHS.items()}
DAYS = {k: tuple(fold(d) for d in v) for k, v in DAYS.items()}

_TIME = re.compile(
    r"(?<![\d/.:-])(\d{1,2})\s?(?::|h(?![^\W\d_])|\.(?=\d\d\s?(?:am|pm)))\s?(\d{2})?(?:\s?([ap])\.?m\.?)?"
    r"(?![\d/])|(?<![\d/.:-])(\d{1,2})\s?([ap])\.?m\.?(?!\w)")


Value = tuple[str, object]  # ("time", (hour % 12, minutes)), ("date", (day, month)), ("day", name)


def _month_number(name: str) -> int:
    for table in MONTHS.values():
        if name in table:
            return table.index(name) + 1
    return 0


def _month_pattern() -> str:
    names = sorted({m for table in MONTHS.values() for m in table}, key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)


_MONTH = _month_pattern()
_DATE = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th|er)?\s(?:of\s|de\s)?({_MONTH})(?![^\W_])"
    rf"|(?<![^\W_])({_MONTH})\s(\d{{1,2}})(?!\d)"
    r"|(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/]|/\d)")


def written_values(text: str) -> list[tuple[Value, str]]:
    """The times, dates and weekdays a text names, each with how it is written."""
    folded = fold(text).translate(_DIGITS)
    found: list[tuple[Value, str]] = []
    for match in _TIME.finditer(folded):
        hour = int(match.group(1) or match.group(4))
        minutes = int(match.group(2) or 0)
        if hour <= 24 and minutes < 60:
            found.append((("time", (hour % 12, minutes)), match.group().strip()))
    for match in _DATE.finditer(folded):
        if match.group(1):
            day, month = int(match.group(1)), _month_number(match.group(2))
        elif match.group(3):
            day, month = int(match.group(4)), _month_number(match.group(3))
        else:
            day, month = int(match.group(5)), int(match.group(6))
        if 1 <= day <= 31 and 1 <= month <= 12:
            found.append((("date", (day, month)), match.group().strip()))
    for table in DAYS.values():
        for name in table:
            if re.search(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])", folded):
                found.append((("day", name), name))
    return found


def values(text: str) -> frozenset[Value]:
    return frozenset(v for v, _ in written_values(text))


def known_values(texts: Iterable[str], swahili_time: bool = False) -> frozenset[Value]:
    """Every time, date and day the task names. Swahili counts hours from 6 in the
    morning ("saa 2" is 8:00), so both readings of a Swahili time are known."""
    found = {v for t in texts for v in values(t)}
    if swahili_time:
        found |= {("time", ((v[1][0] + 6) % 12, v[1][1]))  # type: ignore[index]
                  for v in list(found) if v[0] == "time"}
    return frozenset(found)


def _present(form: str, clause: str) -> bool:
    form = fold(form)
    return form in clause or (" " in form and form.replace(" ", "") in clause.replace(" ", ""))


@dataclass(frozen=True)
class Check:
    missing: tuple[Fact, ...]  # facts the email does not give
    wrong: tuple[str, ...]  # times, dates or days the task never names, as written


def check(text: str, facts: Iterable[Fact], language: str, known: frozenset[Value],
          positive: bool = False) -> Check:
    """Which facts the text gives, and which values it gets wrong. ``positive``: the task
    asks for a yes, so a fact only in a clause that says no is not given."""
    clauses = stances.clauses(text, language)
    folded_text = fold(text)
    saying_no = {c for c in clauses if positive and stances.polarity(c, language) < 0}
    missing = []
    matched_clauses: set[str] = set()
    for fact in facts:
        where = [c for c in clauses if any(_present(a, c) for a in fact.any)]
        if not where and any(_present(a, folded_text) for a in fact.any):
            where = ["<across clauses>"]  # a form that spans punctuation ("10:00")
        given = [c for c in where if c not in saying_no]
        if not given:
            missing.append(fact)
        matched_clauses.update(c for c in where if c != "<across clauses>")
    wrong: list[str] = []
    for clause in sorted(matched_clauses):
        wrong += [text for value, text in written_values(clause) if value not in known]
    # A missing time or date, and one the task never names instead: name it ("10:00").
    kinds = {value[0] for fact in missing for form in fact.any for value in values(form)}
    wrong += [text for value, text in written_values(text)
              if value[0] in kinds and value not in known]
    return Check(tuple(missing), tuple(dict.fromkeys(wrong)))
