"""CoinEx's wire shapes of the engine's objects (orders, deals, positions, markets, balances),
shared by the engine's events, the REST handlers and the WebSocket pushes.
"""
