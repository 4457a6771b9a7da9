"""Read a feed and fetch its packs: from a web host (urllib), a folder or a file:// URL; checked and resumable.

A download goes to ``<data dir>/packs/.downloads/<id>-<version>-<hash>.hbpack.part`` and is continued
there with a Range request after a broken connection or Ctrl+C. Only when its size and SHA-256 equal
the index's is it renamed to ``.hbpack``; a file that differs is deleted, since the feed sent the
wrong bytes. Nothing here installs: ``feed_update.py`` hands the file to the one install path.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import shutil
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote, urljoin, urlsplit
from urllib.request import url2pathname

from handbook.core.content.limits import excerpt
from handbook.core.i18n import translate
from handbook.core.packs.build import PACK_SUFFIX
from handbook.core.packs.errors import PackCancelledError
from handbook.core.packs.feed import INDEX_NAME, MAX_INDEX_BYTES, FeedEntry, FeedError, file_sha256, parse_index
from handbook.core.packs.limits import DEFAULT_LIMITS, Limits
from handbook.core.packs.registry import human_size
from handbook.core.paths import DataDir

DEFAULT_TIMEOUT = 30.0  # seconds without a byte before a download is given up (it can be continued)
CHUNK = 64 * 1024
DOWNLOADS = ".downloads"
SPACE_MARGIN = 20 * 1024 * 1024
STALE_DOWNLOAD_SECONDS = 30 * 24 * 3600
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
_WEB = ("http", "https")


@dataclass(frozen=True)
class FeedSource:
    """Where a feed is: a web address (``index_url``) or a folder on this computer, a share or a stick."""

    text: str  # as the person gave it; names the feed in messages
    index_url: str = ""
    folder: Path | None = None

    def file_location(self, name: str) -> str:
        """Where a pack file of this feed is, for the registry's "where it came from"."""
        if self.folder is not None:
            return str(self.folder / name)
        return urljoin(self.index_url, quote(name))


def feed_source(text: str) -> FeedSource:
    """A feed from what the person typed: http(s)://..., file://..., or a folder (its index.json may be named)."""
    text = text.strip()
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme in _WEB:
        if not parts.netloc:
            raise FeedError(translate("PackFeed", "{feed}: the web address has no server name.").format(feed=text))
        url = text if parts.path.endswith(".json") else text.rstrip("/") + "/" + INDEX_NAME
        return FeedSource(text, index_url=url)
    if scheme == "file":
        path = Path(url2pathname(parts.path))
    elif len(scheme) > 1:  # one letter is a Windows drive: C:\packs
        raise FeedError(
            translate(
                "PackFeed",
                "{feed}: a feed is a web address (http:// or https://) or a folder; "
                "'{scheme}:' addresses are not read.",
            ).format(feed=text, scheme=scheme)
        )
    else:
        path = Path(text).expanduser()
    return FeedSource(text, folder=path.parent if path.name == INDEX_NAME else path)


