"""Printable reports, written with Qt's own PDF writer: a learner's progress report, a
certificate of achievement, and the class report. Each is in the language asked for
(the learner's, for their own report and certificate) and right to left in Arabic.

They count this PC's results and those a centre this PC trusts vouched for; results
brought from another computer that could not be checked are left out, and each report
says how many (``tutor.store.overview``'s ``verified_only``)."""

from __future__ import annotations

import html
import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMarginsF, Qt, QTranslator
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from tutor.i18n import QT_TRANSLATE_NOOP, is_right_to_left
from tutor.i18n.qt import qm_folder
from tutor.skills import Skill, course_skills, load_hook
from tutor.store.db import Database
from tutor.store.models import Learner
from tutor.store.overview import class_overview, learner_overview
from tutor.trainer import LearnerRow, best_metric, centre_name
from tutor.ui.style import NORMAL  # paper: the normal colours in every theme

log = logging.getLogger(__name__)

CONTEXT = "Report"
TEXTS = {
    "report": QT_TRANSLATE_NOOP("Report", "Progress report"),
    "certificate": QT_TRANSLATE_NOOP("Report", "Certificate of achievement"),
    "class": QT_TRANSLATE_NOOP("Report", "Class report"),
    "awarded": QT_TRANSLATE_NOOP("Report", "This certificate is awarded to"),
    "for": QT_TRANSLATE_NOOP("Report", "for completing, at {centre}:"),
    "skill": QT_TRANSLATE_NOOP("Report", "Skill"),
    "passed": QT_TRANSLATE_NOOP("Report", "Exercises passed"),
    "attempts": QT_TRANSLATE_NOOP("Report", "Tries"),
    "speed": QT_TRANSLATE_NOOP("Report", "Best typing speed: {wpm} words per minute, "
                                         "{accuracy}% accurate"),
    "no_speed": QT_TRANSLATE_NOOP("Report", "No typing test yet."),
    "last": QT_TRANSLATE_NOOP("Report", "Last activity: {date}"),
    "made": QT_TRANSLATE_NOOP("Report", "Made on {date} by Tutor."),
    "learner": QT_TRANSLATE_NOOP("Report", "Learner"),
    "help": QT_TRANSLATE_NOOP("Report", "Needs help with"),
    "wpm": QT_TRANSLATE_NOOP("Report", "Best typing speed"),
    "of": QT_TRANSLATE_NOOP("Report", "{done} of {total}"),
    "signature": QT_TRANSLATE_NOOP("Report", "Trainer's signature"),
    "left_out": QT_TRANSLATE_NOOP("Report", "Results brought from another computer that could "
                                            "not be checked, and are not counted here: {count}"),
    "class_left_out": QT_TRANSLATE_NOOP(
        "Report", "Results brought from other computers that could not be checked are not "
                  "counted in this report (for all learners: {count})."),
}


def ensure_gui_application() -> QGuiApplication:
    """Fonts and the PDF writer need a Qt application; the command line has none."""
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app  # type: ignore[return-value]


class Words:
    """The report's texts in one language, whatever language the screens are in."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.translator = QTranslator()
        if language != "en":
            self.translator.load(f"tutor_{language}", str(qm_folder()))
        self.locale = QLocale(language)

    def __call__(self, key: str, context: str = CONTEXT, **params: object) -> str:
        source = TEXTS.get(key, key)
        text = self.translator.translate(context, source) or source
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return source.format(**params)

    def translate(self, context: str, source: str) -> str:
        """One text in the report's language, as it is (placeholders left to fill)."""
        return self.translator.translate(context, source) or source

    def date(self, value: datetime) -> str:
        day = value.astimezone().date()
        return self.locale.toString(QDate(day.year, day.month, day.day),
                                    QLocale.FormatType.LongFormat)


