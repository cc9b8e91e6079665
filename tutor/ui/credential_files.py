"""The files a learner's credential travels in, drawn with Qt: the printable certificate
(PDF, with the credential's QR code and the credential and its keystroke log attached)
and the badge picture (PNG, the credential baked in). The credential itself is made and
signed by ``tutor.credentials.issuing``; here it is only shown and carried.

Pages are laid out at the PDF's own resolution and painted with lossless pictures: Qt's
PDF writer would otherwise store a picture as a JPEG, and a blurred QR code does not scan.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from tutor.atomic_write import write_atomically
from tutor.credentials import carriers, multibase, proof, verify
from tutor.errors import TutorError
from tutor.i18n import QT_TRANSLATE_NOOP, is_right_to_left
from tutor.ui.reports import Words, ensure_gui_application
from tutor.ui.style import NORMAL

CONTEXT = "CredentialFiles"
PAGE_DPI = 150
WRITE_FAILED = QT_TRANSLATE_NOOP("errors", "The file {name} cannot be written. Choose another place.")
TEXTS = {
    "title": QT_TRANSLATE_NOOP("CredentialFiles", "Certificate of assessment"),
    "awarded": QT_TRANSLATE_NOOP("CredentialFiles", "{centre} certifies that"),
    "passed": QT_TRANSLATE_NOOP("CredentialFiles", "passed, under the supervision of a trainer:"),
    "on": QT_TRANSLATE_NOOP("CredentialFiles", "on {date}"),
    "rule": QT_TRANSLATE_NOOP("CredentialFiles", "The rule of the assessment:"),
    "check": QT_TRANSLATE_NOOP(
        "CredentialFiles", "This certificate is signed by the centre. To check it, open the "
        "centre's verifier page (verifier.html) in a web browser and scan this QR code, or "
        "open the certificate's PDF or its .json file there. No internet is needed."),
    "key": QT_TRANSLATE_NOOP("CredentialFiles", "The centre's key fingerprint: {fingerprint}"),
    "until": QT_TRANSLATE_NOOP("CredentialFiles", "Valid until {date}"),
    "figure": QT_TRANSLATE_NOOP("CredentialFiles", "{name}: {value}"),
}


def write_page_pdf(document_html: str, images: Mapping[str, QImage], path: Path, title: str,
                   landscape: bool = False, rtl: bool = False, margins_mm: float = 15) -> Path:
    """``document_html`` as a PDF of A4 pages, its ``tutor:NAME`` pictures lossless (the
    certificate, the centre's card page)."""
    ensure_gui_application()
    try:
        path.write_bytes(b"")  # a folder that cannot be written is said in plain words
    except OSError:
        raise TutorError(WRITE_FAILED, name=path.name) from None
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Tutor")
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                                     QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm),
                                     QPageLayout.Unit.Millimeter))
    writer.setResolution(PAGE_DPI)
    document = QTextDocument()
    if rtl:
        option = document.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        document.setDefaultTextOption(option)
    document.documentLayout().setPaintDevice(writer)
    page = QRectF(0, 0, writer.width(), writer.height())
    document.setPageSize(page.size())
    for name, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"tutor:{name}"), image)
    document.setHtml(document_html)
    painter = QPainter()
    if not painter.begin(writer):
        raise TutorError(WRITE_FAILED, name=path.name)
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    for number in range(document.pageCount()):
        if number:
            writer.newPage()
        painter.save()
        painter.translate(0, -page.height() * number)
        document.drawContents(painter, page.translated(0, page.height() * number))
        painter.restore()
    painter.end()
    if not path.is_file():
        raise TutorError(WRITE_FAILED, name=path.name)
    return path


