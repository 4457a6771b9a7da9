"""The Qt-free modules the window needs before its first paint, imported before PySide6 is (see cli.run).

Once PySide6 is loaded, every import statement runs through its ``__feature__`` hook, in Python
(``gui/shared/import_checks.py`` spares it the reading of each module's source, not the hook itself).
Modules imported before PySide6, with everything they import, pass no hook. These are the ones a
start that paints the saved first page needs (app.saved_first_page); importing this module is all it does.
"""

# ruff: noqa: F401  (imported for their effect: they are loaded before PySide6)

from __future__ import annotations

import handbook.core.colours
import handbook.core.content.media
import handbook.core.content.model
import handbook.core.content.page_budget
import handbook.core.content.page_copy_file
import handbook.core.content.render_model
import handbook.core.log
import handbook.core.packs.active
import handbook.core.paths
import handbook.core.settings

__all__: list[str] = []
