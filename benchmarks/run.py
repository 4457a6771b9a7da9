"""Run every benchmark and print one table per area: ``python -m benchmarks.run [--only NAME ...]``."""

from __future__ import annotations

import argparse
import importlib

from benchmarks.common import print_table

# (module, title); each module has measure() -> list[Row].
BENCHMARKS = [
    ("benchmarks.bench_startup", "Start-up"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", help="run only benchmarks whose module name contains one of these")
    args = parser.parse_args()
    for module_name, title in BENCHMARKS:
        if args.only and not any(part in module_name for part in args.only):
            continue
        module = importlib.import_module(module_name)
        print_table(module.measure(), title)


if __name__ == "__main__":
    main()
