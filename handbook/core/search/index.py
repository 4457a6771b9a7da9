"""Full-text search over a pack and the journal's notes, on SQLite FTS5 from the standard library.

One index file per pack version lives in ``<data dir>/cache/search/<pack id>/``; its name carries
the pack's version and a hash of what was indexed, so a changed pack gets a new index and an
unchanged one reuses the old. The index is filled in batches, each its own transaction, and is
marked complete at the end: searching works on what is there meanwhile, and after a crash the
build resumes where it stopped. The file is in WAL mode so one thread can build while another
searches.
"""

from __future__ import annotations

import contextlib
import html
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from handbook.core.content.model import Pack
from handbook.core.i18n import translate
from handbook.core.search.documents import (
    MARK_END,
    MARK_START,
    SCHEMA_VERSION,
    Document,
    clean,
    content_key,
    page_document,
)
from handbook.core.search.query import Term, drop_stopwords, match_expression, parse_query
from handbook.core.search.search_errors import SearchError, cannot_open, damaged, no_folder, no_full_text_search
from handbook.core.search.stems import WordForms

KINDS = ("lesson", "module", "activity", "plan", "form", "note")
# bm25 weights of the columns title, keywords, body: a word in the title counts most.
WEIGHTS = (10.0, 4.0, 1.0)
BATCH_SIZE = 100
_BM25 = f"bm25(docs, {', '.join(map(str, WEIGHTS))})"
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")

Progress = Callable[[int, int], None]  # pages indexed so far, pages in all
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class SearchHit:
    kind: str
    item_id: str
    path: str  # the page to open; for a note, the page it is about ("" if not in the pack)
    title: str
    snippet_html: str  # matched words in <b>, everything else escaped
    snippet_text: str  # matched words in [brackets]


def _snippets(raw: str) -> tuple[str, str]:
    flat = " ".join(raw.split())
    marked = html.escape(flat, quote=False).replace(MARK_START, "<b>").replace(MARK_END, "</b>")
    plain = flat.replace(MARK_START, "[").replace(MARK_END, "]")
    return marked, plain


def _safe_name(text: str) -> str:
    return _SAFE_NAME.sub("_", text).strip("._") or "pack"


def index_location(cache_dir: Path, pack: Pack) -> Path:
    """The index file for ``pack``: one folder per pack id, one file per version and content."""
    folder = Path(cache_dir) / "search" / _safe_name(pack.info.id)
    return folder / f"{_safe_name(pack.info.version)}-{content_key(pack)}.sqlite"


