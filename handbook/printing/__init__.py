"""Printing: HTML for print built from core data, laid out by Qt, to PDF or a printer."""
