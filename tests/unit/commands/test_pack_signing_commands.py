"""pack keygen, build --sign, verify, trust, untrust and install --allow-new-signer, as a trainer and a library type them."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from handbook.core.packs import signing
from tests.unit.commands.test_pack_commands import _bump, run


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys made here use a test's scrypt cost; the file format is the same as with minisign's cost."""
    monkeypatch.setattr(signing, "DEFAULT_OPSLIMIT", 1 << 20)
    monkeypatch.setattr(signing, "DEFAULT_MEMLIMIT", 1 << 24)
    monkeypatch.delenv("HANDBOOK_KEY_PASSPHRASE", raising=False)


def test_keygen_writes_a_key_pair_once_and_says_how_to_keep_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "pack", "keygen", "-o", "trainer", "--no-passphrase")
    assert code == 0 and "not on the library computers" in out and "backup" in out and "never put it in a pack" in out
    assert "no passphrase" in err
    key = signing.read_secret_key(tmp_path / "trainer.key")
    assert key.public == signing.read_public_key(tmp_path / "trainer.pub") and key.key_id_hex in out
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "trainer.key").stat().st_mode) == 0o600
    before = (tmp_path / "trainer.key").read_bytes()
    code, _, err = run(capsys, "pack", "keygen", "-o", "trainer", "--no-passphrase")
    assert code == 2 and "already exists; nothing was overwritten" in err
    assert (tmp_path / "trainer.key").read_bytes() == before
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = run(capsys, "pack", "keygen", "-o", "other")
    assert code == 2 and "--passphrase-file" in err and not (tmp_path / "other.key").exists()


def test_keygen_asks_twice_and_refuses_a_mismatch(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    answers = iter(["one", "two", "same", "same"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    code, _, err = run(capsys, "pack", "keygen", "-o", "k")
    assert code == 2 and "differ" in err and not (tmp_path / "k.key").exists()
    assert run(capsys, "pack", "keygen", "-o", "k")[0] == 0
    assert signing.read_secret_key(tmp_path / "k.key", lambda: "same").key_id_hex


def test_a_trainer_signs_and_a_library_trusts_verifies_and_installs(
    capsys: pytest.CaptureFixture[str],
    mini_pack: Path,
    tmp_path: Path,
    private_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "pass.txt").write_text("open sesame\n")
    key_args = ["--passphrase-file", str(tmp_path / "pass.txt")]
    assert run(capsys, "pack", "keygen", "-o", str(tmp_path / "ana"), *key_args)[0] == 0
    key_id = signing.read_public_key(tmp_path / "ana.pub").key_id_hex
    pack = tmp_path / "mini.hbpack"
    code, out, _ = run(
        capsys, "pack", "build", str(mini_pack), "-o", str(pack), "--sign", str(tmp_path / "ana.key"), *key_args
    )
    assert code == 0 and f"Signed by key {key_id}" in out
    (tmp_path / "wrong.txt").write_text("sesame\n")
    wrong = ["--passphrase-file", str(tmp_path / "wrong.txt")]
    code, _, err = run(
        capsys,
        "pack",
        "build",
        str(mini_pack),
        "-o",
        str(tmp_path / "x.hbpack"),
        "--sign",
        str(tmp_path / "ana.key"),
        *wrong,
    )
    assert code == 2 and "the passphrase is wrong" in err and not (tmp_path / "x.hbpack").exists()

    code, out, _ = run(capsys, "pack", "verify", str(pack))
    assert code == 0 and f"signed by key {key_id}, which is not trusted here" in out
    code, out, _ = run(capsys, "pack", "trust", str(tmp_path / "ana.pub"), "--name", "Ana")
    assert code == 0 and f"Ana ({key_id})" in out
    code, out, _ = run(capsys, "pack", "verify", str(pack))
    assert code == 0 and f"signed by Ana ({key_id}), a trusted key; the signature is good" in out
    code, out, _ = run(capsys, "pack", "trust", "--list")
    assert code == 0 and key_id in out and "Only signed packs: off" in out

    code, _, err = run(capsys, "pack", "install", str(pack))
    assert code == 0 and "warning" not in err
    record = json.loads((private_data_dir / "packs" / "installed.json").read_text())["packs"]["mini-pack"]
    assert record["versions"]["1.2.3"]["signer"] == key_id

    # An update signed by someone else is refused unless the library says yes.
    assert run(capsys, "pack", "keygen", "-o", str(tmp_path / "bob"), "--no-passphrase")[0] == 0
    _bump(mini_pack, "1.3.0")
    update = tmp_path / "mini-1.3.0.hbpack"
    run(capsys, "pack", "build", str(mini_pack), "-o", str(update), "--sign", str(tmp_path / "bob.key"))
    code, _, err = run(capsys, "pack", "install", str(update), "--yes")
    assert code == 2 and f"signed by key {key_id}" in err and "--allow-new-signer" in err
    code, out, err = run(capsys, "pack", "install", str(update), "--yes", "--allow-new-signer")
    assert code == 0 and "Updated Mini pack 1.3.0" in out and "not on this computer's list of trusted keys" in err

    code, out, _ = run(capsys, "pack", "untrust", key_id.lower())
    assert code == 0 and "no longer trusted" in out
    code, _, err = run(capsys, "pack", "untrust", key_id)
    assert code == 2 and "No trusted key has the id" in err


def test_only_signed_packs_from_the_command_line(
    capsys: pytest.CaptureFixture[str], mini_pack: Path, tmp_path: Path, private_data_dir: Path
) -> None:
    pack = tmp_path / "plain.hbpack"
    run(capsys, "pack", "build", str(mini_pack), "-o", str(pack))
    code, out, _ = run(capsys, "pack", "trust", "--require")
    assert code == 0 and "Only signed packs: on" in out
    code, _, err = run(capsys, "pack", "install", str(pack))
    assert code == 2 and "it is not signed, and this library installs only signed packs" in err
    assert not (private_data_dir / "packs" / "mini-pack").exists()
    assert run(capsys, "pack", "trust", "--no-require")[0] == 0
    code, _, err = run(capsys, "pack", "install", str(pack))
    assert code == 0 and "warning: " in err and "this pack is not signed" in err


@pytest.mark.parametrize(
    ("content", "reason"),
    [("", "two lines"), ("untrusted comment: x\nRWQ=\n", "bytes, not 42"), ("hello\nworld\nthree\n", "two lines")],
)
def test_trust_refuses_a_file_that_is_not_a_public_key(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, private_data_dir: Path, content: str, reason: str
) -> None:
    (tmp_path / "bad.pub").write_text(content)
    code, _, err = run(capsys, "pack", "trust", str(tmp_path / "bad.pub"))
    assert code == 2 and "bad.pub: is not a minisign public key" in err and reason in err
    assert not (private_data_dir / "trust" / "keys.json").exists()
