"""The ``tutor`` command: with no sub-command it opens the app; the sub-commands serve
trainers and scripts and never import Qt.

The commands that read or change other learners' records (``progress export``,
``progress import``, ``report``) act for the trainer, so on a shared lab PC they ask for
the trainer password, as the app's Trainer screen does: typed when asked on a terminal,
or read from the file named by ``--password-file`` or from ``TUTOR_TRAINER_PASSWORD``
(for scripts). Wrong passwords pause it as in the app. ``tutor trainer password`` sets it
on a PC that has none yet."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tutor import __version__, paths
from tutor.errors import TutorError

if TYPE_CHECKING:
    from tutor.store.db import Database

log = logging.getLogger(__name__)

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
TRAINER_PASSWORD_ENV = "TUTOR_TRAINER_PASSWORD"
MAX_PASSWORD_FILE = 4096


def _password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-file", type=Path, metavar="FILE",
        help=f"a file holding the trainer password (or set ${TRAINER_PASSWORD_ENV}; "
        "on a terminal it is asked)")


def build_parser() -> argparse.ArgumentParser:
    from tutor.curriculum import FRAMEWORK_IDS  # not before the app's first window

    parser = argparse.ArgumentParser(
        prog="tutor",
        description="Tutor: job-ready digital skills for adult beginners. "
        "With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"Tutor {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"where learners and progress are kept (default: ${paths.ENV_DATA_DIR}, "
        "portable mode, or the user's data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    lessons = commands.add_parser("lessons", help="work with lesson packs")
    lesson_commands = lessons.add_subparsers(dest="lessons_command", metavar="ACTION")
    check = lesson_commands.add_parser(
        "check", help="validate lesson packs; prints file:line: message for each problem"
    )
    check.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH",
        help="pack files or folders (default: the shipped packs and the trainers' folder)",
    )

    curriculum = commands.add_parser(
        "curriculum", help="which outcomes of ICDL, Northstar and DigComp the lessons "
        "cover, by which exercises, and which they do not")
    curriculum.add_argument(
        "--framework", metavar="ID", choices=FRAMEWORK_IDS,
        help="one framework: " + ", ".join(FRAMEWORK_IDS) + " (default: all)")
    curriculum.add_argument(
        "--language", default="en", choices=("en", "fr", "ar", "sw", "all"),
        help="the packs of one language, or all (default: en)")
    curriculum.add_argument(
        "--markdown", action="store_true",
        help="the shipped packs' coverage as Markdown, as in docs/curriculum.md")

    grade = commands.add_parser(
        "grade", help="grade an answer file; prints the verdict as JSON "
        "(exit 0 passed, 1 not passed, 2 error)"
    )
    grade.add_argument("--exercise", required=True, metavar="PACK/EXERCISE",
                       help="the exercise, as pack id / exercise id")
    grade.add_argument("file", type=Path, metavar="FILE",
                       help="the answer: .xlsx, .py, .eml or .txt, as the skill expects")

    progress = commands.add_parser("progress", help="move a learner's progress between PCs")
    progress_commands = progress.add_subparsers(dest="progress_command", metavar="ACTION")
    export = progress_commands.add_parser(
        "export", help="write one learner's progress to a .tutorprogress file")
    export.add_argument("--learner", required=True, metavar="NAME|UUID",
                        help="the learner's name (as on the picker) or id")
    export.add_argument("--out", required=True, type=Path, metavar="FILE",
                        help="the file to write (a folder: a name is made for it)")
    load = progress_commands.add_parser(
        "import", help="add the progress in .tutorprogress files to this PC's learners")
    load.add_argument("files", nargs="+", type=Path, metavar="FILE")
    _password_option(export)
    _password_option(load)

    report = commands.add_parser("report", help="the class report, as CSV or PDF")
    report.add_argument("--format", choices=("csv", "pdf"), default="csv")
    report.add_argument("--out", required=True, type=Path, metavar="FILE")
    report.add_argument("--language", default="en", choices=("en", "fr", "ar", "sw"),
                        help="the language of a PDF report")
    _password_option(report)

    trainer_command = commands.add_parser("trainer", help="the trainer's password")
    trainer_actions = trainer_command.add_subparsers(dest="trainer_command", metavar="ACTION")
    set_password = trainer_actions.add_parser(
        "password", help="choose the trainer password on a PC that has none yet")
    _password_option(set_password)

    check_credential = commands.add_parser(
        "verify", help="check a credential (.json, badge .png, certificate .pdf, or its QR "
        "code's text): valid, tampered, unknown centre, revoked or expired "
        "(exit 0 valid, 1 not valid, 2 unreadable)")
    check_credential.add_argument("file", type=Path, metavar="FILE")
    check_credential.add_argument(
        "--centre", type=Path, action="append", default=[], metavar="CARD",
        help="a centre card (.json) to trust besides those this computer trusts")
    check_credential.add_argument(
        "--evidence", nargs="?", const=True, default=None, metavar="LOG",
        help="also replay the keystroke log (in the PDF, beside the file as "
        "NAME.evidence.json, or the file given) and say what a human hand does not do")

    _server_commands(commands)
    commands.add_parser("where", help="print the data folder, database, centre server and log "
                        "file (never a password)")
    commands.add_parser("voices", help="which languages this computer can read aloud")

    from tutor.skills import installed_skills, load_hook

    for skill in installed_skills().values():
        if skill.cli:
            load_hook(skill.cli)(commands)
    return parser


def app_arguments(arguments: list[str]) -> argparse.Namespace | None:
    """The arguments when they only open the app (nothing, or ``--data-dir DIR``), or
    None. The full parser asks every skill for its commands, which imports the skills:
    the app does not wait for that before its first window."""
    if not arguments:
        return argparse.Namespace(data_dir=None, command=None)
    option, equals, value = arguments[0].partition("=")
    if len(arguments) == 2 and arguments[0] == "--data-dir":
        option, value = "--data-dir", arguments[1]
    elif len(arguments) != 1 or not equals:
        return None
    if option == "--data-dir" and value and not value.startswith("-"):
        return argparse.Namespace(data_dir=value, command=None)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["--run-learner-code"]:  # the coding skill's runner child, no Qt
        from tutor.skills.coding.sandbox_child import child_main

        return child_main(arguments[1:])
    if arguments[:1] == ["--spelling-worker"]:  # the email room's dictionaries, no Qt
        from tutor.spelling_worker import main as spelling_worker

        return spelling_worker()
    opening = app_arguments(arguments)
    if opening is not None:  # no command: the app, without building every command first
        # No garbage collection until the first window is painted (run_app turns it on
        # again): the start-up makes many objects and few cycles; the collector's passes
        # over them cost about 5 ms of a ~170 ms start.
        gc.disable()
        import tutor.ui.qt_import  # noqa: F401 - PySide6 first, without its import hook
        from tutor.app import run_app  # Qt is imported only here

        return run_app(opening.data_dir)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from tutor.app import run_app

            return run_app(args.data_dir)
        if args.command == "lessons":
            if args.lessons_command != "check":
                parser.parse_args(["lessons", "--help"])
            return lessons_check(args.data_dir, args.paths)
        if args.command == "where":
            return where(args.data_dir)
        if args.command == "server":
            if args.server_command is None:
                parser.parse_args(["server", "--help"])
            return server_command(args)
        if args.command == "curriculum":
            return curriculum(args.data_dir, args.framework, args.language, args.markdown)
        if args.command == "voices":
            from tutor.ui.speech import voices_report  # Qt Text to Speech, only for this

            lines, ok = voices_report()
            print("\n".join(lines))
            return EXIT_OK if ok else EXIT_PROBLEMS
        if args.command == "progress":
            if args.progress_command == "export":
                return progress_export(args.data_dir, args.learner, args.out,
                                       _given_password(args))
            if args.progress_command == "import":
                return progress_import(args.data_dir, args.files, _given_password(args))
            parser.parse_args(["progress", "--help"])
        if args.command == "report":
            return class_report(args.data_dir, args.format, args.out, args.language,
                                _given_password(args))
        if args.command == "trainer":
            if args.trainer_command != "password":
                parser.parse_args(["trainer", "--help"])
            return trainer_password(args.data_dir, _given_password(args))
        if args.command == "grade":
            return grade(args.data_dir, args.exercise, args.file)
        if args.command == "verify":
            return verify_credential(args.data_dir, args.file, args.centre, args.evidence)
        if hasattr(args, "func"):  # a skill's own command
            return int(args.func(args))
    except TutorError as exc:
        log.error("%s", exc)
        print(f"tutor: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    parser.error(f"unknown command {args.command}")
    return EXIT_USAGE


def _given_password(args: argparse.Namespace) -> str | None:
    """The trainer password from --password-file, the environment, or the terminal."""
    file = getattr(args, "password_file", None)
    if file is not None:
        try:
            with open(file, encoding="utf-8") as handle:
                return handle.read(MAX_PASSWORD_FILE).strip("\r\n")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"tutor: cannot read {file}: {exc}", file=sys.stderr)
            return None
    if os.environ.get(TRAINER_PASSWORD_ENV):
        return os.environ[TRAINER_PASSWORD_ENV]
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass("Trainer password: ")
    return None


def _trainer_refusal(db: Database, password: str | None) -> str | None:
    """Why the trainer's command is refused (English, for the terminal), or None."""
    from tutor import trainer

    if not trainer.has_password(db):
        return ("this computer has no trainer password yet: choose one in the app "
                "(Trainer) or with `tutor trainer password`, then run this again")
    if password is None:
        return (f"this command is for trainers: give the trainer password (typed when "
                f"asked, with --password-file FILE, or in ${TRAINER_PASSWORD_ENV})")
    result = trainer.try_password(db, password)
    if result.paused:
        return f"too many wrong passwords: wait {max(1, round(result.wait_seconds))} seconds"
    return None if result.ok else "that is not the trainer password"