def qr_image(text: str, width: int) -> QImage | None:
    """The QR code of ``text``, a whole number of pixels a module and about ``width``
    wide; None when ``text`` is more than a QR code holds."""
    try:
        modules = QImage.fromData(QByteArray(carriers.qr_png(text, scale=1))).width()
    except ValueError:  # segno: too much for a QR code of error correction M
        return None
    return QImage.fromData(QByteArray(carriers.qr_png(text, scale=max(1, width // modules))))


def _day(words: Words, value: object) -> str:
    moment = proof.parse_iso(value)
    return words.date(moment) if moment is not None else ""


def results_lines(credential: Mapping[str, Any], words: Words) -> list[str]:
    """``Net words per minute: 42.5``... in the certificate's language."""
    subject = credential.get("credentialSubject", {})
    descriptions = subject.get("achievement", {}).get("resultDescription", [])
    described = {d.get("id"): d.get("name") for d in descriptions}
    return [words(TEXTS["figure"], context=CONTEXT,
                  name=words.translate("credentials", str(described.get(r.get("resultDescription"), ""))),
                  value=local_number(str(r.get("value")), words))
            for r in subject.get("result", [])]


def local_number(value: str, words: Words) -> str:
    """A figure as the certificate's language writes it ("60.0" is "60,0" in French); the
    credential keeps the signed "60.0"."""
    try:
        number = float(value)
    except ValueError:
        return value
    decimals = len(value.partition(".")[2])
    return words.locale.toString(number, "f", decimals)


def certificate_html(credential: Mapping[str, Any], words: Words, rtl: bool, qr_width: int | None,
                     names: str = "") -> str:
    said = verify.summary(dict(credential))
    subject = credential["credentialSubject"]
    achievement = words.translate(names, said["achievement"]) if names else said["achievement"]
    rule = subject["achievement"].get("criteria", {}).get("narrative", "")
    fingerprint = multibase.fingerprint(credential["issuer"]["id"])
    direction, align = ("rtl", "right") if rtl else ("ltr", "left")

    def w(key: str, **params: object) -> str:
        return html.escape(words(TEXTS[key], context=CONTEXT, **params))

    results = "".join(f"<li>{html.escape(line)}</li>" for line in results_lines(credential, words))
    qr = (f'<td width="{qr_width + 30}" valign="top" align="center"><img src="tutor:qr.png" '
          f'width="{qr_width}" height="{qr_width}"><br><span style="font-size: 9pt;">'
          f'{w("key", fingerprint=fingerprint)}</span></td>' if qr_width else "")
    return (
        f'<html><body dir="{direction}" style="font-family: sans-serif; font-size: 12pt;">'
        f'<div dir="{direction}" align="{align}"><table width="100%"><tr><td valign="top">'
        f'<p style="font-size: 22pt; color: {NORMAL.accent};"><b>{w("title")}</b></p>'
        f'<p style="font-size: 13pt;">{w("awarded", centre=said["centre"])}</p>'
        f'<p style="font-size: 22pt;"><b>{html.escape(said["learner"])}</b></p>'
        f'<p style="font-size: 13pt;">{w("passed")}</p>'
        f'<p style="font-size: 17pt;"><b>{html.escape(achievement)}</b> '
        f'{w("on", date=_day(words, subject.get("activityEndDate")))}</p>'
        f'<ul style="font-size: 14pt;">{results}</ul>'
        f'<p style="font-size: 9pt;">{w("rule")} {html.escape(rule)}</p>'
        f'<p style="font-size: 10pt;">{w("until", date=_day(words, credential.get("validUntil")))}</p>'
        f'</td>{qr}</tr></table>'
        f'<p style="font-size: 9pt;">{w("check")}<br>'
        f'<span style="font-family: monospace;">{html.escape(str(credential.get("id", "")))}</span></p>'
        "</div></body></html>")


def certificate_pdf(credential: Mapping[str, Any], log: Mapping[str, Any] | None, path: Path,
                    language: str, names: str = "") -> Path:
    """The printable certificate, landscape A4, in ``language``: the learner, the
    assessment, its figures and rule, the QR code carrying the whole credential; the
    credential and its keystroke log attached to the PDF."""
    words = Words(language)
    rtl = is_right_to_left(language)
    picture = qr_image(carriers.qr_text(dict(credential)), 420)  # 3 px a module: 0.5 mm
    page = certificate_html(credential, words, rtl, picture.width() if picture is not None else None,
                            names)
    write_page_pdf(page, {"qr.png": picture} if picture is not None else {}, path,
                   str(credential.get("name", "Tutor")), landscape=True, rtl=rtl)
    files = {"credential.json": json.dumps(credential, ensure_ascii=False, indent=1).encode("utf-8")}
    if log is not None:
        files["evidence.json"] = json.dumps(log, ensure_ascii=False).encode("utf-8")
    _replace(path, carriers.pdf_with(path.read_bytes(), files))
    return path


def badge_png(credential: Mapping[str, Any], language: str, names: str = "", side: int = 600) -> bytes:
    """A round badge with the assessment, the main figure, the learner and the centre;
    the credential baked in (Open Badges 3.0)."""
    ensure_gui_application()
    words = Words(language)
    said = verify.summary(dict(credential))
    image = QImage(side, side, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(NORMAL.accent), side / 30))
    painter.setBrush(QColor(NORMAL.background))
    margin = side / 30
    painter.drawEllipse(QRectF(margin, margin, side - 2 * margin, side - 2 * margin))
    painter.setPen(QColor(NORMAL.text))
    achievement = words.translate(names, said["achievement"]) if names else said["achievement"]
    lines = [(achievement, 0.07, True),
             ((results_lines(credential, words) or [""])[0], 0.06, True),
             (said["learner"], 0.055, False), (said["centre"], 0.04, False),
             (_day(words, credential.get("credentialSubject", {}).get("activityEndDate")), 0.04, False)]
    top = side * 0.22
    for text, size, bold in lines:
        font = QFont()
        font.setPixelSize(int(side * size))
        font.setBold(bold)
        painter.setFont(font)
        box = QRectF(side * 0.14, top, side * 0.72, side * size * 2.6)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
        top += side * size * 2.7
    painter.end()
    buffer = QByteArray()
    device = QBuffer(buffer)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(device, "PNG")  # type: ignore[call-overload]
    device.close()
    return carriers.png_with(bytes(buffer.data()), dict(credential))


def _replace(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (a stick pulled out halfway leaves
    the old file, never half of one)."""
    try:
        write_atomically(path, data)
    except OSError:
        raise TutorError(WRITE_FAILED, name=path.name) from None


def safe_name(text: str) -> str:
    kept = "".join(c if c.isalnum() or c in " -_" else " " for c in text)
    return " ".join(kept.split())[:60] or "credential"


def save_credential_files(folder: Path, credential: Mapping[str, Any], log: Mapping[str, Any] | None,
                          language: str, names: str = "") -> list[Path]:
    """The credential as ``NAME.json`` (with ``NAME.evidence.json``), ``NAME.png`` and
    ``NAME.pdf`` in ``folder``; the paths written. ``names`` is the translation context
    of the achievements' names (their English is what is signed)."""
    said = verify.summary(dict(credential))
    day = said["date"]
    stem = safe_name(f"{said['learner']} - {said['achievement']} - {day}")
    written = []
    json_path = folder / f"{stem}.json"
    _replace(json_path, json.dumps(credential, ensure_ascii=False, indent=1).encode("utf-8"))
    written.append(json_path)
    if log is not None:
        log_path = folder / f"{stem}.evidence.json"
        _replace(log_path, json.dumps(log, ensure_ascii=False).encode("utf-8"))
        written.append(log_path)
    png_path = folder / f"{stem}.png"
    _replace(png_path, badge_png(credential, language, names))
    written.append(png_path)
    written.append(certificate_pdf(credential, log, folder / f"{stem}.pdf", language, names))
    return written
