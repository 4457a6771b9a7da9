"""End to end under faketime: library computers whose clocks say 2031 or 2019 neither lose backups nor win merges.

Each step runs ``python -m handbook`` in its own process with the clock that computer had
(libfaketime, Debian package ``faketime``; CI installs it).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from handbook.core.paths import DataDir
from handbook.core.progress.backup import list_backups
from handbook.core.progress.profiles import Profiles
from tests.conftest import REPO

PACK = "learning-circles"


def handbook(data: Path, *args: str, clock: str | None = None) -> subprocess.CompletedProcess[str]:
    faketime = shutil.which("faketime")
    if faketime is None:
        pytest.fail("this test needs libfaketime: sudo apt-get install faketime")
    command = [sys.executable, "-m", "handbook", "--data-dir", str(data), *args]
    if clock is not None:
        command = [faketime, "-f", clock, *command]  # "@" starts the clock there and lets it run
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=REPO, timeout=120, check=False)


def note(data: Path, text: str, clock: str | None = None) -> None:
    script = (
        "import sys; from handbook.core.paths import DataDir; from handbook.core.progress.profiles import Profiles\n"
        "profiles = Profiles(DataDir(sys.argv[1])); store, _ = profiles.open(profiles.find('Amina'))\n"
        f"store.set_note({PACK!r}, 'a', sys.argv[2]); store.set_status({PACK!r}, 'a', 'done'); store.close()\n"
    )
    command = [sys.executable, "-c", script, str(data), text]
    if clock is not None:
        command = [str(shutil.which("faketime")), "-f", clock, *command]
    env = dict(os.environ, PYTHONPATH=str(REPO))
    subprocess.run(command, check=True, env=env, cwd=REPO, timeout=120)


def test_backups_and_merges_made_under_wrong_clocks(tmp_path: Path) -> None:
    data = tmp_path / "data"
    Profiles(DataDir(data)).create("Amina")[1].close()
    clocks = (
        ("monday", None),
        ("ahead", "@2031-06-01 09:00:00"),
        ("tuesday", None),
        ("behind", "@2019-01-01 09:00:00"),
    )
    for text, clock in clocks:
        note(data, text, clock)
        done = handbook(data, "progress", "backup", clock=clock)
        assert done.returncode == 0, done.stderr
    backups = list_backups(data / "profiles" / "amina" / "backups")
    assert [b.sequence for b in backups] == [4, 3, 2, 1]
    years = [b.time.year for b in backups]
    assert years[0] == 2019 and years[2] == 2031 and years[1] == years[3] not in (2019, 2031)
    listing = handbook(data, "progress", "restore").stdout.splitlines()
    assert "2019-01-01" in listing[1] and "2031-06-01" in listing[3]  # newest first by number, not by clock

    # Restoring "latest" takes the last backup made (clock set back), not the one dated 2031.
    note(data, "wednesday")
    restored = handbook(data, "progress", "restore", "latest")
    assert restored.returncode == 0, restored.stderr
    progress = json.loads((data / "profiles" / "amina" / "progress.json").read_text(encoding="utf-8"))
    assert progress["records"]["1"]["note"] == "behind"

    # A computer whose clock said 2031 exports; the import here clamps its dates and says so.
    other = tmp_path / "other"
    Profiles(DataDir(other)).create("Amina")[1].close()
    note(other, "from the future", "@2031-06-01 09:00:00")
    export = tmp_path / "export.json"
    assert handbook(other, "progress", "export", "-o", str(export)).returncode == 0
    merged = handbook(data, "progress", "import", str(export), "--profile", "Amina")
    assert merged.returncode == 0, merged.stderr
    assert "dated in the future" in merged.stdout
    progress = json.loads((data / "profiles" / "amina" / "progress.json").read_text(encoding="utf-8"))
    record = progress["records"]["1"]
    assert record["note"] == "from the future" and not record["updated"].startswith("2031")  # the import's time
    # So a change made afterwards on a computer with the right clock wins the next merge, as it should.
    later = tmp_path / "later"
    shutil.copytree(data, later)
    note(later, "made after the import")
    newer = tmp_path / "newer.json"
    assert handbook(later, "progress", "export", "-o", str(newer)).returncode == 0
    again = handbook(data, "progress", "import", str(newer), "--profile", "Amina")
    assert again.returncode == 0 and "1 updated" in again.stdout, again.stdout
