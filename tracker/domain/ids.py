"""Typed identifiers. Every row gets a client-generated UUID, carried around as a string.

New ids are time-ordered (UUID version 7): rows inserted together sit together in the primary-key
index, which keeps inserts into large tables fast, and ids stay unique without coordination.
"""

from __future__ import annotations

import os
import threading
import time
from typing import NewType

AccountId = NewType("AccountId", str)
ContactId = NewType("ContactId", str)
DealId = NewType("DealId", str)
ActivityId = NewType("ActivityId", str)
SeriesId = NewType("SeriesId", str)
PurchaseId = NewType("PurchaseId", str)
ReferralId = NewType("ReferralId", str)
NoteId = NewType("NoteId", str)
CadenceId = NewType("CadenceId", str)
ImportId = NewType("ImportId", str)


def format_uuid7(milliseconds: int, random_bits: int) -> str:
    """A version-7 UUID from a 48-bit millisecond count and 74 random bits, in canonical text."""
    rand_a = (random_bits >> 62) & 0xFFF
    rand_b = random_bits & 0x3FFFFFFFFFFFFFFF
    value = (
        ((milliseconds & 0xFFFFFFFFFFFF) << 80)
        | (0x7 << 76)
        | (rand_a << 64)
        | (0b10 << 62)
        | rand_b
    )
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_lock = threading.Lock()
_last = [0, 0]  # milliseconds, 12-bit counter of the last id handed out


def new_id() -> str:
    """A fresh time-ordered UUID (version 7), increasing within this process.

    Ids made in the same millisecond count up in the 12 bits after the time stamp (RFC 9562,
    method 1), so the order of creation is the order of the ids.
    """
    with _lock:
        now = time.time_ns() // 1_000_000
        milliseconds, counter = _last
        if now > milliseconds:
            milliseconds, counter = now, 0
        else:
            counter += 1
            if counter > 0xFFF:
                milliseconds, counter = milliseconds + 1, 0
        _last[:] = [milliseconds, counter]
    random_bits = (counter << 62) | int.from_bytes(os.urandom(8)) & 0x3FFFFFFFFFFFFFFF
    return format_uuid7(milliseconds, random_bits)
