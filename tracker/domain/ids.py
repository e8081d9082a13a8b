"""Typed identifiers. Every row gets a client-generated UUID, carried around as a string.

New ids are time-ordered (UUID version 7): rows inserted together sit together in the primary-key
index, which keeps inserts into large tables fast, and ids stay unique without coordination.
"""

from __future__ import annotations

import os
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


def new_id() -> str:
    """A fresh time-ordered UUID (version 7)."""
    return format_uuid7(time.time_ns() // 1_000_000, int.from_bytes(os.urandom(10)))
