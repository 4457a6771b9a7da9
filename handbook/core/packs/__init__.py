"""Pack files: build, verify, install, update, roll back, export, and importers from other formats.

Start-up imports only ``active`` (one small read of installed.json); the rest loads on demand.
"""
