"""The rules for file names inside a pack: plain relative UTF-8 paths that are safe on every system."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from handbook.core.i18n import translate

MAX_PATH_CHARS = 240  # leaves room for the data dir under Windows' 260-character limit
MAX_PART_BYTES = 255
_DRIVE = re.compile(r"^[A-Za-z]:")
# Control characters (C0, DEL, C1) and the invisible direction marks that make a name read as
# another ('exe.md' shown as 'dm.exe') are never part of a real file name.
_FORBIDDEN = re.compile('[<>:"|?*\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]')
# Windows refuses these names whatever the extension ("con.md" is the console).
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)", re.IGNORECASE)


def name_problem(name: str) -> str | None:
    """Why ``name`` may not be a file of a pack, or None when it is fine.

    The reason is what the name does, for a sentence that starts with the name: "'course/x.md' <reason>"
    (Spanish and English both say it so).
    """
    return None if _is_fine(name) else _problem(name)


@lru_cache(maxsize=32768)  # a pack's names are checked in its zip listing and again in its manifest
def _is_fine(name: str) -> bool:
    # Only the verdict is kept: the reason is said again in the language of the moment.
    return _problem(name) is None


def _problem(name: str) -> str | None:
    if not name:
        return translate("pack_names", "is an empty name")
    if name.startswith(("/", "\\")):
        return translate("pack_names", "is an absolute path")
    if _DRIVE.match(name):
        return translate("pack_names", "starts with a drive letter")
    if "\\" in name:
        return translate("pack_names", "contains a backslash; pack paths use '/'")
    if len(name) > MAX_PATH_CHARS:
        return translate("pack_names", "is longer than {count} characters").format(count=MAX_PATH_CHARS)
    parts = name.split("/")
    if ".." in parts:
        return translate("pack_names", "goes up a folder with '..'")
    if any(part in ("", ".") for part in parts):
        return translate("pack_names", "is not a plain relative path (empty or '.' parts)")
    found = _FORBIDDEN.search(name)
    if found:
        return translate("pack_names", "contains the character {character}, which is not allowed in file names").format(
            character=repr(found.group())
        )
    for part in parts:
        if part != part.rstrip(" ."):
            return translate("pack_names", "has a part ending in a space or a dot ({part})").format(part=repr(part))
        if _RESERVED.match(part):
            return translate("pack_names", "uses the reserved name {part}").format(part=repr(part))
        if len(part.encode("utf-8", "surrogatepass")) > MAX_PART_BYTES:
            return translate("pack_names", "has a part longer than {count} bytes").format(count=MAX_PART_BYTES)
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return translate("pack_names", "is not valid UTF-8")
    return None


def collision_key(name: str) -> str:
    """Names with the same key would be the same file on Windows or macOS."""
    return unicodedata.normalize("NFC", name).casefold()
