#!/usr/bin/env python3
"""Build the standalone Handbook bundle: check the tree, freeze it with PyInstaller, smoke-test, archive.

    python3 build_app.py             dist/Handbook/ (macOS: dist/Handbook.app) and
                                     dist/Handbook-<version>-<os>-<arch>.tar.gz (.zip on Windows and macOS),
                                     with a .sha256 file beside it
    python3 build_app.py --baseline  also freeze a bare QTextBrowser script, untrimmed, with the same
                                     PyInstaller, and compare sizes and frozen start-up

Everything is built in a temporary folder inside the dist folder and renamed into place only when the
frozen app has passed its smoke test, so a failed build never leaves a half-built bundle or archive.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Row, print_table, run_process, time_to_first_paint
from freeze.archive import archive_name, archive_suffix, folder_size, make_archive, write_checksum
from freeze.icons import icon_for

REPO = Path(__file__).resolve().parent
APP_NAME = "Handbook"
SPEC = REPO / "handbook.spec"
BASELINE_SCRIPT = REPO / "benchmarks" / "floor_textbrowser.py"
# What a checkout must hold besides the content (which validate checks).
REQUIRED_FILES = (
    "handbook/__main__.py",
    "handbook.spec",
    "resources/icons/handbook.png",
    "resources/style/reader.css",
    "resources/handbook.desktop",
)
# Tools PyInstaller runs on Linux: ldd (libc-bin), objdump, objcopy and strip (binutils).
LINUX_TOOLS = ("ldd", "objdump", "objcopy", "strip")
# Lines the frozen app may print on stderr without failing the build: whole lines, regular expressions.
ALLOWED_STDERR = (
    r"This plugin does not support propagateSizeHints\(\)",  # the offscreen platform has no window manager
    r"This plugin does not support raise\(\)",
    r"QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to '.*'",  # CI runs as root, without a login session
    r"QStandardPaths: wrong permissions on runtime directory .*, 0[0-7]+ instead of 0700",
)
# What the frozen app must pass: its own smoke test, a subcommand (found by pkgutil at run time), and two starts
# (the second paints the page the first one saved before it loads the course: app.start_window).
START = ["--exit-after-start"]
FROZEN_CHECKS = (["--smoke-test"], ["validate", "--quiet"], START, START)
START_MARKS = ["first page painted", "window ready"]  # what a start that got its window ready prints
# Variables of the build machine that must not leak into the frozen app's test run.
FOREIGN_ENV = ("PYTHONPATH", "PYTHONHOME", "QT_PLUGIN_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH", "LD_LIBRARY_PATH")
ARCHIVE_TARGET = 1.1  # the app's archive against the untrimmed baseline's
FOLDER_TARGET = 1.0  # trimming should make the app smaller than the untrimmed baseline
STARTUP_TARGET = 2.0  # as for start-up from source (benchmarks/bench_startup.py)


class BuildError(Exception):
    """A build that cannot go on; the message says what to do. Exit code 2 for bad input, 1 for a failed build."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


# Checks, before anything is built -----------------------------------------------------------------


