"""``handbook pack list``: the installed packs, the built-in course and the one the app shows."""

from __future__ import annotations

import argparse

from handbook.commands import pack
from handbook.commands._subcommands import pack_commands
from handbook.core.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add list to 'handbook pack' (made by pack.py, which registers first by name)."""
    if "pack" not in subparsers.choices:
        pack.register(subparsers)
    commands = pack_commands(subparsers)
    listing = commands.add_parser(
        "list",
        help=translate("pack", "list the installed packs"),
        description=translate("pack", "List the installed packs; '*' marks the one the app shows."),
    )
    listing.set_defaults(func=run_list)


def run_list(args: argparse.Namespace) -> int:
    from handbook.core.content.loader import load_pack
    from handbook.core.paths import DataDir
    from handbook.core.resources import bundled_pack_dir
    from handbook.core.settings import Settings

    data = pack.data_dir_of(args)
    settings = Settings(DataDir(data).settings_file)
    if settings.notice:
        pack.print_warning(settings.notice)
    active = str(settings.get("active_pack"))
    bundled = load_pack(bundled_pack_dir()).info
    library = pack.library_of(args)
    installed = library.installed()
    pack.print_library_notice(library)
    rows = []
    if bundled.id not in {item.id for item in installed}:  # else an installed newer version stands for it
        rows.append(
            (
                "*" if not active else " ",
                bundled.id,
                bundled.version,
                bundled.language,
                "-",
                bundled.title,
                translate("pack", "built in"),
                "",
            )
        )
    for installed_pack in installed:
        current = installed_pack.current
        note = ""
        if installed_pack.previous:
            note = translate("pack", "(can roll back to {version})").format(version=installed_pack.previous.version)
        if installed_pack.id == bundled.id and not installed_pack.previous:
            note = translate("pack", "(remove it to go back to the built-in {version})").format(version=bundled.version)
        rows.append(
            (
                "*" if installed_pack.id == active else " ",
                installed_pack.id,
                current.version,
                current.language,
                pack.shown_size(current.size),
                current.title,
                current.source,
                f"{current.installed_at}, {_signed(current.signer)} {note}".strip(),
            )
        )
    header = (
        " ", translate("pack", "ID"), translate("pack", "VERSION"), translate("pack", "LANGUAGE"),
        translate("pack", "ON DISK"),
    )  # fmt: skip
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(5)]
    print(
        "  ".join(cell.ljust(width) for cell, width in zip(header, widths, strict=True))
        + "  "
        + translate("pack", "TITLE  [FROM, INSTALLED]")
    )
    for row in rows:
        fixed = "  ".join(cell.ljust(width) for cell, width in zip(row[:5], widths, strict=True))
        print(f"{fixed}  {row[5]}  [{row[6]}{', ' + row[7] if row[7] else ''}]")
    print(translate("pack", "* = the pack the app shows"))
    return 0


def _signed(signer: str) -> str:
    return translate("pack", "signed by {key_id}").format(key_id=signer) if signer else translate("pack", "not signed")
