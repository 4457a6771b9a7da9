"""The Spanish translation: complete, up to date with the code, compiled, and used by the running app."""

from __future__ import annotations

import ast
import datetime as dt
import os
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QMenu, QPushButton, QRadioButton, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from freeze import trim
from handbook.app import build_session
from handbook.core.content.model import ENERGY_LEVELS
from handbook.core.content.pages import KIND_LABELS
from handbook.core.planning import circle
from handbook.gui.shared import core_labels
from handbook.translation import install_translation, remove_translation, translation_file
from tests.conftest import REPO

FOLDER = REPO / "resources" / "translations"
TS = FOLDER / "handbook_es.ts"
QM = FOLDER / "handbook_es.qm"
# One catalogue for every word the app makes: the widgets' tr() and the core's and printing's i18n.translate().
SOURCES = [
    *sorted((REPO / "handbook" / "gui").rglob("*.py")),
    REPO / "handbook" / "app.py",
    *sorted((REPO / "handbook" / "core").rglob("*.py")),
    *sorted((REPO / "handbook" / "printing").rglob("*.py")),
    *sorted((REPO / "handbook" / "commands").rglob("*.py")),  # every command's words, and the command line's
    REPO / "handbook" / "cli.py",
    REPO / "handbook" / "console.py",
    REPO / "handbook" / "exit_codes.py",  # every command's --help ends with them
    REPO / "handbook" / "instance_lock.py",  # "Handbook is already open with this data folder"
]
LUPDATE_OPTIONS = ["-source-language", "en", "-target-language", "es", "-locations", "none", "-no-obsolete"]
UPDATE = (
    "pyside6-lupdate $(find handbook/gui handbook/core handbook/printing handbook/commands -name '*.py' | sort) "
    "handbook/app.py handbook/cli.py handbook/console.py handbook/exit_codes.py handbook/instance_lock.py "
    + " ".join(LUPDATE_OPTIONS)
    + " -ts resources/translations/handbook_es.ts"
)  # fmt: skip
RELEASE = "pyside6-lrelease resources/translations/handbook_es.ts -qm resources/translations/handbook_es.qm"
HOW = (
    f"Update the translation from the checkout's root:\n    {UPDATE}\n"
    "translate what is new (pyside6-linguist resources/translations/handbook_es.ts, or edit the file), then\n"
    f"    {RELEASE}\n(resources/translations/README.md)"
)

Message = tuple[str, str]  # context, source


def qt_tool(name: str) -> Path:
    """lupdate or lrelease from PySide6-Essentials, a dependency of the app: missing means a broken install."""
    import PySide6

    path = Path(PySide6.__file__).parent / (f"{name}.exe" if os.name == "nt" else name)
    if not path.is_file():
        pytest.fail(f"{path} is missing: Qt's {name} comes with PySide6-Essentials; reinstall it "
                    "(python3 -m pip install --force-reinstall PySide6-Essentials). Translation checks need it.")  # fmt: skip
    return path


