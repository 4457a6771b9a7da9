"""Shared pieces for the benchmark scripts: a result row, timing helpers and the table printer."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@dataclass
class Row:
    """One figure, with the baseline measured in the same run and the target it is judged by."""

    name: str
    value: float
    unit: str
    baseline_name: str = ""
    baseline: float | None = None
    target: str = ""
    ok: bool | None = None

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline  # type: ignore[operator]


def fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    if unit == "s":
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    if unit == "ms":
        return f"{value:.2f} ms"
    if unit == "MB":
        return f"{value:.1f} MB"
    return f"{value:.2f} {unit}".strip()


def print_table(rows: Sequence[Row], title: str = "") -> None:
    if title:
        print(f"\n## {title}\n")
    print("| figure | value | baseline | baseline value | ratio | target | met |")
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        ratio = f"{row.ratio:.2f}x" if row.ratio is not None else "-"
        met = {True: "yes", False: "NO", None: "-"}[row.ok]
        print(
            f"| {row.name} | {fmt(row.value, row.unit)} | {row.baseline_name or '-'} | "
            f"{fmt(row.baseline, row.unit)} | {ratio} | {row.target or '-'} | {met} |"
        )
    sys.stdout.flush()


def median_time(run: Callable[[], object], repeat: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def run_process(args: Sequence[str], env: dict[str, str] | None = None, timeout: float = 120) -> None:
    merged = dict(os.environ)
    # A user's Python caches compiled modules; a sandbox that turns that off would time the compiler.
    merged.pop("PYTHONDONTWRITEBYTECODE", None)
    merged.update(env or {})
    result = subprocess.run(list(args), cwd=REPO, env=merged, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({result.returncode}):\n{result.stderr}")


def time_to_first_paint(args: Sequence[str], env: dict[str, str] | None = None, timeout: float = 120) -> float:
    """Seconds from starting ``args`` until it prints "first page painted"; then it must exit cleanly.

    Stops the clock at the first paint, as a person sees it, not when the process has finished
    closing down (saving and backing up on exit happen after the person has the page).
    """
    return time_to_marks(args, ("first page painted",), env, timeout)[0]


def time_to_marks(
    args: Sequence[str], marks: Sequence[str], env: dict[str, str] | None = None, timeout: float = 120
) -> list[float]:
    """Seconds from starting ``args`` until it prints each of ``marks`` (lines, in any order); then it must exit cleanly."""
    merged = dict(os.environ)
    merged.pop("PYTHONDONTWRITEBYTECODE", None)
    merged.update(env or {})
    start = time.perf_counter()
    process = subprocess.Popen(
        list(args), cwd=REPO, env=merged, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    seen: dict[str, float] = {}
    for line in process.stdout:
        if line.strip() in marks and line.strip() not in seen:
            seen[line.strip()] = time.perf_counter() - start
            if len(seen) == len(marks):
                break
    _, err = process.communicate(timeout=timeout)
    if process.returncode != 0 or len(seen) != len(marks):
        raise RuntimeError(f"{' '.join(args)} failed ({process.returncode}) or never printed {marks}:\n{err}")
    return [seen[mark] for mark in marks]


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]
