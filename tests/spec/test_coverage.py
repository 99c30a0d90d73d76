"""The spec covers every CoinEx v2 REST endpoint on the committed list, and nothing unlisted
without a reason."""

from __future__ import annotations

from pathlib import Path

from generator.spec import load_spec

HERE = Path(__file__).parent
SPEC = load_spec(HERE.parents[1] / "spec")

# Paths in the spec that are not on the list, with why they are there.
EXTRA_WITH_REASON: dict[str, str] = {}


def _listed() -> set[str]:
    lines = (HERE / "endpoint_list.txt").read_text().splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def test_every_listed_endpoint_has_a_spec_entry() -> None:
    specified = {f"{ep.method} {ep.path}" for ep in SPEC.endpoints}
    missing = sorted(_listed() - specified)
    assert missing == []


def test_the_spec_has_no_unlisted_endpoint_without_a_reason() -> None:
    specified = {f"{ep.method} {ep.path}" for ep in SPEC.endpoints}
    unexplained = sorted(specified - _listed() - set(EXTRA_WITH_REASON))
    assert unexplained == []


def test_all_132_endpoints_are_specified_once() -> None:
    routes = [(ep.method, ep.path) for ep in SPEC.endpoints]
    assert len(routes) == len(set(routes)) == 132


def test_python_names_are_unique_per_resource() -> None:
    names = [ep.key for ep in SPEC.endpoints]
    assert len(names) == len(set(names))
