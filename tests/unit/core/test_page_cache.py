"""The saved first page: used only when everything it depends on is unchanged; a bad file is ignored, never a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from handbook.core.content import cache
from handbook.core.content.loader import load_pack
from handbook.core.content.page_cache import FirstPageCopy
from handbook.core.content.page_copy_file import (
    FILE_NAME,
    FORMAT,
    MAX_HTML_CHARS,
    MAX_TEXT_CHARS,
    SavedPage,
    read_saved_page,
    write_saved_page,
)
from handbook.core.content.pages import render_page
from handbook.core.content.render_model import PageState


def _first(pack_dir: Path):  # type: ignore[no-untyped-def]
    pack = load_pack(pack_dir)
    page = next(iter(pack.pages()))
    return pack, page


def test_a_saved_page_is_read_back_only_for_the_same_key(mini_pack: Path, tmp_path: Path) -> None:
    pack, page = _first(mini_pack)
    html = render_page(page, pack).html
    copy = FirstPageCopy(tmp_path, "en_GB")
    copy.shown_page(page, pack, PageState(), html)
    copy.save()
    assert FirstPageCopy(tmp_path, "en_GB").take(page, pack, PageState()) == html
    # What the reader did, the language and another page all change the HTML: each is a miss.
    assert FirstPageCopy(tmp_path, "en_GB").take(page, pack, PageState(ticks={0: True})) is None
    assert FirstPageCopy(tmp_path, "en_GB").take(page, pack, PageState(answers={0: 1})) is None
    assert FirstPageCopy(tmp_path, "es_ES").take(page, pack, PageState()) is None
    other = list(pack.pages())[1]
    assert FirstPageCopy(tmp_path, "en_GB").take(other, pack, PageState()) is None


def test_an_edited_pack_makes_the_copy_stale(mini_pack: Path, tmp_path: Path) -> None:
    pack, page = _first(mini_pack)
    copy = FirstPageCopy(tmp_path, "en")
    copy.shown_page(page, pack, PageState(), "<p>old</p>")
    copy.save()
    other_file = next(p for p in sorted(mini_pack.rglob("*.md")) if p.relative_to(mini_pack).as_posix() != page.path)
    other_file.write_text(other_file.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    cache._fingerprints.clear()  # a new run takes the pack's fingerprint afresh
    assert FirstPageCopy(tmp_path, "en").take(page, pack, PageState()) is None


_GOOD = {"format": FORMAT, "key": "k", "start": "s", "path": "course/a.md", "title": "T", "html": "x"}


def _saved(**changes: object) -> bytes:
    return json.dumps(dict(_GOOD, **changes)).encode()


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\xff not json",
        b"[]",
        b'{"format": 1, "key": "k", "html": "x"}',  # the first version's copy
        _saved(key=5),
        _saved(html=["x"]),
        _saved(format=str(FORMAT)),
        _saved(code="import os"),
        _saved(title=["T"]),
        _saved(path=None),
        _saved(start="s" * (MAX_TEXT_CHARS + 1)),
        _saved(title="T" * (MAX_TEXT_CHARS + 1)),
        _saved(format=float("nan")),
        b"[" * 100_000,
    ],
)
def test_a_tampered_copy_is_ignored_and_rewritten(mini_pack: Path, tmp_path: Path, content: bytes) -> None:
    pack, page = _first(mini_pack)
    (tmp_path / FILE_NAME).write_bytes(content)
    assert read_saved_page(tmp_path) is None  # what a start reads before the pack loads: nothing to paint early
    copy = FirstPageCopy(tmp_path, "en")
    assert copy.take(page, pack, PageState()) is None
    copy.shown_page(page, pack, PageState(), "<p>fresh</p>")
    copy.save()
    assert FirstPageCopy(tmp_path, "en").take(page, pack, PageState()) == "<p>fresh</p>"


def test_an_oversize_copy_is_neither_written_nor_read(mini_pack: Path, tmp_path: Path) -> None:
    pack, page = _first(mini_pack)
    copy = FirstPageCopy(tmp_path, "en")
    key = copy.key(page, pack, PageState())
    write_saved_page(tmp_path, SavedPage(key.value, "", "", "", "x" * (MAX_HTML_CHARS + 1)))
    assert not (tmp_path / FILE_NAME).exists()
    fields = {"format": FORMAT, "key": key.value, "start": "", "path": "", "title": ""}
    (tmp_path / FILE_NAME).write_text(json.dumps(dict(fields, html="x" * (MAX_HTML_CHARS + 1))))
    assert read_saved_page(tmp_path) is None
    (tmp_path / FILE_NAME).write_bytes(b" " * (5 * MAX_HTML_CHARS))
    assert read_saved_page(tmp_path) is None


def test_an_unwritable_cache_folder_is_only_a_slower_start(mini_pack: Path, tmp_path: Path) -> None:
    pack, page = _first(mini_pack)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    copy = FirstPageCopy(blocker, "en")
    copy.shown_page(page, pack, PageState(), "<p>x</p>")
    copy.save()  # no exception
    assert copy.take(page, pack, PageState()) is None
