"""Emails in the practice client: addresses, reply and forward as real clients do them,
links, and the standard ``.eml`` format (Python's ``email`` package). Pure Python."""

from __future__ import annotations

import binascii
import codecs
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email import policy
from email.errors import MessageError
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.utils import format_datetime, getaddresses, make_msgid, parsedate_to_datetime
from typing import Any, cast

from tutor.errors import TutorError
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills.email.model import Document, EmailExercise, InboxMessage

DOMAIN = "tutor.example"
CONTEXT = "email"

# The learner's own files, in every task's Documents folder (per language of the pack).
DOCUMENTS: dict[str, tuple[Document, ...]] = {
    "en": (
        Document(name="CV.pdf", text="Curriculum vitae: experience, training, languages."),
        Document(name="Cover_letter.pdf", text="Cover letter: why I want this job."),
        Document(name="ID_photo.jpg", text="A photo of my identity card."),
    ),
    "fr": (
        Document(name="CV.pdf", text="Curriculum vitae : expérience, formation, langues."),
        Document(name="Lettre_de_motivation.pdf",
                 text="Lettre de motivation : pourquoi je veux ce poste."),
        Document(name="Photo_piece_identite.jpg", text="Une photo de ma carte d'identité."),
    ),
    # Arabic and Swahili keep the English file names, which their tasks name.
    "ar": (
        Document(name="CV.pdf", text="السيرة الذاتية: الخبرة والتدريب واللغات."),
        Document(name="Cover_letter.pdf", text="رسالة التعريف: لماذا أريد هذه الوظيفة."),
        Document(name="ID_photo.jpg", text="صورة عن بطاقتي الشخصية."),
    ),
    "sw": (
        Document(name="CV.pdf", text="Wasifu (CV): uzoefu, mafunzo, lugha."),
        Document(name="Cover_letter.pdf", text="Barua ya maombi: kwa nini nataka kazi hii."),
        Document(name="ID_photo.jpg", text="Picha ya kitambulisho changu."),
    ),
}


@dataclass(frozen=True)
class Mail:
    """An email as the learner writes it, or as it arrives."""

    sender: str = ""
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()
    subject: str = ""
    body: str = ""
    attachments: tuple[Document, ...] = ()
    date: datetime | None = None
    message_id: str = ""
    in_reply_to: str = ""
    text_cut: bool = False  # the body was longer than Tutor reads: this is its start

    @property
    def attachment_names(self) -> list[str]:
        return [a.name for a in self.attachments]

    def as_details(self) -> dict:
        """JSON-ready, for the attempt's details."""
        return {
            "from": self.sender, "to": list(self.to), "cc": list(self.cc),
            "bcc": list(self.bcc), "subject": self.subject, "body": self.body,
            "attachments": self.attachment_names, "in_reply_to": self.in_reply_to,
        }


# -- addresses ---------------------------------------------------------------------------

def split_addresses(text: str) -> list[str]:
    """The entries of an address field, as typed: split on commas and semicolons
    (outside quotes), stripped, empty ones dropped."""
    parts = re.split(r"[,;](?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", text)
    return [p.strip() for p in parts if p.strip()]


_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
_LABEL = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")


def address_of(entry: str) -> str | None:
    """The bare address of one entry (``Name <a@b.c>`` or ``a@b.c``), lower case, or
    None when it is not a well-formed address (no @, a space, no dot in the domain...)."""
    entry = entry.strip()
    if not entry:
        return None
    match = re.fullmatch(r"(?:\"?([^\"<>]*)\"?\s*)?<([^<>]*)>", entry)
    candidate = match.group(2).strip() if match else entry
    if candidate.count("@") != 1 or any(c.isspace() for c in candidate):
        return None
    local, domain = candidate.split("@")
    labels = domain.split(".")
    if not _LOCAL.match(local) or len(labels) < 2 or len(labels[-1]) < 2:
        return None
    if not all(_LABEL.match(label) for label in labels) or labels[-1].isdigit():
        return None
    return candidate.lower()


