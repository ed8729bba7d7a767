"""Linking: events that describe one real-world happening become one incident (incidents.py).
The rule is in docs/linking.md."""
from .incidents import Incident, compatible, date_range, family, outlet, score, summarise

__all__ = ["Incident", "compatible", "date_range", "family", "outlet", "score", "summarise"]
