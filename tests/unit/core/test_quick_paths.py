"""The validator's two shortcuts give exactly what the slow, sure way gives.

``page_is_clear`` lets most pages skip the full Markdown parse, and ``simple_mapping`` reads plain
"key: value" front matter without the YAML loader. Both must agree with the slow way on every
input, including hostile ones; these tests compare them on many generated cases.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

import handbook.core.content.validate as validate_module
from handbook.core.content.frontmatter import simple_mapping
from handbook.core.content.validate import page_is_clear, validate_pack

# --- links: the quick look against the full parse ---------------------------------------------

FRAGMENTS = [
    "Plain words only.",
    "Read [the next one](02-checklist.md).",
    "See [a section](02-checklist.md#two) and [the web](https://example.org/a_b?x=1).",
    "![A circle](../../media/circle.png)",
    "![Gone](../../media/square.png)",
    "[Missing](09-missing.md)",
    "[Out](../../../etc/passwd)",
    "[Root](/etc/passwd)",
    "[Spaced]( 02-checklist.md )",
    "[Angled](<02-checklist.md>)",
    '[Titled](02-checklist.md "A title")',
    "[ref]: 09-missing.md",
    "[Reference][ref] and [ref]",
    "[Footnote][^1]\n\n[^1]: A note.",
    "`[code](09-missing.md)` is only code.",
    "    [indented code](09-missing.md)",
    "```\n[fenced](09-missing.md)\n```",
    "```quiz\nquestion: Why?\nchoices: [A, B]\nanswer: 3\n```",
    "~~~quiz\nquestion: Why?\nchoices: [A, B]\nanswer: 1\n~~~",
    "[Anchor](#hello)",
    "![Anchor image](#hello)",
    "[Mail](mailto:someone@example.org)",
    "[Script](javascript:alert(1))",
    "![Empty]()",
    "[Empty]()",
    "[Encoded](%2e%2e/%2e%2e/x.md)",
    "[Entity](02-checklist&#46;md)",
    "[Escaped](02\\-checklist.md)",
    "\\[Not a link](09-missing.md)",
    "[Query](02-checklist.md?print=1)",
    "[Case](02-Checklist.md)",
    "[Dot](./02-checklist.md) and [up and down](../01-start/02-checklist.md)",
    "[Parens](02-(checklist).md)",
    "<https://example.org> and <mailto:a@b.org>",
    "| a | b |\n|---|---|\n| [cell](09-missing.md) | [pipe](02|x.md) |",
    "> Quoted [link](09-missing.md)\n> and ![img](../../media/circle.png)",
    "- [ ] a task with [a link](02-checklist.md)\n- [x] done",
    "[Split](\n02-checklist.md)",
    "[Nested [inner](09-missing.md)](02-checklist.md)",
    "![Image [in](02-checklist.md) alt](../../media/circle.png)",
    "[Web image ![x](https://example.org/x.png)](02-checklist.md)",
    "[Windows](..\\..\\media\\circle.png)",
    "[Folder](../01-start)",
    "[Tab](02-checklist.md\t)",
    "[Unicode](café.md)",
    '!!! tip "Links in a box"\n    See [this](09-missing.md).',
    "[Link](02-checklist.md)(extra)",
    "]( 09-missing.md) stray",
    "[x](02-checklist.md)]: odd",
]


def _pages(rng: random.Random, count: int) -> list[str]:
    pages = []
    for _ in range(count):
        parts = rng.sample(FRAGMENTS, rng.randint(1, 4))
        pages.append("# A page\n\n" + "\n\n".join(parts) + "\n")
    return pages


def test_the_quick_look_never_changes_the_report(mini_pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lesson = mini_pack / "course/01-start/01-welcome.md"
    front = "---\ntitle: Welcome\nminutes: 5\n---\n"
    rng = random.Random(20261128)
    pages = [f"# Only\n\n{fragment}\n" for fragment in FRAGMENTS] + _pages(rng, 250)
    cleared = 0
    for body in pages:
        lesson.write_text(front + body, encoding="utf-8")
        quick = validate_pack(mini_pack).problems
        with monkeypatch.context() as patched:
            patched.setattr(validate_module, "page_is_clear", lambda *args: False)
            full = validate_pack(mini_pack).problems
        assert [p.format(mini_pack) for p in quick] == [p.format(mini_pack) for p in full], body
        cleared += page_is_clear(body, "course/01-start/01-welcome.md", lambda t: (mini_pack / t).is_file())
    assert cleared > 20  # the shortcut is taken, not just always declined


@pytest.mark.parametrize(
    ("body", "clear"),
    [
        ("Read [the next one](02-checklist.md) and [the web](https://example.org).", True),
        ("![A circle](../../media/circle.png)", True),
        ("[Missing](09-missing.md)", False),
        ("```quiz\nquestion: x\n```", False),
        ("[ref]: 02-checklist.md", False),
        ("[Angled](<02-checklist.md>)", False),
    ],
)
def test_what_the_quick_look_clears(mini_pack: Path, body: str, clear: bool) -> None:
    assert page_is_clear(body, "course/01-start/01-welcome.md", lambda t: (mini_pack / t).is_file()) is clear


def test_a_pack_with_problems_still_reports_each(mini_pack: Path) -> None:
    lesson = mini_pack / "course/01-start/01-welcome.md"
    lesson.write_text("---\ntitle: Welcome\nminutes: 5\n---\n[a](09-missing.md) ![b](../../media/none.png)\n")
    messages = [p.message for p in validate_pack(mini_pack).errors]
    assert any("09-missing.md" in m for m in messages)
    assert any("none.png" in m for m in messages)


# --- front matter: the direct reading against the YAML loader ---------------------------------

VALUES = [
    "Welcome",
    "Lesson 1 and 2",
    "Don't panic",
    "x,y",
    "a [b] {c}",
    "café au lait",
    "Ünïcode",
    "ünïcode",
    "5",
    "0",
    "00",
    "07",
    "08",
    "17",
    "123456789012345678",
    "1234567890123456789012345",
    "1_000",
    "+5",
    "-5",
    "0x1F",
    "0o17",
    "0b101",
    "1.5",
    "1e3",
    "1.0e+3",
    ".inf",
    ".NaN",
    "12:30",
    "190:20:30",
    "2024-01-01",
    "2024-01-01 10:00:00",
    "yes",
    "Yes",
    "YES",
    "no",
    "No",
    "on",
    "On",
    "off",
    "OFF",
    "true",
    "True",
    "tRUE",
    "false",
    "y",
    "n",
    "null",
    "Null",
    "NULL",
    "~",
    "=",
    "<<",
    "a # comment",
    "a#b",
    "a: b",
    "a:b",
    '"quoted"',
    '"quoted # not a comment"',
    '"with: colon"',
    '"back\\\\slash"',
    '"tab\\there"',
    '"esc \\" quote"',
    "'single'",
    "'it''s'",
    "'a # b'",
    "&anchor x",
    "*ref",
    "!tag x",
    "!!python/object:os.system x",
    "|",
    ">",
    "%x",
    "@x",
    "`x`",
    "-x",
    "- x",
    "?x",
    "[a, b]",
    "{a: 1}",
    "value  ",
    "value\t",
    "",
    "trailing space ",
    "Lesson 6: feedback and success",
    '"Lesson 6: feedback and success"',
]
KEYS = ["title", "minutes", "kind", "on", "yes", "No", "null", "true", "_x", "a-b", "Title", "1a", "k" * 120]


def _yaml(lines: list[str]) -> Any:
    return yaml.load("\n".join(lines), Loader=yaml.CSafeLoader)


def _typed(mapping: dict[Any, Any]) -> list[tuple[Any, type, Any]]:
    return [(key, type(value), value) for key, value in mapping.items()]


def _agrees(lines: list[str]) -> bool:
    """True when the direct reading took the front matter; it then must equal the loader's."""
    fast = simple_mapping(lines)
    if fast is None:
        return False
    try:
        slow = _yaml(lines)
    except yaml.YAMLError as exc:  # pragma: no cover - shows what went wrong
        raise AssertionError(f"{lines!r}: read directly as {fast!r} but YAML refuses it: {exc}") from None
    assert isinstance(slow, dict), lines
    assert _typed(fast) == _typed(slow), lines
    # the pure-Python loader agrees with the C one
    assert _typed(yaml.load("\n".join(lines), Loader=yaml.SafeLoader)) == _typed(slow), lines
    return True


