"""Planning: the circle's details, session plans and agenda maths, the planner's saved state."""
