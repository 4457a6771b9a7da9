"""Lint a pack's source folder: everything the loader reports, plus links, images and plans."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from handbook.core.content.design_checks import design_warnings
from handbook.core.content.frontmatter import read_text
from handbook.core.content.limits import clipped
from handbook.core.content.loader import MEDIA_SUFFIXES, load_pack
from handbook.core.content.media import MEDIA_FOLDER, media_file, media_problem
from handbook.core.content.model import Pack
from handbook.core.content.pages import render_page
from handbook.core.content.render import heading_anchors, is_external, resolve_href
from handbook.core.content.render_checks import may_break_caps
from handbook.core.errors import ContentError, Problem
from handbook.core.i18n import translate


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
        more = translate("validate", "... and {count} more").format(count=len(errors) - limit)
        more = f"\n  {more}" if len(errors) > limit else ""
        return lines + more


def validate_pack(root: Path, texts: Mapping[str, bytes] | None = None) -> ValidationReport:
    """Load the pack and check every page; problems are sorted by file and line.

    ``texts``: files' bytes already in memory, keyed by ``str(path)`` (see ``load_pack``).
    """
    root = Path(root)
    pack = load_pack(root, texts)
    problems = list(pack.problems)
    problems.extend(check_pack(pack))
    problems.sort(key=lambda p: (p.path.as_posix(), p.line or 0))
    return ValidationReport(pack, problems)


def check_pack(pack: Pack) -> list[Problem]:
    problems: list[Problem] = []
    root = pack.root
    found: dict[str, bool] = {}
    anchors: dict[str, frozenset[str]] = {}

    def is_file(target: str) -> bool:
        if target not in found:
            found[target] = (root / target).is_file()
        return found[target]

    def is_clear_target(target: str) -> bool:
        """A target the quick look may pass: a picture only where the reader would show it."""
        if target.startswith(MEDIA_FOLDER + "/"):
            return is_file(target) and media_file(root, target) is not None
        return is_file(target) and not target.lower().endswith(MEDIA_SUFFIXES)

    for page in pack.pages():
        if page_is_clear(page.body, page.path, is_clear_target):
            continue  # certainly nothing to report: skip the full Markdown parse
        source = root / page.path
        result = render_page(page, pack)
        problems.extend(result.problems)
        for link in result.links:
            if link.target and not is_file(link.target):
                problems.append(
                    Problem(
                        source,
                        link.line,
                        translate(
                            "validate",
                            "the link to '{link}' goes to a page that does not exist; check the file name and the ../ steps.",
                        ).format(link=clipped(link.target)),
                    )
                )
            elif link.fragment and not _has_anchor(pack, link.target or page.path, link.fragment, anchors):
                problems.append(
                    Problem(
                        source,
                        link.line,
                        translate(
                            "validate",
                            "the link to '{link}' names a section the page does not have, so the page opens at its "
                            "top; use the heading's words in lowercase with '-' between them (for '## Gather "
                            "supplies', write #gather-supplies).",
                        ).format(link=clipped((link.target or page.path) + "#" + link.fragment)),
                        severity="warning",
                    )
                )
        for image in result.images:
            why = media_problem(root, image.target)  # the reader's own test: what it refuses is reported
            if why:
                problems.append(Problem(source, image.line, why))
    for plan in pack.plans:
        source = root / plan.path
        total = sum(item.minutes for item in plan.agenda)
        if plan.agenda and plan.minutes and total != plan.minutes:
            problems.append(
                Problem(
                    source,
                    plan.key_lines.get("minutes", 1),
                    translate(
                        "validate",
                        "the agenda adds up to {total} minutes but 'minutes' says {minutes}; make them match.",
                    ).format(total=total, minutes=plan.minutes),
                )
            )
        for item in plan.agenda:
            if item.activity and pack.activity(item.activity) is None:
                problems.append(
                    Problem(
                        source,
                        _line_naming(source, item.activity, plan.key_lines.get("agenda", 1)),
                        translate(
                            "validate",
                            "the agenda item '{title}' names the activity '{activity}', which is not in activities/; "
                            "check the id.",
                        ).format(title=item.title, activity=item.activity),
                    )
                )
    problems.extend(design_warnings(pack))
    return problems


# A quick look that proves a page has nothing to report, so most pages skip the full parse.
#
# Rendering reports problems only for links, images and quiz blocks. In CommonMark (with raw HTML
# and linkify off, as render.py sets them) a link or image that is not an autolink is either
# inline, "[text](destination)", whose "(" follows the "]" directly, or a reference link, which
# needs a definition "[label]: destination". Autolinks always have a scheme, and the renderer
# drops those without a report. So when a page has no fence (where quizzes live), no "]:", and
# after every "](" a destination made of plain characters that ends with ")", every link and image
# markdown-it can find is among those destinations, taken as written: plain characters are left
# alone by its unescaping and URL normalising. If each one is a web address or an existing file
# of the pack, the full render reports nothing. Anything else is left to the full parse, so the
# report is always exactly the full parse's report (tests/unit/core/test_quick_paths.py checks).
_INLINE_DESTINATION = re.compile(r"\]\(")
_DESTINATION_END = re.compile(r"([^\s()<>\\]*)\)")
_PLAIN_PATH = re.compile(r"[A-Za-z0-9._~/-]+")


def page_is_clear(body: str, page_path: str, is_file: Callable[[str], bool]) -> bool:
    """True only when rendering ``body`` would certainly give no problem and no missing target.

    False means "not sure": the caller renders the page to find out.
    """
    if may_break_caps(body) or ("]" in body and "]:" in body):  # may_break_caps looks for fences too
        return False
    page_dir = posixpath.dirname(page_path)
    for opening in _INLINE_DESTINATION.finditer(body):
        match = _DESTINATION_END.match(body, opening.end())
        if match is None:
            return False
        destination = match.group(1)
        if is_external(destination):
            continue
        if "#" in destination or not _PLAIN_PATH.fullmatch(destination):
            return False  # a section link is checked against the page's headings by the full look
        target = resolve_href(page_dir, destination)
        if target is None or not target[0] or not is_file(target[0]):
            return False
    return True


_GENERATED_ANCHOR = re.compile(r"quiz-\d+|fn\d+|fnref\d+(?::\d+)?")


def _has_anchor(pack: Pack, target: str, fragment: str, cache: dict[str, frozenset[str]]) -> bool:
    """Whether the page at ``target`` has the anchor ``fragment``: a heading's, or one the renderer makes."""
    if _GENERATED_ANCHOR.fullmatch(fragment):
        return True
    page = pack.page_at(target)
    if page is None:
        return True  # not a page (an image, a file): nothing to check
    if target not in cache:
        cache[target] = heading_anchors(page.body)
    return fragment in cache[target]


def _line_naming(path: Path, activity_id: str, fallback: int) -> int:
    """The line of a plan's front matter that says ``activity: <id>``, for a precise report."""
    try:
        lines = read_text(path).split("\n")  # read as the loader reads it: a regular file within the caps
    except ContentError:
        return fallback
    for number, line in enumerate(lines, start=1):
        key, _, value = line.strip().lstrip("- ").partition(":")
        if key.strip() == "activity" and value.strip().strip("'\"") == activity_id:
            return number
    return fallback
