"""Freelancing tasks: a proposal (or a profile) graded like an email, and the steps of
getting paid put in order. Pure Python.

**Proposals.** The learner's text is graded by the email skill's own grader
(:func:`tutor.skills.email.grading.grade_email`): the task becomes a "write" email task
whose instructions are the job post and whose rubric is the task's, the text becomes the
body of a draft. The email's criteria are kept with their kind feedback, except those
that a message on a platform has not: the addresses, recipients, subject, attachments and
the reply or forward (a proposal is typed into the platform's box); and the learner's own
times and dates are never "wrong" (they propose them). On a platform the
client sees the first lines of dozens of proposals, so the essentials are stricter than
an email's: besides the email's own essentials (the facts asked for, such as a price and
a delivery time, and the name at the end of a formal text), a greeting, a closing and a
calm tone without text-speak are essential when the rubric asks for them. The spelling,
the capitals and the length weigh on the score as in an email.

Each note is ``(source, params, context)``: the email's English source, its parameters
and its translation context, so the room translates it where the email's words are.

**Orders.** The answer is the list of the items in the learner's order. The score is the
share of pairs of items in their right order (Kendall's tau, rescaled from -1..1 to 0..1):
a step moved by one place costs only the pairs it swaps, where counting the items in
their right place would give 0 to a list shifted by one place although every step but
one follows the step it should. Passed when every item is in its place.
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, cast

from tutor.grading import Feedback, Verdict
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills.email import facts as fact_check
from tutor.skills.email import grading as email_grading
from tutor.skills.email.letter import ending
from tutor.skills.email.mail import Mail, own_text
from tutor.skills.email.model import EmailExercise
from tutor.skills.email.wording import words
from tutor.skills.jobs.grading import MALFORMED, MAX_NOTES, Malformed, Note, TaskVerdict
from tutor.skills.jobs.model import Task

MAX_PROPOSAL_CHARS = 6_000  # what a learner may type (a proposal asks for 250 words at most)
MAX_SIGNATURE_CHARS = 200  # the name at the end, read as the learner's name
# Criteria of an email that a proposal typed into a platform's box has not.
NOT_ON_A_PLATFORM = frozenset({"addresses", "recipients", "subject", "attachments", "action"})
# Essential in a proposal (when the rubric asks for them), besides the email's essentials.
PROPOSAL_ESSENTIALS = frozenset({"greeting", "closing", "tone"})
ProposalNote = tuple[str, dict[str, Any], str]  # (source, params, translation context)

# A few frequent words of each language a job post may be written in: the language with
# the most of them in the post is the proposal's (ties: English).
_LANGUAGE_WORDS = {
    "en": frozenset("the and you for with your we are is to of in a an our will need this "
                    "please be have".split()),
    "fr": frozenset("le la les des du de et vous pour avec votre nous est un une sur dans "
                    "au aux ce cette besoin merci".split()),
    "sw": frozenset("na ya wa kwa za ni katika tunahitaji kazi hii wako yako tafadhali "
                    "kila siku".split()),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MAX_LANGUAGE_WORDS = 400  # words of the post read to find its language


def post_language(text: str) -> str:
    """The language of a job post: "en", "fr" or "sw", by its most frequent small words
    (the first ``MAX_LANGUAGE_WORDS`` words are read)."""
    counts = dict.fromkeys(_LANGUAGE_WORDS, 0)
    for index, match in enumerate(_WORD.finditer(text[:20_000])):
        if index >= MAX_LANGUAGE_WORDS:
            break
        word = match.group().lower()
        for language, table in _LANGUAGE_WORDS.items():
            if word in table:
                counts[language] += 1
    best = max(counts.values())
    return next((lang for lang, count in counts.items() if count == best and best > 0), "en")


def word_count(text: str) -> int:
    """Words as the email's length criterion counts them."""
    return len(words(text[:MAX_PROPOSAL_CHARS]))


def proposal_exercise(task: Task) -> EmailExercise:
    """The email task the grader needs: "write", the post as instructions, the rubric."""
    return EmailExercise(id=task.id, title=task.id, kind="write",
                         instructions=task.text or task.prompt or task.id, rubric=task.rubric)


