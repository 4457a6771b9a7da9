"""Updates from pack feeds: the feeds kept in settings, a check off the GUI thread, and installing the chosen ones."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from handbook.core.errors import HandbookError
from handbook.core.packs.errors import PackCancelledError
from handbook.core.packs.feed_fetch import DEFAULT_TIMEOUT, feed_source, read_feed
from handbook.core.packs.feed_update import (
    Installed,
    Update,
    find_updates,
    installed_packs,
    prepare_update,
    save_feeds,
    saved_feeds,
)
from handbook.core.packs.library import PackLibrary
from handbook.core.packs.policy import NewSignerError
from handbook.core.packs.registry import human_size
from handbook.core.packs.staging import PreparedInstall
from handbook.core.settings import Settings
from handbook.gui.packs.pack_job import Cancelled, PackJob, Progress
from handbook.gui.packs.pack_questions import PackQuestions
from handbook.gui.shared.screen_fit import resize_to_fit


@dataclass
class CheckResult:
    updates: list[Update] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one sentence per feed that could not be read


class UpdatesDialog(QDialog):
    """Lists the feeds (added and removed here) and the newer versions they offer; installs the ticked ones."""

    packsChanged = Signal()  # an update was installed
    activePackChanged = Signal()  # ... of the pack the app shows

    def __init__(
        self, library: PackLibrary, settings: Settings, built_in: Installed | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("updatesWindow")
        self.setWindowTitle(self.tr("Updates from feeds"))
        self.library = library
        self.settings = settings
        self.built_in = built_in
        self.data_dir = library.packs_dir.parent
        self.timeout = DEFAULT_TIMEOUT
        self.context = None  # an ssl.SSLContext; tests trust their own certificate with it
        self.questions = PackQuestions(self)  # tests answer in its place
        self.job: PackJob | None = None
        self.queue: list[Update] = []
        self.setWindowModality(Qt.WindowModality.WindowModal)  # one pack job at a time, from here
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # each press of the button opens a fresh one
        resize_to_fit(self, 820, 480)

        intro = QLabel(
            self.tr(
                "A feed is a web address or a folder (a shared folder, a USB stick) where a trainer puts new "
                "versions of packs. Handbook uses the network only when you press Check for updates."
            )
        )
        intro.setWordWrap(True)
        self.feeds = QListWidget()
        self.feeds.setObjectName("feedList")
        self.feeds.setAccessibleName(self.tr("Feeds"))
        self.feeds.addItems(saved_feeds(settings))
        self.feeds.currentRowChanged.connect(lambda row: self._update_buttons())
        self.buttons: dict[str, QPushButton] = {}
        feed_buttons = QHBoxLayout()
        for name, text, slot in (
            ("addAddress", self.tr("Add &web address…"), self.add_address),
            ("addFolder", self.tr("Add &folder…"), self.add_folder),
            ("removeFeed", self.tr("&Remove feed"), self.remove_feed),
            ("check", self.tr("&Check for updates"), self.check),
        ):
            feed_buttons.addWidget(self._button(name, text, slot))
        feed_buttons.addStretch(1)

        self.updates = QTreeWidget()
        self.updates.setObjectName("updateList")
        self.updates.setAccessibleName(self.tr("Newer versions"))
        self.updates.setRootIsDecorated(False)
        self.updates.setHeaderLabels(
            [self.tr("Title"), self.tr("Installed"), self.tr("New version"), self.tr("Size"), self.tr("Feed")]
        )
        self.found: list[Update] = []
        install_buttons = QHBoxLayout()
        install_buttons.addWidget(self._button("installUpdates", self.tr("&Install the ticked updates"), self.install))
        install_buttons.addStretch(1)
        install_buttons.addWidget(self._button("closeUpdates", self.tr("Close"), self.close))
        self.status_line = QLabel()
        self.status_line.setObjectName("updatesStatus")
        self.status_line.setWordWrap(True)
        self.status_line.setAccessibleName(self.tr("What just happened"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(_label_for(self.tr("Fee&ds:"), self.feeds))
        layout.addWidget(self.feeds, 1)
        layout.addLayout(feed_buttons)
        layout.addWidget(_label_for(self.tr("&Newer versions:"), self.updates))
        layout.addWidget(self.updates, 2)
        layout.addWidget(self.status_line)
        layout.addLayout(install_buttons)
        if not self.feeds.count():
            self.status(self.tr("No feeds yet: add the web address or the folder your trainer gave you."))
        self._update_buttons()

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"{name}Button")
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False, run=slot: run())  # type: ignore[operator]
        self.buttons[name] = button
        return button

    def _busy(self) -> bool:
        return self.job is not None and self.job.is_running()

    def _update_buttons(self) -> None:
        busy = self._busy() or bool(self.queue)
        for name in ("addAddress", "addFolder"):
            self.buttons[name].setEnabled(not busy)
        self.buttons["removeFeed"].setEnabled(not busy and self.feeds.currentRow() >= 0)
        self.buttons["check"].setEnabled(not busy and self.feeds.count() > 0)
        self.buttons["installUpdates"].setEnabled(not busy and bool(self.found))

    def status(self, message: str) -> None:
        self.status_line.setText(message)

    # the feeds

    def feed_list(self) -> list[str]:
        return [self.feeds.item(row).text() for row in range(self.feeds.count())]

    def _add(self, text: str) -> None:
        try:
            feed_source(text)
        except HandbookError as exc:
            self.questions.error(exc.message)
            return
        if text not in self.feed_list():
            self.feeds.addItem(text)
            save_feeds(self.settings, self.feed_list())
        self.feeds.setCurrentRow(self.feed_list().index(text))
        self._update_buttons()

    def add_address(self) -> None:
        text = self.questions.prompts.text(self.tr("Add a feed"), self.tr("The feed's web address (https://…):"))
        if text and text.strip():
            self._add(text.strip())

    def add_folder(self) -> None:
        path = self.questions.prompts.open_path(
            self.tr("Choose the feed's index.json"), self.tr("Pack feeds (index.json);;All files (*)")
        )
        if path:
            self._add(str(Path(path).parent))

    def remove_feed(self) -> None:
        row = self.feeds.currentRow()
        if row >= 0:
            self.feeds.takeItem(row)
            save_feeds(self.settings, self.feed_list())
        self._update_buttons()

    # checking and installing

    def show_and_check(self) -> None:
        """Open over the Packs window (which waits meanwhile) and check the feeds at once, if there are any."""
        self.show()
        self.check()

    def check(self) -> None:
        """Read every feed on a worker thread; a feed that fails is reported and the others still count."""
        feeds = self.feed_list()
        if not feeds or self._busy():
            return
        installed = installed_packs(self.library, self.built_in)

        def work(progress: Progress, cancelled: Cancelled) -> object:
            result = CheckResult()
            for number, text in enumerate(feeds):
                if cancelled():
                    raise PackCancelledError(self.tr("Cancelled; nothing was changed."))
                try:
                    source = feed_source(text)
                    entries = read_feed(source, timeout=self.timeout, context=self.context)
                    result.updates += find_updates(source, entries, installed)
                except HandbookError as exc:
                    result.problems.append(exc.message)
                progress(number + 1, len(feeds))
            return result

        self._start(PackJob(self, self.tr("Checking the feeds…"), work), self._checked)

    def _start(self, job: PackJob, done: object) -> None:
        if self.job is not None:
            self.job.dispose()
        self.job = job
        job.succeeded.connect(done)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        job.finished.connect(self._update_buttons)
        job.start()
        self._update_buttons()

    def _checked(self, result: object) -> None:
        assert isinstance(result, CheckResult)
        seen: dict[str, Update] = {}
        for update in result.updates:  # the newest offered by any feed
            known = seen.get(update.installed.id)
            if known is None or _newer(update, known):
                seen[update.installed.id] = update
        self.found = list(seen.values())
        self.updates.clear()
        for update in self.found:
            entry = update.entry
            item = QTreeWidgetItem(
                [
                    entry.title,
                    update.installed.version,
                    entry.version,
                    human_size(entry.size),
                    update.source.text,
                ]
            )
            item.setCheckState(0, Qt.CheckState.Checked)
            self.updates.addTopLevelItem(item)
        if self.found:
            self.status(
                self.tr("Newer versions found: {count}. Untick any you do not want, then install.").format(
                    count=len(self.found)
                )
            )
        else:
            self.status(self.tr("Every pack is up to date."))
        self._update_buttons()
        if result.problems:
            self.questions.error("\n\n".join(result.problems))

    def ticked(self) -> list[Update]:
        return [
            update
            for row, update in enumerate(self.found)
            if (item := self.updates.topLevelItem(row)) is not None and item.checkState(0) == Qt.CheckState.Checked
        ]

    def install(self) -> None:
        """Download and install the ticked updates one after the other, each asked about as any update is."""
        self.queue = self.ticked()
        self._next()

    def _next(self, *, allow_new_signer: bool = False) -> None:
        if not self.queue:
            self._update_buttons()
            return
        update = self.queue[0]

        def work(progress: Progress, cancelled: Cancelled) -> object:
            return prepare_update(
                self.library,
                update,
                self.data_dir,
                allow_new_signer=allow_new_signer,
                progress=progress,
                cancelled=cancelled,
                timeout=self.timeout,
                context=self.context,
            )

        label = self.tr("Downloading {title} {version}…").format(title=update.entry.title, version=update.entry.version)
        self._start(PackJob(self, label, work, finishing_label=self.tr("Checking the content…")), self._prepared)

    def _prepared(self, result: object) -> None:
        assert isinstance(result, PreparedInstall)
        update = self.queue.pop(0)
        if self.job is not None and self.job.was_cancelled:
            result.discard()
            self.queue.clear()
            return
        if result.changes is not None and not self.questions.update(result):
            result.discard()
            self.status(self.tr("{title} was not updated.").format(title=update.installed.title))
        else:
            self._commit(result)
        self._next()

    def _commit(self, prepared: PreparedInstall) -> None:
        try:
            installed = prepared.commit()
        except HandbookError as exc:
            self.questions.error(exc.message)
            return
        index = next(i for i, u in enumerate(self.found) if u.installed.id == installed.id)
        self.found.pop(index)
        self.updates.takeTopLevelItem(index)
        done = self.tr("{title} is now at version {version}.").format(title=installed.title, version=installed.version)
        self.status(" ".join(filter(None, [done, self.questions.signature_note(prepared)])))
        self.packsChanged.emit()
        active = self.settings.get("active_pack")
        if not prepared.is_update and not active:  # the built-in course's newer version, shown in its place
            self.settings.set("active_pack", installed.id)
            active = installed.id
        if active == installed.id:
            self.activePackChanged.emit()

    def _failed(self, error: object) -> None:
        if isinstance(error, NewSignerError) and self.queue:
            if self.questions.new_signer(error):
                self._next(allow_new_signer=True)  # the checked download is kept: it is not fetched again
                return
            self.queue = self.queue[1:]
            self.status(self.tr("{title} was not updated.").format(title=error.title))
            self._next()
            return
        self.queue = self.queue[1:]  # the others may still work
        self.questions.error(error.message if isinstance(error, HandbookError) else str(error))
        self._next()

    def _cancelled(self) -> None:
        self.queue.clear()
        self.status(self.tr("Cancelled; nothing was changed. A download continues where it stopped next time."))

    def closeEvent(self, event: object) -> None:
        self.queue.clear()
        if self._busy():
            assert self.job is not None
            self.job.stop_and_wait()
        super().closeEvent(event)  # type: ignore[arg-type]


def _newer(update: Update, than: Update) -> bool:
    from handbook.core.packs.versions import compare_versions

    return compare_versions(update.entry.version, than.entry.version) > 0


def _label_for(text: str, widget: QWidget) -> QLabel:
    """A label that names ``widget`` and moves the keyboard to it with its Alt key."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label
