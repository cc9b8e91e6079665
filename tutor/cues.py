"""What each instruction shows beside its words: a picture and a few short words.

Many learners read little. Every task therefore opens with a cue: a picture of what to do
(a keyboard, an envelope with an arrow, a table, brackets of code) and one short sentence
in the learner's own language ("Reply to the email."), above the full instructions, which
can also be read aloud. The skills choose the cue of each exercise (their ``cue``
functions); the GUI draws ``assets/icons/cues/<icon>.svg`` and translates ``words`` in
the context ``CONTEXT``. Pure logic: no Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

from tutor.i18n import QT_TRANSLATE_NOOP

CONTEXT = "cue"


@dataclass(frozen=True)
class Cue:
    icon: str  # a file name in assets/icons/cues/, without ".svg"
    words: str  # English source text, translated in CONTEXT


# Typing
TYPE_TEXT = Cue("keyboard", QT_TRANSLATE_NOOP("cue", "Type the text you see."))
TYPE_ON_KEYPAD = Cue("keypad", QT_TRANSLATE_NOOP("cue", "Type the numbers with the number pad."))
COPY_INTO_FORM = Cue("form", QT_TRANSLATE_NOOP("cue", "Copy each line into the form."))
# Email
READ_EMAIL = Cue("read", QT_TRANSLATE_NOOP("cue", "Read the email, then answer."))
WRITE_EMAIL = Cue("write", QT_TRANSLATE_NOOP("cue", "Write a new email."))
REPLY = Cue("reply", QT_TRANSLATE_NOOP("cue", "Reply to the email."))
REPLY_ALL = Cue("reply-all", QT_TRANSLATE_NOOP("cue", "Reply to everyone."))
FORWARD = Cue("forward", QT_TRANSLATE_NOOP("cue", "Forward the email."))
SPOT_FAKES = Cue("phishing", QT_TRANSLATE_NOOP("cue", "Find the fake emails."))
# Spreadsheets
TYPE_IN_CELLS = Cue("cells", QT_TRANSLATE_NOOP("cue", "Type in the cells."))
WRITE_FORMULA = Cue("formula", QT_TRANSLATE_NOOP("cue", "Write a formula."))
SORT_TABLE = Cue("sort", QT_TRANSLATE_NOOP("cue", "Sort the table."))
MAKE_CHART = Cue("chart", QT_TRANSLATE_NOOP("cue", "Make a chart."))
FORMAT_CELLS = Cue("format", QT_TRANSLATE_NOOP("cue", "Change how the cells look."))
# Coding
WRITE_CODE = Cue("code", QT_TRANSLATE_NOOP("cue", "Write the code, then press Run."))

ALL = (TYPE_TEXT, TYPE_ON_KEYPAD, COPY_INTO_FORM, READ_EMAIL, WRITE_EMAIL, REPLY, REPLY_ALL,
       FORWARD, SPOT_FAKES, TYPE_IN_CELLS, WRITE_FORMULA, SORT_TABLE, MAKE_CHART, FORMAT_CELLS,
       WRITE_CODE)