def check_pyinstaller() -> str:
    """PyInstaller's version, or a BuildError saying how to install it."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildError(
            "PyInstaller is not installed for this Python "
            f"({sys.executable}). Install it with: python3 -m pip install 'pyinstaller>=6.5'"
        )
    from PyInstaller import __version__

    return str(__version__)


def check_tools(system: str) -> None:
    if system != "Linux":
        return
    missing = [tool for tool in LINUX_TOOLS if shutil.which(tool) is None]
    if missing:
        raise BuildError(
            f"PyInstaller needs {', '.join(missing)} on Linux. Install them with: sudo apt-get install binutils libc-bin"
        )


def check_tree(content: Path) -> None:
    """The checkout is complete and the content passes ``handbook validate``."""
    missing = [name for name in REQUIRED_FILES if not (REPO / name).is_file()]
    if missing:
        raise BuildError(
            f"{REPO}: the source tree is incomplete, {', '.join(missing)} missing. "
            "Restore them (git status shows what is gone) and build again."
        )
    from handbook.core import words
    from handbook.core.content.validate import validate_pack

    report = validate_pack(content)
    if report.errors:
        for problem in report.errors:
            print(problem.format(content), file=sys.stderr)
        raise BuildError(
            f"{content}: the content has {words.count(len(report.errors), 'error')}, listed above. Fix them "
            f"(python3 -m handbook validate {content} checks again), then build again."
        )


def uncommitted_changes() -> list[str]:
    """Changed files that end up in the bundle, as ``git status`` lists them (empty outside a checkout)."""
    if shutil.which("git") is None or not (REPO / ".git").exists():
        return []
    tracked = [
        "handbook",
        "content",
        "content-es",
        "resources",
        "freeze",
        "handbook.spec",
        "build_app.py",
        "pyproject.toml",
    ]
    result = subprocess.run(
        ["git", "status", "--porcelain", "--", *tracked], cwd=REPO, capture_output=True, text=True, check=False
    )
    return result.stdout.splitlines() if result.returncode == 0 else []


def prepare_staging(dist: Path) -> Path:
    """A fresh folder inside ``dist`` to build in, so that moving the result into place is a rename."""
    try:
        dist.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=".building-", dir=dist))
    except OSError as exc:
        raise BuildError(
            f"{dist}: cannot write the bundle there ({exc.strerror or exc}). "
            "Choose a folder you can write to with --dist DIR."
        ) from None


# Building ------------------------------------------------------------------------------------------


def run_pyinstaller(arguments: list[str], log: Path) -> None:
    with log.open("w", encoding="utf-8") as out:
        result = subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", *arguments],
            cwd=REPO,
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
        )
    if result.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-25:]
        raise BuildError("PyInstaller failed; the end of its log:\n    " + "\n    ".join(tail), exit_code=1)


def bundle_path(out: Path, name: str, system: str) -> Path:
    return out / (f"{name}.app" if system == "Darwin" else name)


def executable(bundle: Path, name: str, system: str) -> Path:
    if system == "Darwin":
        return bundle / "Contents" / "MacOS" / name
    return bundle / (f"{name}.exe" if system == "Windows" else name)


def build_app(content: Path, out: Path, work: Path, system: str) -> Path:
    icon = icon_for(system, REPO / "resources" / "icons" / "handbook.png", work)
    spec_options = ["--content", str(content), *(["--icon", str(icon)] if icon else [])]
    log = work / "pyinstaller-app.log"
    run_pyinstaller([str(SPEC), "--distpath", str(out), "--workpath", str(work / "app"), "--", *spec_options], log)
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if "Handbook trim: left out" in line and "binaries" in line:
            print("trimmed: " + line.split("Handbook trim: ", 1)[1])
    return bundle_path(out, APP_NAME, system)


def build_baseline(out: Path, work: Path, system: str) -> Path:
    """The bare QTextBrowser script frozen with PyInstaller's defaults: nothing excluded, nothing stripped."""
    run_pyinstaller(
        [str(BASELINE_SCRIPT), "--onedir", "--windowed", "--name", "Baseline", "--distpath", str(out),
         "--workpath", str(work / "baseline"), "--specpath", str(work / "baseline")],
        work / "pyinstaller-baseline.log",
    )  # fmt: skip
    return bundle_path(out, "Baseline", system)


def clean_env(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in FOREIGN_ENV}
    env.update(extra)
    return env


def unexpected_stderr(stderr: str) -> list[str]:
    return [
        line
        for line in stderr.splitlines()
        if line.strip() and not any(re.fullmatch(allowed, line.strip()) for allowed in ALLOWED_STDERR)
    ]


def smoke_test(exe: Path, data_dir: Path) -> str:
    """Run the frozen app's checks offscreen; fail on a non-zero exit or unexpected stderr."""
    env = clean_env(QT_QPA_PLATFORM="offscreen", HANDBOOK_DATA_DIR=str(data_dir))
    outputs = []
    for check in FROZEN_CHECKS:
        command = [str(exe), *check]
        try:
            result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300, check=False)
        except subprocess.TimeoutExpired:
            raise BuildError(f"{' '.join(command)} did not finish within 5 minutes.", exit_code=1) from None
        unexpected = unexpected_stderr(result.stderr)
        if result.returncode != 0 or unexpected:
            shown = "\n    ".join(unexpected or result.stderr.splitlines()[-25:])
            raise BuildError(
                f"the frozen app failed its check '{' '.join(check)}' (exit code {result.returncode}); "
                f"its stderr:\n    {shown}",
                exit_code=1,
            )
        if check == START and result.stdout.splitlines() != START_MARKS:
            said = f"the frozen app's start did not get its window ready; it printed: {result.stdout.strip()!r}"
            raise BuildError(said, exit_code=1)
        if check != START:  # a start's marks are checked above, not shown
            outputs.append(result.stdout.strip())
    return "\n".join(output for output in outputs if output)


def place(staged: list[Path], dist: Path) -> list[Path]:
    """Rename the staged bundle and archives into ``dist``, replacing an older build of the same name."""
    placed = []
    try:
        for path in staged:
            final = dist / path.name
            if path.is_dir() and final.exists():
                aside = dist / f".old-{final.name}-{os.getpid()}"
                final.rename(aside)  # a running copy on Windows refuses; say so rather than half-replace it
                path.rename(final)
                shutil.rmtree(aside, ignore_errors=True)
            else:
                os.replace(path, final)
            placed.append(final)
    except OSError as exc:
        raise BuildError(
            f"{dist}: cannot move the new build into place ({exc.strerror or exc}); close Handbook if it runs "
            "from there, then build again."
        ) from None
    return placed


# Figures for --baseline ------------------------------------------------------------------------------


def startup_seconds(exe: Path, data_dir: Path, app_options: list[str], repeat: int) -> float:
    env = clean_env(QT_QPA_PLATFORM="offscreen", HANDBOOK_DATA_DIR=str(data_dir))
    command = [str(exe), *app_options]
    run_process(command, env)  # untimed: warms the file cache, as a user's second start would be
    return statistics.median(time_to_first_paint(command, env) for _ in range(repeat))


