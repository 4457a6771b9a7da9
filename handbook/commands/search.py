"""``handbook search QUERY``: ranked results with snippets, from the same index as the app."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# The same as handbook.core.search.index.KINDS, written out to keep `handbook` quick to start.
KINDS = ("lesson", "module", "activity", "plan", "form", "note")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        from handbook.core.i18n import translate

        raise argparse.ArgumentTypeError(
            translate("search", "{text} is not a whole number of 1 or more").format(text=repr(text))
        )
    return value


def kind_name(kind: str) -> str:
    """A result's kind in the user's words ('lesson' stays the --kind value; 'lección' is what is shown)."""
    from handbook.core.i18n import translate

    names = {
        "lesson": translate("search", "lesson"),
        "module": translate("search", "module"),
        "activity": translate("search", "activity"),
        "plan": translate("search", "plan"),
        "form": translate("search", "form"),
        "note": translate("search", "note"),
    }
    return names.get(kind, kind)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from handbook.core.i18n import translate

    parser = subparsers.add_parser(
        "search",
        help=translate("search", "search the course, activities, session plans and forms"),
        description=translate(
            "search",
            "Search a pack (the one in use in the app unless --pack is given) and print the best matches, "
            "each with its page and a snippet where the matched words are in [brackets]. Case and accents "
            'do not matter; a word also finds its other forms (meetings: meeting); "quote" words to find '
            "them only as written, or an exact phrase; the last word also finds words that start with it. "
            "Exits 1 when nothing is found.",
        ),
    )
    parser.add_argument(
        "query", nargs="+", metavar=translate("cli", "WORDS"), help=translate("search", "the words to look for")
    )
    parser.add_argument("--kind", choices=KINDS, help=translate("search", "only results of this kind"))
    parser.add_argument(
        "--limit",
        type=_positive,
        default=10,
        metavar="N",
        help=translate("search", "print at most N results (default 10)"),
    )
    parser.add_argument(
        "--pack",
        type=Path,
        metavar=translate("cli", "DIR"),
        help=translate("search", "the pack folder to search (default: the pack in use in the app)"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from handbook.core.content.loader import load_pack
    from handbook.core.errors import HandbookError
    from handbook.core.i18n import translate
    from handbook.core.packs.active import resolve_active_pack
    from handbook.core.paths import DataDir, resolve_data_dir
    from handbook.core.search.index import build_index, parse_query
    from handbook.core.settings import Settings

    query = " ".join(args.query)
    if not parse_query(query):
        raise HandbookError(
            translate(
                "search", "the query has no words to look for; give one or more words, e.g. handbook search silence"
            )
        )
    data = DataDir(resolve_data_dir(args.data_dir, portable=args.portable))
    pack = load_pack(args.pack or resolve_active_pack(data.root, Settings(data.settings_file)))
    cache = data.cache

    started: list[bool] = []

    def progress(done: int, total: int) -> None:
        if not started:
            started.append(True)
            said = translate("search", "indexing the pack (only once per pack version)...")
            print(said, end="", file=sys.stderr, flush=True)
        if done == total:
            pages = translate("search", "1 page.") if total == 1 else translate("search", "{count} pages.")
            print(" " + pages.format(count=total), file=sys.stderr)

    with build_index(cache, pack, progress=progress) as index:
        hits = index.search(query, kind=args.kind, limit=args.limit, tokens=18)
    if not hits:
        said = translate("search", "nothing found for {query}; try fewer or shorter words")
        print(said.format(query=repr(query)), file=sys.stderr)
        return 1
    width = len(str(len(hits)))
    for number, hit in enumerate(hits, start=1):
        place = hit.path or translate("search", "note on {page}").format(page=hit.item_id)
        print(f"{number:>{width}}. {hit.title}  ({kind_name(hit.kind)})")
        print(f"{' ' * width}  {place}")
        if hit.snippet_text:
            print(f"{' ' * width}  {hit.snippet_text}")
    return 0
