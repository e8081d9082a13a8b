"""Keep PySide6 6.12 from crashing on Python 3.11: it returns None from void methods without
taking a reference to it.

Every call of a Qt method that returns nothing (setText, addItem, setEnabled …) lowers None's
reference count by one. Python 3.12 made None immortal, so there it does not matter; on 3.11
the count reaches zero after some tens of thousands of calls and the interpreter aborts with
"Fatal Python error: none_dealloc" — mid-session, or at exit. Until the project requires Python
3.12 (the real fix), None gets a reference count no session can use up.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # about a trillion void calls


def protect_none() -> None:
    """Give None an effectively unlimited reference count (Python < 3.12 only; idempotent)."""
    if sys.version_info >= (3, 12):
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < RESERVE:
        count.value += RESERVE
