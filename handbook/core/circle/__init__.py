"""The circle companion's core: the circle log, its summaries and the organiser's export (no Qt)."""
