"""API credentials: a frozen value whose secret never leaks through repr, str or logs."""

from __future__ import annotations

import os

import attrs

__all__ = ["Credentials"]


def _non_empty(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value:
        # Never echo the value: it may be the secret.
        raise ValueError(f"{attribute.name} must be a non-empty string")


@attrs.frozen(repr=False)
class Credentials:
    """An API key pair from CoinEx's API management page.

    ``secret_key`` is kept out of every repr and str; only ``access_id`` is shown.
    """

    access_id: str = attrs.field(validator=_non_empty)
    secret_key: str = attrs.field(validator=_non_empty, repr=False)
    _secret_bytes: bytes = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # CoinEx's reference code encodes the secret as latin-1; for the ASCII keys CoinEx
        # issues this is the same as UTF-8, and it fails loudly (without the value) otherwise.
        try:
            secret = self.secret_key.encode("latin-1")
        except UnicodeEncodeError:
            raise ValueError("secret_key must be ASCII") from None
        object.__setattr__(self, "_secret_bytes", secret)

    @property
    def secret_bytes(self) -> bytes:
        """The secret as the bytes the HMAC is keyed with."""
        return self._secret_bytes

    def __repr__(self) -> str:
        return f"Credentials(access_id={self.access_id!r}, secret_key='***')"

    __str__ = __repr__

    def __getstate__(self) -> dict[str, str]:
        return {"access_id": self.access_id, "secret_key": self.secret_key}

    def __setstate__(self, state: dict[str, str]) -> None:
        self.__init__(state["access_id"], state["secret_key"])  # type: ignore[misc]

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Credentials | None:
        """Credentials from ``COINEX_ACCESS_ID`` / ``COINEX_SECRET_KEY``, or None when unset."""
        env = os.environ if environ is None else environ
        access_id = env.get("COINEX_ACCESS_ID")
        secret_key = env.get("COINEX_SECRET_KEY")
        if access_id and secret_key:
            return cls(access_id, secret_key)
        return None
