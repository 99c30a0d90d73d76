"""What a packager sees: one version, the license, the Pythons we test, the floors we test."""

from __future__ import annotations

import importlib.metadata

import coinex_sdk

META = importlib.metadata.metadata("coinex-sdk")


def test_the_installed_version_is_the_package_version() -> None:
    assert importlib.metadata.version("coinex-sdk") == coinex_sdk.__version__


def test_the_metadata_names_the_license_authors_and_project_urls() -> None:
    assert META["License"] == "MIT"
    assert "License :: OSI Approved :: MIT License" in META.get_all("Classifier", [])
    assert META["Author"]
    urls = dict(url.split(", ", 1) for url in META.get_all("Project-URL", []))
    assert {"Homepage", "Documentation", "Source", "Issues", "Changelog"} <= set(urls)


def test_the_claimed_pythons_start_at_requires_python() -> None:
    claimed = sorted(
        c.rsplit(" :: ", 1)[1]
        for c in META.get_all("Classifier", [])
        if c.startswith("Programming Language :: Python :: 3.")
    )
    assert claimed == ["3.10", "3.11", "3.12", "3.13"]
    assert META["Requires-Python"] == ">=3.10"


def test_the_floors_that_the_code_needs_are_declared() -> None:
    requires = META.get_all("Requires-Dist", [])
    assert "websockets>=15" in requires  # the sync client passes ping_interval=None
    assert any(r.startswith("uvicorn>=0.35") and "sandbox" in r for r in requires)
