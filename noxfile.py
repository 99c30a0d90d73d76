"""Everything the project runs. ``nox`` alone runs what CI runs (see ``nox.options.sessions``).

CI (``.ci/run``: ``pip install nox && nox``) tests what users install: the built wheel, on the
newest and a middle Python we claim, the lowest dependency versions we declare on the oldest, the
generated files, types, lint and the docs site. ``nox -s tests`` is the developer's loop: the
whole suite on an editable install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import nox

PYTHONS = ["3.10", "3.11", "3.12", "3.13"]
"""Every Python in pyproject's classifiers; ``wheel`` runs the suite on each."""

# CI must stay under 10 minutes on a 2-core machine. A full suite takes about 2 minutes there
# in 4 pytest-xdist workers (most tests wait on sockets, so 4 workers on 2 cores overlap them),
# so the default runs two: the built wheel on 3.13 (the newest Python we claim) and the floors on
# 3.10 (the oldest, with the lowest dependency versions). Every developer's loop (`nox -s tests`)
# runs 3.11; `nox -s wheel` runs the wheel on all four Pythons (before a release).
nox.options.sessions = [
    "wheel-3.13",
    "floors",
    "generated",
    "typecheck",
    "lint",
    "docs",
]
nox.options.reuse_existing_virtualenvs = True

DEV = ("-e", ".[dev]")
PARALLEL = ("-n", "4", "--dist", "loadfile")
"""pytest-xdist: 4 workers, each test file on one worker (a file's tests share its sandbox)."""
ROOT = Path(__file__).resolve().parent
TREE = (
    "tests",
    "spec",
    "generator",
    "benchmarks",
    "docs",
    "examples",
    "mkdocs.yml",
    "README.md",
    "pyproject.toml",
)
"""What ``wheel`` copies next to the tests: everything but the package source."""


def _find_pyenv_pythons() -> None:
    """Let nox find ``python3.X`` for each version pyenv has installed.

    nox looks for ``python3.12`` etc. on PATH; pyenv's shims for versions that are installed but
    not selected exist and fail. Put each installed version's own ``bin`` ahead of them. Does
    nothing without pyenv or when the interpreter is already a real one on PATH.
    """
    pyenv = shutil.which("pyenv")
    if pyenv is None:
        return
    try:
        root = subprocess.run([pyenv, "root"], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return
    versions = Path(root.stdout.strip()) / "versions"
    found: list[str] = []
    for minor in PYTHONS:
        candidates = sorted(versions.glob(f"{minor}.*/bin/python{minor}"), key=_patch_level)
        on_path = shutil.which(f"python{minor}")
        if candidates and (on_path is None or "shims" in Path(on_path).parts):
            found.append(str(candidates[-1].parent))
    if found:
        os.environ["PATH"] = os.pathsep.join([*found, os.environ.get("PATH", "")])


def _patch_level(python: Path) -> int:
    """3.12.1 -> 1 (for .../versions/3.12.1/bin/python3.12); -1 for names like 3.12-dev."""
    patch = python.parent.parent.name.split(".")[2:3]
    return int(patch[0]) if patch and patch[0].isdigit() else -1


_find_pyenv_pythons()


@nox.session
def tests(session: nox.Session) -> None:
    """The whole test suite on an editable install (after checking generated code is current)."""
    session.install(*DEV)
    session.run("python", "-m", "generator", "--check")
    session.run("python", "-m", "pytest", "-q", *PARALLEL, *session.posargs)


@nox.session(python=PYTHONS)
def wheel(session: nox.Session) -> None:
    """Build the wheel, install it, run the suite against it (not against the source tree).

    The tests run from a copy of the repository without ``coinex_sdk/``, so every import is the
    installed wheel's. The generator's own tests stay in ``generated`` (it is not shipped).
    """
    tmp = Path(session.create_tmp()).resolve()
    dist = tmp / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    session.run(
        "python", "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(dist), str(ROOT)
    )
    (built,) = dist.glob("coinex_sdk-*.whl")
    session.install(f"coinex-sdk[test] @ {built.as_uri()}")
    session.install("--force-reinstall", "--no-deps", str(built))  # same version, new build
    tree = tmp / "tree"
    shutil.rmtree(tree, ignore_errors=True)
    tree.mkdir()
    for name in TREE:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tree / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.is_file():
            shutil.copy2(source, tree / name)
    session.chdir(tree)
    session.run(
        "python",
        "-c",
        "import coinex_sdk, pathlib; p = pathlib.Path(coinex_sdk.__file__);"
        " assert 'site-packages' in p.parts, p; print('testing the installed wheel:', p.parent)",
    )
    session.run(
        "python", "-m", "pytest", "-q", *PARALLEL, "--ignore=tests/generator", *session.posargs
    )


@nox.session(python=PYTHONS[0])
def floors(session: nox.Session) -> None:
    """The suite with the lowest version of every declared dependency (uv's lowest-direct).

    Runs on the lowest Python we claim; DeprecationWarnings are errors, as in users' suites
    that run ``pytest -W error``.
    """
    session.install("uv")
    pins = Path(session.create_tmp()) / "floors.txt"
    session.run(
        "uv",
        "pip",
        "compile",
        "--quiet",
        "--resolution",
        "lowest-direct",
        "--python-version",
        str(session.python),
        "--extra",
        "sandbox",
        "--output-file",
        str(pins),
        "pyproject.toml",
    )
    session.install(*DEV, "--constraint", str(pins))
    session.run(
        "python",
        "-c",
        "import sys, importlib.metadata as m\nfor n in sys.argv[1:]: print(n, m.version(n))",
        *("httpx", "aiohttp", "websockets", "attrs", "cattrs", "starlette", "uvicorn"),
    )
    session.run(
        "python",
        "-m",
        "pytest",
        "-q",
        *PARALLEL,
        "-W",
        "error::DeprecationWarning",
        *session.posargs,
    )


@nox.session
def generated(session: nox.Session) -> None:
    """The generated files (code, API reference, OpenAPI/AsyncAPI) match spec/, and the
    generator's tests."""
    session.install(*DEV)
    session.run("python", "-m", "generator", "--check")
    session.run("python", "-m", "pytest", "-q", "tests/generator", *session.posargs)


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the package, on the typing tests (what an IDE shows) and on the
    generator."""
    session.install(*DEV)
    session.run("python", "-m", "mypy", "--strict", "coinex_sdk", "tests/typecheck", "generator")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check + ruff format --check, with the ruff the generator formats with (pinned)."""
    sys.path.insert(0, str(ROOT))
    from generator.toolchain import pins

    session.install(f"ruff=={pins()['ruff']}")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the docs site with ``mkdocs build --strict`` (``-- serve`` to preview instead)."""
    session.install(*DEV)
    session.env["NO_MKDOCS_2_WARNING"] = "1"
    if session.posargs[:1] == ["serve"]:
        session.run("mkdocs", "serve", *session.posargs[1:])
    else:
        site = Path(session.create_tmp()).resolve() / "site"
        session.run("mkdocs", "build", "--strict", "--site-dir", str(site))


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
