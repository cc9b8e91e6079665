"""``tutor verify --evidence``: the keystroke log of a credential, found, matched to the
digest the credential signed, replayed, and analysed.

The log is looked for in the PDF certificate (its attachment ``evidence.json``), in the
file given after ``--evidence``, or beside the credential as ``NAME.evidence.json``. The
replay recomputes the result from the keys alone; a figure that differs from what the
credential states, or a flag of what a human hand does not do, is reported.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tutor.credentials import carriers, evidence, results


@dataclass(frozen=True)
class EvidenceReport:
    lines: list[str]
    ok: bool


def find_log(data: bytes, file: Path, given: Path | None) -> tuple[bytes | None, str]:
    """The log's bytes and where they came from (None: nowhere)."""
    if given is not None:
        with open(given, "rb") as handle:
            return handle.read(evidence.MAX_LOG_BYTES + 1), str(given)
    if data.startswith(b"%PDF"):
        found = carriers.files_in_pdf(data).get("evidence.json")
        if found is not None:
            return found, "the PDF's attachment evidence.json"
    beside = file.with_name(file.name.split(".")[0] + ".evidence.json")
    if beside.is_file():
        with open(beside, "rb") as handle:
            return handle.read(evidence.MAX_LOG_BYTES + 1), str(beside)
    return None, ""


def check_for(credential: Mapping[str, Any], data: bytes, file: Path,
              given: Path | None) -> EvidenceReport:
    named = [e.get("id") for e in credential.get("evidence", []) if isinstance(e, dict)]
    if not named:
        return EvidenceReport(["Evidence: this credential names no keystroke log."], True)
    raw, where = find_log(data, file, given)
    if raw is None:
        return EvidenceReport([
            "Evidence: no keystroke log found (give it with --evidence LOG, or keep "
            "NAME.evidence.json beside the credential)."], False)
    try:
        log = evidence.load(raw)
        digest = evidence.digest(log)
    except evidence.EvidenceError as exc:
        return EvidenceReport([f"Evidence: the keystroke log cannot be read: {exc}"], False)
    if digest not in named:
        return EvidenceReport([
            f"Evidence: the keystroke log in {where} is NOT the one this credential names "
            "(it was changed, or it belongs to another credential)."], False)
    lines = [f"Evidence: the keystroke log in {where} is the one the credential names."]
    ok = True
    figures = evidence.replay(log)
    stated = results.stated_results(credential)
    compared = 0
    kind = str(log.get("kind"))
    for figure, _name, _type, form in results.RESULTS.get(kind, ()):
        if figure in stated and figure in figures:
            compared += 1
            replayed = results.figure_text(figures, figure, form)
            if replayed != stated[figure]:
                ok = False
                lines.append(f"  replayed {figure}: {replayed}, but the credential states "
                             f"{stated[figure]}")
    if compared:
        lines.append(f"  replayed from {len(log['events'])} events: "
                     + ", ".join(f"{k} {results.figure_text(figures, k, f)}"
                                 for k, _n, _t, f in results.RESULTS[kind] if k in figures))
    flags = evidence.analyse(log)
    for flag in flags:
        lines.append(f"  flag: {flag.text}")
    if not flags:
        lines.append("  nothing a human hand does not do: no keys faster than fingers, no "
                     "paste, no machine rhythm, no long time away.")
    return EvidenceReport(lines, ok and not flags)
