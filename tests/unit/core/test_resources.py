"""content/ and resources/ are found the same way from the checkout, an installed wheel and the frozen bundle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from handbook.core import resources
from tests.conftest import REPO


def _fake_install(root: Path, *, course: bool = True) -> Path:
    """A folder laid out as the wheel's build step (setup.py) lays out handbook/_bundled."""
    (root / "resources" / "style").mkdir(parents=True)
    (root / "resources" / "style" / "reader.css").write_text("body { color: black; }", encoding="utf-8")
    (root / "content").mkdir()
    if course:
        (root / "content" / "pack.yaml").write_text("id: course\n", encoding="utf-8")
    return root


def test_from_source_they_are_in_the_checkout() -> None:
    assert resources.base_dir() == REPO
    assert (resources.bundled_pack_dir() / "pack.yaml").is_file()
    assert resources.resource_path("icons", "handbook.png").is_file()
    assert resources.read_resource_text("style", "reader.css").strip()


def test_frozen_they_are_where_pyinstaller_unpacked_the_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    internal = _fake_install(tmp_path / "Handbook" / "_internal")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    assert resources.bundled_pack_dir() == internal / "content"
    assert resources.resource_path("icons", "handbook.png") == internal / "resources" / "icons" / "handbook.png"
    assert resources.read_resource_text("style", "reader.css") == "body { color: black; }"


def test_an_installed_wheel_reads_its_own_copy_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "site-packages" / "handbook"
    bundled = _fake_install(package / resources.PACKAGE_DATA)
    monkeypatch.setattr(resources, "_package_dir", lambda: package)
    assert resources.bundled_pack_dir() == bundled / "content"
    assert resources.read_resource_text("style", "reader.css") == "body { color: black; }"


def test_an_install_without_the_course_is_called_broken_not_bad_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A wheel built without its data, away from any checkout: nothing to fall back on.
    package = tmp_path / "site-packages" / "handbook"
    package.mkdir(parents=True)
    monkeypatch.setattr(resources, "_package_dir", lambda: package)
    monkeypatch.setattr(resources, "_checkout_dir", lambda: tmp_path / "site-packages")
    with pytest.raises(resources.BrokenInstallError) as caught:
        resources.bundled_pack_dir()
    message = str(caught.value)
    assert "installed incompletely" in message and "Reinstall Handbook" in message
    assert str(package / resources.PACKAGE_DATA) in message
    assert "validate" not in message


def test_a_course_folder_without_pack_yaml_is_a_broken_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    internal = _fake_install(tmp_path / "_internal", course=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    with pytest.raises(resources.BrokenInstallError, match=r"no content/pack\.yaml"):
        resources.bundled_pack_dir()
    with pytest.raises(resources.BrokenInstallError, match=r"resources/style/print\.css is missing"):
        resources.read_resource_text("style", "print.css")


def test_the_command_line_says_reinstall_and_exits_3(tmp_path: Path) -> None:
    # The whole command, in a process of its own, with the bundled data nowhere to be found.
    script = (
        "import sys, handbook.core.resources as r\n"
        f"r.candidate_dirs = lambda: [__import__('pathlib').Path({str(tmp_path)!r})]\n"
        "from handbook.cli import main\n"
        "sys.exit(main(['validate']))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 3
    assert result.stderr.startswith("error: Handbook is installed incompletely")
    assert "Traceback" not in result.stderr


def test_nothing_in_the_app_looks_for_the_source_tree() -> None:
    # Only the two path modules may use __file__; everything else asks them.
    users = sorted(
        path.relative_to(REPO).as_posix()
        for path in (REPO / "handbook").rglob("*.py")
        if "__file__" in path.read_text(encoding="utf-8")
    )
    assert users == ["handbook/core/paths.py", "handbook/core/resources.py"]
