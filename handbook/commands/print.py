"""``handbook print plan|packet|activities|form``: session plans, the circle packet, cards and forms as PDF."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from handbook.core.content.model import ACTIVITY_KINDS, ENERGY_LEVELS, SETTINGS
from handbook.core.i18n import translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from handbook.core.content.model import Activity, Pack
    from handbook.core.paths import DataDir
    from handbook.core.planning.circle import CircleDetails
    from handbook.core.planning.plans import Meeting
    from handbook.core.planning.store import PlannerStore
    from handbook.printing.jobs import PrintJob

# Everything else is imported when the command runs: every start of the app reads this module.
SORTS = ("kind", "title", "shortest", "longest", "energy")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "print",
        help=translate("print", "print a session plan, the circle packet, activity cards or a form to PDF"),
        description=translate(
            "print",
            "Write a PDF ready for a black-and-white printer. The circle's details come from "
            "--circle FILE, else from the planner in the app; the plans you edited in the app are used.",
        ),
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--circle",
        type=Path,
        metavar=translate("cli", "FILE"),
        help=translate("print", "the circle's details, a small YAML or JSON file"),
    )
    common.add_argument(
        "--page-size",
        choices=("A4", "Letter"),
        help=translate("print", "paper size (default: the setting, else your locale's)"),
    )
    common.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar=translate("cli", "OUT.pdf"),
        help=translate("print", "the PDF to write (default: a name in this folder)"),
    )
    common.add_argument(
        "--pack",
        type=Path,
        metavar=translate("cli", "DIR"),
        help=translate(
            "print",
            "a pack's source folder, or 'es' for the Spanish forms and plans that come with Handbook "
            "(default: the pack in use in the app)",
        ),
    )
    common.add_argument(
        "--profile",
        "-p",
        metavar=translate("cli", "NAME"),
        help=translate("print", "whose planner to use (default: the profile opened last, or the only one)"),
    )
    what = parser.add_subparsers(dest="what", metavar=translate("cli", "WHAT"), required=True)

    plan = what.add_parser(
        "plan",
        parents=[common],
        help=translate("print", "one meeting's plan"),
        description=translate("print", "One meeting's plan, on one page where possible."),
    )
    plan.add_argument(
        "--week", type=int, required=True, metavar="N", help=translate("print", "the meeting to print, from 1")
    )

    what.add_parser(
        "packet",
        parents=[common],
        help=translate("print", "every plan, the checklist and the forms"),
        description=translate(
            "print", "Every meeting's plan, the preparation checklist and the forms, after a contents page."
        ),
    )

    cards = what.add_parser(
        "activities",
        parents=[common],
        help=translate("print", "activity cards, 2 or 4 to a page"),
        description=translate("print", "Activity cards to cut out. With no filters, every activity of the pack."),
    )
    add = cards.add_argument
    add("--kind", action="append", choices=ACTIVITY_KINDS, help=translate("print", "only this kind (repeat for more)"))
    add("--activity", action="append", metavar="ID", help=translate("print", "this activity, by id (repeat for more)"))
    add("--minutes", type=int, metavar="N", help=translate("print", "only activities that fit in N minutes"))
    add("--group", type=int, metavar="N", help=translate("print", "only activities for a group of N people"))
    add("--setting", choices=SETTINGS, help=translate("print", "only activities for this setting"))
    add(
        "--energy",
        action="append",
        choices=ENERGY_LEVELS,
        help=translate("print", "only this energy (repeat for more)"),
    )
    add("--no-materials", action="store_true", help=translate("print", "only activities that need no materials"))
    add("--text", default="", help=translate("print", "only activities whose title, text or tags contain these words"))
    add("--sort", choices=SORTS, default="kind", help=translate("print", "card order (default: kind)"))
    add("--per-page", type=int, choices=(2, 4), default=4, help=translate("print", "cards to a page (default: 4)"))

    form = what.add_parser(
        "form",
        parents=[common],
        help=translate("print", "a form of the pack, e.g. the sign-in sheet"),
        description=translate("print", "A printable form. Its table ends with blank rows to write in."),
    )
    form.add_argument(
        "name", metavar=translate("cli", "NAME"), help=translate("print", "the form's id, e.g. sign-in-sheet")
    )
    form.add_argument(
        "--rows",
        type=int,
        metavar="N",
        help=translate("print", "blank rows at the end (default: as many as fill the page)"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from handbook.core.paths import DataDir, resolve_data_dir
    from handbook.core.planning.circle import CircleError
    from handbook.core.settings import Settings
    from handbook.printing.options import default_page_size
    from handbook.printing.pdf import ensure_gui_application

    ensure_gui_application()
    data = DataDir(resolve_data_dir(args.data_dir, portable=args.portable))
    pack = _load_pack(args.pack, data)
    page_size = args.page_size or str(Settings(data.settings_file).get("page_size")) or default_page_size()
    try:
        job = _in_paper_language(_job_maker(args, pack, data, page_size), pack)
    except CircleError as exc:
        if args.circle is None or str(args.circle) in exc.message:
            raise
        raise CircleError(f"{args.circle}: {exc.message}") from None
    target: Path = args.output or Path(job.filename)
    pages = job.write_pdf(target)
    wrote = (
        translate("print", "wrote {file} (1 page, {size})")
        if pages == 1
        else translate("print", "wrote {file} ({pages} pages, {size})")
    )
    print(wrote.format(file=target, pages=pages, size=page_size))
    return 0


def _in_paper_language(make: Callable[[], PrintJob], pack: Pack) -> PrintJob:
    """The job in the pack's language, as File > Print makes it: Spanish paper from an English terminal is Spanish
    throughout (headings, dates, page numbers)."""
    from handbook.core import i18n
    from handbook.core.errors import HandbookError
    from handbook.printing.paper_language import job_in_language

    try:
        return job_in_language(make, pack.info.language or "en", i18n.language())
    except HandbookError:
        return make()  # refused: made again to say why in the words of the person at the terminal


def _job_maker(args: argparse.Namespace, pack: Pack, data: DataDir, page_size: str) -> Callable[[], PrintJob]:
    """What makes the job; what is for the person at the terminal (notes, the choices' checks) is said here."""
    from handbook.core.planning.plans import build_meetings
    from handbook.printing import jobs
    from handbook.printing.form_sheet import find_form

    if args.what == "form":
        details = _details(args, data, required=False)[0]
        form = find_form(pack, args.name)
        return lambda: jobs.form_job(form, page_size, args.rows, details)
    if args.what == "activities":
        chosen = _activities(args, pack)
        return lambda: jobs.cards_job(pack, chosen, page_size, args.per_page)
    details, store = _details(args, data, required=args.what != "plan", pack=pack)
    if details is None:  # this week's plan without a circle: date and times left to write in by hand
        import sys

        details = blank_circle(pack, args.week)
        note = translate(
            "print",
            "note: no circle details, so the date and the times are left blank to fill in by hand. To have them "
            "printed, pass --circle FILE (see 'handbook print plan --help') or set the circle in the app's planner.",
        )
        print(note, file=sys.stderr)
        undated = details
        return lambda: jobs.plan_job(pack, build_meetings(pack, undated), undated, args.week, page_size, blank=True)
    course = _course_translated_by(pack, args.pack, data)
    if course is not None:  # --pack es: the course's circle in its Spanish plans (store.edits are the course's)
        meetings = _translated_meetings(course, pack, details, store, args.week if args.what == "plan" else None)
    else:
        meetings = build_meetings(pack, details, store.edits)
        _note_kept_edits(pack, details, store)
    circle = details
    if args.what == "plan":
        return lambda: jobs.plan_job(pack, meetings, circle, args.week, page_size)
    return lambda: jobs.packet_job(pack, meetings, circle, page_size)


def _course_translated_by(pack: Pack, folder: Path | None, data: DataDir) -> Pack | None:
    """The course in use when ``pack`` (given with --pack) is a shipped translation of it, else None."""
    from handbook.core.content.print_languages import base_language, translation_id

    if folder is None or not pack.info.language:
        return None
    course = _load_pack(None, data)
    if base_language(pack.info.language) == base_language(course.info.language or "en"):
        return None
    return course if pack.info.id == translation_id(course.info.id, pack.info.language) else None


def _translated_meetings(
    course: Pack, translation: Pack, details: CircleDetails, store: PlannerStore, week: int | None
) -> list[Meeting]:
    """The meetings with the translation's plans; says which changed agendas are not in the printout (as the app)."""
    import sys

    from handbook.core.planning.plans import build_meetings
    from handbook.core.planning.translated_plans import changed_agendas, translated_meetings

    changed = [
        meeting.number
        for meeting in changed_agendas(build_meetings(course, details, store.edits))
        if week is None or meeting.number == week
    ]
    if changed:
        note = (
            translate(
                "print",
                "note: your planner changes to the agenda of week {weeks} are in the course's language only, so "
                "that week's plan is printed as it comes. Leave out --pack to print your changes.",
            )
            if len(changed) == 1
            else translate(
                "print",
                "note: your planner changes to the agendas of weeks {weeks} are in the course's language only, so "
                "those weeks' plans are printed as they come. Leave out --pack to print your changes.",
            )
        )
        print(note.format(weeks=", ".join(str(number) for number in changed)), file=sys.stderr)
    return translated_meetings(course, translation, details, store.edits)


def blank_circle(pack: Pack, week: int) -> CircleDetails:
    """A stand-in circle for printing one week with no details: the planner's usual 6 meetings (more when the week
    asked for is later), each as long as the week's plan."""
    from handbook.core.planning.circle import MAX_MEETING_MINUTES, MAX_MEETINGS, MIN_MEETING_MINUTES, CircleDetails
    from handbook.core.planning.plans import default_template

    count = max(1, min(MAX_MEETINGS, max(CircleDetails().meetings, week)))  # past 16: the usual "no such week"
    minutes = default_template(pack, max(1, min(week, count)), count).minutes if pack.plans else 90
    return CircleDetails(meetings=count, meeting_minutes=max(MIN_MEETING_MINUTES, min(MAX_MEETING_MINUTES, minutes)))


def _note_kept_edits(pack: Pack, details: CircleDetails, store: PlannerStore) -> None:
    """Say so when edits made in the planner are for meetings this circle does not have."""
    import sys

    from handbook.core.planning.plans import LAST, edit_title, unplaced_edits

    kept = unplaced_edits(pack, details, store.edits)
    if kept:
        names = ", ".join(
            (
                translate("print", "the last meeting ({title})")
                if key.slot == LAST
                else translate("print", "week {week} ({title})")
            ).format(week=key.slot, title=edit_title(pack, key, store.edits[key]))
            for key in kept
        )
        note = (
            translate(
                "print",
                "note: your planner changes to {names} are not printed: this circle of 1 meeting has no such "
                "meeting. They are kept in the planner.",
            )
            if details.meetings == 1
            else translate(
                "print",
                "note: your planner changes to {names} are not printed: this circle of {count} meetings has no such "
                "meeting. They are kept in the planner.",
            )
        )
        print(note.format(names=names, count=details.meetings), file=sys.stderr)


def _load_pack(folder: Path | None, data: DataDir) -> Pack:
    from handbook.core.content.loader import load_pack
    from handbook.core.packs.active import resolve_active_pack
    from handbook.core.settings import Settings
    from handbook.printing.markup import PrintInputError

    root = folder or resolve_active_pack(data.root, Settings(data.settings_file))
    if folder is not None and not folder.exists():  # "--pack es": the Spanish forms and plans shipped with Handbook
        from handbook.core.resources import bundled_translations

        root = bundled_translations().get(str(folder), root)
    if not root.is_dir():
        raise PrintInputError(
            translate("print", "{folder}: no such folder; give the folder of a pack's source with --pack.").format(
                folder=root
            )
        )
    return load_pack(root)


def _details(
    args: argparse.Namespace, data: DataDir, required: bool, pack: Pack | None = None
) -> tuple[CircleDetails | None, PlannerStore]:
    from handbook.core.planning.circle import EXAMPLE, CircleError, load_circle_details
    from handbook.core.planning.store import PlannerStore, default_planner_path

    store = PlannerStore(default_planner_path(data.root, _profile_folder(args, data)), pack)
    if args.circle is not None:
        return load_circle_details(args.circle), store
    if store.details is None and required:
        raise CircleError(
            translate(
                "print",
                "this needs the circle's details. Set them in the app's planner (Tools > Session planner), "
                "or write them in a file and pass --circle FILE. A file looks like this:\n{example}",
            ).format(example=EXAMPLE)
        )
    return store.details, store


def _profile_folder(args: argparse.Namespace, data: DataDir) -> str:
    """The folder of the profile whose planner is used: --profile, else the last one, else the only one."""
    from handbook.core.progress.profiles import ProfileError, Profiles
    from handbook.core.settings import Settings

    last = str(Settings(data.settings_file).get("last_profile")) if data.settings_file.exists() else ""
    try:
        return Profiles(data).choose(args.profile, last).folder
    except ProfileError:
        if args.profile:
            raise
        from handbook.core.paths import GUEST_PROFILE

        return GUEST_PROFILE  # no profile yet: the planner the app keeps before one is made


def _activities(args: argparse.Namespace, pack: Pack) -> list[Activity]:
    from handbook.core.content.activities import ActivityFilter, filter_activities
    from handbook.printing.markup import PrintInputError

    wanted = ActivityFilter(
        kinds=frozenset(args.kind or ()),
        minutes=args.minutes,
        group_size=args.group,
        setting=args.setting,
        energy=frozenset(args.energy or ()),
        no_materials=args.no_materials,
        text=args.text,
    )
    found = filter_activities(pack.activities, wanted, args.sort)
    if not args.activity:
        return found
    chosen = []
    for activity_id in args.activity:
        activity = pack.activity(activity_id)
        if activity is None:
            raise PrintInputError(
                translate("print", "the pack has no activity '{id}'. Its activities are: {ids}.").format(
                    id=activity_id, ids=", ".join(a.id for a in pack.activities)
                )
            )
        if activity.id in {a.id for a in found}:
            chosen.append(activity)
    return chosen
