"""The rules for file names inside a pack: plain relative UTF-8 paths that are safe on every system."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MAX_PATH_CHARS = 240  # leaves room for the data dir under Windows' 260-character limit
MAX_PART_BYTES = 255
_DRIVE = re.compile(r"^[A-Za-z]:")
# Control characters (C0, DEL, C1) and the invisible direction marks that make a name read as
# another ('exe.md' shown as 'dm.exe') are never part of a real file name.
_FORBIDDEN = re.compile('[<>:"|?*\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]')
# Windows refuses these names whatever the extension ("con.md" is the console).
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)", re.IGNORECASE)


@lru_cache(maxsize=32768)  # a pack's names are checked in its zip listing and again in its manifest
def name_problem(name: str) -> str | None:
    """Why ``name`` may not be a file of a pack, or None when it is fine.

    The reason is a fragment for a sentence: "'course/x.md' <reason>".
    """
    if not name:
        return "is an empty name"
    if name.startswith(("/", "\\")):
        return "is an absolute path"
    if _DRIVE.match(name):
        return "starts with a drive letter"
    if "\\" in name:
        return "contains a backslash; pack paths use '/'"
    if len(name) > MAX_PATH_CHARS:
        return f"is longer than {MAX_PATH_CHARS} characters"
    parts = name.split("/")
    if ".." in parts:
        return "goes up a folder with '..'"
    if any(part in ("", ".") for part in parts):
        return "is not a plain relative path (empty or '.' parts)"
    found = _FORBIDDEN.search(name)
    if found:
        return f"contains the character {found.group()!r}, which is not allowed in file names"
    for part in parts:
        if part != part.rstrip(" ."):
            return f"has a part ending in a space or a dot ({part!r})"
        if _RESERVED.match(part):
            return f"uses the reserved name {part!r}"
        if len(part.encode("utf-8", "surrogatepass")) > MAX_PART_BYTES:
            return f"has a part longer than {MAX_PART_BYTES} bytes"
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return "is not valid UTF-8"
    return None


def collision_key(name: str) -> str:
    """Names with the same key would be the same file on Windows or macOS."""
    return unicodedata.normalize("NFC", name).casefold()
