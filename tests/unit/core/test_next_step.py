"""Every lesson ends with a clear next step: the next lesson, the next module, or the end of the course."""

from __future__ import annotations

from pathlib import Path

from handbook.core.content.loader import load_pack
from handbook.core.content.pages import render_page
from handbook.core.resources import bundled_pack_dir


def test_each_lesson_links_to_what_comes_next(mini_pack: Path) -> None:
    pack = load_pack(mini_pack)
    html = render_page(pack.page_at("course/01-start/01-welcome.md"), pack).html  # type: ignore[arg-type]
    assert '<b>Next lesson:</b> <a href="page:course/01-start/02-checklist.md">Checklist</a>' in html
    html = render_page(pack.page_at("course/01-start/02-checklist.md"), pack).html  # type: ignore[arg-type]
    assert '<b>Next module:</b> <a href="page:course/02-next/_module.md">' in html
    html = render_page(pack.page_at("course/02-next/01-quiz.md"), pack).html  # type: ignore[arg-type]
    assert "last lesson of the course" in html and "Next lesson" not in html
    assert "Next lesson" not in render_page(pack.page_at("course/02-next/_module.md"), pack).html  # type: ignore[arg-type]


def test_every_lesson_of_the_course_ends_with_a_next_step() -> None:
    pack = load_pack(bundled_pack_dir())
    lessons = [lesson for module in pack.modules for lesson in module.lessons]
    for lesson in lessons:
        tail = render_page(lesson, pack).html.rsplit("<h2", 1)[-1]
        assert 'class="next-step"' in tail, lesson.path
