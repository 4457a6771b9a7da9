"""Build, verify and install a large pack (2,000 lessons, 200 images, ~100 MB) against a plain zip extract.

``python -m benchmarks.bench_packs [--repeat N]``. Everything is written under /tmp and removed.
Runs are interleaved (in alternating order), each writes into a fresh folder, and the disk is
synced before each one, so that writing back one run's 100 MB does not slow the next. On a busy
disk single runs still vary several-fold: use several repeats (default 7). Where there is a RAM
disk (/dev/shm), extract and install are also timed there: with no disk to wait for, that ratio
shows the work itself and hardly varies.
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


def measure(repeat: int = 7) -> list[Row]:
    from handbook.core.packs.build import build_pack
    from handbook.core.packs.library import PackLibrary
    from handbook.core.packs.reader import PackFile
    from handbook.core.packs.verify import check_content, verify_pack

    root = Path(tempfile.mkdtemp(prefix="handbook-bench-packs-", dir="/tmp"))
    try:
        source = make_synthetic_pack(root / "source")
        pack_file = root / "synthetic.hbpack"
        work = root / "work"  # renamed aside after each run; deleted only at the end

        def plain_extract() -> None:
            with zipfile.ZipFile(pack_file) as archive:
                archive.extractall(work)

        unpacked: dict[str, bytes] = {}

        def unpack() -> None:
            with PackFile(pack_file) as pack:
                unpacked.clear()
                unpacked.update(pack.extract(work))

        def validate() -> None:  # as install does it: the content files' bytes are still in memory
            with PackFile(pack_file) as pack:
                check_content(work, pack.manifest, str(pack_file), unpacked)

        runs: dict[str, Callable[[], object]] = {
            "build": lambda: build_pack(source, pack_file),
            "extract": plain_extract,
            "unpack": unpack,
            "verify": lambda: verify_pack(pack_file),
            "install": lambda: PackLibrary(work).install(pack_file),
        }
        wall: dict[str, list[float]] = {name: [] for name in [*runs, "validate"]}
        cpu: dict[str, list[float]] = {name: [] for name in [*runs, "validate"]}

        def timed(name: str, run: Callable[[], object]) -> None:
            start, start_cpu = time.perf_counter(), time.process_time()
            run()
            wall[name].append(time.perf_counter() - start)
            cpu[name].append(time.process_time() - start_cpu)

        for round_number in range(repeat):
            order = list(runs.items())
            if round_number % 2:
                order.reverse()  # the disk is noisy: each figure gets its turn first and last
            for name, run in order:
                if work.exists():
                    work.rename(root / f"done-{name}-{round_number}")
                os.sync()
                timed(name, run)
                if name == "unpack":  # the content is in place: time its validation alone
                    timed("validate", validate)
        size_mb = pack_file.stat().st_size / 1e6
        memory = _in_memory(pack_file, repeat)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    if os.environ.get("HANDBOOK_BENCH_RAW"):
        print({name: [round(v, 3) for v in values] for name, values in wall.items()})
    # A busy disk makes single runs vary several-fold from one round to the next; within a round
    # the two runs see the same disk, so their ratio is the steadier figure.
    paired = [install / extract for install, extract in zip(wall["install"], wall["extract"], strict=True)]
    t = {name: statistics.median(values) for name, values in wall.items()}
    c = {name: statistics.median(values) for name, values in cpu.items()}
    base, cpu_base = "plain zipfile extract", "plain extract, CPU"
    target = f"<= {TARGET_RATIO:.1f}x"
    return [
        Row(f"build ({size_mb:.0f} MB, content validated)", t["build"], "s", base, t["extract"]),
        Row("verify (all checks + content, in a temp folder)", t["verify"], "s", base, t["extract"]),
        Row("unpack: file checks + extract + SHA-256, one pass", t["unpack"], "s", base, t["extract"],
            target, t["unpack"] <= TARGET_RATIO * t["extract"]),
        Row("unpack, CPU time", c["unpack"], "s", cpu_base, c["extract"],
            target, c["unpack"] <= TARGET_RATIO * c["extract"]),
        Row("content validation alone (2,040 pages), CPU", c["validate"], "s", cpu_base, c["extract"]),
        Row("install (unpack + content validation + rename)", t["install"], "s", base, t["extract"],
            target, t["install"] <= TARGET_RATIO * t["extract"]),
        Row("install, CPU time", c["install"], "s", cpu_base, c["extract"],
            target, c["install"] <= TARGET_RATIO * c["extract"]),
        Row(f"install / extract in the same round, median of {len(paired)} (spread {min(paired):.2f}-"
            f"{max(paired):.2f})", statistics.median(paired), "x", "", None,
            target, statistics.median(paired) <= TARGET_RATIO),
        *([Row("install into memory (/dev/shm): no disk, the work itself", memory["install"], "s",
               "plain extract into memory", memory["extract"], target,
               memory["install"] <= TARGET_RATIO * memory["extract"])] if memory else []),
    ]  # fmt: skip


def _in_memory(pack_file: Path, repeat: int) -> dict[str, float] | None:
    """Extract and install into /dev/shm (a RAM disk), where no disk wait hides the CPU work.

    None where there is no such RAM disk (not Linux) or too little room in it.
    """
    from handbook.core.packs.library import PackLibrary

    shm = Path("/dev/shm")
    if not shm.is_dir() or shutil.disk_usage(shm).free < 4 * pack_file.stat().st_size:
        return None
    times: dict[str, list[float]] = {"extract": [], "install": []}
    for round_number in range(repeat):
        order = ["extract", "install"] if round_number % 2 else ["install", "extract"]
        for name in order:
            target = Path(tempfile.mkdtemp(prefix="handbook-bench-", dir=shm))
            try:
                start = time.perf_counter()
                if name == "extract":
                    with zipfile.ZipFile(pack_file) as archive:
                        archive.extractall(target / "out")
                else:
                    PackLibrary(target).install(pack_file)
                times[name].append(time.perf_counter() - start)
            finally:
                shutil.rmtree(target, ignore_errors=True)
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    print_table(measure(args.repeat), TITLE)


if __name__ == "__main__":
    main()
