"""ARIA attributes for Dash components, which take them only through untyped ``**kwargs``.

A literal ``**{"aria-label": "Filters"}`` is a ``dict[str, str]`` to mypy, checked against
every typed parameter of the component (``n_clicks``, ``hidden``, ...) and refused; the
untyped ``dict[str, Any]`` these return is what the components' ``**kwargs`` take.
"""

from __future__ import annotations

from typing import Any


def aria(**attributes: str) -> dict[str, Any]:
    """``aria(label="Filters", live="polite")``: ``{"aria-label": "Filters", "aria-live":
    "polite"}``, to spread into a component's keyword arguments."""
    return {f"aria-{name}": value for name, value in attributes.items()}
