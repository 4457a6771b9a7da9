"""Follows the reader for progress: a page opened, scrolled, ticked, answered, noted, or marked done.

The rules (what each of these writes) are in ``core.progress.reading``; this module connects the
reader's signals to them and says what happened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from handbook.core.content.model import Lesson, Page
from handbook.core.progress import reading

if TYPE_CHECKING:
    from handbook.core.progress.store import ProgressStore
    from handbook.gui.progress.progress_session import ProgressSession

SCROLL_SAVE_DELAY_MS = 1500

Key = tuple[str, str]


class ReadingTracker(QObject):
    """Saves what happens in the reader into the session's open store."""

    def __init__(self, session: ProgressSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.c = session
        self._pending_scroll: tuple[Key, int] | None = None
        self._scroll_timer = QTimer(self, singleShot=True, interval=SCROLL_SAVE_DELAY_MS)
        self._scroll_timer.timeout.connect(self._flush_scroll)
        window = session.window
        window.pageShown.connect(self._on_page_shown)
        window.reader.taskToggled.connect(self._on_task)
        window.page_area.taskToggled.connect(self._on_task)  # the answer panel's, once it is made
        window.page_area.quizAnswered.connect(self._on_quiz)
        window.reader.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        session.timer.timeSpent.connect(self._on_time)

    def flush(self) -> None:
        """Save what is waiting: a note being typed, a scroll position, time not yet written."""
        self.c.flush_notes()
        self._flush_scroll()
        self.c.timer.flush()

    def _on_page_shown(self, path: str) -> None:
        page = self.c.pack.page_at(path)
        if page is None:
            return
        if self.c.store is None:
            self.c.timer.set_item(None)
            self.show_notes(page)
            self.c.changed()
            return
        key = self.c.key_for(page)
        spent = self.c.timer.switch_to(key if isinstance(page, Lesson) else None)
        earlier = reading.TimeSpent(*spent) if spent is not None else None
        self._scroll_timer.stop()
        scroll, self._pending_scroll = self._pending_scroll, None  # the page before's, written with this visit
        if self.c.save(lambda store: reading.visit_page(store, self.c.pack, page, earlier, scroll)):
            self._restore_scroll(key, self.c.store.get(*key).scroll)
        self.show_notes(page)
        self.c.changed()

    def _restore_scroll(self, key: Key, position: int, retry: bool = True) -> None:
        bar = self.c.window.reader.verticalScrollBar()
        if position <= 0 or bar.value() != 0:
            return  # nothing kept, or the page opened at an anchor
        if bar.maximum() < position and retry:
            QTimer.singleShot(0, self, lambda: self._restore_scroll(key, position, retry=False))
            return
        current = self.c.window.current
        if current is not None and self.c.key_for(current) == key:
            bar.setValue(position)

    def _on_scrolled(self, value: int) -> None:
        page = self.c.window.current
        if page is None or self.c.store is None:
            return
        self.c.timer.touch()
        key = self.c.key_for(page)
        if self._pending_scroll is not None and self._pending_scroll[0] != key:
            self._flush_scroll()
        self._pending_scroll = (key, value)
        self._scroll_timer.start()

    def _flush_scroll(self) -> None:
        self._scroll_timer.stop()
        if self._pending_scroll is not None:
            (pack_id, item_id), value = self._pending_scroll
            self._pending_scroll = None
            self.c.save(lambda store: store.set_scroll(pack_id, item_id, value))

    def show_notes(self, page: Page) -> None:
        notes = self.c.notes
        if notes is None:
            return
        if self.c.store is None:
            notes.show_nothing(self.tr("Make or choose a profile (Tools > Profiles) to keep notes."))
        elif isinstance(page, Lesson):
            pack_id, item_id = self.c.key_for(page)
            notes.show_note(pack_id, item_id, page.title, self.c.store.get(pack_id, item_id).note)
        else:
            notes.show_nothing()

    def on_note(self, pack_id: str, item_id: str, text: str) -> None:
        self.c.timer.touch()
        if not self.c.save(lambda store: store.set_note(pack_id, item_id, text)) and self.c.notes is not None:
            self.c.notes.show_error(self.tr("Not saved yet: see the message in the status bar."))
        self.c.changed()

    def _on_time(self, key: Key, seconds: int) -> None:
        self.c.save(lambda store: reading.add_time(store, reading.TimeSpent(key, seconds)))

    def _on_task(self, index: int) -> None:
        self.c.timer.touch()
        page = self.c.window.current
        if page is None or self.c.need_profile():
            return
        self.c.save(lambda store: reading.toggle_tick(store, self.c.pack, page, index))
        self.c.window.refresh()

    def _on_quiz(self, quiz_index: int, choice: int) -> None:
        self.c.timer.touch()
        page = self.c.window.current
        if page is None or self.c.need_profile():
            return
        outcomes: list[reading.AnswerOutcome] = []

        def answer(store: ProgressStore) -> None:
            outcomes.append(reading.answer_quiz(store, self.c.pack, page, quiz_index, choice))

        self.c.save(answer)
        if not outcomes:
            return  # not saved: the save guard has said why
        outcome = outcomes[0]
        if outcome.answer is reading.Answer.ALREADY_ANSWERED:
            self.c.messages.info(
                self.tr("You have answered this question. To answer again, use Tools > Try the self-check again.")
            )
            return
        self.c.window.refresh()
        result = outcome.result
        if result is not None and outcome.answer is reading.Answer.PASSED:
            message = self.tr("Self-check passed: {right} of {total} right. This lesson is done.")
        elif result is not None and outcome.answer is reading.Answer.NOT_PASSED:
            message = self.tr(
                "{right} of {total} right; passing takes {needed}. Read the module again, then use "
                "Tools > Try the self-check again."
            )
        else:
            message = ""
        if message and result is not None:
            self.c.messages.info(message.format(right=result.right, total=result.total, needed=result.needed), 20000)
        self.c.changed()

    def toggle_done(self) -> None:
        """Mark the lesson done, or not done if it was; a self-check is done only by passing it. Says which."""
        page = self.c.window.current
        if not isinstance(page, Lesson) or self.c.need_profile():
            self.c.changed()
            return
        outcomes: list[reading.Done] = []
        self.c.save(lambda store: outcomes.append(reading.toggle_done(store, self.c.pack, page)))
        said = {
            reading.Done.NEEDS_PASSING: self.tr(
                "A self-check is done when you pass it: answer its questions; 75% right or more passes."
            ),
            reading.Done.DONE: self.tr("'{title}' is marked as done."),
            reading.Done.NOT_DONE: self.tr("'{title}' is no longer marked as done."),
        }
        if outcomes and outcomes[0] in said:
            self.c.messages.info(said[outcomes[0]].format(title=page.title), 8000)
        self.c.changed()

    def retry_quiz(self) -> None:
        page = self.c.window.current
        store = self.c.store
        if page is None or self.c.need_profile() or store is None:
            return
        if reading.retry_needs_asking(store, self.c.pack, page) and not self.c.messages.ask.confirm(
            self.tr("Try the self-check again"),
            self.tr(
                "Clear your answers to '{title}' and answer again? Your earlier answers and score are "
                "forgotten, and the self-check counts as not passed until you pass it again."
            ).format(title=page.title),
            self.tr("&Clear and try again"),
        ):
            return
        self.c.save(lambda store: reading.retry_quiz(store, self.c.pack, page))
        self.c.window.refresh()
        self.c.window.reader.verticalScrollBar().setValue(0)
        # The score of the last try must not stay on screen.
        self.c.messages.info(
            self.tr("Your answers are cleared. Answer every question again; 75% right or more passes.")
        )
        self.c.changed()
