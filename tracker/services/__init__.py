"""Services: one public method per user action, one transaction each; they return dataclasses."""
