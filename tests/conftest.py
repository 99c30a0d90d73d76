"""Shared fixtures. Every test runs with a canary secret watched in all log output."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

CANARY_ACCESS_ID = "canary-access-id"
CANARY_SECRET = "CANARY-SECRET-7f3c9a1e5b2d4f60"


class _Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.leaks: list[str] = []
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        text = f"{record.name} {record.getMessage()} {record.exc_text or ''}"
        if record.exc_info and record.exc_info[1] is not None:
            text += " " + repr(record.exc_info[1])
        if CANARY_SECRET in text:
            self.leaks.append(text)


_RECORDER = _Recorder()


@pytest.fixture(autouse=True, scope="session")
def _watch_logs_for_the_canary_secret() -> Iterator[None]:
    """Over the whole suite, at DEBUG everywhere: the secret never reaches a log record."""
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(_RECORDER)
    root.setLevel(logging.DEBUG)
    yield
    root.removeHandler(_RECORDER)
    root.setLevel(old_level)
    assert _RECORDER.leaks == [], f"secret leaked into logs: {_RECORDER.leaks[:3]}"


@pytest.fixture
def log_records_seen() -> int:
    return _RECORDER.count
