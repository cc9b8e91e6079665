"""Running LibreOffice Calc headless: the reference the engine is compared with."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
# ./dev.sh test installs LibreOffice; a developer without it may skip these tests, CI may not.
needs_soffice = pytest.mark.skipif(
    SOFFICE is None and not os.environ.get("CI"),
    reason="LibreOffice Calc (Debian: libreoffice-calc-nogui) is not installed",
)
# CSV filter options: comma, double quote, UTF-8, from line 1, no column formats,
# language en-US, quoted text, detect numbers, and NOT "save cell contents as shown",
# so numbers come out with full precision.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,true,false,false"


def soffice(args: list[str], work: Path) -> None:
    if SOFFICE is None:
        pytest.fail("LibreOffice Calc is needed: apt-get install libreoffice-calc-nogui")
    profile = work / "lo-profile"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
         *args, "--outdir", str(work)],
        check=True, capture_output=True, timeout=180, cwd=work,
    )


def calc_values(xlsx: Path, work: Path) -> list[list[str]]:
    """The first sheet as LibreOffice computes it, as rows of CSV text."""
    soffice(["--convert-to", CSV_FILTER, str(xlsx)], work)
    with open(work / (xlsx.stem + ".csv"), encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def resave_with_calc(xlsx: Path, work: Path) -> Path:
    """``xlsx`` opened and saved again by LibreOffice Calc (its own .xlsx writer)."""
    out = work / "calc"
    out.mkdir(exist_ok=True)
    soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", str(xlsx)], out)
    return out / xlsx.name
