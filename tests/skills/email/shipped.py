"""Helpers shared by the email tests: the shipped tasks, and the model answer of a task
written as the learner would (the right action, recipients and attachments)."""

from dataclasses import replace
from pathlib import Path

from tutor.content.packs import load_catalogue
from tutor.skills import installed_skills
from tutor.skills.email.engine import documents_for
from tutor.skills.email.mail import Mail, forward, received, reply_to

ROOT = Path(__file__).parents[3]
ME = "Amina Diallo <amina.diallo@tutor.example>"


def catalogue():
    return load_catalogue([ROOT / "lessons" / "email"], installed_skills())


def task(pack_id, exercise_id):
    pack = catalogue().packs[pack_id]
    return pack, pack.exercise(exercise_id)


def model_mail(exercise, language, body=None):
    """The task's model answer, sent the way the task asks."""
    body = exercise.model_answer if body is None else body
    rubric = exercise.rubric
    original = next((m for m in exercise.inbox if m.id == exercise.about), None)
    if exercise.action in ("reply", "reply_all"):
        mail = reply_to(received(exercise, original, ME), ME, language,
                        everyone=exercise.action == "reply_all")
    elif exercise.action == "forward":
        mail = forward(received(exercise, original, ME), ME, language)
    else:
        mail = Mail(sender=ME, subject=rubric.subject[0] if rubric.subject else "Hello")
    documents = {d.name: d for d in documents_for(exercise, language)}
    kept = {a.name: a for a in mail.attachments}
    return replace(
        mail,
        to=mail.to if mail.to and exercise.action != "forward" else tuple(rubric.to),
        cc=mail.cc if exercise.action == "reply_all" else tuple(rubric.cc),
        bcc=tuple(rubric.bcc),
        body=body + mail.body,
        attachments=tuple(kept.get(n) or documents[n] for n in rubric.attachments),
    )
