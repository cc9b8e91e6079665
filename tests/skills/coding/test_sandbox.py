"""The runner: whatever a beginner's program does, it ends within its limits with the
right status, and the test process (standing in for the app) is unaffected."""

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tutor.skills.coding import sandbox
from tutor.skills.coding.sandbox import Limits, Run, run_program

pytestmark = pytest.mark.process  # runs learner programs in the sandbox

ROOT = Path(__file__).parents[3]
SHORT = Limits(time_s=1.0, memory_mb=256, output_chars=5_000)


def timed(code, answers=(), limits=SHORT):
    start = time.monotonic()
    outcome = run_program(code, answers, limits)
    return outcome, time.monotonic() - start


def test_a_normal_program_prints_and_ends():
    outcome, seconds = timed('print("Hello", 2 + 3)\nprint("bye")')
    assert outcome.status == "ok"
    assert outcome.output == "Hello 5\nbye\n"
    assert seconds < 1.0


def test_an_infinite_loop_is_stopped_by_the_time_limit():
    outcome, seconds = timed("while True:\n    pass")
    assert outcome.status == "timeout"
    assert 1.0 <= seconds < 2.5


def test_an_infinite_loop_that_sleeps_is_stopped_too():
    outcome, seconds = timed("import time\nwhile True:\n    time.sleep(0.1)")
    assert outcome.status == "timeout" and seconds < 2.5


def test_a_memory_hog_is_stopped():
    # A generous time limit, so that only the memory limit can stop it.
    limits = Limits(time_s=10.0, memory_mb=256, output_chars=5_000)
    outcome, seconds = timed('data = []\nwhile True:\n    data.append("x" * 10_000_000)',
                             limits=limits)
    assert outcome.status == "memory"
    assert seconds < 5.0
    assert outcome.error["line"] == 3


def test_a_flood_of_output_is_capped():
    outcome, seconds = timed('while True:\n    print("spam " * 50)')
    assert outcome.status == "output"
    assert len(outcome.output) <= SHORT.output_chars
    assert seconds < 2.5


def test_output_written_below_python_is_capped_and_kept_apart():
    outcome, _ = timed('import os\nwhile True:\n    os.write(1, b"z" * 1000)')
    assert outcome.status == "output"
    assert outcome.output == ""  # never mixed into the program's own output


def test_input_is_answered():
    code = 'name = input("Name? ")\nage = int(input("Age? "))\nprint(name, age + 1)'
    outcome, _ = timed(code, ["Ana", "41"])
    assert outcome.status == "ok"
    assert outcome.output == "Name? Ana\nAge? 41\nAna 42\n"
    assert outcome.inputs_asked == 2


def test_input_without_an_answer_is_an_end_of_input_error():
    outcome, seconds = timed('a = input("First? ")\nb = input("Second? ")', ["one"])
    assert outcome.status == "error"
    assert outcome.error["type"] == "EOFError" and outcome.error["line"] == 2
    assert seconds < 1.0


def test_time_waiting_for_an_answer_does_not_count():
    clock = [0.0]
    run = Run('x = input("?")\nprint(x)', Limits(time_s=1.0), clock=lambda: clock[0])
    run.start()
    events = []
    while not any(kind == "input" for kind, _ in events):
        events += run.poll(timeout=0.05)
    clock[0] += 100.0  # the learner thinks for a long time
    assert run.poll() == [] and not run.finished
    run.answer("ok")
    while not run.finished:
        events += run.poll(timeout=0.05)
    assert run.outcome.status == "ok" and run.outcome.output == "?ok\nok\n"


def test_stop_ends_a_running_program_and_a_waiting_one():
    for code in ("while True:\n    pass", 'input("?")'):
        run = Run(code, Limits(time_s=30))
        run.start()
        run.poll(timeout=0.2)
        started = time.monotonic()
        run.stop()
        events = run.poll(timeout=1.0)
        assert events[-1][0] == "end" and run.outcome.status == "stopped"
        assert time.monotonic() - started < 1.0


def test_sys_exit_is_a_normal_end_with_its_code():
    outcome, _ = timed('print("a")\nimport sys\nsys.exit(3)\nprint("b")')
    assert (outcome.status, outcome.exit_code, outcome.output) == ("exit", 3, "a\n")
    outcome, _ = timed("import sys\nsys.exit()")
    assert (outcome.status, outcome.exit_code) == ("exit", 0)


def test_os_exit_ends_at_once_and_keeps_what_was_printed():
    outcome, _ = timed('print("before")\nimport os\nos._exit(4)\nprint("after")')
    assert (outcome.status, outcome.exit_code, outcome.output) == ("exit", 4, "before\n")


def test_deep_recursion_is_an_error_with_the_line():
    outcome, _ = timed("def down(n):\n    return down(n + 1)\n\ndown(0)")
    assert outcome.status == "error"
    assert outcome.error["type"] == "RecursionError"
    assert outcome.error["line"] == 2 and outcome.error["function"] == "down"


