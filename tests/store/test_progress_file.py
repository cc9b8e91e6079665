"""Progress files: round trips, merging, and refusing bad files without changing anything."""

import io
import json
import sqlite3
import zipfile
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tutor.pins import verify_pin
from tutor.store.attempts import activity_by_skill, attempts_of, record_attempt
from tutor.store.db import open_database
from tutor.store.learners import (
    create_learner,
    get_learner,
    list_learners,
    set_pin,
    update_learner,
)
from tutor.store.progress_file import (
    PinRequired,
    ProgressFileError,
    export_learner,
    import_progress,
    merge_learners,
    parse_progress_bytes,
    plan_import,
    read_progress_file,
)

T0 = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)


def new_db(tmp_path, name):
    folder = tmp_path / name
    folder.mkdir()
    return open_database(f"sqlite:///{folder / 'tutor.sqlite3'}")


def dump(db):
    path = db.engine.url.database
    with sqlite3.connect(path) as conn:
        return "\n".join(conn.iterdump())


def add_attempts(db, learner, skills=("typing", "email", "sheets", "coding"), start=0):
    for index, skill in enumerate(skills):
        for n in range(3):
            t = T0 + timedelta(minutes=start + index * 10 + n)
            record_attempt(db, learner.id, skill, f"{skill}-{n}", f"{skill}-pack", "1.0",
                           t, t + timedelta(minutes=2), 0.5 + n / 4, n > 0,
                           metrics={"wpm": 10 + n}, details={"answer": "é" * n})


@pytest.fixture
def pc_a(tmp_path):
    db = new_db(tmp_path, "pc-a")
    yield db
    db.dispose()


@pytest.fixture
def pc_b(tmp_path):
    db = new_db(tmp_path, "pc-b")
    yield db
    db.dispose()


def test_round_trip_into_an_empty_pc_and_twice_changes_nothing(tmp_path, pc_a, pc_b):
    amina = create_learner(pc_a, "Amina Yusuf", "elephant", "sw")
    add_attempts(pc_a, amina)
    file = tmp_path / "amina.tutorprogress"
    assert export_learner(pc_a, amina.id, file).attempts == 12
    summary = import_progress(pc_b, read_progress_file(file))
    assert summary.created and summary.added == 12 and summary.already == 0
    copied = get_learner(pc_b, amina.id)
    assert (copied.display_name, copied.picture, copied.ui_language) == ("Amina Yusuf", "elephant", "sw")
    before = [(a.id, a.score, a.metrics, a.details, a.finished_at) for a in attempts_of(pc_a, amina.id)]
    after = [(a.id, a.score, a.metrics, a.details, a.finished_at) for a in attempts_of(pc_b, amina.id)]
    assert before == after
    assert activity_by_skill(pc_a, amina.id) == activity_by_skill(pc_b, amina.id)
    snapshot = dump(pc_b)
    again = import_progress(pc_b, read_progress_file(file))
    assert (again.created, again.added, again.already) == (False, 0, 12)
    assert dump(pc_b) == snapshot


def test_two_pcs_make_a_union(tmp_path, pc_a, pc_b):
    amina = create_learner(pc_a, "Amina", "sun")
    add_attempts(pc_a, amina, skills=("typing",))
    export_learner(pc_a, amina.id, tmp_path / "from-a.tutorprogress")
    import_progress(pc_b, read_progress_file(tmp_path / "from-a.tutorprogress"))
    add_attempts(pc_b, get_learner(pc_b, amina.id), skills=("email",), start=100)
    add_attempts(pc_a, amina, skills=("sheets",), start=200)
    export_learner(pc_b, amina.id, tmp_path / "from-b.tutorprogress")
    export_learner(pc_a, amina.id, tmp_path / "from-a2.tutorprogress")
    centre = new_db(tmp_path, "centre")
    for name in ("from-b", "from-a2"):
        import_progress(centre, read_progress_file(tmp_path / f"{name}.tutorprogress"))
    assert {a.skill for a in attempts_of(centre, amina.id)} == {"typing", "email", "sheets"}
    assert len(attempts_of(centre, amina.id)) == 9
    centre.dispose()


