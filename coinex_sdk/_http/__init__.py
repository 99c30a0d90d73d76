"""The SDK's lean HTTP/1.1 client: ``protocol`` (sans-I/O parsing), ``asyncio`` and ``sync``."""
