"""The docs cannot rot: every code block marked runnable runs against a sandbox, and the site's
pages and links are all there.

A block is runnable when the line before its opening fence is ``<!-- runnable -->`` (invisible on
the site). It runs as a script in a fresh process with ``COINEX_BASE_URL`` pointing at a sandbox
and that sandbox's keys in ``COINEX_ACCESS_ID`` / ``COINEX_SECRET_KEY``, exactly as a reader who
started ``coinex sandbox`` would run it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from coinex_sdk.sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
MARKER = "<!-- runnable -->"
FENCE = re.compile(r"^```python[^\n]*\n(.*?)^```", re.S | re.M)


def runnable_blocks() -> list[tuple[str, str]]:
    """``(page:line, code)`` of every runnable block in docs/."""
    found = []
    for page in sorted(DOCS.rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        for match in FENCE.finditer(text):
            before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
            if before.strip() == MARKER:
                line = text[: match.start()].count("\n") + 1
                found.append((f"{page.relative_to(DOCS)}:{line}", match.group(1)))
    return found


BLOCKS = runnable_blocks()


def test_the_guides_have_runnable_examples() -> None:
    pages = {where.split(":")[0] for where, _ in BLOCKS}
    assert len(BLOCKS) >= 10
    assert {"index.md", "guides/quickstart.md", "guides/websocket.md"} <= pages


@pytest.mark.parametrize(("where", "code"), BLOCKS, ids=[w for w, _ in BLOCKS])
def test_a_runnable_block_runs_against_the_sandbox(
    where: str, code: str, coinex_sandbox: Sandbox, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "COINEX_BASE_URL": coinex_sandbox.url,
        "COINEX_ACCESS_ID": coinex_sandbox.access_id,
        "COINEX_SECRET_KEY": coinex_sandbox.secret_key,
        "COINEX_SANDBOX_URL": coinex_sandbox.url,
    }
    script = tmp_path / "example.py"
    script.write_text(code, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert run.returncode == 0, f"{where} failed:\n{run.stdout}\n{run.stderr}"


def _nav_pages(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, list):
        return [p for item in node for p in _nav_pages(item)]
    if isinstance(node, dict):
        return [p for value in node.values() for p in _nav_pages(value)]
    return []


def test_every_page_is_in_the_nav_and_every_nav_entry_exists() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    nav = set(_nav_pages(config["nav"]))
    pages = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    assert nav == pages


def test_relative_links_between_pages_resolve() -> None:
    link = re.compile(r"\]\(([^)#\s]+)(#[^)\s]*)?\)")
    for page in DOCS.rglob("*.md"):
        for match in link.finditer(page.read_text(encoding="utf-8")):
            target = match.group(1)
            if "://" in target or target.startswith("mailto:"):
                continue
            assert (page.parent / target).resolve().exists(), f"{page.name}: {target}"
