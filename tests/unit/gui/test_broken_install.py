"""An app that lost its course and resources says so in a dialog (no console to print to), then exits 3."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

SCRIPT = """
import sys
from pathlib import Path
import handbook.core.resources as resources
resources.candidate_dirs = lambda: [Path(sys.argv[1])]  # an install whose _bundled folder is gone
import handbook.app
handbook.app.show_startup_error = lambda error: print("DIALOG:", error.message, flush=True)
from handbook.cli import main
sys.exit(main(["--data-dir", sys.argv[2]]))
"""


def test_a_broken_install_is_shown_in_a_dialog(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "_bundled"), str(tmp_path / "data")],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 3
    assert result.stdout.startswith("DIALOG: Handbook is installed incompletely")
    assert "Reinstall Handbook" in result.stdout
    assert "Traceback" not in result.stderr
