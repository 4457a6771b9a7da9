"""Build, verify and install a large pack (2,000 lessons, 200 images, ~100 MB) against a plain zip extract.

``python -m benchmarks.bench_packs [--repeat N]``. Everything is written under /tmp and removed.
Runs are interleaved, each writes into a fresh folder, and the disk is synced before each one,
so that writing back (or deleting) one run's 100 MB does not slow the next.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import Row, print_table
from benchmarks.synthetic_pack import make_synthetic_pack

TITLE = "Packs"
TARGET_RATIO = 1.5


def measure(repeat: int = 3) -> list[Row]:
    from handbook.core.packs.build import build_pack
    from handbook.core.packs.library import PackLibrary
    from handbook.core.packs.reader import PackFile, check_content, verify_pack

    root = Path(tempfile.mkdtemp(prefix="handbook-bench-packs-", dir="/tmp"))
    try:
        source = make_synthetic_pack(root / "source")
        pack_file = root / "synthetic.hbpack"
        work = root / "work"  # renamed aside after each run; deleted only at the end

        def plain_extract() -> None:
            with zipfile.ZipFile(pack_file) as archive:
                archive.extractall(work)

        def unpack() -> None:
            with PackFile(pack_file) as pack:
                pack.extract(work)

        def validate() -> None:
            with PackFile(pack_file) as pack:
                check_content(work, pack.manifest, str(pack_file))

        runs: dict[str, Callable[[], object]] = {
            "build": lambda: build_pack(source, pack_file),
            "extract": plain_extract,
            "unpack": unpack,
            "verify": lambda: verify_pack(pack_file),
            "install": lambda: PackLibrary(work).install(pack_file),
        }
        times: dict[str, list[float]] = {name: [] for name in [*runs, "validate"]}
        for _ in range(repeat):
            for name, run in runs.items():
                if work.exists():
                    work.rename(root / f"done-{name}-{len(times[name])}")
                os.sync()
                start = time.perf_counter()
                run()
                times[name].append(time.perf_counter() - start)
                if name == "unpack":  # the content is in place: time its validation alone
                    start = time.perf_counter()
                    validate()
                    times["validate"].append(time.perf_counter() - start)
        size_mb = pack_file.stat().st_size / 1e6
    finally:
        shutil.rmtree(root, ignore_errors=True)
    t = {name: statistics.median(values) for name, values in times.items()}
    extract = t["extract"]
    base = "plain zipfile extract"
    return [
        Row(f"build ({size_mb:.0f} MB, content validated)", t["build"], "s", base, extract),
        Row("verify (all checks + content, in a temp folder)", t["verify"], "s", base, extract),
        Row(
            "unpack: all file checks, extract, SHA-256 (one pass)",
            t["unpack"],
            "s",
            base,
            extract,
            f"<= {TARGET_RATIO:.1f}x",
            t["unpack"] <= TARGET_RATIO * extract,
        ),
        Row("content validation alone (2,040 pages parsed)", t["validate"], "s", base, extract),
        Row(
            "install (unpack + content validation + rename)",
            t["install"],
            "s",
            base,
            extract,
            f"<= {TARGET_RATIO:.1f}x",
            t["install"] <= TARGET_RATIO * extract,
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print_table(measure(args.repeat), TITLE)


if __name__ == "__main__":
    main()
