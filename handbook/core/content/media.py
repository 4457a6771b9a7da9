"""Which file a picture of a page may be: a regular file in the pack's media/ folder, nothing else.

One rule for the renderer, ``validate`` and the reader. A picture's address is a URL, so it is
percent-decoded before it is judged (``%2e%2e`` is ``..`` to Qt): judging the address as written
would let a folder literally named ``%2e%2e`` pass the check while Qt loads a file outside the pack.
The reader asks for pictures under its own scheme (``pack:/media/...``), never ``file:``, and every
answer comes from ``read_media``: a regular file, inside the pack's media folder once links are
resolved, not bigger than ``MAX_IMAGE_BYTES``.
"""

from __future__ import annotations

import os
import posixpath
import stat
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote

from handbook.core.i18n import format_number, translate

MEDIA_FOLDER = "media"
# The reader's base URL: relative picture addresses resolve under it, and nothing else is loaded.
READER_SCHEME = "pack"
READER_BASE_URL = f"{READER_SCHEME}:/"
# A photo from a phone is 2-8 MB; a picture bigger than this is not loaded (Qt would hold it all).
MAX_IMAGE_BYTES = 16 * 1024 * 1024
# Decoded pixels: 40 megapixels take 160 MB of memory in Qt; a tiny file may declare far more.
MAX_IMAGE_PIXELS = 40_000_000


@dataclass(frozen=True)
class ImageTarget:
    """Where a picture's address leads: its pack path, or why it may not be shown."""

    path: str  # the pack path, decoded and normalised ("" when refused)
    refusal: str = ""  # a sentence for the author, empty when the path is allowed
    # A picture elsewhere in the pack is harmless, only not shown: packs made before the rule still install.
    severity: str = "error"

    @property
    def allowed(self) -> bool:
        return not self.refusal


def _quoted(src: str) -> str:
    """An address for a message: on one line, and cut when long (a hostile one may be huge)."""
    shown = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in src[:121])
    return shown[:120] + "..." if len(shown) > 120 else shown


def image_target(page_dir: str, src: str) -> ImageTarget:
    """The pack path a picture's ``src`` (as written in the Markdown, a URL) leads to, or a refusal.

    ``page_dir`` is the folder of the page inside the pack ("" for the pack root).
    """
    refused = _quoted(src)
    address = src.split("#", 1)[0].split("?", 1)[0]
    decoded = unquote(address, errors="strict") if _decodes(address) else None
    if decoded is None or not decoded or not decoded.isprintable() or "\\" in decoded:
        said = translate(
            "media", "the image '{image}' is not a file name; put the picture in media/ and link to it there."
        )
        return ImageTarget("", said.format(image=refused))
    if decoded.startswith("/") or ":" in decoded.split("/", 1)[0]:
        said = translate("media", "the image '{image}' is not a file of the pack; put it in media/.")
        return ImageTarget("", said.format(image=refused))
    path = posixpath.normpath(posixpath.join(page_dir, decoded))
    if path == ".." or path.startswith("../"):
        said = translate(
            "media", "the image '{image}' is not a file of the pack: it points outside the pack. Put it in media/."
        )
        return ImageTarget("", said.format(image=refused))
    if not path.startswith(MEDIA_FOLDER + "/"):
        said = translate(
            "media",
            "the image '{image}' is not in the pack's media/ folder, so the app cannot show it; move it to media/.",
        )
        return ImageTarget("", said.format(image=refused), "warning")
    return ImageTarget(path)


def _decodes(address: str) -> bool:
    try:
        unquote(address, errors="strict")
    except UnicodeDecodeError:
        return False
    return True


def image_src(pack_path: str) -> str:
    """The ``src`` to write in the HTML for an allowed pack path: Qt decodes it back to the same path."""
    return quote(pack_path, safe="/")


def media_file(root: Path, pack_path: str) -> Path | None:
    """The file at ``pack_path`` if it is a regular file inside ``root``/media, links resolved; else None.

    Never opens the file: a FIFO or a device is refused by its type alone.
    """
    target = image_target("", pack_path)
    if not target.allowed:
        return None
    try:
        media = (Path(root) / MEDIA_FOLDER).resolve(strict=True)
        found = (Path(root) / target.path).resolve(strict=True)
        found.relative_to(media)
        info = found.stat()
    except (OSError, ValueError, RuntimeError):
        return None
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_IMAGE_BYTES:
        return None
    return found


def media_problem(root: Path, pack_path: str) -> str | None:
    """Why the picture at an allowed ``pack_path`` cannot be shown, for ``validate``; None when it can."""
    if media_file(root, pack_path) is not None:
        return None
    shown = _quoted(pack_path)
    path = Path(root) / pack_path
    if not os.path.lexists(path):
        return translate("media", "the image '{image}' is missing; add it to media/.").format(image=shown)
    try:
        info = path.stat()
    except OSError:
        said = translate("media", "the image '{image}' is a link to nothing; put the picture itself in media/.")
        return said.format(image=shown)
    if stat.S_ISREG(info.st_mode) and info.st_size > MAX_IMAGE_BYTES:
        said = translate(
            "media", "the image '{image}' is {size} MB; the app shows pictures of up to {limit} MB. Make it smaller."
        )
        return said.format(
            image=shown, size=format_number(info.st_size / 1_000_000, 1), limit=MAX_IMAGE_BYTES // 1_000_000
        )
    if not stat.S_ISREG(info.st_mode):
        said = translate("media", "the image '{image}' is not a regular file; put the picture itself in media/.")
        return said.format(image=shown)
    said = translate(
        "media", "the image '{image}' is a link to a file outside media/; put the picture itself in media/."
    )
    return said.format(image=shown)


def reader_url_path(url: str) -> str | None:
    """The pack path the reader's URL ``pack:/media/...`` (fully encoded, as Qt gives it) names, or None."""
    prefix = READER_SCHEME + ":"
    if not url.startswith(prefix):
        return None  # file:, http:, data:, qrc: ... the reader loads none of them
    rest = url[len(prefix) :].split("#", 1)[0].split("?", 1)[0]
    if rest.startswith("//"):
        return None  # an authority ("pack://host/...") is not ours
    target = image_target("", rest.lstrip("/"))
    return target.path if target.allowed else None


def read_media(root: Path, url: str, max_bytes: int = MAX_IMAGE_BYTES) -> bytes | None:
    """The bytes of the picture the reader asks for by ``url``, or None when it may not be loaded.

    Checked again on the open file, so that a file swapped for a FIFO or a device after the check
    is still refused; never reads more than ``max_bytes``.
    """
    pack_path = reader_url_path(url)
    found = media_file(root, pack_path) if pack_path is not None else None
    if found is None:
        return None
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(found, flags)
    except OSError:
        return None
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > max_bytes:
            return None
        data = handle.read(max_bytes + 1)
    return data if len(data) <= max_bytes else None
