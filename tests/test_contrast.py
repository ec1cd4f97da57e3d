"""Readable contrast: every text colour of the dashboard on every background it sits on
meets WCAG 2 AA (4.5:1 for body text), computed from the colours in assets/style.css."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

CSS = (Path(__file__).resolve().parent.parent / "assets" / "style.css").read_text("utf-8")
COLOURS = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;", CSS))

# (text, background) pairs as the stylesheet uses them
PAIRS = [
    ("ink", "paper"), ("ink", "canvas"), ("muted", "paper"), ("muted", "canvas"),
    ("accent", "paper"), ("accent-ink", "accent"), ("error", "paper"), ("ink", "mark"),
    ("ink", "mark-strong"), ("ink", "notice"),
]


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_on_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize(("text", "background"), PAIRS, ids=[f"{t}-on-{b}" for t, b in PAIRS])
def test_text_contrast_meets_wcag_aa(text: str, background: str) -> None:
    assert contrast(COLOURS[text], COLOURS[background]) >= 4.5
