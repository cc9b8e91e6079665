"""Grading an email task: a written email against the task's rubric, a phishing hunt and
a reading question, each an answer -> ``tutor.grading.Verdict``; and ``grade_file``, the
hook of ``tutor grade`` for an .eml (or .txt) file. Pure Python: the room (through
``engine.py``) and the command line both use it.

Every criterion is a ``tutor.grading.Feedback`` with an English source text marked for
translation in the "email" context, and a specific, kind hint when it is not met.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from tutor import spelling
from tutor.errors import TutorError
from tutor.grading import Feedback, Verdict
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills.email import facts as fact_check
from tutor.skills.email import stance as stances
from tutor.skills.email.letter import ending
from tutor.skills.email.mail import (
    MAX_EML_BYTES,
    Mail,
    NotAnEmail,
    address_of,
    address_problem,
    deceptive_links,
    from_eml,
    host_of,
    is_forward_subject,
    is_reply_subject,
    links_in,
    message_id,
    own_text,
    plain_text,
)
from tutor.skills.email.model import EmailExercise, InboxMessage, Rubric
from tutor.skills.email.wording import (
    CLOSINGS,
    FAMILIAR,
    GREETINGS,
    POLITE_EXAMPLE,
    TEXT_SPEAK,
    URGENT,
    table_language,
    words,
    written,
)
from tutor.text import fold

if TYPE_CHECKING:
    from tutor.content.packs import LessonPack

CONTEXT = "email"
# The learner's own text graded (some 800 words; a task asks for 200 at most): spelling,
# stance and facts read no more, and the feedback says so when a text is cut.
GRADED_CHARS = 5_000
# The body read to find that text (a long quoted original below it is skipped).
READ_BODY_CHARS = 200_000

# How much each criterion counts in the score.
WEIGHTS = {
    "addresses": 1.0, "recipients": 3.0, "action": 1.0, "subject": 1.0, "greeting": 1.0,
    "closing": 1.0, "signature": 1.0, "facts": 2.0, "stance": 2.0, "attachments": 2.0,
    "length": 1.0, "tone": 1.0, "spelling": 1.0, "capitals": 0.5,
}
# Without these, an email fails whatever its score: it goes to the wrong people, or
# without the file, or is not the reply or forward the task asks for, or leaves out (or
# gets wrong) what the task asks to say, or says no where the task says yes. A formal
# email also needs the learner's name at the end (see check_signature).
ESSENTIAL = frozenset({"addresses", "recipients", "attachments", "action", "facts", "stance"})


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _feedback(criterion: str, passed: bool, message: str, essential: bool | None = None,
              **params: object) -> Feedback:
    return Feedback(criterion, passed, message, params, CONTEXT, WEIGHTS.get(criterion, 1.0),
                    criterion in ESSENTIAL if essential is None else essential)


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


# -- the criteria ----------------------------------------------------------------------------

def check_addresses(mail: Mail) -> Feedback:
    for entries in (mail.to, mail.cc, mail.bcc):
        for entry in entries:
            if address_of(entry) is None:
                message, params = address_problem(entry)
                return _feedback("addresses", False, message, **params)
    if not (mail.to or mail.cc or mail.bcc):
        return _feedback("addresses", False, QT_TRANSLATE_NOOP(
            "email", "Write at least one address in To, or nobody gets your email."))
    return _feedback("addresses", True, QT_TRANSLATE_NOOP(
        "email", "Every address is complete and well written."))


# The names of the address fields; the GUI shows them translated (French clients say
# "À" and "Cci"), see FIELD_PARAMS.
_FIELD_NAMES = {"to": QT_TRANSLATE_NOOP("email", "To"), "cc": QT_TRANSLATE_NOOP("email", "Cc"),
                "bcc": QT_TRANSLATE_NOOP("email", "Bcc")}
FIELD_PARAMS = ("field", "right")  # feedback parameters that hold a field's name


def check_recipients(mail: Mail, rubric: Rubric) -> Feedback:
    wanted = {f: {address_of(e) or e.lower() for e in getattr(rubric, f)}
              for f in ("to", "cc", "bcc")}
    given = {f: {a for e in getattr(mail, f) if (a := address_of(e)) is not None}
             for f in ("to", "cc", "bcc")}
    for f in ("to", "cc", "bcc"):
        for address in sorted(wanted[f] - given[f]):
            elsewhere = [g for g in ("to", "cc", "bcc") if g != f and address in given[g]]
            if elsewhere:
                if f == "bcc":
                    return _feedback("recipients", False, QT_TRANSLATE_NOOP(
                        "email", "Put {address} in Bcc, not in {field}: in Bcc, the other "
                        "people do not see this address."),
                        address=address, field=_FIELD_NAMES[elsewhere[0]])
                return _feedback("recipients", False, QT_TRANSLATE_NOOP(
                    "email", "{address} is in {field}, but belongs in {right}."),
                    address=address, field=_FIELD_NAMES[elsewhere[0]], right=_FIELD_NAMES[f])
            return _feedback("recipients", False, QT_TRANSLATE_NOOP(
                "email", "Add {address} in the {field} field."),
                address=address, field=_FIELD_NAMES[f])
    for f in ("to", "cc", "bcc"):
        for address in sorted(given[f] - wanted[f]):
            if any(address in wanted[g] for g in ("to", "cc", "bcc")):
                continue  # reported above as the wrong field
            return _feedback("recipients", False, QT_TRANSLATE_NOOP(
                "email", "Remove {address}: this email is not for them."), address=address)
    return _feedback("recipients", True, QT_TRANSLATE_NOOP(
        "email", "The right people are in To, Cc and Bcc."))


def check_action(mail: Mail, exercise: EmailExercise, original_id: str) -> Feedback | None:
    if exercise.action == "new":
        return None
    if exercise.action in ("reply", "reply_all"):
        ok = (original_id and mail.in_reply_to == original_id) or is_reply_subject(mail.subject)
        ok = bool(ok) and is_reply_subject(mail.subject)
        if exercise.action == "reply_all":
            return _feedback("action", ok, QT_TRANSLATE_NOOP(
                "email", "You answered with Reply all, so everyone in the conversation "
                "gets the answer.") if ok else QT_TRANSLATE_NOOP(
                "email", "Open the message and press Reply all: the subject then starts "
                "with Re: and everyone in the conversation gets your answer."))
        return _feedback("action", ok, QT_TRANSLATE_NOOP(
            "email", "You answered with Reply: the subject starts with Re:.") if ok else
            QT_TRANSLATE_NOOP(
                "email", "Open the message and press Reply: the subject then starts with Re: "
                "and the person sees it is an answer."))
    ok = is_forward_subject(mail.subject)
    return _feedback("action", ok, QT_TRANSLATE_NOOP(
        "email", "You used Forward: the subject starts with Fwd: and the message is below "
        "yours.") if ok else QT_TRANSLATE_NOOP(
        "email", "Open the message and press Forward: the message and its attachments "
        "then go with yours."))


def check_subject(mail: Mail, rubric: Rubric) -> Feedback:
    subject = re.sub(r"^\s*([A-Za-zÀ-ÿ]{1,4}\s?:\s*)+", "", mail.subject).strip()
    if not subject:
        return _feedback("subject", False, QT_TRANSLATE_NOOP(
            "email", "Write a subject: a few words that say what the email is about."))
    if rubric.subject:
        folded = fold(mail.subject)
        if not any(fold(k) in folded for k in rubric.subject):
            return _feedback("subject", False, QT_TRANSLATE_NOOP(
                "email", "Your subject “{subject}” does not say what the email is about. "
                "Use a word like “{example}”."),
                subject=mail.subject.strip(), example=rubric.subject[0])
    return _feedback("subject", True, QT_TRANSLATE_NOOP(
        "email", "The subject says what the email is about."))


def check_greeting(text: str, rubric: Rubric, language: str) -> Feedback:
    language = table_language(language)
    lines = _lines(text)
    first = lines[0] if lines else ""
    folded = fold(first)
    good = GREETINGS[(language, rubric.style)]
    if any(folded == g or folded.startswith(g + " ") or folded.startswith(g + ",")
           for g in good):
        return _feedback("greeting", True, QT_TRANSLATE_NOOP(
            "email", "Your email starts with a greeting."))
    first_word = (folded.replace(",", " ").split() or [""])[0]
    if rubric.style == "formal" and first_word in FAMILIAR[language]:
        example = POLITE_EXAMPLE[language]
        return _feedback("greeting", False, QT_TRANSLATE_NOOP(
            "email", "“{word}” is for friends. For this email, start with a polite greeting "
            "such as “{example}”."), word=first.split()[0].strip(",،"), example=example)
    every = {g for (lang, _), gs in GREETINGS.items() if lang == language for g in gs}
    # (Two edits at most: a word longer or shorter by three letters is never close.)
    close = sorted((g for g in every if " " not in g and abs(len(g) - len(first_word)) <= 2
                    and 0 < _edit_distance(first_word, g) <= 2 and len(first_word) >= 2),
                   key=lambda g: _edit_distance(first_word, g))
    if close and close[0] in good:
        return _feedback("greeting", False, QT_TRANSLATE_NOOP(
            "email", "Check the spelling of your greeting: did you mean “{word}”?"),
            word=written(close[0]))
    example = written(good[0])
    return _feedback("greeting", False, QT_TRANSLATE_NOOP(
        "email", "Start with a greeting on the first line, like “{example}” and the "
        "person's name."), example=example)


def check_closing(text: str, rubric: Rubric, language: str,
                  names: Iterable[str] = ()) -> Feedback:
    """The closing is the short line just above the name at the end (or the last line):
    a body sentence is not a closing, and "Thanks," is one."""
    table = table_language(language)
    good = CLOSINGS[(table, rubric.style)]
    end = ending(text, language, names)
    example = written(good[0])
    if not end.closing:
        return _feedback("closing", False, QT_TRANSLATE_NOOP(
            "email", "End with a closing line such as “{example}”, then your name."),
            example=example)
    if rubric.style == "formal" and end.closing_register == "friendly":
        return _feedback("closing", False, QT_TRANSLATE_NOOP(
            "email", "“{closing}” is for friends. For this email, end with a closing such "
            "as “{example}”."), closing=end.closing.rstrip(" ,،"), example=example)
    return _feedback("closing", True, QT_TRANSLATE_NOOP(
        "email", "Your email ends with a polite closing."))


def check_signature(text: str, rubric: Rubric, language: str,
                    names: Iterable[str] = ()) -> Feedback:
    """The learner's name at the end, under the closing (or after "-- "). Essential in a
    formal email: the reader must know who writes."""
    end = ending(text, language, names)
    essential = rubric.style == "formal"
    if not end.signature:
        return _feedback("signature", False, QT_TRANSLATE_NOOP(
            "email", "Write your name on the last line, under the closing, so the reader "
            "knows who wrote."), essential=essential)
    return _feedback("signature", True, QT_TRANSLATE_NOOP(
        "email", "You signed with your name."), essential=essential)


def check_stance(text: str, rubric: Rubric, language: str) -> Feedback | None:
    """Yes or no, read clause by clause with the language's negation."""
    wanted = rubric.stance
    if wanted is None:
        return None
    reading = stances.read(text, language)
    example = stances.EXAMPLES.get((table_language(language), wanted),
                                   stances.EXAMPLES[("en", wanted)])
    if reading.says(wanted):
        messages = {
            "accept": QT_TRANSLATE_NOOP("email", "You clearly say yes."),
            "confirm": QT_TRANSLATE_NOOP("email", "You clearly confirm."),
            "decline": QT_TRANSLATE_NOOP("email", "You clearly and politely say no."),
            "cancel": QT_TRANSLATE_NOOP("email", "You clearly say that you cannot come."),
        }
        return _feedback("stance", True, messages[wanted])
    if wanted in stances.POSITIVE and reading.no:
        return _feedback("stance", False, QT_TRANSLATE_NOOP(
            "email", "The task asks you to say yes, but your email says no: “{said}”. "
            "Write for example “{example}”."), said=reading.no[0], example=example)
    if wanted not in stances.POSITIVE and reading.yes:
        return _feedback("stance", False, QT_TRANSLATE_NOOP(
            "email", "The task asks you to say no, but your email says yes: “{said}”. "
            "Write for example “{example}”."), said=reading.yes[0], example=example)
    return _feedback("stance", False, QT_TRANSLATE_NOOP(
        "email", "Say clearly what you answer, for example “{example}”."), example=example)


