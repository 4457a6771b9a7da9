"""The first page: painted before the renderer, YAML, search and printing load, and the same as a fresh render."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

LATER = (
    "markdown_it",
    "yaml",
    "handbook.core.content.render",
    "handbook.core.content.validate",
    "handbook.core.search",
    "handbook.printing",
    "handbook.gui.search.search_feature",
    "handbook.gui.reader.answer_panel",  # made when a page has questions
    "handbook.gui.reader.find_bar",  # made when the reader searches
    "handbook.core.progress.course",
)
# A returning start paints the saved copy of the page before it loads the pack or the progress (app.saved_first_page):
# a 2,000-lesson pack paints as soon as a small one.
AFTER_A_SAVED_PAGE = (
    "handbook.core.content.cache",
    "handbook.core.content.codec",
    "handbook.core.content.bodies",
    "handbook.core.content.page_cache",
    "handbook.core.progress",
    "handbook.gui.progress",
    "handbook.gui.planner",
    "handbook.gui.packs",
    "tinydb",
    "hashlib",
)
PROBE = """
import sys
import handbook.app as app
painted = app._say_painted
def mark():
    from PySide6 import QtCore

    print("LOADED " + " ".join(sorted(sys.modules)), flush=True)
    print("QT_ENUMS_BUILT " + str("Qt" in vars(QtCore)), flush=True)  # PySide6 makes Qt's enums when first named
    painted()
app._say_painted = mark
from handbook.cli import main
sys.exit(main(["--exit-after-start"]))
"""


def _probe(data_dir: Path) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HANDBOOK_DATA_DIR=str(data_dir))
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=REPO, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout.splitlines()


def _start(data_dir: Path) -> set[str]:
    line = next(line for line in _probe(data_dir) if line.startswith("LOADED "))
    return set(line.split()[1:])


def test_a_returning_start_paints_before_loading_what_the_page_does_not_need(tmp_path: Path) -> None:
    _start(tmp_path)  # the first start renders the page and saves its copy after painting it
    assert (tmp_path / "cache" / "first-page.json").is_file()
    loaded = _start(tmp_path)
    early = sorted(
        name for name in loaded if any(name == m or name.startswith(m + ".") for m in LATER + AFTER_A_SAVED_PAGE)
    )
    assert early == []


def test_the_saved_first_page_is_what_a_fresh_render_shows(tmp_path: Path) -> None:
    _start(tmp_path)
    saved = json.loads((tmp_path / "cache" / "first-page.json").read_text(encoding="utf-8"))
    last_page = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))["last_page"]
    from handbook.core.content.loader import load_pack
    from handbook.core.content.pages import render_page
    from handbook.core.resources import bundled_pack_dir

    pack = load_pack(bundled_pack_dir())
    page = pack.page_at(last_page)
    assert page is not None
    assert saved["html"] == render_page(page, pack).html


def test_the_first_paint_does_not_wait_for_qts_own_enums(tmp_path: Path) -> None:
    """Naming any ``Qt.X`` makes PySide6 build all ~95 of Qt's enums (about 15 ms): after the first page, not before.

    If this fails, something on the way to the first paint names ``Qt`` (or a call PySide6 resolves
    against it, such as ``QPalette(palette)``): import ``Qt`` inside the function that runs later.
    """
    for start in ("first", "second"):  # the second paints from the saved copy of the page
        lines = _probe(tmp_path)
        assert "QT_ENUMS_BUILT False" in lines, f"{start} start"
