"""A table's narrow week column is as wide as its heading's longest word, in any language."""

from __future__ import annotations

import re

import pytest

from handbook.printing.form_fill import text_width
from handbook.printing.form_sheet import CELL_PADDING_MM, HEADER_EM_MM, PORTRAIT_WIDTH_MM, size_columns


@pytest.mark.parametrize("week", ["Week", "Semana"])
def test_the_week_heading_fits_its_column(week: str) -> None:
    heads = [week, "Fecha", "Personas presentes", "Valoración (1-5)", "Qué funcionó", "Qué cambiar"]
    head = "".join(f"<th>{text}</th>" for text in heads)
    rows = "".join(f"<tr><td>{number}</td>{'<td></td>' * 5}</tr>" for number in range(1, 7))
    html = f'<table class="md"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
    widths = [int(share) for share in re.findall(r'<th width="(\d+)%">', size_columns(html))]
    assert len(widths) == 6 and abs(sum(widths) - 100) <= 2
    needed_mm = text_width(week, bold=True) * HEADER_EM_MM + CELL_PADDING_MM
    assert widths[0] / 100 * PORTRAIT_WIDTH_MM >= needed_mm - 1  # rounding to whole percents
    assert widths[0] < min(widths[1:])  # still the narrowest: people write in the others
