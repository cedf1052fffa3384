"""Liaison: the desk application of the OTS diaspora liaison officers.

Layers, each importing only those below it: ``ui`` (the only Qt code) and ``cli`` →
``services`` (use cases, validation, change capture) → ``store`` (models, engine, migrations,
search index) → ``text`` (pure text folding).
"""

__version__ = "0.1.0"
