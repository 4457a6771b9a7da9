"""Rendering is a pure function: each feature gives the HTML the reader and printer expect."""

from __future__ import annotations

from pathlib import Path

from handbook.core.content.loader import load_pack
from handbook.core.content.pages import render_page
from handbook.core.content.render import render_markdown
from handbook.core.content.render_model import PageState, slugify

PAGE = "course/01-a/02-b.md"


def html_of(text: str, **kwargs: object) -> str:
    return render_markdown(text, page_path=PAGE, **kwargs).html  # type: ignore[arg-type]


def test_commonmark_basics() -> None:
    assert html_of("Some *soft* and **strong** text.") == (
        "<p>Some <em>soft</em> and <strong>strong</strong> text.</p>\n"
    )
    assert html_of("## Before you start") == '<h2><a name="before-you-start"></a>Before you start</h2>\n'


def test_raw_html_is_escaped_never_rendered() -> None:
    html = html_of('<script>alert("x")</script>\n\nA <b onclick="x()">bold</b> move.')
    assert "<script>" not in html and "<b " not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;b onclick=&quot;x()&quot;&gt;bold&lt;/b&gt;" in html


def test_gfm_table() -> None:
    html = html_of("| Week | Theme |\n|---|---|\n| 1 | Start |\n")
    assert html == (
        '<table class="md" cellspacing="0" cellpadding="5" border="1">\n<thead>\n<tr>\n<th>Week</th>\n'
        "<th>Theme</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>Start</td>\n</tr>\n</tbody>\n</table>\n"
    )


def test_task_list_becomes_clickable_ticks() -> None:
    result = render_markdown("- [ ] Book the room\n- [x] Buy snacks\n", page_path=PAGE, first_line=10)
    assert [(t.index, t.text, t.checked, t.line) for t in result.tasks] == [
        (0, "Book the room", False, 10),
        (1, "Buy snacks", True, 11),
    ]
    # The box and the words after it both tick: the words are the easier target.
    assert (
        '<a class="task open" href="task:0">&#9744;</a><a class="task-label" href="task:0"> Book the room</a>'
        in result.html
    )
    assert (
        '<a class="task done" href="task:1">&#9745;</a><a class="task-label" href="task:1"> Buy snacks</a>'
        in result.html
    )
    # Words holding a link of their own tick only from the box (a link cannot hold a link).
    linked = render_markdown("- [ ] Read [the plan](plan.md)\n", page_path=PAGE).html
    assert "task-label" not in linked and 'href="task:0">&#9744;</a> Read <a href="page:' in linked
    # The reader's own ticks win over what the file says.
    ticked = render_markdown("- [ ] Book the room\n- [x] Buy snacks\n", state=PageState(ticks={0: True, 1: False}))
    assert '<a class="task done" href="task:0">' in ticked.html
    assert '<a class="task open" href="task:1">' in ticked.html


def test_admonition_is_a_boxed_table() -> None:
    html = html_of('!!! warning "Mind the time"\n    Keep to *ten* minutes.\n')
    assert html == (
        '<table class="admonition warning" width="100%" cellspacing="0" cellpadding="8">'
        '<tr><td class="admonition warning"><p class="admonition-title"><b>Mind the time</b></p>\n'
        "<p>Keep to <em>ten</em> minutes.</p>\n</td></tr></table>\n"
    )
    assert 'class="admonition note"' in html_of("!!! strange\n    Text\n")


def test_footnotes_link_both_ways() -> None:
    html = html_of("A fact[^1].\n\n[^1]: The source.\n")
    assert '<sup><a name="fnref1"></a><a href="#fn1">[1]</a></sup>' in html
    assert '<li><a name="fn1"></a><p>The source. <a href="#fnref1" class="backref">&#8593;</a></p>' in html


def test_quiz_unanswered_and_answered() -> None:
    text = (
        "```quiz\nquestion: Who leads?\nchoices:\n  - A teacher\n  - The group\nanswer: 2\n"
        "explanation: Peers lead.\n```\n"
    )
    fresh = render_markdown(text, page_path=PAGE, first_line=5)
    (quiz,) = fresh.quizzes
    assert (quiz.question, quiz.choices, quiz.answer, quiz.line) == ("Who leads?", ("A teacher", "The group"), 1, 6)
    assert '<p class="choice">&#9675; A. A teacher</p>' in fresh.html
    assert '<a href="answer:0">Answer question 1</a>' in fresh.html  # to the controls that answer it
    assert "Peers lead." not in fresh.html  # the explanation waits for an answer
    wrong = html_of(text, state=PageState(answers={0: 0}))
    assert '<p class="choice wrong">&#9673; A. A teacher</p>' in wrong
    assert "The right answer is B." in wrong and "Peers lead." in wrong
    right = html_of(text, state=PageState(answers={0: 1}))
    assert "&#10003; Right." in right


def test_quiz_problems_are_reported_and_shown() -> None:
    bad = render_markdown("```quiz\nquestion: Q\nchoices: [a, b]\nanswer: 3\n```\n", page_path=PAGE, first_line=1)
    assert bad.quizzes == []
    assert bad.problems[0].line == 4  # the line that sets 'answer'
    assert "'answer' must be the number of the right choice, from 1 to 2." in bad.problems[0].message
    assert 'class="quiz-error"' in bad.html
    unknown = render_markdown("```quiz\nquestion: Q\nchoices: [a, b]\nanswer: 1\nhint: no\n```\n")
    assert "unknown field 'hint'" in unknown.problems[0].message
    broken = render_markdown("```quiz\nquestion: [Q\n```\n")
    assert "YAML cannot be read" in broken.problems[0].message


