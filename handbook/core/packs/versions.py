"""Semantic versions ("1.2.3", "2.0.0-beta.1"): parse and order them."""

from __future__ import annotations

import re

_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$")

VersionKey = tuple[int, int, int, int, tuple[tuple[int, int | str], ...]]


def is_version(text: str) -> bool:
    return bool(_SEMVER.match(text))


def version_key(text: str) -> VersionKey:
    """A key that sorts versions as semver does; build metadata is ignored.

    A pre-release sorts before its release: 1.0.0-beta < 1.0.0. Raises ValueError if ``text``
    is not a version.
    """
    match = _SEMVER.match(text.strip())
    if not match:
        raise ValueError(f"not a version: {text!r}")
    major, minor, patch, pre = match.groups()
    parts: list[tuple[int, int | str]] = []
    for part in (pre or "").split(".") if pre else ():
        parts.append((0, int(part)) if part.isdigit() else (1, part))
    return (int(major), int(minor), int(patch), 0 if pre else 1, tuple(parts))


def compare_versions(a: str, b: str) -> int:
    """-1, 0 or 1 as ``a`` is older than, the same as or newer than ``b``."""
    key_a, key_b = version_key(a), version_key(b)
    return (key_a > key_b) - (key_a < key_b)
