"""Why search cannot work here, in whole sentences that name the file and say what to do."""

from __future__ import annotations

from handbook.core.errors import HandbookError
from handbook.core.i18n import translate


class SearchError(HandbookError):
    """The index cannot be opened or built (no FTS5 in this SQLite, a broken cache folder)."""

    def __init__(self, message: str, *, damaged: bool = False) -> None:
        super().__init__(message)
        self.damaged = damaged  # the file is not a usable index and may be thrown away


# The reasons in brackets are SQLite's or the system's own words: they say exactly what went wrong.


def cannot_open(path: str, reason: object) -> SearchError:
    said = translate("search", "{path}: cannot open the search index ({reason}).")
    return SearchError(said.format(path=path, reason=reason))


def no_full_text_search() -> SearchError:
    return SearchError(
        translate(
            "search",
            "this Python's SQLite has no full-text search (FTS5), so search is not available; "
            "install a Python whose sqlite3 includes FTS5.",
        )
    )


def damaged(path: str, reason: object) -> SearchError:
    said = translate("search", "{path}: the search index is damaged ({reason}); delete it and it is built again.")
    return SearchError(said.format(path=path, reason=reason), damaged=True)


def no_folder(folder: object, reason: object) -> SearchError:
    said = translate(
        "search",
        "{folder}: cannot keep the search index here or in a temporary folder ({reason}); "
        "choose a writable data folder with --data-dir.",
    )
    return SearchError(said.format(folder=folder, reason=reason))
