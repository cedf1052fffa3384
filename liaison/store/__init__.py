"""The local record: SQLAlchemy models, the engine, Alembic migrations and the search index.

Nothing here validates user input or records changes for sync: that is the services' job, and
every write reaches the store through them.
"""
