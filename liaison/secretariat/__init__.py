"""The Secretariat's reference sync server (see the package docstring of liaison.protocol)."""
