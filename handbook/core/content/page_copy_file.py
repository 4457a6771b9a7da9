"""The file of the first page's saved copy (``cache/first-page.json``), read before anything else at start-up.

It holds the HTML of the page the user left, with two keys:

- ``start``: what a start can check before it loads the pack (the app's version, the language, the
  active pack's folder and the profile). When it matches, the window paints the page at once;
- ``key``: everything the HTML depends on (``page_cache.page_key``: the pack's files, the page's
  text, the reader's ticks and answers). It is checked once the pack and the profile are loaded,
  right after that first paint; a page that no longer matches is rendered afresh and replaces it.

The data folder travels between public computers, so the file is data only (JSON), bounded in size,
and every field is checked; anything odd is ignored, and the page is rendered as usual.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from handbook import __version__
from handbook.core.log import get_logger
from handbook.core.storage import StorageError, atomic_write_bytes, parse_json_bytes, read_limited

FORMAT = 2  # 1 had no start key
FILE_NAME = "first-page.json"
MAX_HTML_CHARS = 512 * 1024  # a bigger page is rendered each time: a start-up copy must stay cheap to read
MAX_TEXT_CHARS = 4096  # the keys, the page's path and the pack's title
MAX_FILE_BYTES = 4 * MAX_HTML_CHARS + 4 * 4 * MAX_TEXT_CHARS  # JSON escapes can grow the text
FIELDS = {"format", "key", "start", "path", "title", "html"}
log = get_logger("page_cache")


@dataclass(frozen=True)
class SavedPage:
    key: str  # everything the HTML depends on: checked once the pack is loaded
    start: str  # what a start checks before loading the pack (start_facts)
    path: str  # the page's path in its pack
    title: str  # the pack's title, for the window's title bar until the pack is loaded
    html: str


def start_facts(pack_root: Path, profile: str, language: str) -> str:
    """What the first paint depends on that a start knows before it loads the pack, as one string."""
    return json.dumps([__version__, language, os.path.abspath(pack_root), profile], ensure_ascii=True)


def read_saved_page(cache_dir: Path) -> SavedPage | None:
    """The saved first page, or None when there is none or it does not check out (logged, never raised)."""
    path = Path(cache_dir) / FILE_NAME
    try:
        data: Any = parse_json_bytes(read_limited(path, MAX_FILE_BYTES))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.info("%s: not used (%s); the page is rendered afresh", path, exc)
        return None
    if not isinstance(data, dict) or set(data) != FIELDS or data["format"] != FORMAT:
        log.info("%s: not a saved page of this version; the page is rendered afresh", path)
        return None
    texts = [data[name] for name in ("key", "start", "path", "title")]
    html = data["html"]
    if (
        not all(isinstance(text, str) and len(text) <= MAX_TEXT_CHARS for text in texts)
        or not isinstance(html, str)
        or len(html) > MAX_HTML_CHARS
    ):
        log.info("%s: a field has the wrong type or size; the page is rendered afresh", path)
        return None
    key, start, page, title = texts
    return SavedPage(key=key, start=start, path=page, title=title, html=html)


def write_saved_page(cache_dir: Path, page: SavedPage) -> bool:
    """Save ``page`` to paint first next time (one too big to save is skipped); never raises. True when written."""
    path = Path(cache_dir) / FILE_NAME
    texts = (page.key, page.start, page.path, page.title)
    if len(page.html) > MAX_HTML_CHARS or any(len(text) > MAX_TEXT_CHARS for text in texts):
        return False
    fields = {"format": FORMAT, "key": page.key, "start": page.start, "path": page.path, "title": page.title}
    payload = json.dumps(dict(fields, html=page.html), ensure_ascii=False)
    try:
        atomic_write_bytes(path, payload.encode("utf-8"))
    except (OSError, StorageError, UnicodeEncodeError) as exc:  # a read-only stick: only a slower next start
        log.info("%s: not saved (%s)", path, exc)
        return False
    return True
