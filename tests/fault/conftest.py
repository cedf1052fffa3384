"""The harness's laptops keep their tokens in the in-memory keyring the sync tests use."""

from tests.sync.conftest import memory_keyring

__all__ = ["memory_keyring"]
