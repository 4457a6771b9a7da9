"""Lint a pack's source folder: everything the loader reports, plus links, images and plans."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from handbook.core.content import Pack
from handbook.core.errors import Problem
from handbook.core.loader import load_pack
from handbook.core.pages import render_page


@dataclass
class ValidationReport:
    pack: Pack
    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != "error"]

    def errors_text(self, limit: int = 10) -> str:
        """The first errors, one indented 'path:line: message' a line, for an error message."""
        errors = self.errors
        lines = "\n".join("  " + p.format(self.pack.root) for p in errors[:limit])
        more = f"\n  ... and {len(errors) - limit} more" if len(errors) > limit else ""
        return lines + more


def validate_pack(root: Path) -> ValidationReport:
    """Load the pack and check every page; problems are sorted by file and line."""
    root = Path(root)
    pack = load_pack(root)
    problems = list(pack.problems)
    problems.extend(check_pack(pack))
    problems.sort(key=lambda p: (p.path.as_posix(), p.line or 0))
    return ValidationReport(pack, problems)


def check_pack(pack: Pack) -> list[Problem]:
    problems: list[Problem] = []
    root = pack.root
    for page in pack.pages():
        source = root / page.path
        result = render_page(page, pack)
        problems.extend(result.problems)
        for link in result.links:
            if link.target and not (root / link.target).is_file():
                problems.append(
                    Problem(
                        source,
                        link.line,
                        f"the link to '{link.target}' goes to a page that does not exist; "
                        "check the file name and the ../ steps.",
                    )
                )
        for image in result.images:
            if not (root / image.target).is_file():
                problems.append(
                    Problem(source, image.line, f"the image '{image.target}' is missing; add it to media/.")
                )
    for plan in pack.plans:
        source = root / plan.path
        total = sum(item.minutes for item in plan.agenda)
        if plan.agenda and plan.minutes and total != plan.minutes:
            problems.append(
                Problem(
                    source,
                    plan.key_lines.get("minutes", 1),
                    f"the agenda adds up to {total} minutes but 'minutes' says {plan.minutes}; "
                    "make them match.",
                )
            )
        for item in plan.agenda:
            if item.activity and pack.activity(item.activity) is None:
                problems.append(
                    Problem(
                        source,
                        _line_naming(source, item.activity, plan.key_lines.get("agenda", 1)),
                        f"the agenda item '{item.title}' names the activity '{item.activity}', "
                        "which is not in activities/; check the id.",
                    )
                )
    return problems


def _line_naming(path: Path, activity_id: str, fallback: int) -> int:
    """The line of a plan's front matter that says ``activity: <id>``, for a precise report."""
    try:
        lines = path.read_text(encoding="utf-8-sig").split("\n")
    except (OSError, UnicodeDecodeError):
        return fallback
    for number, line in enumerate(lines, start=1):
        key, _, value = line.strip().lstrip("- ").partition(":")
        if key.strip() == "activity" and value.strip().strip("'\"") == activity_id:
            return number
    return fallback
