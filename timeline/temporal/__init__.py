"""Temporal tagging: time expressions in English news, as TIMEX3 values and intervals.

``tag(text, dct)`` finds every time expression with its exact character span, its TIMEX3
type and value resolved against the document creation time, and the concrete interval the
value stands for. The linguistic knowledge lives in ``data/vocab.toml`` and
``data/rules.toml``; the code only applies it.
"""

from timeline.temporal.model import Timex
from timeline.temporal.tagger import as_dct, tag

__all__ = ["Timex", "as_dct", "tag"]
