"""Every hostile circle file through ``report merge`` and as a profile's circle log: a clear refusal, nothing lost."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from handbook.cli import main
from handbook.core.circle.log import CircleLog
from handbook.core.circle.store import CircleLogStore
from tests.hostile.circle_corpus import CIRCLE_CASES, GOOD, CircleCase

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.mark.parametrize("case", CIRCLE_CASES, ids=[case.name for case in CIRCLE_CASES])
def test_merge_refuses_it_naming_the_file_and_writes_nothing(
    case: CircleCase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(json.dumps(GOOD), encoding="utf-8")
    case.make(bad)
    pdf, table = tmp_path / "summary.pdf", tmp_path / "summary.csv"
    assert main(["report", "merge", str(good), str(bad), "-o", str(pdf), "--csv", str(table)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"error: {bad}: ") and case.expect in err, err[:400]
    assert err.count("\n") == 1 and not _CONTROL.search(err[:-1]), repr(err[:300])
    assert len(err) < 600  # a message, not the file's content
    assert not pdf.exists() and not table.exists()


@pytest.mark.parametrize("case", CIRCLE_CASES, ids=[case.name for case in CIRCLE_CASES])
def test_as_a_circle_log_it_is_moved_aside_or_refused_never_lost(case: CircleCase, tmp_path: Path) -> None:
    path = tmp_path / "circle-log.json"
    case.make(path)
    before = path.read_bytes() if path.is_file() and not path.is_symlink() else None  # not a FIFO, folder or device
    store = CircleLogStore(path, 6)
    assert store.log == CircleLog()
    if store.refused:  # a newer version's file stays where it is
        assert path.read_bytes() == before
    else:
        assert store.moved_aside is not None and not path.exists() and not path.is_symlink()
        if before is not None:
            assert store.moved_aside.read_bytes() == before
