"""Printing needs a Qt application; use pytest-qt's, so later widget tests find a QApplication."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def _application(qapp: QApplication) -> QApplication:
    return qapp
