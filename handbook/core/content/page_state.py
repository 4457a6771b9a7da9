"""What the reader has done on a page (ticks, answers): apart from the renderer, so the window needs no Markdown to hold it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass
class PageState:
    """What the reader has done on a page: ticked tasks and chosen quiz answers."""

    ticks: Mapping[int, bool] = field(default_factory=dict)
    answers: Mapping[int, int] = field(default_factory=dict)
