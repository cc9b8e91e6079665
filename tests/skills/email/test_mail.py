"""Addresses, replies and forwards as real clients make them, links, and .eml files."""

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.skills.email.shipped import ME, task
from tutor.skills.email.mail import (
    Mail,
    NotAnEmail,
    address_of,
    deceptive_links,
    forward,
    from_eml,
    learner_address,
    own_text,
    received,
    reply_to,
    split_addresses,
    to_eml,
    with_signature,
)
from tutor.skills.email.model import Document


@pytest.mark.parametrize("entry,address", [
    ("maria@centre.example", "maria@centre.example"),
    ("Maria Lopez <Maria.Lopez@Centre.example>", "maria.lopez@centre.example"),
    ('"Lopez, Maria" <maria@centre.example>', "maria@centre.example"),
    ("maria@centre", None), ("maria centre.example", None), ("maria@ centre.example", None),
    ("maria@centre..example", None), ("maria.@centre.example", None), ("", None),
    ("maria@centre.e", None),
])
def test_address_of(entry, address):
    assert address_of(entry) == address


def test_split_addresses_keeps_quoted_commas():
    assert split_addresses('a@x.example; "Lopez, Maria" <m@x.example>, ,') == [
        "a@x.example", '"Lopez, Maria" <m@x.example>']


def test_learner_address_is_made_from_the_name_without_accents():
    assert learner_address("Zoë N'Diaye") == "Zoë N'Diaye <zoe.n.diaye@tutor.example>"


def test_reply_quotes_the_original_and_adds_re_once():
    exercise = task("email-en-first-emails", "reply-to-trainer")[1]
    original = received(exercise, exercise.inbox[0], ME)
    reply = reply_to(original, ME, "en")
    assert reply.subject == "Re: CV workshop on Thursday"
    assert reply.to == (original.sender,) and reply.cc == ()
    assert reply.in_reply_to == original.message_id
    assert "> Would you like to come" in reply.body
    assert reply_to(replace(original, subject=reply.subject), ME, "en").subject == reply.subject
    assert own_text("Yes, I will come.\n" + reply.body) == "Yes, I will come."


def test_reply_all_copies_everyone_but_me():
    exercise = task("email-en-first-emails", "reply-all-meeting")[1]
    original = received(exercise, exercise.inbox[0], ME)
    reply = reply_to(original, ME, "en", everyone=True)
    assert [address_of(e) for e in reply.cc] == [
        "james.okello@freshfoods.example", "lina.haddad@freshfoods.example"]


def test_forward_keeps_the_attachments_and_the_french_prefix():
    exercise = task("email-fr-premiers-mails", "transferer-avec-copie")[1]
    original = received(exercise, exercise.inbox[0], ME)
    forwarded = forward(original, ME, "fr")
    assert forwarded.subject == "TR : Planning des livraisons, semaine 16"
    assert forwarded.attachment_names == ["Planning_livraisons_S16.pdf"]
    assert forwarded.to == ()
    assert "Message transféré" in forwarded.body and own_text(forwarded.body) == ""


@pytest.mark.parametrize("language, quote, forwarded, subject_field", [
    ("ar", "، كتب ", "الرسالة المُعاد توجيهها", "الموضوع: "),
    ("sw", " aliandika:", "Ujumbe uliosambazwa", "Mada: "),
])
def test_replies_and_forwards_in_arabic_and_swahili(language, quote, forwarded,
                                                    subject_field):
    """Headers in the task's language, and the learner's own text found above them."""
    original = Mail(sender="Reem <reem@centre.example>", to=(ME,), subject="Workshop",
                    body="Hello\nSee you", date=datetime(2026, 4, 5, 11, 20, tzinfo=UTC),
                    attachments=(Document(name="Plan.pdf", text="plan"),))
    reply = reply_to(original, ME, language)
    assert quote in reply.body and "> Hello" in reply.body
    assert own_text("Yes, I will come.\n" + reply.body) == "Yes, I will come."
    ahead = forward(original, ME, language)
    assert forwarded in ahead.body and subject_field + "Workshop" in ahead.body
    assert ahead.attachment_names == ["Plan.pdf"]
    assert own_text("Please read this.\n" + ahead.body) == "Please read this."


def test_signature_goes_above_the_quoted_text():
    mail = Mail(body="Hello,\nYes.\n\nOn 1/1, Maria wrote:\n> Come?")
    signed = with_signature(mail, "Amina Diallo")
    assert signed.body.index("-- \nAmina Diallo") < signed.body.index("> Come?")


@pytest.mark.parametrize("body,deceptive", [
    ("[www.brightbank.example](http://brightbank.example.account-check.example/login)", True),
    ("[www.brightbank.example](https://www.brightbank.example/login)", False),
    ("[brightbank.example/help](https://brightbank.example/help)", False),
    ("[Click here](http://anything.example)", False),  # no site named: nothing to compare
    ("[jobcentre.example](http://jobcentre.example@evil.example/)", True),
])
def test_a_link_whose_text_and_target_differ_is_deceptive(body, deceptive):
    assert bool(deceptive_links(body)) is deceptive


def test_eml_round_trip_keeps_every_field():
    mail = Mail(sender=ME, to=("Maria Lopez <maria.lopez@centre.example>",),
                cc=("grace@x.example",), bcc=("a@x.example", "b@x.example"),
                subject="Absence lundi — désolée", body="Bonjour Sophie,\n\nÀ lundi.\n",
                attachments=(Document(name="CV.pdf", text="mon CV"),),
                date=datetime(2026, 4, 1, 9, 0, tzinfo=UTC), in_reply_to="<x@tutor.example>")
    back = from_eml(to_eml(mail))
    assert (back.to, back.cc, back.bcc) == (mail.to, mail.cc, mail.bcc)
    assert back.subject == mail.subject and back.body.strip() == mail.body.strip()
    assert back.attachment_names == ["CV.pdf"] and back.attachments[0].text == "mon CV"
    assert back.in_reply_to == mail.in_reply_to and back.date == mail.date


def test_an_html_only_email_is_read_as_text():
    data = (b"To: maria@centre.example\r\nSubject: Hi\r\nContent-Type: text/html\r\n\r\n"
            b"<p>Dear Maria,</p><p>Thanks</p>")
    assert from_eml(data).body.splitlines()[0].strip() == "Dear Maria,"


def test_text_without_headers_is_not_an_email():
    with pytest.raises(NotAnEmail):
        from_eml(b"Dear Maria,\nI am sick.\n")


@given(st.binary(max_size=400))
def test_any_bytes_give_an_email_or_not_an_email_never_a_crash(data):
    try:
        from_eml(data)
    except NotAnEmail:
        pass
