"""Hostile .eml (and .txt) answers: what a trainer may be handed to grade with
``tutor grade --exercise PACK/TASK FILE``, by mistake or malice.

``generate()`` returns ``{name: bytes}``; each must be refused with a ``TutorError`` or
graded (a verdict), within the limits of ``tests.hostile.parse``: never a traceback,
never the memory or time limit. The first one is issue 15's: a 140 KB Subject of
encoded words took 745 MB to parse."""

from __future__ import annotations

import base64

KIND = "eml"
EXERCISE = "email-en-first-emails/reply-to-trainer"

TO = b"To: Maria Lopez <maria.lopez@centre.example>\r\n"
HEAD = (b"From: Amina Diallo <amina@mail.example>\r\n" + TO
        + b"Subject: Re: Workshop on Thursday\r\nDate: Tue, 07 Apr 2026 09:15:00 +0000\r\n")
TEXT = (b"Dear Maria,\r\n\r\nThank you for the invitation. Yes, I will come to the workshop "
        b"on Thursday at 10:00.\r\n\r\nKind regards,\r\nAmina\r\n")
MIME = b"MIME-Version: 1.0\r\n"


def _encoded_words(count: int, separator: bytes = b" ") -> bytes:
    return separator.join([b"=?utf-8?b?w6lsw6h2ZQ==?="] * count)


def _nested_multipart(depth: int) -> bytes:
    opening = b"".join(b"Content-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n--b%d\r\n" % (i, i)
                       for i in range(depth))
    closing = b"".join(b"\r\n--b%d--\r\n" % i for i in reversed(range(depth)))
    return HEAD + MIME + opening + b"Content-Type: text/plain\r\n\r\n" + TEXT + closing


def _many_parts(count: int) -> bytes:
    part = b"--p\r\nContent-Type: text/plain\r\n\r\nx\r\n"
    return (HEAD + MIME + b"Content-Type: multipart/mixed; boundary=p\r\n\r\n" + part * count
            + b"--p--\r\n")


def _body(content_type: bytes, encoding: bytes, body: bytes) -> bytes:
    return (HEAD + MIME + b"Content-Type: " + content_type + b"\r\nContent-Transfer-Encoding: "
            + encoding + b"\r\n\r\n" + body)


