"""A small pack for the search tests: a module, lessons with and without accents, activities, a form."""

from __future__ import annotations

MODULE = "---\ntitle: Meetings\nsummary: How meetings go.\n---\nAn introduction to meetings.\n"


def lesson(title: str, body: str, minutes: int = 5) -> str:
    return f"---\ntitle: {title}\nminutes: {minutes}\nkind: read\n---\n{body}\n"


def activity(title: str, kind: str, body: str, materials: str = "[]") -> str:
    return f"---\ntitle: {title}\nkind: {kind}\nminutes: 5\nmaterials: {materials}\n---\n{body}\n"


def demo_files(version: str = "1.0.0") -> dict[str, str | bytes]:
    silence_body = " ".join(["When the room is quiet, silence is thinking time."] * 6)
    return {
        "pack.yaml": f"id: demo\ntitle: Demo\nversion: {version}\nlanguage: en\n",
        "course/01-meetings/_module.md": MODULE,
        "course/01-meetings/01-quiet.md": lesson("Quiet rooms", silence_body),
        "course/01-meetings/02-facilitation.md": lesson(
            "La facilitación", "Notes on facilitación, the work of a facilitator in a learning circle."
        ),
        "course/01-meetings/03-plain.md": lesson(
            "Plain spelling", "Facilitacion without accents, and the circle of learning in a library."
        ),
        "course/01-meetings/04-markup.md": lesson(
            "Markup",
            "Use <b>bold</b> & [a link](https://example.org) and `code` with care.\n\n```quiz\n"
            "question: Which tool?\nchoices: [Hammer, Whiteboard]\nanswer: 1\nexplanation: Markers too.\n```",
        ),
        "activities/silence.md": activity("Silence", "reflection", "Sit together for a minute."),
        "activities/shakedown.md": activity("Shakedown", "energizer", "Shake each arm and leg, counting down."),
        "activities/bingo.md": activity(
            "Skills bingo", "icebreaker", "Find someone who can knit.", "[bingo cards, pens]"
        ),
        "forms/sign-in-sheet.md": "---\ntitle: Sign-in sheet\n---\n| Name | Email |\n|---|---|\n| | |\n",
    }
