"""Login throttling: failed logins slow down, per user name and per client address.

Each key (a user name as typed, NFC and case-folded, and the client's address) counts its
failed logins. The first few are free (:attr:`LoginThrottle.free_per_user`, more for an address,
which a whole office may share behind one NAT); after them each failure shuts the key for twice
as long as the last (1 s, 2 s, 4 s, … up to 15 minutes), and an attempt on a shut key is
answered 429 with ``Retry-After`` *before* any password is hashed. A success clears the user's
count (not the address's: one officer's good password must not reset a guesser's budget at
the same address). Counts are forgotten an hour after the last failure.

Unknown names are counted like known ones, so the throttle tells nothing about who exists; the
answer to an unknown name costs the same scrypt time as a wrong password
(:func:`~liaison.secretariat.security.burn_password_time`). The table lives in the server's
memory (one ``serve`` process per database, as the README says) and is bounded: past
:attr:`LoginThrottle.max_keys` keys the stale ones go, then the oldest.

The clock is injectable so that tests need not sleep.
"""

from __future__ import annotations

import logging
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


@dataclass
class _Count:
    failures: int = 0
    last: float = 0.0
    shut_until: float = 0.0


@dataclass
class LoginThrottle:
    clock: Callable[[], float] = time.monotonic
    free_per_user: int = 5
    free_per_address: int = 30
    base_seconds: float = 1.0
    max_seconds: float = 900.0
    forget_seconds: float = 3600.0
    max_keys: int = 100_000
    _counts: dict[tuple[str, str], _Count] = field(default_factory=dict, init=False, repr=False)

    @staticmethod
    def _keys(username: str, address: str) -> tuple[tuple[str, str], tuple[str, str]]:
        return ("user", unicodedata.normalize("NFC", username).strip().casefold()), ("address", address)

    def retry_after(self, username: str, address: str) -> float:
        """Seconds until a login for ``username`` from ``address`` may be tried; 0 when now."""
        now = self.clock()
        wait = 0.0
        for key in self._keys(username, address):
            count = self._counts.get(key)
            if count is not None:
                wait = max(wait, count.shut_until - now)
        if wait > 0:
            log.warning(
                "login refused (throttled) for user %r from %s: retry in %.0f s", username[:80], address, wait
            )
        return max(wait, 0.0)

    def failed(self, username: str, address: str) -> None:
        now = self.clock()
        user_key, address_key = self._keys(username, address)
        for key, free in ((user_key, self.free_per_user), (address_key, self.free_per_address)):
            count = self._counts.pop(key, None) or _Count()
            if now - count.last > self.forget_seconds:
                count = _Count()
            count.failures += 1
            count.last = now
            if count.failures >= free:
                delay = min(self.max_seconds, self.base_seconds * 2 ** min(count.failures - free, 30))
                count.shut_until = now + delay
            self._counts[key] = count  # re-inserted: the dict stays in order of last failure
        log.warning("login failed for user %r from %s", username[:80], address)
        if len(self._counts) > self.max_keys:
            self._prune(now)

    def succeeded(self, username: str, address: str) -> None:
        self._counts.pop(self._keys(username, address)[0], None)

    def _prune(self, now: float) -> None:
        for key in [key for key, count in self._counts.items() if now - count.last > self.forget_seconds]:
            del self._counts[key]
        overflow = len(self._counts) - self.max_keys // 2
        if overflow > 0:
            for key in list(self._counts)[:overflow]:
                del self._counts[key]
