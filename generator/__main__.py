"""``python -m generator [--check | --list]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .render import render
from .spec import load_spec
from .spec_types import SpecError
from .toolchain import mismatches

ROOT = Path(__file__).resolve().parent.parent
GENERATED_DIRS = ("coinex_sdk/_generated",)


def _existing() -> set[str]:
    found = set()
    for directory in GENERATED_DIRS:
        for path in (ROOT / directory).rglob("*.py"):
            if "__pycache__" not in path.parts:
                found.add(path.relative_to(ROOT).as_posix())
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="fail if generated files are stale")
    mode.add_argument("--list", action="store_true", help="print METHOD PATH name per endpoint")
    options = parser.parse_args(argv)
    wrong = [] if options.list else mismatches()
    if wrong:
        print("the generator's toolchain differs from its pins:", file=sys.stderr)
        for line in wrong:
            print(f"  {line}", file=sys.stderr)
        print('install the pins: pip install -e ".[generator]"', file=sys.stderr)
        return 2
    try:
        spec = load_spec(ROOT / "spec")
    except SpecError as exc:
        print(f"spec error: {exc}", file=sys.stderr)
        return 2
    if options.list:
        for ep in spec.endpoints:
            print(f"{ep.method} {ep.path} {ep.key}")
        return 0
    files = render(spec)
    stale = sorted(_existing() - set(files))
    if options.check:
        changed = [
            path
            for path, text in files.items()
            if not (ROOT / path).is_file() or (ROOT / path).read_text(encoding="utf-8") != text
        ]
        for path in changed + stale:
            print(f"stale: {path}", file=sys.stderr)
        if changed or stale:
            print("generated code is stale: run `python -m generator`", file=sys.stderr)
            return 1
        print(f"generated code is up to date ({len(files)} files)")
        return 0
    for path in stale:
        (ROOT / path).unlink()
    for path, text in files.items():
        target = ROOT / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} files from {len(spec.endpoints)} endpoints")
    return 0


if __name__ == "__main__":
    sys.exit(main())
