"""The main window: sidebar, reader, navigation, zoom and the menus that reach everything else."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QSplitter, QWidget

from handbook.core.content.model import Pack, Page, SessionPlan
from handbook.core.content.render_model import PageState
from handbook.core.errors import Problem
from handbook.core.settings import Settings
from handbook.gui.reader.page_area import PageArea
from handbook.gui.reader.reader import ReaderView
from handbook.gui.reader.sidebar import Sidebar
from handbook.gui.shared.first_paint import call_after_first_paint
from handbook.gui.shared.prompts import Prompts
from handbook.gui.shared.screen_fit import resize_to_fit
from handbook.gui.shared.theme import apply_text_size

if TYPE_CHECKING:
    import datetime as dt

    from PySide6.QtWidgets import QDockWidget

    from handbook.core.content.page_cache import FirstPageCopy
    from handbook.gui.reader.answer_panel import AnswerPanel
    from handbook.gui.reader.find_bar import FindBar
    from handbook.gui.reader.problems import ProblemsPanel

StateProvider = Callable[[Page], PageState]


class MainWindow(QMainWindow):
    """Shows one pack. Everything it knows comes in through the constructor (see app.py)."""

    pageShown = Signal(str)  # pack path of the page now in the reader
    packChanged = Signal(object)  # the Pack now shown, after another pack was made active
    externalLinkConfirmed = Signal(QUrl)

    def __init__(
        self,
        pack: Pack,
        settings: Settings,
        window_state: QSettings,
        style_sheet: str = "",
        state_for: StateProvider | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.pack = pack
        self.settings = settings
        self.window_state = window_state
        self.style_sheet = style_sheet  # reader.css, for the feature windows that show pages too
        self.state_for: StateProvider = state_for or (lambda page: PageState())
        self.page_copy: FirstPageCopy | None = None  # set by the app: the first page painted from a saved copy
        # The circle's start time, so a plan reads on the clock; set by the planning tools (app.py wires them).
        self.circle_start: Callable[[], dt.time | None] = lambda: None
        self.history: list[str] = []  # pages to go back to, and forward to
        self.future: list[str] = []
        self.current: Page | None = None
        # Where each page was left in this session: a page comes back where it was, a new one at its top.
        self.scroll_by_path: dict[str, int] = {}

        self.sidebar = Sidebar()
        self.reader = ReaderView(style_sheet)
        self.page_area = PageArea(self.reader)
        splitter = QSplitter()  # side by side by default
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.page_area)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 780])
        # On a small screen the sidebar gives way before the page becomes too narrow to read.
        self.reader.setMinimumWidth(320)
        self.sidebar.setMinimumWidth(160)
        splitter.setCollapsible(1, False)
        self.setCentralWidget(splitter)
        self._problems_panel: ProblemsPanel | None = None  # made when there are problems to show

        self.actions_by_name: dict[str, QAction] = {}
        self._build_actions()
        self.sidebar.pageChosen.connect(self.open_path)
        self.reader.pageLinkActivated.connect(self.open_path)
        self.reader.externalLinkActivated.connect(self.confirm_external_link)
        self.reader.questionLinkActivated.connect(lambda index: self.answer_panel.focus_question(index))
        self.page_area.retryRequested.connect(lambda: self.actions_by_name["retryQuiz"].trigger())
        self.externalLinkConfirmed.connect(QDesktopServices.openUrl)

        self.set_pack(pack)
        self.reader.set_zoom(int(settings.get("zoom")))
        self._restore_geometry()

    @property
    def answer_panel(self) -> AnswerPanel:  # the answer panel and the find bar are made when first used (PageArea)
        return self.page_area.answer_panel()

    @property
    def find_bar(self) -> FindBar:
        return self.page_area.find_bar()

    def add_action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        *keys: QKeySequence.StandardKey | str,
        menu: QMenu | None = None,
    ) -> QAction:
        """Register an action once: its name (for ``actions_by_name`` and tests), words, handler and keys.

        Every feature adds its actions here, so shortcuts, tooltips and the action list are made one way.
        """
        action = QAction(text, self)
        action.setObjectName(name)
        shortcuts: list[QKeySequence] = []
        for key in keys:
            if isinstance(key, QKeySequence.StandardKey):
                shortcuts.extend(QKeySequence.keyBindings(key))
            else:
                shortcuts.append(QKeySequence(key))
        # Ctrl+Q is both StandardKey.Quit and its own name: the same keys twice make one press ambiguous to Qt.
        unique = {s.toString(): s for s in shortcuts if not s.isEmpty()}
        shortcuts = list(unique.values())
        action.setShortcuts(shortcuts)
        if shortcuts:
            action.setToolTip(
                f"{text.replace('&', '')} ({shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        action.triggered.connect(slot)
        self.addAction(action)
        self.actions_by_name[name] = action
        if menu is not None:
            menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        quit_action = self.add_action("quit", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "Ctrl+Q")
        back = self.add_action("back", self.tr("&Back"), self.go_back, QKeySequence.StandardKey.Back)
        forward = self.add_action("forward", self.tr("F&orward"), self.go_forward, QKeySequence.StandardKey.Forward)
        previous = self.add_action(
            "previous", self.tr("&Previous page"), lambda: self.go_to(-1), "Ctrl+Left", "Ctrl+PgUp"
        )
        following = self.add_action("next", self.tr("&Next page"), lambda: self.go_to(+1), "Ctrl+Right", "Ctrl+PgDown")
        zoom_in = self.add_action(
            "zoomIn", self.tr("Zoom &in"), self.zoom_in, QKeySequence.StandardKey.ZoomIn, "Ctrl+="
        )
        zoom_out = self.add_action("zoomOut", self.tr("Zoom &out"), self.zoom_out, QKeySequence.StandardKey.ZoomOut)
        zoom_reset = self.add_action("zoomReset", self.tr("No&rmal size"), self.zoom_reset, "Ctrl+0")
        tabs = []
        tab_labels = (self.tr("&Course"), self.tr("&Activities"), self.tr("Session p&lans"), self.tr("Fo&rms"))
        for index, label in enumerate(tab_labels):
            tabs.append(
                self.add_action(
                    f"showTab{index}",
                    label,
                    lambda _checked=False, i=index: self.sidebar.focus_tab(i),
                    f"Ctrl+{index + 1}",
                )
            )
        problems = self.add_action("problems", self.tr("Show &problems"), self.show_problems_panel, "Ctrl+Shift+E")
        find = self.add_action("find", self.tr("&Find in page..."), self.page_area.find, QKeySequence.StandardKey.Find)
        find_next = self.add_action(
            "findNext", self.tr("Find ne&xt"), self.page_area.find_next, QKeySequence.StandardKey.FindNext
        )
        find_previous = self.add_action(
            "findPrevious",
            self.tr("Find pre&vious"),
            self.page_area.find_previous,
            QKeySequence.StandardKey.FindPrevious,
        )
        about = self.add_action(
            "about", self.tr("&About Handbook"), self.show_about, QKeySequence.StandardKey.HelpContents, "F1"
        )

        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu.addAction(quit_action)
        go_menu = self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        go_menu.addActions([back, forward, previous, following])
        go_menu.addSeparator()
        go_menu.addActions(tabs)
        go_menu.addSeparator()
        go_menu.addActions([find, find_next, find_previous])
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu.addActions([zoom_in, zoom_out, zoom_reset, problems])
        # Feature windows (progress, planner, packs, search) add their actions to this menu.
        self.tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.addAction(about)

        toolbar = self.addToolBar(self.tr("Navigation"))
        toolbar.setObjectName("navigationToolbar")
        toolbar.addActions([back, previous, following, zoom_out, zoom_in])
        self.toolbar = toolbar

    # pack and pages

    def set_pack(self, pack: Pack) -> None:
        changed = pack is not self.pack
        self.pack = pack
        self.setWindowTitle(self.tr("{title} - Handbook").format(title=pack.info.title))
        self.sidebar.set_pack(pack)
        self.show_problems(pack.problems)
        if changed:
            self.packChanged.emit(pack)

    @property
    def problems_panel(self) -> ProblemsPanel:
        """The panel listing the pack's problems, docked at the bottom (made when first needed)."""
        if self._problems_panel is None:
            from handbook.gui.reader.problems import ProblemsPanel

            panel = self._problems_panel = ProblemsPanel(self)
            panel.hide()
            if not self.add_panel(panel, bottom=True):
                panel.hide()
        return self._problems_panel

    def add_panel(self, panel: QDockWidget, *, bottom: bool = False) -> bool:
        """Every panel docks here: where the person left it (True), else at the right or the bottom."""
        if self.restoreDockWidget(panel):  # from the saved window state
            return True
        from PySide6.QtCore import Qt  # after the first paint: naming Qt builds all of its enums

        area = Qt.DockWidgetArea.BottomDockWidgetArea if bottom else Qt.DockWidgetArea.RightDockWidgetArea
        self.addDockWidget(area, panel)
        return False

    def show_problems_panel(self) -> None:
        self.problems_panel.show()

    def show_problems(self, problems: list[Problem]) -> None:
        if not problems and self._problems_panel is None:
            return  # no panel yet, and nothing to show in one
        panel = self.problems_panel
        panel.set_problems(problems, self.pack.root)
        panel.setVisible(bool(problems))
        if problems:  # as tall as a few problems need, never more than a third of the window
            from PySide6.QtCore import Qt

            height = min(panel.fitting_height(), max(self.height() // 3, 120))
            self.resizeDocks([panel], [height], Qt.Orientation.Vertical)

    def first_page_path(self) -> str:
        last = str(self.settings.get("last_page"))
        if last and self.pack.page_at(last) is not None:
            return last
        order = self.pack.reading_order()
        if order:
            return order[0].path
        pages = list(self.pack.pages())
        return pages[0].path if pages else ""

    def open_path(self, path: str, fragment: str = "", *, record: bool = True) -> bool:
        """Show the page whose source file is ``path``; False if the pack has no such page."""
        if not path and fragment:
            self.reader.scrollToAnchor(fragment)
            return True
        page = self.pack.page_at(path)
        if page is None:
            self.statusBar().showMessage(self.tr("This page is not in the pack: {path}").format(path=path), 8000)
            return False
        if record and self.current is not None and self.current.path != path:
            self.history.append(self.current.path)
            self.future.clear()
        self.current = page
        self.refresh(fragment)
        self.sidebar.select_path(path)
        self.settings.set("last_page", path)
        self._update_navigation()
        self.pageShown.emit(path)
        return True

    def refresh(self, fragment: str = "") -> None:
        """Render the current page again (after a tick, an answer, a zoom)."""
        if self.current is None:
            self.reader.clear()
            self.page_area.clear_answers()
            return
        bar = self.reader.verticalScrollBar()
        if self.reader.current_path:
            self.scroll_by_path[self.reader.current_path] = bar.value()
        path = self.current.path
        start = self.circle_start() if isinstance(self.current, SessionPlan) else None
        state = self.state_for(self.current)
        copy = self.page_copy if start is None else None  # a plan's clock times change: never from a copy
        html = copy.take(self.current, self.pack, state) if copy else None
        from_copy = html is not None
        if html is None:
            from handbook.core.content.pages import render_page  # the Markdown renderer: not before the first paint

            html = render_page(self.current, self.pack, state, start).html
        if copy:
            copy.shown_page(self.current, self.pack, state, html)
        self.reader.show_page(html, path, self.pack.root, fragment)
        if from_copy:
            call_after_first_paint(self.reader.viewport(), lambda: self._show_answers(path, state))
        else:
            self._show_answers(path, state)
        if not fragment:
            self._scroll_to(path, self.scroll_by_path.get(path, 0))

    def _show_answers(self, path: str, state: PageState) -> None:
        if self.current is not None and self.current.path == path:
            self.page_area.show_answers(self.current, state)

    def _scroll_to(self, path: str, position: int, retry: bool = True) -> None:
        """Scroll the page at ``path`` to ``position``, once its layout is long enough (a turn later)."""
        bar = self.reader.verticalScrollBar()
        if self.reader.current_path != path:
            return
        if bar.maximum() < position and retry:
            QTimer.singleShot(0, self, lambda: self._scroll_to(path, position, retry=False))
        bar.setValue(position)

    def _neighbour(self, step: int) -> Page | None:
        order = self.pack.reading_order()
        paths = [page.path for page in order]
        if self.current is None or self.current.path not in paths:
            return order[0] if order else None
        index = paths.index(self.current.path) + step
        return order[index] if 0 <= index < len(order) else None

    def go_to(self, step: int) -> None:  # the previous (-1) or next (+1) page in reading order, if any
        page = self._neighbour(step)
        if page is not None:
            self.open_path(page.path)

    def go_back(self) -> None:
        if self.history and self.current is not None:
            self.future.append(self.current.path)
            self.open_path(self.history.pop(), record=False)

    def go_forward(self) -> None:
        if self.future and self.current is not None:
            self.history.append(self.current.path)
            self.open_path(self.future.pop(), record=False)

    def _update_navigation(self) -> None:
        self.actions_by_name["previous"].setEnabled(self._neighbour(-1) is not None)
        self.actions_by_name["next"].setEnabled(self._neighbour(+1) is not None)
        self.actions_by_name["back"].setEnabled(bool(self.history))
        self.actions_by_name["forward"].setEnabled(bool(self.future))

    # zoom, links, about

    def zoom_in(self) -> None:
        self.set_text_size(self.reader.zoom_level + 1)

    def zoom_out(self) -> None:
        self.set_text_size(self.reader.zoom_level - 1)

    def zoom_reset(self) -> None:
        self.set_text_size(0)

    def set_text_size(self, level: int) -> None:
        """Zoom the page, and the menus, lists and dialogs with it: whoever needs large text needs it everywhere."""
        self.reader.set_zoom(level)
        self.settings.set("zoom", self.reader.zoom_level)
        apply_text_size(self.reader.zoom_level)

    def ask_to_open_external(self, url: QUrl) -> bool:
        """Ask before anything leaves the computer; tests replace this method."""
        return QMessageBox.StandardButton(self.external_link_question(url).exec()) == QMessageBox.StandardButton.Open

    def external_link_question(self, url: QUrl) -> QMessageBox:
        return Prompts(self).web_page_question(url.toString())

    def confirm_external_link(self, url: QUrl) -> None:
        if url.scheme() not in ("http", "https"):
            return
        if not self.settings.get("confirm_external_links") or self.ask_to_open_external(url):
            self.externalLinkConfirmed.emit(url)

    def show_about(self) -> None:
        from handbook.gui.shared.about import show_about

        show_about(self, self.pack.info)

    def _restore_geometry(self) -> None:
        geometry = self.window_state.value("geometry")
        state = self.window_state.value("state")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            resize_to_fit(self, 1180, 780)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
            if self.pack.problems or self._problems_panel is not None:
                self.problems_panel.setVisible(bool(self.pack.problems))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.window_state.setValue("geometry", self.saveGeometry())
        self.window_state.setValue("state", self.saveState())
        self.window_state.sync()
        super().closeEvent(event)
