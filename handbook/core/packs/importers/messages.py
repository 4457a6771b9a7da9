"""What the importers tell the person about a course they convert, in the app's language."""

from __future__ import annotations

from pathlib import Path

from handbook.core.i18n import translate
from handbook.core.packs.limits import mb


def more_not_listed() -> str:
    return translate("pack_import", "has more things that could not be converted; the rest are not listed.")


def too_many_pages(root: Path, most: int) -> str:
    return translate(
        "pack_import",
        "{folder}: lists more than {most} pages; a pack made by the importer may hold no more. Import the course "
        "in parts.",
    ).format(folder=root, most=f"{most:,}")


def listed_again(title: str, first: str) -> str:
    return translate(
        "pack_import", "is listed again (as '{title}'); it was imported once, where it first appears ('{first}')."
    ).format(title=title, first=first)


def web_picture(address: str) -> str:
    return translate(
        "pack_import", "the picture {address} is on the web; it became a link (Handbook works offline)."
    ).format(address=address)


def link_removed(address: str) -> str:
    return translate(
        "pack_import", "the link '{address}' was removed (only web links and pages of the course work)."
    ).format(address=address)


def page_not_in_contents(address: str) -> str:
    return translate(
        "pack_import",
        "the page '{address}' is not part of the course's table of contents, so it was not imported; only the "
        "link's text was kept.",
    ).format(address=address)


def goes_to_nothing(address: str, is_image: bool) -> str:
    if is_image:
        text = translate(
            "pack_import",
            "the picture '{address}' goes to nothing in the course that could be imported; only its text was kept.",
        )
    else:
        text = translate(
            "pack_import",
            "the link '{address}' goes to nothing in the course that could be imported; only its text was kept.",
        )
    return text.format(address=address)


def folder_not_empty(folder: Path) -> str:
    return translate(
        "pack_import", "{folder}: already exists and is not empty; choose a new folder for the pack."
    ).format(folder=folder)


def page_too_big(page: Path, most: int) -> str:
    return translate(
        "pack_import",
        "{file}: once converted it is over {most}, more than a page may be; split it into several pages and import "
        "again.",
    ).format(file=page, most=mb(most))
