"""What an update changes, as the user is asked before it goes ahead."""

from __future__ import annotations

from pathlib import Path

from handbook.core.content.loader import load_pack
from handbook.core.packs.diff import compare_packs


def test_renumbering_and_moving_files_is_not_a_change(mini_pack: Path, tmp_path: Path) -> None:
    before = load_pack(mini_pack)
    (mini_pack / "course" / "02-next").rename(mini_pack / "course" / "07-next")
    (mini_pack / "plans" / "01-first-meeting.md").rename(mini_pack / "plans" / "03-first-meeting.md")
    changes = compare_packs(before, load_pack(mini_pack))
    assert changes.items == ()
    assert "No lessons, activities, plans or forms change." in changes.describe()


def test_plans_and_forms_are_compared_too(mini_pack: Path) -> None:
    before = load_pack(mini_pack)
    plan = mini_pack / "plans" / "01-first-meeting.md"
    plan.write_text(plan.read_text(encoding="utf-8").replace("notes: Write", "notes: Draw"), encoding="utf-8")
    (mini_pack / "forms" / "sign-in-sheet.md").unlink()
    changes = compare_packs(before, load_pack(mini_pack))
    assert [(i.section, i.id, i.change) for i in changes.items] == [
        ("plan", "first-meeting", "changed"),
        ("form", "sign-in-sheet", "removed"),
    ]
    text = changes.describe()
    assert "Session plans: 1 changed" in text and "Forms: 1 removed" in text
