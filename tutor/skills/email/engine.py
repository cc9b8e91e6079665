"""An email task being done: the task's mailbox (what is in its folders, what the learner
opened, clicked and reported), the learner's draft and how it is kept between visits,
and the finished attempt. Pure Python; the time is always given by the caller.

Grading is ``grading.py``; the widgets (``view*.py``) show this state and forward what
the learner does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from tutor import spelling
from tutor.attempt import FinishedAttempt
from tutor.grading import Verdict
from tutor.skills.email.grading import (
    grade_email,
    grade_phishing,
    grade_reading,
    risky_file,
    task_words,
)
from tutor.skills.email.mail import DOCUMENTS, Mail, address_of, display_name, own_text
from tutor.skills.email.model import Document, EmailExercise
from tutor.skills.email.wording import words

if TYPE_CHECKING:
    from tutor.content.packs import LessonPack

SKILL_ID = "email"
DRAFTS = "drafts"  # the key of the learner's drafts in their email settings


# -- the tasks of a room ----------------------------------------------------------------------

def ordered_packs(packs: Iterable[LessonPack]) -> list[LessonPack]:
    """The packs in the order of the task list: by file name (the course's order)."""
    return sorted(packs, key=lambda p: (p.path.name, p.id))


def tasks_of(pack: LessonPack) -> list[EmailExercise]:
    """A pack's email tasks, in order."""
    return [e for e in pack.exercises if isinstance(e, EmailExercise)]


def task_in(pack: LessonPack, exercise_id: str) -> EmailExercise:
    found = next((e for e in tasks_of(pack) if e.id == exercise_id), None)
    if found is None:
        raise KeyError(f"{pack.id} has no email task {exercise_id!r}")
    return found


def task_key(pack_id: str, exercise_id: str) -> str:
    """How a task is named in the learner's drafts and in the list of passed tasks."""
    return f"{pack_id}/{exercise_id}"


def next_task(packs: Sequence[LessonPack], pack_id: str,
              exercise_id: str) -> tuple[str, str] | None:
    """The task after this one in the list (pack id, exercise id), or None at the end."""
    order = [(p.id, e.id) for p in packs for e in tasks_of(p)]
    index = order.index((pack_id, exercise_id))
    return order[index + 1] if index + 1 < len(order) else None


class _Done(Protocol):
    @property
    def pack_id(self) -> str: ...
    @property
    def exercise_id(self) -> str: ...
    @property
    def passed(self) -> bool: ...


def passed_tasks(attempts: Iterable[_Done]) -> set[str]:
    """The keys (:func:`task_key`) of the tasks passed at least once."""
    return {task_key(a.pack_id, a.exercise_id) for a in attempts if a.passed}


# -- a task's mailbox -------------------------------------------------------------------------

def documents_for(exercise: EmailExercise, language: str) -> list[Document]:
    """The learner's Documents folder for this task."""
    base = list(DOCUMENTS.get(language, DOCUMENTS["en"]))
    names = {d.name for d in base}
    return base + [d for d in exercise.documents if d.name not in names]


def contacts_for(exercises: Iterable[EmailExercise]) -> list[str]:
    """The address book: everyone the pack's emails come from or go to."""
    seen: dict[str, str] = {}
    for exercise in exercises:
        entries = [e for m in exercise.inbox if not m.phishing for e in (m.sender, *m.cc)]
        if exercise.rubric:
            entries += [*exercise.rubric.to, *exercise.rubric.cc, *exercise.rubric.bcc]
        for entry in entries:
            address = address_of(entry)
            if address and (address not in seen or "<" in entry):
                seen[address] = entry if "<" in entry else address
    return sorted(seen.values(), key=lambda e: display_name(e).casefold())


def known_files(exercise: EmailExercise, language: str) -> dict[str, Document]:
    """Every file of the task by name: the Documents folder and the messages'
    attachments (a draft names its attachments; these are the ones it can have)."""
    files = {d.name: d for d in documents_for(exercise, language)}
    for message in exercise.inbox:
        files.update({a.name: a for a in message.attachments})
    return files


@dataclass
class Mailbox:
    """What is in the task's folders, and what the learner did (for the metrics)."""

    inbox: list[str] = field(default_factory=list)  # message ids
    spam: list[str] = field(default_factory=list)
    sent: list[Mail] = field(default_factory=list)
    draft: Mail | None = None
    read: set[str] = field(default_factory=set)
    reports: dict[str, set[str]] = field(default_factory=dict)
    opened_attachments: set[str] = field(default_factory=set)
    links_clicked: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, exercise: EmailExercise, draft: Mail | None = None,
           sent: Iterable[Mail] = ()) -> Mailbox:
        """The mailbox as a task opens: its messages in their folders, the draft kept
        from last time, and what was sent earlier in this session."""
        return cls(inbox=[m.id for m in exercise.inbox if m.folder == "inbox"],
                   spam=[m.id for m in exercise.inbox if m.folder == "spam"],
                   sent=list(sent), draft=draft)

    def unread(self) -> int:
        return sum(1 for i in self.inbox if i not in self.read)

    def folder_counts(self) -> dict[str, int]:
        """The number shown beside each folder's name (0: none shown)."""
        return {"inbox": self.unread(), "sent": 0, "drafts": 1 if self.draft else 0,
                "spam": 0}

    def report(self, message_id: str, reasons: Iterable[str]) -> None:
        """The learner reports a message as phishing: it goes to Spam with the reasons."""
        self.reports[message_id] = set(reasons)
        if message_id in self.inbox:
            self.inbox.remove(message_id)
        self.spam.append(message_id)

    def open_attachment(self, document: Document) -> bool:
        """The learner opens an attachment; False when Tutor does not open such a file
        (it could hold a virus)."""
        self.opened_attachments.add(document.name)
        return not risky_file(document.name)

    def click_link(self, target: str) -> None:
        self.links_clicked.append(target)

    def keep_draft(self, mail: Mail) -> None:
        self.draft = mail

    def discard_draft(self) -> None:
        self.draft = None

    def send(self, mail: Mail) -> None:
        """A sent email is in Sent; the draft it was is gone."""
        self.sent.append(mail)
        self.draft = None


