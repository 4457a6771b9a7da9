"""Cold start of ``handbook --exit-after-start`` to the first page painted, against a bare QTextBrowser."""

from __future__ import annotations

import argparse
import sys
import tempfile

from benchmarks.common import Row, median_time, print_table, run_process

TITLE = "Start-up"
TARGET_RATIO = 2.0


def measure(repeat: int = 7) -> list[Row]:
    env = {"QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory(prefix="handbook-bench-") as data:
        env_app = dict(env, HANDBOOK_DATA_DIR=data)
        app_cmd = [sys.executable, "-m", "handbook", "--exit-after-start"]
        floor_cmd = [sys.executable, "benchmarks/floor_textbrowser.py"]
        # One untimed run each warms the OS file cache, as a user's second start would be.
        run_process(app_cmd, env_app)
        run_process(floor_cmd, env)
        floor, _ = median_time(lambda: run_process(floor_cmd, env), repeat)
        app, _ = median_time(lambda: run_process(app_cmd, env_app), repeat)
    ratio = app / floor
    return [
        Row(
            "start-up to first page painted (median)",
            app,
            "s",
            "bare QTextBrowser script",
            floor,
            f"<= {TARGET_RATIO:.1f}x",
            ratio <= TARGET_RATIO,
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    print_table(measure(args.repeat), "Start-up")


if __name__ == "__main__":
    main()
