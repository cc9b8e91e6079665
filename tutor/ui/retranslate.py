"""One mechanism for switching a screen's words when the language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mix into a QWidget subclass (first among its bases) that has ``retranslate()``:
    Qt's LanguageChange event, sent when the interface's language changes, calls it."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]