# -- drafts, kept in the learner's settings between visits -----------------------------------
#
# The learner's email settings hold {"drafts": {"<pack id>/<exercise id>": <draft>}}, the
# draft as Mail.as_details() makes it (attachments by name). A draft is written a moment
# after the learner stops typing, and removed when the email is sent or discarded.

def draft_to_json(mail: Mail) -> dict[str, Any]:
    return mail.as_details()


def draft_from_json(data: Mapping[str, Any], documents: Mapping[str, Document]) -> Mail:
    """A stored draft; attachments that are no longer among the task's files are left out."""
    return Mail(
        sender=str(data.get("from", "")), to=tuple(data.get("to", [])),
        cc=tuple(data.get("cc", [])), bcc=tuple(data.get("bcc", [])),
        subject=str(data.get("subject", "")), body=str(data.get("body", "")),
        attachments=tuple(documents[n] for n in data.get("attachments", []) if n in documents),
        in_reply_to=str(data.get("in_reply_to", "")),
    )


def saved_draft(settings: Mapping[str, Any], key: str,
                documents: Mapping[str, Document]) -> Mail | None:
    """The draft kept for the task ``key`` in the learner's email settings, if any."""
    data = settings.get(DRAFTS, {}).get(key)
    return draft_from_json(data, documents) if data else None


def settings_with_draft(settings: Mapping[str, Any], key: str,
                        mail: Mail | None) -> dict[str, Any] | None:
    """The settings to write so the task ``key``'s draft becomes ``mail`` (None: the
    email was sent or discarded, so no draft); None when there is nothing to write."""
    drafts = dict(settings.get(DRAFTS, {}))
    if mail is None:
        if key not in drafts:
            return None
        drafts.pop(key)
    else:
        drafts[key] = draft_to_json(mail)
    return {DRAFTS: drafts}


# -- doing a task -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Finished:
    """A finished task: the verdict, the attempt to record, and what the result shows."""

    verdict: Verdict
    attempt: FinishedAttempt
    shown_answer: str  # the model answer, or why each message is real or fake
    yours: str = ""  # the learner's own words
    mail: Mail | None = None  # the email sent, dated


