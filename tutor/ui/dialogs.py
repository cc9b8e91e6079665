"""Small dialogs: About, lesson problems, and the calm message after an error."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from tutor import __version__
from tutor.content import Problem
from tutor.i18n.qt import translated
from tutor.paths import REASONS
from tutor.startup import Runtime
from tutor.ui.style import set_role


def _close_buttons(dialog: QDialog, name: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.setObjectName(name)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    close.setObjectName(f"{name}Close")
    # Our own word, so every language has it (Qt ships no Swahili for its buttons).
    close.setText(QCoreApplication.translate("dialogs", "Close"))
    close.setAccessibleName(close.text())
    buttons.rejected.connect(dialog.reject)
    buttons.accepted.connect(dialog.accept)
    return buttons


class AboutDialog(QDialog):
    def __init__(self, runtime: Runtime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Tutor"))
        title = set_role(QLabel(self.tr("Tutor {version}").format(version=__version__)), "title")
        where = translated("paths", REASONS[runtime.location.reason])
        text = QLabel(
            "<p>" + self.tr("Digital skills for work, for adult beginners.") + "</p><p>"
            + self.tr("Your data folder: {path}").format(path=runtime.location.path)
            + f" ({where})</p><p>"
            + self.tr("Log file: {path}").format(path=runtime.log_file)
            + "</p><p>"
            + self.tr("Free software under the GNU General Public License, version 3 or later.")
            + f"</p><p>Python {platform.python_version()} · Qt for Python {pyside_version}</p>"
        )
        text.setObjectName("aboutText")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(_close_buttons(self, "aboutButtons"))


class ProblemsDialog(QDialog):
    """Lesson packs that could not be loaded, for the trainer to fix."""

    def __init__(self, problems: list[Problem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsDialog")
        self.setWindowTitle(self.tr("Problems with lessons"))
        intro = QLabel(
            self.tr("These lesson files have mistakes and were left out. The other "
                    "lessons work. A trainer can fix the files and start Tutor again.")
        )
        intro.setWordWrap(True)
        listing = QListWidget()
        listing.setObjectName("problemsList")
        listing.setAccessibleName(self.tr("Problems with lessons"))
        for problem in problems:
            message = translated("lessons", problem.source, problem.params)
            listing.addItem(f"{problem.file}:{problem.line}: {message}")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(listing)
        layout.addWidget(_close_buttons(self, "problemsButtons"))
        self.resize(720, 360)


class ErrorDialog(QDialog):
    """What happened, that progress is safe, and where the details are."""

    def __init__(self, message: str, log_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        title = set_role(QLabel(self.tr("Sorry, something went wrong.")), "subtitle")
        what = QLabel(message)
        what.setObjectName("errorMessage")
        what.setWordWrap(True)
        safe = QLabel(
            self.tr("The work you finished before is saved. You can go on.")
            + "\n"
            + self.tr("For your trainer, the details are in {path}").format(path=log_file)
        )
        safe.setWordWrap(True)
        safe.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.setObjectName("errorButtons")
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("errorOk")
        ok.setText(self.tr("OK"))
        ok.setAccessibleName(ok.text())
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(what)
        layout.addWidget(safe)
        layout.addWidget(buttons)
