"""The WebSocket face: connections (gzip, ping, sign), channel subscriptions and the pushes
of the engine's events.
"""
