"""Spare the app PySide6's source check of every module imported after it (about 8-15 ms of a start).

Once PySide6 is loaded it watches every import for ``from __feature__ import ...`` (its opt-in
snake_case and true_property switches). The first time an import statement names a module, PySide6
reads that module's whole source file to look for the word "PySide6", and files the answer in a
table under the module's name: 0 (uses PySide6, selects no feature) or -1 (not a PySide6 module).
Handbook never selects a feature (tests/unit/gui/test_import_checks.py checks that), so it can file
the answers up front and skip the reading: 0 for its own modules, -1 for the modules loaded before
PySide6. With no module selecting a feature, 0 and -1 behave the same (no switch of names).

The table is PySide6's own, not a public API: if a release renames or drops it, nothing is filed
and every module is checked as before (slower, never wrong; the test above then fails, to tell us).
In the frozen app there are no source files, so PySide6's check fails fast there anyway.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable

NO_FEATURES = 0  # what PySide6 files for a module that uses it and selects no feature
NOT_PYSIDE = -1  # what it files for a module that does not use it


def module_names(package: str, folders: Iterable[str]) -> list[str]:
    """The dotted names of a package's Python modules, from its folders (``__path__``; none in a frozen app).

    A walk of the folders, not ``pkgutil.iter_modules``, which costs 6-9 ms on the way to the first paint.
    """
    names = []
    for top in folders:
        for folder, subfolders, files in os.walk(top):
            # Only folders that can be packages: not __pycache__, nor data folders such as 'content-es'.
            subfolders[:] = [name for name in subfolders if name.isidentifier() and name != "__pycache__"]
            parts = os.path.relpath(folder, top).split(os.sep)
            base = ".".join([package, *(part for part in parts if part != ".")])
            names += [
                base if file == "__init__.py" else f"{base}.{file[:-3]}" for file in files if file.endswith(".py")
            ]
    return names


def file_answers() -> int:
    """File PySide6's answer for every module loaded so far and every module of Handbook; how many were filed."""
    import PySide6.QtCore  # noqa: F401  (loading it starts the checks this answers)

    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    before = len(table)
    for name in list(sys.modules):
        table.setdefault(name, NO_FEATURES if name.split(".")[0] == "handbook" else NOT_PYSIDE)
    import handbook

    for name in module_names("handbook", handbook.__path__):
        table.setdefault(name, NO_FEATURES)
    return len(table) - before
