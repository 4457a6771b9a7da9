"""The app in Spanish throughout: the dashboard, a self-check and a printed plan have no English sentence left."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument

from handbook.core.content.loader import load_pack
from handbook.core.content.pages import render_page
from handbook.core.content.render_model import PageState
from handbook.core.planning.circle import CircleDetails
from handbook.core.planning.plans import build_meetings
from handbook.core.progress.dashboard import dashboard_html
from handbook.core.progress.record import DONE, IN_PROGRESS, ItemProgress
from handbook.printing.jobs import plan_job
from tests.conftest import REPO, PackWriter
from tests.pdftext import pdf_pages_text
from tests.test_translations import spanish  # noqa: F401  (the fixture)

# Words of English sentences that Spanish never uses; the pack below is written in Spanish, so any of these
# comes from the app.
ENGLISH = {
    "the", "of", "and", "you", "your", "is", "are", "not", "to", "right", "lesson", "lessons", "done", "minutes",
    "minute", "week", "page", "time", "open", "next", "score", "passed", "quite", "what", "happens", "notes",
    "steps", "continue", "where", "left", "every", "certificate", "progress", "module", "modules", "spent",
    "carry", "on", "none", "answer", "question", "choose", "check", "it", "course", "with", "for", "in", "at",
    "about", "people", "kind", "group", "energy", "materials", "setting", "start", "starts", "meeting", "theme",
    "facilitator", "learning", "circle", "this", "still", "passing", "takes", "read", "again", "try",
}  # fmt: skip

SPANISH_PACK = {
    "pack.yaml": "id: circulos\ntitle: Círculos de aprendizaje\nversion: 1.0.0\nlanguage: es\n",
    "course/01-inicio/_module.md": "---\ntitle: Primeros pasos\nsummary: Qué es un círculo.\n---\nBienvenida.",
    "course/01-inicio/01-lectura.md": (
        "---\ntitle: Un grupo de estudio\nminutes: 8\nkind: read\nobjectives:\n  - Entender la idea.\n---\n"
        "Un círculo se reúne cada semana."
    ),
    "course/01-inicio/02-autoevaluacion.md": (
        "---\ntitle: Autoevaluación\nminutes: 5\nkind: quiz\n---\nResponde.\n\n"
        "```quiz\nquestion: ¿Quién facilita?\nchoices:\n  - Una persona experta\n  - Una persona que aprende con el grupo\n"
        "answer: 2\nexplanation: Quien facilita aprende con el grupo.\n```\n\n"
        "```quiz\nquestion: ¿Cada cuánto se reúne?\nchoices:\n  - Cada semana\n  - Cada año\n"
        "answer: 1\nexplanation: Se reúne cada semana.\n```\n"
    ),
    "activities/ronda.md": (
        "---\ntitle: Ronda de nombres\nkind: check-in\nminutes: [5, 10]\ngroup: [3, 20]\nsetting: [in-person, online]\n"
        "energy: low\nmaterials: []\n---\nCada persona dice su nombre.\n\n## Pasos\n\n1. Formen un círculo.\n"
        "2. Cada persona dice su nombre.\n"
    ),
    "plans/01-primera.md": (
        "---\ntitle: Primera sesión\nweek: 1\ntheme: Conocernos\nminutes: 60\nagenda:\n"
        "  - {title: Bienvenida, minutes: 10, activity: ronda, notes: Recibe a cada persona.}\n"
        "  - {title: Trabajo del curso, minutes: 50}\n---\nPrepara la sala antes.\n"
    ),
}


def english_words(text: str) -> list[str]:
    return sorted({word for word in re.findall(r"[^\W\d_]+", text) if word.casefold() in ENGLISH})


def plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


@pytest.mark.usefixtures("spanish")
def test_dashboard_quiz_and_printed_plan_are_spanish(write_pack: PackWriter, tmp_path: Path) -> None:
    pack = load_pack(write_pack(SPANISH_PACK))
    assert not pack.has_errors, pack.problems
    reading, quiz = pack.modules[0].lessons
    records = {
        ("circulos", "inicio/lectura"): ItemProgress("circulos", "inicio/lectura", status=DONE, seconds=700,
                                                     note="Traer etiquetas.", updated="2027-03-02T18:00:00+00:00"),
        ("circulos", "inicio/autoevaluacion"): ItemProgress("circulos", "inicio/autoevaluacion", status=IN_PROGRESS,
                                                            answers={0: 0, 1: 0}),
    }  # fmt: skip
    dashboard = plain(dashboard_html(pack, records, "Amina", last_page=quiz))
    assert "Progreso de Amina" in dashboard and "1 de 2 lecciones completadas" in dashboard
    assert english_words(dashboard) == [], dashboard

    answered = plain(render_page(quiz, pack, PageState(answers={0: 0, 1: 0})).html)
    assert "No exactamente." in answered and "Correcto." in answered and "Tu resultado: 1 de 2 correctas." in answered
    assert english_words(answered) == [], answered
    fresh = plain(render_page(quiz, pack, PageState()).html)
    assert "Responde la pregunta 1" in fresh and english_words(fresh) == [], fresh
    for page in (reading, pack.activities[0], pack.plans[0]):
        text = plain(render_page(page, pack, start=dt.time(17, 45)).html)
        assert english_words(text) == [], text

    details = CircleDetails(venue="Biblioteca Central", first_meeting=dt.date(2027, 3, 2), meetings=1,
                            meeting_minutes=60, facilitators=("Ana",))  # fmt: skip
    target = tmp_path / "plan.pdf"
    plan_job(pack, build_meetings(pack, details), details, 1, "A4").write_pdf(target)
    [printed] = pdf_pages_text(target)
    assert "martes, 2 de marzo de 2027" in printed and "Semana 1 de 1: Primera sesión" in printed
    assert "Página 1 de 1" in printed
    assert english_words(printed) == [], printed


@pytest.mark.usefixtures("spanish")
def test_the_spanish_pack_validates_and_prints_a_spanish_packet(tmp_path: Path) -> None:
    """content-es: the forms, the plans and the activities they use, for a circle that speaks Spanish."""
    from handbook.core.content.validate import validate_pack
    from handbook.printing.form_sheet import find_form
    from handbook.printing.jobs import cards_job, form_job, packet_job

    root = REPO / "content-es"
    report = validate_pack(root)
    assert [problem.format(root) for problem in report.problems] == []
    pack = report.pack
    english = load_pack(REPO / "content")
    assert pack.info.language == "es" and pack.info.id != english.info.id
    assert {form.id for form in pack.forms} == {form.id for form in english.forms}  # every form, same names
    assert len(pack.plans) >= 6
    for plan in pack.plans:
        assert all(pack.activity(item.activity) is not None for item in plan.agenda if item.activity), plan.path
    details = CircleDetails("Aprender a programar", "Biblioteca Central", ("Ana",), dt.date(2027, 3, 2),
                            start_time=dt.time(17, 45))  # fmt: skip
    packet = tmp_path / "cuadernillo.pdf"
    packet_job(pack, build_meetings(pack, details), details, "A4").write_pdf(packet)
    pages = pdf_pages_text(packet)
    assert "6 sesiones, los martes 17:45-19:15" in pages[0] and "martes, 2 de marzo de 2027" in pages[0]
    assert english_words(" ".join(pages)) == []  # "noté" is Spanish, not "not"
    sign_in = tmp_path / "asistencia.pdf"
    form_job(find_form(pack, "sign-in-sheet"), "A4", None, details).write_pdf(sign_in)
    [text] = pdf_pages_text(sign_in)
    assert "Curso: Aprender a programar" in text and "Facilitación: Ana" in text
    cards = tmp_path / "tarjetas.pdf"
    cards_job(pack, pack.activities, "A4", 4).write_pdf(cards)
    printed = " ".join(pdf_pages_text(cards))
    assert "Rompehielos" in printed and "Materiales:" in printed and "Formen grupos de tres" in printed
    assert english_words(printed) == [], printed


def test_a_command_prints_in_the_language_of_the_computer(tmp_path: Path) -> None:
    """`handbook print plan` on a computer set to Spanish: the same catalogue as the app, installed by the CLI."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, LANG="es_ES.UTF-8", LANGUAGE="es", LC_ALL="es_ES.UTF-8", QT_QPA_PLATFORM="offscreen",
               HANDBOOK_DATA_DIR=str(tmp_path / "data"))  # fmt: skip
    out = tmp_path / "semana.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "handbook", "print", "plan", "--week", "2", "--pack", str(REPO / "content-es"), "-o", str(out)],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"se escribió {out} (1 página, "), result.stdout  # what it says, in Spanish too
    [text] = pdf_pages_text(out)
    assert "Semana 2 de 6: Ponerse metas" in text and "Fecha:" in text and "Página 1 de 1" in text


@pytest.mark.usefixtures("spanish")
def test_spanish_blanks_and_week_tables_are_filled_in_spanish() -> None:
    """The certificate's 'del ____ al ____' and 'el curso gratuito en línea ____' are filled, and a week table's dates
    are written as the Spanish 'Semana 3 ____' is, not 'Tue 2 Mar'."""
    from handbook.printing.form_fill import FILLED_CLOSE, FILLED_OPEN, circle_answers, fill_blanks, with_week_rows

    details = CircleDetails("Aprender a programar", "Biblioteca Central", ("Ana",), dt.date(2027, 3, 2), meetings=3)
    form = ("realizado en ________________ del ______________________ al ______________________.\n\n"
            "estudió el curso gratuito en línea\n______________________________ y ayudó.\n\n"
            "Pide ayuda desde ________________ hasta que alguien responda.")  # fmt: skip
    filled = re.sub(f"[{FILLED_OPEN}{FILLED_CLOSE}\u00a0 ]+", " ", fill_blanks(form, circle_answers(details)))
    assert "realizado en Biblioteca Central del 2 de marzo de 2027 al 16 de marzo de 2027" in filled, filled
    assert "Aprender a programar y ayudó" in filled and "desde ____" in filled  # 'desde' alone opens no range
    table = "| Semana | Fecha | Notas |\n|---|---|---|\n| 1 |  |  |\n| 2 |  |  |\n|  |  |  |\n"
    assert with_week_rows(table, details) == (
        "| Semana | Fecha | Notas |\n|---|---|---|\n| 1 | mar 2/3 |  |\n| 2 | mar 9/3 |  |\n| 3 | mar 16/3 |  |\n"
        "|  |  |  |\n"
    )


@pytest.mark.usefixtures("spanish")
def test_a_weekday_in_the_plural_is_spanish_as_a_whole() -> None:
    """'Saturdays' is 'los sábados', not 'los sábado': the plural is translated, not made by adding an s."""
    from handbook.printing.form_fill import circle_answers

    saturday = CircleDetails("Aprender a programar", "Biblioteca Central", ("Ana",), dt.date(2027, 3, 6), meetings=3)
    tuesday = CircleDetails("Aprender a programar", "Biblioteca Central", ("Ana",), dt.date(2027, 3, 2), meetings=3)
    assert saturday.weekday_plural == "sábados" and tuesday.weekday_plural == "martes"
    answers = " ".join(str(value) for value in circle_answers(saturday).values())
    assert "los sábados" in answers and "los sábado," not in answers


def test_the_spanish_forms_and_plans_come_with_handbook(
    private_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An installed Handbook has content-es: 'print ... --pack es' and 'pack install es' need no checkout."""
    from handbook.cli import main
    from handbook.core.resources import bundled_translations

    assert bundled_translations()["es"].name == "content-es"
    out = tmp_path / "hoja.pdf"
    assert main(["print", "form", "sign-in-sheet", "--pack", "es", "-o", str(out)]) == 0
    assert "Hoja de asistencia" in " ".join(pdf_pages_text(out))
    assert main(["pack", "install", "es"]) == 0
    printed = capsys.readouterr()
    assert "learning-circles-es" in printed.out and "warning" not in printed.err  # it comes with Handbook itself
    assert main(["pack", "list"]) == 0
    assert "content-es (comes with Handbook)" in capsys.readouterr().out


@pytest.mark.usefixtures("spanish")
def test_what_a_facilitator_is_told_about_profiles_and_saving_is_spanish(tmp_path: Path) -> None:
    """A name left empty, a name taken, a file that cannot be written: said in Spanish, naming the file."""
    from handbook.core.paths import DataDir
    from handbook.core.progress.profiles import ProfileError, Profiles
    from handbook.core.storage import StorageError, atomic_write_bytes

    profiles = Profiles(DataDir(tmp_path / "data"))
    with pytest.raises(ProfileError, match="Escribe un nombre para el perfil"):
        profiles.create("")
    profiles.create("Ana")[1].close()
    with pytest.raises(ProfileError, match="Ya hay un perfil llamado 'Ana'"):
        profiles.create("Ana")
    (tmp_path / "file").write_text("x")
    with pytest.raises(StorageError) as caught:
        atomic_write_bytes(tmp_path / "file" / "inside.json", b"{}")  # a file where a folder should be
    assert caught.value.message.startswith(f"{tmp_path / 'file' / 'inside.json'}: no se puede escribir aquí")


@pytest.mark.usefixtures("spanish")
def test_a_mistake_in_a_circle_file_is_explained_in_spanish_with_its_line(tmp_path: Path) -> None:
    from handbook.core.planning.circle import CircleError, load_circle_details

    circle = tmp_path / "circulo.yaml"
    circle.write_text("first_meeting: 2027-03-06\nmeetings: 30\n", encoding="utf-8")
    with pytest.raises(CircleError) as caught:
        load_circle_details(circle)
    assert (
        caught.value.message
        == f"{circle}:2: 'meetings' es 30, pero debe estar entre 1 y 16. De seis a ocho funcionan bien."
    )