def test_relative_links_become_internal() -> None:
    result = render_markdown("[next](03-c.md) [act](../../activities/x.md#steps) [same](#top)", page_path=PAGE)
    assert '<a href="page:course/01-a/03-c.md">next</a>' in result.html
    assert '<a href="page:activities/x.md#steps">act</a>' in result.html
    assert '<a href="#top">same</a>' in result.html
    assert [(link.target, link.fragment) for link in result.links] == [
        ("course/01-a/03-c.md", ""),
        ("activities/x.md", "steps"),
    ]


def test_external_links_are_marked() -> None:
    result = render_markdown("[P2PU](https://www.p2pu.org/en/)")
    assert result.html == (
        '<p><a href="https://www.p2pu.org/en/" class="external" title="https://www.p2pu.org/en/">P2PU</a></p>\n'
    )
    assert result.external == ["https://www.p2pu.org/en/"]


def test_dangerous_schemes_are_dropped_but_text_kept() -> None:
    html = html_of("[a](javascript:alert(1)) [b](file:///etc/passwd) [c](data:text/html,x) [d](mailto:x@y.z)")
    assert "href" not in html
    assert html == "<p>a b c d</p>\n"


def test_links_leaving_the_pack_are_dropped_and_reported() -> None:
    result = render_markdown("[up](../../../secret.md)", page_path=PAGE, first_line=3)
    assert "href" not in result.html
    assert result.problems[0].line == 3 and "outside the pack" in result.problems[0].message


def test_images_resolve_to_pack_media_and_remote_images_are_not_loaded() -> None:
    result = render_markdown("![A circle](../../media/circle.png)", page_path=PAGE)
    # The words stay: as the picture's tooltip, and as a caption under a picture standing alone.
    assert result.html == (
        '<p><img src="media/circle.png" alt="A circle" title="A circle" /><br /><span class="alt">A circle</span></p>\n'
    )
    inline = render_markdown("See ![a dot](../../media/dot.png) here.", page_path=PAGE)
    assert '<img src="media/dot.png" alt="a dot" title="a dot" /> here' in inline.html
    assert "<span" not in inline.html
    assert [image.target for image in result.images] == ["media/circle.png"]
    remote = render_markdown("![Logo](https://example.org/logo.png)", page_path=PAGE)
    assert remote.html == '<p><span class="missing-image">[Logo]</span></p>\n'


def test_render_is_pure() -> None:
    text = "- [ ] a\n\n```quiz\nquestion: Q\nchoices: [a, b]\nanswer: 1\n```\n"
    assert html_of(text) == html_of(text)
    assert render_markdown(text).tasks == render_markdown(text).tasks


def test_slugify() -> None:
    assert slugify("Plus/Delta: what's next?") == "plusdelta-whats-next"


def test_render_page_adds_facts(mini_pack: Path) -> None:
    pack = load_pack(mini_pack)
    lesson = render_page(pack.lessons().__next__(), pack).html
    assert "<h1>Welcome</h1>" in lesson
    assert "Reading &middot; about 5 minutes" in lesson
    assert "<li>Know what comes next</li>" in lesson
    plan = render_page(pack.plans[0], pack).html
    assert "Week 1 &middot; 15 minutes &middot; Getting to know each other" in plan
    assert '<a href="page:activities/shakedown.md">Shakedown</a>' in plan
    assert "Write both columns on the board." in plan
    activity = render_page(pack.activity("plus-delta"), pack).html  # type: ignore[arg-type]
    assert "3-20 minutes" in activity and "2 to 20 people" in activity and "flip chart" in activity
    module = render_page(pack.modules[0], pack).html
    assert '<a href="page:course/01-start/02-checklist.md">Checklist</a>' in module


def test_links_and_images_to_missing_files_show_as_broken() -> None:
    text = "See [next](02-next.md), [gone](09-gone.md) and ![A map](../../media/map.png).\n"
    there = {"course/01-start/02-next.md"}
    result = render_markdown(text, page_path="course/01-start/01-here.md", exists=there.__contains__)
    assert '<a href="page:course/01-start/02-next.md">next</a>' in result.html
    assert 'class="broken"' in result.html and "course/01-start/09-gone.md is missing" in result.html
    assert '<span class="missing-image">[A map]</span>' in result.html
    assert [i.target for i in result.images] == ["media/map.png"]  # still reported to validate
    # Without ``exists`` (a plain render) nothing is judged.
    assert "broken" not in render_markdown(text, page_path="course/01-start/01-here.md").html


def test_a_self_check_answered_in_full_shows_the_score(mini_pack: Path) -> None:
    from handbook.core.content.loader import load_pack
    from handbook.core.content.pages import render_page

    pack = load_pack(mini_pack)
    quiz = pack.page_at("course/02-next/01-quiz.md")
    assert quiz is not None
    assert "Your score" not in render_page(quiz, pack, PageState()).html  # nothing answered yet
    passed = render_page(quiz, pack, PageState(answers={0: 1})).html
    assert "Your score: 1 of 1 right.</b> You passed this self-check." in passed
    failed = render_page(quiz, pack, PageState(answers={0: 0})).html
    assert "Your score: 0 of 1 right.</b> Passing takes 1 (75%)." in failed and "Try the self-check again" in failed
