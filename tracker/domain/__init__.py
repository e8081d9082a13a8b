"""Pure domain: typed ids, enums, value objects and rules. No database, no Qt."""
