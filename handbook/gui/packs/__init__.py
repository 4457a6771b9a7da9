"""The Packs window: installing, updating, rolling back, exporting and removing packs."""
