"""The scriptable command line: ``liaison [--data-dir DIR] <command> ...``.

Every entity's ``add/list/show/edit/delete/restore`` subcommands are generated from the field
declarations in :mod:`liaison.services.entities` (see :mod:`liaison.cli.entity_commands`); the
workflow commands (search, minutes agree/reopen, overdue actions, settings, demo data, reindex)
live in :mod:`liaison.cli.workflow_commands`. The command line never imports Qt: plain
``liaison`` loads the desktop window lazily, by name.
"""