def trainer_password(data_dir: str | None, password: str | None) -> int:
    from tutor import startup, trainer

    runtime = startup.start(data_dir, load_lessons=False)
    try:
        if trainer.has_password(runtime.db):
            print("tutor: this computer already has a trainer password; change it in the "
                  "app", file=sys.stderr)
            return EXIT_USAGE
        if password is None:
            print("tutor: give the new password (typed when asked, with --password-file "
                  f"FILE, or in ${TRAINER_PASSWORD_ENV})", file=sys.stderr)
            return EXIT_USAGE
        trainer.set_password(runtime.db, password)
        print("trainer password set")
        return EXIT_OK
    finally:
        runtime.close()


def lessons_check(data_dir: str | None, targets: list[Path]) -> int:
    from tutor.content.packs import load_catalogue, pack_files
    from tutor.skills import installed_skills

    if targets:
        missing = [t for t in targets if not t.exists()]
    else:  # the shipped packs and the trainers' folder, where they exist
        location = paths.resolve_data_dir(data_dir)
        targets, missing = [paths.resource("lessons"), location.lessons], []
    for target in missing:
        print(f"{target}: no such file or folder", file=sys.stderr)
    present = [t for t in targets if t.exists()]
    files = pack_files(present)
    problems = load_catalogue(present, installed_skills()).problems
    for problem in problems:
        print(problem)
    bad = len({p.file for p in problems})
    print(
        f"{len(files)} pack file(s) checked: {len(files) - bad} good, {bad} with problems.",
        file=sys.stderr,
    )
    return EXIT_PROBLEMS if problems or missing else EXIT_OK


