"""Handbook's core: pure Python, no Qt. Everything a test can check without a screen."""
