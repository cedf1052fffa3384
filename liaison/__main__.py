"""``python -m liaison`` is the ``liaison`` command."""

from liaison.cli.main import main

raise SystemExit(main())
