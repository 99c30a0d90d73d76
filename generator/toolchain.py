"""The generator's toolchain, pinned: the same spec gives byte-identical files on any machine.

datamodel-code-generator writes the models and ruff formats every generated file; another version
of either may write other bytes. The exact versions are the ``generator`` extra in pyproject.toml
(``pip install -e ".[generator]"``, part of ``.[dev]``); the generator refuses to run with others.
"""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
_EXTRA = re.compile(r"^generator = \[(?P<body>.*?)^\]", re.MULTILINE | re.DOTALL)
_PIN = re.compile(r'"(?P<name>[A-Za-z0-9._-]+)==(?P<version>[^"]+)"')


def pins(pyproject: Path = PYPROJECT) -> dict[str, str]:
    """``{distribution: exact version}`` from the ``generator`` extra of pyproject.toml."""
    found = _EXTRA.search(pyproject.read_text(encoding="utf-8"))
    if found is None:
        raise LookupError(f"{pyproject.name} has no `generator` extra")
    return {m["name"]: m["version"] for m in _PIN.finditer(found["body"])}


def mismatches(pyproject: Path = PYPROJECT) -> list[str]:
    """One line per pinned tool whose installed version differs (or is missing)."""
    lines = []
    for name, version in pins(pyproject).items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed = "not installed"
        if installed != version:
            lines.append(f"{name} {installed}, pinned {version}")
    return lines
