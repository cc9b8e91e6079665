"""The centre server, as a learner sees it: a few words in the top bar.

When this PC is joined to a centre server (``tutor.store.server.server_url``), a
background thread (``SyncThread``) runs the ``tutor.store.sync.Syncer``: attempts go to
the server from the outbox while the learners work. What the learner sees
(``SyncIndicator``, in the bar): "Saved on this PC." once a room has recorded an
exercise, "Saved on the centre server." once the server has it, and "3 results waiting
for the centre server" while some wait. Never an error dialog: a server that is away is
said calmly in the tooltip, and the results are safe on this PC meanwhile.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from tutor.store.db import Database
from tutor.store.models import Attempt
from tutor.store.sync import Syncer, SyncStatus
from tutor.ui.fitting import ElidedLabel
from tutor.ui.retranslate import Retranslating
from tutor.ui.style import set_role

log = logging.getLogger(__name__)

STOP_WAIT_MS = 5_000  # a run in progress ends within the server's connect timeout (3 s)


def joined_server(data_dir: Path) -> str | None:
    """The centre server this PC is joined to (its address, password included), or None."""
    from tutor.store.server import server_url

    return server_url(data_dir)


class SyncThread(QThread):
    """Runs the syncer's loop; its reports arrive in the GUI thread as signals."""

    status_changed = Signal(object)  # SyncStatus
    delivered = Signal(list)  # the attempt ids the server now has
    pulled = Signal(list)  # learners the server brought news of (profile, attempts)

    def __init__(self, local_db: Database, server_url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncThread")
        self.syncer = Syncer(local_db, server_url, on_delivered=self.delivered.emit,
                             on_status=self.status_changed.emit, on_pulled=self.pulled.emit)

    def run(self) -> None:  # in the thread
        try:
            self.syncer.run()
        except Exception:  # never a crash for the learner: logged, and Tutor goes on
            log.exception("the centre server's synchronisation stopped")

    def nudge(self) -> None:
        self.syncer.nudge()

    def stop(self) -> None:
        self.syncer.stop()
        if not self.wait(STOP_WAIT_MS):
            log.warning("synchronisation still running at exit")


class SyncIndicator(Retranslating, ElidedLabel):
    """The bar's few words about the centre server (hidden when there is nothing to say).
    Where the sentence does not fit (a lab PC's 1024-pixel screen with a learner open),
    a short form says the same ("Saved: this PC", "Saved: centre"): an elided "Saved…"
    would not tell the learner where. The accessible name is always the sentence."""

    short = ""

    FLAGS = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)

    def shown(self) -> tuple[str, QFont]:
        """What is drawn, and in which font: the sentence when it fits; else the short
        form, on one or two lines, in the largest font (down to 65 %) in which every
        word fits; elided only if even that does not."""
        rect = self.contentsRect()
        if not self.short or self.fontMetrics().horizontalAdvance(self.text()) <= rect.width():
            return self.text(), self.font()
        font = QFont(self.font())
        base = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        words_fit = False
        for percent in range(100, 60, -5):
            font.setPointSizeF(base * percent / 100)
            metrics = QFontMetrics(font)
            words_fit = all(metrics.horizontalAdvance(word) <= rect.width() for word in self.short.split())
            if words_fit and metrics.boundingRect(rect, self.FLAGS, self.short).height() <= rect.height():
                break
        if words_fit:
            return self.short, font
        return QFontMetrics(font).elidedText(self.short, Qt.TextElideMode.ElideRight, rect.width()), font

    def paintEvent(self, event: QPaintEvent) -> None:
        text, font = self.shown()
        if text == self.text():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setFont(font)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), self.FLAGS, text)
        painter.end()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        set_role(self, "subtitle")
        self.pending = 0
        self.reached = True
        self.saved: uuid.UUID | None = None  # the last attempt recorded at this window
        self.saved_delivered = False
        self.retranslate()

    # -- what happened -----------------------------------------------------------------
    def attempt_saved(self, attempt_id: uuid.UUID) -> None:
        self.saved = attempt_id
        self.saved_delivered = False
        self.pending += 1  # until the syncer's next status says how many exactly
        self.retranslate()

    def delivered(self, attempt_ids: list[uuid.UUID]) -> None:
        if self.saved is not None and self.saved in attempt_ids:
            self.saved_delivered = True
        self.retranslate()

    def status_changed(self, status: SyncStatus) -> None:
        self.pending = status.pending
        self.reached = status.reached
        self.retranslate()

    def forget(self) -> None:
        """Another learner comes: the last one's "Saved" is not theirs to see."""
        self.saved = None
        self.saved_delivered = False
        self.retranslate()

    # -- what is said ------------------------------------------------------------------
    def waiting_text(self) -> str:
        if self.pending == 1:
            return self.tr("1 result waiting for the centre server")
        return self.tr("{count} results waiting for the centre server").format(count=self.pending)

    def retranslate(self) -> None:
        if self.saved is not None and not self.saved_delivered:
            text, self.short = self.tr("Saved on this PC."), self.tr("Saved: this PC")
        elif self.saved is not None and self.pending == 0:
            text, self.short = self.tr("Saved on the centre server."), self.tr("Saved: centre")
        elif self.pending > 0:
            text = self.waiting_text()
            self.short = self.tr("{count} waiting").format(count=self.pending)
        else:
            text = self.short = ""
        self.setText(text)
        self.setAccessibleName(text)
        if self.pending > 0 and not self.reached:
            self.setToolTip(self.tr("The centre server cannot be reached at the moment. Your "
                                    "results are safe on this PC and will be sent to it later."))
        elif self.pending > 0:
            self.setToolTip(self.waiting_text())
        else:
            self.setToolTip(text)
        self.setVisible(bool(text))


class SyncView(QObject):
    """The thread and the indicator together: what the main window starts and stops."""

    pulled = Signal(list)  # learners whose profile or attempts came from the server

    def __init__(self, local_db: Database, server_url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncView")
        self.indicator = SyncIndicator()
        self.worker = SyncThread(local_db, server_url, self)
        self.worker.status_changed.connect(self.indicator.status_changed)
        self.worker.delivered.connect(self.indicator.delivered)
        self.worker.pulled.connect(self.pulled)

    @classmethod
    def for_pc(cls, data_dir: Path, local_db: Database,
               parent: QObject | None = None) -> SyncView | None:
        """The view, started, if this PC is joined to a centre server (and keeps its own
        SQLite database: a PC working on the server directly has nothing to send)."""
        url = joined_server(data_dir)
        if url is None or not local_db.is_sqlite:
            return None
        view = cls(local_db, url, parent)
        view.start()
        return view

    def start(self) -> None:
        self.worker.start(QThread.Priority.LowPriority)

    def attempt_saved(self, attempt: Attempt) -> None:
        """A room recorded ``attempt`` (committed on this PC): say so, and send it soon."""
        self.indicator.attempt_saved(attempt.id)
        self.worker.nudge()

    def learner_opened(self, learner_id: uuid.UUID) -> None:
        """A learner sits at this PC: their progress from other PCs is fetched first
        (``pulled`` is emitted if there was any)."""
        self.worker.syncer.want_learner(learner_id)

    def forget(self) -> None:
        self.indicator.forget()

    def stop(self) -> None:
        self.worker.stop()
