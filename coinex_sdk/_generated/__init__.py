# generated from spec/ by `python -m generator`; do not edit.
"""Code generated from spec/."""
