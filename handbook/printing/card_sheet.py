"""An activity as a card to cut out: its facts, what it is and its steps, in shorter and shorter forms."""

from __future__ import annotations

from handbook.core.content.model import Activity
from handbook.core.content.pages import SETTING_LABELS, kind_label
from handbook.core.i18n import translate
from handbook.printing.markup import esc, markdown_html, sections


def card_facts(activity: Activity) -> str:
    low, high = activity.group
    setting = translate("pages", " or ").join(
        translate("core_labels", SETTING_LABELS.get(s, s)) for s in activity.setting
    )
    energy = translate("cards", "{level} energy").format(level=translate("core_labels", activity.energy))
    facts = [
        f"<b>{esc(kind_label(activity.kind))}</b>",
        esc(translate("pages", "{n} min").format(n=activity.minutes_label)),
        esc(translate("cards", "{low}-{high} people").format(low=low, high=high)),
        esc(setting),
        esc(energy),
    ]
    materials = translate("cards", "Materials: {list}").format(
        list=", ".join(activity.materials) or translate("pages", "none")
    )
    return f'<p class="card-facts">{" &middot; ".join(facts)}</p><p class="card-facts materials">{esc(materials)}</p>'


_SECTION_NAMES = {"pasos": "steps", "variante": "variant"}  # a Spanish pack's sections, as the English ones


def card_variants(activity: Activity) -> tuple[str, ...]:
    """The card's HTML, fullest first; each later one leaves out a part, for a small card.

    The steps are never left out: they are what a facilitator needs in the room.
    """
    parts = sections(activity.body)
    head = f'<h2 class="card">{esc(activity.title)}</h2>{card_facts(activity)}'

    def build(keep: tuple[str, ...]) -> str:
        chunks = [head]
        for part in parts:
            name = _SECTION_NAMES.get(part.title.casefold(), part.title.casefold())
            if (name or "intro") not in keep:
                continue
            if part.title:
                chunks.append(f"<h3>{esc(part.title)}</h3>")
            chunks.append(markdown_html(part.text, activity, shift_headings=2))
        return "\n".join(chunks)

    everything = tuple(_SECTION_NAMES.get(p.title.casefold(), p.title.casefold()) or "intro" for p in parts)
    without_variant = tuple(name for name in everything if name != "variant")
    essentials = tuple(name for name in without_variant if name in ("intro", "steps"))
    steps_only = tuple(name for name in essentials if name == "steps") or essentials
    variants = []
    for keep in (everything, without_variant, essentials, steps_only):
        html = build(keep)
        if html not in variants:
            variants.append(html)
    return tuple(variants)
