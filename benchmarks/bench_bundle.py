"""Size and frozen start-up of the bundle, against a bare QTextBrowser script frozen by the same PyInstaller.

It runs ``build_app.py --baseline`` (two PyInstaller builds and 2 x 8 start-ups, a minute or two), so
``python3 -m benchmarks.run`` skips it unless HANDBOOK_BENCH_BUNDLE=1:

    HANDBOOK_BENCH_BUNDLE=1 python3 -m benchmarks.run --only bundle
    python3 -m benchmarks.bench_bundle          # runs it regardless
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import REPO, Row, print_table

TITLE = "Bundle"
ENABLE = "HANDBOOK_BENCH_BUNDLE"


def measure(repeat: int = 7) -> list[Row]:
    if os.environ.get(ENABLE) != "1":
        print(f"\n(Bundle: skipped, it builds two PyInstaller bundles; set {ENABLE}=1 to run it.)")
        return []
    from build_app import figure_rows

    with tempfile.TemporaryDirectory(prefix="handbook-bench-bundle-") as tmp:
        figures_file = Path(tmp) / "figures.json"
        command = [sys.executable, "build_app.py", "--baseline", "--repeat", str(repeat)]
        command += ["--dist", str(Path(tmp) / "dist"), "--json", str(figures_file)]
        result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"build_app.py --baseline failed ({result.returncode}):\n{result.stderr}")
        figures = json.loads(figures_file.read_text(encoding="utf-8"))
    return figure_rows(figures)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    os.environ[ENABLE] = "1"
    print_table(measure(args.repeat), TITLE)


if __name__ == "__main__":
    main()
