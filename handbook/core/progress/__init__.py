"""Progress: records and their rules, the store, profiles, backups, transfer, journal and certificate."""
