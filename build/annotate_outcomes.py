"""Write each shipped exercise's ``outcomes = [...]`` line into the lesson packs.

    python build/annotate_outcomes.py          # edit lessons/<skill>/<lang>/*.toml
    python build/annotate_outcomes.py --check  # exit 1 if a file would change

The outcomes of every exercise are decided here, once, for the English exercise ids; the
French, Arabic and Swahili packs get the same outcomes for the same exercise (the same id,
or for the French email and spreadsheet packs, whose ids are French words, the exercise at
the same place in the pack at the same place). Typing courses differ by keyboard, so
their outcomes follow a rule (home row, the other letters, punctuation and numbers,
whole texts and data entry). See tutor/curriculum.py and assets/curriculum/ for what the
codes mean. The files are edited as text: an ``outcomes = [...]`` line is put (or
replaced) right after each exercise's ``title = ...`` line; comments and layout stay.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LESSONS = ROOT / "lessons"
LANGUAGES = ("en", "fr", "ar", "sw")

CE, OE, SHEETS, COMPUTING = "icdl-ce:", "icdl-oe:", "icdl-sheets:", "icdl-computing:"
BCS, EMAIL, DIG = "northstar-bcs:", "northstar-email:", "digcomp:"


def o(*items: str) -> list[str]:
    return list(items)


# Computer basics: Northstar and ICDL as in docs/basics-standards.md (ICDL items made
# precise: "4.1" is 4.1.5 open, 4.1.7 create a folder, 4.1.8 rename; "enter text" is 3.1.2).
# DigComp: device handling is filed under 5.1 (see assets/curriculum/digcomp.toml), files
# under 1.3, typing text under 3.1. Levels: 1 the first pointing and keys, 2 the other
# mouse actions and the screen's controls, 3 windows and simple file work, 4 saving,
# copying and taking files away.
BASICS = {
    "mouse": {
        "hold": o(BCS + "5", DIG + "5.1@1"),
        "point": o(BCS + "7", DIG + "5.1@1"),
        "click": o(BCS + "7", DIG + "5.1@1"),
        "click-small": o(BCS + "7", DIG + "5.1@1"),
        "double-click": o(BCS + "7", DIG + "5.1@2"),
        "right-click": o(BCS + "7", DIG + "5.1@2"),
        "drag-file": o(BCS + "8", CE + "4.2.3", DIG + "5.1@2", DIG + "1.3@2"),
        "drag-picture": o(BCS + "8", DIG + "5.1@2"),
        "scroll-wheel": o(BCS + "9", CE + "2.2.1", DIG + "5.1@2"),
        "scroll-bar": o(BCS + "9", CE + "2.2.1", DIG + "5.1@2"),
        "hover": o(BCS + "9", DIG + "5.1@2"),
    },
    "keyboard": {
        "enter-and-space": o(BCS + "4", DIG + "5.1@1"),
        "capitals": o(BCS + "4", CE + "3.1.2", DIG + "3.1@1"),
        "caps-lock": o(BCS + "4", DIG + "5.1@1"),
        "backspace-and-delete": o(BCS + "4", CE + "3.1.2", DIG + "3.1@2"),
        "arrows": o(BCS + "4", CE + "3.1.2", DIG + "3.1@2"),
        "numbers": o(BCS + "4", DIG + "5.1@2"),
        "tab": o(BCS + "4", BCS + "9", DIG + "5.1@2"),
        "email-address": o(BCS + "4", CE + "2.3.4", DIG + "5.1@3"),
    },
    "windows": {
        "buttons": o(BCS + "7", BCS + "9", DIG + "5.1@2"),
        "pointer-shapes": o(BCS + "6", DIG + "5.1@2"),
        "check-boxes": o(BCS + "9", DIG + "5.1@2"),
        "radio-buttons": o(BCS + "9", DIG + "5.1@2"),
        "drop-down": o(BCS + "9", DIG + "5.1@2"),
        "text-boxes": o(BCS + "9", CE + "3.1.2", DIG + "3.1@2"),
        "dialogs": o(BCS + "9", DIG + "5.1@2"),
        "window-open-close": o(BCS + "7", CE + "2.2.2", DIG + "5.1@3"),
        "window-sizes": o(BCS + "7", CE + "2.2.2", CE + "2.1.1", DIG + "5.1@3"),
        "window-move-resize": o(BCS + "8", CE + "2.2.2", CE + "2.2.1", DIG + "5.1@3"),
        "menu-bar": o(BCS + "9", CE + "2.2.1", DIG + "5.1@3"),
    },
    "files": {
        "open-file": o(BCS + "7", CE + "4.1.1", CE + "4.1.5", DIG + "1.3@3"),
        "save-file": o(BCS + "15", CE + "3.1.4", CE + "4.1.6", DIG + "1.3@4"),
        "new-folder": o(BCS + "9", CE + "4.1.7", DIG + "1.3@3"),
        "move-file": o(BCS + "8", CE + "4.2.3", DIG + "1.3@3"),
        "copy-file": o(BCS + "7", CE + "4.2.3", DIG + "1.3@4"),
        "rename-file": o(BCS + "7", CE + "4.1.8", CE + "4.1.6", DIG + "1.3@3"),
        "bin": o(BCS + "12", CE + "4.2.4", CE + "2.1.2", DIG + "1.3@3"),
        "to-usb": o(BCS + "15", BCS + "8", CE + "4.2.3", CE + "4.3.1", DIG + "1.3@4"),
    },
}

# Email: DigComp 2.1 interacting, 2.2 sharing (forwarding, attachments), 2.5 netiquette
# (tone, greetings), 4.1/4.2 protecting devices and personal data (phishing, Bcc, IDs),
# 1.2 evaluating what a message claims. Levels: 1 reading, 2 short messages and replies,
# 3 several people, attachments, work and job messages and obvious fakes, 4 the job
# application and the subtle fakes.
EMAILS = {
    "first-emails": {
        "read-timetable": o(EMAIL + "6", EMAIL + "9", OE + "5.2.3", DIG + "2.1@1"),
        "reply-to-trainer": o(EMAIL + "6", EMAIL + "11", OE + "5.2.1", DIG + "2.1@2",
                              DIG + "2.5@2"),
        "absence": o(EMAIL + "5", EMAIL + "11", OE + "5.1.3", OE + "5.1.5", DIG + "2.1@2",
                     DIG + "2.5@2"),
        "thank-a-friend": o(EMAIL + "6", EMAIL + "11", OE + "5.2.1", DIG + "2.1@2",
                            DIG + "2.5@2"),
        "ask-opening-hours": o(EMAIL + "5", EMAIL + "11", OE + "5.1.3", OE + "5.1.5",
                               DIG + "2.1@2"),
        "reply-all-meeting": o(EMAIL + "7", OE + "5.2.1", DIG + "2.1@3"),
        "forward-with-cc": o(EMAIL + "7", EMAIL + "11", OE + "5.2.2", OE + "4.3.4",
                             OE + "5.1.4", DIG + "2.2@3"),
        "customer-question": o(EMAIL + "6", EMAIL + "11", OE + "4.2.4", OE + "5.2.1",
                               DIG + "2.1@3", DIG + "2.5@3"),
        "report-to-it": o(EMAIL + "5", EMAIL + "11", OE + "5.1.3", OE + "5.1.5",
                          DIG + "2.1@3", DIG + "5.1@2"),
        "bcc-invitation": o(EMAIL + "11", OE + "4.3.4", OE + "5.1.4", DIG + "2.2@3",
                            DIG + "4.2@3"),
    },
    "looking-for-work": {
        "apply-for-a-job": o(EMAIL + "5", EMAIL + "8", EMAIL + "11", OE + "5.1.3",
                             OE + "5.1.5", OE + "5.1.6", DIG + "2.1@4", DIG + "2.2@3",
                             DIG + "2.5@3"),
        "reply-to-a-job-ad": o(EMAIL + "6", EMAIL + "8", OE + "5.2.1", OE + "5.1.6",
                               DIG + "2.1@3", DIG + "2.2@3"),
        "confirm-interview": o(EMAIL + "6", EMAIL + "11", OE + "5.2.1", DIG + "2.1@2",
                               DIG + "2.5@2"),
        "follow-up": o(EMAIL + "5", EMAIL + "11", OE + "5.1.3", OE + "5.1.5", DIG + "2.1@3",
                       DIG + "2.5@3"),
        "decline-an-offer": o(EMAIL + "6", EMAIL + "11", OE + "5.2.1", DIG + "2.1@3",
                              DIG + "2.5@3"),
        "documents-to-adviser": o(EMAIL + "6", EMAIL + "8", EMAIL + "12", OE + "5.2.1",
                                  OE + "5.1.6", DIG + "2.2@3", DIG + "4.2@3"),
        "late-for-work": o(EMAIL + "5", EMAIL + "11", OE + "5.1.3", OE + "5.1.5",
                           DIG + "2.1@2", DIG + "2.5@2"),
        "ask-a-day-off": o(EMAIL + "5", EMAIL + "11", OE + "5.1.3", OE + "5.1.5",
                           DIG + "2.1@2", DIG + "2.5@2"),
    },
    "stay-safe": {
        "phishing-bank-and-parcel": o(EMAIL + "10", EMAIL + "12", OE + "4.3.5", OE + "4.3.6",
                                      DIG + "4.2@3", DIG + "4.1@3", DIG + "1.2@3"),
        "phishing-job-offers": o(EMAIL + "12", OE + "4.3.5", OE + "4.3.6", DIG + "4.2@4",
                                 DIG + "1.2@4"),
        "phishing-mailbox-full": o(EMAIL + "12", OE + "4.3.5", OE + "4.3.6", DIG + "4.2@4",
                                   DIG + "4.1@3"),
        "report-phishing-to-it": o(EMAIL + "7", EMAIL + "12", OE + "5.2.2", OE + "4.3.6",
                                   DIG + "4.1@3", DIG + "2.1@3"),
        "sign-out": o(EMAIL + "13", OE + "1.2.1", DIG + "4.2@2"),
    },
}

# Spreadsheets: ICDL Spreadsheets items; DigComp 3.1 for entering and formatting content
# (and the chart), 1.3 for processing data in a structured environment. Levels: 1 typing
# a list, 2 a first formula, one function, one format, sorting by name, 3 several steps
# (a budget, a percentage, filling down, IF, sorting a table by numbers, a chart), 4
# absolute references and COUNTIF, SUMIF, VLOOKUP (beyond the ICDL module).
SHEET_OUTCOMES = {
    "first-steps": {
        "shopping-list": o(SHEETS + "2.1.3", SHEETS + "2.1.1", DIG + "3.1@1"),
        "first-formula": o(SHEETS + "4.1.2", SHEETS + "4.1.1", DIG + "1.3@2"),
        "hours-times-rate": o(SHEETS + "4.1.2", DIG + "1.3@2"),
        "week-of-sales": o(SHEETS + "4.2.1", DIG + "1.3@2"),
        "average-score": o(SHEETS + "4.2.1", DIG + "1.3@2"),
        "lowest-highest": o(SHEETS + "4.2.1", DIG + "1.3@2"),
        "bold-titles": o(SHEETS + "5.2.2", DIG + "3.1@2"),
        "money-format": o(SHEETS + "5.1.2", SHEETS + "5.1.1", DIG + "3.1@2"),
        "small-budget": o(SHEETS + "4.1.2", SHEETS + "4.2.1", DIG + "1.3@3"),
        "savings-percent": o(SHEETS + "4.1.2", SHEETS + "5.1.3", DIG + "1.3@3"),
    },
    "at-work": {
        "fill-down": o(SHEETS + "2.3.2", SHEETS + "4.1.2", DIG + "1.3@3"),
        "invoice-tax": o(SHEETS + "4.1.4", SHEETS + "2.3.2", DIG + "1.3@4"),
        "invoice-total": o(SHEETS + "4.2.1", SHEETS + "4.1.2", DIG + "1.3@3"),
        "attendance": o(DIG + "1.3@4"),
        "spending-by-type": o(SHEETS + "4.1.4", DIG + "1.3@4"),
        "price-list": o(DIG + "1.3@4"),
        "pass-or-fail": o(SHEETS + "4.2.2", DIG + "1.3@3"),
        "sort-names": o(SHEETS + "2.2.5", DIG + "1.3@2"),
        "sort-best-seller": o(SHEETS + "2.2.5", SHEETS + "2.1.4", DIG + "1.3@3"),
        "sales-chart": o(SHEETS + "6.1.1", DIG + "3.1@3"),
    },
}

# Coding: ICDL Computing skill sets; DigComp 3.4 Programming (and 5.1 for reading an
# error). Levels: 1 printing, 2 numbers, variables and input, 3 decisions, loops, lists
# and text methods, reading errors, 4 splitting, dictionaries, functions and projects.
CODING = {
    "first-steps": {
        "print-hello": o(COMPUTING + "3.1", DIG + "3.4@1"),
        "print-lines": o(COMPUTING + "3.1", DIG + "3.4@1"),
        "print-several": o(COMPUTING + "3.1", COMPUTING + "3.2", DIG + "3.4@2"),
        "numbers-add": o(COMPUTING + "3.2", DIG + "3.4@2"),
        "numbers-order": o(COMPUTING + "3.2", COMPUTING + "2.2", DIG + "3.4@2"),
        "numbers-divide": o(COMPUTING + "3.2", DIG + "3.4@2"),
        "variables-first": o(COMPUTING + "3.2", DIG + "3.4@2"),
        "variables-change": o(COMPUTING + "3.2", DIG + "3.4@2"),
        "variables-text": o(COMPUTING + "3.2", DIG + "3.4@2"),
        "input-name": o(COMPUTING + "3.2", DIG + "3.4@2"),
        "input-number": o(COMPUTING + "3.2", DIG + "3.4@2"),
        "input-two-numbers": o(COMPUTING + "3.2", DIG + "3.4@2"),
    },
    "decisions-and-loops": {
        "if-simple": o(COMPUTING + "4.1", COMPUTING + "4.3", DIG + "3.4@3"),
        "if-else": o(COMPUTING + "4.3", DIG + "3.4@3"),
        "if-elif": o(COMPUTING + "4.3", COMPUTING + "4.1", DIG + "3.4@3"),
        "if-text": o(COMPUTING + "4.1", COMPUTING + "4.3", DIG + "3.4@3"),
        "while-count": o(COMPUTING + "4.2", DIG + "3.4@3"),
        "while-savings": o(COMPUTING + "4.2", COMPUTING + "4.1", DIG + "3.4@3"),
        "while-input": o(COMPUTING + "4.2", COMPUTING + "4.1", DIG + "3.4@3"),
        "for-range": o(COMPUTING + "4.2", DIG + "3.4@3"),
        "for-table": o(COMPUTING + "4.2", DIG + "3.4@3"),
        "for-sum": o(COMPUTING + "4.2", COMPUTING + "2.2", DIG + "3.4@3"),
    },
    "data-and-functions": {
        "lists-first": o(COMPUTING + "3.2", DIG + "3.4@3"),
        "lists-loop": o(COMPUTING + "3.2", COMPUTING + "4.2", DIG + "3.4@3"),
        "lists-best": o(COMPUTING + "3.2", COMPUTING + "2.2", COMPUTING + "4.3",
                        DIG + "3.4@4"),
        "strings-methods": o(COMPUTING + "3.2", DIG + "3.4@3"),
        "strings-split": o(COMPUTING + "3.2", DIG + "3.4@4"),
        "dict-first": o(COMPUTING + "3.2", DIG + "3.4@4"),
        "dict-loop": o(COMPUTING + "3.2", COMPUTING + "4.2", DIG + "3.4@4"),
        "functions-first": o(COMPUTING + "4.4", DIG + "3.4@4"),
        "functions-two-parameters": o(COMPUTING + "4.4", DIG + "3.4@4"),
        "functions-overtime": o(COMPUTING + "4.4", COMPUTING + "4.3", DIG + "3.4@4"),
        "errors-name": o(COMPUTING + "5.1", DIG + "3.4@3", DIG + "5.1@3"),
        "errors-type": o(COMPUTING + "5.1", DIG + "3.4@3", DIG + "5.1@3"),
        "errors-syntax": o(COMPUTING + "5.1", DIG + "3.4@3", DIG + "5.1@3"),
        "project-bill": o(COMPUTING + "2.1", COMPUTING + "2.2", COMPUTING + "4.2",
                          DIG + "3.4@4"),
        "project-grades": o(COMPUTING + "2.1", COMPUTING + "2.2", COMPUTING + "4.3",
                            DIG + "3.4@4"),
        "project-guess": o(COMPUTING + "2.1", COMPUTING + "4.2", COMPUTING + "4.3",
                           DIG + "3.4@4"),
    },
}

# Typing: the home row keys of each course's keyboard (QWERTY, AZERTY, Arabic).
HOME_ROW = {"fj", "dk", "sl", "a-semicolon", "q-m",  # en, sw; fr has q-m on its home row
            "b-t", "y-n", "s-m", "sh-k", "l-a",  # Arabic: ب ت ي ن س م ش ك ل ا
            "home-row-words"}
NUMBER_KEYS = {"digits-1-5", "digits-6-0", "digits", "keypad", "numbers"}


def typing_outcomes(exercise: dict) -> list[str]:
    """Typing: Northstar 4 (the keys) while keys are learnt, ICDL CE 3.1.2 (enter text)
    once words are typed, DigComp 3.1 (and 1.3 for data entry). Levels: 1 the home row,
    2 the other letters, capitals and accents, 3 punctuation, numbers, symbols and
    sentences, 4 a whole email and data entry into records."""
    kind, ident = exercise.get("kind"), exercise["id"]
    if kind == "data-entry":
        return o(CE + "3.1.2", DIG + "3.1@4", DIG + "1.3@3")
    if kind == "text":
        return o(CE + "3.1.2", DIG + "3.1@4")
    if ident in NUMBER_KEYS:
        return o(BCS + "4", DIG + "3.1@3")
    if kind == "sentences":
        return o(CE + "3.1.2", DIG + "3.1@3")
    if ident in HOME_ROW:
        return o(BCS + "4", DIG + "3.1@1")
    if kind == "words":  # all the letters
        return o(CE + "3.1.2", DIG + "3.1@2")
    if kind == "keys":
        return o(BCS + "4", DIG + "3.1@2")
    raise SystemExit(f"typing exercise {ident!r}: no rule for kind {kind!r}")


TABLES = {"basics": BASICS, "email": EMAILS, "sheets": SHEET_OUTCOMES, "coding": CODING}


def packs(skill: str, language: str) -> list[Path]:
    return sorted((LESSONS / skill / language).glob("*.toml"))


def english_table(skill: str, place: int, english: dict) -> dict[str, list[str]]:
    """The outcomes of the English pack at ``place``: its table (keyed by the pack id's
    tail, like "first-steps") for the exercise ids."""
    table = TABLES[skill]
    tail = next((k for k in table if english["id"].endswith(k)), None)
    if tail is None:
        raise SystemExit(f"{skill} pack {english['id']} ({place}): not in the table")
    return table[tail]


def outcomes_for(skill: str, language: str) -> dict[Path, list[list[str]]]:
    """Per pack file of ``language``, the outcomes of its exercises, in order."""
    result: dict[Path, list[list[str]]] = {}
    english_files = packs(skill, "en")
    for place, path in enumerate(packs(skill, language)):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        exercises = data["exercises"]
        if skill == "typing":
            result[path] = [typing_outcomes(e) for e in exercises]
            continue
        english = tomllib.loads(english_files[place].read_text(encoding="utf-8"))
        table = english_table(skill, place, english)
        english_ids = [e["id"] for e in english["exercises"]]
        if set(table) != set(english_ids):
            raise SystemExit(f"{english_files[place]}: table differs: "
                             f"{sorted(set(table) ^ set(english_ids))}")
        ids = [e["id"] for e in exercises]
        if len(ids) != len(english_ids):
            raise SystemExit(f"{path}: {len(ids)} exercises, English has {len(english_ids)}")
        if all(i in table for i in ids):  # the same ids
            result[path] = [table[i] for i in ids]
        else:  # French ids: the same exercise at the same place
            result[path] = [table[i] for i in english_ids]
    return result


TITLE = re.compile(r'^title\s*=\s*"(?:[^"\\]|\\.)*"\s*(#.*)?$')


def edited(text: str, outcomes: list[list[str]]) -> str:
    """``text`` with an ``outcomes = [...]`` line after each exercise's title line."""
    lines = text.split("\n")
    out: list[str] = []
    index = -1  # the exercise being read
    waiting = False  # its title not met yet
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.strip() == "[[exercises]]":
            index += 1
            waiting = True
        elif line.startswith("[") and waiting:
            raise SystemExit(f"exercise {index + 1}: a table starts before its title")
        out.append(line)
        if waiting and TITLE.match(line):
            waiting = False
            value = ", ".join(f'"{x}"' for x in outcomes[index])
            out.append(f"outcomes = [{value}]")
            if i + 1 < len(lines) and lines[i + 1].startswith("outcomes = "):
                i += 1  # replace the line written before
        i += 1
    if index + 1 != len(outcomes) or waiting:
        raise SystemExit(f"{index + 1} exercises with a title line, {len(outcomes)} expected")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if "
                        "a file would change")
    args = parser.parse_args(argv)
    stale = []
    for skill in ("basics", "typing", "email", "sheets", "coding"):
        for language in LANGUAGES:
            for path, outcomes in outcomes_for(skill, language).items():
                text = path.read_text(encoding="utf-8")
                new = edited(text, outcomes)
                check = tomllib.loads(new)
                assert [e.get("outcomes") for e in check["exercises"]] == outcomes, path
                if new != text:
                    stale.append(path)
                    if not args.check:
                        path.write_text(new, encoding="utf-8")
    for path in stale:
        print(f"{'would change' if args.check else 'changed'}: {path.relative_to(ROOT)}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
