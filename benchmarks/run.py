"""Run every benchmark and print one table per area: ``python -m benchmarks.run [--only NAME ...]``.

Each ``benchmarks/bench_*.py`` module has ``TITLE`` and ``measure() -> list[Row]``.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil

import benchmarks
from benchmarks.common import print_table


def benchmark_modules() -> list[str]:
    return sorted(
        m.name
        for m in pkgutil.iter_modules(benchmarks.__path__, "benchmarks.")
        if m.name.startswith("benchmarks.bench_")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", help="run only benchmarks whose module name contains one of these")
    args = parser.parse_args()
    for module_name in benchmark_modules():
        if args.only and not any(part in module_name for part in args.only):
            continue
        module = importlib.import_module(module_name)
        print_table(module.measure(), getattr(module, "TITLE", module_name))


if __name__ == "__main__":
    main()
