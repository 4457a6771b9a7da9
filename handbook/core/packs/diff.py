"""What a new version of a pack changes: lessons, activities, plans and forms added, changed, removed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from handbook.core.content.model import Pack, Page
from handbook.core.i18n import translate

SECTIONS = ("lesson", "activity", "plan", "form")
CHANGES = ("added", "changed", "removed")
# Where a page lives and on which line its body starts say nothing about what it says.
_IGNORED = frozenset({"path", "body_line", "key_lines"})


@dataclass(frozen=True)
class ItemChange:
    section: str  # one of SECTIONS
    id: str
    title: str
    change: str  # one of CHANGES


@dataclass(frozen=True)
class PackChanges:
    pack_id: str
    title: str
    old_version: str
    new_version: str
    items: tuple[ItemChange, ...]

    def count(self, section: str, change: str) -> int:
        return sum(1 for item in self.items if item.section == section and item.change == change)

    def of(self, change: str) -> list[ItemChange]:
        return [item for item in self.items if item.change == change]

    def describe(self) -> str:
        """A plain-text summary for the command line, in the app's language."""
        lines = [f"{self.title}: {self.old_version} -> {self.new_version}"]
        if not self.items:
            lines.append("  " + translate("pack_changes", "No lessons, activities, plans or forms change."))
        said = {  # (one, many): Spanish says "se quita 1" but "se quitan 2"
            "added": (translate("pack_changes", "1 added"), translate("pack_changes", "{count} added")),
            "changed": (translate("pack_changes", "1 changed"), translate("pack_changes", "{count} changed")),
            "removed": (translate("pack_changes", "1 removed"), translate("pack_changes", "{count} removed")),
        }
        for section in SECTIONS:
            numbers = {change: self.count(section, change) for change in CHANGES}
            counts = [said[c][n != 1].format(count=n) for c, n in numbers.items() if n]
            if counts:
                lines.append(f"  {section_label(section)}: {', '.join(counts)}")
        marks = {"added": "+", "changed": "~", "removed": "-"}
        for item in self.items:
            lines.append(f"    {marks[item.change]} {section_word(item.section)} {item.title} ({item.id})")
        if self.of("removed"):
            lines.append(
                "  "
                + translate(
                    "pack_changes",
                    "Progress is kept: what you did in removed lessons stays, shown as 'no longer in this pack'.",
                )
            )
        return "\n".join(lines)


def section_label(section: str) -> str:
    """'Lessons' for "lesson": the heading of a kind of page in a list of changes."""
    labels = {
        "lesson": translate("pack_changes", "Lessons"), "activity": translate("pack_changes", "Activities"),
        "plan": translate("pack_changes", "Session plans"), "form": translate("pack_changes", "Forms"),
    }  # fmt: skip
    return labels[section]


def section_word(section: str) -> str:
    """'lesson' for "lesson": one page's kind, in the app's language, before its title in a list of changes."""
    words = {
        "lesson": translate("pack_changes", "lesson"), "activity": translate("pack_changes", "activity"),
        "plan": translate("pack_changes", "plan"), "form": translate("pack_changes", "form"),
    }  # fmt: skip
    return words[section]


def _fingerprint(page: Page) -> tuple[Any, ...]:
    values = []
    for item in fields(page):
        if item.name in _IGNORED:
            continue
        value = getattr(page, item.name)
        values.append(value.strip() if isinstance(value, str) else value)
    return tuple(values)


def _pages(pack: Pack, section: str) -> dict[str, Page]:
    if section == "lesson":
        return {page.id: page for page in pack.lessons()}
    groups: dict[str, Sequence[Page]] = {"activity": pack.activities, "plan": pack.plans, "form": pack.forms}
    chosen = groups[section]
    return {page.id: page for page in chosen}


def compare_packs(old: Pack, new: Pack) -> PackChanges:
    items: list[ItemChange] = []
    for section in SECTIONS:
        before, after = _pages(old, section), _pages(new, section)
        for page_id, page in after.items():
            if page_id not in before:
                items.append(ItemChange(section, page_id, page.title, "added"))
            elif _fingerprint(before[page_id]) != _fingerprint(page):
                items.append(ItemChange(section, page_id, page.title, "changed"))
        for page_id, page in before.items():
            if page_id not in after:
                items.append(ItemChange(section, page_id, page.title, "removed"))
    return PackChanges(new.info.id, new.info.title, old.info.version, new.info.version, tuple(items))
