"""``handbook pack feed|updates|update``: publish a folder of packs as a feed, and update installed packs from one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from handbook.commands._subcommands import pack_commands
from handbook.core.i18n import translate

if TYPE_CHECKING:
    from handbook.core.packs.feed_update import Installed, Update
    from handbook.core.packs.library import PackLibrary


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add feed, updates and update to 'handbook pack' (made by pack.py, which registers first by name)."""
    from handbook.commands import pack

    if "pack" not in subparsers.choices:
        pack.register(subparsers)
    commands = pack_commands(subparsers)
    feed = commands.add_parser(
        "feed",
        help=translate("pack_feed", "list the .hbpack files of a folder in its index.json, to publish them as a feed"),
        description=translate(
            "pack_feed",
            "Check every .hbpack in DIR and write DIR/index.json listing the good ones (id, title, "
            "version, language, size, SHA-256, signer, file name). Copy the folder to a web host, a shared "
            "folder or a USB stick; libraries then run 'handbook pack update --from' with its address.",
        ),
    )
    feed.add_argument("dir", type=Path, help=translate("pack_feed", "the folder holding the .hbpack files"))
    feed.set_defaults(func=run_feed)

    for name, text, description in (
        (
            "updates",
            translate("pack_feed", "list the installed packs a feed has a newer version of"),
            translate(
                "pack_feed",
                "Read the feed's index.json and list the installed packs it has a newer version of. "
                "Nothing is downloaded or changed.",
            ),
        ),
        (
            "update",
            translate("pack_feed", "download and install newer versions of installed packs from a feed"),
            translate(
                "pack_feed",
                "Download each newer version (checked against the feed's sizes and SHA-256; a broken "
                "download continues where it stopped next time), check it as 'pack install' does and install it. "
                "Ctrl+C stops and keeps what arrived.",
            ),
        ),
    ):
        sub = commands.add_parser(name, help=text, description=description)
        sub.add_argument(
            "--from",
            dest="feed",
            required=True,
            metavar="URL_OR_DIR",
            help=translate(
                "pack_feed", "the feed: a web address (https://...) or a folder (a shared folder, a USB stick)"
            ),
        )
        sub.add_argument(
            "--timeout",
            type=_seconds,
            default=None,
            metavar="SECONDS",
            help=translate("pack_feed", "give up when the server sends nothing for this long (default 30)"),
        )
        if name == "update":
            sub.add_argument(
                "ids",
                nargs="*",
                metavar="ID",
                help=translate("pack_feed", "update only these packs (default: every one)"),
            )
            sub.add_argument(
                "--yes", "-y", action="store_true", help=translate("pack_feed", "install the updates without asking")
            )
            sub.add_argument(
                "--allow-new-signer",
                action="store_true",
                help=translate("pack_feed", "accept an update signed by another key than the installed version"),
            )
            sub.set_defaults(func=pack.locked(run_update, lambda: translate("pack_feed", "update packs")))
        else:
            sub.set_defaults(func=run_updates)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError(translate("pack_feed", "give a number of seconds from 0.1 to 3600"))
    return value


def _say(text: str) -> None:
    print(text)


def run_feed(args: argparse.Namespace) -> int:
    from handbook.commands.pack import data_dir_of, print_progress
    from handbook.core.packs.feed import INDEX_NAME, checked_signer, write_feed
    from handbook.core.packs.trust import TrustStore

    trusted = TrustStore(data_dir_of(args)).load()  # a pack signed by a key trusted here is checked too
    written = write_feed(args.dir, signer_of=checked_signer(trusted), progress=print_progress)
    for entry in written.entries:
        signer = translate("pack_feed", "signed by key {key}").format(key=entry.signer) if entry.signer else ""
        signer = signer or translate("pack_feed", "unsigned")
        _say(f"  {entry.file}: {entry.title} {entry.version} ({entry.id}, {entry.language}), {signer}")
    for name, problem in written.refused:
        print(
            translate("pack_feed", "left out: {problem}").format(
                problem=problem if name in problem else f"{name}: {problem}"
            ),
            file=sys.stderr,
        )
    _say(
        translate("pack_feed", "{index}: packs listed: {count}; left out: {refused}.").format(
            index=args.dir / INDEX_NAME, count=len(written.entries), refused=len(written.refused)
        )
    )
    return 1 if written.refused else 0


