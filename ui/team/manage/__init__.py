"""A sales manager's actions in the app: reps and accounts (giving accounts to reps),
territories, sharing an account, call lists and their progress, handing a book over (and
undoing it) — dialogs opened from the *Manage the team* part of the Team menu, which only a user
the team server knows as a manager sees. `actions.install_manage_actions` adds that part."""
