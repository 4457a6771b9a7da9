"""A large synthetic pack for benchmarks: ``python -m benchmarks.synthetic_pack DIR [--lessons N]``.

Lessons are made of common English words in varied sentences, so search and layout work on
something like real text; images are incompressible bytes of a given size, as photos are.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

WORDS = (
    "learning circle library facilitator group meeting course online week goal question answer "
    "share listen reflect plan room laptop headphones energy check-in activity discussion practice "
    "project feedback critique failure success community partner poster volunteer learner review "
    "reading video exercise notes journal survey certificate welcome introductions expectations "
    "silence conflict support patience curiosity confidence skills digital internet offline print "
    "schedule minutes agenda timer sticky whiteboard markers snacks chairs circle peer mentor"
).split()
ACCENTED = ("facilitación", "café", "réflexion", "educação", "naïve", "über")


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 16))]
    if rng.random() < 0.05:
        words.insert(rng.randrange(len(words)), rng.choice(ACCENTED))
    return " ".join(words).capitalize() + "."


def lesson_text(rng: random.Random, title: str, image: str | None) -> str:
    paragraphs = []
    for _ in range(rng.randint(4, 8)):
        paragraphs.append(" ".join(sentence(rng) for _ in range(rng.randint(3, 6))))
    if image:
        paragraphs.insert(1, f"![A picture]({image})")
    body = "\n\n".join(paragraphs)
    return (
        f'---\ntitle: "{title}"\nminutes: {rng.randint(5, 30)}\nkind: read\n---\n'
        f"## {title}\n\n{body}\n\n- [ ] Try it\n- [ ] Write a note\n"
    )


def make_synthetic_pack(
    root: Path,
    *,
    lessons: int = 2000,
    images: int = 200,
    image_bytes: int = 450_000,
    modules: int = 40,
    seed: int = 7,
    version: str = "1.0.0",
) -> Path:
    """Write a pack folder at ``root``; about 100 MB with the defaults. Returns ``root``."""
    rng = random.Random(seed)
    root = Path(root)
    (root / "media").mkdir(parents=True, exist_ok=True)
    (root / "pack.yaml").write_text(
        f"id: synthetic\ntitle: Synthetic pack\nversion: {version}\nlanguage: en\n"
        "license: CC BY-SA 4.0\nauthors: [Benchmarks]\ndescription: Generated for benchmarks.\n",
        encoding="utf-8",
    )
    for number in range(images):
        (root / "media" / f"image-{number:04d}.png").write_bytes(rng.randbytes(image_bytes))
    per_module = max(1, lessons // modules)
    written = 0
    for module in range(modules):
        folder = root / "course" / f"{module + 1:02d}-module-{module + 1}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "_module.md").write_text(
            f"---\ntitle: Module {module + 1}\nsummary: {sentence(rng)}\n---\n{sentence(rng)}\n", encoding="utf-8"
        )
        count = per_module if module < modules - 1 else lessons - written
        for index in range(count):
            image = None
            if written < images:
                image = f"../../media/image-{written:04d}.png"
            title = f"Lesson {written + 1}: {rng.choice(WORDS)} and {rng.choice(WORDS)}"
            (folder / f"{index + 1:03d}-lesson-{written + 1}.md").write_text(
                lesson_text(rng, title, image), encoding="utf-8"
            )
            written += 1
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dir", type=Path)
    parser.add_argument("--lessons", type=int, default=2000)
    parser.add_argument("--images", type=int, default=200)
    parser.add_argument("--image-bytes", type=int, default=450_000)
    args = parser.parse_args()
    make_synthetic_pack(args.dir, lessons=args.lessons, images=args.images, image_bytes=args.image_bytes)
    print(args.dir)


if __name__ == "__main__":
    main()
