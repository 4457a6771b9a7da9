"""The installed Qt binding must not leak references to None: such a release aborts the app."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QTextBrowser
app = QApplication([])
browser = QTextBrowser()
before = sys.getrefcount(None)
for _ in range(50_000):
    browser.setReadOnly(True)  # a method that returns nothing
print(sys.getrefcount(None) - before)
"""


def test_void_calls_keep_none_alive() -> None:
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, "the Qt binding aborts Python (deallocating None): " + result.stderr[-300:]
    assert int(result.stdout.strip()) >= -100
