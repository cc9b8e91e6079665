"""Hostile .eml files (issue 15): each limit of ``mail.py`` is checked before the step it
protects, so a file gives a Mail or a clear ``TutorError`` quickly, in little memory; and
grading stays bounded on a long text. The whole corpus runs under a memory limit in
tests/test_hostile_inputs.py (tests/hostile/eml_files.py)."""

from __future__ import annotations

import base64
import time
import tracemalloc

import pytest

from tests.hostile import eml_files
from tests.skills.email.shipped import catalogue, task
from tutor import cli, spelling
from tutor.errors import TutorError
from tutor.skills.email import mail as mail_module
from tutor.skills.email.grading import GRADED_CHARS, check_greeting, grade_email, grade_file
from tutor.skills.email.mail import EmailRefused, Mail, NotAnEmail, from_eml

HOSTILE = eml_files.generate()
HEAD, TEXT, MIME = eml_files.HEAD, eml_files.TEXT, eml_files.MIME


def refusal(data: bytes) -> EmailRefused:
    with pytest.raises(EmailRefused) as raised:
        from_eml(data, "answer.eml")
    assert isinstance(raised.value, TutorError)
    assert raised.value.params["path"] == "answer.eml" and "{path}" in raised.value.source
    return raised.value


def test_the_140_kb_encoded_word_flood_is_refused_before_the_header_parser():
    # It took 745 MB: Python's parser keeps the rest of the header for each encoded word.
    data = HOSTILE["encoded-words-140kb-subject"]
    assert 130_000 < len(data) < 150_000
    tracemalloc.start()
    try:
        started = time.monotonic()
        error = refusal(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "encoded words" in str(error)
    assert peak < 20 * 2**20 and time.monotonic() - started < 2


def test_encoded_words_within_the_limits_are_read():
    subject = " ".join(["=?utf-8?b?w6lsw6h2ZQ==?="] * 150)
    data = HEAD.replace(b"Re: Workshop on Thursday", subject.encode()) + b"\r\n" + TEXT
    assert from_eml(data).subject == "élève" * 150


@pytest.mark.parametrize(("name", "words"), [
    ("encoded-words-5mb-subject", "a line of"),
    ("encoded-words-folded", "too many header lines"),
    ("encoded-words-in-to", "too many encoded words in its header"),
    ("encoded-words-300-in-a-part-header", "Content-Type has too many encoded words"),
    ("headers-20000", "too many header lines"),
    ("header-of-1mb", "a line of"),
    ("header-folded-100000-times", "too many header lines"),
    ("header-of-many-parameters", "Content-Type is too long"),
    ("filename-in-10000-rfc2231-pieces", "Content-Disposition is too long"),
    ("addresses-300-in-to", "To has too many addresses"),
    ("address-of-nested-comments", "To is too long"),
    ("mime-nested-10000-levels", "too many parts"),
    ("rfc822-nested-10000-levels", "too many parts"),
    ("mime-nested-20-levels", "nested too deep"),
    ("mime-60000-parts", "too many parts"),
    ("mime-100000-parts", "too many lines"),
    ("line-of-10mb", "a line of 10000000 bytes"),
    ("newlines-10mb", "too many lines"),
    ("file-over-10mb", "too large for an email"),
])
def test_a_file_beyond_a_limit_is_refused_with_the_limit(name, words):
    started = time.monotonic()
    assert words in str(refusal(HOSTILE[name]))
    assert time.monotonic() - started < 3


def test_just_within_the_limits_is_read():
    assert len(from_eml(HOSTILE["mime-90-parts"]).attachments) == 89
    assert from_eml(eml_files._nested_multipart(mail_module.MAX_DEPTH - 1)).body.startswith(
        "Dear Maria")
    many = HEAD.replace(eml_files.TO, b"To: " + b", ".join(
        b"a%d@b.example" % i for i in range(mail_module.MAX_ADDRESSES)) + b"\r\n")
    assert len(from_eml(many + b"\r\n" + TEXT).to) == mail_module.MAX_ADDRESSES


def test_base64_and_quoted_printable_are_decoded_up_to_the_limit_only():
    plain = eml_files._body(b"text/plain; charset=utf-8", b"base64",
                            eml_files._base64_lines("Bonjour, élève.\r\n".encode()))
    assert from_eml(plain).body == "Bonjour, élève.\n" and not from_eml(plain).text_cut
    printable = eml_files._body(b"text/plain; charset=utf-8", b"quoted-printable",
                                b"Bonjour, =C3=A9l=C3=A8ve, une ligne=\r\n coup=C3=A9e.\r\n")
    assert from_eml(printable).body == "Bonjour, élève, une ligne coupée.\n"
    for name in ("base64-bomb-7mb", "quoted-printable-flood", "text-file-5mb",
                 "boundary-never-ends"):
        read = from_eml(HOSTILE[name])
        assert read.text_cut and len(read.body) <= mail_module.MAX_TEXT_BYTES, name
        assert read.body.startswith("Dear Maria,"), name
    attachment = from_eml(HOSTILE["base64-attachment-7mb"]).attachments[0]
    assert attachment.name == "CV.pdf"
    assert len(attachment.text) == mail_module.MAX_ATTACHMENT_BYTES


def test_html_is_cut_before_it_becomes_text():
    read = from_eml(HOSTILE["html-of-8mb"])
    assert read.text_cut and read.body.startswith("Dear Maria,")
    assert len(read.body) < mail_module.MAX_HTML_BYTES
    assert from_eml(HOSTILE["html-nested-500000-tags"]).text_cut


def test_odd_bytes_and_charsets_read_as_text():
    assert from_eml(HOSTILE["unknown-charset"]).body.startswith("Dear Maria,")
    started = time.monotonic()  # punycode decodes in quadratic time: never used
    assert from_eml(HOSTILE["punycode-charset-lines"]).body.startswith("aaa")
    assert time.monotonic() - started < 1
    assert "\ufffd" in from_eml(HOSTILE["invalid-utf8"]).body
    assert "Work" in from_eml(HOSTILE["nul-bytes"]).subject
    assert from_eml(HOSTILE["date-of-the-year-99999999"]).date is None
    with pytest.raises(NotAnEmail):
        from_eml(HOSTILE["random-bytes"])


def test_a_refusal_goes_through_tutor_grade_with_exit_code_2(tmp_path, capsys):
    path = tmp_path / "flood.eml"
    path.write_bytes(HOSTILE["encoded-words-140kb-subject"])
    code = cli.main(["--data-dir", str(tmp_path / "data"), "grade", "--exercise",
                     eml_files.EXERCISE, str(path)])
    out = capsys.readouterr()
    assert code == 2 and not out.out.strip()
    assert "too many encoded words" in out.err and "Traceback" not in out.err


def test_the_generators_exercise_is_a_write_task():
    pack_id, exercise_id = eml_files.EXERCISE.split("/")
    assert catalogue().packs[pack_id].exercise(exercise_id).kind == "write"
    assert len(HOSTILE) >= 20


# -- grading a long text ------------------------------------------------------------------

EXERCISE = "email-en-first-emails/reply-to-trainer"


def test_a_long_email_is_graded_on_its_start_and_the_feedback_says_so(tmp_path):
    pack, exercise = task(*EXERCISE.split("/"))
    path = tmp_path / "long.eml"
    path.write_bytes(HOSTILE["text-file-5mb"])
    started = time.monotonic()
    verdict = grade_file(pack, exercise, path)
    assert time.monotonic() - started < 5
    cut = [f for f in verdict.feedback if f.criterion == "cut"]
    assert len(cut) == 1 and cut[0].weight == 0 and cut[0].params["count"] == GRADED_CHARS
    assert not next(f for f in verdict.feedback if f.criterion == "length").passed


def test_a_short_reply_above_a_long_quote_is_not_cut():
    pack, exercise = task(*EXERCISE.split("/"))
    quote = "\n".join(["> " + "An old line of the original message."] * 20_000)
    body = exercise.model_answer + "\n\nOn 1 April, Maria wrote:\n" + quote
    mail = Mail(to=("maria.lopez@centre.example",), subject="Re: Workshop", body=body)
    verdict = grade_email(mail, exercise, "en")
    assert "cut" not in {f.criterion for f in verdict.feedback}
    assert next(f for f in verdict.feedback if f.criterion == "length").passed


def test_a_text_cut_when_read_is_said_cut():
    pack, exercise = task(*EXERCISE.split("/"))
    mail = Mail(to=("maria.lopez@centre.example",), subject="Re: Workshop",
                body=exercise.model_answer, text_cut=True)
    assert "cut" in {f.criterion for f in grade_email(mail, exercise, "en").feedback}


def test_the_spelling_check_is_bounded():
    started = time.monotonic()
    hyphens = "-".join(["qzx"] * 100)  # spylls tries 2**n ways to break a word at hyphens
    assert [m.word for m in spelling.misspellings(hyphens, "en")] == [hyphens]
    assert spelling.misspellings("x" * 100_000, "en")[0].length == spelling.MAX_CHECKED_CHARS
    many = " ".join(f"qzx{i:05d}".replace("0", "q") for i in range(5000))
    assert len(spelling.misspellings(many, "en", limit=6)) == 6
    assert len(spelling.capitals("ok. " * 100 + "thursday " * 5000, "en", limit=5)) <= 5
    assert time.monotonic() - started < 3


def test_a_huge_first_word_is_no_greeting_and_costs_nothing():
    _, exercise = task(*EXERCISE.split("/"))
    started = time.monotonic()
    assert not check_greeting("Dear" + "a" * 100_000, exercise.rubric, "en").passed
    assert time.monotonic() - started < 1


def test_the_base64_of_a_message_round_trips_unchanged():
    body = base64.b64encode("Très bien.\n".encode()).decode()
    data = (HEAD + MIME + b"Content-Type: text/plain; charset=utf-8\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n" + body.encode() + b"\r\n")
    assert from_eml(data).body == "Très bien.\n"
