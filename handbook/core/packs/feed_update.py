"""Updates from feeds: which installed packs a feed has newer, and fetching one into the one install path."""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from handbook.core.content.limits import control_character
from handbook.core.packs.errors import PackCancelledError, PackError
from handbook.core.packs.feed import FeedEntry, newest
from handbook.core.packs.feed_fetch import DEFAULT_TIMEOUT, Cancelled, FeedSource, Progress, fetch_pack
from handbook.core.packs.library import PackLibrary
from handbook.core.packs.policy import NewSignerError
from handbook.core.packs.staging import PreparedInstall
from handbook.core.packs.versions import compare_versions
from handbook.core.settings import Settings

DOWNLOAD_SHARE = 80  # of a hundred: the part of an update's progress bar the download takes
MAX_FEEDS = 50
FEEDS_SETTING = "pack_feeds"


@dataclass(frozen=True)
class Installed:
    """What is installed of one pack (the built-in course included): its id, version and title."""

    id: str
    version: str
    title: str


@dataclass(frozen=True)
class Update:
    """A newer version of an installed pack, offered by a feed."""

    source: FeedSource
    entry: FeedEntry
    installed: Installed


def saved_feeds(settings: Settings) -> list[str]:
    """The feeds kept in settings.json; anything that is not a short line of text is ignored."""
    value = settings.get(FEEDS_SETTING)
    feeds = [f for f in value if isinstance(f, str) and 0 < len(f) <= 2000 and not control_character(f)]
    return list(dict.fromkeys(feeds))[:MAX_FEEDS]


def save_feeds(settings: Settings, feeds: list[str]) -> None:
    settings.set(FEEDS_SETTING, list(dict.fromkeys(feeds))[:MAX_FEEDS])


def installed_packs(library: PackLibrary, built_in: Installed | None = None) -> list[Installed]:
    """The installed packs; the built-in course too, unless an installed version of it stands for it."""
    packs = [Installed(p.id, p.version, p.title) for p in library.installed()]
    if built_in is not None and built_in.id not in {p.id for p in packs}:
        packs.insert(0, built_in)
    return packs


def find_updates(source: FeedSource, entries: Iterable[FeedEntry], installed: Iterable[Installed]) -> list[Update]:
    """Each installed pack the feed has a newer version of, with the newest the feed offers."""
    offered = newest(list(entries))
    updates = []
    for pack in installed:
        entry = offered.get(pack.id)
        if entry is not None and compare_versions(entry.version, pack.version) > 0:
            updates.append(Update(source, entry, pack))
    return updates


def prepare_update(
    library: PackLibrary,
    update: Update,
    data_dir: Path,
    *,
    allow_new_signer: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    context: ssl.SSLContext | None = None,
) -> PreparedInstall:
    """Fetch the update (checked against the feed's index), then check and unpack it as any install is.

    The fetched file is removed once it is unpacked or refused; a cancel or a broken download keeps
    what arrived for the next try.
    """

    def download_progress(done: int, total: int) -> None:
        if progress is not None:
            progress(DOWNLOAD_SHARE * done // max(total, 1), 100)

    def install_progress(done: int, total: int) -> None:
        if progress is not None:
            progress(DOWNLOAD_SHARE + (100 - DOWNLOAD_SHARE) * done // max(total, 1), 100)

    file = fetch_pack(
        update.source,
        update.entry,
        data_dir,
        progress=download_progress,
        cancelled=cancelled,
        timeout=timeout,
        context=context,
    )
    where = update.source.file_location(update.entry.file)
    try:
        prepared = library.prepare_install(
            file, allow_new_signer=allow_new_signer, progress=install_progress, cancelled=cancelled
        )
    except (PackCancelledError, NewSignerError) as exc:
        exc.message = exc.message.replace(str(file), where)
        raise  # the checked download stays for the next try (after a yes to the new signer)
    except PackError as exc:
        with contextlib.suppress(OSError):
            file.unlink()  # the feed's pack is refused as a whole; the next try fetches it again
        exc.message = exc.message.replace(str(file), where)  # named as the person knows it, type kept
        raise
    prepared.source = where
    with contextlib.suppress(OSError):
        file.unlink()  # unpacked beside the installed packs; the file is no longer needed
    return prepared
