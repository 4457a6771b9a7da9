"""The session planner, the activity library and printing from them."""
