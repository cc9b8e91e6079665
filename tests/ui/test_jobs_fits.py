"""Every job-task page fits a lab PC's screen: each project's guidelines and first task at
1024x600 and 1366x768, in English and Arabic, in normal and extra-large text: the window
keeps its size and no control lies outside it (a task may scroll inside the page)."""

import pytest

from tests.ui.test_fits import outside
from tutor.store.learners import create_learner, set_skill_settings, update_learner
from tutor.ui.main_window import MainWindow


@pytest.mark.qt_log_ignore("Couldn't (load|resolve)", "PulseAudioService", "pipewire", "PipeWire")
@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("text_size", ["normal", "xlarge"])
@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_every_project_s_pages_fit(qtbot, runtime, translations, language, text_size, size):
    translations.use(language)
    window = MainWindow(runtime, translations)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    learner = create_learner(runtime.db, "Amina Diallo-Nguema", "sun", language)
    update_learner(runtime.db, learner.id, text_size=text_size)
    set_skill_settings(runtime.db, learner.id, "jobs", {"all_open": True})
    window.open_learner(learner.id)
    window.open_skill("jobs")
    room = window.room
    problems = []
    for row in range(room.projects.count()):
        room.projects.setCurrentRow(row)
        room.open_selected()
        qtbot.wait(30)
        problems += [f"guide {row}: {p}" for p in outside(window)]
        room.start_work()
        qtbot.wait(50)
        if (window.width(), window.height()) != size:
            problems.append(f"task {row}: window grew to {window.width()}x{window.height()}")
        problems += [f"task {row}: {p}" for p in outside(window)]
        room.show_list()
    assert not problems, "\n".join(problems)
