# generated from spec/ by `python -m generator`; do not edit.
"""The methods of one spec/rest file each."""
