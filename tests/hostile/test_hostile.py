"""Every hostile case through validate, pack build, and (when a pack can carry it) pack verify and install.

Each must end with a clear, one-line message naming the file (and the line where there is one),
and a refused pack must leave the data folder exactly as it was.
"""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from handbook.cli import main
from handbook.core.content.render import render_markdown
from handbook.core.packs.build import build_pack
from tests.conftest import REPO
from tests.hostile.corpus import CASES, LESSON, Case, base_pack

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folder`` with its size and modification time.

    The log is left out: a refusal is logged on purpose (nothing a user does is silent).
    """
    found = {}
    for path in folder.rglob("*"):
        if path.relative_to(folder).parts[0] == "logs":
            continue
        info = path.lstat()
        found[path.relative_to(folder).as_posix()] = (info.st_size, info.st_mtime_ns)
    return found


def assert_clean(text: str) -> None:
    """No escape codes or other control characters reach the terminal."""
    assert not _CONTROL.search(text), repr(text[:300])


@pytest.fixture
def hostile(tmp_path: Path, request: pytest.FixtureRequest) -> tuple[Case, Path]:
    case: Case = request.param
    root = base_pack(tmp_path / "pack")
    case.make(root)
    return case, root


@pytest.mark.parametrize("hostile", CASES, ids=[c.name for c in CASES], indirect=True)
def test_validate_and_build_refuse_it_with_a_clear_message(
    hostile: tuple[Case, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    case, root = hostile
    code, out, err = run(capsys, "validate", str(root))
    assert code == 1
    assert case.expect in out
    assert_clean(out + err)
    reports = [line for line in out.splitlines() if case.expect in line]
    assert reports, out
    where = reports[0].split(": ", 1)[0]
    assert "/" in where or where.startswith("pack.yaml")  # names the file
    if case.line is not None:
        assert where.endswith(f":{case.line}"), reports[0]
    # One report a line: no name or value can start a forged line.
    assert all(re.match(r"^[^:]+(:\d+)?: ", line) for line in out.splitlines()), out

    output = tmp_path / "out.hbpack"
    code, out, err = run(capsys, "pack", "build", str(root), "-o", str(output))
    assert code == 2 and case.expect in err and not output.exists()
    assert err.startswith("error: ") and not out
    assert_clean(err.replace("\n", " "))


PACKABLE = [case for case in CASES if case.packable]


@pytest.mark.parametrize("hostile", PACKABLE, ids=[c.name for c in PACKABLE], indirect=True)
def test_a_pack_carrying_it_is_refused_and_the_data_folder_is_unchanged(
    hostile: tuple[Case, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path, private_data_dir: Path
) -> None:
    case, root = hostile
    pack = tmp_path / "hostile.hbpack"
    build_pack(root, pack, check_content=False)  # as a careless or hostile builder could
    run(capsys, "pack", "list")  # the data folder as the app first makes it
    before = snapshot(private_data_dir)
    for command in ("verify", "install"):
        code, out, err = run(capsys, "pack", command, str(pack))
        assert code == 2, out
        assert "is refused" in err and case.expect in err
        assert_clean(err.replace("\n", " "))
    assert snapshot(private_data_dir) == before


def test_escape_codes_in_a_manifest_title_never_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], private_data_dir: Path
) -> None:
    root = base_pack(tmp_path / "pack")
    good = tmp_path / "good.hbpack"
    build_pack(root, good)
    evil = tmp_path / "evil.hbpack"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(evil, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "manifest.json":
                data = data.replace(b'"title": "Hostile"', b'"title": "Evil\\u001b]0;pwned\\u0007\\u001b[2J"')
            target.writestr(info, data)
    before = snapshot(private_data_dir)
    for command in ("verify", "install"):
        code, out, err = run(capsys, "pack", command, str(evil))
        assert code == 2 and "control characters; the pack is refused" in err
        assert_clean(out + err.replace("\n", " "))
    assert snapshot(private_data_dir) == before


def test_a_zip_entry_named_with_escape_codes_is_shown_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evil = tmp_path / "evil.hbpack"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("course/\x1b[2Jx.md", "x")
    code, _, err = run(capsys, "pack", "verify", str(evil))
    assert code == 2 and "\\x1b[2Jx.md" in err
    assert_clean(err.replace("\n", " "))


def test_script_and_dangerous_links_render_as_text(tmp_path: Path) -> None:
    text = (Path(__file__).parent / "pages" / "script-and-javascript.md").read_text(encoding="utf-8")
    result = render_markdown(text.split("---\n", 2)[2], page_path=LESSON, source=tmp_path / LESSON)
    lowered = result.html.lower()
    assert "<script" not in lowered and "<img src=x" not in lowered
    assert 'href="javascript' not in lowered and "file:///" not in lowered
    assert [p.message.split(";")[0] for p in result.problems] == [
        "the image 'file:///etc/passwd' is not a file of the pack",
        "the link '../../../../etc/passwd' points outside the pack",
    ]


def _limited(seconds: int, megabytes: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (megabytes << 20, megabytes << 20))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds))


@pytest.mark.parametrize("name", ["a FIFO named x.md", "a link to /dev/zero"])
def test_fifo_and_dev_zero_never_block_or_fill_the_memory(name: str, tmp_path: Path) -> None:
    """In a child with a memory cap: a read of the FIFO would hang, one of /dev/zero would fill memory."""
    case = next(c for c in CASES if c.name == name)
    root = base_pack(tmp_path / "pack")
    case.make(root)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for args in (["validate", str(root)], ["pack", "build", str(root), "-o", str(tmp_path / "x.hbpack")]):
        done = subprocess.run(
            [sys.executable, "-m", "handbook", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            preexec_fn=lambda: _limited(60, 1024),
        )
        assert done.returncode in (1, 2), done.stderr
        assert case.expect in done.stdout + done.stderr
        assert "Traceback" not in done.stderr


def test_every_case_is_refused_within_a_memory_and_cpu_cap(tmp_path: Path) -> None:
    """All cases in one child process limited to 1 GiB and 60 s of CPU: a bomb would be killed there."""
    folders = []
    for number, case in enumerate(CASES):
        root = base_pack(tmp_path / f"case{number}")
        case.make(root)
        folders.append(str(root))
    script = (
        "import sys\nfrom handbook.cli import main\n"
        "sys.exit(max(abs(main(['validate', '-q', folder]) - 1) for folder in sys.argv[1:]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *folders],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=300,
        preexec_fn=lambda: _limited(60, 1024),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]  # every folder: exit 1, errors listed
    for case in CASES:
        assert case.expect in done.stdout, case.name
