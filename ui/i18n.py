"""The window's language: Qt translators chosen from ``WORKSTATION_LANG`` or the system locale.

Every visible string of the UI goes through Qt's ``tr()`` (or ``QCoreApplication.translate`` outside a
QObject); ``pyside6-lupdate`` extracts them into ``resources/translations/workstation_<locale>.ts``
and ``pyside6-lrelease`` compiles those into ``.qm`` files when the package is built (``setup.py``).
How to add or update a language: docs/translations.md.

The language changes words, number and date formats (``QLocale.setDefault``) and, for Arabic and
other right-to-left scripts, the direction of every layout. It never changes what a key does: the
shortcuts stay the same physical keys so a reviewer's hands and the shortcut sheet agree.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

log = logging.getLogger(__name__)

# The languages shipped (docs/translations.md); English is the source text and needs no file.
SHIPPED = ("zh_CN", "id", "ms", "ar")
CATALOG = "workstation"
LANG_VARIABLE = "WORKSTATION_LANG"


@dataclass
class Language:
    """What :func:`install` chose, and the translators it installed (kept alive with the app)."""

    locale: QLocale
    name: str  # e.g. "zh_CN", "en_US"
    translated: bool  # False when no catalogue of ours matched and the window stays in English
    translators: list[QTranslator]


def requested_locale(environ: dict[str, str] | None = None) -> QLocale:
    """``WORKSTATION_LANG`` (e.g. ``zh_CN``, ``ar``) when set, else the system locale."""
    env = os.environ if environ is None else environ
    wanted = env.get(LANG_VARIABLE, "").strip()
    if wanted:
        locale = QLocale(wanted)
        if locale.language() == QLocale.Language.C:
            log.warning("%s=%r is not a language Qt knows; using the system locale", LANG_VARIABLE, wanted)
            return QLocale.system()
        return locale
    return QLocale.system()


def catalog_dir() -> Path | None:
    """The folder holding the compiled ``.qm`` catalogues inside the installed package, if any."""
    folder = resources.files("resources") / "translations"
    if not folder.is_dir():
        return None
    # resources is a plain package on disk (wheel or editable install), never a zip: see pyproject.
    return Path(str(folder))


def install(app: QCoreApplication, locale: QLocale | None = None, *, folder: Path | None = None) -> Language:
    """Install our catalogue and Qt's own (dialog buttons, "Cancel"...) for ``locale``, set it as the
    default for numbers and dates, and set the layout direction (right-to-left for Arabic)."""
    chosen = locale or requested_locale()
    translators: list[QTranslator] = []
    ours = QTranslator(app)
    where = folder or catalog_dir()
    translated = bool(where) and ours.load(chosen, CATALOG, "_", str(where), ".qm")
    if not translated and where:
        # The same language and script in another country: Simplified Chinese in Singapore (zh_SG)
        # reads the zh_CN catalogue; Traditional Chinese (zh_TW, zh_HK) does not.
        for name in SHIPPED:
            shipped = QLocale(name)
            if (shipped.language(), shipped.script()) == (chosen.language(), chosen.script()):
                translated = ours.load(f"{CATALOG}_{name}", str(where))
                if translated:
                    break
    if translated:
        app.installTranslator(ours)
        translators.append(ours)
    elif chosen.language() not in (QLocale.Language.English, QLocale.Language.C):
        log.info("no %s catalogue for %s; the window stays in English", CATALOG, chosen.name())
    qt_own = QTranslator(app)
    if qt_own.load(chosen, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        translators.append(qt_own)
    QLocale.setDefault(chosen)
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(chosen.textDirection())
    return Language(locale=chosen, name=chosen.name(), translated=translated, translators=translators)


def uninstall(app: QCoreApplication, language: Language) -> None:
    """Remove what :func:`install` added (tests switch languages within one process)."""
    for translator in language.translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for ``lupdate`` under ``context`` without translating it now (module tables built at
    import, before a language is installed); translate it when shown with
    ``QCoreApplication.translate(context, text)``. Typed, unlike PySide6's own, whose stub returns
    ``object``; ``lupdate`` recognises the call by its name."""
    return text


def shown(value: object) -> str:
    """``value`` in the window's language, for text made by the pure layers (``media``, ``wellbeing``,
    ``workstation``), which cannot call Qt. They build a *phrase*: an English ``str`` that also keeps
    its context, its ``QT_TRANSLATE_NOOP`` template and its values (``wellbeing.phrases.Phrase``,
    ``media.phrases.Phrase``). Here the template is translated and formatted with the values, each
    shown the same way (a phrase inside a phrase), a number in the locale's digits and separators and a
    date the way a sentence names it (``Jan 9, 2026``, ``2026年1月9日``), a moment too, with its time,
    in the person's time zone and without the year when it is this year. An exception is shown by
    its message; anything else, or a translation that does not format, is shown as the English it is
    (docs/translations.md, "Sentences of the core")."""
    if isinstance(value, BaseException):
        if len(value.args) == 1 and getattr(value.args[0], "tr_template", None) is not None:
            return shown(value.args[0])
        return str(value)
    template = getattr(value, "tr_template", None)
    if template is None:
        return str(value)
    context: str = getattr(value, "tr_context", "")
    values: dict[str, object] = getattr(value, "tr_values", {}) or {}
    translated = QCoreApplication.translate(context, template)
    try:
        return translated.format(**{name: _value(v) for name, v in values.items()})
    except (KeyError, IndexError, ValueError):
        log.warning("the %s translation of %r does not format; shown in English", context, template)
        return str(value)


def _value(value: object) -> object:
    """One value of a phrase as the window shows it (``shown``); the English ``str`` of the phrase
    keeps ASCII digits and ISO dates (``wellbeing.phrases.english``)."""
    from ui.locale_format import formats, person_zone  # locale_format imports this module

    if isinstance(value, str):
        return shown(value)
    if isinstance(value, bool):
        return value
    spec = getattr(value, "spec", None)  # a Figure (wellbeing.phrases): the places its English has
    if isinstance(spec, str) and isinstance(value, float):
        places = re.search(r"\.(\d+)[fF]", spec)
        return formats().number(value, int(places.group(1))) if places else formats().shortest(value)
    if isinstance(value, int):
        return formats().number(value)
    if isinstance(value, float):
        # The core rounds a figure to what it means; two places at most, and no trailing zeros.
        return formats().shortest(value)
    if isinstance(value, datetime):
        return moment_in_sentence(value, person_zone())
    if isinstance(value, date):
        return formats().medium_day(value)
    return value


def moment_in_sentence(at: datetime, zone: tzinfo) -> str:
    """``Jan 9 2:05 PM`` (``1月9日 14:05``, ``٩ يناير ٢:٠٥ م``): a moment inside a sentence, in
    ``zone``; the month named, as for a date in a sentence, and the year only when not this year."""
    from ui.locale_format import formats

    fmt = formats()
    local = (at.replace(tzinfo=UTC) if at.tzinfo is None else at).astimezone(zone)
    this_year = local.year == datetime.now(zone).year
    return f"{fmt.medium_day(local.date(), year=not this_year)} {fmt.time(local, zone)}"
