"""A librarian on a Spanish computer reads why a pack is refused, and what a pack change does, in Spanish."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from handbook.core.content.loader import load_pack
from handbook.core.packs.diff import compare_packs
from handbook.core.packs.errors import PackError
from handbook.core.packs.library import PackLibrary
from handbook.core.packs.names import name_problem
from handbook.core.packs.verify import verify_pack
from tests.conftest import FIXTURES
from tests.packfiles import BadPack, bad_pack_corpus
from tests.test_spanish import english_words
from tests.test_translations import spanish  # noqa: F401  (the fixture)

# Words of the English pack messages that Spanish never uses, beyond tests/test_spanish.py's list.
PACK_WORDS = {
    "pack", "file", "refused", "damaged", "copy", "get", "new", "was", "has", "have", "holds", "folder", "entry",
    "entries", "name", "says", "lists", "manifest", "built", "changed", "cannot", "be", "nothing", "installed",
    "install", "more", "than", "most", "may", "declares", "would", "expand", "times", "bomb", "twice",
    "link", "encrypted", "checksum", "missing", "end", "empty", "incomplete", "again", "build", "make", "give",
    "gives", "version", "newer", "older", "which", "does", "look", "like", "text", "list", "fields", "an",
}  # fmt: skip


def spanish_only(message: str, pack: Path) -> list[str]:
    """The English words left in ``message``, once the pack's own names (file, entries, quoted values) are out."""
    said = message.replace(str(pack), "")
    said = said.split(":\n", 1)[0]  # after it: the content's own problems, which 'handbook validate' words
    said = re.sub(r"'[^']*'", "", said)  # names from inside the pack, quoted as they are
    said = said.replace("manifest.json", "").replace("pack.yaml", "").replace("handbook pack build", "")
    words = re.findall(r"[^\W\d_]+", said)
    return sorted(set(english_words(said)) | {w for w in words if w.casefold() in PACK_WORDS})


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[BadPack]:
    good = tmp_path_factory.mktemp("good") / "mini-pack"
    shutil.copytree(FIXTURES / "mini-pack", good)
    return bad_pack_corpus(good, tmp_path_factory.mktemp("bad"))


@pytest.mark.usefixtures("spanish")
def test_every_refused_pack_says_why_in_spanish_naming_the_file(corpus: list[BadPack], private_data_dir: Path) -> None:
    library = PackLibrary(private_data_dir)
    seen = set()
    for bad in corpus:
        with pytest.raises(PackError) as caught:
            library.prepare_install(bad.path)
        message = str(caught.value)
        assert str(bad.path) in message or bad.name == "needs-newer-app", f"{bad.name}: {message}"
        assert spanish_only(message, bad.path) == [], f"{bad.name}: {message}"
        seen.add(message.replace(str(bad.path), "<pack>"))
    assert len(seen) == len(corpus)  # each case keeps its own reason in Spanish too


@pytest.mark.usefixtures("spanish")
def test_a_refusal_for_one_and_for_many_reads_right(corpus: list[BadPack]) -> None:
    by_name = {bad.name: bad for bad in corpus}
    with pytest.raises(PackError) as caught:
        verify_pack(by_name["empty-file"].path)
    assert "está vacío (0 bytes); la copia salió mal. Cópialo o descárgalo de nuevo." in str(caught.value)
    assert name_problem("../x.md") == "sube una carpeta con '..'"
    assert name_problem("forms/con.md") == "usa el nombre reservado 'con.md'"


def test_english_is_as_before(corpus: list[BadPack]) -> None:
    by_name = {bad.name: bad for bad in corpus}
    with pytest.raises(PackError) as caught:
        verify_pack(by_name["empty-file"].path)
    assert (
        str(caught.value)
        == f"{by_name['empty-file'].path}: is empty (0 bytes); the copy went wrong. Copy or download it again."
    )
    assert name_problem("../x.md") == "goes up a folder with '..'"


@pytest.mark.usefixtures("spanish")
def test_the_change_list_before_an_update_is_spanish(tmp_path: Path) -> None:
    old = load_pack(FIXTURES / "mini-pack")
    source = tmp_path / "mini-pack"
    shutil.copytree(FIXTURES / "mini-pack", source)
    (source / "forms" / "sign-in-sheet.md").unlink()
    (source / "pack.yaml").write_text(
        (source / "pack.yaml").read_text(encoding="utf-8").replace("1.2.3", "1.3.0"), encoding="utf-8"
    )
    text = compare_packs(old, load_pack(source)).describe()
    assert "Formularios: se quita 1" in text and "- formulario " in text
    assert "El progreso se conserva" in text
    titles = {page.title for page in old.pages()} | {old.info.title}
    for title in titles:
        text = text.replace(title, "")
    text = re.sub(r"\([a-z0-9-]+\)", "", text)  # the pages' ids
    assert english_words(text) == [] and [w for w in re.findall(r"[^\W\d_]+", text) if w in PACK_WORDS] == [], text
