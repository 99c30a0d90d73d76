"""The sandbox README's endpoint table says which endpoints are simulated, and its admin table
which JSON body each admin action takes; both stay true."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import coinex_sdk.sandbox
from coinex_sdk.sandbox import Exchange
from coinex_sdk.sandbox.admin._admin import ADMIN_ACTIONS, run_admin
from coinex_sdk.sandbox.http._rest import coverage_table

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


class _Recording(dict[str, Any]):
    """An admin body that notes each name an action reads from it."""

    def __init__(self, data: dict[str, Any], reads: set[str]) -> None:
        super().__init__(data)
        self.reads = reads

    def get(self, name: str, default: Any = None) -> Any:
        self.reads.add(name)
        return super().get(name, default)

    def __getitem__(self, name: str) -> Any:
        self.reads.add(name)
        return super().__getitem__(name)


def _admin_rows() -> dict[str, str]:
    """``action -> JSON body`` from the README's "Driving it" table."""
    row = re.compile(r"^\|[^|]*\| `([a-z-]+)` `(\{[^`]*\})`")
    return {m[1]: m[2] for line in README.read_text().splitlines() if (m := row.match(line))}


def test_the_readme_documents_every_admin_action_and_the_body_it_reads() -> None:
    """Each action is a row of the table, and each name it reads (run on the documented body)
    is in its documented body or is one of the request faults' common ``path``, ``method``,
    ``times``."""
    rows = _admin_rows()
    assert sorted(rows) == sorted(ADMIN_ACTIONS)
    for action, body in rows.items():
        documented = json.loads(re.sub(r'"\.\.\."|\{\.\.\.\}|\.\.\.', "null", body))
        reads: set[str] = set()
        answer = run_admin(Exchange(), action, _Recording(documented, reads))
        assert reads <= set(documented) | {"path", "method", "times"}, (action, answer)
