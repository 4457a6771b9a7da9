"""Progress write latency with a heavy year of use (5,000 records), against a plain json.dump of the same data.

Each write is what a click costs on the GUI thread: one record changed, then the whole file
written atomically (temp file, flush, fsync, os.replace, fsync of the folder). The baseline
writes the same data with ``json.dump`` to a file, with no fsync and no rename.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.common import Row, percentile, print_table
from handbook.core.progress.store import ProgressStore

TITLE = "Progress writes"
RECORDS = 5_000
WRITES = 300
TARGET_P95_MS = 10.0
PACK = "learning-circles"
WORDS = ("circle", "library", "learners", "listen", "share", "goal", "week", "plan", "room", "snacks", "question")


def heavy_store(path: Path, rng: random.Random) -> tuple[ProgressStore, list[str]]:
    """A store as a year of daily use leaves it: every record with time, ticks, answers, many with notes."""
    store = ProgressStore.open(path, profile_name="Benchmark")
    items = [f"module-{n // 50:03d}/lesson-{n:04d}" for n in range(RECORDS)]
    with store.batch():  # building the fixture, not what is measured
        for item in items:
            store.mark_opened(PACK, item)
            store.add_time(PACK, item, rng.randrange(60, 3600))
            for index in range(rng.randrange(0, 6)):
                store.set_tick(PACK, item, index, rng.random() < 0.7)
            for index in range(rng.randrange(0, 4)):
                store.set_answer(PACK, item, index, rng.randrange(4))
            if rng.random() < 0.4:
                store.set_note(PACK, item, " ".join(rng.choice(WORDS) for _ in range(rng.randrange(10, 80))))
    return store, items


def one_change(store: ProgressStore, items: list[str], rng: random.Random, step: int) -> None:
    item = rng.choice(items)
    kind = step % 4
    if kind == 0:
        store.set_tick(PACK, item, rng.randrange(8), step % 2 == 0)
    elif kind == 1:
        store.set_note(PACK, item, f"note {step}: " + " ".join(rng.choice(WORDS) for _ in range(30)))
    elif kind == 2:
        store.add_time(PACK, item, 60)
    else:
        store.set_answer(PACK, item, rng.randrange(6), rng.randrange(4))


def measure(writes: int = WRITES) -> list[Row]:
    rng = random.Random(2027)
    with tempfile.TemporaryDirectory(prefix="handbook-bench-progress-") as folder:
        store, items = heavy_store(Path(folder) / "progress.json", rng)
        size_mb = store.path.stat().st_size / 1e6
        ours = []
        for step in range(writes):
            start = time.perf_counter()
            one_change(store, items, rng, step)
            ours.append((time.perf_counter() - start) * 1000)
        data = store._storage.read()
        plain = []
        for _ in range(max(20, writes // 5)):
            start = time.perf_counter()
            with open(Path(folder) / "plain.json", "w", encoding="utf-8") as handle:
                json.dump(data, handle)
            plain.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        ProgressStore.open(store.path, read_only=True)
        open_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        json.loads(store.path.read_bytes())
        load_ms = (time.perf_counter() - start) * 1000
    p95 = percentile(ours, 0.95)
    label = f"{len(store)} records, {size_mb:.1f} MB"
    return [
        Row(f"write after one change, median ({label})", statistics.median(ours), "ms",
            "json.dump of the same data, median", statistics.median(plain), "-", None),
        Row(f"write after one change, p95 ({label})", p95, "ms",
            "json.dump of the same data, p95", percentile(plain, 0.95),
            f"< {TARGET_P95_MS:.0f} ms on the GUI thread", p95 < TARGET_P95_MS),
        Row("open the file (checked, at start)", open_ms, "ms", "json.loads of the same file", load_ms, "-", None),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--writes", type=int, default=WRITES)
    args = parser.parse_args()
    print_table(measure(args.writes), TITLE)


if __name__ == "__main__":
    main()
