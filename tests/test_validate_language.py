"""A trainer on a Spanish computer reads ``validate``, ``search`` and ``preview`` in Spanish, file and line kept."""

from __future__ import annotations

import re
from pathlib import Path

from tests.broken_pack import unquoted, write_broken_pack
from tests.test_cli_language import ENGLISH, QT_LOCALE_WARNING, SPANISH, handbook
from tests.test_spanish import english_words

WHERE = re.compile(r"^(\S+?\.(?:md|yaml|png))(:\d+)?: ")  # every problem starts with its file, and its line


def problem_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line not in QT_LOCALE_WARNING]


def test_validate_a_broken_pack_in_spanish_and_in_english(tmp_path: Path) -> None:
    root = write_broken_pack(tmp_path / "roto")
    spanish = handbook(tmp_path, SPANISH, "validate", str(root))
    english = handbook(tmp_path, ENGLISH, "validate", str(root))
    assert spanish.returncode == english.returncode == 1, spanish.stderr
    said, written = problem_lines(spanish.stdout), problem_lines(english.stdout)
    assert len(said) == len(written) > 85
    # The same files and lines, in the same order: only the words change.
    where = [WHERE.match(line) for line in said]
    assert all(where), [line for line, found in zip(said, where, strict=True) if not found]
    assert [m.group(0) for m in where if m] == [WHERE.match(line).group(0) for line in written]  # type: ignore[union-attr]
    assert sum(bool(m and m.group(2)) for m in where) > 75
    english_left = {line: words for line in said if (words := english_words(unquoted(line)))}
    assert not english_left, english_left
    assert "course/01-inicio/14-lineas.md:10001: la página tiene más de 10.000 líneas." in spanish.stdout
    assert "02-campos.md:5: aviso: campo desconocido: 'color' (los campos válidos son: title," in spanish.stdout
    assert ": autoevaluación: 'answer' debe ser el número de la respuesta correcta, de 1 a 2." in spanish.stdout
    summary = problem_lines(spanish.stderr.replace(str(root), "roto"))
    assert summary == ["roto: 21 páginas, 83 errores, 10 avisos"], spanish.stderr
    # English reads as it did before the messages were made translatable.
    for line in (
        "course/01-inicio/01-sin-titulo.md:1: 'title' is missing; add a line 'title: ...' to the front matter.",
        "course/01-inicio/02-campos.md:5: warning: unknown field 'color' (known fields: title, minutes, kind, id, "
        "objectives); check the spelling.",
        "course/01-inicio/13-grande.md: has 135,044 bytes; the most allowed is 131,072. Make it shorter or split it "
        "into several files.",
        "course/01-inicio/24-autoevaluacion.md:91: quiz: 'answer' must be the number of the right choice, from 1 to 2.",
        "plans/01-primera.md:5: agenda item 5 (Minutos) needs 'minutes:' as a whole number from 0 to 1,000,000.",
        "media/tubo.png: is a FIFO (named pipe); a pack holds only regular files. Remove it from the folder.",
    ):
        assert line in written, line
    assert english.stderr.endswith(": 21 pages, 83 errors, 10 warnings\n")


def test_search_and_preview_speak_spanish(tmp_path: Path) -> None:
    found = handbook(tmp_path, SPANISH, "search", "zxqwv", "--pack", "content-es")
    empty = handbook(tmp_path, SPANISH, "search", "'", "--pack", "content-es")
    preview = handbook(tmp_path, SPANISH, "preview", str(tmp_path / "nada"))
    assert found.returncode == 1 and "preparando el índice del paquete" in found.stderr
    assert "no se encontró nada para 'zxqwv'; prueba con menos palabras o más cortas" in found.stderr
    assert empty.returncode == 2 and "la búsqueda no tiene palabras que buscar" in empty.stderr
    assert preview.returncode == 2 and "no es una carpeta; indica la carpeta de origen del paquete" in preview.stderr
    said = "\n".join(line for run in (found, empty, preview) for line in problem_lines(run.stderr))
    said = said.replace(str(tmp_path), "").replace("handbook search", "")
    assert english_words(said) == [], said
