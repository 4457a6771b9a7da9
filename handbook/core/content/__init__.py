"""Content: the pack's dataclasses, front matter, the loader, its limits, Markdown rendering and validation."""