def check_facts(text: str, rubric: Rubric, language: str = "en",
                known: frozenset[fact_check.Value] = frozenset()) -> Feedback:
    """Every fact asked for, each in its clause; every missing fact and every wrong time,
    date or day is named."""
    positive = rubric.stance in stances.POSITIVE
    found = fact_check.check(text, rubric.facts, language, known, positive)
    if found.wrong:
        missing = ", ".join(f.name for f in found.missing)
        return _feedback("facts", False, QT_TRANSLATE_NOOP(
            "email", "Check {wrong}: the task does not say that. Give the right "
            "information{missing}."), wrong=", ".join(f"“{w}”" for w in found.wrong),
            missing=(": " + missing) if missing else "")
    if len(found.missing) == 1:
        fact = found.missing[0]
        return _feedback("facts", False, QT_TRANSLATE_NOOP(
            "email", "Say {fact} in your email (for example “{example}”)."),
            fact=fact.name, example=fact.any[0])
    if found.missing:
        return _feedback("facts", False, QT_TRANSLATE_NOOP(
            "email", "Your email does not give: {facts}. For example: {examples}."),
            facts="; ".join(f.name for f in found.missing),
            examples=", ".join(f"“{f.any[0]}”" for f in found.missing))
    return _feedback("facts", True, QT_TRANSLATE_NOOP(
        "email", "Your email gives all the information asked for."))


