"""Everything the project runs: ``nox`` alone runs tests, typecheck and lint (what CI runs)."""

from __future__ import annotations

import nox

nox.options.sessions = ["tests", "typecheck", "lint"]
nox.options.reuse_existing_virtualenvs = True

DEV = ("-e", ".[dev]")


@nox.session
def tests(session: nox.Session) -> None:
    """The whole test suite (after checking the generated code is up to date)."""
    session.install(*DEV)
    session.run("python", "-m", "generator", "--check")
    session.run("python", "-m", "pytest", "-q", *session.posargs)


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the package and on the typing tests (what an IDE shows)."""
    session.install(*DEV)
    session.run("python", "-m", "mypy", "--strict", "coinex_sdk", "tests/typecheck")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check + ruff format --check."""
    session.install("ruff>=0.6")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate code from spec/ (``-- --check`` to only verify, ``-- --list`` to list)."""
    session.install(*DEV)
    session.run("python", "-m", "generator", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Issue 11's table: ours against the raw floors and ccxt, each client in its own process.

    ``nox -s bench -- --calls 50 --rounds 1`` for a quick run; ``-- --help`` for the options.
    ccxt is installed here only (4.5.85 is the last ccxt release that ships coinex).
    """
    session.install(*DEV, "ccxt==4.5.85", "orjson")  # orjson: the raw floor of the WS rows
    session.run("python", "-m", "benchmarks", *session.posargs)
