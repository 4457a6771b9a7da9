"""The one rule for pictures: a regular file in the pack's media/, judged after percent-decoding."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handbook.core.content import media
from handbook.core.content.media import image_src, image_target, media_file, media_problem, read_media, reader_url_path

PAGE_DIR = "course/01-start"


@pytest.mark.parametrize(
    ("src", "path"),
    [
        ("../../media/circle.png", "media/circle.png"),
        ("../../media/my%20square.png", "media/my square.png"),
        ("../../media/sub/./x.png", "media/sub/x.png"),
        ("../../media/%252e%252e.png", "media/%2e%2e.png"),  # a literal '%' in the name, written as %25
        ("../../media/x.png?v=2#top", "media/x.png"),
    ],
)
def test_allowed_pictures_are_decoded_and_normalised(src: str, path: str) -> None:
    target = image_target(PAGE_DIR, src)
    assert target.allowed and target.path == path


@pytest.mark.parametrize(
    ("src", "why"),
    [
        ("%2e%2e/%2e%2e/%2e%2e/secret.png", "outside the pack"),
        ("%2E%2E/%2E%2E/%2E%2E/%2E%2E/secret.png", "outside the pack"),
        ("../../media/%2e%2e/%2e%2e/%2e%2e/x.png", "outside the pack"),
        ("..%2f..%2f..%2fsecret.png", "outside the pack"),
        ("/etc/passwd", "not a file of the pack"),
        ("%2fdev%2fzero", "not a file of the pack"),
        ("../../course/01-start/pic.png", "not in the pack's media/ folder"),
        ("pic.png", "not in the pack's media/ folder"),
        ("../../media\\x.png", "not a file name"),
        ("../../media/x%00.png", "not a file name"),
        ("../../media/forged%0aline.png", "not a file name"),
        ("../../media/%ff.png", "not a file name"),
        ("C%3a/x.png", "not a file of the pack"),
        ("", "not a file name"),
    ],
)
def test_refused_pictures_say_why(src: str, why: str) -> None:
    target = image_target(PAGE_DIR, src)
    assert not target.allowed and why in target.refusal and target.path == ""


@given(st.text(alphabet="./%2eEfF5c\\:a", max_size=40))
@settings(max_examples=300, deadline=None)
def test_an_allowed_path_never_leaves_media(src: str) -> None:
    target = image_target(PAGE_DIR, src)
    if target.allowed:
        parts = target.path.split("/")
        assert parts[0] == "media" and ".." not in parts and "" not in parts
        assert image_target("", image_src(target.path)).path == target.path  # what Qt decodes is what we checked


def test_reader_urls_are_only_our_scheme() -> None:
    assert reader_url_path("pack:/media/my%20square.png") == "media/my square.png"
    assert reader_url_path("pack:/secret.png") is None
    assert reader_url_path("pack:/media/%2e%2e/x.png") is None
    assert reader_url_path("pack://evil/media/x.png") is None
    for url in ("file:///dev/zero", "http://example.org/media/x.png", "data:image/png;base64,AAAA", "qrc:/x.png"):
        assert reader_url_path(url) is None


def test_media_file_wants_a_regular_file_inside_media(tmp_path: Path) -> None:
    root = tmp_path / "pack"
    (root / "media").mkdir(parents=True)
    (root / "media" / "ok.png").write_bytes(b"png")
    outside = tmp_path / "secret.png"
    outside.write_bytes(b"secret")
    os.symlink(outside, root / "media" / "link.png")
    os.symlink("/dev/zero", root / "media" / "zero.png")
    os.mkfifo(root / "media" / "fifo.png")
    (root / "media" / "folder.png").mkdir()
    assert media_file(root, "media/ok.png") == (root / "media" / "ok.png").resolve()
    for name in ("link.png", "zero.png", "fifo.png", "folder.png", "gone.png"):
        assert media_file(root, f"media/{name}") is None
        assert media_problem(root, f"media/{name}")
    assert media_problem(root, "media/ok.png") is None
    assert "missing" in (media_problem(root, "media/gone.png") or "")
    assert "outside media/" in (media_problem(root, "media/link.png") or "")
    assert "not a regular file" in (media_problem(root, "media/fifo.png") or "")


def test_media_folder_that_is_a_link_out_of_the_pack_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "x.png").write_bytes(b"x")
    root = tmp_path / "pack"
    root.mkdir()
    os.symlink(elsewhere, root / "media")
    assert read_media(root, "pack:/media/x.png") is not None  # media/ itself is the pack's choice ...
    os.symlink(tmp_path, elsewhere / "up")
    assert read_media(root, "pack:/media/up/pack/media/x.png") is not None
    assert read_media(root, "pack:/media/up/secret.png") is None  # ... but nothing reached through it


def test_read_media_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "pack"
    (root / "media").mkdir(parents=True)
    (root / "media" / "big.png").write_bytes(b"x" * 2000)
    assert read_media(root, "pack:/media/big.png") == b"x" * 2000
    assert read_media(root, "pack:/media/big.png", max_bytes=1000) is None
    monkeypatch.setattr(media, "MAX_IMAGE_BYTES", 1000)
    assert media_file(root, "media/big.png") is None
    assert "MB" in (media_problem(root, "media/big.png") or "")


def test_messages_show_an_address_on_one_line_and_short() -> None:
    refusal = image_target(PAGE_DIR, "x\n" * 1000).refusal
    assert "\n" not in refusal and len(refusal) < 300


def test_a_picture_elsewhere_in_the_pack_is_a_warning_one_outside_an_error() -> None:
    assert image_target(PAGE_DIR, "pic.png").severity == "warning"
    assert image_target(PAGE_DIR, "%2e%2e/%2e%2e/%2e%2e/x.png").severity == "error"
