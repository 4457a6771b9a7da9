"""build_app.py refuses bad input with a clear message, and never leaves a half-built bundle or archive.

These tests stand in for PyInstaller; .ci/run does the real build and smoke-tests the frozen app.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
import tarfile
import textwrap
from pathlib import Path

import pytest

import build_app
from build_app import BuildError
from freeze.archive import archive_name
from tests.conftest import REPO


@pytest.fixture
def no_pyinstaller_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("PyInstaller must not run for bad input")

    monkeypatch.setattr(build_app, "run_pyinstaller", refuse)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = build_app.main(argv)
    return code, capsys.readouterr().err


def leftovers(dist: Path) -> list[str]:
    return sorted(path.name for path in dist.iterdir()) if dist.exists() else []


def test_without_pyinstaller(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "PyInstaller", None)  # what find_spec reports when it cannot be imported
    code, err = run(["--dist", str(tmp_path / "dist")], capsys)
    assert code == 2
    assert err.startswith("error: PyInstaller is not installed") and "pip install" in err
    assert leftovers(tmp_path / "dist") == []


def test_missing_build_tools_on_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_app.shutil, "which", lambda tool: None if tool == "objdump" else f"/usr/bin/{tool}")
    with pytest.raises(BuildError, match=r"needs objdump on Linux\. Install them with: sudo apt-get install binutils"):
        build_app.check_tools("Linux")
    build_app.check_tools("Windows")  # PyInstaller brings its own tools there


def test_content_that_fails_validate(
    mini_pack: Path, tmp_path: Path, no_pyinstaller_run: None, capsys: pytest.CaptureFixture[str]
) -> None:
    welcome = mini_pack / "course/01-start/01-welcome.md"
    welcome.write_text(
        welcome.read_text(encoding="utf-8").replace("02-checklist.md", "09-missing.md"), encoding="utf-8"
    )
    code, err = run(["--content", str(mini_pack), "--dist", str(tmp_path / "dist")], capsys)
    assert code == 2
    assert "course/01-start/01-welcome.md:11: the link to 'course/01-start/09-missing.md'" in err
    assert "the content has 1 error, listed above" in err and "validate" in err
    assert leftovers(tmp_path / "dist") == []


def test_missing_content_folder(tmp_path: Path, no_pyinstaller_run: None, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(["--content", str(tmp_path / "nowhere"), "--dist", str(tmp_path / "dist")], capsys)
    assert code == 2
    assert "this folder does not exist" in err
    assert leftovers(tmp_path / "dist") == []


def test_incomplete_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_pyinstaller_run: None, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(build_app, "REQUIRED_FILES", (*build_app.REQUIRED_FILES, "resources/icons/gone.png"))
    code, err = run(["--dist", str(tmp_path / "dist")], capsys)
    assert code == 2
    assert "the source tree is incomplete, resources/icons/gone.png missing" in err


def test_unwritable_dist_folder(tmp_path: Path, no_pyinstaller_run: None, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")  # no folder can be made under a file, even as root
    code, err = run(["--dist", str(blocker / "dist"), "--content", str(REPO / "tests/fixtures/mini-pack")], capsys)
    assert code == 2
    assert f"error: {blocker / 'dist'}: cannot write the bundle there" in err and "--dist DIR" in err


# The rest of the build with PyInstaller and the frozen app stood in for -----------------------------


def fake_bundle(content: Path, out: Path, work: Path, system: str) -> Path:
    bundle = build_app.bundle_path(out, "Handbook", system)
    (bundle / "_internal").mkdir(parents=True)
    exe = build_app.executable(bundle, "Handbook", system)
    exe.parent.mkdir(parents=True, exist_ok=True)
    exe.write_text("#!/bin/sh\n", encoding="utf-8")
    exe.chmod(0o755)
    (bundle / "_internal" / "libQt6Core.so.6").write_bytes(b"\x7fELF" + bytes(1000))
    return bundle


@pytest.fixture
def stand_ins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_app, "check_pyinstaller", lambda: "6.0-test")
    monkeypatch.setattr(build_app, "check_tools", lambda system: None)
    monkeypatch.setattr(build_app, "build_app", fake_bundle)
    monkeypatch.setattr(build_app, "smoke_test", lambda exe, data: "smoke test passed: stand-in")
    monkeypatch.setattr(build_app, "uncommitted_changes", list)


def test_a_failed_smoke_test_leaves_nothing_behind(
    tmp_path: Path, stand_ins: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    dist = tmp_path / "dist"

    def broken(exe: Path, data: Path) -> str:
        assert exe.is_file()  # the half-built bundle exists, but only in the staging folder
        raise BuildError("the frozen app failed its smoke test (exit code 1); its stderr:\n    boom", exit_code=1)

    monkeypatch.setattr(build_app, "smoke_test", broken)
    code, err = run(["--dist", str(dist), "--content", str(REPO / "tests/fixtures/mini-pack")], capsys)
    assert code == 1
    assert "failed its smoke test" in err and "boom" in err
    assert leftovers(dist) == []


def test_a_good_build_replaces_the_old_one_with_archive_and_checksum(
    tmp_path: Path, stand_ins: None, capsys: pytest.CaptureFixture[str]
) -> None:
    dist = tmp_path / "dist"
    (dist / "Handbook").mkdir(parents=True)
    (dist / "Handbook" / "stale.txt").write_text("from an older build", encoding="utf-8")
    assert build_app.main(["--dist", str(dist), "--content", str(REPO / "tests/fixtures/mini-pack")]) == 0
    assert "smoke test passed: stand-in" in capsys.readouterr().out

    from handbook import __version__

    system, machine = build_app.platform.system(), build_app.platform.machine()
    name = archive_name("Handbook", __version__, system, machine)
    assert leftovers(dist) == sorted([build_app.bundle_path(dist, "Handbook", system).name, name, f"{name}.sha256"])
    assert not (dist / "Handbook" / "stale.txt").exists()
    digest = hashlib.sha256((dist / name).read_bytes()).hexdigest()
    assert (dist / f"{name}.sha256").read_text(encoding="utf-8") == f"{digest}  {name}\n"
    if name.endswith(".tar.gz"):
        with tarfile.open(dist / name) as tar:
            exe = tar.getmember("Handbook/Handbook")
            assert exe.mode & stat.S_IXUSR and exe.uname == ""


# The smoke test of the frozen app, with a stand-in executable --------------------------------------


@pytest.mark.skipif(os.name == "nt", reason="the stand-in is a script with a #! line")
@pytest.mark.parametrize(
    ("stderr", "code", "passes"),
    [
        ("This plugin does not support propagateSizeHints()\n", 0, True),
        ("QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to '/tmp/runtime-root'\n", 0, True),
        ('qt.qpa.plugin: Could not find the Qt platform plugin "xcb"\n', 0, False),
        ("", 3, False),
    ],
)
def test_smoke_test_fails_on_exit_code_or_unexpected_stderr(
    tmp_path: Path, stderr: str, code: int, passes: bool
) -> None:
    exe = tmp_path / "Handbook"
    exe.write_text(
        textwrap.dedent(f"""\
            #!{sys.executable}
            import os, sys
            assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
            if sys.argv[1:] == ["validate", "--quiet"]:
                sys.exit(0)
            if sys.argv[1:] == ["--exit-after-start"]:
                print("first page painted")
                print("window ready")
                sys.exit(0)
            assert sys.argv[1:] == ["--smoke-test"]
            print("smoke test passed: 3 pages")
            sys.stderr.write({stderr!r})
            sys.exit({code})
        """),
        encoding="utf-8",
    )
    exe.chmod(0o755)
    if passes:
        assert build_app.smoke_test(exe, tmp_path / "data") == "smoke test passed: 3 pages"
    else:
        with pytest.raises(BuildError) as caught:
            build_app.smoke_test(exe, tmp_path / "data")
        message = str(caught.value)
        assert caught.value.exit_code == 1 and f"failed its check '--smoke-test' (exit code {code})" in message


def test_figures_table_judges_against_the_targets() -> None:
    figures = {
        "app": {"folder_bytes": 90e6, "archive_bytes": 33e6, "startup_s": 0.3},
        "baseline": {"folder_bytes": 100e6, "archive_bytes": 30e6, "startup_s": 0.2},
    }
    rows = build_app.figure_rows(figures)
    assert [(row.name, round(row.ratio or 0, 2), row.ok) for row in rows] == [
        ("archive", 1.1, True),
        ("unpacked folder", 0.9, True),
        ("frozen start-up to first page painted (median)", 1.5, True),
    ]
    figures["app"]["archive_bytes"] = 34e6
    assert build_app.figure_rows(figures)[0].ok is False


def test_smoke_test_fails_when_a_start_never_gets_its_window_ready(tmp_path: Path) -> None:
    exe = tmp_path / "Handbook"
    exe.write_text(
        textwrap.dedent(f"""\
            #!{sys.executable}
            import sys
            if sys.argv[1:] == ["--exit-after-start"]:
                print("first page painted")  # and then nothing: the pack never loaded after the paint
                sys.exit(0)
            print("smoke test passed: 3 pages" if sys.argv[1:] == ["--smoke-test"] else "")
        """),
        encoding="utf-8",
    )
    exe.chmod(0o755)
    with pytest.raises(BuildError) as caught:
        build_app.smoke_test(exe, tmp_path / "data")
    assert "start did not get its window ready" in str(caught.value) and caught.value.exit_code == 1
