"""The team server's side for a sales manager: what they do on the team server: see the reps and the team's accounts, give
accounts and contacts to reps (one by one, by a selection, by territory), share accounts, send
call lists, and hand a leaving rep's book to others — undoably.

Moving a book is set-based SQL, never rows through Python: every row hanging on the moved
accounts and contacts gets its new owner and a new change number (so the new owner's laptops pull
all of its history), and the old owner gets a revocation per row (their laptops drop it). Work
stays attributed to whoever did it (`author_id`), so the team's reports do not move with the book.
Everything runs under the same advisory lock as pushes, so change numbers stay in commit order.
"""