_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pages(path TEXT PRIMARY KEY);
CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5(
    title, keywords, body, kind UNINDEXED, item_id UNINDEXED, path UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
INSERT OR IGNORE INTO meta VALUES ('schema', '{SCHEMA_VERSION}'), ('complete', '0');
"""  # noqa: S608 - a constant, not input


class SearchIndex:
    """One connection to an index file (or ``":memory:"``). Use it from one thread only."""

    def __init__(self, path: Path | str, *, create: bool = True) -> None:
        self.path = str(path)
        self._word_forms: WordForms | None = None
        # Opened only to search (create=False), a missing file is an error, not a new empty one.
        target = self.path if create or self.path == ":memory:" else Path(self.path).resolve().as_uri() + "?mode=rw"
        try:
            self.db = sqlite3.connect(target, timeout=5.0, isolation_level=None, uri=not create)
        except sqlite3.Error as exc:
            raise cannot_open(self.path, exc) from None
        try:
            self.db.execute("PRAGMA busy_timeout = 5000")
            if create:
                if self.path != ":memory:":
                    self.db.execute("PRAGMA journal_mode = WAL")
                    self.db.execute("PRAGMA synchronous = NORMAL")
                self.db.executescript(_SCHEMA)
            if self.meta("schema") != str(SCHEMA_VERSION):
                raise sqlite3.DatabaseError(translate("search", "an index of another schema version"))
        except sqlite3.Error as exc:
            self.db.close()
            if "no such module" in str(exc):
                raise no_full_text_search() from None
            raise damaged(self.path, exc) from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # meta

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, **values: str) -> None:
        changed = [(key, value) for key, value in values.items() if self.meta(key) != value]
        if changed:  # an unchanged index file stays untouched
            self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", changed)

    @property
    def complete(self) -> bool:
        return self.meta("complete") == "1"

    @property
    def pack_id(self) -> str:
        return self.meta("pack_id") or ""

    def count(self, kind: str | None = None) -> int:
        if kind is None:
            row = self.db.execute("SELECT count(*) FROM docs").fetchone()
        else:
            row = self.db.execute("SELECT count(*) FROM docs WHERE kind = ?", (kind,)).fetchone()
        return int(row[0])

    # building

    def add_pages(self, documents: Iterable[Document]) -> int:
        """Add the pages not yet indexed, in one transaction; how many were added.

        Checked inside the transaction, so two builders at once (the app and the CLI) never
        index a page twice.
        """
        documents = list(documents)
        with self._transaction():
            placeholders = ", ".join("?" * len(documents))
            existing = {
                row[0]
                for row in self.db.execute(
                    f"SELECT path FROM pages WHERE path IN ({placeholders})",  # noqa: S608 - placeholders only
                    [d.path for d in documents],
                )
            }
            fresh = [d for d in documents if d.path not in existing]
            self.db.executemany(
                "INSERT INTO docs(title, keywords, body, kind, item_id, path) VALUES (?, ?, ?, ?, ?, ?)",
                ((d.title, d.keywords, d.body, d.kind, d.item_id, d.path) for d in fresh),
            )
            self.db.executemany("INSERT OR IGNORE INTO pages VALUES (?)", ((d.path,) for d in fresh))
        return len(fresh)

    def build(
        self,
        pack: Pack,
        *,
        batch_size: int = BATCH_SIZE,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> bool:
        """Index the pages of ``pack`` not yet in the index, in batches; True once complete."""
        self.set_meta(pack_id=pack.info.id, pack_version=pack.info.version, language=pack.info.language)
        if self.complete:
            return True
        done = {row[0] for row in self.db.execute("SELECT path FROM pages")}
        pages = list(pack.pages())
        todo = [page for page in pages if page.path not in done]
        indexed = len(pages) - len(todo)
        for start in range(0, len(todo), batch_size):
            if cancelled is not None and cancelled():
                return False
            batch = todo[start : start + batch_size]
            # Markdown is parsed before the transaction, so searchers wait as little as possible.
            self.add_pages([page_document(page) for page in batch])
            indexed += len(batch)
            if progress is not None:
                progress(indexed, len(pages))
        with self._transaction():
            self.db.execute("INSERT INTO docs(docs) VALUES ('optimize')")
            self.set_meta(complete="1")
        return True

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # journal notes

    def update_note(self, pack_id: str, item_id: str, title: str, text: str) -> None:
        """Index (or re-index) the note on ``item_id``; notes on other packs are not kept here."""
        if pack_id != self.pack_id:
            return
        with self._transaction():
            self.db.execute("DELETE FROM docs WHERE kind = 'note' AND item_id = ?", (item_id,))
            if text.strip():
                self.db.execute(
                    "INSERT INTO docs(title, keywords, body, kind, item_id, path) VALUES (?, '', ?, 'note', ?, '')",
                    (clean(title), clean(text), item_id),
                )

    def remove_note(self, pack_id: str, item_id: str) -> None:
        if pack_id != self.pack_id:
            return
        with self._transaction():
            self.db.execute("DELETE FROM docs WHERE kind = 'note' AND item_id = ?", (item_id,))

    def replace_notes(self, pack_id: str, notes: Iterable[tuple[str, str, str]]) -> None:
        """Make the indexed notes exactly ``notes`` (item id, title, text), e.g. for another profile."""
        if pack_id != self.pack_id:
            return
        with self._transaction():
            self.db.execute("DELETE FROM docs WHERE kind = 'note'")
            self.db.executemany(
                "INSERT INTO docs(title, keywords, body, kind, item_id, path) VALUES (?, '', ?, 'note', ?, '')",
                ((clean(title), clean(text), item_id) for item_id, title, text in notes if text.strip()),
            )

    def notes(self) -> list[tuple[str, str, str]]:
        rows = self.db.execute("SELECT item_id, title, body FROM docs WHERE kind = 'note' ORDER BY rowid")
        return [(str(a), str(b), str(c)) for a, b, c in rows]

    # searching

    def terms(self, query: str) -> list[Term]:
        """The terms of ``query`` that are searched for (and highlighted on the page), with their other forms."""
        language = self.meta("language") or ""
        terms = drop_stopwords(parse_query(query), language)
        if self._word_forms is None or self._word_forms.language != language:
            self._word_forms = WordForms(self.db, language)
        forms = self._word_forms
        return [replace(term, forms=forms.of(term.text)) if term.can_have_forms() else term for term in terms]

    def search(self, query: str, *, kind: str | None = None, limit: int = 50, tokens: int = 14) -> list[SearchHit]:
        """The best ``limit`` hits: those with every term, then those with any. Never raises on odd input."""
        terms = self.terms(query)
        if not terms or limit <= 0:
            return []
        hits = self._search(terms, kind, limit, tokens)
        if len(hits) < limit and len(terms) > 1:
            seen = {(hit.kind, hit.item_id, hit.path) for hit in hits}
            more = self._search(terms, kind, limit, tokens, any_term=True)
            hits.extend(hit for hit in more if (hit.kind, hit.item_id, hit.path) not in seen)
        return hits[:limit]

    def _search(
        self, terms: list[Term], kind: str | None, limit: int, tokens: int, *, any_term: bool = False
    ) -> list[SearchHit]:
        # Ranked by bm25 alone, a long body full of a word can beat a title holding it; every
        # title match comes first instead, as people expect of a handbook's search. Within that,
        # the words as typed come before their other forms: in the title, then anywhere.
        # "+rowid" keeps SQLite from looking rows up by rowid, which would re-run the MATCH
        # once per row; the snippets are made in a second query, for the chosen rows only.
        # Only constants and placeholders are put into the SQL text; values are all bound.
        expression = match_expression(terms, any_term=any_term)
        tiers = [f"title : ({expression})"]
        if any(term.forms for term in terms):
            as_typed = match_expression([term.as_typed() for term in terms], any_term=any_term)
            tiers += [f"title : ({as_typed})", as_typed]
        kind_filter = " AND kind = ?" if kind else ""
        order = "".join("+rowid NOT IN (SELECT rowid FROM docs WHERE docs MATCH ?), " for _ in tiers)
        ranked = self.db.execute(
            f"SELECT rowid FROM docs WHERE docs MATCH ?{kind_filter} ORDER BY {order}{_BM25} LIMIT ?",  # noqa: S608
            (expression, *([kind] if kind else []), *tiers, limit),
        )
        ids = [int(row[0]) for row in ranked]
        if not ids:
            return []
        rows = self.db.execute(
            "SELECT rowid, kind, item_id, path, title, snippet(docs, 2, ?, ?, '…', ?) FROM docs "  # noqa: S608
            f"WHERE docs MATCH ? AND +rowid IN ({', '.join('?' * len(ids))})",
            (MARK_START, MARK_END, max(1, min(64, tokens)), expression, *ids),
        )
        by_id = {int(row[0]): row[1:] for row in rows}
        hits = []
        for rowid in ids:
            kind_, item_id, path, title, snippet = by_id[rowid]
            if kind_ == "note":
                path = self._page_of(item_id)
            html_snippet, text_snippet = _snippets(snippet or "")
            hits.append(SearchHit(kind_, item_id, path, title, html_snippet, text_snippet))
        return hits

    def _page_of(self, item_id: str) -> str:
        row = self.db.execute(
            "SELECT path FROM docs WHERE item_id = ? AND kind != 'note' LIMIT 1", (item_id,)
        ).fetchone()
        return str(row[0]) if row else ""

    def matching_ids(self, query: str, kind: str = "activity") -> set[str]:
        """Ids of the items of ``kind`` holding every term of ``query``; empty for an empty query."""
        terms = self.terms(query)
        if not terms:
            return set()
        rows = self.db.execute(
            "SELECT item_id FROM docs WHERE docs MATCH ? AND kind = ?", (match_expression(terms), kind)
        )
        return {str(row[0]) for row in rows}


def _remove_index_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


def _older_indexes(path: Path) -> list[Path]:
    others = [p for p in path.parent.glob("*.sqlite") if p != path]
    return sorted(others, key=lambda p: p.stat().st_mtime, reverse=True)


def open_index(cache_dir: Path, pack: Pack) -> SearchIndex:
    """The index for ``pack`` in ``cache_dir``, maybe incomplete: call ``build`` to finish it.

    A damaged file is thrown away and started again (it is only a cache). A new index takes
    over the journal notes of the pack's previous index. If the cache folder cannot be
    written, the index is built in a new temporary folder instead (and so is not reused).
    """
    path = index_location(cache_dir, pack)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        try:
            path = Path(tempfile.mkdtemp(prefix="handbook-search-")) / path.name
        except OSError as exc:
            raise no_folder(path.parent, exc.strerror) from None
    is_new = not path.exists()
    try:
        index = SearchIndex(path)
    except SearchError as exc:
        if not exc.damaged:
            raise
        _remove_index_file(path)
        is_new = True
        index = SearchIndex(path)
    index.set_meta(pack_id=pack.info.id, pack_version=pack.info.version, language=pack.info.language)
    if is_new:
        for older in _older_indexes(path)[:1]:
            with contextlib.suppress(sqlite3.Error, SearchError), SearchIndex(older, create=False) as old:
                index.replace_notes(pack.info.id, old.notes())
    return index


def remove_stale_indexes(index_path: Path | str) -> None:
    """Delete the other indexes of the same pack (older versions), once this one is complete."""
    path = Path(index_path)
    for older in _older_indexes(path):
        _remove_index_file(older)


def build_index(
    cache_dir: Path, pack: Pack, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> SearchIndex:
    """Open the pack's index, complete it if needed, and drop older ones: for the CLI and tests."""
    index = open_index(cache_dir, pack)
    if not index.complete and index.build(pack, progress=progress, cancelled=cancelled):
        remove_stale_indexes(index.path)
    return index