def _write_pdf(document_html: str, path: Path, landscape: bool, rtl: bool) -> None:
    ensure_gui_application()
    writer = QPdfWriter(str(path))
    writer.setTitle("Tutor")
    writer.setCreator("Tutor")
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setResolution(150)
    document = QTextDocument()
    if rtl:
        option = document.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        document.setDefaultTextOption(option)
    document.setHtml(document_html)
    document.print_(writer)  # paginates and scales to the page itself


def _skill_title(skill: Skill, words: Words) -> str:
    return words(skill.title, context="skills")


def _page(body: str, rtl: bool) -> str:
    direction = "rtl" if rtl else "ltr"
    align = "right" if rtl else "left"
    return (f'<html><body dir="{direction}" style="font-family: sans-serif; font-size: 11pt;">'
            f'<div dir="{direction}" align="{align}">{body}</div></body></html>')


def _skill_sections(db: Database, learner: Learner, skills: dict[str, Skill],
                    words: Words) -> str:
    """The sections skills add to the report through their ``report`` hook (the
    placement: the levels it found). A hook that fails is logged and left out."""
    parts = []
    for skill in skills.values():
        if not skill.report:
            continue
        try:
            section = load_hook(skill.report)(
                db, learner, skills, words.translate, words.date)
        except Exception:  # a broken hook must not stop the report
            log.exception("the report section of %s failed", skill.id)
            continue
        if not section:
            continue
        heading, rows = section
        cells = "".join(f"<tr><td>{html.escape(label)}</td><td>{html.escape(value)}</td></tr>"
                        for label, value in rows)
        parts.append(f"<h3>{html.escape(heading)}</h3>"
                     f'<table border="1" cellspacing="0" cellpadding="6">{cells}</table>')
    return "".join(parts)


def _progress_rows(row: LearnerRow, skills: dict[str, Skill], totals: dict[str, int],
                   words: Words) -> str:
    cells = []
    for skill_id, skill in skills.items():
        summary = row.skills.get(skill_id)
        done = summary.passed if summary else 0
        tries = summary.attempts if summary else 0
        total = totals.get(skill_id, 0)
        cells.append(
            f"<tr><td>{html.escape(_skill_title(skill, words))}</td>"
            f"<td>{html.escape(words('of', done=done, total=total))}</td><td>{tries}</td></tr>")
    return "".join(cells)


def _learner_summary(db: Database, learner: Learner) -> tuple[Words, bool, LearnerRow, str]:
    """The learner's words, direction, overview row and best-speed sentence ("" if none)."""
    words = Words(learner.ui_language)
    row = learner_overview(db, learner.id, best_metric(), verified_only=True)
    assert row is not None  # the learner is in the database: their row exists
    speed = (words("speed", wpm=round(row.best_wpm, 1), accuracy=round(row.best_accuracy or 0, 1))
             if row.best_wpm is not None else "")
    return words, is_right_to_left(learner.ui_language), row, speed


def _left_out(count: int, words: Words) -> str:
    """The sentence that says how many unchecked results were left out ("" if none)."""
    return f"<p><small>{html.escape(words('left_out', count=count))}</small></p>" if count else ""


def learner_report_pdf(db: Database, learner: Learner, skills: dict[str, Skill],
                       totals: dict[str, int], path: Path) -> Path:
    words, rtl, row, speed = _learner_summary(db, learner)
    all_skills, skills = skills, course_skills(skills)
    centre = centre_name(db)
    speed = speed or words("no_speed")
    last = words("last", date=words.date(row.last_activity)) if row.last_activity else ""
    body = (
        f"<h1>{html.escape(words('report'))}</h1>"
        f"<h2>{html.escape(learner.display_name)}</h2>"
        f"<p>{html.escape(centre)}</p>"
        f'<table border="1" cellspacing="0" cellpadding="6" width="100%">'
        f"<tr><th>{html.escape(words('skill'))}</th><th>{html.escape(words('passed'))}</th>"
        f"<th>{html.escape(words('attempts'))}</th></tr>"
        f"{_progress_rows(row, skills, totals, words)}</table>"
        f"<p>{html.escape(speed)}</p><p>{html.escape(last)}</p>"
        f"{_left_out(row.left_out, words)}"
        f"{_skill_sections(db, learner, all_skills, words)}"
        f"<p><small>{html.escape(words('made', date=words.date(datetime.now(UTC))))}</small></p>"
    )
    _write_pdf(_page(body, rtl), path, landscape=False, rtl=rtl)
    return path


