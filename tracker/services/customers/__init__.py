"""The people and organisations in the book: contacts, accounts, tiers, duplicates and merges,
search, and the Base (loyalty and referrals)."""
