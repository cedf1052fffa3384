"""The desktop window: the only package that imports Qt.

Widgets never touch the database on the GUI thread for anything that can take long: writes and
heavy reads go through :mod:`liaison.ui.tasks`, one serialized worker, and come back as
callbacks on the GUI thread (the pattern of Anki's ``CollectionOp``).
"""
