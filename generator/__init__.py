"""coinex-sdk's code generator: ``spec/`` -> typed models, endpoints and resources.

Run ``python -m generator`` to write, ``--check`` to verify nothing is stale, ``--list`` to print
every REST endpoint. See spec/README.md for the spec format.
"""