def test_the_newer_profile_wins(tmp_path, pc_a, pc_b):
    amina = create_learner(pc_a, "Amina", "sun")
    export_learner(pc_a, amina.id, tmp_path / "old.tutorprogress")
    import_progress(pc_b, read_progress_file(tmp_path / "old.tutorprogress"))
    pc_c = new_db(tmp_path, "pc-c")
    import_progress(pc_c, read_progress_file(tmp_path / "old.tutorprogress"))
    set_pin(pc_b, amina.id, "1357")  # she chooses a PIN on PC B, not on PC C
    update_learner(pc_a, amina.id, display_name="Amina Y.", text_size="large")
    export_learner(pc_a, amina.id, tmp_path / "new.tutorprogress")
    # Without her PIN on a PC, a file cannot rename her there: anyone can make a file.
    summary = import_progress(pc_c, read_progress_file(tmp_path / "new.tutorprogress"))
    assert not summary.profile_updated and get_learner(pc_c, amina.id).display_name == "Amina"
    pc_c.dispose()
    # With her PIN on this PC, the newer profile wins...
    summary = import_progress(pc_b, read_progress_file(tmp_path / "new.tutorprogress"), pin="1357")
    assert summary.profile_updated
    assert get_learner(pc_b, amina.id).display_name == "Amina Y."
    # ...and an older file later does not undo it, nor touch her PIN.
    old = read_progress_file(tmp_path / "old.tutorprogress")
    assert not import_progress(pc_b, old, pin="1357").profile_updated
    assert get_learner(pc_b, amina.id).text_size == "large"
    assert verify_pin("1357", get_learner(pc_b, amina.id).pin_hash)


def test_a_same_named_learner_can_be_linked_and_is_found_again(tmp_path, pc_a, pc_b):
    on_a = create_learner(pc_a, "Hélène", "boat", "fr")
    add_attempts(pc_a, on_a, skills=("typing",))
    on_b = create_learner(pc_b, "helene", "star", "fr")  # made separately on PC B
    export_learner(pc_a, on_a.id, tmp_path / "h.tutorprogress")
    progress = read_progress_file(tmp_path / "h.tutorprogress")
    plan = plan_import(pc_b, progress)
    assert plan.local_id is None and plan.same_name == [(on_b.id, "helene")]
    summary = import_progress(pc_b, progress, link_to=on_b.id)
    assert summary.learner_id == on_b.id and summary.added == 3
    assert len(list_learners(pc_b)) == 1
    add_attempts(pc_a, on_a, skills=("email",), start=50)
    export_learner(pc_a, on_a.id, tmp_path / "h2.tutorprogress")
    later = read_progress_file(tmp_path / "h2.tutorprogress")
    assert plan_import(pc_b, later).local_id == on_b.id
    assert import_progress(pc_b, later).added == 3
    assert len(attempts_of(pc_b, on_b.id)) == 6


def test_the_pin_asked_is_this_pcs_and_never_travels(tmp_path, pc_a, pc_b):
    amina = create_learner(pc_a, "Amina", "sun", pin="2580")
    add_attempts(pc_a, amina, skills=("typing",))
    export_learner(pc_a, amina.id, tmp_path / "a.tutorprogress")
    raw = members_of((tmp_path / "a.tutorprogress").read_bytes())["manifest.json"].decode()
    assert "scrypt" not in raw and '"pin_hash"' not in raw  # not even its hash
    progress = read_progress_file(tmp_path / "a.tutorprogress")
    # New to PC B: she chooses a PIN there; the file's PIN means nothing here.
    summary = import_progress(pc_b, progress)
    assert summary.created and summary.choose_pin and summary.added == 3
    assert get_learner(pc_b, amina.id).pin_hash is None
    set_pin(pc_b, amina.id, "1357")
    add_attempts(pc_a, amina, skills=("email",), start=40)
    export_learner(pc_a, amina.id, tmp_path / "b.tutorprogress")
    later = read_progress_file(tmp_path / "b.tutorprogress")
    snapshot = dump(pc_b)
    for wrong in (None, "0000", "2580"):  # PC A's PIN is not PC B's
        with pytest.raises(PinRequired):
            import_progress(pc_b, later, pin=wrong)
    assert dump(pc_b) == snapshot
    assert import_progress(pc_b, later, pin="1357").added == 3
    assert import_progress(new_db(tmp_path, "trainer"), later, trusted=True).added == 6


