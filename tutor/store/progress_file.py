"""Progress files: a learner's progress carried from one PC to another.

A ``.tutorprogress`` file is a zip archive with two members (format documented in
``docs/progress-format.md``):

- ``manifest.json``: the format and its version, the app version, the id of the
  installation that wrote it, when, the learner's profile, how many attempts, the
  SHA-256 of ``attempts.jsonl``, and the installation certificates its proofs need;
- ``attempts.jsonl``: the learner's attempts, one JSON object per line, each with its
  ``proof`` (eddsa-jcs-2022): signed by this installation's key when the attempt was
  recorded here, or the proof it arrived with when a centre this PC trusts vouched for it
  (an attempt that could not be checked here travels without a proof).

Format version 2 (signed attempts); version 1 files are still read, as unsigned.

Import adds the attempts this database lacks (a union by attempt UUID) and is
idempotent. It is one transaction, and a file that is not right in any way is refused
before anything is written.

A file never weakens a profile. Anyone at a shared PC can make a file, so a file carries
no PIN (not even its hash: a 4-digit PIN is found from its hash in seconds), and into a
learner who exists on this PC it adds activities only with that learner's PIN *on this
PC* when they have one; it replaces their name, picture and preferences only with that
PIN (or for the trainer), and never their PIN. A learner new to this PC chooses a PIN
here. Dates must lie between ``EARLIEST`` and now plus ``CLOCK_SKEW``, and numbers must
be finite and of a sane size, so no file is "newest forever" and no value can break a
query. The SHA-256 in the manifest detects damage (a file copied in part), not forgery:
whoever can write a file can compute it. Forgery is what the proofs detect: each
attempt is kept with its **provenance** (``Attempt.provenance``): verified by which
centre, or why not (``tutor.credentials.installation.check_record``), and reports count
only this PC's attempts and verified ones.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import struct
import unicodedata
import uuid
import zipfile
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import select

from tutor import __version__, pins
from tutor.atomic_write import write_atomically
from tutor.attempt import sane_json
from tutor.credentials import centre as centres
from tutor.credentials import installation as installations
from tutor.credentials import proof as proofs
from tutor.errors import TutorError
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.store.db import Database
from tutor.store.models import Attempt, Learner, LearnerAlias, utcnow
from tutor.text import fold

log = logging.getLogger(__name__)

FORMAT = "tutor-progress"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)  # version 1: no proofs
MAX_CERTIFICATES = 100  # installations whose attempts one learner's file carries
SUFFIX = ".tutorprogress"
MANIFEST, ATTEMPTS = "manifest.json", "attempts.jsonl"
MAX_FILE_BYTES = 64 * 2**20  # a learner's whole history is a few MB at most
MAX_MEMBER_BYTES = {MANIFEST: 2**20, ATTEMPTS: 256 * 2**20}
MAX_RATIO = 200  # uncompressed / compressed: more is a zip bomb, not progress
EARLIEST = datetime(2024, 1, 1, tzinfo=UTC)  # before Tutor existed: a made-up date
CLOCK_SKEW = timedelta(days=2)  # a PC whose clock is a little ahead is not a forger
# What a damaged archive can raise while it is read.
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError,
               struct.error, zlib.error, NotImplementedError, RuntimeError, IndexError,
               KeyError, UnicodeDecodeError)


class ProgressFileError(TutorError):
    """The file cannot be imported; nothing was changed."""


class PinRequired(TutorError):
    """The learner in the file has a PIN, and it was not given (or was wrong)."""


def _refuse(message: str, **params: object) -> ProgressFileError:
    return ProgressFileError(message, **params)


# -- the records -------------------------------------------------------------------------
class LearnerRecord(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: uuid.UUID
    display_name: str = Field(min_length=1, max_length=80)
    picture: str = Field(max_length=40)
    ui_language: str = Field(max_length=8)
    keyboard_layout: str = Field(max_length=16)
    text_size: str = Field(max_length=16)
    settings: dict[str, Any] = {}
    # Files written before Tutor 0.2 carried the PIN's hash; it is read and never used.
    pin_hash: str | None = Field(default=None, max_length=200)
    has_pin: bool = False  # the learner had a PIN where the file was made
    created_at: AwareDatetime  # a time without its zone is refused
    updated_at: AwareDatetime
    archived: bool = False



class AttemptRecord(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: uuid.UUID
    learner_id: uuid.UUID
    skill: str = Field(min_length=1, max_length=32)
    exercise_id: str = Field(min_length=1, max_length=128)
    pack_id: str = Field(min_length=1, max_length=128)
    pack_version: str = Field(max_length=32)
    started_at: AwareDatetime
    finished_at: AwareDatetime
    score: float = Field(ge=0, le=1)
    passed: bool
    metrics: dict[str, Any] = {}
    details: dict[str, Any] = {}
    proof: dict[str, Any] | None = None  # eddsa-jcs-2022 over the record without it


class Manifest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    format: str
    format_version: int
    app_version: str = ""
    installation_id: str = ""
    exported_at: datetime | None = None
    learner: LearnerRecord
    attempts: int = Field(ge=0)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    # The installation certificates the attempts' proofs need (version 2).
    certificates: list[dict[str, Any]] = Field(default=[], max_length=MAX_CERTIFICATES)


@dataclass(frozen=True)
class ProgressFile:
    manifest: Manifest
    attempts: tuple[AttemptRecord, ...]

    @property
    def learner(self) -> LearnerRecord:
        return self.manifest.learner


# -- writing ---------------------------------------------------------------------------
installation_id = installations.installation_id  # (kept here for its callers)


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def learner_record(learner: Learner) -> dict[str, Any]:
    return {
        "id": str(learner.id),
        "display_name": learner.display_name,
        "picture": learner.picture,
        "ui_language": learner.ui_language,
        "keyboard_layout": learner.keyboard_layout,
        "text_size": learner.text_size,
        "settings": learner.settings or {},
        "has_pin": learner.pin_hash is not None,
        "created_at": _iso(learner.created_at),
        "updated_at": _iso(learner.updated_at),
        "archived": learner.archived,
    }


def attempt_record(attempt: Attempt | AttemptRecord, learner_id: uuid.UUID) -> dict[str, Any]:
    """The record of an attempt as a file carries it, without its proof: what is signed."""
    return {
        "id": str(attempt.id),
        "learner_id": str(learner_id),
        "skill": attempt.skill,
        "exercise_id": attempt.exercise_id,
        "pack_id": attempt.pack_id,
        "pack_version": attempt.pack_version,
        "started_at": _iso(attempt.started_at),
        "finished_at": _iso(attempt.finished_at),
        "score": attempt.score,
        "passed": attempt.passed,
        "metrics": attempt.metrics or {},
        "details": attempt.details or {},
    }


def default_file_name(learner: Learner, when: datetime | None = None) -> str:
    """``<name>-<date>.tutorprogress``, with a name safe on every file system."""
    name = unicodedata.normalize("NFKD", learner.display_name)
    safe = "".join(c if c.isalnum() else "-" for c in name if not unicodedata.combining(c))
    safe = "-".join(part for part in safe.split("-") if part) or "learner"
    return f"{safe}-{(when or datetime.now(UTC)).strftime('%Y-%m-%d')}{SUFFIX}"


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    attempts: int


def export_learner(db: Database, learner_id: uuid.UUID, path: Path) -> ExportSummary:
    """Write the learner's progress to ``path`` (atomically: a power cut leaves either
    the old file or the new one, never half of one)."""
    with db.reading() as session:
        learner = session.get(Learner, learner_id)
        if learner is None:
            raise _refuse(QT_TRANSLATE_NOOP("errors", "This learner no longer exists."))
        attempts = list(session.scalars(
            select(Attempt).where(Attempt.learner_id == learner_id)
            .order_by(Attempt.finished_at, Attempt.id)
        ))
    records, certificates = _signed_records(db, attempts, learner_id)
    lines = "".join(
        json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n" for record in records
    ).encode("utf-8")
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "installation_id": installation_id(db),
        "exported_at": _iso(datetime.now(UTC)),
        "learner": learner_record(learner),
        "attempts": len(attempts),
        "sha256": hashlib.sha256(lines).hexdigest(),
        "certificates": certificates,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
        archive.writestr(ATTEMPTS, lines)
    _write_atomically(Path(path), buffer.getvalue())
    return ExportSummary(Path(path), len(attempts))


def _signed_records(db: Database, attempts: list[Attempt], learner_id: uuid.UUID,
                    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Each attempt's record with its proof, and the certificates those proofs need.

    Recorded on this PC (no provenance): signed now by this installation's key (with its
    certificate, when the centre certified it). Imported and verified: the proof it came
    with, and its certificate; but not when it came under another learner id (a linked
    or merged profile): the proof covers the learner id, and this PC does not sign for
    another's attempt. Imported and not verified: no proof, so no PC launders it."""
    key = installations.installation_key(db)
    own = installations.certificate(db)
    now = datetime.now(UTC)
    certificates: dict[str, dict[str, Any]] = {}

    def need(certificate: object) -> None:
        if isinstance(certificate, dict) and isinstance(certificate.get("proof"), dict):
            certificates.setdefault(str(certificate["proof"].get("proofValue")), certificate)

    records = []
    for attempt in attempts:
        record = attempt_record(attempt, learner_id)
        provenance = attempt.provenance
        if provenance is None:
            try:
                record = proofs.sign(record, key, now)
            except (ValueError, TypeError):  # text JCS cannot write (a lone surrogate)
                log.warning("attempt %s could not be signed", attempt.id)
            else:
                need(own)
        elif provenance.get("verified") is True and isinstance(provenance.get("proof"), dict) \
                and provenance.get("learner", str(learner_id)) == str(learner_id):
            record["proof"] = provenance["proof"]
            need(provenance.get("certificate"))
        records.append(record)
    return records, list(certificates.values())[:MAX_CERTIFICATES]