def test_a_crash_of_the_interpreter_is_reported():
    outcome, seconds = timed("import ctypes\nctypes.string_at(0)")
    assert outcome.status == "crash" and outcome.exit_code < 0
    assert seconds < 2.0


def test_an_exception_is_described():
    outcome, _ = timed("x = 1\ny = x / 0")
    assert outcome.status == "error"
    assert outcome.error["type"] == "ZeroDivisionError" and outcome.error["line"] == 2


def test_a_syntax_error_is_described_with_its_line():
    outcome, _ = timed("print('a')\nif True\n    print(1)")
    assert outcome.error["type"] == "SyntaxError" and outcome.error["line"] == 2
    assert outcome.output == ""


def test_the_child_works_in_a_fresh_temporary_folder_with_a_scrubbed_environment(monkeypatch):
    monkeypatch.setenv("TUTOR_DATABASE_URL", "sqlite:///secret.sqlite3")
    monkeypatch.setenv("TUTOR_DATA_DIR", "/somewhere/secret")
    code = ("import os, sys\nprint(os.getcwd())\n"
            "print(sorted(k for k in os.environ if k.startswith(('TUTOR', 'PYTHONPATH'))))\n"
            "print('tutor' in sys.modules)\nopen('notes.txt', 'w').write('hi')")
    outcome, _ = timed(code)
    folder, secrets, imported, _ = outcome.output.split("\n")
    assert os.path.basename(folder).startswith("tutor-run-")
    assert secrets == "[]" and imported == "False"
    assert not Path(folder).exists()  # removed after the run


def test_learner_code_cannot_import_the_apps_packages_from_source():
    outcome, _ = timed("import sqlalchemy")
    assert outcome.error["type"] == "ModuleNotFoundError"


def test_the_app_process_is_unaffected():
    before = resource.getrlimit(resource.RLIMIT_AS)
    stdout = sys.stdout
    for code in ("import sys\nsys.stdout = None\nsys.exit(1)", "import os\nos._exit(9)",
                 "import builtins\nbuiltins.print = None"):
        run_program(code, (), SHORT)
    assert resource.getrlimit(resource.RLIMIT_AS) == before
    assert sys.stdout is stdout and callable(print)
    assert os.getcwd() == os.getcwd()


def test_checked_calls_report_results_and_separate_their_output():
    code = "def twice(n):\n    print('called')\n    return n * 2\nprint('main')"
    calls = [{"function": "twice", "args": [4]}, {"function": "twice", "args": [0.5]},
             {"function": "missing", "args": []}]
    outcome = run_program(code, (), SHORT, calls)
    assert outcome.program_output == "main\n"
    assert [c.get("repr") for c in outcome.calls] == ["8", "1.0", None]
    assert outcome.calls[1]["float"] == 1.0 and outcome.calls[2]["missing"]


def test_the_learner_modules_import_in_the_child():
    code = "import " + ", ".join(sandbox.LEARNER_MODULES) + "\nprint('ok')"
    outcome, _ = timed(code)
    assert outcome.status == "ok", outcome.error


def test_the_command_for_a_frozen_app_starts_the_app_itself(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    command = sandbox.child_command(tmp_path, SHORT)
    assert command[0] == sys.executable and command[1] == "--run-learner-code"
    assert command[-1] == str(tmp_path)


def test_the_tutor_command_dispatches_to_the_runner_before_anything_else(tmp_path):
    (tmp_path / sandbox.PROGRAM).write_text('print(input("?"))\n')
    result = subprocess.run(
        [sys.executable, "-c",
         "import sys\nfrom tutor.cli import main\ncode = main()\n"
         "assert not [m for m in sys.modules if m.startswith('PySide6')]\nsys.exit(code)",
         "--run-learner-code", str(tmp_path)],
        input='{"answer": "hi"}\n', capture_output=True, text=True, timeout=30, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == '{"t": "input", "prompt": "?"}'
    assert '"s": "hi"' in lines[1] and '"status": "ok"' in lines[-1]


@pytest.mark.parametrize("code", ["while True:\n    pass", "print('x' * 10**7)"])
def test_several_runs_at_once_each_end_within_their_limit(code):
    runs = [Run(code, SHORT) for _ in range(3)]
    for run in runs:
        run.start()
    start = time.monotonic()
    while not all(r.finished for r in runs):
        for run in runs:
            run.poll(timeout=0.01)
    assert time.monotonic() - start < 3.0
    assert {r.outcome.status for r in runs} <= {"timeout", "output", "memory"}


def test_a_process_left_behind_is_killed_with_the_program():
    code = ("import subprocess, sys\n"
            "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
            "print('started')")
    outcome, seconds = timed(code)
    assert outcome.status == "ok" and outcome.output == "started\n"
    assert seconds < 2.5  # the helper holding the pipe went with the process group