def _built_in() -> Installed:
    from handbook.core.content.loader import load_pack
    from handbook.core.packs.feed_update import Installed
    from handbook.core.resources import bundled_pack_dir

    info = load_pack(bundled_pack_dir()).info
    return Installed(info.id, info.version, info.title)


def _updates(args: argparse.Namespace, library: PackLibrary) -> list[Update]:
    from handbook.core.packs.feed_fetch import feed_source, read_feed
    from handbook.core.packs.feed_update import find_updates, installed_packs

    source = feed_source(args.feed)
    entries = read_feed(source, **_timeout(args))
    return find_updates(source, entries, installed_packs(library, _built_in()))


def _timeout(args: argparse.Namespace) -> dict[str, float]:
    return {} if args.timeout is None else {"timeout": args.timeout}


def _line(update: Update) -> str:
    entry = update.entry
    return translate("pack_feed", "  {id}: {title} {old} → {new} ({size})").format(
        id=entry.id, title=entry.title, old=update.installed.version, new=entry.version, size=_size(entry.size)
    )


def _size(size: int) -> str:
    from handbook.core.packs.registry import human_size

    return human_size(size)


def run_updates(args: argparse.Namespace) -> int:
    from handbook.commands.pack import library_of, print_library_notice

    library = library_of(args)
    updates = _updates(args, library)
    print_library_notice(library)
    if not updates:
        _say(translate("pack_feed", "{feed}: every installed pack is up to date.").format(feed=args.feed))
        return 0
    _say(translate("pack_feed", "{feed} has newer versions of:").format(feed=args.feed))
    for update in updates:
        _say(_line(update))
    _say(translate("pack_feed", "To install them: handbook pack update --from {feed}").format(feed=args.feed))
    return 0


def run_update(args: argparse.Namespace) -> int:
    from handbook.commands.pack import confirm_changes, data_dir_of, library_of, print_progress
    from handbook.core.packs.errors import PackError
    from handbook.core.packs.feed_update import prepare_update

    library = library_of(args)
    updates = _updates(args, library)
    if args.ids:
        unknown = sorted(set(args.ids) - {u.installed.id for u in updates})
        if unknown:
            raise PackError(
                translate(
                    "pack_feed",
                    "{feed} has no newer version of {ids}; 'handbook pack updates --from {feed}' lists what it has.",
                ).format(feed=args.feed, ids=", ".join(unknown))
            )
        updates = [u for u in updates if u.installed.id in args.ids]
    if not updates:
        _say(translate("pack_feed", "{feed}: every installed pack is up to date.").format(feed=args.feed))
        return 0
    installed_any = False
    for update in updates:
        _say(_line(update).strip())
        args.file = update.source.file_location(update.entry.file)  # named by confirm_changes's refusal
        try:
            prepared = prepare_update(
                library,
                update,
                data_dir_of(args),
                allow_new_signer=args.allow_new_signer,
                progress=print_progress,
                **_timeout(args),
            )
        except KeyboardInterrupt:
            print(
                translate("pack_feed", "\nStopped. What arrived is kept; run the same command again to continue."),
                file=sys.stderr,
            )
            raise
        warning = prepared.signature.warning(args.file)
        if warning:
            print(translate("pack_feed", "warning: {message}").format(message=warning), file=sys.stderr)
        try:
            agreed = prepared.changes is None or confirm_changes(prepared.changes, args)
        except BaseException:
            prepared.discard()  # refused without --yes, or Ctrl+C at the question
            raise
        if not agreed:
            prepared.discard()
            _say(translate("pack_feed", "{title} was not updated.").format(title=update.installed.title))
            continue
        installed = prepared.commit()
        installed_any = True
        if not prepared.is_update:  # the built-in course's id: the app shows the new version if it showed that
            _show_if_built_in_shown(args, installed.id)
        _say(
            translate("pack_feed", "Updated {title} to {version}.").format(
                title=installed.title, version=installed.version
            )
        )
    return 0 if installed_any else 1


def _show_if_built_in_shown(args: argparse.Namespace, pack_id: str) -> None:
    from handbook.commands.pack import data_dir_of
    from handbook.core.paths import DataDir
    from handbook.core.settings import Settings

    settings = Settings(DataDir(data_dir_of(args)).settings_file)
    if not settings.get("active_pack"):
        settings.set("active_pack", pack_id)
