"""A stand-in skill room for the tests of the skill registry and the home screen."""

from datetime import UTC, datetime

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from tutor.store.attempts import record_attempt


def make_room(host):
    room = QWidget()
    room.setObjectName("demoRoom")
    finish = QPushButton("Finish", room)
    finish.setObjectName("demoFinish")
    finish.setAccessibleName("Finish")
    QVBoxLayout(room).addWidget(finish)

    def finished():
        pack = host.catalogue.for_skill("demo")[0]
        now = datetime.now(UTC)
        record_attempt(host.db, host.learner.id, "demo", pack.exercises[0].id, pack.id,
                       pack.version, now, now, 1.0, True)
        host.progress_changed()
        host.go_home()

    finish.clicked.connect(finished)
    return room
