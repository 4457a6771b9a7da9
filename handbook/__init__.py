"""Handbook: an offline training and session-planning tool for learning-circle facilitators."""

__version__ = "0.1.0"
