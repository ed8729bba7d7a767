"""The web app and HTTP API over the store: `eventwire serve` (docs/web.md)."""
from eventwire.serve.app import create_app

__all__ = ["create_app"]
