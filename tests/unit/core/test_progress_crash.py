"""A writer killed with SIGKILL at random moments, 200 times: the store always loads and loses at most the write in flight.

A small helper process (imports done once) forks a writer on request; the writer continues
from what the file holds, saves one note per write and acknowledges each write on a pipe-like
file after the store returns. The test kills the writer after a random few milliseconds and
checks the file: every acknowledged write is there, plus at most the one that was in flight.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from handbook.core.progress.store import ProgressStore
from tests.conftest import REPO

KILLS = 200
ITEMS = 20
PACK = "crash-pack"

ZYGOTE = r"""
import os, sys
from pathlib import Path
from handbook.core.progress.store import ProgressStore

path, acks = Path(sys.argv[1]), sys.argv[2]
ITEMS, PACK = int(sys.argv[3]), sys.argv[4]
for line in sys.stdin:
    command = line.strip()
    if command == "go":
        pid = os.fork()
        if pid == 0:
            store = ProgressStore.open(path, profile_name="crash test")
            n = max((int(r.note) for r in store.records() if r.note), default=0)
            fd = os.open(acks, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            while True:
                n += 1
                store.set_note(PACK, f"item-{n % ITEMS}", str(n))
                os.write(fd, f"{n}\n".encode())
        print(pid, flush=True)
    elif command == "reap":
        os.waitpid(int(sys.stdin.readline()), 0)
        print("reaped", flush=True)
    else:
        break
"""


def last_ack(acks: Path) -> int:
    if not acks.exists():
        return 0
    lines = [line for line in acks.read_text(encoding="ascii").split("\n") if line]
    return int(lines[-1]) if lines else 0


def check_store(path: Path, acked: int) -> int:
    """The store loads, holds every acknowledged write, and at most one more; returns the newest write."""
    store = ProgressStore.open(path, read_only=True)
    notes = {record.item_id: int(record.note) for record in store.records() if record.note}
    newest = max(notes.values(), default=0)
    assert newest in (acked, acked + 1), f"acknowledged {acked}, file holds up to {newest}"
    for item in range(ITEMS):
        written = [n for n in range(1, newest + 1) if n % ITEMS == item]
        if written:
            assert notes.get(f"item-{item}") == written[-1], f"item-{item} lost write {written[-1]}"
    return newest


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")
def test_killed_writer_never_loses_an_acknowledged_write(tmp_path: Path) -> None:
    path = tmp_path / "profile" / "progress.json"
    acks = tmp_path / "acks.txt"
    rng = random.Random(20240604)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    newest = 0
    kills_while_writing = 0
    with subprocess.Popen(
        [sys.executable, "-c", ZYGOTE, str(path), str(acks), str(ITEMS), PACK],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    ) as helper:
        assert helper.stdin is not None and helper.stdout is not None
        try:
            for _ in range(KILLS):
                helper.stdin.write("go\n")
                helper.stdin.flush()
                writer = int(helper.stdout.readline())
                time.sleep(rng.uniform(0.002, 0.03))
                os.kill(writer, signal.SIGKILL)
                helper.stdin.write(f"reap\n{writer}\n")
                helper.stdin.flush()
                assert helper.stdout.readline().strip() == "reaped"
                # A write that was in flight at the last kill and made it to disk counts as done:
                # the next writer started from it.
                before = newest
                newest = check_store(path, max(last_ack(acks), newest))
                kills_while_writing += newest > before
        finally:
            helper.stdin.write("quit\n")
            helper.stdin.flush()
            helper.wait(timeout=10)
    # Most kills hit a writer that was busy writing (the rest hit it while it opened the store).
    assert kills_while_writing >= KILLS // 2
    ProgressStore.open(path)  # the next start cleans what the killed writers left
    assert sorted(p.name for p in path.parent.iterdir()) == ["progress.json"]
