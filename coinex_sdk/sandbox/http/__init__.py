"""The REST face: request checks (signatures, rate limits, the spec's parameter rules), the
route table and the handlers of every endpoint (spot and futures order endpoints written
once, for a ``Venue``), answered in CoinEx's envelope. No web framework here.
"""
