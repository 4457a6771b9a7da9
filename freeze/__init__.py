"""Helpers of build_app.py and handbook.spec for the standalone bundle; never shipped inside it."""
