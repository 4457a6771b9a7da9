"""Test set-up: Qt offscreen, and a private data dir so no test touches the user's real data."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

os.environ["QT_QPA_PLATFORM"] = "offscreen"

# CI runs the property tests on a fixed set of examples (each test's max_examples), so a run passes or
# fails by the code, not by luck; a developer's run draws new examples each time and may find a new case.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("HANDBOOK_DATA_DIR", str(data))
    monkeypatch.setenv("HOME", str(tmp_path_factory.mktemp("home")))
    return data


@pytest.fixture(autouse=True)
def system_colours() -> Iterator[None]:
    """Tests share one application: a theme or text size chosen in one test must not colour the next."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication):
        from handbook.gui.shared.theme import restore_system

        restore_system(app)


@pytest.fixture
def mini_pack(tmp_path: Path) -> Path:
    """A writable copy of the fixture pack that uses every content feature."""
    target = tmp_path / "mini-pack"
    shutil.copytree(FIXTURES / "mini-pack", target)
    return target


PackWriter = Callable[[dict[str, str | bytes]], Path]


@pytest.fixture
def write_pack(tmp_path: Path) -> PackWriter:
    """Write a pack folder from {relative path: text or bytes}."""

    count = 0

    def write(files: dict[str, str | bytes]) -> Path:
        nonlocal count
        count += 1
        root = tmp_path / f"pack{count}"
        for rel, content in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root

    return write
