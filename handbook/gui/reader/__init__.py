"""The main window and what sits in it: the reader, sidebar, find bar, notes, problems, preview."""
