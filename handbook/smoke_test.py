"""``handbook --smoke-test``: the bundled course loads, every page renders, search works, the window opens and closes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from handbook.app import application, build_session
from handbook.core.content.model import Pack
from handbook.core.errors import HandbookError
from handbook.core.resources import bundled_pack_dir


def check_search(pack: Pack) -> None:
    """Index the pack in memory and find its first page: proves this build's SQLite has FTS5 and its stemmer."""
    from handbook.core.search.index import SearchIndex, parse_query
    from handbook.core.search.stems import stemming_works

    if not stemming_works():
        raise HandbookError(
            "search cannot find other forms of words: the snowballstemmer library is missing; "
            "reinstall Handbook, or run: python3 -m pip install snowballstemmer"
        )
    first = next(iter(pack.pages()), None)
    with SearchIndex(":memory:") as index:
        index.build(pack)
        if (
            first is not None
            and parse_query(first.title)
            and not any(hit.path == first.path for hit in index.search(f'"{first.title}"'))
        ):
            raise HandbookError(f"search did not find the page '{first.title}'; the search index is not working.")


def smoke_test(args: argparse.Namespace) -> int:
    """Load the bundled pack, render every page, open the window and close it."""
    import tempfile

    from handbook.core.content.loader import load_pack
    from handbook.core.content.pages import render_page

    pack = load_pack(bundled_pack_dir())
    if pack.has_errors:
        for problem in pack.problems:
            print(problem.format(pack.root), file=sys.stderr)
        raise HandbookError("the bundled course has errors (listed above); run 'handbook validate'.")
    pages = list(pack.pages())
    for page in pages:
        render_page(page, pack)
    check_search(pack)
    app = application()
    with tempfile.TemporaryDirectory(prefix="handbook-smoke-") as tmp:
        session = build_session(Path(tmp), pack.root)
        window = session.window
        window.show()
        window.open_path(window.first_page_path())
        app.processEvents()
        if not window.reader.toPlainText().strip():
            raise HandbookError("the first page rendered empty.")
        window.close()
        app.processEvents()
    print(f"smoke test passed: {len(pages)} pages of '{pack.info.title}' {pack.info.version}")
    return 0
