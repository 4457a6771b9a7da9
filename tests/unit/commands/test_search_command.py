"""`handbook search` prints ranked results with snippets, and says plainly when it cannot."""

from __future__ import annotations

from pathlib import Path

import pytest

from handbook.cli import main
from handbook.commands import search as search_command
from handbook.core.search import index as search


def test_prints_ranked_results_with_snippets(mini_pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "pluses", "--pack", str(mini_pack)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "1. Plus/Delta  (activity)"
    assert out[1].strip() == "activities/plus-delta.md"
    assert "[pluses]" in out[2]


def test_words_without_quotes_kind_and_limit(mini_pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "plus", "delta", "--kind", "plan", "--pack", str(mini_pack)]) == 0
    out = capsys.readouterr().out
    assert "(plan)" in out and "(activity)" not in out
    assert main(["search", "delta", "--limit", "1", "--pack", str(mini_pack)]) == 0
    assert "2. " not in capsys.readouterr().out


def test_the_index_is_kept_in_the_data_dir_and_reused(
    mini_pack: Path, private_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "welcome", "--pack", str(mini_pack)]) == 0
    assert capsys.readouterr().err == "indexing the pack (only once per pack version)... 9 pages.\n"
    assert list((private_data_dir / "cache" / "search" / "mini-pack").glob("1.2.3-*.sqlite"))
    assert main(["search", "welcome", "--pack", str(mini_pack)]) == 0
    assert capsys.readouterr().err == ""


def test_nothing_found_exits_1(mini_pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "zeppelin", "--pack", str(mini_pack)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "nothing found for 'zeppelin'" in captured.err


@pytest.mark.parametrize("query", ['"', "*", "-", "()", ":"])
def test_a_query_without_words_is_a_clear_error(query: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", query]) == 2
    assert capsys.readouterr().err.startswith("error: the query has no words to look for")


def test_a_bad_limit_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["search", "x", "--limit", "0"])
    assert exit_info.value.code == 2
    assert "1 or more" in capsys.readouterr().err


def test_searches_the_bundled_course_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "plus", "delta", "--kind", "activity", "--limit", "3"]) == 0
    assert "Plus/Delta  (activity)" in capsys.readouterr().out


def test_kinds_match_the_index() -> None:
    assert search_command.KINDS == search.KINDS


def test_another_form_of_a_word_is_found(mini_pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "drawing", "--pack", str(mini_pack)]) == 0  # the page says "Draw two columns."
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "1. Plus/Delta  (activity)" and "[Draw]" in out[2]
    assert main(["search", '"drawing"', "--pack", str(mini_pack)]) == 1  # in quotes: only as written
