"""The job-tasks room: a work platform's projects, as a learner meets them.

The list of projects (each with its client and where the learner stands: not qualified
yet, qualified with their quality and speed), a project's guidelines, the qualification
(gold tasks, one at a time, each answered with a verdict; passed at the project's pass
mark, with its retries), then the queue (tasks one after another, the quality and speed
shown as the platforms show them, "Stop for now" any time). Each task is shown by
``view_tasks.make_task_widget``; the rules are ``engine.ProjectWork``'s. A qualification
try is an attempt; so is each queue session (saved after every ``SESSION_TASKS`` tasks
and when the learner stops), so a power cut loses at most the task being done.
"""

from __future__ import annotations

import html
import json
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tutor.content import LessonPack
from tutor.curriculum import exercise_level
from tutor.errors import TutorError
from tutor.i18n.qt import translate_error, translated
from tutor.profiles import lesson_language
from tutor.skills.jobs.engine import ProjectWork
from tutor.skills.jobs.model import JobsExercise
from tutor.skills.jobs.progress import AttemptLike, ProjectStanding, open_levels, standings
from tutor.store.attempts import attempts_of
from tutor.store.learners import set_skill_settings, skill_settings
from tutor.ui.fitting import CurrentPageStack
from tutor.ui.retranslate import Retranslating
from tutor.ui.rooms import RoomHost
from tutor.ui.style import set_role, ui_icon

log = logging.getLogger(__name__)

SESSION_TASKS = 5  # queue tasks per saved session attempt
ALL_OPEN = "all_open"  # learner settings of the skill: a trainer opened every project
DRAFTS = "drafts"  # learner settings of the skill: {pack/project/task: the text typed}
MAX_DRAFT = 20_000
CONTEXT = "jobs"


def make_room(host: RoomHost) -> QWidget:
    room = JobsRoom(host)
    if host.start_at is not None:  # the home's "Next step"
        pack = host.catalogue.packs.get(host.start_at[0])
        exercise = pack.exercise(host.start_at[1]) if pack is not None else None
        if pack is not None and isinstance(exercise, JobsExercise):
            room.open_project(pack, exercise)
    return room


def _button(name: str, icon: str = "", primary: bool = False) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    if icon:
        button.setIcon(ui_icon(icon))
    if primary:
        set_role(button, "primary")
    button.setAutoDefault(True)  # Enter presses the button that has the keyboard, as Space
    return button


