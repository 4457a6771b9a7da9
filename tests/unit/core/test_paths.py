"""Where user data goes: --data-dir, HANDBOOK_DATA_DIR, portable mode beside the app (also when frozen)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from handbook.cli import main
from handbook.core import paths
from handbook.core.paths import PortableDataError, executable_dir, resolve_data_dir


@pytest.fixture
def frozen_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to be the bundle: Handbook/Handbook(.exe) under tmp_path, as PyInstaller sets sys.frozen."""
    folder = tmp_path / "usb-stick" / "Handbook"
    folder.mkdir(parents=True)
    exe = folder / ("Handbook.exe" if sys.platform == "win32" else "Handbook")
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.delenv("HANDBOOK_DATA_DIR", raising=False)
    return folder


def test_from_source_the_app_folder_is_the_checkout() -> None:
    assert executable_dir() == Path(paths.__file__).resolve().parents[2]


def test_frozen_the_app_folder_is_the_executables(frozen_app: Path) -> None:
    assert executable_dir() == frozen_app.resolve()


def test_frozen_on_macos_the_app_folder_is_beside_the_app_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exe = tmp_path / "stick" / "Handbook.app" / "Contents" / "MacOS" / "Handbook"
    exe.parent.mkdir(parents=True)
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert executable_dir() == (tmp_path / "stick").resolve()


def test_precedence_data_dir_then_environment_then_portable(tmp_path: Path) -> None:
    (tmp_path / "portable.txt").write_text("", encoding="utf-8")
    env = {"HANDBOOK_DATA_DIR": str(tmp_path / "env")}
    assert resolve_data_dir(str(tmp_path / "cli"), env=env, exe_dir=tmp_path) == tmp_path / "cli"
    assert resolve_data_dir(None, env=env, exe_dir=tmp_path) == tmp_path / "env"
    assert resolve_data_dir(None, env={}, exe_dir=tmp_path) == tmp_path / "HandbookData"


def test_without_portable_mode_data_goes_to_the_users_folder(tmp_path: Path) -> None:
    data = resolve_data_dir(None, env={}, exe_dir=tmp_path)
    assert data != tmp_path / "HandbookData"
    assert "Handbook" in data.parts
    assert not (tmp_path / "HandbookData").exists()


def test_portable_txt_beside_the_frozen_app_keeps_data_beside_it(frozen_app: Path) -> None:
    (frozen_app / "portable.txt").write_text("", encoding="utf-8")
    data = resolve_data_dir()
    assert data == frozen_app.resolve() / "HandbookData"
    assert data.is_dir()


def test_portable_flag_without_the_marker(frozen_app: Path) -> None:
    assert resolve_data_dir(portable=True) == frozen_app.resolve() / "HandbookData"


def test_unwritable_folder_beside_the_app_is_a_clear_error(frozen_app: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (frozen_app / "portable.txt").write_text("", encoding="utf-8")

    def read_only(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(paths.tempfile, "TemporaryFile", read_only)
    with pytest.raises(PortableDataError) as caught:
        resolve_data_dir()
    message = str(caught.value)
    assert message.startswith(str(frozen_app.resolve() / "HandbookData"))
    assert "(Permission denied)" in message
    assert "remove portable.txt from" in message and "write-protected" in message


def test_cli_reports_an_unusable_portable_folder(
    frozen_app: Path, qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    # Something that is not a folder where HandbookData should be: no folder can be made there, even as root.
    (frozen_app / "HandbookData").write_text("not a folder", encoding="utf-8")
    assert main(["--portable", "--exit-after-start"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "start Handbook without --portable" in err
    assert "Traceback" not in err
