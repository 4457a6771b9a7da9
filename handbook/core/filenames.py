"""Default file names that every system accepts, so a suggested name always saves (Windows is the strictest)."""

from __future__ import annotations

import re
import unicodedata

# Windows refuses these characters in a name, and the control characters; '/' separates folders everywhere.
_COLON = re.compile(r"\s*:\s*")
_FORBIDDEN = re.compile(r"[<>/\\|?*\x00-\x1f\x7f]+")
_SPACES = re.compile(r"\s+")
# Windows reserves these names whatever follows the first dot ("con.pdf" is the console).
_RESERVED = re.compile(r"^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$", re.IGNORECASE)
# A name, suffix included, well under the 255 characters every file system allows, so that the
# whole path stays inside Windows' 260-character limit in an ordinary folder.
MAX_NAME_CHARS = 100


def safe_file_name(stem: str, suffix: str = "", *, fallback: str = "handbook") -> str:
    """``stem`` + ``suffix`` as a file name Windows, macOS and Linux all accept, still readable.

    "Week 1 of 6: Getting started" gives "Week 1 of 6 - Getting started"; characters Windows forbids
    become '-', a trailing dot or space goes, a reserved name such as "CON" gets a '_' after it,
    and a long name is cut. ``suffix`` (".pdf") is kept as given.
    """
    name = unicodedata.normalize("NFC", stem)
    name = _COLON.sub(" - ", name).replace('"', "'")
    name = _SPACES.sub(" ", name).strip()  # tabs and line breaks too, before they count as control characters
    name = _FORBIDDEN.sub("-", name)
    name = name[: max(1, MAX_NAME_CHARS - len(suffix))]
    name = name.rstrip(" .-").lstrip(" .-")  # Windows drops trailing dots and spaces; a leading dot hides a file
    if not name.strip("."):
        name = fallback
    first, dot, rest = name.partition(".")
    if _RESERVED.match(first.rstrip(" ")):
        name = f"{first}_{dot}{rest}"
    return name + suffix


def windows_name_problem(name: str) -> str | None:
    """Why Windows would refuse ``name`` as a file name, or None when it is fine (for tests and checks)."""
    if not name:
        return "is empty"
    found = re.search(r'[<>:"/\\|?*\x00-\x1f]', name)
    if found:
        return f"contains {found.group()!r}"
    if name != name.rstrip(" ."):
        return "ends in a space or a dot"
    if _RESERVED.match(name.split(".", 1)[0].rstrip(" ")):
        return "is a reserved name"
    if len(name) > 255:
        return "is longer than 255 characters"
    return None
