"""The command line as scripts and other tools see it: exit codes, a closed pipe, no console at all."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from handbook.cli import build_parser, main
from handbook.exit_codes import OUTPUT_CLOSED, problems_meaning
from tests.conftest import REPO


def _commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands(sub, (*path, name))


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}


def test_every_command_lists_its_exit_codes_in_its_help() -> None:
    commands = list(_commands(build_parser()))
    assert len(commands) > 20  # the walk reached the actions of pack, print and progress
    for path, parser in commands:
        text = " ".join(parser.format_help().split())  # argparse wraps the paragraph to the terminal
        assert "Exit codes: 0 done;" in text, path
        assert "2 a mistake in the command or its input" in text, path
        assert "141 the output was closed early" in text, path
        if path in problems_meaning():
            assert f"done; 1 {problems_meaning()[path]}; 2" in text, path
        else:
            assert "done; 2 a mistake" in text, path


def test_the_documented_codes_are_the_ones_returned(write_pack, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    broken = write_pack({"pack.yaml": "id: broken\ntitle: Broken\nversion: one\n"})
    assert main(["validate", "--quiet", str(broken)]) == 1
    assert main(["search", "--pack", str(REPO / "tests" / "fixtures" / "mini-pack"), "zyxwvut"]) == 1
    assert main(["validate", str(broken / "no-such-folder")]) == 2
    with pytest.raises(SystemExit) as parse_error:
        main(["print", "plan", "--week", "soon"])
    assert parse_error.value.code == 2
    capsys.readouterr()


@pytest.mark.parametrize("command", [["search", "talk"], ["pack", "list"], ["validate"]])
def test_output_into_a_closed_pipe_ends_quietly(command: list[str], tmp_path: Path) -> None:
    # The reader is gone before the first line is written, as when 'head -1' has had its line.
    reader, writer = os.pipe()
    os.close(reader)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "handbook", *command],
            stdout=writer, stderr=subprocess.PIPE, text=True, env=_env(), cwd=tmp_path, timeout=120,
        )  # fmt: skip
    finally:
        os.close(writer)
    assert result.returncode == OUTPUT_CLOSED
    assert "Traceback" not in result.stderr and "Broken pipe" not in result.stderr and "Exception" not in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell pipeline")
def test_piped_into_head_as_a_user_types_it(tmp_path: Path) -> None:
    command = f"{sys.executable} -m handbook search --limit 50 circle | head -1"
    result = subprocess.run(
        ["sh", "-c", command], capture_output=True, text=True, env=_env(), cwd=tmp_path, timeout=120
    )
    assert result.returncode == 0
    assert result.stdout.startswith(" 1. ") and result.stdout.count("\n") == 1
    assert "Traceback" not in result.stderr


NO_CONSOLE = """
import json, sys
sys.stdin = sys.stdout = sys.stderr = None  # as in a windowed PyInstaller build or under pythonw on Windows
from handbook.cli import main
codes = {}
for name, argv in json.loads(sys.argv[1]).items():
    try:
        codes[name] = main(argv)
    except SystemExit as exc:  # --help and argparse errors
        codes[name] = exc.code
with open(sys.argv[2], "w", encoding="utf-8") as out:
    json.dump(codes, out)
"""


def test_without_a_console_every_output_path_still_works(mini_pack: Path, write_pack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    broken = write_pack({"pack.yaml": "id: broken\ntitle: Broken\nversion: one\n"})
    runs = {
        "help": ["--help"],
        "bad option": ["--no-such-option"],
        "problems listed": ["validate", str(broken)],
        "error message": ["validate", str(tmp_path / "missing")],
        "progress on stderr": ["pack", "build", str(mini_pack), "-o", str(tmp_path / "mini.hbpack")],
        "search": ["search", "--pack", str(mini_pack), "circle"],
        "smoke test": ["--smoke-test"],
    }
    results = tmp_path / "codes.json"
    done = subprocess.run(
        [sys.executable, "-c", NO_CONSOLE, json.dumps(runs), str(results)],
        capture_output=True, text=True, env=_env(), cwd=tmp_path, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    codes = json.loads(results.read_text(encoding="utf-8"))
    assert codes == {
        "help": 0,
        "bad option": 2,
        "problems listed": 1,
        "error message": 2,
        "progress on stderr": 0,
        "search": 0,
        "smoke test": 0,
    }
    assert (tmp_path / "mini.hbpack").is_file()


def test_missing_streams_become_the_null_device(monkeypatch: pytest.MonkeyPatch) -> None:
    from handbook.console import ensure_streams

    for name in ("stdin", "stdout", "stderr"):
        monkeypatch.setattr(sys, name, None)
    ensure_streams()
    assert sys.stdin.read() == "" and not sys.stdin.isatty()  # 'pack install' asks only on a terminal
    print("dropped", file=sys.stderr, flush=True)
    sys.stdout.write("dropped")
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        stream.close()
