"""The frozen program's entry point (PyInstaller runs this file): the ``liaison`` console script."""

from liaison.cli.main import main

raise SystemExit(main())
