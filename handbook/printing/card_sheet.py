"""An activity as a card to cut out: its facts, what it is and its steps, in shorter and shorter forms."""

from __future__ import annotations

from handbook.core.content import Activity
from handbook.core.pages import KIND_LABELS
from handbook.printing.markup import esc, markdown_html, sections


def card_facts(activity: Activity) -> str:
    low, high = activity.group
    setting = " or ".join(activity.setting)
    facts = [
        f"<b>{esc(KIND_LABELS.get(activity.kind, activity.kind))}</b>",
        f"{activity.minutes_label} min",
        f"{low}-{high} people",
        esc(setting),
        f"{esc(activity.energy)} energy",
    ]
    materials = ", ".join(activity.materials) or "none"
    return (
        f'<p class="card-facts">{" &middot; ".join(facts)}</p>'
        f'<p class="card-facts materials">Materials: {esc(materials)}</p>'
    )


def card_variants(activity: Activity) -> tuple[str, ...]:
    """The card's HTML, fullest first; each later one leaves out a part, for a small card.

    The steps are never left out: they are what a facilitator needs in the room.
    """
    parts = sections(activity.body)
    head = f'<h2 class="card">{esc(activity.title)}</h2>{card_facts(activity)}'

    def build(keep: tuple[str, ...]) -> str:
        chunks = [head]
        for part in parts:
            name = part.title.casefold()
            if (name or "intro") not in keep:
                continue
            if part.title:
                chunks.append(f"<h3>{esc(part.title)}</h3>")
            chunks.append(markdown_html(part.text, activity, shift_headings=2))
        return "\n".join(chunks)

    everything = tuple((p.title.casefold() or "intro") for p in parts)
    without_variant = tuple(name for name in everything if name != "variant")
    essentials = tuple(name for name in without_variant if name in ("intro", "steps"))
    steps_only = tuple(name for name in essentials if name == "steps") or essentials
    variants = []
    for keep in (everything, without_variant, essentials, steps_only):
        html = build(keep)
        if html not in variants:
            variants.append(html)
    return tuple(variants)