def check_attachments(mail: Mail, rubric: Rubric) -> Feedback:
    given = [n.casefold() for n in mail.attachment_names]
    wanted = [n.casefold() for n in rubric.attachments]
    names = {n.casefold(): n for n in (*mail.attachment_names, *rubric.attachments)}
    missing = [names[n] for n in wanted if n not in given]
    extra = [names[n] for n in given if n not in wanted]
    if missing and extra:
        return _feedback("attachments", False, QT_TRANSLATE_NOOP(
            "email", "You attached {wrong}, but this email needs {right}. Remove one and "
            "attach the other."), wrong=", ".join(extra), right=", ".join(missing))
    if missing:
        return _feedback("attachments", False, QT_TRANSLATE_NOOP(
            "email", "Attach {file}: press Attach and choose it."), file=", ".join(missing))
    if extra:
        return _feedback("attachments", False, QT_TRANSLATE_NOOP(
            "email", "Remove {file}: it is not needed here. Send personal documents only "
            "when they are asked for."), file=", ".join(extra))
    if not wanted:
        return _feedback("attachments", True, QT_TRANSLATE_NOOP(
            "email", "No attachment was needed, and you sent none."))
    return _feedback("attachments", True, QT_TRANSLATE_NOOP(
        "email", "The right files are attached."))


