"""The web layer: a Dash app over the timeline core. The core never imports this package."""

from dashboard.factory import create_app

__all__ = ["create_app"]