def proposal_verdict(task: Task, text: str, language: str | None = None) -> Verdict:
    """The email grader's verdict on a proposal, with a platform's criteria and essentials."""
    rubric = task.rubric
    if rubric is None:
        raise Malformed("no rubric")
    language = language or post_language(task.text)
    text = text[:MAX_PROPOSAL_CHARS]
    exercise = proposal_exercise(task)
    # The name under the closing is the learner's: never a misspelling.
    signature = ending(text, language).signature[:MAX_SIGNATURE_CHARS]
    mail = Mail(to=tuple(rubric.to), cc=tuple(rubric.cc), bcc=tuple(rubric.bcc),
                subject=task.id, body=text)
    verdict = email_grading.grade_email(mail, exercise, language, signature)
    kept: list[Feedback] = []
    for feedback in verdict.feedback:
        if feedback.criterion in NOT_ON_A_PLATFORM:
            continue
        if feedback.criterion == "facts":
            # The learner sets their own dates and times in a proposal ("I can deliver on
            # Friday"): none of them is wrong because the post does not name it.
            letter = own_text(text)[:email_grading.GRADED_CHARS].split("\n-- \n")[0]
            known = email_grading.known_values(exercise, language) | fact_check.values(letter)
            feedback = email_grading.check_facts(letter, rubric, language, known)
        if feedback.criterion in PROPOSAL_ESSENTIALS:
            feedback = replace(feedback, essential=True)
        kept.append(feedback)
    return Verdict.from_feedback(kept, rubric.pass_mark)


def grade_proposal(task: Task, answer: object, language: str | None = None) -> TaskVerdict:
    """A proposal (or a profile's summary) → its verdict: the email's score and pass,
    the criteria not met as notes (the essential ones first)."""
    if not isinstance(answer, str) or task.rubric is None:
        return TaskVerdict(0.0, False, ((MALFORMED, {}),))
    verdict = proposal_verdict(task, answer, language)
    unmet = [f for f in verdict.feedback if not f.passed]
    unmet.sort(key=lambda f: not f.essential)  # stable: the grader's order otherwise
    notes: list[ProposalNote] = [(f.message, dict(f.params), f.context) for f in unmet]
    # TaskVerdict's notes are annotated (source, params); the room reads a third item,
    # the translation context, when there is one.
    return TaskVerdict(verdict.score, verdict.passed, cast(tuple[Note, ...], tuple(notes)))


# -- order -------------------------------------------------------------------------------------

def parse_order(task: Task, answer: object) -> list[str]:
    """The learner's order: every item of the task once, nothing else."""
    if not isinstance(answer, list | tuple) or len(answer) != len(task.items):
        raise Malformed("order")
    if not all(isinstance(item, str) for item in answer):
        raise Malformed("item")
    if sorted(answer) != sorted(task.items):
        raise Malformed("items")
    return list(answer)


def pairs_in_order(order: Sequence[str], right: Sequence[str]) -> tuple[int, int]:
    """(pairs of items in their right order, pairs), over every pair of items."""
    rank = {item: index for index, item in enumerate(right)}
    ranks = [rank[item] for item in order]
    total = len(ranks) * (len(ranks) - 1) // 2
    good = sum(1 for i in range(len(ranks)) for j in range(i + 1, len(ranks))
               if ranks[i] < ranks[j])
    return good, total


def grade_order(task: Task, answer: object) -> TaskVerdict:
    """Score: the share of pairs in their right order; passed when all items are in place.
    Notes: each item right after one it should come before (at most ``MAX_NOTES``)."""
    try:
        order = parse_order(task, answer)
    except Malformed:
        return TaskVerdict(0.0, False, ((MALFORMED, {}),))
    good, total = pairs_in_order(order, task.items)
    rank = {item: index for index, item in enumerate(task.items)}
    notes: list[Note] = []
    for before, after in zip(order, order[1:], strict=False):
        if rank[before] > rank[after] and len(notes) < MAX_NOTES:
            notes.append((QT_TRANSLATE_NOOP("jobs", "“{first}” comes before “{second}”."),
                          {"first": after, "second": before}))
    passed = order == list(task.items)
    score = 1.0 if passed else round(good / total, 4) if total else 0.0
    return TaskVerdict(score, passed, tuple(notes))


def shuffled(task: Task) -> list[str]:
    """The items in the order shown: shuffled, the same every time for the same task (a
    seed from its id), and never already in the right order."""
    items = list(task.items)
    if len(items) < 2:
        return items
    rng = random.Random(zlib.crc32(task.id.encode("utf-8")))
    order = items[:]
    rng.shuffle(order)
    if order == items:
        order = order[1:] + order[:1]
    return order
