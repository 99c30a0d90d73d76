"""Driving the sandbox from a test: the ``Sandbox`` object's controls, the admin actions
(``POST /admin/<action>``) and the faults they inject (latency, gateway errors, failures after
execution, WebSocket faults).
"""
