"""Certificates of participation for the learners who qualify: the pack's certificate form, one page per learner.

The form (forms/certificate-wording.md in the English and Spanish packs) keeps its first bold blank for
the learner's name; the other blanks are filled from the circle's details as on any form. The notes
for the facilitator after the certificate (its first second-level heading on) are not printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtGui import QPagedPaintDevice

from handbook.core.content.model import Form, Pack
from handbook.core.i18n import translate
from handbook.core.planning.circle import CircleDetails
from handbook.printing.form_sheet import find_form
from handbook.printing.jobs import PrintJob, form_source
from handbook.printing.markup import PrintInputError, print_css
from handbook.printing.options import PrintOptions, body_width_mm
from handbook.printing.pdf import PrintPart, paint_parts

CERTIFICATE_FORM = "certificate-wording"
NAME_BLANK = re.compile(r"\*\*_{5,}\*\*")  # the first bold blank: "This certifies that **______**"
NOTES = re.compile(r"^## ", re.MULTILINE)


def certificate_for(form: Form, name: str) -> Form:
    """The certificate form with ``name`` in its first bold blank and without the facilitator's notes."""
    body = form.body
    notes = NOTES.search(body)
    if notes is not None:
        body = body[: notes.start()].rstrip() + "\n"
    if NAME_BLANK.search(body) is None:
        raise PrintInputError(
            translate(
                "certificates", "{file}: the certificate has no bold blank (**____**) for the learner's name."
            ).format(file=form.path)
        )
    safe = name.replace("*", "").replace("_", " ").strip()  # the name is text, not Markdown
    return replace(form, body=NAME_BLANK.sub(lambda _match: f"**{safe}**", body, count=1))


def certificates_job(pack: Pack, names: Sequence[str], details: CircleDetails, page_size: str) -> PrintJob:
    """One certificate page per name, from the pack's certificate form, filled from the circle's details."""
    if not names:
        raise PrintInputError(
            translate("certificates", "Nobody qualifies for a certificate yet: log who came to each meeting first.")
        )
    form = find_form(pack, CERTIFICATE_FORM)
    options = PrintOptions(page_size=page_size, title=form.title)
    width = body_width_mm(options, "portrait")
    # Larger type than a form: a certificate is read at arm's length and kept; still one page each.
    parts = [
        PrintPart(form_source(certificate_for(form, name), None, details, width), fit_pages=1, font_point_size=16)
        for name in names
    ]
    css = print_css()

    def paint(device: QPagedPaintDevice) -> int:
        return paint_parts(device, parts, css, options)

    return PrintJob(form.title, "certificates.pdf", options, paint)
