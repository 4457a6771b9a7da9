"""Pack files: build, verify, install, update, roll back, export, and importers from other formats.

Start-up reads only ``registry`` (installed.json); the modules that open zip files load on demand.
"""
