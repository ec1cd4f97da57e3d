"""Filling the build cache ahead (timeline.warm, run by the set-up command)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from timeline.temporal import build_cache


def _run(*args: str) -> None:
    subprocess.run([sys.executable, *args], capture_output=True, check=True)


def test_after_filling_the_default_article_builds_nothing_new(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(build_cache.ENVIRONMENT, str(tmp_path))
    _run("-m", "timeline.warm")
    (path,) = tmp_path.glob("build-*.marshal")
    filled = path.read_bytes()
    assert len(build_cache._read(path)) > 500
    _run("-m", "timeline", "extract")
    _run("-m", "timeline.warm")
    assert path.read_bytes() == filled  # a process that builds nothing new does not write