def check_length(text: str, rubric: Rubric) -> Feedback:
    count = len(words(text))
    if count < rubric.min_words:
        return _feedback("length", False, QT_TRANSLATE_NOOP(
            "email", "Your email has {count} words. Write a little more: at least {min}."),
            count=count, min=rubric.min_words)
    if count > rubric.max_words:
        return _feedback("length", False, QT_TRANSLATE_NOOP(
            "email", "Your email has {count} words. Keep it shorter: at most {max}, so it "
            "is quick to read."), count=count, max=rubric.max_words)
    return _feedback("length", True, QT_TRANSLATE_NOOP(
        "email", "The length is right ({count} words)."), count=count)


def check_tone(text: str, language: str) -> Feedback:
    language = table_language(language)
    if re.search(r"!{2,}|\?{2,}|[!?]{3,}", text):
        return _feedback("tone", False, QT_TRANSLATE_NOOP(
            "email", "Use one ! or ? at a time. Rows of marks sound like shouting."))
    letters = [c for c in text if c.isalpha()]
    capitals = sum(1 for c in letters if c.isupper())
    shouted = [w for w in words(text) if len(w) >= 4 and w.isupper()]
    run = longest = 0
    for word in words(text):  # "I AM SO SORRY": several capital words in a row
        run = run + 1 if word.isupper() else 0
        longest = max(longest, run)
    if (len(shouted) >= 2 or longest >= 3
            or (len(letters) > 20 and capitals / len(letters) > 0.5)):
        return _feedback("tone", False, QT_TRANSLATE_NOOP(
            "email", "Do not write whole words in CAPITAL letters: it reads like shouting."))
    slang = [w for w in words(text) if fold(w) in TEXT_SPEAK[language]]
    if slang:
        return _feedback("tone", False, QT_TRANSLATE_NOOP(
            "email", "Write words in full: “{word}” is text-message language."), word=slang[0])
    return _feedback("tone", True, QT_TRANSLATE_NOOP("email", "Your tone is calm and polite."))


