"""The UI language: Qt translators (ours and qtbase), the locale for numbers and money, and a
pseudo-localisation mode that stretches every string to find clipped text."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

log = logging.getLogger(__name__)
# the compiled translations; a plain path (source and PyInstaller builds alike keep them
# beside the package's modules), cheaper to reach than importlib.resources at start-up
I18N_DIR = Path(__file__).resolve().parents[1] / "i18n"

# Each language named in itself, as the picker shows it.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "cs": "Čeština",
    "sk": "Slovenčina",
    "de": "Deutsch",
    "pl": "Polski",
}
LOCALES = {"en": "en_GB", "cs": "cs_CZ", "sk": "sk_SK", "de": "de_DE", "pl": "pl_PL"}
PSEUDO = "pseudo"

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "ȧƀçđéƒğĥíĵķĺɱñöƥɋřšŧüṽŵẋýžÅƁÇĐÉƑĞĤÍĴĶĹṀÑÖƤɊŘŠŦÜṼŴẊÝŽ",
)


def pseudo(text: str) -> str:
    """Accented and about 40 % longer, placeholders (%1, %n) kept intact."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "%" and i + 1 < len(text) and (text[i + 1].isdigit() or text[i + 1] == "n"):
            out.append(text[i:i + 2])
            i += 2
            continue
        out.append(text[i].translate(_ACCENTED))
        i += 1
    body = "".join(out)
    pad = "~" * max(1, round(len(text) * 0.4) - 2)
    return f"[{body}{pad}]" if text.strip() else text


class PseudoTranslator(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


def qm_path(lang: str) -> Path | None:
    path = I18N_DIR / f"kiosk_{lang}.qm"
    return Path(str(path)) if path.is_file() else None


class Languages(QObject):
    """Installs the translators for one language at a time; Qt then tells every widget."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current = "en"
        self._installed: list[QTranslator] = []

    def available(self) -> list[str]:
        return [lang for lang in LANGUAGES if lang == "en" or qm_path(lang) is not None]

    def switch(self, lang: str) -> bool:
        """Switch the whole UI now; False if that language is not available."""
        if lang != PSEUDO and lang not in self.available():
            return False
        app = QCoreApplication.instance()
        # the locale first: removing and installing translators retranslates every widget
        QLocale.setDefault(QLocale(LOCALES.get(lang, "en_GB")))
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        if lang == PSEUDO:
            self._installed.append(PseudoTranslator(self))
        else:
            ours = QTranslator(self)
            path = qm_path(lang)
            if path is None or not ours.load(str(path)):
                if lang != "en":  # English is the source: without its plurals it still works
                    log.warning("cannot load translations for %s", lang)
                    return False
            qt = QTranslator(self)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if lang != "en" and qt.load(f"qtbase_{lang}", qt_dir):
                self._installed.append(qt)
            self._installed.append(ours)
        for translator in self._installed:
            app.installTranslator(translator)
        self.current = lang
        self.changed.emit(lang)
        return True

    @property
    def api_language(self) -> str:
        """What goes out as Accept-Language."""
        return "en" if self.current == PSEUDO else self.current
