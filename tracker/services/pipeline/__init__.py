"""Deals through the sales cycle: the board by stage, moves, wins and losses."""