def figure_rows(figures: dict[str, dict[str, float]]) -> list[Row]:
    app, base = figures["app"], figures["baseline"]
    baseline_name = "bare QTextBrowser, untrimmed"
    rows = [
        Row("archive", app["archive_bytes"] / 1e6, "MB", baseline_name, base["archive_bytes"] / 1e6,
            f"<= {ARCHIVE_TARGET:.1f}x", app["archive_bytes"] <= ARCHIVE_TARGET * base["archive_bytes"]),
        Row("unpacked folder", app["folder_bytes"] / 1e6, "MB", baseline_name, base["folder_bytes"] / 1e6,
            f"< {FOLDER_TARGET:.1f}x", app["folder_bytes"] < FOLDER_TARGET * base["folder_bytes"]),
        Row("frozen start-up to first page painted (median)", app["startup_s"], "s", "frozen bare QTextBrowser",
            base["startup_s"], f"<= {STARTUP_TARGET:.1f}x", app["startup_s"] <= STARTUP_TARGET * base["startup_s"]),
    ]  # fmt: skip
    if "build_s" in app:
        rows.append(
            Row("build time (PyInstaller, trim, strip)", app["build_s"], "s", "baseline build", base["build_s"])
        )
    return rows


# The command -----------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--dist",
        type=Path,
        default=REPO / "dist",
        metavar="DIR",
        help="where to put the bundle and archive (default: dist/)",
    )
    parser.add_argument(
        "--content",
        type=Path,
        default=REPO / "content",
        metavar="DIR",
        help="the content pack to bundle (default: content/)",
    )
    parser.add_argument(
        "--baseline",
        action="store_true",
        help="also freeze a bare QTextBrowser script and print sizes and start-up of both",
    )
    parser.add_argument(
        "--repeat", type=int, default=7, help="start-ups timed per app with --baseline (median; default 7)"
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="with --baseline, also write the figures to FILE")
    return parser.parse_args(argv)  # fmt: skip


def compare_with_baseline(
    bundle: Path, archive: Path, build_s: float, staging: Path, work: Path, repeat: int
) -> dict[str, dict[str, float]]:
    """Sizes and start-up of the app and of the untrimmed bare QTextBrowser bundle, built in the same run."""
    system = platform.system()
    started = time.perf_counter()
    baseline = build_baseline(staging, work, system)
    baseline_build_s = time.perf_counter() - started
    baseline_archive = make_archive(baseline, work / f"Baseline{archive_suffix(system)}")
    return {
        "app": {
            "folder_bytes": folder_size(bundle),
            "archive_bytes": archive.stat().st_size,
            "startup_s": startup_seconds(executable(bundle, APP_NAME, system), work / "data", ["--exit-after-start"], repeat),
            "build_s": build_s,
        },
        "baseline": {
            "folder_bytes": folder_size(baseline),
            "archive_bytes": baseline_archive.stat().st_size,
            "startup_s": startup_seconds(executable(baseline, "Baseline", system), work / "data", [], repeat),
            "build_s": baseline_build_s,
        },
    }  # fmt: skip


def build(args: argparse.Namespace) -> None:
    system, machine = platform.system(), platform.machine()
    dist, content = args.dist.resolve(), args.content.resolve()
    # What the project can check by itself comes first, so its messages do not wait on tools.
    check_tree(content)
    changes = uncommitted_changes()
    if changes:
        print(
            f"note: {len(changes)} {'file differs' if len(changes) == 1 else 'files differ'} from the last commit; this build matches no commit."
        )
    from handbook import __version__

    staging = prepare_staging(dist)
    try:
        pyinstaller_version = check_pyinstaller()
        check_tools(system)
        with tempfile.TemporaryDirectory(prefix="handbook-build-") as work_dir:
            work = Path(work_dir)
            print(f"Freezing Handbook {__version__} with PyInstaller {pyinstaller_version} ...", flush=True)
            started = time.perf_counter()
            bundle = build_app(content, staging, work, system)
            build_s = time.perf_counter() - started
            print(smoke_test(executable(bundle, APP_NAME, system), work / "smoke-data"))
            archive = make_archive(bundle, staging / archive_name(APP_NAME, __version__, system, machine))
            checksum = write_checksum(archive)
            bundle, archive, checksum = place([bundle, archive, checksum], dist)
            print(f"built {bundle}\n      {archive}\n      {checksum} in {build_s:.0f} s")
            if not args.baseline:
                return
            figures = compare_with_baseline(bundle, archive, build_s, staging, work, args.repeat)
            print_table(figure_rows(figures), f"Bundle ({system} {machine}, PyInstaller {pyinstaller_version})")
            if args.json:
                meta = {
                    "system": system,
                    "machine": machine,
                    "pyinstaller": pyinstaller_version,
                    "archive": archive.name,
                }
                args.json.write_text(json.dumps({**figures, **meta}, indent=2) + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    try:
        build(parse_args(argv))
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