def test_every_simple_value_reads_as_yaml_reads_it() -> None:
    taken = sum(_agrees([f"{key}: {value}"]) for key in KEYS for value in VALUES)
    assert taken > 120  # the plain lines go the direct way


def test_random_front_matter_reads_as_yaml_reads_it() -> None:
    rng = random.Random(7)
    pieces = [*VALUES, "a\u0007b", "a\u00a0b", "\ufeffx", "x\r", "é", "日本語", "a\u2028b"]
    taken = 0
    for _ in range(3000):
        lines = [f"{rng.choice(KEYS)}: {rng.choice(pieces)}" for _ in range(rng.randint(1, 5))]
        if rng.random() < 0.2:
            lines.insert(rng.randrange(len(lines) + 1), rng.choice(["", "  nested: x", "# note", "- item", "..."]))
        taken += _agrees(lines)
    assert taken > 50


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["title: Welcome", "minutes: 5", "kind: read"], {"title": "Welcome", "minutes": 5, "kind": "read"}),
        (['title: "Lesson 1: x"'], {"title": "Lesson 1: x"}),
        (["title: one", "title: two"], {"title": "two"}),
        (["done: yes"], None),
        (["objectives:", "  - one"], None),
        (["title: a # b"], None),
    ],
)
def test_direct_reading_examples(lines: list[str], expected: dict[str, Any] | None) -> None:
    assert simple_mapping(lines) == expected


def test_the_default_course_loads_the_same_either_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import REPO

    shutil.copytree(REPO / "content", tmp_path / "content")
    quick = validate_pack(tmp_path / "content")
    monkeypatch.setattr("handbook.core.content.frontmatter.simple_mapping", lambda lines: None)
    monkeypatch.setattr(validate_module, "page_is_clear", lambda *args: False)
    slow = validate_pack(tmp_path / "content")
    assert quick.problems == slow.problems == []
    assert [(p.path, p.title, p.body) for p in quick.pack.pages()] == [
        (p.path, p.title, p.body) for p in slow.pack.pages()
    ]
    assert [vars(p) for p in quick.pack.pages()] == [vars(p) for p in slow.pack.pages()]
