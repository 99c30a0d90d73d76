# generated from spec/ by `python -m generator`; do not edit.
"""One module per resource."""