def _scroll(widget: QWidget, name: str) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class JobsRoom(Retranslating, QWidget):
    """Projects, guidelines, qualification and queue."""

    def __init__(self, host: RoomHost, parent: QWidget | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.setObjectName("jobsRoom")
        self.host = host
        self.clock = clock
        self.pack: LessonPack | None = None
        self.project: JobsExercise | None = None
        self.work: ProjectWork | None = None
        self.task_widget: QWidget | None = None
        self.started = datetime.now(UTC)  # of the qualification try or queue session
        self.session_start_done = 0  # queue tasks done when the session started
        self.problem = ""

        self.title = set_role(QLabel(), "title")
        self.title.setWordWrap(True)
        self.pages = CurrentPageStack()
        self.pages.setObjectName("jobsPages")

        # -- the projects -------------------------------------------------------------
        self.list_page = QWidget()
        self.list_hint = set_role(QLabel(), "hint")
        self.list_hint.setWordWrap(True)
        self.projects = QListWidget()
        self.projects.setObjectName("jobsProjects")
        self.projects.itemActivated.connect(lambda _item: self.open_selected())
        self.open_button = _button("jobsOpen", "check", primary=True)
        self.open_button.clicked.connect(self.open_selected)
        self.export_button = _button("jobsExport", "info")
        self.export_button.clicked.connect(self.export_selected)
        self.export_said = set_role(QLabel(), "hint")
        self.export_said.setObjectName("jobsExportSaid")
        self.export_said.setWordWrap(True)
        list_layout = QVBoxLayout(self.list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.list_hint)
        list_layout.addWidget(self.projects, 1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.export_button)
        list_buttons.addWidget(self.export_said, 1)
        list_buttons.addWidget(self.open_button)
        list_layout.addLayout(list_buttons)

        # -- a project's guidelines ------------------------------------------------------
        self.guide_page = QWidget()
        self.guide_client = set_role(QLabel(), "cue")
        self.guide_client.setWordWrap(True)
        self.guide_text = QLabel()
        self.guide_text.setObjectName("jobsGuidelines")
        self.guide_text.setWordWrap(True)
        self.guide_text.setTextFormat(Qt.TextFormat.RichText)
        self.guide_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.guide_standing = set_role(QLabel(), "hint")
        self.guide_standing.setWordWrap(True)
        self.back_button = _button("jobsBack", "back")
        self.back_button.clicked.connect(self.show_list)
        self.start_button = _button("jobsStart", "check", primary=True)
        self.start_button.clicked.connect(self.start_work)
        guide_buttons = QHBoxLayout()
        guide_buttons.addWidget(self.back_button)
        guide_buttons.addStretch(1)
        guide_buttons.addWidget(self.start_button)
        # The guidelines' picture: an example of the project's work, drawn from its first
        # gold task (a street scene to box, a paper to type), as platforms show one.
        self.guide_picture = QLabel()
        self.guide_picture.setObjectName("jobsGuidelinesPicture")
        self.guide_picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        guide_inner = QWidget()
        guide_inner.setObjectName("jobsGuidelinesInner")
        guide_row = QHBoxLayout(guide_inner)
        guide_row.setContentsMargins(0, 0, 0, 0)
        guide_row.addWidget(self.guide_text, 1)
        guide_row.addWidget(self.guide_picture, 0, Qt.AlignmentFlag.AlignTop)
        guide_layout = QVBoxLayout(self.guide_page)
        guide_layout.setContentsMargins(0, 0, 0, 0)
        guide_layout.addWidget(self.guide_client)
        guide_layout.addWidget(_scroll(guide_inner, "jobsGuidelinesScroll"), 1)
        guide_layout.addWidget(self.guide_standing)
        guide_layout.addLayout(guide_buttons)

        # -- a task ------------------------------------------------------------------------
        self.task_page = QWidget()
        self.task_header = set_role(QLabel(), "cue")
        self.task_header.setObjectName("jobsTaskHeader")
        self.task_figures = set_role(QLabel(), "hint")
        self.task_figures.setObjectName("jobsFigures")
        # The task in a scroll area: on a small screen in large text, the task scrolls
        # inside the page and the page's buttons stay on the screen.
        self.task_area = QScrollArea()
        self.task_area.setObjectName("jobsTaskArea")
        self.task_area.setWidgetResizable(True)
        self.task_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.feedback = QLabel()
        self.feedback.setObjectName("jobsFeedback")
        self.feedback.setWordWrap(True)
        self.guidelines_button = _button("jobsShowGuidelines", "info")
        self.guidelines_button.clicked.connect(self.show_guidelines_again)
        self.stop_button = _button("jobsStop", "close")
        self.stop_button.clicked.connect(self.stop)
        self.next_button = _button("jobsNext", "check", primary=True)
        self.next_button.clicked.connect(self.next_task)
        top = QHBoxLayout()
        top.addWidget(self.task_header, 1)
        top.addWidget(self.task_figures)
        bottom = QHBoxLayout()
        bottom.addWidget(self.guidelines_button)
        bottom.addWidget(self.stop_button)
        bottom.addWidget(self.feedback, 1)
        bottom.addWidget(self.next_button)
        task_layout = QVBoxLayout(self.task_page)
        task_layout.setContentsMargins(0, 0, 0, 0)
        task_layout.addLayout(top)
        task_layout.addWidget(self.task_area, 1)
        task_layout.addLayout(bottom)

        # -- the qualification's result ------------------------------------------------------
        self.result_page = QWidget()
        self.result_text = QLabel()
        self.result_text.setObjectName("jobsResult")
        self.result_text.setWordWrap(True)
        set_role(self.result_text, "cue")
        self.saved = set_role(QLabel(), "hint")
        self.saved.setObjectName("jobsSaved")
        self.read_again = _button("jobsReadAgain", "info")
        self.read_again.clicked.connect(self.show_guide)
        self.retry_button = _button("jobsRetry", "check", primary=True)
        self.retry_button.clicked.connect(self.start_work)
        self.queue_button = _button("jobsToQueue", "check", primary=True)
        self.queue_button.clicked.connect(self.start_work)
        self.list_button = _button("jobsToList", "back")
        self.list_button.clicked.connect(self.show_list)
        result_buttons = QHBoxLayout()
        result_buttons.addWidget(self.list_button)
        result_buttons.addWidget(self.read_again)
        result_buttons.addStretch(1)
        result_buttons.addWidget(self.retry_button)
        result_buttons.addWidget(self.queue_button)
        result_layout = QVBoxLayout(self.result_page)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addWidget(self.result_text)
        result_layout.addWidget(self.saved)
        result_layout.addStretch(1)
        result_layout.addLayout(result_buttons)

        for page in (self.list_page, self.guide_page, self.task_page, self.result_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        self.retranslate()
        self.show_list()

    # -- the projects ------------------------------------------------------------------------
    def packs(self) -> list[LessonPack]:
        return self.host.catalogue.packs_in(self.host.skill.id, lesson_language(self.host.learner))

    def standings(self) -> dict[tuple[str, str], ProjectStanding]:
        return standings(cast(list[AttemptLike],
                              attempts_of(self.host.db, self.host.learner.id, self.host.skill.id)))

    def show_list(self) -> None:
        self._drop_task()
        self.project = None
        self.work = None
        known = self.standings()
        projects = [(pack, exercise) for pack in self.packs() for exercise in pack.exercises
                    if isinstance(exercise, JobsExercise)]
        levels = {(pack.id, exercise.id): exercise_level(exercise)
                  for pack, exercise in projects}
        all_open = skill_settings(self.host.learner, self.host.skill.id).get(ALL_OPEN) is True
        highest = open_levels(levels, known)
        self.projects.clear()
        for pack, exercise in projects:
            standing = known.get((pack.id, exercise.id))
            level = levels[(pack.id, exercise.id)]
            locked = not all_open and level is not None and level > highest
            words = (self.tr("Opens when you qualify in a project of level {level}").format(
                level=level - 1) if locked and level is not None
                else self.standing_words(standing))
            item = QListWidgetItem(f"{exercise.title} · {exercise.client}\n{words}")
            item.setData(Qt.ItemDataRole.UserRole, (pack.id, exercise.id))
            if locked:  # (seen, not opened: the ladder shows where it leads)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.projects.addItem(item)
        first_open = next((row for row in range(self.projects.count())
                           if self.projects.item(row).flags() & Qt.ItemFlag.ItemIsEnabled), -1)
        if first_open >= 0:
            self.projects.setCurrentRow(first_open)
        self.pages.setCurrentWidget(self.list_page)
        self.setFocusProxy(self.projects)
        self.retranslate()

    def standing_words(self, standing: ProjectStanding | None) -> str:
        if standing is None or (not standing.qualified and not standing.tries):
            return self.tr("Not started")
        if not standing.qualified:
            return self.tr("Not qualified yet (tries: {tries})").format(tries=standing.tries)
        if not standing.tasks:
            return self.tr("Qualified")
        return self.tr("Qualified · quality {quality}% · {tasks} tasks · {speed} tasks an "
                       "hour").format(quality=round(standing.quality * 100),
                                      tasks=standing.tasks, speed=round(standing.tasks_per_hour))

    # -- exports ----------------------------------------------------------------------------
    def choose_folder(self) -> Path | None:  # (replaced in tests)
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to save your work"))
        return Path(folder) if folder else None

    def export_selected(self) -> None:
        """The answers given in the selected project, in the real tools' formats: Label
        Studio JSON, COCO (boxes, with the pictures) and CoNLL (names marked)."""
        from tutor.skills.jobs import exports
        from tutor.skills.jobs.progress import answered_tasks

        item = self.projects.currentItem()
        if item is None:
            return
        pack_id, exercise_id = item.data(Qt.ItemDataRole.UserRole)
        pack = self.host.catalogue.packs.get(pack_id)
        project = pack.exercise(exercise_id) if pack is not None else None
        if not isinstance(project, JobsExercise):
            return
        attempts = [a for a in attempts_of(self.host.db, self.host.learner.id, self.host.skill.id)
                    if (a.pack_id, a.exercise_id) == (pack_id, exercise_id)]
        pairs = [(task, answer) for task, answer in answered_tasks(project, attempts)
                 if task.kind in ("classify", "entities", "boxes")]
        if not pairs:
            self.export_said.setText(self.tr(
                "Nothing to export yet: answers to sort, mark or box come out in the "
                "formats the real tools use."))
            return
        folder = self.choose_folder()
        if folder is None:
            return
        written = []
        try:
            name = f"{exercise_id}-label-studio.json"
            (folder / name).write_text(json.dumps(exports.label_studio(pairs), indent=1,
                                                  ensure_ascii=False), encoding="utf-8")
            written.append(name)
            boxes = [(task, answer) for task, answer in pairs if task.kind == "boxes"]
            if boxes:
                from tutor.skills.jobs.view_scene import scene_pixmap

                name = f"{exercise_id}-coco.json"
                (folder / name).write_text(json.dumps(exports.coco(boxes), indent=1),
                                           encoding="utf-8")
                written.append(name)
                for task in {task.id: task for task, _ in boxes}.values():
                    scene_pixmap(task.scene).save(str(folder / exports.image_name(task)))
            marks = [(task, answer) for task, answer in pairs if task.kind == "entities"]
            if marks:
                name = f"{exercise_id}-conll.txt"
                (folder / name).write_text(exports.conll(marks), encoding="utf-8")
                written.append(name)
        except OSError as exc:  # a full or read-only stick: said, nothing else lost
            log.warning("export to %s failed: %s", folder, exc)
            self.export_said.setText(self.tr("The files could not be written in {folder}.")
                                     .format(folder=str(folder)))
            return
        self.export_said.setText(self.tr("Saved in {folder}: {files}.").format(
            folder=str(folder), files=", ".join(written)))

    def open_selected(self) -> None:
        item = self.projects.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        pack_id, exercise_id = item.data(Qt.ItemDataRole.UserRole)
        pack = self.host.catalogue.packs.get(pack_id)
        exercise = pack.exercise(exercise_id) if pack is not None else None
        if pack is not None and isinstance(exercise, JobsExercise):
            self.open_project(pack, exercise)

    def open_project(self, pack: LessonPack, exercise: JobsExercise) -> None:
        self.pack, self.project = pack, exercise
        standing = self.standings().get((pack.id, exercise.id))
        self.work = ProjectWork(exercise, self.clock(),
                                qualified=bool(standing and standing.qualified))
        self.show_guide()

    # -- guidelines ---------------------------------------------------------------------------
    def show_guide(self) -> None:
        self._drop_task()
        project = self.project
        if project is None:
            return
        rules = "".join(f"<li>{html.escape(rule.text)}{self._rule_picture(rule.picture)}</li>"
                        for rule in project.guidelines)
        self.guide_text.setText(f"<ol>{rules}</ol>")
        example = self._example_picture(project)
        self.guide_picture.setVisible(example is not None)
        if example is not None:  # (within 320x260: the page fits a 600-pixel screen)
            self.guide_picture.setPixmap(example.scaled(
                QSize(320, 260), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.pages.setCurrentWidget(self.guide_page)
        self.setFocusProxy(self.start_button)
        self.start_button.setFocus()
        self.retranslate()

    @staticmethod
    def _rule_picture(name: str) -> str:
        """A guideline's own picture (``assets/jobs/<name>``), if the pack names one."""
        from tutor.paths import resource

        path = resource("assets", "jobs", name) if name else None
        if path is None or not path.is_file() or "/" in name or "\\" in name:
            return ""
        return f'<br><img src="{html.escape(str(path))}" width="240">'

    def _example_picture(self, project: JobsExercise) -> Any:
        """An example of the work (a scene, a paper) beside the guidelines, or None."""
        task = project.qualification[0]
        try:
            if task.kind == "boxes":
                from tutor.skills.jobs.view_scene import scene_pixmap

                return scene_pixmap(task.scene, QSize(320, 200))
            if task.document is not None:
                from tutor.skills.jobs.view_document import document_pixmap

                return document_pixmap(task.document, 260)
        except Exception:  # a picture that cannot be drawn: the words are enough
            log.exception("the example picture of %s", project.id)
        return None

    def show_guidelines_again(self) -> None:
        """The guidelines over the task (the task stays as it is)."""
        from PySide6.QtWidgets import QMessageBox

        if self.project is not None:
            QMessageBox.information(self, self.project.title,
                                    "\n\n".join(rule.text for rule in self.project.guidelines))

    # -- tasks ----------------------------------------------------------------------------------
    def start_work(self) -> None:
        work = self.work
        if work is None:
            return
        if work.stage == "not-qualified" and work.tries_left > 0:
            work.retry(self.clock())
        self.started = datetime.now(UTC)
        self.session_start_done = work.queue_done
        self.show_task()

    def show_task(self) -> None:
        from tutor.skills.jobs.view_tasks import make_task_widget

        work = self.work
        if work is None:
            return
        self._drop_task()
        task = work.current_task()
        if task is None:
            self.show_list()
            return
        try:
            widget = make_task_widget(task, self.task_page)
        except Exception:  # a task that cannot be shown: said, and the next one offered
            log.exception("the task %s of %s cannot be shown", task.id,
                          self.project.id if self.project else "?")
            self.feedback.setText(self.tr("This task cannot be shown. Go on to the next one."))
            self.next_button.setEnabled(True)
            self.pages.setCurrentWidget(self.task_page)
            return
        widget.answered.connect(self.answered)
        if hasattr(widget, "draft_changed"):  # a transcript: kept as it is typed
            key = self._draft_key(task.id)
            getattr(widget, "set_draft")(self._drafts().get(key, ""))  # noqa: B009
            widget.draft_changed.connect(partial(self._keep_draft, key))
        self.task_widget = widget
        self.task_area.setWidget(widget)
        work.show_task(self.clock())  # the task's time starts now
        self.feedback.setText("")
        self.next_button.setEnabled(False)
        self.stop_button.setVisible(work.stage == "queue")
        self.pages.setCurrentWidget(self.task_page)
        self.setFocusProxy(widget)
        widget.setFocus()
        self._show_figures()
        self.retranslate()

    # -- drafts (a transcript being typed survives a power cut) ------------------------------
    def _draft_key(self, task_id: str) -> str:
        return f"{self.pack.id if self.pack else ''}/{self.project.id if self.project else ''}" \
            f"/{task_id}"

    def _drafts(self) -> dict[str, str]:
        drafts = skill_settings(self.host.learner, self.host.skill.id).get(DRAFTS, {})
        return {str(k): str(v) for k, v in drafts.items()} if isinstance(drafts, dict) else {}

    def _keep_draft(self, key: str, text: str) -> None:
        drafts = self._drafts()
        if text:
            drafts[key] = text[:MAX_DRAFT]
        else:
            drafts.pop(key, None)
        try:
            self.host.learner = set_skill_settings(self.host.db, self.host.learner.id,
                                                   self.host.skill.id, {DRAFTS: drafts})
        except TutorError as exc:  # a full disk: said where the feedback goes
            self.feedback.setText(translate_error(exc))

    def _drop_task(self) -> None:
        if self.task_widget is not None:
            widget = self.task_area.takeWidget()
            if widget is not None:
                widget.setParent(self.task_page)  # (Qt's until it is deleted)
                widget.hide()
                widget.deleteLater()
            self.task_widget = None

    def answered(self, answer: object) -> None:
        work = self.work
        if work is None or self.task_widget is None:
            return
        self.task_widget.setEnabled(False)
        task = work.current_task()
        explanation = task.explanation if task is not None else ""
        verdict = work.answer(answer, self.clock())
        if task is not None and hasattr(self.task_widget, "draft_changed"):
            self._keep_draft(self._draft_key(task.id), "")  # answered: no draft left
        # (a note is (source, params), or (source, params, context) when another
        # skill's grader wrote it, as the email's for a proposal)
        notes = " ".join(translated(note[2] if len(note) > 2 else CONTEXT, note[0], note[1])
                         for note in verdict.notes)
        if verdict.passed:
            words = self.tr("Right. Score {score}%.").format(score=round(verdict.score * 100))
        else:
            words = self.tr("Not right. Score {score}%.").format(score=round(verdict.score * 100))
        self.feedback.setText(" ".join(part for part in (words, notes, explanation) if part))
        set_role(self.feedback, "hint" if verdict.passed else "error")
        self.feedback.style().polish(self.feedback)
        self.next_button.setEnabled(True)
        self.next_button.setFocus()
        self._show_figures()
        if work.stage == "queue" and work.queue_done - self.session_start_done >= SESSION_TASKS:
            self._save_session()

    def next_task(self) -> None:
        work = self.work
        if work is None:
            return
        if work.qualification_done():
            self._finish_qualification()
            return
        self.show_task()

    def _show_figures(self) -> None:
        work = self.work
        if work is None:
            return
        if work.stage == "qualification":
            self.task_header.setText(self.tr("Qualification: task {n} of {count}").format(
                n=min(work.qualification_position + 1, work.qualification_count),
                count=work.qualification_count))
            self.task_figures.setText("")
            return
        self.task_header.setText(self.tr("Task {n} of the queue").format(n=work.queue_done + 1))
        if work.queue_done:
            self.task_figures.setText(self.tr("Quality {quality}% · {speed} tasks an hour")
                                      .format(quality=round(work.quality() * 100),
                                              speed=round(work.tasks_per_hour())))
        else:
            self.task_figures.setText("")

    # -- attempts -------------------------------------------------------------------------------
    def _finish_qualification(self) -> None:
        work, pack = self.work, self.pack
        if work is None or pack is None:
            return
        attempt = work.finish_qualification(pack.id, pack.version, self.started,
                                            datetime.now(UTC))
        self.problem = ""
        try:
            self.host.finish(attempt)
        except TutorError as exc:
            self.problem = translate_error(exc)
        result = work.qualification_result()
        right, count = (result.right, result.count) if result is not None else (0, 0)
        if work.stage == "queue":
            text = self.tr("You qualified: {right} of {count} right. The queue is open.")
        elif work.tries_left > 0:
            text = self.tr("Not yet: {right} of {count} right; {needed}% is needed. Read the "
                           "guidelines again, then try once more.")
        else:
            text = self.tr("Not yet: {right} of {count} right; {needed}% is needed. Ask your "
                           "trainer, practise the skill, and come back to this project.")
        self.result_text.setText(text.format(right=right, count=count,
                                             needed=round(work.project.pass_mark * 100)))
        self.saved.setText(self.problem or self.tr("Saved."))
        set_role(self.saved, "error" if self.problem else "hint")
        self.saved.style().polish(self.saved)
        self.retry_button.setVisible(work.stage == "not-qualified" and work.tries_left > 0)
        self.queue_button.setVisible(work.stage == "queue")
        self._drop_task()
        self.pages.setCurrentWidget(self.result_page)
        focus = self.queue_button if work.stage == "queue" else (
            self.retry_button if self.retry_button.isVisibleTo(self) else self.list_button)
        self.setFocusProxy(focus)
        focus.setFocus()
        self.retranslate()

    def _save_session(self) -> bool:
        work, pack = self.work, self.pack
        if work is None or pack is None or work.queue_done <= self.session_start_done:
            return True
        attempt = work.finish_session(pack.id, pack.version, self.started, datetime.now(UTC))
        try:
            self.host.finish(attempt)
        except TutorError as exc:
            self.feedback.setText(translate_error(exc))
            set_role(self.feedback, "error")
            self.feedback.style().polish(self.feedback)
            return False
        self.started = datetime.now(UTC)
        self.session_start_done = work.queue_done
        return True

    def stop(self) -> None:
        """Stop for now: the session's tasks are saved, then the list of projects."""
        if self._save_session():
            self.show_list()

    def may_leave(self) -> bool:
        """Leaving the room saves the queue session's tasks first."""
        return self._save_session()

    # -- words ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        project = self.project
        self.title.setText(project.title if project is not None and
                           self.pages.currentWidget() is not self.list_page
                           else translated("skills", "Job tasks"))
        self.list_hint.setText(self.tr(
            "Work as on an online platform: read the guidelines, pass the qualification "
            "(gold tasks, 80% right), then work through the queue. Your quality and speed "
            "are measured as the platforms measure them."))
        if project is not None:
            self.guide_client.setText(self.tr("Client: {client}. The guidelines:").format(
                client=project.client))
            work = self.work
            qualified = work is not None and work.stage == "queue"
            self.start_button.setText(self.tr("Go to the queue") if qualified
                                      else self.tr("Start the qualification"))
            self.guide_standing.setText(
                self.tr("You are qualified for this project.") if qualified
                else self.tr("The qualification: {count} tasks; {needed}% right is needed.")
                .format(count=len(project.qualification), needed=round(project.pass_mark * 100)))
        else:
            self.start_button.setText(self.tr("Start the qualification"))
        pairs = [
            (self.open_button, self.tr("Open")),
            (self.export_button, self.tr("Export my answers")),
            (self.back_button, self.tr("Back to the projects")),
            (self.guidelines_button, self.tr("Guidelines")),
            (self.stop_button, self.tr("Stop for now")),
            (self.next_button, self.tr("Next")),
            (self.read_again, self.tr("Read the guidelines")),
            (self.retry_button, self.tr("Try again")),
            (self.queue_button, self.tr("Go to the queue")),
            (self.list_button, self.tr("Back to the projects")),
        ]
        for button, text in pairs:
            button.setText(text)
            button.setAccessibleName(text)
        self.start_button.setAccessibleName(self.start_button.text())
        self.projects.setAccessibleName(self.tr("Projects"))
        self.guide_text.setAccessibleName(self.tr("Guidelines"))
        self.guide_picture.setAccessibleName(self.tr("An example of the work"))
        self.setAccessibleName(translated("skills", "Job tasks"))
