"""The events stage: from an article's dated time expressions to events, who did or said
what, when, on whose word.

One analysis of the article (``document.Document``: sentences, paragraphs, people,
organisations, their mentions, quotation marks) is made once and read by every step:

| module | holds |
|---|---|
| `lexicon.py` | the word lists of `data/events.toml` and `data/people.toml`, compiled |
| `document.py` | the one analysis of an article every step reads |
| `people.py` | who is named: people and organisations |
| `pronouns.py` | who 'he' and 'she' are |
| `actors.py` | an event's actors by one canonical name, roles, aliases, places |
| `sources.py` | on whose word an event rests |
| `clauses.py` | the clause a time dates, and its kind |
| `sayings.py` | which verb a time dates, above all a verb of saying |
| `nouns.py` | "a June 1 deadline": a time before a noun dates the noun |
| `baselines.py` | "up from a year ago": a comparison's baseline dates no clause |
| `nesting.py` | several times of one clause: one event |
| `clock.py` | a clock time beside a day: one time on that day |
| `relational.py` | "three years after the merger": the merger, counted back |
| `happening_words.py` | where the text names a happening, by noun or verb form |
| `mentions.py` | "The strike drew 10,000": a happening named again takes its date |
| `stories.py` | where a bulletin's next story may open: a dateline, new names |
| `figures.py` | a figure told without a time takes its results' period |
| `story.py` | story time: the time the narration stands at, sentence by sentence |
| `scenes.py` | a moment of the past told in the present: its present sentences |
| `titles.py` | an event's title from its own clause |
| `claims.py` | what a statement says |
| `quantities.py` | amounts as ranges |
| `model.py` | the Event record and its stable id |
| `dated.py` | events the text dates itself |
| `inferred.py` | anchors and details of dated events; events without a time of their own |
"""

from timeline.events.dated import extract_events
from timeline.events.document import Document
from timeline.events.inferred import enrich, inferred_events
from timeline.events.lexicon import lexicon
from timeline.events.model import Event

__all__ = ["Document", "Event", "enrich", "extract_events", "inferred_events", "lexicon"]