def certificate_pdf(db: Database, learner: Learner, skills: dict[str, Skill],
                    totals: dict[str, int], path: Path) -> Path:
    words, rtl, row, speed = _learner_summary(db, learner)
    skills = course_skills(skills)
    centre = centre_name(db) or "Tutor"
    completed = [
        f"<li>{html.escape(_skill_title(skill, words))}: "
        f"{html.escape(words('of', done=row.skills[s].passed, total=totals.get(s, 0)))}</li>"
        for s, skill in skills.items() if s in row.skills and row.skills[s].passed
    ]
    body = (
        '<div align="center">'
        f'<p style="font-size: 30pt; color: {NORMAL.accent};"><b>{html.escape(words("certificate"))}</b></p>'
        f'<p style="font-size: 14pt;">{html.escape(words("awarded"))}</p>'
        f'<p style="font-size: 26pt;"><b>{html.escape(learner.display_name)}</b></p>'
        f'<p style="font-size: 14pt;">{html.escape(words("for", centre=centre))}</p></div>'
        f'<ul style="font-size: 13pt;">{"".join(completed)}</ul>'
        f'<p style="font-size: 13pt;">{html.escape(speed)}</p>'
        f"{_left_out(row.left_out, words)}"
        f'<p>{html.escape(words.date(datetime.now(UTC)))}</p>'
        f'<p><br><br>____________________<br>{html.escape(words("signature"))}</p>'
    )
    _write_pdf(_page(body, rtl), path, landscape=True, rtl=rtl)
    return path


def class_report_pdf(db: Database, skills: dict[str, Skill], totals: dict[str, int],
                     path: Path, language: str = "en") -> Path:
    words = Words(language)
    rtl = is_right_to_left(language)
    skills = course_skills(skills)
    head = "".join(f"<th>{html.escape(_skill_title(s, words))}</th>" for s in skills.values())
    lines = []
    rows = class_overview(db, best_metric(), verified_only=True)
    left_out = sum(row.left_out for row in rows)
    for row in rows:
        cells = "".join(
            "<td>" + html.escape(words("of", done=row.skills[s].passed if s in row.skills else 0,
                                       total=totals.get(s, 0))) + "</td>"
            for s in skills)
        wpm = "" if row.best_wpm is None else f"{row.best_wpm:.1f}"
        lines.append(
            f'<tr><td style="white-space: nowrap;">{html.escape(row.name)}</td>{cells}'
            f"<td>{wpm}</td>"
            f"<td>{html.escape(', '.join(row.stuck_on))}</td></tr>")
    centre = centre_name(db)
    body = (
        f"<h1>{html.escape(words('class'))}</h1><p>{html.escape(centre)}</p>"
        # (9 pt: a learner's name and every skill's title on one line, seven skills wide)
        f'<table border="1" cellspacing="0" cellpadding="4" width="100%" '
        f'style="font-size: 9pt;">'
        f"<tr><th>{html.escape(words('learner'))}</th>{head}<th>{html.escape(words('wpm'))}</th>"
        f"<th>{html.escape(words('help'))}</th></tr>{''.join(lines)}</table>"
        + (f"<p>{html.escape(words('class_left_out', count=left_out))}</p>" if left_out else "")
        + f"<p><small>{html.escape(words('made', date=words.date(datetime.now(UTC))))}</small></p>"
    )
    _write_pdf(_page(body, rtl), path, landscape=True, rtl=rtl)
    return path

