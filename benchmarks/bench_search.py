"""Search on the synthetic 2,000-lesson pack: index build, size, query latency, first search after start.

The synthetic pack is a worst case for an index: its few dozen words are in nearly every page,
so most queries match all 2,000 pages and every one of them is ranked. Baselines, measured in the same run: loading the pack (what every start pays anyway), the plain
text the index holds, a brute-force case-insensitive substring scan of the same texts in memory,
and the app's own start to its first painted page.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.common import REPO, Row, percentile, print_table
from benchmarks.synthetic_pack import ACCENTED, WORDS, make_synthetic_pack

if TYPE_CHECKING:
    from handbook.core.content.model import Pack

TITLE = "Search"
QUERIES = 200
P95_TARGET_MS = 10.0
FIRST_SEARCH_TARGET_S = 1.0
NASTY = ['"', "NEAR(", "a*", "-x", "title:plan", "(group", 'circle OR "', "AND", "*", "c++"]


def mixed_queries(count: int = QUERIES, seed: int = 3) -> list[str]:
    """What people type: words, words half typed, two words, phrases, accents, titles, junk."""
    rng = random.Random(seed)
    makers = [
        lambda: rng.choice(WORDS),
        lambda: rng.choice(WORDS)[: rng.randint(2, 5)],
        lambda: f"{rng.choice(WORDS)} {rng.choice(WORDS)}",
        lambda: f'"{rng.choice(WORDS)} {rng.choice(WORDS)}"',
        lambda: rng.choice(ACCENTED),
        lambda: rng.choice(("facilitacion", "cafe", "reflexion", "educacao", "naive", "uber")),
        lambda: f"lesson {rng.randint(1, 2000)}",
        lambda: rng.choice(NASTY),
    ]
    weights = [30, 20, 20, 10, 5, 5, 5, 5]
    return [rng.choices(makers, weights)[0]() for _ in range(count)]


def brute_force(texts: list[str], query: str, limit: int = 50) -> list[int]:
    """Case-insensitive substring scan: the texts holding every word of the query (unranked)."""
    words = [w for w in query.replace('"', " ").casefold().split() if w]
    if not words:
        return []
    return [number for number, text in enumerate(texts) if all(word in text for word in words)][:limit]


# The app's real start-up path on a given pack: first page painted, then search opened after it.
_FIRST_SEARCH_SCRIPT = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from handbook.app import application, build_session, start_search
from handbook.gui.shared.first_paint import call_after_first_paint

app = application()
session = build_session(Path(sys.argv[1]), Path(sys.argv[2]))
window = session.window
window.show()
window.open_path(window.first_page_path())
painted = []
def paint_then_search():
    painted.append(time.time())
    start_search(session)
    search = session.search
    def ready():
        hits = search.search("learning circ")
        print(f"{painted[0]} {time.time()} {len(hits)}", flush=True)
        search.shutdown()
        app.quit()
    search.indexReady.connect(ready)
call_after_first_paint(window.reader.viewport(), paint_then_search)
QTimer.singleShot(60_000, app.quit)
app.exec()
"""


