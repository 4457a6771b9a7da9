"""The app starts on the bundled course, as a user's start does, and its smoke test passes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


def run_handbook(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HANDBOOK_DATA_DIR=str(data_dir))
    return subprocess.run(
        [sys.executable, "-m", "handbook", *args], capture_output=True, text=True, cwd=REPO, env=env, timeout=120
    )


def test_smoke_test_passes(tmp_path: Path) -> None:
    result = run_handbook("--smoke-test", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("smoke test passed:")
    assert list(tmp_path.iterdir()) == []  # the smoke test never writes to the user's data


def test_exit_after_start_uses_the_data_dir_and_remembers_the_page(tmp_path: Path) -> None:
    # The first start renders the page; the second paints the copy saved by the first, then loads the rest.
    for start in ("first", "second"):
        result = run_handbook("--exit-after-start", data_dir=tmp_path)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        # The marks the start-up benchmark waits for: the page on the screen, then the whole window built.
        assert result.stdout.splitlines() == ["first page painted", "window ready"], start
        settings = (tmp_path / "settings.json").read_text(encoding="utf-8")
        assert '"last_page": "course/01-' in settings
        assert (tmp_path / "cache" / "first-page.json").is_file()


def test_unwritable_data_dir_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run_handbook("--exit-after-start", data_dir=blocker / "data")
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and "Choose another one with --data-dir" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_shipped_translation_is_used(qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import PySide6
    from PySide6.QtCore import QCoreApplication, QLocale

    import handbook.translation
    from handbook.core import i18n
    from handbook.translation import install_translation, remove_translation

    lrelease = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    assert lrelease.is_file(), "PySide6 ships Qt's lrelease"
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    (folder / "handbook_es.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="es">'
        "<context><name>MainWindow</name><message><source>&amp;Quit</source>"
        "<translation>&amp;Salir</translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run([str(lrelease), str(folder / "handbook_es.ts"), "-qm", str(folder / "handbook_es.qm")], check=True,
                   capture_output=True)  # fmt: skip
    monkeypatch.setattr(handbook.translation, "resource_path", lambda *parts: tmp_path.joinpath("resources", *parts))
    assert install_translation(qapp, QLocale(QLocale.Language.Swahili)) is False  # type: ignore[arg-type]
    assert install_translation(qapp, QLocale(QLocale.Language.Spanish)) is True  # type: ignore[arg-type]
    try:
        assert QCoreApplication.translate("MainWindow", "&Quit") == "&Salir"
        assert i18n.translate("MainWindow", "&Quit") == "&Salir"  # the core's words go the same way
    finally:
        remove_translation(qapp)  # type: ignore[arg-type]


FAILING_START = """
import sys
import handbook.app as app
from handbook.core.errors import HandbookError
def failing(*args, **kwargs):
    raise {error}
app.load_pack_to_show = failing
from handbook.cli import main
sys.exit(main(["--exit-after-start"]))
"""


@pytest.mark.parametrize(
    ("error", "code", "says"),
    [
        ('HandbookError("the pack cannot be read")', 2, "error: the pack cannot be read"),
        ('RuntimeError("a bug")', 1, "RuntimeError: a bug"),  # a bug ends the start as it would before the paint
    ],
)
def test_a_start_that_fails_after_painting_the_saved_page_ends_as_a_failure(
    tmp_path: Path, error: str, code: int, says: str
) -> None:
    assert run_handbook("--exit-after-start", data_dir=tmp_path).returncode == 0  # saves the page it showed
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HANDBOOK_DATA_DIR=str(tmp_path))
    script = FAILING_START.format(error=error)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, env=env, timeout=120
    )
    assert result.returncode == code, result.stderr
    assert result.stdout.splitlines() == ["first page painted"]  # the saved page was painted; the window never ready
    assert says in result.stderr