def check_spelling(text: str, rubric: Rubric, language: str, allowed: Iterable[str],
                   capitals_needed: bool = False) -> Feedback:
    if not spelling.supported(language):
        return _feedback("spelling", True, QT_TRANSLATE_NOOP(
            "email", "Spelling is not checked in this language yet."))
    # Enough to decide and to name five words: each unknown word costs lookups.
    found = spelling.misspellings(text, language, allowed,
                                  limit=max(rubric.max_spelling_mistakes + 1, 5))
    listed = ", ".join(dict.fromkeys(m.word for m in found[:5]))
    if len(found) > rubric.max_spelling_mistakes:
        return _feedback("spelling", False, QT_TRANSLATE_NOOP(
            "email", "Check the spelling of: {words}. These words are underlined in red."),
            words=listed)
    if found:  # few enough to pass, but never called good
        return _feedback("spelling", True, QT_TRANSLATE_NOOP(
            "email", "Nearly right: check the spelling of {words}."), words=listed)
    if capitals_needed:  # "ok i come thursday" is not good spelling
        return _feedback("spelling", True, QT_TRANSLATE_NOOP(
            "email", "The words are spelled right, but some need a capital letter."))
    return _feedback("spelling", True, QT_TRANSLATE_NOOP(
        "email", "The spelling is good."))


def check_capitals(text: str, language: str, allowed: Iterable[str]) -> Feedback | None:
    """Writing advice, not a spelling mistake: a capital letter at the start of each
    sentence, for "I" and for the days (in English), for names."""
    if not spelling.supported(language) or language == "ar":
        return None
    needed = spelling.capitals(text, language, allowed, limit=5)
    if needed:
        return _feedback("capitals", False, QT_TRANSLATE_NOOP(
            "email", "Use capital letters: write {words}. A sentence starts with a capital "
            "letter, and so do names."), words=", ".join(f"“{w}”" for w in needed[:5]))
    return _feedback("capitals", True, QT_TRANSLATE_NOOP(
        "email", "Sentences and names start with a capital letter."))


# -- the whole email -------------------------------------------------------------------------

def task_words(exercise: EmailExercise, extra: Iterable[str] = ()) -> set[str]:
    """The words of the task itself (names of people, places, companies), never
    flagged as misspellings when the learner uses them."""
    texts = [exercise.instructions, exercise.model_answer, *exercise.names, *extra]
    for message in exercise.inbox:
        texts += [message.sender, message.subject, message.body, *message.to, *message.cc]
    if exercise.rubric:
        texts += [*exercise.rubric.to, *exercise.rubric.cc, *exercise.rubric.bcc]
        texts += [a for f in exercise.rubric.facts for a in f.any]
    return spelling.names_in(texts)


def known_values(exercise: EmailExercise, language: str) -> frozenset[fact_check.Value]:
    """The times, dates and days the task itself names (a learner's other ones are wrong)."""
    texts = [exercise.instructions, exercise.model_answer]
    for message in exercise.inbox:
        texts += [message.subject, message.body, message.date]
    if exercise.rubric:
        texts += [a for f in exercise.rubric.facts for a in f.any]
    return fact_check.known_values(texts, swahili_time=table_language(language) == "sw")


