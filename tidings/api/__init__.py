"""The REST API of `tidings serve` (FastAPI): see tidings.api.app."""

from tidings.api.app import create_app
from tidings.api.deps import get_queries

__all__ = ["create_app", "get_queries"]
