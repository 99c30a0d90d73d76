"""Without the ``sandbox`` extra: an ImportError that names it, never a silent skip."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HIDE_UVICORN = "import sys\nsys.modules['uvicorn'] = None\n"


def test_importing_sandbox_without_the_extra_names_the_extra() -> None:
    code = HIDE_UVICORN + (
        "try:\n"
        "    from coinex_sdk.sandbox import Sandbox\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
        "else:\n"
        "    print('imported')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert 'pip install "coinex-sdk[sandbox]"' in out.stdout
    assert "uvicorn" in out.stdout


def test_the_exchange_itself_needs_no_extra() -> None:
    code = HIDE_UVICORN + "from coinex_sdk.sandbox import Exchange\nExchange()\nprint('ok')\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"


def test_the_fixture_errors_with_the_hint_instead_of_skipping(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(HIDE_UVICORN)
    (tmp_path / "test_bot.py").write_text("def test_bot(coinex_sandbox):\n    pass\n")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert run.returncode == 1, run.stdout
    assert "1 error" in run.stdout
    assert "skipped" not in run.stdout
    assert 'pip install "coinex-sdk[sandbox]"' in run.stdout


@pytest.mark.parametrize("module", ["starlette", "uvicorn"])
def test_each_server_dependency_is_checked(module: str) -> None:
    code = (
        f"import sys\nsys.modules[{module!r}] = None\n"
        "from coinex_sdk.sandbox import require_server_extra\n"
        "try:\n    require_server_extra()\nexcept ImportError as exc:\n    print(exc.name)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == module