def grade_email(mail: Mail, exercise: EmailExercise, language: str,
                learner_name: str = "") -> Verdict:
    """Grade a written email against the task's rubric: one Feedback per criterion."""
    rubric = exercise.rubric
    if rubric is None:
        raise ValueError(f"exercise {exercise.id} is not a write task")
    body = mail.body[:READ_BODY_CHARS]
    text = own_text(body)
    # Only the learner's own text matters: a long original quoted below it is no cut.
    cut = len(text) > GRADED_CHARS or (
        (mail.text_cut or len(mail.body) > READ_BODY_CHARS) and len(text) >= len(body.strip()))
    text = text[:GRADED_CHARS]
    original = next((m for m in exercise.inbox if m.id == exercise.about), None)
    feedback = [check_addresses(mail), check_recipients(mail, rubric)]
    action = check_action(mail, exercise, message_id(exercise.id, original) if original else "")
    if action is not None:
        feedback.append(action)
    feedback.append(check_subject(mail, rubric))
    # The signature and quoted text are not the learner's own words for these checks.
    letter = text.split("\n-- \n")[0] if "\n-- \n" in text else text
    names = [n for n in (learner_name, mail.sender) if n]
    if rubric.greeting:
        feedback.append(check_greeting(letter, rubric, language))
    if rubric.closing:
        feedback.append(check_closing(text, rubric, language, names))
        feedback.append(check_signature(text, rubric, language, names))
    stance = check_stance(letter, rubric, language)
    if stance is not None:
        feedback.append(stance)
    if rubric.facts:
        feedback.append(check_facts(letter, rubric, language, known_values(exercise, language)))
    feedback.append(check_attachments(mail, rubric))
    feedback.append(check_length(letter, rubric))
    feedback.append(check_tone(letter, language))
    if rubric.spelling:
        allowed = task_words(exercise, [learner_name, mail.sender])
        capitals = check_capitals(letter, language, allowed)
        feedback.append(check_spelling(letter, rubric, language, allowed,
                                       capitals is not None and not capitals.passed))
        if capitals is not None:
            feedback.append(capitals)
    if cut:  # a note, not a criterion: it weighs nothing
        feedback.append(Feedback("cut", False, QT_TRANSLATE_NOOP(
            "email", "Your email is very long: only its first {count} characters were "
            "checked."), {"count": GRADED_CHARS}, CONTEXT, 0.0))
    return Verdict.from_feedback(feedback, rubric.pass_mark)


# -- phishing ---------------------------------------------------------------------------------

CLUE_TEXT = {
    "sender": QT_TRANSLATE_NOOP("email", "The sender's address does not match the organisation"),
    "urgency": QT_TRANSLATE_NOOP("email", "It rushes or threatens me (urgent, last chance)"),
    "link": QT_TRANSLATE_NOOP("email", "A link goes somewhere else than its text says"),
    "attachment": QT_TRANSLATE_NOOP("email", "An attachment I did not expect"),
    "personal_data": QT_TRANSLATE_NOOP("email", "It asks for a password, a code or money"),
}
RISKY_EXTENSIONS = (".exe", ".zip", ".scr", ".js", ".bat", ".html", ".htm", ".docm",
                    ".xlsm", ".iso", ".rar", ".pdf.exe")


def risky_file(name: str) -> bool:
    """A file that can hold a virus: a sign of phishing, and Tutor never opens one."""
    return name.lower().endswith(RISKY_EXTENSIONS)


def suspicious_signs(message: InboxMessage, language: str) -> set[str]:
    """The signs of phishing a careful reader can see in a message."""
    signs: set[str] = set()
    body = message.body
    if deceptive_links(body):
        signs.add("link")
    if any(risky_file(a.name) for a in message.attachments):
        signs.add("attachment")
    folded = fold(plain_text(body) + " " + message.subject)
    if URGENT[table_language(language)].search(folded):
        signs.add("urgency")
    sender_host = host_of((address_of(message.sender) or "").partition("@")[2])
    link_hosts = {host_of(link.target) for link in links_in(body)} - {""}
    if sender_host and link_hosts and not any(
            h == sender_host or h.endswith("." + sender_host) for h in link_hosts):
        signs.add("sender")
    return signs


