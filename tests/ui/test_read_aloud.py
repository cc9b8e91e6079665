"""Instructions with a picture and short words, read aloud by the computer's voice, and a
plain message when the computer has no voice (or none for the lesson's language).

Qt's "mock" text-to-speech engine stands for the PC's voice: it "says" each word (its
``sayingWord`` signal) without a sound card. Speech Dispatcher, the real engine on Linux,
is checked by hand (see the issue's note)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from tutor import cues
from tutor.store.learners import create_learner
from tutor.ui import speech
from tutor.ui.instruction import InstructionBar, cue_pixmap_path, plain

# Qt Multimedia, under Text to Speech, looks for PipeWire and says it is not there.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("pipewire")]


@pytest.fixture
def voice(monkeypatch):
    """A fresh application Speaker on the engine named, so each test chooses again."""
    def use(engine):
        monkeypatch.setenv(speech.ENGINE_VARIABLE, engine)
        monkeypatch.setattr(speech, "_speaker", None)
        return speech.speaker()
    yield use
    if speech._speaker is not None:
        speech._speaker.stop()
    speech._speaker = None


def open_typing(qtbot, window, runtime, language="en", lesson_language=None):
    learner = create_learner(runtime.db, "Ana", "sun", language)
    if lesson_language:
        from tutor.store.learners import set_skill_settings
        set_skill_settings(runtime.db, learner.id, "ui", {"lesson_language": lesson_language})
    window.open_learner(learner.id)
    qtbot.mouseClick(window.findChild(QAbstractButton, "skillTile:typing"),
                     Qt.MouseButton.LeftButton)
    room = window.findChild(QWidget, "typingRoom")
    room.start(room.pack.exercises[0])
    return room.typing.instruction_bar


def test_the_typing_instructions_are_read_in_the_lessons_language(qtbot, window, runtime,
                                                                  voice):
    speaker = voice("mock")
    bar = open_typing(qtbot, window, runtime)
    assert bar.words.text() == "Type the text you see."
    assert bar.icon.pixmap() is not None and not bar.icon.pixmap().isNull()
    said = []
    qtbot.mouseClick(bar.read_aloud, Qt.MouseButton.LeftButton)
    assert not bar.problem.isVisible()
    speaker._tts.sayingWord.connect(lambda word, *_: said.append(word))
    assert bar.read_aloud.text() == "Stop"  # while it reads, the button stops it
    assert speaker._tts.locale().name().startswith("en")
    qtbot.waitUntil(lambda: bar.read_aloud.text() == "Read aloud", timeout=20000)
    # The short words, then the lesson's own instructions.
    instructions = bar.text.text()
    first_words = [w.strip(".,:") for w in instructions.split()[:4]]
    assert said[:5] == ["Type", "the", "text", "you", "see"]
    assert said[5:9] == first_words, said


def test_stop_ends_the_reading(qtbot, window, runtime, voice):
    speaker = voice("mock")
    bar = open_typing(qtbot, window, runtime)
    qtbot.mouseClick(bar.read_aloud, Qt.MouseButton.LeftButton)
    assert speaker.owner is bar
    qtbot.mouseClick(bar.read_aloud, Qt.MouseButton.LeftButton)
    assert speaker.owner is None and bar.read_aloud.text() == "Read aloud"


def test_no_voice_for_the_lessons_language_is_said_plainly(qtbot, window, runtime, voice,
                                                         translations):
    voice("mock")  # the mock engine speaks English, Norwegian and Finnish only
    bar = open_typing(qtbot, window, runtime, language="fr", lesson_language="ar")
    assert bar.language == "ar"
    assert bar.words.text() == "Tapez le texte que vous voyez."
    qtbot.mouseClick(bar.read_aloud, Qt.MouseButton.LeftButton)
    assert bar.problem.isVisible()
    assert "العربية" in bar.problem.text()
    assert bar.problem.text().startswith("Cet ordinateur")  # in the learner's language
    assert bar.read_aloud.text() == "Lire à voix haute"


def test_a_computer_without_any_voice_says_so(qtbot, window, runtime, voice):
    voice("none")
    bar = open_typing(qtbot, window, runtime)
    qtbot.mouseClick(bar.read_aloud, Qt.MouseButton.LeftButton)
    assert bar.problem.isVisible()
    assert bar.problem.text() == ("This computer has no voice to read aloud. "
                                  "Ask your trainer to install one.")
    assert bar.read_aloud.text() == "Read aloud"


def test_a_voice_server_that_never_answers_does_not_freeze_the_window(qtbot):
    """Speech Dispatcher's client waits for its server for ever; it is tried in a child
    process first, on a worker thread, and a silent one is reported instead of hanging
    the screen."""
    import sys
    import time

    hang = [sys.executable, "-c", "import time; time.sleep(30)"]
    start = time.monotonic()
    assert not speech.engine_answers(timeout=0.5, command=hang)
    assert time.monotonic() - start < 5
    assert speech.engine_answers(timeout=20, command=[sys.executable, "-c", "pass"])
    silent = speech.Speaker(engines=lambda: ["speechd"],
                            answers=lambda: time.sleep(1.0) or False)
    learner = object()
    start = time.monotonic()
    with qtbot.waitSignal(silent.problem, timeout=10000) as told:
        assert silent.say("Hello", "en", owner=learner) is None
        assert time.monotonic() - start < 0.5  # the window goes on meanwhile
        assert silent.owner is learner  # the button offers Stop while the voice is sought
    assert told.args == [learner,
                         "The computer's voice did not answer. Ask your trainer."]
    assert silent.owner is None and silent._tts is None  # never made in this process
    # Known now: the next press answers at once.
    assert silent.say("Hello", "en", owner=learner) == told.args[1]


def test_the_real_engine_is_preferred_and_mock_is_never_chosen_alone():
    assert speech.choose_engine(["mock", "speechd"], None) == "speechd"
    assert speech.choose_engine(["mock"], None) is None
    assert speech.choose_engine([], None) is None
    assert speech.choose_engine(["sapi", "winrt"], None) == "sapi"
    assert speech.choose_engine(["mock", "speechd"], "mock") == "mock"
    assert speech.choose_engine(["speechd"], "none") is None


@pytest.mark.parametrize("skill, bar_name", [
    ("email", "emailTaskBar"), ("sheets", "sheetsBar"), ("coding", "codingBar")])
def test_every_room_shows_its_task_with_a_picture_and_short_words(
        qtbot, window, runtime, skill, bar_name):
    learner = create_learner(runtime.db, "Ana", "sun", "sw")
    window.open_learner(learner.id)
    qtbot.mouseClick(window.findChild(QAbstractButton, f"skillTile:{skill}"),
                     Qt.MouseButton.LeftButton)
    room = window.stack.currentWidget()
    if skill == "email":
        room.tasks.start_button.click()
    bar = room.findChild(InstructionBar, bar_name)
    assert bar is not None and bar.isVisible()
    assert bar.cue in cues.ALL
    assert bar.words.text() and bar.words.text() != bar.cue.words  # in Swahili
    assert not bar.icon.pixmap().isNull()
    assert bar.read_aloud.accessibleName()
    assert plain(bar.voice_text())


def test_every_cue_has_its_picture():
    from pathlib import Path

    for cue in cues.ALL + (cues.Cue("speaker", ""), cues.Cue("stop", "")):
        assert Path(cue_pixmap_path(cue.icon)).is_file(), cue.icon


def test_plain_reads_rich_text_without_its_tags():
    assert plain("<b>Your task:</b> print <i>Hello</i>\n twice") == "Your task: print Hello twice"
    assert plain("3 < 4 and 5 > 2") == "3 < 4 and 5 > 2"


def test_formulas_in_right_to_left_instructions_stand_left_to_right_on_their_own_line():
    from tutor.ui.instruction import with_formulas_left_to_right

    text = ("في الخلية C2 اكتب: \u200e=IF(B2>=50,$E$1,$E$2)\u200e\n"
            "تفحص الدالة IF الشرط \u200e(B2>=50)\u200e: <مهم>")
    rich = with_formulas_left_to_right(text)
    assert rich.count('<table dir="ltr"') == 1
    assert '<td>=IF(B2&gt;=50,$E$1,$E$2)</td>' in rich  # the whole formula, escaped
    assert "(B2&gt;=50)" in rich and "&lt;مهم&gt;" in rich  # the condition stays inline
    assert rich.index("اكتب:") < rich.index("<table") < rich.index("تفحص")
    assert with_formulas_left_to_right("=SUM(B2:B9)").startswith('<table dir="ltr"')