def test_a_forged_file_cannot_take_over_a_profile(tmp_path, pc_a, pc_b):
    """Someone at the picker makes a file with Amina's id, a newer date, another name
    and picture, and no PIN: loading it changes nothing of Amina's, and the real file
    afterwards still loads."""
    amina = create_learner(pc_b, "Amina", "sun", pin="1357")
    forger = create_learner(pc_a, "Amina", "lion")
    export_learner(pc_a, forger.id, tmp_path / "forged.tutorprogress")
    members = members_of((tmp_path / "forged.tutorprogress").read_bytes())
    manifest = json.loads(members["manifest.json"])
    manifest["learner"].update(id=str(amina.id), display_name="Hacked", picture="lion",
                               updated_at="2026-12-05T10:00:00+00:00", pin_hash=None,
                               has_pin=False)
    members["manifest.json"] = json.dumps(manifest).encode()
    (tmp_path / "forged.tutorprogress").write_bytes(rezip(members))
    forged = read_progress_file(tmp_path / "forged.tutorprogress")
    before = get_learner(pc_b, amina.id)
    with pytest.raises(PinRequired):
        import_progress(pc_b, forged)
    after = get_learner(pc_b, amina.id)
    assert (after.display_name, after.picture, after.pin_hash) == \
        (before.display_name, before.picture, before.pin_hash)


def test_merge_two_profiles_of_one_person(tmp_path, pc_a):
    first = create_learner(pc_a, "Omar", "lion", "ar")
    second = create_learner(pc_a, "Omar K", "moon", "ar")
    add_attempts(pc_a, first, skills=("typing",))
    add_attempts(pc_a, second, skills=("email",), start=30)
    assert merge_learners(pc_a, first.id, second.id) == 3
    assert [person.id for person in list_learners(pc_a)] == [first.id]
    assert len(attempts_of(pc_a, first.id)) == 6
    # progress later exported from a PC that knew the second profile lands on the first
    other = new_db(tmp_path, "other")
    export_file = tmp_path / "second.tutorprogress"
    twin = create_learner(other, "Omar K", "moon", "ar")
    other_attempt_learner = twin
    add_attempts(other, other_attempt_learner, skills=("coding",), start=60)
    export_learner(other, twin.id, export_file)
    # the alias is the *second* profile's id, so a file of that id is found again
    assert plan_import(pc_a, read_progress_file(export_file)).local_id is None
    other.dispose()


# -- bad files -----------------------------------------------------------------------------
@pytest.fixture
def good_file(tmp_path, pc_a):
    amina = create_learner(pc_a, "Amina", "sun")
    add_attempts(pc_a, amina, skills=("typing", "email"))
    path = tmp_path / "good.tutorprogress"
    export_learner(pc_a, amina.id, path)
    return path.read_bytes()


