"""A pack written in Spanish and broken in every way a trainer can break one, for the language tests.

Its names and words are Spanish, so any English in what ``validate`` says about it comes from the app.
Each file is named for what is wrong with it. Links, a FIFO and a socket are made where the system
allows them (they are how a careless copy brings them in).
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
from pathlib import Path

from handbook.core.content import agenda_items, loader, model, render

# Names a trainer writes as they are (YAML keys and their values): they stay English in a Spanish message.
NAMES = {
    *loader.PACK_KEYS, *loader.LESSON_KEYS, *loader.ACTIVITY_KEYS, *loader.PLAN_KEYS, *loader.MODULE_KEYS,
    *agenda_items.AGENDA_KEYS, *render.QUIZ_KEYS, *model.LESSON_KINDS, *model.ACTIVITY_KINDS, *model.SETTINGS,
}  # fmt: skip

MODULE = "---\ntitle: Inicio\nsummary: Para empezar.\n---\nBienvenida.\n"
LESSON = "---\ntitle: {title}\nminutes: 5\nkind: read\n---\n"


def _quiz(question: str, choices: list[str], answer: int) -> str:
    listed = "".join(f"  - {choice}\n" for choice in choices)
    return f"```quiz\nquestion: {question}\nchoices:\n{listed}answer: {answer}\n```\n\n"


def _boxes(depth: int) -> str:
    lines = [" " * (4 * level) + "!!! note" for level in range(depth)]
    return "\n".join(lines) + "\n" + " " * (4 * depth) + "Texto.\n\n"


_GUESSABLE = "".join(
    _quiz(f"¿Pregunta {n}?", ["Una respuesta larga y cuidada", "No", "Tal vez"], 1) for n in range(1, 5)
)
_BAD_QUIZZES = (
    "```quiz\n- solo una lista\n```\n\n"
    "```quiz\nchoices: [Sí, No]\nanswer: 1\n```\n\n"
    "```quiz\nquestion: ¿Una?\nchoices: [Sí]\nanswer: 1\n```\n\n"
    + _quiz("¿Muchas?", [f"Opción {n}" for n in range(27)], 1)
    + "```quiz\nquestion: ¿Sin respuesta?\nchoices: [Sí, No]\n```\n\n"
    "```quiz\nquestion: ¿Explicación?\nchoices: [Sí, No]\nanswer: 1\nexplanation: [uno, dos]\n```\n\n"
    "```quiz\nquestion: ¿Color?\nchoices: [Sí, No]\nanswer: 2\ncolor: rojo\n```\n\n"
)
_TOO_MUCH = (  # every cap of a page's structure at once: nesting, boxes, list items, table cells, quizzes
    "> " * 9 + "Muy adentro.\n\n" + _boxes(4) + "- punto\n" * 1_001 + "\n| a | b |\n|---|---|\n" + "| c | d |\n" * 501
    + "\n" + _quiz("¿Otra?", ["Sí", "No"], 1) * 101
)  # fmt: skip

FILES: dict[str, str | bytes] = {
    "pack.yaml": "id: Mal_Id\ntitle: Paquete roto\nversion: uno\nlanguage: es\nmin_app_version: x\ncolor: rojo\n",
    "course/01-inicio/_module.md": MODULE,
    "course/01-inicio/01-sin-titulo.md": "---\nminutes: 5\nkind: read\n---\nTexto.\n",
    "course/01-inicio/02-campos.md": (
        "---\ntitle: Campos\nminutes: cinco\nkind: charla\ncolor: azul\nobjectives: {a: 1}\n---\nTexto.\n"
    ),
    "course/01-inicio/03-yaml-roto.md": "---\ntitle: [sin cerrar\nminutes: 5\n---\nTexto.\n",
    "course/01-inicio/04-sin-fin.md": "---\ntitle: Sin fin\nminutes: 5\n",
    "course/01-inicio/05-lista.md": "---\n- uno\n- dos\n---\nTexto.\n",
    "course/01-inicio/06-latin1.md": "---\ntitle: Café\n---\n".encode("latin-1"),
    "course/01-inicio/07-anclas.md": "---\ntitle: &a Anclas\nminutes: 5\nkind: *a\n---\n",
    "course/01-inicio/08-hondo.md": "---\ntitle: Hondo\nobjectives: " + "[" * 21 + "x" + "]" * 21 + "\n---\n",
    "course/01-inicio/09-valores.md": "---\ntitle: Valores\nobjectives: [" + "1, " * 20_001 + "1]\n---\n",
    "course/01-inicio/10-numero.md": "---\ntitle: Número\nminutes: " + "1" * 5_000 + "\n---\n",
    "course/01-inicio/11-etiqueta.md": "---\ntitle: !!python/object:os.system x\nminutes: 5\n---\n",
    "course/01-inicio/12-encabezado.md": "---\ntitle: Largo\ndescription: " + "x " * 33_000 + "\n---\n",
    "course/01-inicio/13-grande.md": LESSON.format(title="Grande") + "Palabras. " * 13_500,
    "course/01-inicio/14-lineas.md": LESSON.format(title="Líneas") + "a\n" * 10_001,
    "course/01-inicio/15-corchetes.md": LESSON.format(title="Corchetes") + "[ " * 5_001,
    "course/01-inicio/16-palabra.md": LESSON.format(title="Palabra") + "p" * 10_001 + "\n",
    "course/01-inicio/17-textos.md": (
        "---\ntitle: " + "t" * 201 + "\nminutes: 0\nkind: read\nobjectives: [" + ", ".join(["o"] * 101) + "]\n---\n"
    ),
    "course/01-inicio/18-control.md": '---\ntitle: "Con\\x07control"\nminutes: 5\n---\n',
    "course/01-inicio/19-id.md": LESSON.format(title="Uno").replace("kind: read", "kind: read\nid: igual"),
    "course/01-inicio/20-id.md": LESSON.format(title="Dos").replace("kind: read", "kind: read\nid: igual"),
    "course/01-inicio/21-texto.md": "---\ntitle: [uno, dos]\n---\n",
    "course/01-inicio/22-resumen.md": '---\ntitle: Resumen\nminutes: 5\nobjectives: ["' + "r" * 2_001 + '"]\n---\n',
    "course/01-inicio/23-enlaces.md": LESSON.format(title="Enlaces")
    + (
        "[falta](no-existe.md) [fuera](../../../fuera.md) [sección](24-autoevaluacion.md#no-hay)\n\n"
        "![foto](../../media/falta.png) ![dato](data:image/png;base64,AAAA) ![otra](../../otra/dibujo.png)\n\n"
        "![raíz](/etc/foto.png) ![arriba](../../../../foto.png) ![mal](%FF.png) ![abs](file:/x.png)\n\n"
        "![grande](../../media/enorme.png) ![suelto](../../media/suelto.png) ![tubo](../../media/tubo.png)\n\n"
        "![salida](../../media/salida.png) ![](../../media/falta.png)\n"
    ),
    "course/01-inicio/24-autoevaluacion.md": LESSON.format(title="Autoevaluación") + _GUESSABLE + _BAD_QUIZZES,
    "course/01-inicio/25-demasiado.md": LESSON.format(title="Demasiado") + _TOO_MUCH,
    "course/02-inicio/_module.md": MODULE,
    "course/03-sin-modulo/01-leccion.md": LESSON.format(title="Lección"),
    "activities/ronda.md": (
        "---\ntitle: Ronda\nkind: check-in\nminutes: [5, 10]\nsetting: [in-person, en la luna]\n---\nPasos.\n"
    ),
    "activities/01-ronda.md": "---\ntitle: Otra ronda\nkind: check-in\nminutes: [9, 2]\n---\nPasos.\n",
    "activities/charla.md": "---\ntitle: Charla\nkind: check-in\nminutes: [5, 10]\n---\nPasos.\n",
    "activities/sin-minutos.md": "---\ntitle: Sin minutos\n---\nPasos.\n",
    "activities/materiales.md": (
        "---\ntitle: Materiales\nkind: check-in\nminutes: 5\nmaterials: [" + ", ".join(["m"] * 101) + "]\n---\n"
    ),
    "plans/01-primera.md": (
        "---\ntitle: Primera\nweek: 1\nminutes: 60\nagenda:\n  - solo texto\n  - {minutes: 5}\n"
        "  - {title: " + "t" * 201 + ', minutes: 5}\n  - {title: Notas, minutes: 5, notes: "a\\x07b"}\n'
        "  - {title: Minutos, minutes: muchos}\n  - {title: Actividad, minutes: 5, activity: [a, b]}\n"
        "  - {title: Color, minutes: 5, color: rojo}\n  - {title: Falta, minutes: 5, activity: no-existe}\n"
        "  - {title: Mucho, minutes: 30, activity: charla}\n  - {title: Poco, minutes: 2, activity: charla}\n"
        "  - {title: Uno, minutes: 1, activity: charla}\n---\n"
    ),
    "plans/primera.md": "---\ntitle: Repetida\nminutes: 60\n---\n",
    "plans/02-lista.md": "---\ntitle: Lista\nminutes: 60\nagenda: texto\n---\n",
    "plans/03-larga.md": "---\ntitle: Larga\nminutes: 60\nagenda: [" + ", ".join(["x"] * 101) + "]\n---\n",
    "forms/hoja.md": "---\ntitle: Hoja\n---\nTexto.\n",
    "forms/01-hoja.md": "---\ntitle: Hoja otra vez\n---\nTexto.\n",
    "forms/Caso.md": "---\ntitle: Caso\n---\n",
    "forms/caso.md": "---\ntitle: caso\n---\n",
    "media/foto.png": b"\x89PNG\r\n\x1a\n",
}


def write_broken_pack(root: Path) -> Path:
    """The broken pack in ``root``: the files above, a picture too big to show, links, a FIFO and a socket."""
    for rel, text in FILES.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    with open(root / "media" / "enorme.png", "wb") as big:  # sparse: 17 MB on paper, nothing on disk
        big.truncate(17_000_000)
    with contextlib.suppress(OSError, AttributeError, NotImplementedError):
        os.symlink(root / "media" / "nada.png", root / "media" / "suelto.png")
        os.symlink(root / "pack.yaml", root / "media" / "salida.png")
        os.mkfifo(root / "media" / "tubo.png")
        with socket.socket(socket.AF_UNIX) as listening:
            listening.bind(str(root / "forms" / "enchufe.md"))
    return root


def unquoted(message: str) -> str:
    """The message without what it quotes from the pack: values, names, paths and PyYAML's own words."""
    message = re.sub(r"YAML \([^)]*\)", "YAML", message)  # PyYAML says where it stopped, in English
    message = re.sub(r"'[^']*'|\S*[/_]\S*|\S+\.(?:md|yaml|png)\b", " ", message)
    return re.sub(r"[\w-]+", lambda word: " " if word.group() in NAMES else word.group(), message)
