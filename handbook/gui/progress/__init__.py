"""A facilitator's progress in the window: profiles, backups, the dashboard, journal and reading tracking."""
