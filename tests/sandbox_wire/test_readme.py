"""The sandbox README's endpoint table says which endpoints are simulated, and stays true."""

from __future__ import annotations

import os
from pathlib import Path

import coinex_sdk.sandbox
from coinex_sdk.sandbox._rest import coverage_table

README = Path(coinex_sdk.sandbox.__file__).with_name("README.md")
START, END = "<!-- endpoints:start -->\n", "<!-- endpoints:end -->"


def test_the_readme_table_matches_the_handlers_and_the_endpoint_table() -> None:
    text = README.read_text()
    head, _, rest = text.partition(START)
    table, _, tail = rest.partition(END)
    if os.environ.get("COINEX_UPDATE_README") and table != coverage_table():
        README.write_text(head + START + coverage_table() + END + tail)
        table = coverage_table()
    assert table == coverage_table(), "rerun with COINEX_UPDATE_README=1"
