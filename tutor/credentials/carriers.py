"""A credential in the files that carry it: a badge PNG, a PDF certificate, a QR code.

- **PNG** (the Open Badges 3.0 "baking" rule): an uncompressed ``iTXt`` chunk with the
  keyword ``openbadgecredential`` holding the credential's JSON, before ``IEND``. Chunks
  are read and written here with ``zlib.crc32`` (the format is 30 lines; reading only
  walks chunk headers, bounded in count and size, and never decodes the picture).
- **PDF**: embedded files (``credential.json``, ``evidence.json``) added and read with
  ``pypdf``; a PDF over 20 MB is refused before it is parsed.
- **QR code**: ``TVC1:`` + Base45 (RFC 9285) of zlib of the credential's canonical JSON,
  so it fits the QR alphanumeric mode; ``segno`` draws it.
"""

from __future__ import annotations

import io
import struct
import zlib
from typing import Any

from tutor.credentials import proof

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
KEYWORD = b"openbadgecredential"
MAX_PNG_BYTES = 20 * 2**20
MAX_CHUNKS = 10_000
MAX_PDF_BYTES = 20 * 2**20
MAX_EMBEDDED = 4 * 2**20  # evidence of 5 minutes' typing is about 60 KB
QR_PREFIX = "TVC1:"
CARD_QR_PREFIX = "TCC1:"
MAX_QR_TEXT = 4296  # the most a QR code holds (alphanumeric, version 40-L)


class CarrierError(ValueError):
    pass


# -- PNG -----------------------------------------------------------------------------
def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    if len(data) > MAX_PNG_BYTES or not data.startswith(PNG_SIGNATURE):
        raise CarrierError("not a PNG")
    at, found = len(PNG_SIGNATURE), list[tuple[bytes, bytes]]()
    while at + 8 <= len(data) and len(found) < MAX_CHUNKS:
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        if at + 12 + length > len(data):
            raise CarrierError("a PNG cut short")
        found.append((kind, data[at + 8:at + 8 + length]))
        at += 12 + length
        if kind == b"IEND":
            return found
    raise CarrierError("a PNG without its end")


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_with(png: bytes, credential: dict[str, Any]) -> bytes:
    """The picture ``png`` with ``credential`` baked in (any earlier one replaced)."""
    import json

    text = json.dumps(credential, ensure_ascii=False).encode("utf-8")
    body = KEYWORD + b"\0" + b"\0\0" + b"\0" + b"\0" + text  # uncompressed, no language
    out = [PNG_SIGNATURE]
    for kind, chunk in _chunks(png):
        if kind == b"iTXt" and chunk.startswith(KEYWORD + b"\0"):
            continue
        if kind == b"IEND":
            out.append(_chunk(b"iTXt", body))
        out.append(_chunk(kind, chunk))
    return b"".join(out)


def credential_in_png(png: bytes) -> bytes | None:
    """The credential's JSON bytes baked in ``png``, or None."""
    for kind, chunk in _chunks(png):
        if kind == b"iTXt" and chunk.startswith(KEYWORD + b"\0"):
            rest = chunk[len(KEYWORD) + 1:]
            if len(rest) < 2:
                return None
            compressed, rest = rest[0], rest[2:]
            _language, _, rest = rest.partition(b"\0")
            _translated, _, text = rest.partition(b"\0")
            if compressed:
                inflater = zlib.decompressobj()
                text = inflater.decompress(text, MAX_EMBEDDED)
            return text
    return None


# -- PDF -----------------------------------------------------------------------------
def pdf_with(pdf: bytes, files: dict[str, bytes]) -> bytes:
    """``pdf`` with ``files`` embedded (attachments a PDF reader lists)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for name, data in files.items():
        writer.add_attachment(name, data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def files_in_pdf(pdf: bytes) -> dict[str, bytes]:
    """The files embedded in ``pdf`` (bounded: 20 MB of PDF, 4 MB a file)."""
    if len(pdf) > MAX_PDF_BYTES or not pdf.startswith(b"%PDF"):
        raise CarrierError("not a PDF")
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(pdf))
        found: dict[str, bytes] = {}
        for name, contents in list(reader.attachments.items())[:16]:
            for data in contents[:1]:
                if len(data) <= MAX_EMBEDDED:
                    found[str(name)] = bytes(data)
        return found
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError,
            zlib.error, OSError, IndexError, AssertionError) as exc:
        raise CarrierError("a damaged PDF") from exc


# -- QR --------------------------------------------------------------------------------
BASE45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_B45 = {c: i for i, c in enumerate(BASE45)}


def b45encode(data: bytes) -> str:
    out = []
    for i in range(0, len(data) - 1, 2):
        n = data[i] * 256 + data[i + 1]
        e, n = divmod(n, 45 * 45)
        d, c = divmod(n, 45)
        out += [BASE45[c], BASE45[d], BASE45[e]]
    if len(data) % 2:
        d, c = divmod(data[-1], 45)
        out += [BASE45[c], BASE45[d]]
    return "".join(out)


def b45decode(text: str) -> bytes:
    if any(c not in _B45 for c in text) or len(text) % 3 == 1:
        raise CarrierError("not Base45")
    out = bytearray()
    for i in range(0, len(text), 3):
        group = [_B45[c] for c in text[i:i + 3]]
        n = sum(v * 45**k for k, v in enumerate(group))
        if len(group) == 3:
            if n > 0xFFFF:
                raise CarrierError("not Base45")
            out += n.to_bytes(2, "big")
        else:
            if n > 0xFF:
                raise CarrierError("not Base45")
            out.append(n)
    return bytes(out)


def qr_text(document: dict[str, Any], prefix: str = QR_PREFIX) -> str:
    return prefix + b45encode(zlib.compress(proof.canonical(document), 9))


def from_qr_text(text: str) -> bytes:
    """The JSON bytes a QR code's text carries (``TVC1:`` credential, ``TCC1:`` card)."""
    text = text.strip()
    if len(text) > MAX_QR_TEXT or not text.startswith((QR_PREFIX, CARD_QR_PREFIX)):
        raise CarrierError("not a Tutor QR code")
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(b45decode(text[5:]), 64 * 1024)
    except zlib.error as exc:
        raise CarrierError("a damaged QR code") from exc
    if inflater.unconsumed_tail:
        raise CarrierError("too big for a QR code")
    return data


def qr_png(text: str, scale: int = 4) -> bytes:
    import segno

    out = io.BytesIO()
    segno.make(text, error="m", micro=False).save(out, kind="png", scale=scale, border=4)
    return out.getvalue()


def credential_bytes(data: bytes) -> bytes | None:
    """The credential JSON carried by a file, whatever it is (JSON, PNG, PDF, QR text)."""
    if data.startswith(PNG_SIGNATURE):
        return credential_in_png(data)
    if data.startswith(b"%PDF"):
        files = files_in_pdf(data)
        return files.get("credential.json")
    stripped = data.strip()
    if stripped.startswith(QR_PREFIX.encode()):
        return from_qr_text(stripped.decode("ascii", "replace"))
    return data