def _base64_lines(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def generate() -> dict[str, bytes]:
    words = b"Thank you for the invitation, I will come on Thursday. " * 20
    return {
        # Encoded words: Python's header parser keeps the rest of the header for each.
        "encoded-words-140kb-subject": HEAD.replace(b"Subject: Re: Workshop on Thursday",
                                                    b"Subject: " + b"=?utf-8?q?a?= " * 10_000)
        + b"\r\n" + TEXT,
        "encoded-words-5mb-subject": TO + b"Subject: " + _encoded_words(230_000) + b"\r\n\r\n"
        + TEXT,
        "encoded-words-folded": TO + b"Subject: " + _encoded_words(20_000, b"\r\n ")
        + b"\r\n\r\n" + TEXT,
        "encoded-words-in-to": b"Subject: x\r\nTo: " + b", ".join(
            [b"=?utf-8?q?Mar=C3=ADa?= <maria.lopez@centre.example>"] * 3000) + b"\r\n\r\n" + TEXT,
        "encoded-words-in-a-part": HEAD + MIME + b"Content-Type: multipart/mixed; boundary=p"
        b"\r\n\r\n--p\r\nContent-Type: text/plain; name=\"" + _encoded_words(8000)
        + b"\"\r\n\r\n" + TEXT + b"--p--\r\n",
        "encoded-words-300-in-a-part-header": HEAD + MIME + b"Content-Type: multipart/mixed;"
        b" boundary=p\r\n\r\n--p\r\nContent-Type: text/plain; name=\"" + _encoded_words(300)
        + b"\"\r\n\r\n" + TEXT + b"--p--\r\n",
        "encoded-words-unknown-charset": HEAD.replace(b"Re: Workshop", b"=?x-nothing?q?Re?= "
                                                      b"=?punycode?q?abc-def?= Workshop") + b"\r\n"
        + TEXT,
        # Headers: many, long, folded.
        "headers-20000": HEAD + b"".join(b"X-Header-%d: value\r\n" % i for i in range(20_000))
        + b"\r\n" + TEXT,
        "header-of-1mb": TO + b"Subject: " + b"a" * 2**20 + b"\r\n\r\n" + TEXT,
        "header-folded-100000-times": TO + b"Subject: " + b"\r\n word" * 100_000 + b"\r\n\r\n"
        + TEXT,
        "header-of-many-parameters": HEAD + MIME + b"Content-Type: text/plain" + b"".join(
            b";\r\n p%d=v" % i for i in range(20_000)) + b"\r\n\r\n" + TEXT,
        "filename-in-10000-rfc2231-pieces": HEAD + MIME + b"Content-Type: multipart/mixed; "
        b"boundary=p\r\n\r\n--p\r\n\r\n" + TEXT + b"--p\r\nContent-Disposition: attachment"
        + b"".join(b";\r\n filename*%d*=utf-8''%%C3%%A9" % i for i in range(10_000))
        + b"\r\n\r\nx\r\n--p--\r\n",
        "addresses-100000-in-to": b"Subject: x\r\nTo: " + b", ".join(
            b"a%d@b.example" % i for i in range(100_000)) + b"\r\n\r\n" + TEXT,
        "addresses-300-in-to": b"Subject: x\r\nTo: " + b",\r\n ".join(
            b"a%d@b.example" % i for i in range(300)) + b"\r\n\r\n" + TEXT,
        "address-of-nested-comments": b"Subject: x\r\nTo: " + b"(" * 20_000 + b"a@b.example"
        + b")" * 20_000 + b"\r\n\r\n" + TEXT,
        "date-of-the-year-99999999": HEAD.replace(b"2026", b"99999999") + b"\r\n" + TEXT,
        # MIME: nesting, parts, boundaries.
        "mime-nested-10000-levels": _nested_multipart(10_000),
        "mime-nested-20-levels": _nested_multipart(20),
        "rfc822-nested-10000-levels": HEAD + MIME
        + b"Content-Type: message/rfc822\r\n\r\n" * 10_000 + b"\r\n" + TEXT,
        "mime-100000-parts": _many_parts(100_000),
        "mime-60000-parts": _many_parts(60_000).replace(b"Content-Type: text/plain\r\n", b""),
        "mime-90-parts": _many_parts(90),
        "boundary-never-ends": HEAD + MIME + b"Content-Type: multipart/mixed; boundary=never"
        b"\r\n\r\n--never\r\nContent-Type: text/plain\r\n\r\n" + TEXT + (words + b"\r\n") * 4000,
        "boundaries-broken": HEAD + MIME + b"Content-Type: multipart/alternative; boundary="
        b"\"a\"\r\n\r\n--b\r\n--a-\r\n--a\r\nContent-Type: multipart/mixed\r\n\r\n--\r\n"
        + TEXT + b"--a--\r\n--a--\r\n",
        # Content: encoded sizes, HTML, odd bytes and charsets.
        "base64-bomb-7mb": _body(b"text/plain; charset=utf-8", b"base64",
                                 _base64_lines(TEXT + b"A" * 7 * 10**6)),
        "base64-attachment-7mb": HEAD + MIME + b"Content-Type: multipart/mixed; boundary=p"
        b"\r\n\r\n--p\r\nContent-Type: text/plain\r\n\r\n" + TEXT + b"--p\r\nContent-Type: "
        b"application/pdf; name=CV.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + _base64_lines(b"\0" * 7 * 10**6) + b"--p--\r\n",
        "base64-garbage": _body(b"text/plain", b"base64", b"!!!!====@@@@\r\n" * 100_000),
        "quoted-printable-flood": _body(b"text/plain; charset=utf-8", b"quoted-printable",
                                        TEXT + (b"=41" * 25 + b"=\r\n") * 100_000),
        "quoted-printable-soft-breaks": _body(b"text/plain", b"quoted-printable",
                                              TEXT + b"=\r\n" * 240_000),
        "html-of-8mb": _body(b"text/html; charset=utf-8", b"8bit",
                             b"<p>" + TEXT + b"</p>" + (b"<p>" + words + b"</p>\r\n") * 7000),
        "html-nested-500000-tags": _body(b"text/html", b"8bit", (b"<div>" * 50 + b"\r\n") * 10_000
                                         + TEXT),
        "html-unclosed-constructs": _body(b"text/html", b"8bit", TEXT + (b"<!--<![CDATA[<a "
                                                                         b"href='\r\n") * 50_000),
        "nul-bytes": HEAD.replace(b"Workshop", b"Work\0shop") + b"\r\n" + TEXT.replace(b" ", b"\0")
        + (b"\0" * 1000 + b"\r\n") * 1000,
        "invalid-utf8": HEAD.replace(b"Workshop", b"Work\xff\xfeshop") + b"\r\n" + TEXT
        + (bytes(range(128, 256)) * 8 + b"\r\n") * 2000,
        "unknown-charset": _body(b"text/plain; charset=x-no-such-charset", b"8bit", TEXT),
        "punycode-charset": _body(b"text/plain; charset=punycode", b"8bit",
                                  b"a" * 300_000 + b"-" + b"99zz" * 100_000),
        "punycode-charset-lines": _body(b"text/plain; charset=punycode", b"8bit",
                                        (b"a" * 1000 + b"\r\n") * 300 + b"-" + b"99zz" * 50_000),
        "line-of-10mb": TO + b"Subject: Re: x\r\n\r\n" + b"x" * 10_000_000,
        "newlines-10mb": TO + b"Subject: Re: x\r\n\r\n" + b"\n" * 10_000_000,
        "file-over-10mb": HEAD + b"\r\n" + TEXT * 100_000,
        "text-file-5mb": b"To: maria.lopez@centre.example\nSubject: Re: Workshop\n\n"
        + TEXT.replace(b"\r\n", b"\n") + words.replace(b". ", b".\n") * 4500,
        "words-of-100-hyphens": HEAD + b"\r\n" + TEXT + b"-".join([b"ab"] * 100) * 20 + b"\r\n",
        "one-word-of-100000-letters": HEAD + b"\r\n" + b"Dear" + b"a" * 100_000 + b"\r\n" + TEXT,
        "empty": b"",
        "random-bytes": bytes(range(256)) * 4096,
    }
