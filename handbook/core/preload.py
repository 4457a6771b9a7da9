"""The Qt-free modules the window needs before its first paint, imported before PySide6 is (see cli.run).

Once PySide6 is loaded, every import statement that names a module not seen since makes it read
that module's whole source file (its ``__feature__`` check: about 13 ms of a 2-core laptop's start
for the 130 modules the first paint needs). Modules imported before PySide6, with everything they
import, are not read. Importing this module is all it does.
"""

# ruff: noqa: F401  (imported for their effect: they are loaded before PySide6)

from __future__ import annotations

import handbook.core.colours
import handbook.core.content.cache
import handbook.core.content.media
import handbook.core.content.page_budget
import handbook.core.content.page_cache
import handbook.core.log
import handbook.core.packs.active
import handbook.core.paths
import handbook.core.progress.profiles  # a returning facilitator's profile is opened before the first paint
import handbook.core.progress.reading
import handbook.core.settings

__all__: list[str] = []
