"""Hostile .xlsx files: what a learner or a trainer may open by mistake or malice, made
by hand with zipfile so the XML is exactly what is written here.

``generate()`` returns ``{name: bytes}``; each one is graded as ``tutor grade`` does for
``EXERCISE`` and must end as a verdict or a clean refusal within the limits of
``tests.hostile.parse`` (10 s, 512 MB of address space), never a traceback."""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable, Iterable

KIND = "xlsx"
EXERCISE = "sheets-en-first-steps/small-budget"

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET_TYPE = RELS + "/worksheet"
STRINGS_TYPE = RELS + "/sharedStrings"
STYLES_TYPE = RELS + "/styles"
CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
CT_BOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
CT_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _content_types(sheets: int, strings: bool, styles: bool) -> bytes:
    parts = [f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{CT_SHEET}"/>'
             for n in range(1, sheets + 1)]
    if strings:
        parts.append(f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT_STRINGS}"/>')
    if styles:
        parts.append(f'<Override PartName="/xl/styles.xml" ContentType="{CT_STYLES}"/>')
    return DECLARATION + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{CT_BOOK}"/>'
        + "".join(parts) + "</Types>").encode()


def sheet_xml(cells: str | bytes, extra: str | bytes = b"", head: str | bytes = b"") -> bytes:
    """A worksheet: ``cells`` inside <sheetData>, ``extra`` after it (mergeCells...)."""
    def raw(text: str | bytes) -> bytes:
        return text.encode() if isinstance(text, str) else text

    return (DECLARATION + f'<worksheet xmlns="{MAIN}" xmlns:r="{RELS}">'.encode() + raw(head)
            + b"<sheetData>" + raw(cells) + b"</sheetData>" + raw(extra) + b"</worksheet>")


def row(number: int, cells: Iterable[str]) -> str:
    return f'<row r="{number}">' + "".join(cells) + "</row>"


def number(ref: str, value: str) -> str:
    return f'<c r="{ref}"><v>{value}</v></c>'


