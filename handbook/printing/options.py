"""What a print job is set to: paper, orientation, margins and header; the page's layout from them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize

from handbook.core.errors import HandbookError
from handbook.core.i18n import translate

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
ORIENTATIONS = {"portrait": QPageLayout.Orientation.Portrait, "landscape": QPageLayout.Orientation.Landscape}


class PrintError(HandbookError):
    """A document could not be printed or saved."""


@dataclass(frozen=True)
class PrintOptions:
    page_size: str = "A4"  # "A4" or "Letter"
    margin_mm: float = 15.0
    header_left: str = ""  # e.g. the circle's name
    header_right: str = ""  # e.g. the date
    title: str = ""  # PDF metadata
    font_point_size: float = 10.5
    orientation: str = "portrait"  # "landscape" suits a certificate
    page_numbers: bool = True  # "Page 1 of 3" at the foot of each page
    fit_pages: int = 0  # when > 0, shrink the text (not below min_font_point_size) to fit that many pages
    min_font_point_size: float = 8.5
    min_small_point_size: float = 0  # text the stylesheet makes small (activity steps) never goes below this
    base_url: str = ""  # a folder URL that relative image paths resolve against


@dataclass(frozen=True)
class Layout:
    """What laying out some HTML gave: the page count and the page of each named anchor."""

    pages: int
    anchors: dict[str, int]


def default_page_size(locale: QLocale | None = None) -> str:
    """Letter where the locale measures in US units (US, Canada...), A4 elsewhere."""
    locale = locale or QLocale.system()
    imperial = locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    letter_countries = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico}
    return "Letter" if imperial or locale.territory() in letter_countries else "A4"


def check_options(options: PrintOptions) -> None:
    if options.page_size not in PAGE_SIZES:
        raise PrintError(
            translate("print", "unknown page size {size}; use A4 or Letter.").format(size=repr(options.page_size))
        )
    if options.orientation not in ORIENTATIONS:
        raise PrintError(
            translate("print", "unknown orientation {orientation}; use portrait or landscape.").format(
                orientation=repr(options.orientation)
            )
        )


def body_width_mm(options: PrintOptions, orientation: str | None = None) -> float:
    """How wide the text of a page is, inside its margins, in millimetres."""
    check_options(options)
    size = QPageSize(PAGE_SIZES[options.page_size]).size(QPageSize.Unit.Millimeter)
    across = size.height() if (orientation or options.orientation) == "landscape" else size.width()
    return across - 2 * options.margin_mm


def page_layout(options: PrintOptions) -> QPageLayout:
    return QPageLayout(
        QPageSize(PAGE_SIZES[options.page_size]), ORIENTATIONS[options.orientation], QMarginsF(0, 0, 0, 0)
    )
