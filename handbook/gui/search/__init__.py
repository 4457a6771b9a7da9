"""Search in the window: the field, the panel of results and the index built in the background."""