def formula(ref: str, text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<c r="{ref}"><f>{text}</f></c>'


def text(ref: str, value: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


BUDGET = (row(1, [text("A1", "Budget")]) + row(2, [text("A2", "Income"), number("B2", "500")])
          + "".join(row(n, [text(f"A{n}", f"Cost {n}"), number(f"B{n}", str(10 * n))])
                    for n in range(4, 9))
          + row(9, [text("A9", "Total"), formula("B9", "SUM(B4:B8)")])
          + row(10, [text("A10", "Left"), formula("B10", "B2-B9")]))


def package(sheets: Iterable[bytes] = (), *, strings: bytes | None = None,
            styles: bytes | None = None, workbook: bytes | None = None,
            names: str = "", extra: dict[str, bytes] | None = None,
            compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """An .xlsx with these worksheets (Sheet1, Sheet2...) and parts."""
    sheets = list(sheets)
    sheet_list = "".join(f'<sheet name="Sheet{n}" sheetId="{n}" r:id="rId{n}"/>'
                         for n in range(1, len(sheets) + 1))
    rels = [f'<Relationship Id="rId{n}" Type="{SHEET_TYPE}" '
            f'Target="worksheets/sheet{n}.xml"/>' for n in range(1, len(sheets) + 1)]
    if strings is not None:
        rels.append(f'<Relationship Id="rIdS" Type="{STRINGS_TYPE}" Target="sharedStrings.xml"/>')
    if styles is not None:
        rels.append(f'<Relationship Id="rIdT" Type="{STYLES_TYPE}" Target="styles.xml"/>')
    parts = {
        "[Content_Types].xml": _content_types(len(sheets), strings is not None,
                                              styles is not None),
        "_rels/.rels": DECLARATION + (
            f'<Relationships xmlns="{PACKAGE_RELS}"><Relationship Id="rId1" '
            f'Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ).encode(),
        "xl/workbook.xml": workbook if workbook is not None else DECLARATION + (
            f'<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>{sheet_list}</sheets>'
            + (f"<definedNames>{names}</definedNames>" if names else "") + "</workbook>"
        ).encode(),
        "xl/_rels/workbook.xml.rels": DECLARATION + (
            f'<Relationships xmlns="{PACKAGE_RELS}">' + "".join(rels) + "</Relationships>"
        ).encode(),
    }
    for n, sheet in enumerate(sheets, start=1):
        parts[f"xl/worksheets/sheet{n}.xml"] = sheet
    if strings is not None:
        parts["xl/sharedStrings.xml"] = strings
    if styles is not None:
        parts["xl/styles.xml"] = styles
    parts.update(extra or {})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression, compresslevel=9) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def shared_strings(items: Iterable[str | bytes], head: bytes = b"") -> bytes:
    body = b"".join(b"<si><t>" + (i.encode() if isinstance(i, str) else i) + b"</t></si>"
                    for i in items)
    return DECLARATION + head + f'<sst xmlns="{MAIN}">'.encode() + body + b"</sst>"


LAUGHS = (b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;")
                                                     * 10) for n in range(1, 10))
          + b"]>")


def _patched_directory(data: bytes, change: Callable[[bytearray, int], None]) -> bytes:
    """``data`` (a zip) with each central directory entry changed by ``change``."""
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at >= 0:
        change(out, at)
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


def _declare_size(size: int) -> Callable[[bytearray, int], None]:
    def change(out: bytearray, at: int) -> None:
        out[at + 24:at + 28] = struct.pack("<I", size)  # uncompressed size

    return change


def _encrypted(out: bytearray, at: int) -> None:
    flags = struct.unpack("<H", out[at + 8:at + 10])[0]
    out[at + 8:at + 10] = struct.pack("<H", flags | 1)


def _many_members() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for n in range(20_000):
            archive.writestr(f"x/{n}", b"")
    return out.getvalue()


def generate() -> dict[str, bytes]:
    good = package([sheet_xml(BUDGET)])
    cells_300k = "".join(row(r, [number(f"A{r}", "1"), number(f"B{r}", "2"),
                                 number(f"C{r}", "3")]) for r in range(1, 50_001))
    return {
        # the zip
        "not-a-zip": bytes(range(256)) * 64,
        "empty": b"",
        "truncated": good[: len(good) // 2],
        "member-of-60-mb-of-spaces": package([sheet_xml(BUDGET, head=b" " * (60 * 2**20))]),
        "declared-size-of-4-gb": _patched_directory(good, _declare_size(0xFFFFFFF0)),
        "declared-size-too-small": _patched_directory(good, _declare_size(10)),
        "twenty-thousand-members": _many_members(),
        "encrypted-members": _patched_directory(good, _encrypted),
        "unsafe-and-duplicate-member-names": package(
            [sheet_xml(BUDGET)], extra={"../../../../tmp/evil.xml": b"<x/>",
                                        "/etc/passwd": b"root", "xl\\..\\..\\a": b""}),
        "no-sheet": package([]),
        # XML
        "billion-laughs-in-shared-strings": package(
            [sheet_xml(row(1, ['<c r="A1" t="s"><v>0</v></c>']))],
            strings=shared_strings([b"&lol9;"], head=LAUGHS)),
        "billion-laughs-in-the-sheet": package(
            [DECLARATION + LAUGHS + sheet_xml(row(1, [text("A1", "&lol9;")]))[len(DECLARATION):]]),
        "external-entity": package([DECLARATION + b'<!DOCTYPE w [<!ENTITY x SYSTEM '
                                    b'"file:///etc/passwd">]>'
                                    + sheet_xml(row(1, [text("A1", "&x;")]))[len(DECLARATION):]]),
        "nested-elements-100000-deep": package(
            [sheet_xml(BUDGET, extra=b"<extLst>" + b"<ext>" * 100_000 + b"</ext>" * 100_000
                       + b"</extLst>")]),
        "not-xml": package([b"\x00\xff" * 1000]),
        # cells
        "hundred-and-fifty-thousand-cells": package([sheet_xml(cells_300k)]),
        "cells-in-a1-and-xfd1048576": package(
            [sheet_xml(BUDGET + row(1_048_576, [number("XFD1048576", "1")]))]),
        "cell-beyond-the-last-row": package([sheet_xml(BUDGET + row(3_000_000, [
            number("A3000000", "1")]))]),
        "merged-whole-sheet": package(
            [sheet_xml(BUDGET, extra='<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/>'
                                     "</mergeCells>")]),
        "hyperlink-on-whole-sheet": package(
            [sheet_xml(BUDGET, extra='<hyperlinks><hyperlink ref="A1:XFD1048576" '
                                     'display="x" location="Sheet1!A1"/></hyperlinks>')]),
        "a-million-rows-with-heights": package(
            [sheet_xml(BUDGET + "".join(f'<row r="{r}" ht="30" customHeight="1"/>'
                                        for r in range(20, 1_000_020)))]),
        "thousand-sheets": package([sheet_xml(BUDGET)] * 1000),
        "fifty-thousand-defined-names": package(
            [sheet_xml(BUDGET)], names="".join(f'<definedName name="n{n}">Sheet1!$A$1'
                                               "</definedName>" for n in range(50_000))),
        "recursive-defined-names": package(
            [sheet_xml(BUDGET + row(11, [formula("B11", "a+1")]))],
            names='<definedName name="a">b</definedName><definedName name="b">a'
                  "</definedName><definedName name=\"c\">c+c</definedName>"),
        "shared-string-index-out-of-range": package(
            [sheet_xml(row(1, ['<c r="A1" t="s"><v>99999</v></c>']))],
            strings=shared_strings(["x"])),
        "a-million-shared-strings": package(
            [sheet_xml(BUDGET)], strings=shared_strings(f"s{n}" for n in range(1_100_000))),
        # numbers, text, dates
        "number-of-5000-digits": package([sheet_xml(BUDGET.replace("<v>500</v>",
                                                                   "<v>" + "9" * 5000 + "</v>"))]),
        "integer-of-4000-digits": package([sheet_xml(BUDGET.replace("<v>500</v>",
                                                                    "<v>" + "9" * 4000 + "</v>"))]),
        "exponent-of-99999": package([sheet_xml(BUDGET.replace("<v>500</v>", "<v>1E99999</v>"))]),
        "nan": package([sheet_xml(BUDGET.replace("<v>500</v>", "<v>NaN</v>"))]),
        "infinity": package([sheet_xml(BUDGET.replace("<v>500</v>", "<v>-inf</v>"))]),
        "date-in-year-99999": package([sheet_xml(BUDGET + row(12, [
            '<c r="A12" t="d"><v>99999-01-01T00:00:00</v></c>']))]),
        "text-of-a-million-characters": package([sheet_xml(BUDGET + row(12, [
            text("A12", "x" * 1_000_000)]))]),
        "text-of-100000-characters": package([sheet_xml(BUDGET + row(12, [
            text("A12", "x" * 100_000)]))]),
        "number-format-of-100000-characters": package(
            [sheet_xml(BUDGET.replace('<c r="B2">', '<c r="B2" s="1">'))],
            styles=DECLARATION + (f'<styleSheet xmlns="{MAIN}"><numFmts count="1">'
                                  '<numFmt numFmtId="164" formatCode="' + "0" * 100_000
                                  + '"/></numFmts><fonts count="1"><font/></fonts>'
                                  '<fills count="1"><fill/></fills><borders count="1">'
                                  '<border/></borders><cellXfs count="2"><xf/><xf '
                                  'numFmtId="164" applyNumberFormat="1"/></cellXfs>'
                                  "</styleSheet>").encode()),
        # formulas
        "formula-of-a-megabyte": package([sheet_xml(BUDGET + row(12, [
            formula("B12", "1" + "+1" * 500_000)]))]),
        "formula-nested-4000-deep": package([sheet_xml(BUDGET + row(12, [
            formula("B12", "(" * 4000 + "1" + ")" * 4000)]))]),
        "functions-nested-1000-deep": package([sheet_xml(BUDGET + row(12, [
            formula("B12", "ABS(" * 1000 + "1" + ")" * 1000)]))]),
        "signs-8000-deep": package([sheet_xml(BUDGET + row(12, [
            formula("B12", "-" * 8000 + "1")]))]),
        "sum-of-4000-terms": package([sheet_xml(BUDGET + row(12, [
            formula("B12", "+".join(["B4"] * 1600))]))]),
        "shared-formula-in-100000-cells": package([sheet_xml(BUDGET + row(12, [
            '<c r="B12"><f t="shared" ref="B12:B100011" si="0">' + "1+" * 4000 + "1</f></c>"])
            + "".join(row(r, [f'<c r="B{r}"><f t="shared" si="0"/></c>'])
                      for r in range(13, 100_012)))]),
        "sum-of-the-whole-sheet": package([sheet_xml(BUDGET + row(12, [
            formula("B12", "SUM(A1:XFD1048576)"), formula("C12", "VLOOKUP(1,A1:XFD1048576,2)"),
            formula("D12", "SUMPRODUCT(A1:XFD1048576,A1:XFD1048576)"),
            formula("E12", "COUNTBLANK(A1:XFD1048576)")]))]),
        "two-thousand-sums-of-a-column": package([sheet_xml(BUDGET + "".join(
            row(r, [formula(f"C{r}", "SUM(A1:A1048576)+COUNTBLANK(B1:B1048576)")])
            for r in range(20, 2020)))]),
        "ten-thousand-formulas-reading-their-column": package([sheet_xml(BUDGET + "".join(
            row(r, [f'<c r="C{r}"><f>SUM(C$1:C$20100)-SUM(D:D)</f><v>0</v></c>'])
            for r in range(20, 9_990)))]),
        "indirect-and-offset-loop": package([sheet_xml(BUDGET + row(12, [
            formula("B12", 'INDIRECT("B13")'), formula("B13", "OFFSET(B12,0,0)")]))]),
        "circular-chain-of-9000": package([sheet_xml(BUDGET + "".join(
            row(r, [formula(f"C{r}", f"C{r + 1}+1")]) for r in range(20, 9_020))
            + row(9_020, [formula("C9020", "C20")]))]),
        "fifteen-thousand-formulas": package([sheet_xml(BUDGET + "".join(
            row(r, [formula(f"C{r}", "1")]) for r in range(20, 15_020)))]),
        "hundred-thousand-numbers": package([sheet_xml(BUDGET + "".join(
            row(r, [number(f"{c}{r}", str(r)) for c in "CDEFGHIJKL"])
            for r in range(20, 10_000)))]),
        "text-doubling-chain": package([sheet_xml(BUDGET + row(12, [
            text("C12", "x" * 1000)]) + "".join(
            row(r, [formula(f"C{r}", f"C{r - 1}&C{r - 1}")]) for r in range(13, 80)))]),
        "rept-and-substitute-bombs": package([sheet_xml(BUDGET + row(12, [
            formula("B12", 'REPT("abc",1E9)'), formula("C12", 'REPT("",1E300)'),
            formula("D12", 'SUBSTITUTE(REPT("a",30000),"a",REPT("b",30000))'),
            formula("E12", 'TEXTJOIN(",",TRUE,A1:A1048576,A1:A1048576)')]))]),
        "power-overflow": package([sheet_xml(BUDGET + row(12, [
            formula("B12", "10^308*10^308"), formula("C12", "(-8)^(1/3)"),
            formula("D12", "DATE(99999,1,1)"), formula("E12", "FACT(100000)")]))]),
        "the-answer": good,
    }