def display_name(entry: str) -> str:
    name, address = getaddresses([entry])[0]
    return name or address or entry


def address_problem(entry: str) -> tuple[str, dict]:
    """Why an entry is not an address, as a kind hint (source text, params)."""
    text = entry.strip()
    if "@" not in text:
        return QT_TRANSLATE_NOOP(
            "email", "“{entry}” is not an email address: an address has an @ in it, "
            "like maria.lopez@centre.example."), {"entry": text}
    if " " in text.strip("<> ") and "<" not in text:
        return QT_TRANSLATE_NOOP(
            "email", "“{entry}” has a space in it. Email addresses have no spaces."), \
            {"entry": text}
    return QT_TRANSLATE_NOOP(
        "email", "“{entry}” is not a complete address. Check the part after the @: "
        "it ends with a dot and a word, like .org or .fr."), {"entry": text}


def learner_address(name: str) -> str:
    """The learner's own practice address, made from their name."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    local = re.sub(r"[^a-z0-9]+", ".", folded).strip(".") or "learner"
    return f"{name.strip() or local} <{local}@{DOMAIN}>"


# -- links ---------------------------------------------------------------------------------

LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]+)\)")


@dataclass(frozen=True)
class Link:
    text: str
    target: str
    start: int  # in the body
    end: int


def links_in(body: str) -> list[Link]:
    return [Link(m.group(1), m.group(2), m.start(), m.end()) for m in LINK.finditer(body)]


def host_of(url_or_text: str) -> str:
    """The host name of a link or of a text that looks like one, lower case, without
    ``www.``; "" when it names no host."""
    text = url_or_text.strip().lower()
    text = re.sub(r"^[a-z][a-z0-9+.-]*://", "", text)
    host = re.split(r"[/?#:\s]", text, maxsplit=1)[0]
    host = host.rsplit("@", 1)[-1]
    if "." not in host or not re.fullmatch(r"[a-z0-9.-]+", host):
        return ""
    return host.removeprefix("www.")


def deceptive_links(body: str) -> list[Link]:
    """Links whose visible text names one site and whose target goes to another: the
    classic phishing trick (``[www.mybank.example](http://mybank.example.login.xyz)``)."""
    found = []
    for link in links_in(body):
        shown, real = host_of(link.text), host_of(link.target)
        if shown and real and shown != real:
            found.append(link)
    return found


def plain_text(body: str) -> str:
    """The body as a reader sees it: links show their text only."""
    return LINK.sub(lambda m: m.group(1), body)


# -- replies and forwards, as real clients make them -------------------------------------
# (Quote and forward headers are in the language of the task's emails, not the screens'.)

REPLY_PREFIXES = ("re", "ré", "réf", "aw", "sv")
FORWARD_PREFIXES = ("fwd", "fw", "tr", "wg")
QUOTE_HEADER = {
    "en": "On {date}, {sender} wrote:",
    "fr": "Le {date}, {sender} a écrit :",
    "ar": "في {date}، كتب {sender}:",
    "sw": "Mnamo {date}, {sender} aliandika:",
}
FORWARD_HEADER = {
    "en": "---------- Forwarded message ----------",
    "fr": "---------- Message transféré ----------",
    "ar": "---------- الرسالة المُعاد توجيهها ----------",
    "sw": "---------- Ujumbe uliosambazwa ----------",
}
# The forwarded message's headers: From, Date, Subject, To.
FORWARD_FIELDS = {
    "en": ("From: ", "Date: ", "Subject: ", "To: "),
    "fr": ("De : ", "Date : ", "Objet : ", "À : "),
    "ar": ("من: ", "التاريخ: ", "الموضوع: ", "إلى: "),
    "sw": ("Kutoka: ", "Tarehe: ", "Mada: ", "Kwa: "),
}
# (Arabic and Swahili webmail keep "Re:" and "Fwd:", as Gmail does.)
_FORWARD_PREFIX = {"en": "Fwd: ", "fr": "TR : "}
_QUOTE_LINE = re.compile(
    r"^(>|-{5,} ?(Forwarded message|Message transféré|Original Message|Message d'origine"
    r"|الرسالة المُعاد توجيهها|الرسالة المعاد توجيهها|Ujumbe uliosambazwa)|_{10,}\s*$"
    r"|On .{3,160} wrote:\s*$|Le .{3,160} a écrit\s?:\s*$"
    r"|في .{3,160}، ?كتب .{1,160}:\s*$|Mnamo .{3,160} aliandika:\s*$)", re.IGNORECASE)
# Outlook puts the original under its headers, unquoted: "From: ...", then "Sent: ...".
_OUTLOOK_FROM = re.compile(r"^(From|De|Von|من|Kutoka)\s?:\s?\S", re.IGNORECASE)
_OUTLOOK_SENT = re.compile(
    r"^(Sent|Envoyé|Date|Gesendet|تم الإرسال|أرسلت|التاريخ|Imetumwa|Tarehe)\s?:\s?\S",
    re.IGNORECASE)


def subject_prefix(subject: str) -> str:
    """"re", "fwd"... the first prefix of a subject, lower case, or ""."""
    match = re.match(r"^\s*([A-Za-zÀ-ÿ]{1,4})\s?:", subject)
    return match.group(1).lower() if match else ""


def is_reply_subject(subject: str) -> bool:
    return subject_prefix(subject) in REPLY_PREFIXES


def is_forward_subject(subject: str) -> bool:
    return subject_prefix(subject) in FORWARD_PREFIXES


def message_id(exercise_id: str, message: InboxMessage) -> str:
    return f"<{exercise_id}.{message.id}@{DOMAIN}>"


def received(exercise: EmailExercise, message: InboxMessage, me: str) -> Mail:
    """An inbox message of a task as a Mail."""
    return Mail(
        sender=message.sender,
        to=tuple(message.to) or (me,),
        cc=tuple(message.cc),
        subject=message.subject,
        body=message.body,
        attachments=tuple(message.attachments),
        date=message_date(message),
        message_id=message_id(exercise.id, message),
    )


def message_date(message: InboxMessage) -> datetime:
    fmt = "%Y-%m-%d %H:%M" if " " in message.date else "%Y-%m-%d"
    return datetime.strptime(message.date, fmt).replace(tzinfo=UTC)


def written_date(original: Mail, when: str | None) -> str:
    """The original's date in a quote or forward header: as the screen shows it
    (``when``, so one screen has one date format), else day/month/year."""
    if when is not None:
        return when
    return original.date.strftime("%d/%m/%Y %H:%M") if original.date else ""


def _quoted(original: Mail, language: str, when: str | None = None) -> str:
    when = written_date(original, when)
    header = QUOTE_HEADER.get(language, QUOTE_HEADER["en"]).format(
        date=when, sender=display_name(original.sender))
    lines = plain_text(original.body).splitlines()
    return header + "\n" + "\n".join("> " + line if line else ">" for line in lines)


def reply_to(original: Mail, me: str, language: str, everyone: bool = False,
             when: str | None = None) -> Mail:
    """A reply (or reply-all): to the sender (and the others but me), "Re:" once,
    the original quoted below (its date written ``when``), no attachments."""
    mine = address_of(me)
    to = [original.sender]
    cc: list[str] = []
    if everyone:
        for entry in (*original.to, *original.cc):
            if address_of(entry) not in (mine, address_of(original.sender)):
                cc.append(entry)
    subject = original.subject if is_reply_subject(original.subject) else (
        "Re: " + original.subject)
    return Mail(sender=me, to=tuple(to), cc=tuple(cc), subject=subject,
                body="\n\n" + _quoted(original, language, when), in_reply_to=original.message_id)


def forward(original: Mail, me: str, language: str, when: str | None = None) -> Mail:
    """A forward: no recipient yet, "Fwd:" (French clients: "TR :"), the original's
    headers (its date written ``when``) and text below, its attachments kept."""
    when = written_date(original, when)
    fields = FORWARD_FIELDS.get(language, FORWARD_FIELDS["en"])
    values = (original.sender, when, original.subject, ", ".join(original.to))
    head = [field + value for field, value in zip(fields, values, strict=True)]
    prefix = _FORWARD_PREFIX.get(language, _FORWARD_PREFIX["en"])
    subject = original.subject if is_forward_subject(original.subject) else (
        prefix + original.subject)
    body = "\n\n" + FORWARD_HEADER.get(language, FORWARD_HEADER["en"]) + "\n" + "\n".join(head)
    body += "\n\n" + plain_text(original.body)
    return Mail(sender=me, subject=subject, body=body, attachments=original.attachments)


def own_text(body: str) -> str:
    """What the learner wrote: the body above the quoted or forwarded text (a quote
    header that a client wrapped on two lines, or Outlook's "From: ... Sent: ..." block
    above an unquoted original, included)."""
    lines = body.splitlines()
    kept = []
    for i, line in enumerate(lines):
        here = line.strip()
        joined = here + " " + (lines[i + 1].strip() if i + 1 < len(lines) else "")
        if (_QUOTE_LINE.match(here) or (len(here) > 10 and _QUOTE_LINE.match(joined))
                or (_OUTLOOK_FROM.match(here)
                    and any(_OUTLOOK_SENT.match(n.strip()) for n in lines[i + 1:i + 4]))):
            break
        kept.append(line)
    return "\n".join(kept).strip()


def with_signature(mail: Mail, signature: str) -> Mail:
    """The signature goes under the learner's text, above any quoted text."""
    if not signature.strip():
        return mail
    own = own_text(mail.body)
    rest = mail.body[len(mail.body.split(own, 1)[0]) + len(own):] if own else mail.body
    return replace(mail, body=(own + "\n\n" if own else "") + "-- \n" + signature.strip()
                   + ("\n" + rest if rest.strip() else ""))


# -- the .eml format ---------------------------------------------------------------------

def to_eml(mail: Mail) -> bytes:
    """The email as a standard .eml file (RFC 5322, MIME attachments). Bcc is kept, as
    mail clients keep it in drafts and sent copies."""
    message = EmailMessage()
    if mail.sender:
        message["From"] = mail.sender
    for header, entries in (("To", mail.to), ("Cc", mail.cc), ("Bcc", mail.bcc)):
        if entries:
            message[header] = ", ".join(entries)
    message["Subject"] = mail.subject
    message["Date"] = format_datetime(mail.date or datetime.now(UTC))
    message["Message-ID"] = mail.message_id or make_msgid(domain=DOMAIN)
    if mail.in_reply_to:
        message["In-Reply-To"] = mail.in_reply_to
        message["References"] = mail.in_reply_to
    message.set_content(mail.body)
    for document in mail.attachments:
        maintype, subtype = _mime_type(document.name)
        message.add_attachment(document.text.encode("utf-8"), maintype=maintype,
                               subtype=subtype, filename=document.name)
    return message.as_bytes(policy=policy.SMTP)


def _mime_type(name: str) -> tuple[str, str]:
    import mimetypes

    guessed = mimetypes.guess_type(name)[0] or "application/octet-stream"
    maintype, _, subtype = guessed.partition("/")
    return maintype, subtype


class NotAnEmail(ValueError):
    """The bytes hold no email: no headers and no text."""


# -- limits ----------------------------------------------------------------------------------
# A file is checked against each limit before the step it protects, so any file gives a
# Mail or an EmailRefused within seconds and a bounded amount of memory. Python's header
# parser keeps, for each encoded word (=?utf-8?b?...?=), the whole rest of its header:
# a 140 KB Subject of 8,000 encoded words cost 745 MB. Real emails stay far below these.

MAX_EML_BYTES = 10 * 2**20  # the whole file
MAX_LINES = 250_000  # a 10 MB attachment in base64 has 140,000 lines
MAX_LINE_BYTES = 256 * 2**10  # the standard says 998 bytes
MAX_HEADER_BYTES = 256 * 2**10  # the header block at the top
MAX_HEADERS = 500  # header fields at the top (a long chain of "Received:" has 30)
MAX_FIELD_CHARS = 32 * 2**10  # one header field, folded lines included
MAX_ENCODED_WORDS = 200  # =?charset?b?...?= in one header field
MAX_HEADER_ENCODED_WORDS = 1000  # ... and in the header block at the top
MAX_ADDRESSES = 200  # addresses in one address field (To, Cc, Bcc...)
MAX_PARTS = 100  # MIME parts, the message itself included
MAX_DEPTH = 16  # parts inside parts
MAX_TEXT_BYTES = 2**20  # the text read of the body (more is cut, and said so)
MAX_HTML_BYTES = 512 * 2**10  # an HTML body turned into text (more is cut)
MAX_ATTACHMENT_BYTES = 64 * 2**10  # the text kept of an attachment
# Codecs whose decoding takes quadratic time (punycode) or that are no mail charset.
_UNSAFE_CHARSETS = frozenset({"punycode", "idna"})
_ADDRESS_FIELDS = frozenset({"from", "to", "cc", "bcc", "sender", "reply-to", "resent-from",
                             "resent-to", "resent-cc", "resent-bcc", "resent-sender"})
_HEADER_LINE = re.compile(rb"(From |[\041-\071\073-\176]*:|[\t ])")
_LINE = re.compile(rb"[^\r\n]*(?:\r\n|\r|\n)?")
# The start of an encoded word (=?utf-8?b?), as Python's header parser sees one.
_ENCODED_WORD = re.compile(r"=\?[^?\s]{0,80}\?[bBqQ]\?")
_ENCODED_WORD_BYTES = re.compile(rb"=\?[^?\s]{0,80}\?[bBqQ]\?")


class EmailRefused(TutorError):
    """A file beyond one of the limits above: refused before the step it would slow."""


def _refuse(message: str, name: str, **params: object) -> EmailRefused:
    return EmailRefused(message, path=name, **params)


def _check_bytes(data: bytes, name: str) -> None:
    """Size, lines and the header block at the top, on the bytes, before any parsing."""
    if len(data) > MAX_EML_BYTES:
        raise _refuse(QT_TRANSLATE_NOOP(
            "errors", "{path} is too large for an email ({size} bytes)."), name, size=len(data))
    lines = data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n")
    if lines > MAX_LINES:
        raise _refuse(QT_TRANSLATE_NOOP(
            "errors", "{path} has too many lines for an email ({count}; at most {limit})."),
            name, count=lines, limit=MAX_LINES)
    longest = max(map(len, data.splitlines()), default=0)
    if longest > MAX_LINE_BYTES:
        raise _refuse(QT_TRANSLATE_NOOP(
            "errors", "{path} has a line of {size} bytes: an email's lines are much "
            "shorter (at most {limit})."), name, size=longest, limit=MAX_LINE_BYTES)
    fields = size = 0
    for match in _LINE.finditer(data):
        line = match.group()
        if not line.strip(b"\r\n") or not _HEADER_LINE.match(line):
            break  # the end of the header block, as Python's parser finds it
        fields += line[:1] not in b" \t"
        size = match.end()
        if fields > MAX_HEADERS or size > MAX_HEADER_BYTES:
            raise _refuse(QT_TRANSLATE_NOOP(
                "errors", "{path} has too many header lines for an email (at most {count} "
                "lines, {limit} bytes)."), name, count=MAX_HEADERS, limit=MAX_HEADER_BYTES)
    if len(_ENCODED_WORD_BYTES.findall(data, 0, size)) > MAX_HEADER_ENCODED_WORDS:
        raise _refuse(QT_TRANSLATE_NOOP(
            "errors", "{path} has too many encoded words in its header (at most {limit})."),
            name, limit=MAX_HEADER_ENCODED_WORDS)


class _BoundedPolicy(policy.EmailPolicy):
    """policy.default, but every header field is measured before Python parses it (that
    is when a part's Content-Type, or the Subject, is first read)."""

    def header_fetch_parse(self, name: str, value: str) -> Any:
        if isinstance(value, str):
            _check_field(name, value)
        return super().header_fetch_parse(name, value)


def _check_field(name: str, value: str) -> None:
    where = "{path}"
    if len(value) > MAX_FIELD_CHARS:
        raise _refuse(QT_TRANSLATE_NOOP(
            "errors", "{path}: the header line {field} is too long ({size} characters; at "
            "most {limit})."), where, field=name[:80], size=len(value), limit=MAX_FIELD_CHARS)
    if len(_ENCODED_WORD.findall(value)) > MAX_ENCODED_WORDS:
        raise _refuse(QT_TRANSLATE_NOOP(
            "errors", "{path}: the header line {field} has too many encoded words (at most "
            "{limit})."), where, field=name[:80], limit=MAX_ENCODED_WORDS)
    if name.lower() in _ADDRESS_FIELDS and max(value.count("@"), value.count(",")) > MAX_ADDRESSES:
        raise _refuse(QT_TRANSLATE_NOOP(
            "errors", "{path}: the header line {field} has too many addresses (at most "
            "{limit})."), where, field=name[:80], limit=MAX_ADDRESSES)


_POLICY = _BoundedPolicy()


class _PartCounter:
    """The message factory of the parser: it counts the parts as the parser makes them,
    and stops it past MAX_PARTS (so before a 100,000-part file is in memory)."""

    def __init__(self) -> None:
        self.count = -1  # the parser makes one message to try the factory

    def __call__(self, policy: Any = _POLICY) -> EmailMessage:
        self.count += 1
        if self.count > MAX_PARTS:
            raise _refuse(QT_TRANSLATE_NOOP(
                "errors", "{path} has too many parts for an email (at most {limit})."),
                "{path}", limit=MAX_PARTS)
        return EmailMessage(policy=policy)


def _depth(message: EmailMessage) -> int:
    """How deep parts go inside parts (1: no parts), without recursion."""
    deepest, stack = 0, [(message, 1)]
    while stack:
        part, depth = stack.pop()
        deepest = max(deepest, depth)
        payload = part.get_payload() if part.is_multipart() else None
        if isinstance(payload, list) and depth <= MAX_DEPTH:
            stack.extend((p, depth + 1) for p in payload if isinstance(p, EmailMessage))
    return deepest


def _payload(part: MIMEPart, limit: int) -> tuple[bytes, bool]:
    """The start of a part's content, decoded from base64 or quoted-printable: at most
    ``limit`` bytes, and whether there was more. Only that start is ever decoded."""
    # The raw text as parsed (bytes outside ASCII kept as surrogates): get_payload() would
    # first decode all of it in the part's charset, whatever its size and charset.
    raw = getattr(part, "_payload", None)
    if not isinstance(raw, str) or part.is_multipart():
        return b"", False
    encoding = str(part.get("content-transfer-encoding", "")).strip().lower()
    if encoding == "base64":
        kept = raw[:limit * 2]  # at least 1.5 times limit once decoded
        text = re.sub(r"[^A-Za-z0-9+/]", "", kept.split("=", 1)[0])  # "=" ends the data
        text = text[:-1] if len(text) % 4 == 1 else text + "=" * (-len(text) % 4)
        try:
            data = binascii.a2b_base64(text)
        except (binascii.Error, ValueError):
            data = b""
        cut = len(data) > limit or len(kept) < len(raw)
    elif encoding == "quoted-printable":
        kept = raw[:limit * 3 + 3]  # "=XX" is one byte
        data = binascii.a2b_qp(kept.encode("ascii", "surrogateescape"))
        cut = len(data) > limit or len(kept) < len(raw)
    else:
        kept = raw[:limit + 1]
        data = kept.encode("ascii", "surrogateescape")
        cut = len(data) > limit
    return data[:limit], cut


def _decoded_text(data: bytes, charset: str | None) -> str:
    """Bytes as text in their charset; an unknown or unsafe charset reads as UTF-8 (or
    Windows' Latin), never an error."""
    if charset:
        try:
            if codecs.lookup(charset).name not in _UNSAFE_CHARSETS:
                return data.decode(charset, "replace")
        except (LookupError, UnicodeError, ValueError, TypeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def from_eml(data: bytes, name: str = "") -> Mail:
    """Read an .eml file (or a text with "To:", "Subject:"... lines at the top). A file
    beyond a limit raises EmailRefused, which names the file ``name``."""
    name = name or "the email"
    try:
        return _read(data, name)
    except (ValueError, LookupError, MessageError, AttributeError, TypeError) as exc:
        # Python's email package on a malformed header or part: UnicodeError, IndexError,
        # and AttributeError from its address parser ("'Group' object has no attribute
        # 'local_part'", on an address list a fuzzer mangled).
        if isinstance(exc, NotAnEmail):
            raise
        raise NotAnEmail(str(exc)[:200]) from exc
    except EmailRefused as exc:
        if exc.params.get("path") == "{path}":
            raise EmailRefused(exc.source, **{**exc.params, "path": name}) from None
        raise
    except RecursionError as exc:  # never expected within the limits above
        raise _refuse(QT_TRANSLATE_NOOP(
            "errors", "{path} has too many parts for an email (at most {limit})."),
            name, limit=MAX_PARTS) from exc


def _read(data: bytes, name: str) -> Mail:
    _check_bytes(data, name)
    message = cast(EmailMessage, BytesParser(_PartCounter(), policy=_POLICY).parsebytes(data))
    if _depth(message) > MAX_DEPTH:
        raise _refuse(QT_TRANSLATE_NOOP(
            "errors", "{path} has parts nested too deep for an email (at most {limit})."),
            name, limit=MAX_DEPTH)
    headers = {k.lower() for k in message.keys()}
    if not headers & {"to", "cc", "bcc", "subject", "from"}:
        raise NotAnEmail("no email headers")

    def entries(field: str) -> tuple[str, ...]:
        values = [str(v) for v in message.get_all(field, [])]
        return tuple(
            f"{n} <{a}>" if n else a for n, a in getaddresses(values) if a or n
        )

    body_part = message.get_body(preferencelist=("plain", "html"))
    body, cut = "", False
    if body_part is not None and "content-type" not in headers:
        # A hand-written text file with headers: its bytes are UTF-8 (or Windows') text.
        raw, cut = _payload(body_part, MAX_TEXT_BYTES)
        body = _decoded_text(raw, None)
    elif body_part is not None:
        html = body_part.get_content_subtype() == "html"
        raw, cut = _payload(body_part, MAX_HTML_BYTES if html else MAX_TEXT_BYTES)
        body = _decoded_text(raw, body_part.get_content_charset())
        if html:
            body = _strip_html(body)
    attachments = []
    for part in message.iter_attachments():
        file_name = part.get_filename() or "attachment"
        text = ""
        if part.get_content_maintype() in ("text", "application"):
            text = _payload(part, MAX_ATTACHMENT_BYTES)[0].decode("utf-8", "replace")
        attachments.append(Document.model_construct(name=file_name, text=text))
    date = None
    if message["Date"]:
        try:
            date = parsedate_to_datetime(str(message["Date"]))
        except (TypeError, ValueError, OverflowError):
            date = None
    return Mail(
        sender=str(message.get("From", "")),
        to=entries("To"), cc=entries("Cc"), bcc=entries("Bcc"),
        subject=str(message.get("Subject", "")),
        body=body.replace("\r\n", "\n"),
        attachments=tuple(attachments),
        date=date,
        message_id=str(message.get("Message-ID", "")),
        in_reply_to=str(message.get("In-Reply-To", "")),
        text_cut=cut,
    )


def _strip_html(html: str) -> str:
    from html.parser import HTMLParser

    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in ("br", "p", "div"):
                self.parts.append("\n")

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    parser = Text()
    parser.feed(html)
    return re.sub(r"\n{3,}", "\n\n", "".join(parser.parts)).strip()


def address_entries(mail: Mail) -> list[tuple[str, str]]:
    """(field, entry) for every recipient entry."""
    return [(f, e) for f, entries in (("to", mail.to), ("cc", mail.cc), ("bcc", mail.bcc))
            for e in entries]


