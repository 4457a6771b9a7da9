"""What every window uses: the message bridge, questions, background jobs, first paint, theme and start-up dialogs."""
