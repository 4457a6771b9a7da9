"""Meeting mode: a meeting run full screen from the keyboard, and what is written after it."""