def grade_phishing(report: Mapping[str, Iterable[str]], exercise: EmailExercise) -> Verdict:
    """``report``: the id of each message the learner reported -> the reasons chosen."""
    reported = {k: set(v) for k, v in report.items()}
    fakes = [m for m in exercise.inbox if m.phishing]
    real = [m for m in exercise.inbox if not m.phishing]
    feedback = []
    missed = [m for m in fakes if m.id not in reported]
    found_some = any(m.id in reported for m in fakes)
    if missed:
        subjects = ", ".join(f"“{m.subject}”" for m in missed)
        message = QT_TRANSLATE_NOOP(  # "too" only when the learner found another one
            "email", "{subjects} is a fake too. Look at who sent it and where its links go."
        ) if found_some and len(missed) == 1 else QT_TRANSLATE_NOOP(
            "email", "These are fakes you did not report: {subjects}. Look at who sent them "
            "and where their links go.")
        feedback.append(Feedback("found", False, message, {"subjects": subjects}, CONTEXT, 2.0))
    else:
        feedback.append(Feedback("found", True, QT_TRANSLATE_NOOP(
            "email", "You found every fake message ({count})."), {"count": len(fakes)},
            CONTEXT, 2.0))
    wrongly = [m for m in real if m.id in reported]
    if wrongly:
        feedback.append(Feedback("kept", False, QT_TRANSLATE_NOOP(
            "email", "{subjects}: real messages. Their senders and links match who they say "
            "they are from, and they ask for nothing secret."),
            {"subjects": ", ".join(f"“{m.subject}”" for m in wrongly)}, CONTEXT, 1.0))
    else:
        feedback.append(Feedback("kept", True, QT_TRANSLATE_NOOP(
            "email", "You kept the real messages."), {}, CONTEXT, 1.0))
    # Reasons are asked only for the fakes the learner reported.
    without_reason = [m for m in fakes if m.id in reported and not (reported[m.id] & set(m.clues))]
    if without_reason:
        feedback.append(Feedback("reasons", False, QT_TRANSLATE_NOOP(
            "email", "For {subjects}, choose a reason that shows it is fake."),
            {"subjects": ", ".join(f"“{m.subject}”" for m in without_reason)}, CONTEXT, 1.0))
    elif not found_some:
        feedback.append(Feedback("reasons", False, QT_TRANSLATE_NOOP(
            "email", "Report each fake message and choose why it is fake."), {}, CONTEXT, 1.0))
    else:
        feedback.append(Feedback("reasons", True, QT_TRANSLATE_NOOP(
            "email", "You said why each fake is a fake."), {}, CONTEXT, 1.0))
    return Verdict.from_feedback(feedback, 0.99)


def grade_reading(choice: int | None, opened_attachment: bool,
                  exercise: EmailExercise) -> Verdict:
    message = next(m for m in exercise.inbox if m.id == exercise.about)
    feedback = []
    if message.attachments:
        feedback.append(Feedback("opened", opened_attachment, QT_TRANSLATE_NOOP(
            "email", "You opened the attachment.") if opened_attachment else QT_TRANSLATE_NOOP(
            "email", "Open the attachment: click its name under the message."), {}, CONTEXT))
    right = choice == exercise.answer
    feedback.append(Feedback("answer", right, QT_TRANSLATE_NOOP(
        "email", "Your answer is right.") if right else QT_TRANSLATE_NOOP(
        "email", "Read the message again: the answer is in it."), {}, CONTEXT, 2.0))
    return Verdict.from_feedback(feedback, 0.99)


# -- the command line -----------------------------------------------------------------------

def grade_file(pack: LessonPack, exercise: EmailExercise, path: Path) -> Verdict:
    """``tutor grade --exercise PACK/TASK FILE.eml``: grade an .eml (or .txt) file."""
    if exercise.kind != "write":
        raise TutorError(QT_TRANSLATE_NOOP(
            "errors", "The task {task} is not an email to write, so no file can answer it."),
            task=exercise.id)
    try:
        size = path.stat().st_size
        if size > MAX_EML_BYTES:
            raise TutorError(QT_TRANSLATE_NOOP(
                "errors", "{path} is too large for an email ({size} bytes)."),
                path=str(path), size=size)
        with path.open("rb") as file:  # never more than the limit, whatever stat said
            data = file.read(MAX_EML_BYTES + 1)
    except OSError as exc:
        raise TutorError(QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}"),
                         path=str(path), reason=exc.strerror or str(exc)) from exc
    try:
        mail = from_eml(data, str(path))  # beyond a limit: EmailRefused, a TutorError
    except NotAnEmail as exc:
        raise TutorError(QT_TRANSLATE_NOOP(
            "errors", "{path} is not an email file: it has no To, Subject or From line at "
            "the top."), path=str(path)) from exc
    return grade_email(mail, exercise, pack.language)
