"""Follows the reader for progress: a page opened, scrolled, ticked, answered, noted, or marked done."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from handbook.core.content.model import Lesson, Page

if TYPE_CHECKING:
    from handbook.gui.progress_controller import ProgressController

SCROLL_SAVE_DELAY_MS = 1500

Key = tuple[str, str]


class ReadingTracker(QObject):
    """Saves what happens in the reader into the controller's open store."""

    def __init__(self, controller: ProgressController) -> None:
        super().__init__(controller)
        self.c = controller
        self._pending_scroll: tuple[Key, int] | None = None
        self._scroll_timer = QTimer(self, singleShot=True, interval=SCROLL_SAVE_DELAY_MS)
        self._scroll_timer.timeout.connect(self._flush_scroll)
        window = controller.window
        window.pageShown.connect(self._on_page_shown)
        window.reader.taskToggled.connect(self._on_task)
        window.reader.quizAnswered.connect(self._on_quiz)
        window.reader.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        controller.timer.timeSpent.connect(self._on_time)

    def flush(self) -> None:
        """Save what is waiting: a note being typed, a scroll position, time not yet written."""
        if self.c.notes is not None:
            self.c.notes.flush()
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
        is_lesson = isinstance(page, Lesson)
        self.c.timer.set_item(key if is_lesson and self.c.store is not None else None)
        if self.c.store is not None:
            self.c.save(lambda store: store.set_last_page(key[0], path, lesson=is_lesson))
            if is_lesson:
                self.c.save(lambda store: store.mark_opened(*key))
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
        if self.c.notes is None:
            return
        if self.c.store is None:
            self.c.notes.show_nothing(self.tr("Make or choose a profile (Tools > Profiles) to keep notes."))
        elif isinstance(page, Lesson):
            pack_id, item_id = self.c.key_for(page)
            self.c.notes.show_note(pack_id, item_id, page.title, self.c.store.get(pack_id, item_id).note)
        else:
            self.c.notes.show_nothing()

    def on_note(self, pack_id: str, item_id: str, text: str) -> None:
        self.c.timer.touch()
        if not self.c.save(lambda store: store.set_note(pack_id, item_id, text)) and self.c.notes is not None:
            self.c.notes.show_error(self.tr("Not saved yet: see the message in the status bar."))
        self.c.changed()

    def _on_time(self, key: Key, seconds: int) -> None:
        self.c.save(lambda store: store.add_time(key[0], key[1], seconds))

    def _on_task(self, index: int) -> None:
        self.c.timer.touch()
        page = self.c.window.current
        if page is None or self.c.need_profile():
            return
        from handbook.core.progress.course import page_facts

        tasks = page_facts(page).tasks
        if not 0 <= index < len(tasks):
            return
        key = self.c.key_for(page)
        assert self.c.store is not None
        ticked = self.c.store.get(*key).ticks.get(index, tasks[index].checked)
        self.c.save(lambda store: store.set_tick(*key, index, not ticked))
        self.c.window.refresh()

    def _on_quiz(self, quiz_index: int, choice: int) -> None:
        self.c.timer.touch()
        page = self.c.window.current
        if page is None or self.c.need_profile():
            return
        assert self.c.store is not None
        key = self.c.key_for(page)
        if quiz_index in self.c.store.get(*key).answers:
            self.c.window.statusBar().showMessage(
                self.tr("You have answered this question. To answer again, use Tools > Try the self-check again."), 10000
            )
            return
        self.c.save(lambda store: store.set_answer(*key, quiz_index, choice))
        self.c.window.refresh()
        if isinstance(page, Lesson) and page.kind == "quiz":
            from handbook.core.progress.course import quiz_result
            from handbook.core.progress.record import DONE

            result = quiz_result(page, self.c.store.get(*key))
            if result.complete and result.passed:
                self.c.save(lambda store: store.set_status(*key, DONE))
                message = self.tr("Self-check passed: {right} of {total} right. This lesson is done.")
            elif result.complete:
                message = self.tr(
                    "{right} of {total} right; passing takes {needed}. Read the module again, then use "
                    "Tools > Try the self-check again."
                )
            else:
                message = ""
            if message:
                self.c.window.statusBar().showMessage(
                    message.format(right=result.right, total=result.total, needed=result.needed), 20000
                )
        self.c.changed()

    def toggle_done(self) -> None:
        """Mark the lesson done, or not done if it was; a self-check is done only by passing it. Says which."""
        page = self.c.window.current
        if not isinstance(page, Lesson) or self.c.need_profile():
            self.c.changed()
            return
        from handbook.core.progress.record import DONE, IN_PROGRESS

        key = self.c.key_for(page)
        assert self.c.store is not None
        bar = self.c.window.statusBar()
        if page.kind == "quiz":
            bar.showMessage(
                self.tr("A self-check is done when you pass it: answer its questions; 75% right or more passes."), 10000
            )
            self.c.changed()
            return
        status = IN_PROGRESS if self.c.store.get(*key).status == DONE else DONE
        if self.c.save(lambda store: store.set_status(*key, status)):
            if status == DONE:
                bar.showMessage(self.tr("'{title}' is marked as done.").format(title=page.title), 8000)
            else:
                bar.showMessage(self.tr("'{title}' is no longer marked as done.").format(title=page.title), 8000)
        self.c.changed()

    def retry_quiz(self) -> None:
        from handbook.core.progress.record import DONE, IN_PROGRESS

        page = self.c.window.current
        if page is None or self.c.need_profile():
            return
        key = self.c.key_for(page)
        assert self.c.store is not None
        record = self.c.store.get(*key)
        if record.answers and not self.c.prompts.confirm(
            self.tr("Try the self-check again"),
            self.tr(
                "Clear your answers to '{title}' and answer again? Your earlier answers and score are "
                "forgotten, and the self-check counts as not passed until you pass it again."
            ).format(title=page.title),
            self.tr("&Clear and try again"),
        ):
            return
        self.c.save(lambda store: store.clear_answers(*key))
        if record.status == DONE:  # not passed any more, so not done: the tree and the course bar say so
            self.c.save(lambda store: store.set_status(*key, IN_PROGRESS))
        self.c.window.refresh()
        self.c.window.reader.verticalScrollBar().setValue(0)
        # The score of the last try must not stay on screen.
        self.c.window.statusBar().showMessage(
            self.tr("Your answers are cleared. Answer every question again; 75% right or more passes."), 10000
        )
        self.c.changed()