def _write_atomically(path: Path, data: bytes) -> None:
    try:
        write_atomically(path, data)
    except OSError as exc:
        if exc.errno == 28:
            raise _refuse(QT_TRANSLATE_NOOP(
                "errors", "The USB stick or disk is full: the progress file was not saved."
            )) from exc
        raise _refuse(QT_TRANSLATE_NOOP(
            "errors", "The progress file could not be saved in {path} ({reason})."
        ), path=str(path), reason=exc.strerror or str(exc)) from exc


# -- reading ---------------------------------------------------------------------------
def read_progress_file(path: Path) -> ProgressFile:
    """Read and check a progress file; a clear refusal for anything wrong."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _refuse(QT_TRANSLATE_NOOP(
                "errors", "{name} is too large to be a progress file."), name=path.name)
        data = path.read_bytes()
    except OSError as exc:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "{name} cannot be read ({reason})."),
                      name=path.name, reason=exc.strerror or str(exc)) from exc
    return parse_progress_bytes(data, path.name)


def _not_progress(name: str) -> ProgressFileError:
    return _refuse(QT_TRANSLATE_NOOP(
        "errors",
        "{name} is not a Tutor progress file, or it is damaged (for example copied only "
        "in part). Nothing was changed.",
    ), name=name)


class _NotFinite(ValueError):
    pass


def _no_constants(text: str) -> object:
    raise _NotFinite(text)  # NaN, Infinity, -Infinity: no figure is one


def _json(raw: bytes | str) -> object:
    """Strict JSON: no NaN or Infinity, no number of thousands of digits, no nesting
    deeper than the stack allows."""
    return json.loads(raw, parse_constant=_no_constants)


def _dates_in_range(progress: ProgressFile, now: datetime) -> bool:
    latest = now + CLOCK_SKEW
    learner = progress.learner
    dates = [learner.created_at, learner.updated_at]
    if progress.manifest.exported_at is not None:
        dates.append(progress.manifest.exported_at)
    for attempt in progress.attempts:
        if attempt.finished_at < attempt.started_at:
            return False
        dates += (attempt.started_at, attempt.finished_at)
    return all(date.tzinfo is not None and EARLIEST <= date <= latest for date in dates)


def parse_progress_bytes(data: bytes, name: str = "file",
                         now: datetime | None = None) -> ProgressFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS as exc:
        raise _not_progress(name) from exc
    with archive:
        members = {}
        for info in archive.infolist():
            member = info.filename
            if member.startswith(("/", "\\")) or ".." in member.replace("\\", "/").split("/") \
                    or ":" in member:
                raise _refuse(QT_TRANSLATE_NOOP(
                    "errors", "{name} contains unsafe paths and was refused."), name=name)
            if member not in MAX_MEMBER_BYTES:
                continue  # unknown members are ignored, never extracted
            if member in members:
                raise _not_progress(name)
            members[member] = info
        if set(members) != set(MAX_MEMBER_BYTES):
            raise _not_progress(name)
        raw = {m: _read_member(archive, info, name) for m, info in members.items()}
    try:
        manifest_data = _json(raw[MANIFEST].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _not_progress(name) from exc
    if not isinstance(manifest_data, dict) or manifest_data.get("format") != FORMAT:
        raise _not_progress(name)
    version = manifest_data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > max(READABLE_VERSIONS):
        raise _refuse(QT_TRANSLATE_NOOP(
            "errors",
            "{name} was made by a newer version of Tutor. Ask your trainer to update Tutor "
            "on this computer, then load it again.",
        ), name=name)
    try:
        manifest = Manifest.model_validate(manifest_data)
    except (ValidationError, OverflowError, ValueError) as exc:
        raise _not_progress(name) from exc
    if not sane_json(manifest_data):
        raise _not_progress(name)
    if manifest.format_version not in READABLE_VERSIONS:
        raise _not_progress(name)
    if manifest.format_version == 1:
        manifest.certificates = []
    if hashlib.sha256(raw[ATTEMPTS]).hexdigest() != manifest.sha256:
        raise _refuse(QT_TRANSLATE_NOOP(
            "errors",
            "{name} has been changed or damaged since it was saved (its check does not "
            "match). Nothing was changed.",
        ), name=name)
    attempts = []
    try:
        for line in raw[ATTEMPTS].decode("utf-8").splitlines():
            if line.strip():
                record = _json(line)
                if not sane_json(record):
                    raise _not_progress(name)
                attempt = AttemptRecord.model_validate(record)
                if manifest.format_version == 1:
                    attempt.proof = None  # version 1 had no proofs: whatever is there is not one
                attempts.append(attempt)
    except (UnicodeDecodeError, ValidationError, ValueError, RecursionError,
            OverflowError) as exc:
        raise _not_progress(name) from exc
    learner_id = manifest.learner.id
    if len(attempts) != manifest.attempts or any(a.learner_id != learner_id for a in attempts):
        raise _not_progress(name)
    if len({a.id for a in attempts}) != len(attempts):
        raise _not_progress(name)
    progress = ProgressFile(manifest, tuple(attempts))
    if not _dates_in_range(progress, now or datetime.now(UTC)):
        raise _refuse(QT_TRANSLATE_NOOP(
            "errors", "{name} has dates that cannot be right (before Tutor existed, or in "
            "the future). Check the computer's date. Nothing was changed."), name=name)
    return progress


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    limit = MAX_MEMBER_BYTES[info.filename]
    bomb = _refuse(QT_TRANSLATE_NOOP(
        "errors", "{name} unpacks to far more data than progress can be, and was refused."),
        name=name)
    if info.file_size > limit or info.file_size > max(info.compress_size, 1) * MAX_RATIO \
            and info.file_size > 2**20:
        raise bomb
    try:
        with archive.open(info) as handle:
            data = handle.read(limit + 1)  # the declared size may lie
    except _ZIP_ERRORS as exc:  # bad CRC, encrypted, unknown compression...
        raise _not_progress(name) from exc
    if len(data) > limit:
        raise bomb
    return data


# -- importing ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportSummary:
    learner_id: uuid.UUID
    learner_name: str
    created: bool  # a new profile was made on this PC
    profile_updated: bool
    added: int  # attempts added
    already: int  # attempts this PC already had
    choose_pin: bool = False  # new here, and had a PIN where the file was made
    # The file's attempts by standing: verified, per centre name; unverified, per reason
    # (``installation.UNSIGNED``, ``EDITED``, ``UNKNOWN_CENTRE``, ``REVOKED``).
    verified: dict[str, int] = field(default_factory=dict)
    unverified: dict[str, int] = field(default_factory=dict)
    # Attempts this PC had unverified, of which a verified copy came: they take the
    # verified copy's figures and standing.
    now_verified: int = 0


@dataclass
class ImportPlan:
    """What an import would do, for the screen to ask before doing it."""

    file: ProgressFile
    local_id: uuid.UUID | None  # the learner on this PC (by UUID or an earlier link)
    same_name: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # link offers
    local_name: str = ""
    local_has_pin: bool = False  # then this PC's PIN of the learner is needed


def _local_pin(db: Database, learner_id: uuid.UUID) -> tuple[str, str | None]:
    with db.reading() as session:
        local = session.get(Learner, learner_id)
        if local is None:
            raise ProgressFileError(QT_TRANSLATE_NOOP("errors", "This learner no longer exists."))
        return local.display_name, local.pin_hash


def plan_import(db: Database, progress: ProgressFile) -> ImportPlan:
    learner_id = progress.learner.id
    with db.reading() as session:
        local = session.get(Learner, learner_id)
        if local is None:
            alias = session.get(LearnerAlias, learner_id)
            local_id = alias.learner_id if alias is not None else None
        else:
            local_id = local.id
        same = []
        if local_id is None:
            wanted = fold(progress.learner.display_name)
            same = [(person.id, person.display_name) for person in session.scalars(select(Learner))
                    if fold(person.display_name) == wanted]
    plan = ImportPlan(progress, local_id, same)
    if local_id is not None:
        plan.local_name, pin_hash = _local_pin(db, local_id)
        plan.local_has_pin = pin_hash is not None
    return plan


def needs_pin(db: Database, learner_id: uuid.UUID) -> str | None:
    """The name of a learner of this PC whose PIN an import into them needs, or None."""
    name, pin_hash = _local_pin(db, learner_id)
    return name if pin_hash is not None else None


def provenance(record: AttemptRecord, certificates: list[dict[str, Any]],
               cards: list[dict[str, Any]]) -> dict[str, Any]:
    """What an attempt of a file is worth here, as ``Attempt.provenance`` keeps it.

    The proof is checked over the record as this PC understood it (``attempt_record`` of
    the parsed record, the very record a later export signs or forwards), so what was
    checked is what is stored."""
    signed = attempt_record(record, record.learner_id)
    if record.proof is not None:
        signed["proof"] = record.proof
    standing = installations.check_record(signed, certificates, cards)
    if not standing.verified or standing.card is None or standing.certificate is None:
        return {"verified": False, "why": standing.why}
    return {
        "verified": True,
        "centre": standing.card["centre"],
        "centreName": standing.card["name"],
        "installation": standing.certificate["installation"],
        "learner": str(record.learner_id),  # the learner id the proof covers
        "proof": record.proof,
        "certificate": standing.certificate,
    }


def _standings(found: list[dict[str, Any]]) -> tuple[dict[str, int], dict[str, int]]:
    verified: dict[str, int] = {}
    unverified: dict[str, int] = {}
    for item in found:
        if item["verified"]:
            verified[item["centreName"]] = verified.get(item["centreName"], 0) + 1
        else:
            unverified[item["why"]] = unverified.get(item["why"], 0) + 1
    return verified, unverified


def import_progress(
    db: Database,
    progress: ProgressFile,
    pin: str | None = None,
    trusted: bool = False,
    link_to: uuid.UUID | None = None,
) -> ImportSummary:
    """Merge a progress file into this database, in one transaction.

    ``pin``: the PIN *on this PC* of the learner the file goes into, when they have one
    here (not needed when ``trusted``, for a trainer's import). ``link_to``: a learner of
    this PC who is the same person (offered by ``plan_import`` for a same-named
    profile); the file's profile id becomes an alias of it, so later imports find it
    again. The file's profile replaces this PC's name, picture and preferences only when
    it is newer and the learner's PIN here was given (or for the trainer); it never
    changes a PIN.
    """
    record = progress.learner
    plan = plan_import(db, progress)
    # Checked before the transaction (the work of the proofs holds no lock).
    cards = centres.trusted_cards(db)
    found = [provenance(a, progress.manifest.certificates, cards) for a in progress.attempts]
    standing = {a.id: item for a, item in zip(progress.attempts, found, strict=True)}
    target = plan.local_id or link_to
    owner_confirmed = trusted
    if target is not None and not trusted:
        name, pin_hash = _local_pin(db, target)
        if pin_hash is not None:
            if not pin or not pins.verify_pin(pin, pin_hash):
                raise PinRequired(QT_TRANSLATE_NOOP(
                    "errors", "{name} has a PIN on this computer. Type {name}'s PIN to load "
                    "this progress."), name=name)
            owner_confirmed = True
    created = updated = False
    with db.writing() as session:
        if target is not None and link_to is not None and plan.local_id is None:
            if session.get(Learner, link_to) is None:
                raise ProgressFileError(QT_TRANSLATE_NOOP(
                    "errors", "This learner no longer exists."))
            session.add(LearnerAlias(alias_id=record.id, learner_id=link_to))
        if target is None:
            target = record.id
            session.add(Learner(
                id=record.id, display_name=record.display_name, picture=record.picture,
                ui_language=record.ui_language, keyboard_layout=record.keyboard_layout,
                text_size=record.text_size, settings=record.settings, pin_hash=None,
                created_at=record.created_at, updated_at=record.updated_at,
                last_used_at=None, archived=record.archived if trusted else False,
            ))
            created = True
        else:
            local = session.get(Learner, target)
            assert local is not None
            if owner_confirmed and local.id == record.id and record.updated_at > local.updated_at:
                for key in ("display_name", "picture", "ui_language", "keyboard_layout",
                            "text_size", "settings"):
                    setattr(local, key, getattr(record, key))
                if trusted:
                    local.archived = record.archived
                local.updated_at = record.updated_at
                updated = True
        ids = [a.id for a in progress.attempts]
        existing: dict[uuid.UUID, dict[str, Any] | None] = {}
        for start in range(0, len(ids), 500):
            existing.update((found, kept) for found, kept in session.execute(
                select(Attempt.id, Attempt.provenance).where(Attempt.id.in_(ids[start:start + 500]))))
        new = [a for a in progress.attempts if a.id not in existing]
        for a in new:
            session.add(Attempt(
                id=a.id, learner_id=target, skill=a.skill, exercise_id=a.exercise_id,
                pack_id=a.pack_id, pack_version=a.pack_version, started_at=a.started_at,
                finished_at=a.finished_at, score=a.score, passed=a.passed,
                metrics=a.metrics, details=a.details, provenance=standing[a.id],
            ))
        # An attempt this PC has keeps what it has, but for one it could not check: a
        # verified copy is the attempt as it was recorded, so its figures and standing
        # replace the unverified ones (which may have been edited).
        now_verified = 0
        for a in progress.attempts:
            kept_standing = existing.get(a.id)
            if kept_standing is not None and kept_standing.get("verified") is not True \
                    and standing[a.id]["verified"]:
                row = session.get(Attempt, a.id)
                assert row is not None
                for key in ("skill", "exercise_id", "pack_id", "pack_version", "started_at",
                            "finished_at", "score", "passed", "metrics", "details"):
                    setattr(row, key, getattr(a, key))
                row.provenance = standing[a.id]
                now_verified += 1
        kept = session.get(Learner, target)
        name = kept.display_name if kept is not None else record.display_name
    had_pin = record.has_pin or record.pin_hash is not None
    verified, unverified = _standings(found)
    return ImportSummary(target, name, created, updated, len(new), len(existing),
                         choose_pin=created and had_pin and not trusted,
                         verified=verified, unverified=unverified, now_verified=now_verified)


@dataclass
class FileImports:
    """What a trainer's import of many files did: each file imported or refused."""

    imported: list[tuple[Path, ImportSummary]] = field(default_factory=list)
    refused: list[tuple[Path, TutorError]] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(summary.added for _, summary in self.imported)


UNEXPECTED = QT_TRANSLATE_NOOP(
    "errors", "{name} could not be loaded because of an unexpected problem. Nothing of it "
    "was changed; the details are in the log file.")


def import_files(db: Database, files: list[Path], trusted: bool = True,
                 on_file: Callable[[int, Path], None] | None = None,
                 cancelled: Callable[[], bool] = lambda: False) -> FileImports:
    """Import files one after the other, for the trainer (by default no PIN is asked).
    One file, whatever is wrong with it, never stops the others: each refusal is kept
    with its reason, and an unexpected error is logged and reported for that file alone
    (its transaction was not committed)."""
    result = FileImports()
    for index, file in enumerate(files):
        if cancelled():
            break
        if on_file is not None:
            on_file(index, file)
        try:
            summary = import_progress(db, read_progress_file(file), trusted=trusted)
        except TutorError as exc:
            result.refused.append((file, exc))
        except Exception:  # never stop the other files
            log.exception("importing %s failed", file)
            result.refused.append((file, ProgressFileError(UNEXPECTED, name=file.name)))
        else:
            result.imported.append((file, summary))
    return result


def merge_learners(db: Database, keep: uuid.UUID, other: uuid.UUID) -> int:
    """Two profiles of the same person: move ``other``'s attempts to ``keep``, make
    ``other``'s id an alias of ``keep`` and remove ``other``. Returns attempts moved."""
    if keep == other:
        return 0
    with db.writing() as session:
        kept, gone = session.get(Learner, keep), session.get(Learner, other)
        if kept is None or gone is None:
            raise ProgressFileError(QT_TRANSLATE_NOOP("errors", "This learner no longer exists."))
        moved = 0
        for attempt in session.scalars(select(Attempt).where(Attempt.learner_id == other)):
            attempt.learner_id = keep
            moved += 1
        for alias in session.scalars(select(LearnerAlias).where(LearnerAlias.learner_id == other)):
            alias.learner_id = keep
        session.flush()
        session.delete(gone)
        session.flush()
        session.add(LearnerAlias(alias_id=other, learner_id=keep))
        kept.updated_at = utcnow()
    return moved


def describe(summary: ImportSummary) -> Mapping[str, Any]:
    return {
        "learner": summary.learner_name,
        "learner_id": str(summary.learner_id),
        "new_profile": summary.created,
        "profile_updated": summary.profile_updated,
        "attempts_added": summary.added,
        "attempts_already_here": summary.already,
        "attempts_verified": dict(summary.verified),  # per centre
        "attempts_unverified": dict(summary.unverified),  # per reason
        "attempts_now_verified": summary.now_verified,
    }