def curriculum(data_dir: str | None, framework: str | None, language: str,
               markdown: bool = False) -> int:
    """Print which outcomes the lessons cover (the shipped packs and the trainers' own;
    the shipped ones alone with ``markdown``, for docs/curriculum.md)."""
    from tutor.content.packs import load_catalogue
    from tutor.curriculum import coverage, load_frameworks, report_markdown, report_text
    from tutor.skills import installed_skills

    roots = [paths.resource("lessons")]
    if not markdown:
        roots.append(paths.resolve_data_dir(data_dir).lessons)
    catalogue = load_catalogue([r for r in roots if r.exists()], installed_skills())
    frameworks = load_frameworks()
    if framework is not None:
        frameworks = {framework: frameworks[framework]}
    chosen = None if language == "all" else language
    reports = coverage(catalogue, frameworks, chosen)
    print((report_markdown if markdown else report_text)(reports, chosen), end="")
    return EXIT_OK


def verify_credential(data_dir: str | None, file: Path, centre_cards: list[Path],
                      evidence: bool | Path | None) -> int:
    """``tutor verify``: the verdict in plain words, what the credential says, and (with
    --evidence) what the replay of its keystroke log finds."""
    from datetime import UTC, datetime

    from tutor import startup
    from tutor.credentials import centre, verify

    try:
        data = _read_bounded(file, verify.MAX_FILE_BYTES)
        cards = [centre.parse_card(_read_bounded(card, centre.MAX_CARD_BYTES))
                 for card in centre_cards]
    except OSError as exc:
        print(f"tutor: cannot read {exc.filename or file}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    runtime = startup.start(data_dir, load_lessons=False)
    try:
        cards = centre.newest_per_centre(cards + centre.trusted_cards(runtime.db))
    finally:
        runtime.close()
    now = datetime.now(UTC)
    result = verify.verify_bytes(data, cards, now)
    print(result.english())
    if result.credential is not None:
        said = verify.summary(result.credential)
        print(f"  learner:     {said['learner']}")
        print(f"  achievement: {said['achievement']}")
        print(f"  results:     {said['results']}")
        print(f"  date:        {said['date']}")
        print(f"  centre:      {said['centre']} (as the credential says)")
        if said["valid_until"]:
            print(f"  valid until: {said['valid_until']}")
    verdict_ok = result.verdict == verify.Verdict.VALID
    if evidence is None:
        return EXIT_OK if verdict_ok else EXIT_PROBLEMS
    if result.credential is None:
        return EXIT_PROBLEMS
    from tutor.credentials import evidence_check as keystrokes

    log_file = evidence if isinstance(evidence, Path) else None
    try:
        report = keystrokes.check_for(result.credential, data, file, log_file)
    except OSError as exc:
        print(f"tutor: cannot read the keystroke log: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    print("\n".join(report.lines))
    return EXIT_OK if verdict_ok and report.ok else EXIT_PROBLEMS


def _read_bounded(file: Path, limit: int) -> bytes:
    with open(file, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise OSError(27, "the file is too big", str(file))
    return data


def where(data_dir: str | None) -> int:
    from tutor import startup
    from tutor.store.db import redacted_url
    from tutor.store.server import shown_url

    runtime = startup.start(data_dir, load_lessons=False)
    print(f"data folder: {runtime.location.path} ({runtime.location.reason})")
    print(f"database:    {redacted_url(runtime.db.url)}")
    print(f"centre server: {shown_url(runtime.location.path) or 'none (this PC works alone)'}")
    print(f"log file:    {runtime.log_file}")
    runtime.close()
    return EXIT_OK


# -- the centre server (issue 22) ---------------------------------------------------------
# Its passwords are read like the trainer's (a file, a variable, or typed when asked),
# never taken from the command line (other users see it, and the shell keeps it), and
# never printed or logged: addresses are shown with ``redacted_url``.

ADMIN_URL_ENV = "TUTOR_ADMIN_URL"
LAB_PASSWORD_ENV = "TUTOR_LAB_PASSWORD"
SERVER_PASSWORD_ENV = "TUTOR_SERVER_PASSWORD"
SERVER_TRAINER_PASSWORD_ENV = "TUTOR_SERVER_TRAINER_PASSWORD"


def _server_commands(commands: argparse._SubParsersAction) -> None:
    server = commands.add_parser(
        "server", help="the centre server: prepare it, join this PC to it or leave it, "
        "check it (docs/centre-server.md)")
    actions = server.add_subparsers(dest="server_command", metavar="ACTION")
    init = actions.add_parser(
        "init", help="prepare a PostgreSQL server for the centre: its database, Tutor's "
        "tables and the role lab PCs log in with (run again after an upgrade)")
    init.add_argument(
        "--admin-url-file", type=Path, metavar="FILE",
        help="a file holding the administrator's address, "
        "postgresql://postgres:PASSWORD@SERVER/postgres (or set "
        f"${ADMIN_URL_ENV}; on a terminal it is asked)")
    init.add_argument("--database", default="tutor", metavar="NAME",
                      help="the centre's database (default: tutor)")
    init.add_argument(
        "--lab-password-file", type=Path, metavar="FILE",
        help=f"a file holding the lab PCs' password (or set ${LAB_PASSWORD_ENV}; on a "
        "terminal it is asked twice)")
    init.add_argument(
        "--trainer-role-password-file", type=Path, metavar="FILE",
        help="also make the role tutor_trainer, for a trainer's PC, with the password in "
        f"this file (or in ${SERVER_TRAINER_PASSWORD_ENV})")
    join = actions.add_parser(
        "join", help="send this PC's results to the centre server at URL "
        "(postgresql://tutor_lab@SERVER/tutor); trainer password")
    join.add_argument("url", metavar="URL")
    join.add_argument(
        "--server-password-file", type=Path, metavar="FILE",
        help=f"a file holding the lab PCs' password (or set ${SERVER_PASSWORD_ENV}; on a "
        "terminal it is asked)")
    _password_option(join)
    leave = actions.add_parser("leave", help="this PC works alone again; trainer password")
    _password_option(leave)
    actions.add_parser("status", help="the centre server this PC joined, and whether it can "
                       "be reached now (exit 0 reachable, 1 not, or not joined)")


def _secret(file: Path | None, variable: str, prompt: str | None,
            confirm: bool = False) -> str | None:
    """A secret from ``file``, else the environment ``variable`` (then removed from the
    environment), else typed on a terminal (twice with ``confirm``); None if none."""
    if file is not None:
        try:
            with open(file, encoding="utf-8") as handle:
                return handle.read(MAX_PASSWORD_FILE).strip("\r\n")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"tutor: cannot read {file}: {getattr(exc, 'strerror', None) or exc}",
                  file=sys.stderr)
            return None
    if os.environ.get(variable):
        return os.environ.pop(variable)
    if prompt is None or sys.stdin is None or not sys.stdin.isatty():
        return None
    import getpass

    typed = getpass.getpass(prompt)
    if confirm and getpass.getpass("Once more: ") != typed:
        print("tutor: the two were not the same", file=sys.stderr)
        return None
    return typed


def server_command(args: argparse.Namespace) -> int:
    """``tutor server ...``: what goes wrong is a message and a line in the log, never a
    traceback (nor a password: the log and the screen show addresses redacted)."""
    from tutor import startup

    try:
        if args.server_command == "init":
            startup.prepare(args.data_dir)
            return server_init(args)
        if args.server_command == "status":
            return server_status(startup.prepare(args.data_dir).location.path)
        runtime = startup.start(args.data_dir, load_lessons=False)
        try:
            refusal = _trainer_refusal(runtime.db, _given_password(args))
            if refusal:
                print(f"tutor: {refusal}", file=sys.stderr)
                return EXIT_USAGE
            if args.server_command == "join":
                return server_join(runtime.location.path, args.url, args.server_password_file)
            from tutor.store import server

            left = server.leave(runtime.location.path)
            print("this PC works alone now" if left else "this PC had no centre server")
            return EXIT_OK
        finally:
            runtime.close()
    except TutorError:
        raise
    except Exception:  # a bug must not print a traceback, which could show an address
        log.exception("tutor server %s failed", args.server_command)
        print(f"tutor: server {args.server_command} failed (the details are in the log file)",
              file=sys.stderr)
        return EXIT_PROBLEMS


def server_init(args: argparse.Namespace) -> int:
    from tutor.store import server

    admin = _secret(args.admin_url_file, ADMIN_URL_ENV,
                    "Administrator's address (postgresql://postgres:PASSWORD@SERVER/postgres): ")
    if not admin:
        print(f"tutor: give the administrator's address (typed when asked, with "
              f"--admin-url-file FILE, or in ${ADMIN_URL_ENV})", file=sys.stderr)
        return EXIT_USAGE
    lab = _secret(args.lab_password_file, LAB_PASSWORD_ENV,
                  "Password for the lab PCs (tutor_lab): ", confirm=True)
    if not lab:
        print(f"tutor: give the lab PCs' password (typed when asked, with --lab-password-file "
              f"FILE, or in ${LAB_PASSWORD_ENV})", file=sys.stderr)
        return EXIT_USAGE
    trainer = _secret(args.trainer_role_password_file, SERVER_TRAINER_PASSWORD_ENV, None)
    done = server.init_server(admin, args.database, lab, trainer)
    state = "created" if done.created else "already there: roles and rights renewed"
    print(f"centre server ready: database {done.database} ({state}), schema {done.schema}")
    print(f"lab role: {done.lab_role}" + (f"; trainer role: {done.trainer_role}"
                                          if done.trainer_role else ""))
    print(f"on each lab PC: tutor server join {done.join_url}")
    return EXIT_OK


def server_join(data_dir: Path, url: str, password_file: Path | None) -> int:
    from tutor.store import server

    password = _secret(password_file, SERVER_PASSWORD_ENV, None)
    settings = server.parse_url(url, password)
    if not settings.password:
        typed = _secret(None, SERVER_PASSWORD_ENV, "The lab PCs' password: ")
        if not typed:
            print(f"tutor: give the lab PCs' password (typed when asked, with "
                  f"--server-password-file FILE, or in ${SERVER_PASSWORD_ENV})", file=sys.stderr)
            return EXIT_USAGE
        settings = server.parse_url(url, typed)
    found = server.check_server(settings.url())
    if found.state == "refused":
        print(f"tutor: the centre server {settings.redacted()} refused this PC: {found.detail}",
              file=sys.stderr)
        return EXIT_PROBLEMS
    if found.state == "not prepared":
        print(f"tutor: {settings.redacted()} is not a centre server prepared by `tutor server "
              f"init`: {found.detail}", file=sys.stderr)
        return EXIT_PROBLEMS
    server.write_settings(data_dir, settings)
    log.info("joined the centre server %s (%s)", settings.redacted(), found.state)
    print(f"joined the centre server {settings.redacted()}")
    if not found.ok:
        print(f"tutor: it cannot be reached now ({found.detail}); results wait on this PC "
              "until it can", file=sys.stderr)
    return EXIT_OK


def server_status(data_dir: Path) -> int:
    from tutor.store import server

    url = server.server_url(data_dir)
    if url is None:
        print("centre server: none (this PC works alone)")
        return EXIT_PROBLEMS
    print(f"centre server: {server.redacted_url(url)}")
    found = server.check_server(url)
    if found.ok:
        from tutor.store.db import SCHEMA_HEAD

        print(f"reachable: yes (schema {found.schema})")
        if found.schema != SCHEMA_HEAD:
            print(f"tutor: this Tutor's schema is {SCHEMA_HEAD}: run `tutor server init` again "
                  "on the server (after upgrading Tutor there)", file=sys.stderr)
        return EXIT_OK
    words = {"unreachable": "no", "refused": "it answers, but refuses this PC",
             "not prepared": "it answers, but it is not ready for Tutor"}[found.state]
    print(f"reachable: {words} ({found.detail})")
    log.warning("centre server %s: %s (%s)", server.redacted_url(url), found.state, found.detail)
    return EXIT_PROBLEMS


def grade(data_dir: str | None, exercise_ref: str, file: Path) -> int:
    from tutor.content.packs import load_catalogue
    from tutor.skills import installed_skills, load_hook

    pack_id, _, exercise_id = exercise_ref.partition("/")
    location = paths.resolve_data_dir(data_dir)
    skills = installed_skills()
    catalogue = load_catalogue([paths.resource("lessons"), location.lessons], skills)
    pack = catalogue.packs.get(pack_id)
    exercise = pack.exercise(exercise_id) if pack else None
    if pack is None or exercise is None:
        print(f"tutor: no exercise {exercise_ref!r} (write it as PACK/EXERCISE; "
              "`tutor lessons check` lists problems with packs)", file=sys.stderr)
        return EXIT_USAGE
    skill = skills[pack.skill]
    if not skill.grade_file:
        print(f"tutor: the {skill.id} skill does not grade files", file=sys.stderr)
        return EXIT_USAGE
    if not file.is_file():
        print(f"tutor: {file}: no such file", file=sys.stderr)
        return EXIT_USAGE
    try:
        verdict = load_hook(skill.grade_file)(pack, exercise, file)
    except TutorError as exc:
        print(f"tutor: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception:  # a grader's bug must not look like a verdict, nor a traceback
        log.exception("grading %s failed", file)
        print(f"tutor: {file}: this file could not be graded (the details are in the log "
              "file)", file=sys.stderr)
        return EXIT_USAGE
    print(verdict.dumps())
    return EXIT_OK if verdict.passed else EXIT_PROBLEMS


def progress_export(data_dir: str | None, who: str, out: Path,
                    password: str | None = None) -> int:
    import uuid

    from tutor import startup
    from tutor.store.learners import find_learners, list_learners
    from tutor.store.progress_file import default_file_name, export_learner
    from tutor.text import fold

    runtime = startup.start(data_dir, load_lessons=False)
    try:
        refusal = _trainer_refusal(runtime.db, password)
        if refusal:
            print(f"tutor: {refusal}", file=sys.stderr)
            return EXIT_USAGE
        everyone = list_learners(runtime.db, include_archived=True)
        try:
            wanted = uuid.UUID(who)
            matches = [person for person in everyone if person.id == wanted]
        except ValueError:
            matches = [person for person in everyone if fold(person.display_name) == fold(who)]
            if not matches:
                matches = find_learners(runtime.db, who)
        if len(matches) != 1:
            found = ", ".join(f"{person.display_name} ({person.id})" for person in matches) or "nobody"
            print(f"tutor: {who!r} matches {found}; give the learner's id", file=sys.stderr)
            return EXIT_USAGE
        learner = matches[0]
        target = out / default_file_name(learner) if out.is_dir() else out
        summary = export_learner(runtime.db, learner.id, target)
        print(f"{summary.path}: {learner.display_name}, {summary.attempts} attempt(s)")
        return EXIT_OK
    finally:
        runtime.close()


def progress_import(data_dir: str | None, files: list[Path], password: str | None = None) -> int:
    """Import each file (as a trainer: PINs are not asked); one line of JSON each."""
    import json

    from tutor import startup
    from tutor.store.progress_file import describe, import_files

    runtime = startup.start(data_dir, load_lessons=False)
    try:
        refusal = _trainer_refusal(runtime.db, password)
        if refusal:
            print(f"tutor: {refusal}", file=sys.stderr)
            return EXIT_USAGE
        done = import_files(runtime.db, files)
    finally:
        runtime.close()
    for file, summary in done.imported:
        print(json.dumps({"file": str(file), **describe(summary)}, ensure_ascii=False))
        # What the attempts' proofs said (docs/progress-format.md, "Signed attempts").
        checks = [f"checked, signed at {centre}: {count}"
                  for centre, count in sorted(summary.verified.items())]
        checks += [f"could not be checked ({why}): {count}"
                   for why, count in sorted(summary.unverified.items())]
        if checks:
            print(f"tutor: {file}: {summary.learner_name}: {'; '.join(checks)}", file=sys.stderr)
    for file, error in done.refused:
        print(f"tutor: {file}: {error}", file=sys.stderr)
    print(f"tutor: {len(done.imported)} file(s) imported, {len(done.refused)} refused, "
          f"{done.added} attempt(s) added", file=sys.stderr)
    return EXIT_PROBLEMS if done.refused else EXIT_OK


def class_report(data_dir: str | None, kind: str, out: Path, language: str,
                 password: str | None = None) -> int:
    """CSV (plain Python) or PDF (Qt's PDF writer, imported only for this)."""
    from tutor import startup, trainer

    runtime = startup.start(data_dir)
    try:
        refusal = _trainer_refusal(runtime.db, password)
        if refusal:
            print(f"tutor: {refusal}", file=sys.stderr)
            return EXIT_USAGE
        skills = runtime.skills
        if kind == "csv":
            from tutor.skills import course_skills

            text = trainer.overview_csv(trainer.class_overview(runtime.db),
                                        list(course_skills(skills)))
            out.write_text(text, encoding="utf-8")
        else:
            from tutor.ui.reports import class_report_pdf

            totals = {s: runtime.catalogue.exercise_count(s, language) for s in skills}
            class_report_pdf(runtime.db, skills, totals, out, language)
        print(f"{out}")
        return EXIT_OK
    finally:
        runtime.close()
