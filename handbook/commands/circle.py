"""``handbook circle set|log|show|export``: a circle's details and log from the terminal, for one profile."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from handbook.core.i18n import translate

if TYPE_CHECKING:
    from handbook.core.circle.store import CircleLogStore
    from handbook.core.paths import DataDir
    from handbook.core.planning.circle import CircleDetails
    from handbook.core.progress.profiles import Profile


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "circle",
        help=translate("circle", "set a circle's details, log its meetings, show the log, export it for the organiser"),
        description=translate(
            "circle",
            "Keep the log of a profile's circle: who came to each meeting, its 1-5 rating and the "
            "Plus/Delta notes. Use the global --data-dir before 'circle' to choose another data folder.",
        ),
    )
    actions = parser.add_subparsers(dest="circle_command", metavar=translate("cli", "ACTION"), required=True)

    def add(name: str, help_text: str, description: str) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = actions.add_parser(name, help=help_text, description=description)
        sub.add_argument(
            "--profile", "-p", metavar=translate("cli", "NAME"),
            help=translate("circle", "the profile's name (default: the one opened last, or the only one)"),
        )  # fmt: skip
        return sub

    setter = add(
        "set", translate("circle", "set the circle's details from a YAML file"),
        translate("circle", "Set the circle's details (course, venue, facilitators, first meeting, weekday, time, "
                  "number of meetings) from a YAML file in the format 'handbook print --circle' reads. The profile "
                  "is made if it does not exist."),
    )  # fmt: skip
    setter.add_argument("file", type=Path, metavar=translate("cli", "FILE"),
                        help=translate("circle", "the circle's details, e.g. circle.yaml"))  # fmt: skip
    setter.set_defaults(func=run_set)

    logger = add(
        "log", translate("circle", "record or update one meeting"),
        translate("circle", "Record or update one meeting of the circle. Only what you give changes; run it again "
                  "to add more."),
    )  # fmt: skip
    logger.add_argument("--week", "-w", type=int, required=True, metavar="N",
                        help=translate("circle", "the meeting's number (1, 2, ...)"))  # fmt: skip
    who = logger.add_mutually_exclusive_group()
    who.add_argument("--attended", type=int, metavar="N", help=translate("circle", "how many people came"))
    who.add_argument("--learners", metavar='"A, B"', help=translate("circle", "who came, by name, separated by commas"))
    logger.add_argument("--rating", type=int, metavar="1-5",
                        help=translate("circle", "how the meeting went, from 1 (poor) to 5 (very good)"))  # fmt: skip
    logger.add_argument("--plus", metavar=translate("cli", "TEXT"), help=translate("circle", "Plus: what went well"))
    logger.add_argument(
        "--delta", metavar=translate("cli", "TEXT"), help=translate("circle", "Delta: what to change next time")
    )
    logger.add_argument("--note", metavar=translate("cli", "TEXT"), help=translate("circle", "a note for yourself"))
    logger.set_defaults(func=run_log)

    show = add(
        "show",
        translate("circle", "print the circle's meetings and how they went"),
        translate("circle", "Print each meeting with its date, who came and its rating, then the averages."),
    )
    show.set_defaults(func=run_show)

    export = add(
        "export", translate("circle", "write the circle's log to a file for the library's organiser"),
        translate("circle", "Write the circle's details and log to one JSON file for the organiser (who combines "
                  "many with 'handbook report merge'). Learners' names are left out unless you add --include-names."),
    )  # fmt: skip
    export.add_argument("--output", "-o", type=Path, metavar=translate("cli", "FILE"),
                        help=translate("circle", "where to write (default: a name from the course and date)"))  # fmt: skip
    export.add_argument(
        "--include-names", action="store_true", help=translate("circle", "also write the learners' names and who came")
    )
    export.set_defaults(func=run_export)

    report = add(
        "report", translate("circle", "write the end-of-circle report as a PDF"),
        translate("circle", "Write the end-of-circle report (black and white): the circle's details, attendance and "
                  "ratings per meeting as charts, the Plus/Delta notes, goals met, who qualifies for a certificate, "
                  "the reflection."),
    )  # fmt: skip
    report.add_argument("--output", "-o", type=Path, required=True, metavar=translate("cli", "FILE.pdf"),
                        help=translate("circle", "where to write the PDF"))  # fmt: skip
    report.add_argument(
        "--certificates",
        type=Path,
        metavar=translate("cli", "FILE.pdf"),
        help=translate(
            "circle", "also write a certificate of participation for each learner who qualifies (from the pack in use)"
        ),
    )
    report.set_defaults(func=run_report)


def _data(args: argparse.Namespace) -> DataDir:
    from handbook.core.paths import DataDir, resolve_data_dir

    return DataDir(resolve_data_dir(getattr(args, "data_dir", None), portable=getattr(args, "portable", False)))


@contextmanager
def _locked(data: DataDir, doing: str) -> Iterator[None]:
    """Changing a profile's files while the app has them open would lose one side's changes."""
    from handbook.instance_lock import holding_lock

    with holding_lock(data.root, doing):
        yield


def _profile(args: argparse.Namespace, data: DataDir, make: bool = False) -> Profile:
    """--profile, else the one opened last, else the only one; the guest's when there is none yet.

    With ``make``, a profile named with --profile that does not exist is made.
    """
    from handbook.core.progress.profiles import ProfileError, Profiles
    from handbook.core.settings import Settings

    profiles = Profiles(data)
    if make and args.profile and profiles.find(args.profile) is None:
        profile, store = profiles.create(args.profile)
        store.close()
        return profile
    last = str(Settings(data.settings_file).get("last_profile")) if data.settings_file.exists() else ""
    try:
        return profiles.choose(args.profile, last)
    except ProfileError:
        if args.profile or profiles.list():
            raise
        return profiles.guest()  # no profile yet: the planner the app keeps before one is made


def _details(data: DataDir, profile: Profile) -> CircleDetails | None:
    from handbook.core.planning.store import PlannerStore, default_planner_path

    planner = PlannerStore(default_planner_path(data.root, profile.folder))
    if planner.moved_aside is not None:
        _warn(
            translate("circle", "{path}: could not be read; kept as {name}.").format(
                path=planner.path, name=planner.moved_aside.name
            )
        )
    return planner.details


def _log_store(data: DataDir, profile: Profile, meetings: int | None) -> CircleLogStore:
    from handbook.core.circle.store import CircleLogStore, default_circle_log_path

    store = CircleLogStore(default_circle_log_path(data.root, profile.folder), meetings)
    if store.moved_aside is not None:
        _warn(
            translate("circle", "{path}: could not be read, so it was kept as {name} and the log starts again.").format(
                path=store.path, name=store.moved_aside.name
            )
        )
    if store.refused:
        from handbook.core.circle.log import CircleLogError

        raise CircleLogError(store.refused)
    return store


def _warn(text: str) -> None:
    print(translate("cli", "warning: {message}").format(message=text), file=sys.stderr)


def run_set(args: argparse.Namespace) -> int:
    from handbook.core.i18n import format_date
    from handbook.core.planning.circle import load_circle_details
    from handbook.core.planning.store import PlannerStore, default_planner_path

    details = load_circle_details(args.file)  # checked before anything changes
    data = _data(args)
    with _locked(data, translate("circle", "set the circle")):
        profile = _profile(args, data, make=True)
        store = _log_store(data, profile, details.meetings)
        planner = PlannerStore(default_planner_path(data.root, profile.folder))
        planner.set_details(details)
    print(
        translate("circle", "The circle of {profile} is set: {course}, {count} meetings from {date}.").format(
            profile=profile.name, course=details.name, count=details.meetings, date=format_date(details.first_meeting)
        )
    )
    beyond = sorted(week for week in store.log.meetings if week > details.meetings)
    if beyond:
        _warn(
            translate("circle", "the log has meetings after week {count} ({weeks}); they are kept.").format(
                count=details.meetings, weeks=", ".join(str(week) for week in beyond)
            )
        )
    return 0


def _needs_details(details: CircleDetails | None, profile: Profile) -> CircleDetails:
    from handbook.core.circle.log import CircleLogError
    from handbook.core.planning.circle import EXAMPLE

    if details is None:
        raise CircleLogError(
            translate(
                "circle",
                "{profile} has no circle yet. Set its details first, in the app's planner or with "
                "'handbook circle set FILE', where FILE looks like this:\n{example}",
            ).format(profile=profile.name, example=EXAMPLE)
        )
    return details


def run_log(args: argparse.Namespace) -> int:
    from handbook.core.circle.log import split_names
    from handbook.core.i18n import format_date

    data = _data(args)
    fields: dict[str, Any] = {}
    if args.attended is not None:
        fields["attended"] = args.attended
    if args.learners is not None:
        fields["present"] = split_names(args.learners)
    for name in ("rating", "plus", "delta", "note"):
        if getattr(args, name) is not None:
            fields[name] = getattr(args, name)
    with _locked(data, translate("circle", "log a meeting")):
        profile = _profile(args, data)
        details = _needs_details(_details(data, profile), profile)
        store = _log_store(data, profile, details.meetings)
        meeting = store.log_meeting(args.week, **fields)
    day = details.meeting_dates()[meeting.week - 1]
    print(
        translate("circle", "Week {week} ({date}) logged: {facts}.").format(
            week=meeting.week, date=format_date(day, short=True), facts=meeting_facts(meeting)
        )
    )
    return 0


def meeting_facts(meeting: Any) -> str:
    """'8 came, rated 4' in words, for a MeetingLog."""

    facts = []
    if meeting.count is not None:
        facts.append(translate("circle", "{count} came").format(count=meeting.count))
    else:
        facts.append(translate("circle", "attendance not recorded"))
    if meeting.rating is not None:
        facts.append(translate("circle", "rated {rating} of 5").format(rating=meeting.rating))
    return ", ".join(facts)


def run_show(args: argparse.Namespace) -> int:
    from handbook.core.circle.summary import (
        attendance_by_learner,
        certificate_learners,
        meetings_needed,
        names_kept,
        shown_rating,
        summarise,
    )
    from handbook.core.i18n import format_date

    data = _data(args)
    profile = _profile(args, data)
    details = _details(data, profile)
    store = _log_store(data, profile, details.meetings if details else None)
    log = store.log
    title = details.name if details else translate("circle", "Learning circle")
    print(translate("circle", "{course}, the circle of {profile}").format(course=title, profile=profile.name))
    dates = details.meeting_dates() if details else []
    weeks = sorted(set(range(1, len(dates) + 1)) | set(log.meetings))
    if not weeks:
        print(translate("circle", "No meetings logged yet; log one with 'handbook circle log --week 1 --attended 8'."))
    for week in weeks:
        when = (
            format_date(dates[week - 1], short=True)
            if week <= len(dates)
            else translate("circle", "(after the last meeting)")
        )
        meeting = log.meetings.get(week)
        facts = meeting_facts(meeting) if meeting else translate("circle", "not logged yet")
        print(translate("circle", "Week {week}\t{date}\t{facts}").format(week=week, date=when, facts=facts))
        if meeting:
            for label, text in ((translate("circle", "Plus"), meeting.plus), (translate("circle", "Delta"), meeting.delta),
                                (translate("circle", "Note"), meeting.note)):  # fmt: skip
                if text.strip():
                    print(f"\t{label}: {' '.join(text.split())}")
    summary = summarise(log, details.meetings if details else None)
    if summary.meetings_held:
        rating = shown_rating(summary.average_rating)
        print(
            translate("circle", "Meetings held: {held}. Average rating: {rating}. Goals met: {met} of {set}.").format(
                held=summary.meetings_held, rating=rating, met=summary.goals_met, set=summary.goals_set
            )
        )
    if names_kept(log):
        came = ", ".join(f"{name} {count}" for name, count in attendance_by_learner(log).items())
        print(translate("circle", "Meetings each learner came to: {list}").format(list=came))
    if details and names_kept(log):
        names = certificate_learners(log, details.meetings)
        print(
            translate("circle", "Came to {needed} or more of {count} meetings (a certificate): {names}").format(
                needed=meetings_needed(details.meetings), count=details.meetings, names=", ".join(names) or "-"
            )
        )
    return 0


def run_export(args: argparse.Namespace) -> int:
    from handbook import __version__
    from handbook.core.circle.export import build_export, write_export
    from handbook.core.filenames import safe_file_name

    data = _data(args)
    profile = _profile(args, data)
    details = _details(data, profile)
    store = _log_store(data, profile, details.meetings if details else None)
    course = details.name if details else profile.name
    target: Path = args.output or Path(safe_file_name(f"circle-{course}-{date.today().isoformat()}", ".json"))
    value = build_export(
        store.log, details, include_names=args.include_names, exported=date.today().isoformat(), app_version=__version__
    )
    write_export(target, value)
    one = len(store.log.meetings) == 1
    if args.include_names:
        said = (
            translate("circle", "Wrote {path}: 1 meeting, with the learners' names.")
            if one
            else translate("circle", "Wrote {path}: {count} meetings, with the learners' names.")
        )
    else:
        said = (
            translate("circle", "Wrote {path}: 1 meeting, without names.")
            if one
            else translate("circle", "Wrote {path}: {count} meetings, without names.")
        )
    print(said.format(path=target, count=len(store.log.meetings)))
    return 0


def run_report(args: argparse.Namespace) -> int:
    from handbook.printing.circle_report import write_circle_report

    data = _data(args)
    profile = _profile(args, data)
    details = _needs_details(_details(data, profile), profile)
    store = _log_store(data, profile, details.meetings)
    pages = write_circle_report(store.log, details, args.output)
    print(translate("circle", "Wrote the report to {path} ({pages} pages).").format(path=args.output, pages=pages))
    if args.certificates is not None:
        from handbook.core.circle.summary import certificate_learners
        from handbook.core.content.loader import load_pack
        from handbook.core.packs.active import resolve_active_pack
        from handbook.core.settings import Settings
        from handbook.printing.certificates import certificates_job
        from handbook.printing.options import default_page_size

        settings = Settings(data.settings_file)
        pack = load_pack(resolve_active_pack(data.root, settings))
        names = certificate_learners(store.log, details.meetings)
        page_size = str(settings.get("page_size")) or default_page_size()
        certificates_job(pack, names, details, page_size).write_pdf(args.certificates)
        said = (
            translate("circle", "Wrote 1 certificate to {path}.")
            if len(names) == 1
            else translate("circle", "Wrote {count} certificates to {path}.")
        )
        print(said.format(count=len(names), path=args.certificates))
    return 0
