"""Qt item models over lists of dataclasses; they never touch the database."""
