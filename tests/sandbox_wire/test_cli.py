"""``coinex sandbox`` and ``python -m coinex_sdk.sandbox`` start a server and say where it is."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest


def _serve_and_read(command: list[str]) -> list[str]:
    """Start the command, read its banner up to the Ctrl-C line, call it, then kill it."""
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        assert process.stdout is not None
        lines: list[str] = []
        for line in process.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith("Press Ctrl-C"):
                break
        rest = next(line for line in lines if "REST" in line).split()[-1]
        assert httpx.get(rest + "/v2/ping").json()["data"] == {"result": "pong"}
        return lines
    finally:
        process.kill()
        process.wait(10)


def _value(lines: list[str], label: str) -> str:
    return next(line for line in lines if line.strip().startswith(label)).split()[-1]


def test_coinex_sandbox_prints_its_urls_and_the_default_account() -> None:
    script = Path(sys.executable).with_name("coinex")
    if not script.exists():
        pytest.skip("the coinex console script is not installed next to this interpreter")
    lines = _serve_and_read([str(script), "sandbox", "--port", "0"])
    rest = _value(lines, "REST")
    assert rest.startswith("http://127.0.0.1:")
    port = rest.rsplit(":", 1)[1]
    assert f"ws://127.0.0.1:{port}/v2/spot" in lines[2]
    assert lines[3].strip() == f"ws://127.0.0.1:{port}/v2/futures"
    assert _value(lines, "access_id") == "sandbox-alice"
    assert _value(lines, "secret_key") == "sandbox-alice-secret"


def test_python_dash_m_serves_the_same_sandbox_with_options() -> None:
    lines = _serve_and_read(
        [sys.executable, "-m", "coinex_sdk.sandbox", "--port", "0", "--strict-signing"]
    )
    assert _value(lines, "REST").startswith("http://127.0.0.1:")