def explanations(exercise: EmailExercise) -> str:
    """After a phishing task: why each message is a fake (⚠) or real (✔)."""
    return "\n\n".join(
        f"{'⚠' if m.phishing else '✔'} {m.subject}\n{m.explanation}"
        for m in exercise.inbox if m.explanation)


@dataclass
class TaskWork:
    """One task of one pack, from opening it to finishing it."""

    pack_id: str
    pack_version: str
    language: str
    exercise: EmailExercise
    learner_name: str
    started: datetime
    box: Mailbox

    @classmethod
    def open(cls, pack: LessonPack, exercise: EmailExercise, learner_name: str,
             now: datetime, settings: Mapping[str, Any],
             sent: Iterable[Mail] = ()) -> TaskWork:
        """Open a task: its mailbox, with the draft the learner's ``settings`` keep."""
        draft = saved_draft(settings, task_key(pack.id, exercise.id),
                            known_files(exercise, pack.language))
        return cls(pack.id, pack.version, pack.language, exercise, learner_name, now,
                   Mailbox.of(exercise, draft, sent))

    @property
    def key(self) -> str:
        return task_key(self.pack_id, self.exercise.id)

    def documents(self) -> list[Document]:
        return documents_for(self.exercise, self.language)

    def allowed_words(self) -> set[str]:
        """Words never underlined as misspelt: the task's names, the learner's name."""
        return task_words(self.exercise, [self.learner_name])

    def draft_settings(self, settings: Mapping[str, Any],
                       mail: Mail | None) -> dict[str, Any] | None:
        """What to write in the learner's settings when the draft becomes ``mail``."""
        return settings_with_draft(settings, self.key, mail)

    # -- finishing ------------------------------------------------------------------------
    def send(self, mail: Mail, now: datetime) -> Finished:
        """The learner sends ``mail``: graded against the task's rubric."""
        mail = replace(mail, date=now)
        verdict = grade_email(mail, self.exercise, self.language, self.learner_name)
        own = own_text(mail.body)
        misspelled = spelling.misspellings(own, self.language, self.allowed_words())
        metrics = {"words": len(words(own)), "misspellings": len(misspelled),
                   "criteria_met": sum(f.passed for f in verdict.feedback),
                   "criteria": len(verdict.feedback)}
        return Finished(verdict, self._attempt(verdict, metrics, {"email": mail.as_details()},
                                               now),
                        self.exercise.model_answer, own, mail)

    def report_done(self, reports: Mapping[str, Iterable[str]], now: datetime) -> Finished:
        """The learner has checked every message and reported ``reports`` (message id
        -> the reasons chosen)."""
        reports = {k: set(v) for k, v in reports.items()}
        verdict = grade_phishing(reports, self.exercise)
        fakes = {m.id for m in self.exercise.inbox if m.phishing}
        metrics = {"reported": len(reports), "fakes": len(fakes),
                   "fakes_found": len(fakes & set(reports)),
                   "real_reported": len(set(reports) - fakes),
                   "links_clicked": len(self.box.links_clicked),
                   "messages_opened": len(self.box.read)}
        details = {"reports": {k: sorted(v) for k, v in reports.items()}}
        return Finished(verdict, self._attempt(verdict, metrics, details, now),
                        explanations(self.exercise))

    def answer(self, choice: int, now: datetime) -> Finished:
        """The learner answers a reading question with choice number ``choice``."""
        message = next(m for m in self.exercise.inbox if m.id == self.exercise.about)
        opened = bool({a.name for a in message.attachments} & self.box.opened_attachments)
        verdict = grade_reading(choice, opened, self.exercise)
        metrics = {"opened_attachment": opened, "messages_opened": len(self.box.read)}
        return Finished(verdict, self._attempt(verdict, metrics, {"choice": choice}, now), "")

    def _attempt(self, verdict: Verdict, metrics: Mapping[str, Any],
                 details: Mapping[str, Any], now: datetime) -> FinishedAttempt:
        details = {**details, "kind": self.exercise.kind, "language": self.language,
                   "criteria": verdict.as_json()["feedback"]}
        return FinishedAttempt(
            skill=SKILL_ID, pack_id=self.pack_id, pack_version=self.pack_version,
            exercise_id=self.exercise.id, started_at=self.started, finished_at=now,
            score=verdict.score, passed=verdict.passed, metrics=dict(metrics),
            details=details)
