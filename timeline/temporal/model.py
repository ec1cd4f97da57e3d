"""What the temporal tagger returns: one TIMEX3 per time expression, with its interval."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Timex:
    """A time expression found in a text.

    ``start``/``end`` are character offsets of the TIMEX3 extent (end exclusive), the span a
    TimeML annotator would mark. ``phrase_start``/``phrase_end`` widen it by its signal words
    ("On", "just before", "over"; "later" after "three days"), the span a reader sees as the
    time of an event.
    ``begin``/``until`` is the concrete interval the value stands for (tz-aware, end
    exclusive); None where the value has no position in time (an unanchored duration, a SET).
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str = ""
    begin: datetime | None = None
    until: datetime | None = None
    granularity: str = ""
    phrase_start: int = -1
    phrase_end: int = -1
    rule: str = ""

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        type: str,
        value: str,
        mod: str = "",
        begin: datetime | None = None,
        until: datetime | None = None,
        granularity: str = "",
        phrase_start: int = -1,
        phrase_end: int = -1,
        rule: str = "",
    ) -> None:
        """The fields as declared above (a test checks that they agree), set in one step:
        the __init__ a frozen dataclass is given calls object.__setattr__ once per field,
        which made a Timex cost 7 µs, a twentieth of tagging a news article."""
        vars(self).update(
            start=start,
            end=end,
            text=text,
            type=type,
            value=value,
            mod=mod,
            begin=begin,
            until=until,
            granularity=granularity,
            phrase_start=phrase_start,
            phrase_end=phrase_end,
            rule=rule,
        )

    def as_json(self) -> dict[str, object]:
        """The record of the ``timex`` CLI contract."""
        record: dict[str, object] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
        }
        if self.mod:
            record["mod"] = self.mod
        return record
