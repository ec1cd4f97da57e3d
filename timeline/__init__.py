"""timeline: dated events in news articles, as a pandas frame and an interactive timeline.

Data flows one way: ingest -> temporal tagging -> events -> frame -> figures/exports.
The web dashboard (``dashboard/``) calls this package; this package never imports Dash.
"""

__version__ = "0.1.0"
