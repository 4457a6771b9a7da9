"""Search: the full-text index of a pack, query parsing and word forms."""
