"""Hostile credentials: what an employer or a trainer may be handed to check with
``tutor verify`` (or the app): PDFs, PNGs, JSON and QR texts made to exhaust a parser.

``generate()`` returns ``{name: bytes}``; none is a valid credential, each must get a
verdict (never a traceback) within the limits of ``tests.hostile.parse``."""

from __future__ import annotations

import io
import json
import struct
import zlib

KIND = "credential"

CREDENTIAL_SHAPE = {"type": ["VerifiableCredential", "OpenBadgeCredential"], "issuer": {"id": "x"},
                    "credentialSubject": {}, "proof": {}}


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png(*chunks: bytes) -> bytes:
    header = _chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + header + b"".join(chunks) + _chunk(b"IEND", b"")


def _pdf_with(stream: bytes, extra: bytes = b"") -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.add_attachment("credential.json", stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue() + extra


def _qr(payload: bytes) -> bytes:
    from tutor.credentials.carriers import b45encode

    return b"TVC1:" + b45encode(zlib.compress(payload, 9)).encode()


def generate() -> dict[str, bytes]:
    from tutor.credentials.carriers import KEYWORD

    deep = b'{"a":' * 200_000 + b"1" + b"}" * 200_000
    shaped = json.dumps(CREDENTIAL_SHAPE).encode()
    return {
        "empty": b"",
        "pdf-header-only": b"%PDF-1.7\n",
        "pdf-cycle-of-objects": (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 1 0 R /Names 1 0 R >> endobj\n"
                                 b"trailer << /Root 1 0 R >>\n%%EOF"),
        "pdf-attachment-64mb-inflated": _pdf_with(b"\0" * (64 * 2**20)),  # a zip bomb inside
        "pdf-attachment-deep-json": _pdf_with(deep),
        "pdf-attachment-shaped-no-proof": _pdf_with(shaped),
        "png-chunk-length-4gb": b"\x89PNG\r\n\x1a\n" + b"\xff\xff\xff\xffiTXt" + b"x" * 100,
        "png-100k-empty-chunks": _png(*[_chunk(b"tEXt", b"") for _ in range(100_000)]),
        "png-compressed-itxt-bomb": _png(_chunk(b"iTXt", KEYWORD + b"\0\x01\0\0\0"
                                                + zlib.compress(b"{" * (200 * 2**20), 9))),
        "png-itxt-deep-json": _png(_chunk(b"iTXt", KEYWORD + b"\0\0\0\0\0" + deep)),
        "json-deep": deep,
        "json-huge-number": (b'{"issuer": {}, "credentialSubject": {}, "proof": {}, "n": 1'
                             + b"0" * 100_000 + b"}"),
        "json-shaped-bad-proof": json.dumps({**CREDENTIAL_SHAPE, "proof": {
            "type": "DataIntegrityProof", "cryptosuite": "eddsa-jcs-2022", "created": "2026-01-01T00:00:00Z",
            "verificationMethod": "did:key:z" + "1" * 5000, "proofValue": "z" + "2" * 100_000}}).encode(),
        "qr-bomb": _qr(b"[" * (8 * 2**20)),
        "qr-bad-base45": b"TVC1:" + b"::::" * 1000,
    }
