"""The hostile corpus: content an attacker or a careless author could hand us, and what each must say.

Small cases are files in ``pages/``; big ones (hundreds of kilobytes, or things that are not
files at all: FIFOs, links) are made by ``Case.make`` at test time. Add a case for every bug found.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PAGES = Path(__file__).parent / "pages"
LESSON = "course/01-start/02-hostile.md"
FRONT = "---\ntitle: Hostile\nminutes: 5\nkind: read\n---\n"


def base_pack(root: Path) -> Path:
    """A small valid pack for a hostile file to be added to."""
    files = {
        "pack.yaml": "id: hostile\ntitle: Hostile\nversion: 1.0.0\nlanguage: en\n",
        "course/01-start/_module.md": "---\ntitle: Start\nsummary: The start.\n---\nWelcome.\n",
        "course/01-start/01-hello.md": FRONT + "Hello, a plain lesson.\n\n- [ ] Read it\n",
    }
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def _write(rel: str, text: str | bytes) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")

    return make


def _page(name: str) -> Callable[[Path], None]:
    return _write(LESSON, (PAGES / name).read_text(encoding="utf-8"))


def _lesson(body: str) -> Callable[[Path], None]:
    return _write(LESSON, FRONT + body)


def _nested_admonitions(depth: int) -> str:
    text = "Deep inside.\n"
    for _ in range(depth):
        text = '!!! note "Box"\n' + "".join(f"    {line}\n" if line else "\n" for line in text.split("\n"))
    return text


def _quiz(choices: int) -> str:
    listed = "".join(f"  - choice {n}\n" for n in range(choices))
    return f"```quiz\nquestion: Which?\nchoices:\n{listed}answer: 1\n```\n"


def _decoy_dots(root: Path) -> None:
    """Qt decodes '%2e%2e' to '..': a folder literally so named must not make the path look inside."""
    decoy = root / "course/01-start/%2e%2e/%2e%2e/%2e%2e"
    decoy.mkdir(parents=True)
    (decoy / "secret.png").write_bytes(b"\x89PNG decoy")
    _lesson("A picture:\n\n![secret](%2e%2e/%2e%2e/%2e%2e/secret.png)\n")(root)


def _fifo(root: Path) -> None:
    os.mkfifo(root / "course/01-start/02-x.md")


def _link(target: str, rel: str = "course/01-start/02-x.md") -> Callable[[Path], None]:
    def make(root: Path) -> None:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, root / rel)

    return make


def _raw_name(name: bytes) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        folder = os.fsencode(root / "course/01-start")
        with open(os.path.join(folder, name), "wb") as handle:
            handle.write(FRONT.encode())

    return make


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], None]
    expect: str  # words the message must hold
    # A pack file can carry it (content, not a FIFO or a link): checked by verify and install too.
    packable: bool = True
    line: int | None = None  # the line the message names, where it names one


CASES = [
    Case("billion laughs in minutes", _page("billion-laughs-minutes.md"), "anchors and aliases", line=4),
    Case("billion laughs in quiz choices", _page("quiz-alias-choices.md"), "anchors and aliases", line=10),
    Case("aliases to one long string", _page("objectives-alias-long-string.md"), "anchors and aliases", line=5),
    Case(
        "billion laughs in agenda notes",
        _write(
            "plans/01-bomb.md",
            "---\ntitle: Bomb\nminutes: 10\nagenda:\n  - title: Talk\n    minutes: 10\n"
            "    notes: &n [a, a, a, a, a, a, a, a, a, a]\n    x: [*n, *n, *n, *n, *n]\n---\nPlan.\n",
        ),
        "anchors and aliases",
        line=7,
    ),
    Case("YAML python tag", _page("python-tag.md"), "tags such as !!python/object are not allowed", line=2),
    Case("YAML nested 30 deep", _page("deep-yaml.md"), "nested more than 20 levels", line=5),
    Case(
        "a number of 5,000 digits",
        _write(LESSON, "---\ntitle: N\nkind: read\nminutes: [" + "1" * 5000 + ", 2]\n---\nx\n"),
        "a number too long to read",
    ),
    Case("escape codes in a title", _page("escape-in-title.md"), "control character U+001B", line=2),
    Case("a line break in a title", _page("newline-in-title.md"), "control character U+000A", line=2),
    Case(
        "a title of 10 kB",
        _write(LESSON, FRONT.replace("Hostile", "T" * 10_000) + "x\n"),
        "'title' is 10,000 characters",
        line=2,
    ),
    Case(
        "front matter of 100 kB",
        _write(LESSON, FRONT.replace("Hostile", "T " * 50_000) + "x\n"),
        "the most allowed is 65,536",
        line=2,
    ),
    Case(
        "escape codes in pack.yaml's title",
        _write("pack.yaml", 'id: hostile\ntitle: "Evil\\e[31m red"\nversion: 1.0.0\n'),
        "control character U+001B",
        line=2,
    ),
    Case("100,002 quiz choices (400 kB)", _lesson(_quiz(100_002)), "the most allowed is 131,072"),
    Case("27 quiz choices", _lesson(_quiz(27)), "'choices' lists 27 answers; the most allowed is 26"),
    Case("101 quizzes", _lesson(_quiz(2) * 101), "more than 100 quiz questions"),
    Case(
        "admonitions nested 20 deep",
        _lesson(_nested_admonitions(20)),
        "nested 4 deep here; the most allowed is 3",
        line=9,
    ),
    Case("lists nested 12 deep", _lesson("".join("  " * n + "- item\n" for n in range(12))), "nested 9 deep", line=14),
    Case("quotes nested 12 deep", _lesson("> " * 12 + "deep\n"), "nested 9 deep", line=6),
    Case("20,000 task items", _lesson("".join(f"- [ ] {n}\n" for n in range(20_000))), "the most allowed is 131,072"),
    Case("10,001 short lines", _lesson("x\n" * 10_001), "more than 10,000 lines", line=10_001),
    Case("6,000 task items", _lesson("".join(f"- [ ] {n}\n" for n in range(6_000))), "more than 5,000 '['", line=5006),
    Case(
        "a table of 2,000 rows",
        _lesson("| a | b |\n|---|---|\n" + "| x | y |\n" * 2_000),
        "more than 1,000 cells",
        line=507,
    ),
    Case(
        "2,000 list items",
        _lesson("".join(f"- item {n}\n" for n in range(2_000))),
        "more than 1,000 list items",
        line=1006,
    ),
    Case("a word of 400 kB", _lesson("w" * 400_000 + "\n"), "the most allowed is 131,072"),
    Case(
        "a word of 20,000 characters",
        _lesson("Start.\n\n" + "w" * 20_000 + "\n"),
        "a word of 20,000 characters",
        line=8,
    ),
    Case(
        "a page of 150 kB", _lesson(("Plain words in a long page. " * 40 + "\n\n") * 140), "the most allowed is 131,072"
    ),
    Case(
        "150 agenda items",
        _write(
            "plans/01-long.md",
            "---\ntitle: Long\nminutes: 150\nagenda:\n"
            + "".join("  - {title: Part, minutes: 1}\n" for _ in range(150))
            + "---\nx\n",
        ),
        "the agenda has 150 items; the most allowed is 100",
        line=4,
    ),
    Case(
        "percent-encoded dots with a decoy folder",
        _decoy_dots,
        "the image '%2e%2e/%2e%2e/%2e%2e/secret.png' is not a file of the pack",
        line=8,
    ),
    Case("a page of '[^' only", _lesson("[^" * 50_000), "more than 5,000 '[' (links, pictures", line=6),
    Case("a FIFO named x.md", _fifo, "FIFO", packable=False),
    Case("a link to /dev/zero", _link("/dev/zero"), "is a link", packable=False),
    Case("a link out of the folder", _link("/etc/hostname", "media/secret.png"), "is a link", packable=False),
    Case("a linked folder", _link("/etc", "media/etc"), "is a link", packable=False),
    Case("a name that is not UTF-8", _raw_name(b"02-caf\xe9.md"), "is not valid UTF-8", packable=False),
    Case(
        "a name with a line break", _raw_name(b"02-a\nerror: forged.md"), "contains the character '\\n'", packable=False
    ),
    Case("a name with an escape code", _raw_name(b"02-\x1b[2J.md"), "contains the character '\\x1b'", packable=False),
]
