"""The exchange engine: markets, accounts and ledgers, order books and matching, stop
orders, positions with their take-profits and stop-losses, funding, liquidation, margin
loans, sub-accounts, deposits and withdrawals, the market maker, the clock and the
exchange-wide state (saved and loaded as JSON). No I/O: the REST and WebSocket faces
(``http``, ``ws``) and the admin actions call it.
"""
