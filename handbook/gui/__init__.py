"""Thin Qt widgets: one module per window, dialog or panel. They call core through objects from app.py."""
