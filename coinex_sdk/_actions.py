"""The vocabulary between a call's flow and the shell that runs it: send this, sleep that.

A flow (``_transport``) yields these; a shell (``_shell``) carries them out with a sender and
sends the answer (or throws the failure) back in.
"""

from __future__ import annotations

import attrs

__all__ = ["Action", "Request", "Send", "Sleep"]


@attrs.frozen(slots=True)
class Request:
    """A request ready to go: ``target`` (path and query) and ``content`` are the exact bytes
    sent, and the ones signed when ``signed``."""

    method: str
    url: str
    target: str
    content: bytes
    signed: bool


@attrs.frozen(slots=True)
class Send:
    request: Request


@attrs.frozen(slots=True)
class Sleep:
    seconds: float


Action = Send | Sleep
