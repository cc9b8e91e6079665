"""Qt's side of translation: loading a language, and translating messages that pure
modules marked with ``QT_TRANSLATE_NOOP``.

Compiled translations (``tutor_<lang>.qm``) are built from the ``.ts`` sources beside
this file by the README's commands and by the packaging build.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from tutor.errors import TutorError
from tutor.i18n import is_right_to_left, normalise_language
from tutor.paths import resource
from tutor.ui.app_wide import app_wide_change
from tutor.ui.by_name import set_by_name

log = logging.getLogger(__name__)


def qm_folder():
    return resource("tutor", "i18n")


class Translations:
    """The translators installed in the application for the current language."""

    def __init__(self, app: QCoreApplication, default: str | None = None) -> None:
        self.app = app
        # The language of the picker: the PC's, unless TUTOR_LANGUAGE says otherwise.
        self.default = normalise_language(default or QLocale.system().name())
        self.language = "en"
        self._translators: list[QTranslator] = []

    def use(self, language: str) -> str:
        """Switch the interface to ``language``; widgets get a LanguageChange event."""
        language = normalise_language(language)
        with app_wide_change():
            self._use(language)
        return language

    def _use(self, language: str) -> None:
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = []
        if language != "en":
            ours = QTranslator(self.app)
            if ours.load(f"tutor_{language}", str(qm_folder())):
                self._translators.append(ours)
            else:
                log.warning("no compiled translation tutor_%s.qm in %s", language, qm_folder())
            qt_own = QTranslator(self.app)
            qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{language}", qt_path):
                self._translators.append(qt_own)
            for translator in self._translators:
                self.app.installTranslator(translator)
        self.language = language
        QLocale.setDefault(QLocale(language))
        # Widgets retranslate on the LanguageChange events Qt posts; deliver them now so
        # the whole window is in one language when this returns. Widgets already given
        # up (deleteLater: a room just left) go first: delivering the event into one of
        # them while Python freed a part of it crashed the app now and then.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        if isinstance(self.app, QApplication):
            set_by_name(self.app, layoutDirection="RightToLeft" if is_right_to_left(language)
                        else "LeftToRight")


def ui_language() -> str:
    """The language the screens are in now (``Translations.use`` sets Qt's default
    locale)."""
    return QLocale().name().split("_")[0]


def translated(context: str, source: str, params: Mapping[str, Any] | None = None) -> str:
    text = QCoreApplication.translate(context, source)
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return source.format(**(params or {}))


def translate_error(error: BaseException) -> str:
    """The message of ``error`` in the current language."""
    if isinstance(error, TutorError):
        return translated("errors", error.source, error.params)
    return str(error)
