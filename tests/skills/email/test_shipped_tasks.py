"""Every shipped email task: enough of them, answerable, and honest about phishing."""

import pytest

from tests.skills.email.shipped import catalogue, model_mail
from tutor.skills.email.grading import grade_email, suspicious_signs
from tutor.skills.email.mail import address_of

CATALOGUE = catalogue()
TASKS = [(p, e) for p in CATALOGUE.packs.values() for e in p.exercises]


def test_the_packs_load_without_problems():
    assert CATALOGUE.problems == []


@pytest.mark.parametrize("language", ["en", "fr", "ar", "sw"])
def test_at_least_twenty_tasks_per_language_of_every_kind(language):
    tasks = [e for p, e in TASKS if p.language == language]
    assert len(tasks) >= 20
    kinds = {(e.kind, e.action) for e in tasks}
    assert {("write", "new"), ("write", "reply"), ("write", "reply_all"),
            ("write", "forward"), ("phishing", "new"), ("read", "new")} <= kinds
    assert any(e.rubric and e.rubric.bcc for e in tasks)
    assert any(e.rubric and e.rubric.cc and e.action == "forward" for e in tasks)
    assert any(e.rubric and len(e.rubric.attachments) >= 2 for e in tasks)


@pytest.mark.parametrize("pack,exercise", [t for t in TASKS if t[1].kind == "write"],
                         ids=lambda x: getattr(x, "id", ""))
def test_the_model_answer_passes_its_own_task(pack, exercise):
    assert exercise.model_answer, "a write task shows a model answer after the attempt"
    verdict = grade_email(model_mail(exercise, pack.language), exercise, pack.language, "Amina")
    assert [f.text for f in verdict.feedback if not f.passed] == []


@pytest.mark.parametrize("pack,exercise", [t for t in TASKS if t[1].kind == "write"],
                         ids=lambda x: getattr(x, "id", ""))
def test_an_empty_email_to_the_right_people_fails(pack, exercise):
    verdict = grade_email(model_mail(exercise, pack.language, body=""), exercise,
                          pack.language)
    assert not verdict.passed


@pytest.mark.parametrize("pack,exercise", [t for t in TASKS if t[1].inbox],
                         ids=lambda x: getattr(x, "id", ""))
def test_every_sign_a_reader_can_see_is_declared_and_real_mail_shows_none(pack, exercise):
    for message in exercise.inbox:
        signs = suspicious_signs(message, pack.language)
        if message.phishing:
            assert signs <= set(message.clues), message.id
        else:
            assert signs == set(), message.id
        assert address_of(message.sender), message.sender


def test_every_fake_is_explained_after_a_phishing_task():
    for _pack, exercise in TASKS:
        if exercise.kind == "phishing":
            assert all(m.explanation for m in exercise.inbox if m.phishing), exercise.id