def start_to_first_search(data_dir: Path, pack_dir: Path) -> tuple[float, float]:
    """Seconds from launching the app to (first page painted, first search answered)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    launched = time.time()
    result = subprocess.run(
        [sys.executable, "-c", _FIRST_SEARCH_SCRIPT, str(data_dir), str(pack_dir)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    fields = result.stdout.split()
    if result.returncode != 0 or len(fields) != 3 or fields[2] == "0":
        raise RuntimeError(f"the first-search run failed:\n{result.stdout}\n{result.stderr}")
    return float(fields[0]) - launched, float(fields[1]) - launched


def latencies(index_path: Path, texts: list[str], queries: list[str]) -> tuple[list[float], list[float]]:
    """Milliseconds per query: the index (50 hits with snippets), then the brute-force scan."""
    from handbook.core.search.index import SearchIndex

    with SearchIndex(index_path, create=False) as index:
        for query in queries[:20]:  # warm the page cache, as a running app has
            index.search(query)
        fts = []
        for query in queries:
            start = time.perf_counter()
            index.search(query, limit=50)
            fts.append((time.perf_counter() - start) * 1000)
    scan = []
    for query in queries:
        start = time.perf_counter()
        brute_force(texts, query)
        scan.append((time.perf_counter() - start) * 1000)
    return fts, scan


# Words a facilitator types whose other forms the course holds (icebreakers: icebreaker, ...).
WORDS_WITH_FORMS = (
    "icebreakers", "facilitating", "meetings", "planning", "questions", "learners", "reflecting", "energizers",
    "studies", "hoping", "conversations", "printed", "volunteers", "activities", "listening", "organizing",
    "goals", "sharing", "librarians", "worked", "talking", "certificates", "surveys", "computers", "teaching",
)  # fmt: skip


def forms_queries() -> list[str]:
    """Each word alone, finished (a space after it) and as two words, as people type them."""
    words = list(WORDS_WITH_FORMS)
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:] + words[:1], strict=True)]
    return words + [f"{word} " for word in words] + pairs


def cold_latencies(index_path: Path, queries: list[str]) -> tuple[list[float], list[float]]:
    """Milliseconds per query on a new connection each (no stem cached): other forms on, then quoted (off)."""
    from handbook.core.search.index import SearchIndex

    with SearchIndex(index_path, create=False) as index:
        index.search(queries[0])  # the stemmer's import, once per run of the app, is not counted
    timings: tuple[list[float], list[float]] = ([], [])
    for query in queries:
        as_typed = " ".join(f'"{word}"' for word in query.split())
        for times, text in zip(timings, (query, as_typed), strict=True):
            with SearchIndex(index_path, create=False) as index:
                start = time.perf_counter()
                index.search(text, limit=50)
                times.append((time.perf_counter() - start) * 1000)
    return timings


def plain_texts(pack: Pack) -> list[str]:
    from handbook.core.search.documents import pack_documents

    return [f"{d.title}\n{d.keywords}\n{d.body}".casefold() for d in pack_documents(pack)]


def measure(lessons: int = 2000, repeat: int = 3) -> list[Row]:
    from handbook.core.content.loader import load_pack
    from handbook.core.resources import bundled_pack_dir
    from handbook.core.search.index import build_index

    with tempfile.TemporaryDirectory(prefix="handbook-bench-search-") as tmp:
        root = make_synthetic_pack(Path(tmp) / "pack", lessons=lessons, images=0)
        load_times = []
        for _ in range(repeat):
            start = time.perf_counter()
            pack = load_pack(root)
            load_times.append(time.perf_counter() - start)
        pages = sum(1 for _ in pack.pages())

        data = Path(tmp) / "data"
        cache = data / "cache"
        start = time.perf_counter()
        with build_index(cache, pack) as index:
            build_time = time.perf_counter() - start
            index_path = Path(index.path)
        index_mb = index_path.stat().st_size / 1e6

        texts = plain_texts(pack)
        text_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        queries = mixed_queries()
        fts, scan = latencies(index_path, texts, queries)

        # The same queries on the real course, whose words are far less uniform.
        course = load_pack(bundled_pack_dir())
        with build_index(Path(tmp) / "course-cache", course) as course_index:
            course_path = Path(course_index.path)
        course_fts, course_scan = latencies(course_path, plain_texts(course), queries)
        with_forms, as_typed = cold_latencies(course_path, forms_queries())

        # Start-up with the index already cached (the first run above built it in this data dir).
        runs = [start_to_first_search(data, root) for _ in range(repeat)]
        painted = statistics.median(r[0] for r in runs)
        first_search = statistics.median(r[1] for r in runs)

    p95 = percentile(fts, 0.95)
    return [
        Row(
            f"index build, {pages} pages (once per pack version, off the GUI thread)",
            build_time,
            "s",
            "loading the pack",
            statistics.median(load_times),
            "< 10 s",
            build_time < 10,
        ),
        Row(
            "index size on disk", index_mb, "MB", "plain text indexed", text_mb, "< 5x the text", index_mb < 5 * text_mb
        ),
        Row(
            f"query latency median ({QUERIES} mixed queries, 50 hits + snippets)",
            statistics.median(fts),
            "ms",
            "brute-force substring scan",
            statistics.median(scan),
        ),
        Row(
            "query latency p95",
            p95,
            "ms",
            "brute-force substring scan",
            percentile(scan, 0.95),
            f"< {P95_TARGET_MS:.0f} ms",
            p95 < P95_TARGET_MS,
        ),
        Row(
            f"query latency p95, bundled course ({sum(1 for _ in course.pages())} pages)",
            percentile(course_fts, 0.95),
            "ms",
            "brute-force substring scan",
            percentile(course_scan, 0.95),
            f"< {P95_TARGET_MS:.0f} ms",
            percentile(course_fts, 0.95) < P95_TARGET_MS,
        ),
        Row(
            f"query latency p95, words with other forms ({len(with_forms)} queries, course, nothing cached)",
            percentile(with_forms, 0.95),
            "ms",
            "the same words in quotes (no other forms)",
            percentile(as_typed, 0.95),
            f"< {P95_TARGET_MS:.0f} ms",
            percentile(with_forms, 0.95) < P95_TARGET_MS,
        ),
        Row(
            "start to first search, cached index (app on this pack)",
            first_search,
            "s",
            "start to first page painted",
            painted,
            f"< {FIRST_SEARCH_TARGET_S:.0f} s",
            first_search < FIRST_SEARCH_TARGET_S,
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lessons", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print_table(measure(args.lessons, args.repeat), TITLE)


if __name__ == "__main__":
    main()
