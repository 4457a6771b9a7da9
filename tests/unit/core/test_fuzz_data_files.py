"""Fuzzing every file the app reads from the data folder, and progress imports: no traceback, bad files kept aside.

Each example writes a file (random JSON, a valid file with values swapped for random ones, or
random bytes), then reads it as the app does. What may come out is the typed error the app shows
(for an import) or nothing at all (for the files read at start); a file that is not used is moved
aside, never deleted, and whatever was good in it is kept.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handbook import __version__
from handbook.core.content.bodies import check_table
from handbook.core.content.cache import bodies_file, cache_file, fingerprint, load_pack_cached
from handbook.core.content.codec import decode_pack
from handbook.core.content.loader import load_pack
from handbook.core.content.model import Pack
from handbook.core.errors import HandbookError
from handbook.core.packs.registry import Registry
from handbook.core.paths import DataDir
from handbook.core.planning.circle import CircleDetails
from handbook.core.planning.plans import EditKey
from handbook.core.planning.store import PlannerStore
from handbook.core.progress.profiles import Profiles
from handbook.core.progress.record import parse_record
from handbook.core.progress.store import ProgressStore
from handbook.core.progress.transfer import import_progress
from handbook.core.settings import SCHEMA, Settings
from tests.conftest import FIXTURES

FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PACK = "learning-circles"

# Any character, lone surrogates too: JSON's "\ud800" reads as one, and must never break a later save.
any_text = st.text(st.characters() | st.characters(categories=["Cs"]), max_size=12)
scalars = st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | any_text
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(any_text, inner, max_size=4),
    max_leaves=16,
)


ODD = {
    str: st.text(st.characters(categories=["Cs"]), min_size=1, max_size=3)
    | any_text
    | st.text(min_size=300, max_size=400),
    int: st.integers(-(2**64), 2**64) | st.sampled_from([-1, 0, 2**31, 2**63]),
    bool: st.integers(0, 2),
    float: st.floats(allow_nan=False),
}


@st.composite
def mutated(draw: st.DrawFn, document: Any) -> Any:
    """``document`` with a few values inside it swapped for random ones, odd ones of the same kind, or dropped."""
    document = json.loads(json.dumps(document))
    for _ in range(draw(st.integers(1, 3))):
        holder, key = None, None
        node = document
        while isinstance(node, (dict, list)) and node and draw(st.integers(0, 4)) > 0:
            keys = list(node) if isinstance(node, dict) else list(range(len(node)))
            key = draw(st.sampled_from(keys))
            holder, node = node, node[key]
        if holder is None:
            continue
        choice = draw(st.integers(0, 5))
        if isinstance(holder, dict) and choice == 0:
            del holder[key]
        elif choice <= 2 and type(node) in ODD:
            holder[key] = draw(ODD[type(node)])
        else:
            holder[key] = draw(json_values)
    return document


def contents(valid: Any) -> st.SearchStrategy[bytes]:
    as_json = st.one_of(mutated(valid), json_values, st.just(valid)).map(lambda v: json.dumps(v).encode())
    return st.one_of(as_json, as_json, st.binary(max_size=200), as_json.map(lambda b: b[: len(b) // 2]))


@contextmanager
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="handbook-fuzz-") as name:
        yield Path(name)


def kept_aside(path: Path, content: bytes) -> bool:
    return any(p.read_bytes() == content for p in path.parent.glob(f"{path.name}.*") if p.is_file())


SETTINGS = {"zoom": 2, "last_page": "course/a.md", "active_pack": "", "last_profile": "amina", "page_size": "A4"}


@FUZZ
@given(content=contents(SETTINGS))
def test_settings(content: bytes) -> None:
    with folder() as root:
        path = root / "settings.json"
        path.write_bytes(content)
        settings = Settings(path)
        for setting in SCHEMA:
            assert isinstance(settings.get(setting.name), setting.type)
        if settings.notice:
            assert kept_aside(path, content)
        settings.set("zoom", 3)  # and it can be written again
        assert Settings(path).get("zoom") == 3


REGISTRY = {
    "format_version": 1,
    "packs": {"mini-pack": {"current": "1.0.0", "previous": None, "versions": {"1.0.0": {
        "version": "1.0.0", "title": "Mini", "language": "en", "size": 10, "files": 2, "source": "x",
        "installed_at": "2026-01-01T00:00:00Z"}}}},
}  # fmt: skip


@FUZZ
@given(content=contents(REGISTRY))
def test_installed_packs_registry(content: bytes) -> None:
    with folder() as root:
        registry = Registry(root / "packs")
        registry.packs_dir.mkdir()
        registry.path.write_bytes(content)
        records = registry.load()
        for record in records.values():
            assert isinstance(record.version().title, str) and isinstance(record.version().size, int)
        if registry.notice:
            assert kept_aside(registry.path, content)
        registry.save(records)
        assert Registry(root / "packs").load() == records


def planner_document() -> dict[str, Any]:
    with folder() as root:
        store = PlannerStore(root / "planner.json")
        store.set_details(CircleDetails(course_title="Python", venue="Library", facilitators=("Ana",)))
        store.set_template(EditKey("1", "first-meeting"), "first-meeting")
        data: dict[str, Any] = json.loads((root / "planner.json").read_text(encoding="utf-8"))
        return data


@FUZZ
@given(content=contents(planner_document()))
def test_planner(content: bytes) -> None:
    with folder() as root:
        path = root / "planner.json"
        path.write_bytes(content)
        store = PlannerStore(path)
        if store.moved_aside is not None:
            assert store.moved_aside.read_bytes() == content
        store.save()
        PlannerStore(path)


def progress_document() -> dict[str, Any]:
    with folder() as root:
        store = ProgressStore.open(root / "progress.json", profile_name="Amina")
        store.set_status(PACK, "a", "done")
        store.set_answer(PACK, "b", 0, 2)
        store.set_tick(PACK, "b", 1, True)
        store.set_note(PACK, "c", "a note")
        store.set_last_page(PACK, "course/c.md", lesson=True)
        store.close()
        data: dict[str, Any] = json.loads((root / "progress.json").read_text(encoding="utf-8"))
        return data


def _good_keys(records: dict[str, Any]) -> set[tuple[str, str]]:
    """What salvage must keep: every record that reads, the first one for each item."""
    keys = set()
    for doc_id, raw in records.items():
        try:
            record = parse_record(raw)
        except ValueError:
            continue
        if doc_id.isascii() and doc_id.isdigit() and len(doc_id) < 10:
            keys.add(record.key)
    return keys


@FUZZ
@given(content=contents(progress_document()))
def test_progress_file(content: bytes) -> None:
    with folder() as root:
        profiles = Profiles(DataDir(root))
        profile, store = profiles.create("Amina")
        store.close()
        profile.progress_file.write_bytes(content)
        store, recovery = profiles.open(profile)  # never raises: salvaged, or recovered from a backup
        if recovery is not None and recovery.damaged is not None:
            assert recovery.damaged.read_bytes() == content
        else:
            assert recovery is None or recovery.set_aside is None or recovery.set_aside.is_file()
            assert {r.key for r in store.records()} == _good_keys(json.loads(content).get("records", {}))
        store.set_note(PACK, "new", "still saving")  # and every later save works
        store.close()
        again, notice = profiles.open(profile)
        assert notice is None and again.get(PACK, "new").note == "still saving"


def export_document() -> dict[str, Any]:
    records = [r for r in progress_document()["records"].values()]
    return {"format": "handbook-progress", "format_version": 1, "profile": "Amina", "records": records}


@FUZZ
@given(content=contents(export_document()))
def test_progress_import(content: bytes) -> None:
    with folder() as root:
        store = ProgressStore.open(root / "progress.json", profile_name="Amina")
        store.set_note(PACK, "mine", "kept")
        before = store.path.read_bytes()
        export = root / "export.json"
        export.write_bytes(content)
        try:
            import_progress(store, export)
        except HandbookError:
            assert store.path.read_bytes() == before  # refused: nothing changed
        store.set_note(PACK, "mine", "kept, and saving still works")
        store.close()
        assert ProgressStore.open(store.path).get(PACK, "mine").note == "kept, and saving still works"


MINI = load_pack(FIXTURES / "mini-pack")
MINI_BODIES = {page.body for page in MINI.pages()}


def cache_document() -> tuple[dict[str, Any], bytes]:
    """The saved copy of the mini pack: its JSON document and its file of bodies."""
    with folder() as root:
        load_pack_cached(MINI.root, root)
        path = cache_file(root, MINI.root)
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return data, bodies_file(path).read_bytes()


DOCUMENT, BODIES = cache_document()


def without_bodies(pack: Pack) -> list[Any]:
    """Everything a pack holds but its pages' bodies (a module's lessons are among the pages)."""
    pages = [
        (type(p), [getattr(p, f.name) for f in fields(p) if f.name not in ("body", "lessons")]) for p in pack.pages()
    ]
    return [pack.info, pack.root, pack.media, pack.problems, pages]


@FUZZ
@given(content=contents(DOCUMENT))
def test_pack_cache(content: bytes) -> None:
    with folder() as root:
        path = cache_file(root, MINI.root)
        path.parent.mkdir(parents=True)
        path.write_bytes(content)
        bodies_file(path).write_bytes(BODIES)
        try:  # what the cache holds, if it is a well-formed cache of this pack as it is now
            saved = json.loads(content)
            usable = (
                saved["fingerprint"] == fingerprint(MINI.root) and saved["format"] == 3 and saved["app"] == __version__
            )
            expected = decode_pack(saved["pack"]) if usable and saved["root"] == str(MINI.root) else MINI
            check_table(saved["bodies"], sum(1 for _ in expected.pages()))
        except (ValueError, KeyError, TypeError):
            expected = MINI
        loaded = load_pack_cached(MINI.root, root)
        assert without_bodies(loaded) == without_bodies(expected if expected.root == MINI.root else MINI)
        # A body is the pack's own text, whatever the copy says: one that does not check out is read afresh.
        assert {page.body for page in loaded.pages()} <= MINI_BODIES | {""}


def damaged(raw: bytes) -> st.SearchStrategy[bytes]:
    """``raw`` with one byte changed, cut short, or other bytes altogether."""
    flips = st.tuples(st.integers(0, len(raw) - 1), st.integers(1, 255))
    flipped = flips.map(lambda f: raw[: f[0]] + bytes([raw[f[0]] ^ f[1]]) + raw[f[0] + 1 :])
    return st.one_of(flipped, flipped, st.integers(0, len(raw)).map(lambda n: raw[:n]), st.binary(max_size=200))


@FUZZ
@given(content=damaged(BODIES))
def test_pack_cache_bodies(content: bytes) -> None:
    with folder() as root:
        path = cache_file(root, MINI.root)
        path.parent.mkdir(parents=True)
        path.write_text(json.dumps(DOCUMENT), encoding="utf-8")
        bodies_file(path).write_bytes(content)
        assert load_pack_cached(MINI.root, root) == MINI
