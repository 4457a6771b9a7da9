"""The certificate of completion: who earned it and why not yet, and its page as black-and-white HTML."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from handbook.core.content.model import PackInfo
from handbook.core.errors import HandbookError
from handbook.core.i18n import translate
from handbook.core.progress.course import CourseProgress
from handbook.core.progress.journal import long_date


class NotEarnedError(HandbookError):
    """The certificate is not earned yet; ``reasons`` say what is left."""

    def __init__(self, reasons: list[str]) -> None:
        super().__init__(
            translate("certificate", "The certificate is not earned yet. {reasons}").format(reasons=" ".join(reasons))
        )
        self.reasons = reasons


def missing_for_certificate(progress: CourseProgress, limit: int = 6) -> list[str]:
    """What is left before the certificate, in words; empty when it is earned."""
    if progress.total == 0:
        return [translate("certificate", "This course has no lessons.")]
    reasons = []
    if progress.not_done:
        count = len(progress.not_done)
        titles = ", ".join(f"'{lesson.title}'" for lesson in progress.not_done[:limit])
        more = translate("certificate", " and {n} more").format(n=count - limit) if count > limit else ""
        if count == 1:
            text = translate("certificate", "1 lesson still to mark as done: {titles}{more}.")
        else:
            text = translate("certificate", "{count} lessons still to mark as done: {titles}{more}.")
        reasons.append(text.format(count=count, titles=titles, more=more))
    for result in progress.quizzes_not_passed:
        if result.answered < result.total:
            text = translate(
                "certificate",
                "'{title}': {left} of {total} questions still to answer (you need {needed} right to pass).",
            )
        else:
            text = translate("certificate", "'{title}': {right} of {total} right; you need {needed}. Try it again.")
        reasons.append(text.format(
            title=result.lesson.title, left=result.total - result.answered, total=result.total,
            right=result.right, needed=result.needed,
        ))  # fmt: skip
    return reasons


@dataclass(frozen=True)
class CertificateFacts:
    name: str
    course_title: str
    pack_version: str
    day: date
    lessons: int


def certificate_facts(name: str, info: PackInfo, progress: CourseProgress, day: date) -> CertificateFacts:
    """The facts printed on the certificate; NotEarnedError if the course is not complete."""
    reasons = missing_for_certificate(progress)
    if reasons:
        raise NotEarnedError(reasons)
    return CertificateFacts(name, info.title, info.version, day, progress.total)


CERTIFICATE_CSS = """
p { margin: 0px; }
p.kicker { font-size: 13pt; letter-spacing: 4px; }
p.name { font-size: 30pt; font-weight: bold; }
p.course { font-size: 20pt; font-weight: bold; }
p.body { font-size: 12pt; }
p.small { font-size: 10pt; }
p.gap { font-size: 18pt; }
"""


def certificate_text_html(facts: CertificateFacts) -> str:
    """The certificate's words, centred, black on white: the name, the course, the date and the version."""
    esc = html.escape
    spacer = '<p class="gap">&nbsp;</p>'
    kicker = translate("certificate", "CERTIFICATE OF COMPLETION")
    certifies = translate("certificate", "This certifies that")
    completed = (
        translate("certificate", "has completed the one lesson and every self-check of the course")
        if facts.lessons == 1
        else translate("certificate", "has completed all {count} lessons and every self-check of the course")
    ).format(count=facts.lessons)
    signer = translate("certificate", "Trainer or librarian")
    small = translate(
        "certificate",
        "Course version {version}. Learning circles are a model created by Peer 2 Peer University (P2PU). "
        "This certificate carries no academic credit.",
    ).format(version=esc(facts.pack_version))
    return f"""
<p class="kicker" align="center">{esc(kicker)}</p>
{spacer}{spacer}
<p class="body" align="center">{esc(certifies)}</p>
{spacer}
<p class="name" align="center">{esc(facts.name)}</p>
{spacer}
<p class="body" align="center">{esc(completed)}</p>
{spacer}
<p class="course" align="center">{esc(facts.course_title)}</p>
{spacer}{spacer}{spacer}
<p class="body" align="center">{long_date(facts.day)}</p>
{spacer}{spacer}{spacer}{spacer}
<p class="body" align="center">______________________________</p>
<p class="small" align="center">{esc(signer)}</p>
{spacer}{spacer}{spacer}
<p class="small" align="center">{small}</p>
"""


def certificate_html(facts: CertificateFacts) -> str:
    """One page, black on white: the certificate's words in a double frame (a printed PDF draws
    its own frame around the whole page, see handbook/printing/progress_pdf.py)."""
    spacer = '<p class="gap">&nbsp;</p>'
    return f"""
<table width="100%" cellspacing="0" cellpadding="6" border="0" style="border: 3px double black;">
<tr><td>
<table width="100%" cellspacing="0" cellpadding="36" style="border: 1px solid black;"><tr><td align="center">
{spacer}{spacer}{certificate_text_html(facts)}{spacer}
</td></tr></table>
</td></tr></table>
"""