class _SameKindRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to another http(s) address, never from https down to http."""

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
        old, new = urlsplit(req.full_url).scheme.lower(), urlsplit(newurl).scheme.lower()
        if new not in _WEB or (old == "https" and new != "https"):
            raise urllib.error.HTTPError(newurl, code, msg, headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener(context: ssl.SSLContext | None) -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(urllib.request.HTTPSHandler(context=context), _SameKindRedirects())


def network_error(exc: BaseException, where: str, timeout: float) -> FeedError:
    """A sentence for what went wrong between this computer and the feed."""
    reason: Any = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(exc, urllib.error.HTTPError) and 300 <= exc.code < 400:
        text = translate(
            "PackFeed",
            "{feed}: the server sends Handbook on to {address}, which it does not follow: only web "
            "addresses are, and never from https to http. Give the feed's own address; nothing was changed.",
        ).format(feed=where, address=excerpt(exc.url, 80))
    elif isinstance(exc, urllib.error.HTTPError):
        text = translate(
            "PackFeed", "{feed}: the server answered '{code} {reason}'. Check the address; nothing was changed."
        ).format(feed=where, code=exc.code, reason=exc.reason)
    elif isinstance(reason, ssl.SSLCertVerificationError):
        text = translate(
            "PackFeed",
            "{feed}: the server's certificate is not valid ({reason}). The address may be "
            "wrong, or another computer may be in the way; nothing was changed.",
        ).format(feed=where, reason=reason.verify_message or reason)
    elif isinstance(reason, ssl.SSLError):
        text = translate(
            "PackFeed", "{feed}: a safe (https) connection could not be made ({reason}); nothing was changed."
        ).format(feed=where, reason=reason)
    elif isinstance(reason, TimeoutError):
        text = translate(
            "PackFeed",
            "{feed}: the server did not answer within {seconds} seconds. The network may "
            "be slow or down; try again later. Nothing was changed.",
        ).format(feed=where, seconds=f"{timeout:g}")
    elif isinstance(reason, (http.client.HTTPException, ConnectionError)) and not isinstance(
        reason, ConnectionRefusedError
    ):
        text = translate(
            "PackFeed", "{feed}: the connection broke before the end; try again later. Nothing was changed."
        ).format(feed=where)
    else:
        text = translate(
            "PackFeed",
            "{feed}: the feed cannot be reached ({reason}). Check the network and the address; nothing was changed.",
        ).format(feed=where, reason=getattr(reason, "strerror", None) or reason)
    return FeedError(text)


NETWORK_ERRORS = (urllib.error.URLError, http.client.HTTPException, OSError)


def read_feed(
    source: FeedSource,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    limits: Limits = DEFAULT_LIMITS,
    context: ssl.SSLContext | None = None,
) -> list[FeedEntry]:
    """The packs the feed lists, its index checked (see ``feed.parse_index``)."""
    if source.folder is not None:
        index = source.folder / INDEX_NAME
        try:
            with open(index, "rb") as handle:
                data = handle.read(MAX_INDEX_BYTES + 1)
        except OSError as exc:
            raise FeedError(
                translate(
                    "PackFeed",
                    "{feed}: there is no feed here ({reason}). A feed is a folder with an "
                    "index.json made by 'handbook pack feed'.",
                ).format(feed=source.text, reason=exc.strerror or exc)
            ) from None
        return parse_index(data, source.text, limits)
    try:
        with _opener(context).open(source.index_url, timeout=timeout) as response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > MAX_INDEX_BYTES:
                data = b" " * (MAX_INDEX_BYTES + 1)  # refused below without reading it
            else:
                data = response.read(MAX_INDEX_BYTES + 1)
    except NETWORK_ERRORS as exc:
        raise network_error(exc, source.text, timeout) from None
    return parse_index(data, source.text, limits)


def downloads_folder(data_dir: Path) -> Path:
    return DataDir(Path(data_dir)).packs / DOWNLOADS


def fetch_pack(
    source: FeedSource,
    entry: FeedEntry,
    data_dir: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    context: ssl.SSLContext | None = None,
) -> Path:
    """The pack file ``entry`` names, in the downloads folder, its size and SHA-256 equal to the index's.

    A broken connection, a timeout or a cancel keeps the ``.part`` file, and the next call continues
    it; bytes that do not agree with the index are deleted and raise ``FeedError``.
    """
    folder = downloads_folder(data_dir)
    final = folder / f"{entry.id}-{entry.version}-{entry.sha256[:16]}{PACK_SUFFIX}"
    part = final.with_name(final.name + ".part")
    where = source.file_location(entry.file)
    if final.is_file():
        if final.stat().st_size == entry.size and file_sha256(final) == entry.sha256:
            return final
        final.unlink()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _forget_old_downloads(folder, keep=part)
        have = part.stat().st_size if part.is_file() else 0
        if have > entry.size:
            part.unlink()
            have = 0
        if shutil.disk_usage(folder).free < entry.size - have + SPACE_MARGIN:
            raise FeedError(
                translate(
                    "PackFeed",
                    "{folder}: not enough free disk space to download {name} ({size}). Free some space and try again.",
                ).format(folder=folder, name=entry.file, size=human_size(entry.size))
            )
    except OSError as exc:
        raise FeedError(
            translate("PackFeed", "{folder}: cannot write here ({reason}).").format(
                folder=folder, reason=exc.strerror or exc
            )
        ) from None
    if have < entry.size:
        if source.folder is not None:
            _copy(source.folder / entry.file, part, have, entry, where, progress, cancelled)
        else:
            _download(_opener(context), where, part, have, entry, timeout, progress, cancelled)
    size = part.stat().st_size
    if size != entry.size:  # only a server that lies can get here (see _receive)
        _lied(
            part,
            where,
            translate("PackFeed", "is {size} bytes, not {expected} as the index says").format(
                size=size, expected=entry.size
            ),
        )
    if file_sha256(part) != entry.sha256:
        _lied(part, where, translate("PackFeed", "is not the file the index lists (its SHA-256 differs)"))
    os.replace(part, final)
    return final


def _forget_old_downloads(folder: Path, keep: Path) -> None:
    """Downloads left unfinished for a month are for feeds no longer used; they only take space."""
    now = time.time()
    for path in folder.iterdir():
        with contextlib.suppress(OSError):
            if path != keep and path.is_file() and now - path.stat().st_mtime > STALE_DOWNLOAD_SECONDS:
                path.unlink()


def _lied(part: Path, where: str, problem: str) -> None:
    with contextlib.suppress(OSError):
        part.unlink()
    raise FeedError(
        translate(
            "PackFeed",
            "{file}: the file {problem}. It was deleted and nothing was changed; tell whoever runs the feed.",
        ).format(file=where, problem=problem)
    )


def _stopped(where: str, done: int, total: int, why: str) -> FeedError:
    return FeedError(
        translate(
            "PackFeed",
            "{file}: the download stopped at {done} of {total} ({why}). What arrived is "
            "kept: run the update again to continue. Nothing was changed.",
        ).format(file=where, done=human_size(done), total=human_size(total), why=why)
    )


def _copy(
    path: Path,
    part: Path,
    have: int,
    entry: FeedEntry,
    where: str,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> None:
    try:
        with open(path, "rb") as source:
            size = os.fstat(source.fileno()).st_size
            if size != entry.size:
                _lied(
                    part,
                    where,
                    translate("PackFeed", "is {size} bytes, not {expected} as the index says").format(
                        size=size, expected=entry.size
                    ),
                )
            source.seek(have)
            _receive(source.read, part, "ab", have, entry, where, progress, cancelled)
    except OSError as exc:
        raise FeedError(
            translate("PackFeed", "{file}: cannot be read ({reason}). Nothing was changed.").format(
                file=where, reason=exc.strerror or exc
            )
        ) from None


def _download(
    opener: urllib.request.OpenerDirector,
    url: str,
    part: Path,
    have: int,
    entry: FeedEntry,
    timeout: float,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> None:
    # The address is the feed's own http(s) one (feed_source refuses other schemes).
    request = urllib.request.Request(url, headers={"Range": f"bytes={have}-"} if have else {})  # noqa: S310
    try:
        with opener.open(request, timeout=timeout) as response:
            mode = "ab"
            if response.status == 206:
                start = response.headers.get("Content-Range", "").removeprefix("bytes ").split("-")[0]
                if start != str(have):
                    raise FeedError(
                        translate(
                            "PackFeed",
                            "{file}: the server sent another part of the file than asked for; nothing was changed.",
                        ).format(file=url)
                    )
            else:  # the whole file again: a server that cannot continue a download
                mode, have = "wb", 0
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and have + int(length) != entry.size:  # the server's file differs
                _lied(
                    part,
                    url,
                    translate("PackFeed", "is {size} bytes, not {expected} as the index says").format(
                        size=have + int(length), expected=entry.size
                    ),
                )
            # read1: what has arrived, so a stall or a drop keeps every byte already received
            _receive(response.read1, part, mode, have, entry, url, progress, cancelled)
    except urllib.error.HTTPError as exc:
        if exc.code == 416:  # the server's file is shorter than the part already here
            _lied(part, url, translate("PackFeed", "is shorter than the index says"))
        raise network_error(exc, url, timeout) from None
    except NETWORK_ERRORS as exc:
        done = part.stat().st_size if part.is_file() else 0
        if done:
            if isinstance(getattr(exc, "reason", exc), TimeoutError):
                why = translate("PackFeed", "nothing arrived for {seconds} seconds").format(seconds=f"{timeout:g}")
            else:
                why = translate("PackFeed", "the connection broke")
            raise _stopped(url, done, entry.size, why) from None
        raise network_error(exc, url, timeout) from None


def _receive(
    read: Callable[[int], bytes],
    part: Path,
    mode: str,
    have: int,
    entry: FeedEntry,
    where: str,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> None:
    """Append what ``read`` gives to ``part`` until the index's size; refuse a byte more."""
    done = have
    output: IO[bytes]
    with open(part, mode) as output:
        while done < entry.size:
            if cancelled is not None and cancelled():
                raise PackCancelledError(
                    translate("PackFeed", "Download stopped; what arrived is kept for next time. Nothing was changed.")
                )
            block = read(min(CHUNK, entry.size - done + 1))  # one byte more shows a file that is too long
            if not block:
                break
            if done + len(block) > entry.size:
                output.close()
                _lied(part, where, translate("PackFeed", "is longer than the index says"))
            output.write(block)
            done += len(block)
            if progress is not None:
                progress(done, entry.size)
        if done == entry.size and read(1):
            output.close()
            _lied(part, where, translate("PackFeed", "is longer than the index says"))
    if done < entry.size:
        raise _stopped(where, done, entry.size, translate("PackFeed", "the connection ended early"))
