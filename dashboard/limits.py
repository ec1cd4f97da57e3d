"""What one reader may ask of a shared server: sizes, counts and times, in one place.

Sizes follow what extraction can finish (``timeline.ingest``: 30,000 words an article take
4 s on news copy, 20 s at worst); the time limit stops what slips past them anyway.
"""

from __future__ import annotations

from timeline.ingest import MAX_ARTICLE_BYTES, MAX_ARTICLE_WORDS

#: one uploaded file, before decoding (dcc.Upload's max_size; the reader is told at once).
UPLOAD_BYTES = MAX_ARTICLE_BYTES
#: one article's words, pasted or uploaded.
ARTICLE_WORDS = MAX_ARTICLE_WORDS
#: articles in one build, and their words together (about a minute of extraction at worst).
BUILD_ARTICLES = 20
BUILD_WORDS = 100_000
#: any request body (Flask's MAX_CONTENT_LENGTH): a full upload, base64-encoded, with room.
REQUEST_BYTES = 4 * UPLOAD_BYTES
#: builds running at once on the server (more wait in a queue and see their place in it).
RUNNING_JOBS = 2
#: queued builds beyond which new ones are refused with a message.
QUEUED_JOBS = 50
#: seconds a build may run before it is stopped.
JOB_SECONDS = 120
#: seconds without a poll from its page after which a build is abandoned and stopped.
ABANDONED_SECONDS = 10