def rezip(members, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def members_of(data):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def refused(data, *words):
    with pytest.raises(ProgressFileError) as caught:
        parse_progress_bytes(data, "x.tutorprogress")
    for word in words:
        assert word in str(caught.value)
    return caught.value


def test_truncated_and_random_files(good_file):
    refused(good_file[: len(good_file) // 2], "damaged")
    refused(b"\x00\x01garbage" * 50, "not a Tutor progress file")
    refused(b"", "not a Tutor progress file")


def test_tampered_attempts_are_refused(good_file):
    members = members_of(good_file)
    members["attempts.jsonl"] = members["attempts.jsonl"].replace(b'"passed": false', b'"passed": true')
    refused(rezip(members), "changed or damaged")


def test_a_format_from_the_future(good_file):
    members = members_of(good_file)
    manifest = json.loads(members["manifest.json"])
    manifest["format_version"] = 99
    members["manifest.json"] = json.dumps(manifest).encode()
    refused(rezip(members), "newer version of Tutor")


def test_paths_that_climb_out(good_file):
    members = members_of(good_file)
    members["../../etc/evil"] = b"x"
    refused(rezip(members), "unsafe paths")


def test_a_zip_bomb(good_file):
    members = members_of(good_file)
    members["attempts.jsonl"] = b"\n" * (300 * 2**20)
    refused(rezip(members), "far more data")


def test_attempts_of_someone_else(good_file):
    members = members_of(good_file)
    lines = members["attempts.jsonl"].decode().splitlines()
    first = json.loads(lines[0])
    first["learner_id"] = "00000000-0000-0000-0000-000000000001"
    lines[0] = json.dumps(first)
    data = ("\n".join(lines) + "\n").encode()
    manifest = json.loads(members["manifest.json"])
    import hashlib

    manifest["sha256"] = hashlib.sha256(data).hexdigest()
    refused(rezip({"manifest.json": json.dumps(manifest).encode(), "attempts.jsonl": data}),
            "not a Tutor progress file")


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_mutation_is_imported_cleanly_or_refused_with_nothing_changed(good_file, pc_b, data):
    kind = data.draw(st.sampled_from(["bytes", "flip", "cut", "member"]))
    if kind == "bytes":
        blob = data.draw(st.binary(max_size=2000))
    elif kind == "flip":
        blob = bytearray(good_file)
        for _ in range(data.draw(st.integers(1, 5))):
            index = data.draw(st.integers(0, len(blob) - 1))
            blob[index] ^= data.draw(st.integers(1, 255))
        blob = bytes(blob)
    elif kind == "cut":
        blob = good_file[: data.draw(st.integers(0, len(good_file)))]
    else:
        members = members_of(good_file)
        name = data.draw(st.sampled_from(sorted(members)))
        text = members[name].decode()
        at = data.draw(st.integers(0, len(text)))
        members[name] = (text[:at] + data.draw(st.text(max_size=20)) + text[at:]).encode()
        blob = rezip(members)
    before = dump(pc_b)
    try:
        progress = parse_progress_bytes(blob, "fuzz.tutorprogress")
    except ProgressFileError as exc:
        assert str(exc)
        assert dump(pc_b) == before
        return
    summary = import_progress(pc_b, progress, trusted=True)
    assert summary.added + summary.already == len(progress.attempts)


def with_attempt_line(good_file, change):
    """The good file with its first attempt changed by ``change(text) -> text`` and the
    checksum made to match (as a forger would)."""
    import hashlib

    members = members_of(good_file)
    lines = members["attempts.jsonl"].decode().splitlines()
    lines[0] = change(lines[0])
    data = ("\n".join(lines) + "\n").encode()
    manifest = json.loads(members["manifest.json"])
    manifest["sha256"] = hashlib.sha256(data).hexdigest()
    return rezip({"manifest.json": json.dumps(manifest).encode(), "attempts.jsonl": data})


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1" * 5000, "1e308",
                                   "[" * 5000 + "]" * 5000, '{"a":' * 40 + "1" + "}" * 40])
def test_non_finite_huge_and_deep_numbers_are_refused(good_file, value):
    def poison(line):
        record = json.loads(line)
        record["metrics"] = {"wpm": "__value__"}
        return json.dumps(record).replace('"__value__"', value)

    refused(with_attempt_line(good_file, poison), "not a Tutor progress file")


@pytest.mark.parametrize("when", ["1970-01-01T00:00:00+00:00", "2023-12-31T23:59:00+00:00",
                                  "2099-01-01T00:00:00+00:00", "9999-12-31T23:59:59+00:00"])
def test_dates_before_tutor_or_in_the_future_are_refused(good_file, when):
    def redate(line):
        record = json.loads(line)
        record["started_at"] = record["finished_at"] = when
        return json.dumps(record)

    refused(with_attempt_line(good_file, redate), "dates that cannot be right")


def test_an_attempt_cannot_finish_before_it_starts(good_file):
    def backwards(line):
        record = json.loads(line)
        record["started_at"], record["finished_at"] = record["finished_at"], record["started_at"]
        return json.dumps(record)

    refused(with_attempt_line(good_file, backwards), "dates that cannot be right")
