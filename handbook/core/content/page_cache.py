"""A saved copy of the HTML of the page the user left, so the next start paints it before loading the renderer.

The copy is data (JSON), never code: the data folder travels between public computers on USB
sticks, so every field is checked when read and anything odd is ignored (the page is rendered
afresh and the copy written again). The key holds everything the HTML depends on: the app's
version, the pack's id, version and files (their sizes and times), the page's path and a hash of
its text, the language, and what the reader did on the page (ticks, answers). Any change means a miss.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from handbook import __version__
from handbook.core.content.model import Pack, Page
from handbook.core.content.render_model import PageState
from handbook.core.log import get_logger
from handbook.core.storage import StorageError, atomic_write_bytes, parse_json_bytes, read_limited

FORMAT = 1
MAX_HTML_CHARS = 512 * 1024  # a bigger page is rendered each time: a start-up copy must stay cheap to read
MAX_FILE_BYTES = 4 * MAX_HTML_CHARS + 4096  # JSON escapes can grow the text; anything bigger is not ours
FILE_NAME = "first-page.json"
log = get_logger("page_cache")


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

    def __init__(self, cache_dir: Path, language: str) -> None:
        self.cache_dir = Path(cache_dir)
        self.language = language
        self.looked = False
        self.shown: tuple[PageKey, str] | None = None
        self.on_disk: str | None = None  # the key of the copy the file holds, when this run knows it

    def key(self, page: Page, pack: Pack, state: PageState) -> PageKey:
        from handbook.core.content.cache import pack_fingerprint

        return page_key(page, pack, state, pack_fingerprint(Path(pack.root)), self.language)

    def take(self, page: Page, pack: Pack, state: PageState) -> str | None:
        """The saved HTML of ``page``, on the first call only (later pages are rendered)."""
        if self.looked:
            return None
        self.looked = True
        key = self.key(page, pack, state)
        html = read_page(self.cache_dir, key)
        if html is not None:
            self.on_disk = key.value  # painted from the copy: saving it again would write the same bytes
        return html

    def shown_page(self, page: Page, pack: Pack, state: PageState, html: str) -> None:
        self.shown = (self.key(page, pack, state), html)

    def save(self) -> None:
        """Write the page shown last (called after it is painted, and at exit)."""
        if self.shown is None or self.shown[0].value == self.on_disk:
            return  # nothing shown, or the file already holds this page
        if write_page(self.cache_dir, *self.shown):
            self.on_disk = self.shown[0].value


def read_page(cache_dir: Path, key: PageKey) -> str | None:
    """The saved HTML for ``key``, or None when there is none, it is for another key, or it does not check out."""
    path = Path(cache_dir) / FILE_NAME
    try:
        data: Any = parse_json_bytes(read_limited(path, MAX_FILE_BYTES))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.info("%s: not used (%s); the page is rendered afresh", path, exc)
        return None
    if not isinstance(data, dict) or set(data) != {"format", "key", "html"} or data["format"] != FORMAT:
        log.info("%s: not a saved page of this version; the page is rendered afresh", path)
        return None
    html = data["html"]
    if not isinstance(data["key"], str) or not isinstance(html, str) or len(html) > MAX_HTML_CHARS:
        log.info("%s: a field has the wrong type or size; the page is rendered afresh", path)
        return None
    return html if data["key"] == key.value else None


def write_page(cache_dir: Path, key: PageKey, html: str) -> bool:
    """Save ``html`` as the page to paint first next time (a page too big to save is skipped); never raises.

    True when it was written.
    """
    path = Path(cache_dir) / FILE_NAME
    if len(html) > MAX_HTML_CHARS:
        return False
    payload = json.dumps({"format": FORMAT, "key": key.value, "html": html}, ensure_ascii=False)
    try:
        atomic_write_bytes(path, payload.encode("utf-8"))
    except (OSError, StorageError, UnicodeEncodeError) as exc:  # a read-only stick: only a slower next start
        log.info("%s: not saved (%s)", path, exc)
        return False
    return True
