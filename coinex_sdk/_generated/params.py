# generated from spec/ by `python -m generator`; do not edit.
"""Typed dicts for object parameters (the items of batch calls), for IDE completion."""

from __future__ import annotations

from .models.enums import *  # noqa: F403
