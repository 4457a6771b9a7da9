"""``handbook meeting [--week N]``: open meeting mode for one meeting of a profile's circle."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from handbook.core.i18n import translate

if TYPE_CHECKING:
    from handbook.core.content.model import Pack
    from handbook.core.paths import DataDir
    from handbook.core.planning.plans import Meeting
    from handbook.core.progress.profiles import Profile


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "meeting",
        help=translate("meeting", "run a meeting of the circle full screen: its agenda, a countdown, the clock"),
        description=translate(
            "meeting",
            "Open meeting mode for one meeting of the profile's circle: the agenda full screen, "
            "the item that is on with a countdown, and the agenda's new times when an item runs over. "
            "Keys: Space start or pause, Right next item, Left back, + five more minutes, Esc leave.",
        ),
    )
    parser.add_argument(
        "--week", "-w", type=int, metavar="N", help=translate("meeting", "the meeting's number (default: the next one)")
    )
    parser.add_argument(
        "--profile",
        "-p",
        metavar=translate("cli", "NAME"),
        help=translate("meeting", "the profile's name (default: the one opened last, or the only one)"),
    )
    parser.set_defaults(func=run_meeting)


def choose_meeting(args: argparse.Namespace) -> tuple[DataDir, Profile, Pack, Meeting]:
    """The meeting to run: --week of the profile's circle, else the next by date; HandbookError when there is none."""
    from handbook.commands.circle import _data, _profile
    from handbook.core.packs.active import load_active_pack
    from handbook.core.planning.circle import CircleDetails
    from handbook.core.planning.meeting_clock import meeting_to_run
    from handbook.core.planning.plans import build_meetings
    from handbook.core.planning.store import PlannerStore, default_planner_path
    from handbook.core.settings import Settings

    data = _data(args)
    profile = _profile(args, data)
    pack = load_active_pack(data.root, Settings(data.settings_file)).pack
    planner = PlannerStore(default_planner_path(data.root, profile.folder), pack)
    meetings = build_meetings(pack, planner.details or CircleDetails(), planner.edits)
    return data, profile, pack, meeting_to_run(meetings, args.week)


def run_meeting(args: argparse.Namespace) -> int:
    from handbook.app import application
    from handbook.gui.meeting.meeting_host import log_path, run_meeting_mode
    from handbook.gui.shared.lock_dialog import lock_data_dir

    data, profile, pack, meeting = choose_meeting(args)  # checked before any window opens
    app = application()
    lock = lock_data_dir(data.root)
    try:
        window = run_meeting_mode(log_path(data.root, profile.folder), pack, meeting)  # noqa: F841 - kept open
        return app.exec()
    finally:
        lock.unlock()
