"""The figures a credential states, by the kind of keystroke log behind them (typing
test, data entry, task): their names, Open Badges result types and how each is written,
so the issuer and ``tutor verify --evidence`` write and compare them the same way."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tutor.i18n import QT_TRANSLATE_NOOP

# (figure, name, Open Badges ResultType, format), by the log's kind
RESULTS: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "typing-test": (
        ("net_wpm", QT_TRANSLATE_NOOP("credentials", "Net words per minute"), "RawScore", "{:.1f}"),
        ("errors", QT_TRANSLATE_NOOP("credentials", "Errors"), "RawScore", "{:d}"),
        ("gross_wpm", QT_TRANSLATE_NOOP("credentials", "Gross words per minute"), "RawScore", "{:.1f}"),
        ("accuracy", QT_TRANSLATE_NOOP("credentials", "Words right (%)"), "Percent", "{:.1f}"),
    ),
    "data-entry": (
        ("kph", QT_TRANSLATE_NOOP("credentials", "Keystrokes per hour"), "RawScore", "{:d}"),
        ("field_accuracy", QT_TRANSLATE_NOOP("credentials", "Fields exactly right (%)"), "Percent", "{:.1f}"),
        ("rows", QT_TRANSLATE_NOOP("credentials", "Records keyed"), "RawScore", "{:d}"),
    ),
    "task": (
        ("score", QT_TRANSLATE_NOOP("credentials", "Score (%)"), "Percent", "{:.0f}"),
    ),
}


def value_text(value: Any, form: str) -> str:
    """A value as a credential states it, in its figure's format."""
    if form == "{:d}":
        return str(int(round(float(value))))
    return form.format(float(value))


def figure_text(figures: Mapping[str, Any], figure: str, form: str) -> str:
    """A result's figure as a credential states it: a task's score (0 to 1) in percent."""
    value = figures[figure]
    return value_text(value * 100 if figure == "score" else value, form)


def stated_results(credential: Mapping[str, Any]) -> dict[str, str]:
    """The figures a credential states, by figure name (``net_wpm``: ``"42.5"``)."""
    subject = credential.get("credentialSubject", {})
    stated = {}
    for line in subject.get("result", []) if isinstance(subject, dict) else []:
        if isinstance(line, dict) and isinstance(line.get("resultDescription"), str):
            key = line["resultDescription"].rsplit(":", 1)[-1].replace("-", "_")
            stated[key] = str(line.get("value"))
    return stated
