"""``handbook pack feed|updates|update`` as a trainer and a librarian type them, against a feed on 127.0.0.1."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from handbook.cli import main
from handbook.core.packs.build import build_pack
from handbook.core.packs.feed_fetch import downloads_folder
from handbook.exit_codes import INTERRUPTED, PROBLEMS_FOUND, USER_ERROR
from tests.conftest import FIXTURES
from tests.feed_server import serve
from tests.unit.core.packs.conftest import set_version, snapshot


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def built(tmp_path: Path, version: str, folder: Path) -> Path:
    source = tmp_path / f"src-{version}"
    shutil.copytree(FIXTURES / "mini-pack", source)
    set_version(source, version)
    folder.mkdir(exist_ok=True)
    target = folder / f"mini-{version}.hbpack"
    build_pack(source, target)
    return target


@pytest.fixture
def feed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A feed folder with the mini pack 1.3.0; the data folder has 1.2.3 installed."""
    first = built(tmp_path, "1.2.3", tmp_path / "own")
    assert run(capsys, "pack", "install", str(first))[0] == 0
    folder = tmp_path / "feed"
    built(tmp_path, "1.3.0", folder)
    return folder


def test_feed_updates_update(
    capsys: pytest.CaptureFixture[str], feed: Path, private_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (feed / "broken.hbpack").write_bytes(b"nothing")
    code, out, err = run(capsys, "pack", "feed", str(feed))
    assert code == PROBLEMS_FOUND  # a pack was left out
    assert "mini-1.3.0.hbpack: Mini pack 1.3.0 (mini-pack, en), unsigned" in out
    assert f"{feed / 'index.json'}: packs listed: 1; left out: 1." in out
    assert "left out: " in err and "broken.hbpack" in err
    (feed / "broken.hbpack").unlink()
    assert run(capsys, "pack", "feed", str(feed))[0] == 0

    with serve(feed) as server:
        code, out, _ = run(capsys, "pack", "updates", "--from", server.url)
        assert code == 0
        assert out.splitlines()[1].split() == ["mini-pack:", "Mini", "pack", "1.2.3", "→", "1.3.0", "(15", "kB)"]
        assert f"handbook pack update --from {server.url}" in out

        monkeypatch.setattr("sys.stdin.isatty", lambda: False)
        before = snapshot(private_data_dir)
        code, out, err = run(capsys, "pack", "update", "--from", server.url)
        assert code == USER_ERROR and "Run again with --yes" in err
        assert {k: v for k, v in snapshot(private_data_dir).items() if "logs/" not in k} == {
            k: v for k, v in before.items() if "logs/" not in k
        }  # nothing changed but the log (the download was unpacked and dropped)

        code, out, _ = run(capsys, "pack", "update", "--from", server.url, "--yes")
        assert code == 0 and "Updated Mini pack to 1.3.0." in out
        code, out, _ = run(capsys, "pack", "updates", "--from", server.url)
        assert code == 0 and "every installed pack is up to date" in out
        code, out, _ = run(capsys, "pack", "list")
        assert server.url + "mini-1.3.0.hbpack" in out  # where it came from


def test_update_only_the_packs_named(capsys: pytest.CaptureFixture[str], feed: Path) -> None:
    run(capsys, "pack", "feed", str(feed))
    code, _, err = run(capsys, "pack", "update", "--from", str(feed), "other-pack", "--yes")
    assert code == USER_ERROR and "has no newer version of other-pack" in err
    code, out, _ = run(capsys, "pack", "update", "--from", str(feed), "mini-pack", "--yes")
    assert code == 0 and "Updated Mini pack to 1.3.0." in out


def test_bad_feeds_exit_2_with_the_reason(capsys: pytest.CaptureFixture[str], feed: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, "pack", "updates", "--from", str(tmp_path / "nowhere"))
    assert code == USER_ERROR and err.startswith("error: ") and "there is no feed here" in err
    (feed / "index.json").write_text(json.dumps({"format": "handbook-pack-feed", "version": 1, "packs": [
        {"id": "mini-pack", "title": "x", "version": "9.0.0", "language": "en", "size": 5, "sha256": "0" * 64,
         "signer": None, "file": "../../secret.hbpack"}]}))  # fmt: skip
    code, _, err = run(capsys, "pack", "update", "--from", str(feed), "--yes")
    assert code == USER_ERROR and "goes up a folder with '..'" in err
    code, _, err = run(capsys, "pack", "updates", "--from", "gopher://example.org")
    assert code == USER_ERROR and "'gopher:' addresses are not read" in err
    with pytest.raises(SystemExit) as caught:
        main(["pack", "updates", "--from", str(feed), "--timeout", "0"])
    assert caught.value.code == USER_ERROR and "give a number of seconds" in capsys.readouterr().err
    code, _, err = run(capsys, "pack", "feed", str(tmp_path / "nowhere"))
    assert code == USER_ERROR and "no such folder" in err


def test_a_slow_server_and_a_lie_about_the_size(capsys: pytest.CaptureFixture[str], feed: Path) -> None:
    run(capsys, "pack", "feed", str(feed))
    with serve(feed) as server:
        server.behaviour.delay = 1.0
        code, _, err = run(capsys, "pack", "updates", "--from", server.url, "--timeout", "0.2")
        assert code == USER_ERROR and "did not answer within 0.2 seconds" in err
    index = json.loads((feed / "index.json").read_text())
    index["packs"][0]["size"] += 1
    (feed / "index.json").write_text(json.dumps(index))
    with serve(feed) as server:
        code, _, err = run(capsys, "pack", "update", "--from", server.url, "--yes")
        assert code == USER_ERROR and "as the index says. It was deleted and nothing was changed" in err


def test_ctrl_c_keeps_the_part_and_the_next_run_continues(
    capsys: pytest.CaptureFixture[str], feed: Path, private_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, "pack", "feed", str(feed))
    monkeypatch.setattr("handbook.core.packs.feed_fetch.CHUNK", 4096)
    written: list[int] = []

    def progress(done: int, total: int) -> None:
        written.append(done)
        if len(written) == 2:
            raise KeyboardInterrupt

    import handbook.commands.pack

    quiet = handbook.commands.pack.print_progress
    monkeypatch.setattr("handbook.commands.pack.print_progress", progress)
    with serve(feed) as server:
        code, _, err = run(capsys, "pack", "update", "--from", server.url, "--yes")
        assert code == INTERRUPTED and "What arrived is kept; run the same command again to continue." in err
        parts = list(downloads_folder(private_data_dir).glob("*.part"))
        kept = parts[0].stat().st_size if len(parts) == 1 else -1
        assert 0 < kept < (feed / "mini-1.3.0.hbpack").stat().st_size
        monkeypatch.setattr("handbook.commands.pack.print_progress", quiet)
        server.behaviour.requests.clear()
        code, out, _ = run(capsys, "pack", "update", "--from", server.url, "--yes")
        assert code == 0 and "Updated Mini pack to 1.3.0." in out
        assert ("/mini-1.3.0.hbpack", f"bytes={kept}-") in server.behaviour.requests


def test_feed_names_the_key_that_signed_a_pack(capsys: pytest.CaptureFixture[str], feed: Path) -> None:
    from handbook.core.packs.signing import generate_key, sign

    key = generate_key()
    pack = feed / "mini-1.3.0.hbpack"
    with zipfile.ZipFile(pack) as archive:
        manifest = archive.read("manifest.json")
    with zipfile.ZipFile(pack, "a") as archive:
        archive.writestr("manifest.json.minisig", sign(manifest, key, "mini-pack 1.3.0"))
    code, out, _ = run(capsys, "pack", "feed", str(feed))
    assert code == 0 and f"mini-1.3.0.hbpack: Mini pack 1.3.0 (mini-pack, en), signed by key {key.key_id_hex}" in out
    assert json.loads((feed / "index.json").read_text())["packs"][0]["signer"] == key.key_id_hex


def test_update_from_a_new_signer_needs_allow_new_signer(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from handbook.core.packs.signing import generate_key

    trainer, stranger = generate_key(), generate_key()
    source = tmp_path / "src"
    shutil.copytree(FIXTURES / "mini-pack", source)
    build_pack(source, tmp_path / "own.hbpack", sign_with=trainer)
    assert run(capsys, "pack", "install", str(tmp_path / "own.hbpack"))[0] == 0
    set_version(source, "1.3.0")
    (tmp_path / "feed").mkdir()
    build_pack(source, tmp_path / "feed" / "mini-1.3.0.hbpack", sign_with=stranger)
    code, out, _ = run(capsys, "pack", "feed", str(tmp_path / "feed"))
    assert code == 0 and f"signed by key {stranger.public.key_id_hex}" in out
    code, _, err = run(capsys, "pack", "update", "--from", str(tmp_path / "feed"), "--yes")
    assert code == USER_ERROR and "--allow-new-signer" in err
    code, out, err = run(capsys, "pack", "update", "--from", str(tmp_path / "feed"), "--yes", "--allow-new-signer")
    assert code == 0 and "Updated Mini pack to 1.3.0." in out
    assert "not on this computer's list of trusted keys" in err  # the warning, as pack install gives it