def messages(ts: Path) -> dict[Message, ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.fixture(scope="module")
def strings_in_code(tmp_path_factory: pytest.TempPathFactory) -> dict[Message, ET.Element]:
    """What lupdate finds in the code today, in a fresh file."""
    fresh = tmp_path_factory.mktemp("lupdate") / "handbook_es.ts"
    subprocess.run(
        [str(qt_tool("lupdate")), *[str(p.relative_to(REPO)) for p in SOURCES], *LUPDATE_OPTIONS, "-ts", str(fresh)],
        cwd=REPO, check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return messages(fresh)


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """The app in Spanish, as on a computer whose language is Spanish; English again afterwards."""
    assert install_translation(qapp, QLocale("es_MX"))
    try:
        yield
    finally:
        remove_translation(qapp)


def test_every_string_in_the_code_is_in_the_translation_file(strings_in_code: dict[Message, ET.Element]) -> None:
    committed = messages(TS)
    missing = sorted(set(strings_in_code) - set(committed))
    stale = sorted(set(committed) - set(strings_in_code))
    assert not missing and not stale, (
        f"handbook_es.ts is out of date with the code.\nNew in the code: {missing}\n"
        f"No longer in the code: {stale}\n{HOW}"
    )


def test_every_string_is_filed_where_the_running_app_looks_for_it(strings_in_code: dict[Message, ET.Element]) -> None:
    """self.tr() looks in the context named after the object's class; QCoreApplication.translate in the one it
    names. lupdate files `tr = self.tr; x(tr("..."))` under no context and `other.tr("...")` under "other": such
    strings would never be translated."""
    known = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                known.add(node.name)
            elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name in ("translate", "QT_TRANSLATE_NOOP"):
                    known.add(node.args[0].value)
    lost = sorted((context, source) for context, source in strings_in_code if context not in known)
    assert not lost, (
        f"These strings are filed under a context the app never asks for: {lost}\n"
        'Call self.tr("...") directly inside the class (not through a variable), or '
        'QCoreApplication.translate("context", "...") outside a class.'
    )


def test_every_message_is_translated_keeping_placeholders_accelerators_and_tags() -> None:
    placeholders = re.compile(r"\{\w*\}|%[0-9vm]")
    accelerator = re.compile(r"&(?![a-z]+;|#)")  # '&' marks a key, '&gt;' is HTML
    tags = re.compile(r"<[^>]+>")
    bad = []
    for (context, source), message in messages(TS).items():
        translation = message.find("translation")
        assert translation is not None
        text = translation.text or ""
        if translation.get("type") or not text.strip():
            bad.append(f"{context}: {source!r} is not translated ({translation.get('type') or 'empty'})")
            continue
        if sorted(placeholders.findall(source)) != sorted(placeholders.findall(text)):
            bad.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
        if len(accelerator.findall(source)) != len(accelerator.findall(text)):
            bad.append(f"{context}: {source!r} -> {text!r}: keyboard '&' differs")
        if len(tags.findall(source)) != len(tags.findall(text)):
            bad.append(f"{context}: {source!r} -> {text!r}: HTML tags differ")
    assert not bad, "\n".join(bad)
    assert len(messages(TS)) > 400


def test_the_committed_qm_is_what_lrelease_makes_of_the_ts(tmp_path: Path) -> None:
    made = tmp_path / "handbook_es.qm"
    subprocess.run([str(qt_tool("lrelease")), str(TS), "-qm", str(made)], check=True, capture_output=True, timeout=60)
    same = QM.read_bytes() == made.read_bytes()
    assert same, f"handbook_es.qm is not what lrelease makes of handbook_es.ts: compile it again,\n    {RELEASE}"


def test_the_core_words_shown_in_the_gui_are_all_in_the_translation_file() -> None:
    """Activity kinds, energy, weekdays and months come from the core in English; core_labels marks them."""
    committed = set(messages(TS))
    wanted = {("core_labels", label) for label in KIND_LABELS.values()}
    wanted |= {("core_labels", level) for level in ENERGY_LEVELS}
    for name in (*circle.WEEKDAYS, *circle.MONTHS):
        wanted |= {("dates", name), ("short dates", name[:3])}
    assert sorted(wanted - committed) == [], "add them to handbook/gui/shared/core_labels.py, then:\n" + HOW


def test_dates_read_as_in_the_core_in_english() -> None:
    days = [dt.date(2027, month, day) for month in range(1, 13) for day in (1, 8, 15, 22, 23, 24, 25)]
    for day in days:
        assert core_labels.format_date(day) == circle.format_date(day)
        assert core_labels.format_date(day, short=True) == circle.format_date(day, short=True)


@pytest.mark.usefixtures("spanish")
def test_dates_and_core_words_in_spanish() -> None:
    assert core_labels.format_date(dt.date(2027, 3, 2)) == "martes, 2 de marzo de 2027"
    assert core_labels.format_date(dt.date(2027, 3, 2), short=True) == "2 mar 2027"  # not "mar 2 mar": martes or marzo?
    assert core_labels.weekday_names()[0] == "lunes"
    assert core_labels.kind_label("icebreaker") == "Rompehielos"


def mnemonics(texts: list[str]) -> dict[str, list[str]]:
    """Alt+letter keys used more than once among ``texts``."""
    keys: dict[str, list[str]] = {}
    for text in texts:
        match = re.search(r"&([^&])", text.replace("&&", ""))
        if match:
            keys.setdefault(match.group(1).casefold(), []).append(text)
    return {key: users for key, users in keys.items() if len(users) > 1}


def window_mnemonic_texts(window: QWidget) -> list[str]:
    texts = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window:
            continue
        if isinstance(widget, (QPushButton, QRadioButton)) or (isinstance(widget, QLabel) and widget.buddy()):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return texts


@pytest.mark.usefixtures("spanish")
def test_the_app_speaks_spanish_with_one_key_per_letter(qtbot: QtBot, tmp_path: Path) -> None:
    from handbook.gui.planner.planning_menu import PlanningMenu

    session = build_session(tmp_path / "data")
    window = session.window
    qtbot.addWidget(window)
    assert session.progress is not None
    session.progress.attach_ui()  # the progress menus, normally added after the first paint
    try:
        bar = [action.text() for action in window.menuBar().actions()]
        assert bar == ["&Archivo", "&Ir", "&Ver", "&Herramientas", "Ay&uda"]
        assert window.actions_by_name["openPlanner"].text() == "&Planificador de sesiones"
        assert window.actions_by_name["packs"].text() == "Pa&quetes…"
        assert window.actions_by_name["markDone"].text() == "&Marcar la lección como completada"
        # Every menu entry went through the translation, and no two entries of one menu share a letter.
        spanish = {(message.findtext("translation") or "") for message in messages(TS).values()}
        for menu in window.findChildren(QMenu):
            texts = [action.text() for action in menu.actions() if not action.isSeparator()]
            assert set(texts) <= spanish, f"{menu.title()}: {set(texts) - spanish} not translated"
            assert mnemonics(texts) == {}, menu.title()
        assert mnemonics(bar + window_mnemonic_texts(window)) == {}

        tools = next(child for child in window.children() if isinstance(child, PlanningMenu)).tools
        planner = tools.open_planner()
        assert planner.windowTitle() == "Planificador de sesiones - Handbook"
        assert planner.editor.heading.text().startswith("Semana 1 de ")
        assert " de " in planner.editor.when.text()  # "martes 2 de marzo de 2027, 18:00-19:30"
        window.actions_by_name["packs"].trigger()
        packs = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "packsWindow" and w.isVisible())
        assert packs.windowTitle() == "Paquetes"
        window.actions_by_name["printOrExport"].trigger()
        assert tools.print_dialog is not None
        for other in (planner, tools.open_library(), packs, tools.print_dialog):
            assert mnemonics(window_mnemonic_texts(other)) == {}, other.windowTitle()
            other.close()
    finally:
        session.progress.shutdown()


@pytest.mark.usefixtures("spanish")
def test_qt_own_buttons_and_dialogs_are_in_spanish() -> None:
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert QCoreApplication.translate("QFileDialog", "Save As") == "Guardar como"


class Languages:
    """A locale whose user chose these languages, in this order (QLocale cannot be built from a list)."""

    def __init__(self, *names: str) -> None:
        self.names = list(names)

    def uiLanguages(self) -> list[str]:
        return self.names


@pytest.mark.parametrize(
    ("languages", "expected"),
    [
        (("es-Latn-MX", "es-MX", "es-Latn", "es"), "handbook_es.qm"),
        (("fr-FR", "fr", "es-ES", "es"), "handbook_es.qm"),  # French first, which has no translation
        (("en-US", "en", "es-ES", "es"), None),  # English first: the app's own language
        (("C",), None),
        (("sw-KE", "sw"), None),
    ],
)
def test_the_first_of_the_users_languages_that_the_app_speaks_wins(
    languages: tuple[str, ...], expected: str | None
) -> None:
    found = translation_file(Languages(*languages), FOLDER)  # type: ignore[arg-type]
    assert (found.name if found else None) == expected


def test_english_users_get_no_translator(qapp: QApplication) -> None:
    before = len(qapp.findChildren(QTranslator))
    assert install_translation(qapp, QLocale("en_US")) is False
    assert len(qapp.findChildren(QTranslator)) == before
    assert QCoreApplication.translate("MainWindow", "&Quit") == "&Quit"


def test_the_bundle_keeps_qt_own_spanish_words() -> None:
    """freeze/trim.py keeps Qt's catalogue for each language the app ships; here it is, so the bundle has it."""
    languages = trim.shipped_languages(REPO / "resources")
    assert "es" in languages
    assert trim.translation_kept("PySide6/Qt/translations/qtbase_es.qm", languages)
    assert not trim.translation_kept("PySide6/Qt/translations/qtbase_de.qm", languages)
    assert (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_es.qm").is_file()
