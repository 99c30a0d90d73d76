"""The generator: validates the spec with precise errors, is deterministic, follows the spec."""

from __future__ import annotations

import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
import yaml

from generator.render import render
from generator.spec import SpecError, load_spec
from generator.toolchain import mismatches, pins

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def spec_copy(tmp_path: Path) -> Path:
    target = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", target)
    return target


def _edit(path: Path, change: object) -> None:
    data = yaml.safe_load(path.read_text())
    change(data)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(data, sort_keys=False))


def test_committed_generated_code_is_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_two_runs_give_identical_bytes() -> None:
    spec = load_spec(ROOT / "spec")
    assert render(spec) == render(load_spec(ROOT / "spec"))


def test_a_spec_change_changes_the_output(spec_copy: Path) -> None:
    before = render(load_spec(spec_copy))

    def add_param(data: dict) -> None:  # type: ignore[type-arg]
        data["endpoints"][0]["params"] = [
            {"name": "brand_new", "type": "integer", "description": "A new parameter."}
        ]
        data["endpoints"][0]["summary"] = "A changed summary."

    _edit(spec_copy / "rest" / "common.yaml", add_param)
    after = render(load_spec(spec_copy))
    resource = after["coinex_sdk/_generated/rest/common.py"]
    assert resource != before["coinex_sdk/_generated/rest/common.py"]
    assert "brand_new: int | None = None" in resource
    assert "A changed summary." in resource
    assert 'Param("brand_new", "int")' in after["coinex_sdk/_generated/endpoints/common.py"]


def test_a_bad_parameter_type_names_the_file_and_key_path(spec_copy: Path) -> None:
    def break_it(data: dict) -> None:  # type: ignore[type-arg]
        data["endpoints"][1]["params"] = [{"name": "x", "type": "strng"}]

    _edit(spec_copy / "rest" / "common.yaml", break_it)
    with pytest.raises(SpecError) as info:
        load_spec(spec_copy)
    message = str(info.value)
    assert "spec/rest/common.yaml" in message
    assert "endpoints[1].params[0].type" in message
    assert "'strng' is not one of" in message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["endpoints"][0].update(method="PUT"), "endpoints[0].method"),
        (lambda d: d["endpoints"][0].update(path="/v1/time"), "endpoints[0].path"),
        (lambda d: d["endpoints"][0].pop("doc"), "missing key(s) ['doc']"),
        (lambda d: d["endpoints"][0].update(colour="red"), "unknown key(s) ['colour']"),
        (lambda d: d["endpoints"][0].update(rate_limit="nope"), "unknown rate-limit group"),
        (
            lambda d: d["endpoints"][0].update(response={"type": "object", "model": "Nope"}),
            "unknown model 'Nope'",
        ),
        (
            lambda d: d["models"]["Pong"]["properties"]["result"].update({"$ref": "Nope"}),
            "$ref to unknown model",
        ),
        (
            lambda d: d["endpoints"][1].update(
                params=[{"name": "x", "type": "integer", "maximum": 2**63}]
            ),
            "outside CoinEx's int64",
        ),
        (
            lambda d: d["endpoints"][1].update(
                params=[{"name": "x", "type": "integer", "minimum": "0.5"}]
            ),
            "bound is an int",
        ),
    ],
)
def test_spec_errors_are_precise(spec_copy: Path, change: object, expected: str) -> None:
    _edit(spec_copy / "rest" / "common.yaml", change)
    with pytest.raises(SpecError, match=None) as info:
        load_spec(spec_copy)
    assert expected in str(info.value)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["channels"][0].update(venues=["margin"]), "channels[0].venues"),
        (lambda d: d["channels"][0].update(venues=[]), "channels[0].venues"),
        (lambda d: d["channels"][0].update(endpoints=["spot"]), "unknown key(s) ['endpoints']"),
        (lambda d: d["channels"][0].update(model={"spot": "SpotStatePush"}), "one per venue"),
    ],
)
def test_a_channel_names_the_venues_it_is_on(
    spec_copy: Path, change: object, expected: str
) -> None:
    _edit(spec_copy / "ws" / "channels.yaml", change)
    with pytest.raises(SpecError) as info:
        load_spec(spec_copy)
    assert expected in str(info.value)


def test_list_prints_method_path_and_python_name() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--list"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "GET /v2/time common.time" in result.stdout.splitlines()


def test_generated_files_say_they_are_generated_and_how() -> None:
    for path in (ROOT / "coinex_sdk" / "_generated").rglob("*.py"):
        first = path.read_text().splitlines()[0]
        assert first == "# generated from spec/ by `python -m generator`; do not edit.", path


def test_market_rules_follow_the_spec_annotation(spec_copy: Path) -> None:
    def retarget(data: dict) -> None:  # type: ignore[type-arg]
        data["models"]["SpotMarket"]["x-market-rules"]["min_amount"] = "taker_fee_rate"

    _edit(spec_copy / "rest" / "spot_market.yaml", retarget)
    assert (
        'min_amount="taker_fee_rate"'
        in render(load_spec(spec_copy))["coinex_sdk/_generated/markets.py"]
    )


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [("tick_size", "no_such_field", "no field 'no_such_field'"), ("endpoint", "ticker", "listing")],
)
def test_bad_market_rules_are_spec_errors(
    spec_copy: Path, key: str, value: str, expected: str
) -> None:
    def break_it(data: dict) -> None:  # type: ignore[type-arg]
        data["models"]["SpotMarket"]["x-market-rules"][key] = value

    _edit(spec_copy / "rest" / "spot_market.yaml", break_it)
    with pytest.raises(SpecError, match=expected):
        render(load_spec(spec_copy))


def test_the_toolchain_pins_are_read_from_pyproject_and_checked(tmp_path: Path) -> None:
    assert set(pins()) >= {"ruff", "datamodel-code-generator"}
    assert mismatches() == []  # this checkout runs with the pinned toolchain
    other = tmp_path / "pyproject.toml"
    other.write_text('generator = [\n    "ruff==0.0.1",\n    "pyyaml>=6",\n]\n', encoding="utf-8")
    assert pins(other) == {"ruff": "0.0.1"}
    assert mismatches(other) == [f"ruff {metadata.version('ruff')}, pinned 0.0.1"]
