"""The rep's day: the queue and its candidates, logging outcomes and their effects, planning ahead,
the item being worked on, goals and the end-of-day review."""
