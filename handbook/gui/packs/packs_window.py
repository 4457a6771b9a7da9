"""The Packs window: the installed packs, and installing, updating, rolling back, exporting and removing them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from handbook.core.content.loader import load_pack
from handbook.core.content.model import PackInfo
from handbook.core.errors import HandbookError
from handbook.core.filenames import safe_file_name
from handbook.core.packs.active import forget_if_active
from handbook.core.packs.build import PACK_SUFFIX, build_pack
from handbook.core.packs.errors import OlderVersionError
from handbook.core.packs.library import PackLibrary
from handbook.core.packs.policy import NewSignerError
from handbook.core.packs.registry import human_size
from handbook.core.packs.staging import InstalledPack, PreparedInstall
from handbook.core.resources import bundled_pack_dir
from handbook.core.settings import Settings
from handbook.gui.packs.pack_job import Cancelled, PackJob, Progress
from handbook.gui.packs.pack_questions import PackQuestions
from handbook.gui.packs.pack_rows import dropped_packs, local_time, signer_text, trusted_keys
from handbook.gui.shared.screen_fit import resize_to_fit

ID_ROLE = Qt.ItemDataRole.UserRole
BUILT_IN = ""  # the id of the bundled pack in the list, as in the active_pack setting


class PacksWindow(QDialog):
    """Lists the packs; every change goes through the PackLibrary it is given (see packs_action.py)."""

    activePackChanged = Signal()  # the pack the main window shows changed (chosen, updated, rolled back, removed)
    packsChanged = Signal()

    def __init__(self, library: PackLibrary, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packsWindow")
        self.setWindowTitle(self.tr("Packs"))
        self.library = library
        self.settings = settings
        self.job: PackJob | None = None
        self.questions = PackQuestions(self)  # tests answer in its place
        self._bundled: tuple[PackInfo, int] | None = None
        self.setAcceptDrops(True)
        resize_to_fit(self, 1000, 420)

        intro = QLabel(
            self.tr(
                "A pack holds a course. Install one from a .hbpack file (or drop the file on this window), "
                "then make it active to read it. Progress is kept whatever you do here."
            )
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("packList")
        self.list.setAccessibleName(self.tr("Installed packs"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHeaderLabels([
            self.tr("Title"), self.tr("Version"), self.tr("Language"), self.tr("Size"),
            self.tr("Where it came from"), self.tr("Installed"), self.tr("Status"), self.tr("Signed by"),
        ])  # fmt: skip
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda item, column: self.make_active())

        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, key, slot in (
            ("install", self.tr("&Install from file…"), "Ctrl+O", self.install_from_file),
            ("activate", self.tr("&Make active"), "Ctrl+Return", self.make_active),
            ("rollback", self.tr("&Roll back"), "Ctrl+R", self.roll_back),
            ("export", self.tr("&Export…"), "Ctrl+E", self.export),
            ("remove", self.tr("Remo&ve"), "Delete", self.remove),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{name}Button")
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.setShortcut(QKeySequence(key))
            button.setToolTip(
                f"{text.replace('&', '')} ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, run=slot: run())  # not clicked's 'checked' flag
            buttons.addWidget(button)
            self.buttons[name] = button
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("closeButton")
        close.setAccessibleName(self.tr("Close"))
        close.setToolTip(self.tr("Close (Esc)"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        buttons.addWidget(close)

        self.status_line = QLabel()
        self.status_line.setObjectName("packsStatus")
        self.status_line.setWordWrap(True)
        self.status_line.setAccessibleName(self.tr("What just happened"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status_line)
        layout.addLayout(buttons)
        self.refresh()

    # the list

    def bundled_info(self) -> tuple[PackInfo, int]:
        """The built-in course's pack.yaml fields and its size in bytes (read once)."""
        if self._bundled is None:
            root = bundled_pack_dir()
            size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
            self._bundled = (load_pack(root).info, size)
        return self._bundled

    def refresh(self, select: str | None = None) -> None:
        keep = select if select is not None else self.selected_id()
        active = str(self.settings.get("active_pack"))
        installed = {pack.id: pack for pack in self.library.installed()}
        if self.library.registry.notice:  # the list was damaged and made again from the folders
            self.status(self.library.registry.notice)
            self.library.registry.notice = ""
        if active not in installed:
            active = BUILT_IN
        trusted, problem = trusted_keys(self.library.trust)
        if problem:
            self.status(problem)
        self.list.clear()
        info, size = self.bundled_info()
        rows: list[tuple[str, list[str], str]] = []
        if info.id not in installed:  # else an installed newer version of it stands for the built-in course
            rows.append((
                BUILT_IN,
                [info.title, info.version, info.language, human_size(size), self.tr("Comes with Handbook"), "", "",
                 self.tr("Comes with Handbook")],
                "",
            ))  # fmt: skip
        for pack in installed.values():
            status = (
                self.tr("can roll back to {version}").format(version=pack.previous.version) if pack.previous else ""
            )
            rows.append((pack.id, [
                pack.title, pack.version, pack.current.language, human_size(pack.current.size),
                pack.current.source, local_time(pack.current.installed_at), status,
                signer_text(pack.current.signer, trusted),
            ], pack.current.source))  # fmt: skip
        for pack_id, cells, source in rows:
            if pack_id == active:
                cells[6] = self.tr("In use") + (f" · {cells[6]}" if cells[6] else "")
            item = QTreeWidgetItem(cells)
            item.setData(0, ID_ROLE, pack_id)
            item.setToolTip(4, source)
            for column in (column for column, text in enumerate(cells) if not text):
                item.setData(column, Qt.ItemDataRole.AccessibleTextRole, self.tr("None"))  # not silence
            if pack_id == active:
                font = QFont(item.font(0))
                font.setBold(True)
                for column in range(len(cells)):
                    item.setFont(column, font)
            self.list.addTopLevelItem(item)
            if pack_id == keep:
                self.list.setCurrentItem(item)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        header = self.list.header()
        header.setStretchLastSection(False)
        for column in (0, 1, 2, 3, 5, 6, 7):
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, header.ResizeMode.Stretch)
        self._update_buttons()

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(0, ID_ROLE))

    def _selected_pack(self) -> InstalledPack | None:
        pack_id = self.selected_id()
        return self.library.get(pack_id) if pack_id else None

    def _update_buttons(self) -> None:
        pack_id = self.selected_id()
        active = str(self.settings.get("active_pack"))
        pack = self._selected_pack()
        busy = self.job is not None and self.job.is_running()
        self.buttons["install"].setEnabled(not busy)
        self.buttons["activate"].setEnabled(pack_id is not None and pack_id != active and not busy)
        self.buttons["rollback"].setEnabled(pack is not None and pack.previous is not None and not busy)
        self.buttons["export"].setEnabled((pack is not None or pack_id == BUILT_IN) and not busy)
        self.buttons["remove"].setEnabled(pack is not None and not busy)

    # actions

    def install_from_file(self) -> None:
        path = self.questions.pack_file()
        if path is not None:
            self.install_file(path)

    def install_file(self, path: Path, *, downgrade: bool = False, allow_new_signer: bool = False) -> None:
        """Check and unpack on a worker thread; ask about an update; then one rename puts it in place."""
        if self.job is not None and self.job.is_running():
            self.questions.error(self.tr("Another pack is being installed; wait for it to finish."))
            return

        def work(progress: Progress, cancelled: Cancelled) -> object:
            return self.library.prepare_install(
                path, downgrade=downgrade, allow_new_signer=allow_new_signer, progress=progress, cancelled=cancelled
            )

        job = PackJob(self, self.tr("Installing {name}…").format(name=path.name), work,
                      finishing_label=self.tr("Checking the content…"))  # fmt: skip
        self._start(
            job, lambda result: self._prepared(result, path), lambda error: self._install_failed(error, path, downgrade)
        )

    def _start(
        self, job: PackJob, done: Callable[[object], None], failed: Callable[[object], None] | None = None
    ) -> None:
        if self.job is not None:
            self.job.dispose()
        self.job = job
        self.status("")  # what the last job said no longer holds
        job.succeeded.connect(done)
        job.failed.connect(failed or self._failed)
        job.cancelled.connect(lambda: self.status(self.tr("Cancelled; nothing was changed.")))
        job.finished.connect(self._update_buttons)
        job.start()
        self._update_buttons()

    def _failed(self, error: object) -> None:
        self.questions.error(error.message if isinstance(error, HandbookError) else str(error))

    def _install_failed(self, error: object, path: Path, downgrade: bool) -> None:
        if isinstance(error, OlderVersionError) and self.questions.downgrade(error):
            self.install_file(path, downgrade=True)
        elif isinstance(error, NewSignerError) and self.questions.new_signer(error):  # else nothing changes
            self.install_file(path, downgrade=downgrade, allow_new_signer=True)
        elif not isinstance(error, OlderVersionError | NewSignerError):
            self._failed(error)

    def _prepared(self, result: object, path: Path) -> None:
        assert isinstance(result, PreparedInstall)
        prepared = result
        if self.job is not None and self.job.was_cancelled:
            prepared.discard()
            return
        if prepared.changes is not None and not self.questions.update(prepared):
            prepared.discard()
            self.status(self.tr("Nothing was changed."))
            return
        try:
            installed = prepared.commit()
        except HandbookError as exc:
            self.questions.error(exc.message)
            return
        self.refresh(select=installed.id)
        self.packsChanged.emit()
        self._after_install(prepared, installed)
        note = self.questions.signature_note(prepared)
        if note:  # an unsigned or unchecked pack: said where the person looks, after what happened
            self.status(f"{self.status_line.text()}\n{note}".strip())

    def _after_install(self, prepared: PreparedInstall, installed: InstalledPack) -> None:
        if prepared.is_update:
            self.status(self.tr("{title} is now at version {version}.").format(
                title=installed.title, version=installed.version))  # fmt: skip
            if self.settings.get("active_pack") == installed.id:
                self.activePackChanged.emit()
        elif self.questions.use_now(installed.title):
            self.make_active(installed.id)
        else:
            self.status(self.tr("Installed {title} {version}. To read it, select it and press Make active.").format(
                title=installed.title, version=installed.version))  # fmt: skip

    def make_active(self, pack_id: str | None = None) -> None:
        chosen = self.selected_id() if pack_id is None else pack_id
        if chosen is None or chosen == self.settings.get("active_pack"):
            return
        self.settings.set("active_pack", chosen)
        self.refresh(select=chosen)
        self.status(self.tr("The app now shows {title}.").format(title=self._title_of(chosen)))
        self.activePackChanged.emit()

    def roll_back(self) -> None:
        pack = self._selected_pack()
        if pack is None or pack.previous is None:
            return
        text = self.tr("Go back from {title} {new} to {old}? Version {new} is removed; progress is kept.").format(
            title=pack.title, new=pack.version, old=pack.previous.version
        )
        if not self.questions.confirm(self.tr("Roll back"), text, self.tr("Roll back")):
            return
        try:
            restored = self.library.rollback(pack.id)
        except HandbookError as exc:
            self.questions.error(exc.message)
            return
        self.refresh(select=restored.id)
        self.status(
            self.tr("{title} is back at version {version}.").format(title=restored.title, version=restored.version)
        )
        self.packsChanged.emit()
        if self.settings.get("active_pack") == restored.id:
            self.activePackChanged.emit()

    def remove(self) -> None:
        pack = self._selected_pack()
        if pack is None:
            return
        text = self.tr("Remove {title}? Progress in it is kept, and you can install it again from its file.").format(
            title=pack.title
        )
        if not self.questions.confirm(self.tr("Remove the pack"), text, self.tr("Remove")):
            return
        try:
            self.library.remove(pack.id)
        except HandbookError as exc:
            self.questions.error(exc.message)
            return
        was_active = forget_if_active(self.settings, pack.id)
        self.refresh(select=BUILT_IN)
        self.status(self.tr("Removed {title}; progress in it is kept.").format(title=pack.title))
        self.packsChanged.emit()
        if was_active:
            self.activePackChanged.emit()

    def export(self) -> None:
        """Write the selected pack, or the built-in course, to a .hbpack (e.g. on a USB stick)."""
        pack = self._selected_pack()
        if pack is None and self.selected_id() != BUILT_IN:
            return
        info = self.bundled_info()[0]
        pack_id, version, title = (pack.id, pack.version, pack.title) if pack else (info.id, info.version, info.title)
        target = self.questions.export_file(safe_file_name(f"{pack_id}-{version}", PACK_SUFFIX))
        if target is None:
            return

        def work(progress: Progress, cancelled: Cancelled) -> object:
            if pack is None:
                return build_pack(
                    bundled_pack_dir(), target, check_content=False, progress=progress, cancelled=cancelled
                )
            return self.library.export(pack.id, target, progress=progress, cancelled=cancelled)

        self._start(
            PackJob(self, self.tr("Exporting {title}…").format(title=title), work),
            lambda result: self.status(self.tr("Saved {path}").format(path=target)),
        )

    def status(self, message: str) -> None:
        """Say what just happened, in the window where the user is looking."""
        self.status_line.setText(message)

    def _title_of(self, pack_id: str) -> str:
        if pack_id == BUILT_IN:
            return self.bundled_info()[0].title
        found = next((p for p in self.library.installed() if p.id == pack_id), None)
        return found.title if found is not None else pack_id

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_packs(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_packs(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.install_file(files[0])

    def closeEvent(self, event: object) -> None:
        if self.job is not None and self.job.is_running():
            self.job.stop_and_wait()  # cancelling removes everything the job wrote
        super().closeEvent(event)  # type: ignore[arg-type]
