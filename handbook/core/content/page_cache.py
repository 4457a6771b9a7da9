"""The saved copy of the page the user left, so the next start paints it before loading the renderer.

The copy is data (JSON), never code: the data folder travels between public computers on USB
sticks, so every field is checked when read and anything odd is ignored (the page is rendered
afresh and the copy written again). The key holds everything the HTML depends on: the app's
version, the pack's id, version and files (their sizes and times), the page's path and a hash of
its text, the language, and what the reader did on the page (ticks, answers). Any change means a miss.
The file itself, and the start key checked before the pack is loaded, are in ``page_copy_file``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from handbook import __version__
from handbook.core.content.model import Pack, Page
from handbook.core.content.page_copy_file import SavedPage, read_saved_page, write_saved_page
from handbook.core.content.render_model import PageState


@dataclass(frozen=True)
class PageKey:
    """What one page's HTML depends on, as one string to compare."""

    value: str


def page_key(page: Page, pack: Pack, state: PageState, pack_files: str, language: str) -> PageKey:
    """The key of ``page`` as rendered with ``state``; ``pack_files`` is the pack's file fingerprint."""
    text = hashlib.blake2b(f"{page.path}\0{page.title}\0{page.body}".encode("utf-8", "surrogateescape"), digest_size=16)
    parts = {
        "app": __version__,
        "pack": [pack.info.id, pack.info.version, str(Path(pack.root).resolve()), pack_files],
        "page": [page.path, text.hexdigest()],
        "language": language,
        "ticks": sorted([int(k), bool(v)] for k, v in state.ticks.items()),
        "answers": sorted([int(k), int(v)] for k, v in state.answers.items()),
    }
    return PageKey(json.dumps(parts, sort_keys=True, ensure_ascii=True))


class FirstPageCopy:
    """The window's use of the copy: one look at start-up, then it remembers the page shown, to save later."""

    def __init__(self, cache_dir: Path, language: str, start: Callable[[Pack], str] | None = None) -> None:
        self.cache_dir = Path(cache_dir)
        self.language = language
        self.start = start  # the start key of the page shown (page_copy_file.start_facts), given by the app
        self.looked = False
        self.shown: SavedPage | None = None
        self.on_disk: SavedPage | None = None  # what the file holds, when this run knows it

    def key(self, page: Page, pack: Pack, state: PageState) -> PageKey:
        from handbook.core.content.cache import pack_fingerprint

        return page_key(page, pack, state, pack_fingerprint(Path(pack.root)), self.language)

    def take(self, page: Page, pack: Pack, state: PageState) -> str | None:
        """The saved HTML of ``page``, on the first call only (later pages are rendered)."""
        if self.looked:
            return None
        self.looked = True
        key = self.key(page, pack, state)
        saved = read_saved_page(self.cache_dir)
        if saved is None or saved.key != key.value:
            return None
        self.on_disk = saved  # painted from the copy: saving it again would write the same bytes
        return saved.html

    def shown_page(self, page: Page, pack: Pack, state: PageState, html: str) -> None:
        start = self.start(pack) if self.start is not None else ""
        self.shown = SavedPage(self.key(page, pack, state).value, start, page.path, pack.info.title, html)

    def save(self) -> None:
        """Write the page shown last (called after it is painted, and at exit)."""
        if self.shown is None or self.shown == self.on_disk:
            return  # nothing shown, or the file already holds this page
        if write_saved_page(self.cache_dir, self.shown):
            self.on_disk = self.shown
