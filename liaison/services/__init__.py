"""Use cases: validation, change capture and search over the store. Never imports Qt."""
