"""timeline.export: real images through kaleido and the system Chromium, and frame round trips."""

from __future__ import annotations

import json
import shutil
from datetime import UTC
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest

from timeline import export, schema
from timeline.figures import timeline_figure

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
needs_browser = pytest.mark.skipif(
    export.find_browser() is None, reason="no Chromium: apt-get install chromium"
)


@pytest.fixture
def figure(sample_frame: pd.DataFrame) -> go.Figure:
    return timeline_figure(sample_frame, title="Sample")


@needs_browser
def test_png_has_signature_and_publication_size(figure: go.Figure) -> None:
    data = export.figure_bytes(figure, "png")
    assert data.startswith(PNG_SIGNATURE)
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (2400, 1400)  # 1200 x 700 at scale 2


@needs_browser
def test_svg_is_svg_and_contains_the_lanes(figure: go.Figure) -> None:
    text = export.figure_bytes(figure, "svg").decode("utf-8")
    assert text.lstrip().startswith(("<svg", "<?xml"))
    assert "statement" in text and "occurrence" in text


@needs_browser
def test_pdf_has_header(figure: go.Figure) -> None:
    assert export.figure_bytes(figure, "pdf", width=800, height=500).startswith(b"%PDF")


@needs_browser
def test_write_image_picks_format_from_suffix(figure: go.Figure, tmp_path: Path) -> None:
    path = export.write_image(figure, tmp_path / "chart.PNG", scale=1)
    assert path.read_bytes().startswith(PNG_SIGNATURE)


def test_write_image_refuses_unknown_suffix(figure: go.Figure, tmp_path: Path) -> None:
    with pytest.raises(export.ExportError, match=r"\.png, \.svg, \.pdf"):
        export.write_image(figure, tmp_path / "chart.gif")
    assert not (tmp_path / "chart.gif").exists()


def test_figure_bytes_refuses_unknown_format(figure: go.Figure) -> None:
    with pytest.raises(export.ExportError, match="Unknown image format 'eps'"):
        export.figure_bytes(figure, "eps")


def test_missing_browser_says_how_to_install(
    figure: go.Figure, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-such-chromium"))
    monkeypatch.setenv("PATH", str(tmp_path))
    assert export.find_browser() is None
    with pytest.raises(export.BrowserMissingError, match="apt-get install chromium"):
        export.figure_bytes(figure, "png")


def test_browser_path_wins_over_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = tmp_path / "my-chrome"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    monkeypatch.setenv("BROWSER_PATH", str(fake))
    assert export.find_browser() == str(fake)


def test_browser_found_on_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = tmp_path / "chromium-browser"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert export.find_browser() == shutil.which("chromium-browser") == str(fake)


def test_json_is_records_with_offsets_and_arrays(sample_frame: pd.DataFrame) -> None:
    records = json.loads(export.frame_to_json(sample_frame))
    assert [r["event_id"] for r in records] == ["e1", "e2", "e3", "e4"]
    first = records[0]
    assert list(first) == list(schema.NAMES)
    assert first["start"] == "2022-02-14T12:00:00+13:00"
    assert first["end"] == "2022-02-14T18:00:00+13:00"
    assert first["actors"] == ["Corrie Parnell"]
    assert first["char_start"] == 0 and isinstance(first["char_end"], int)
    assert records[2]["actors"] == ["police", "protesters"]


def test_json_round_trip(sample_frame: pd.DataFrame) -> None:
    back = export.frame_from_json(export.frame_to_json(sample_frame))
    pd.testing.assert_frame_equal(back, sample_frame, check_dtype=False)
    assert str(back["start"].dt.tz) == "Pacific/Auckland"


def test_csv_header_and_cells(sample_frame: pd.DataFrame) -> None:
    lines = export.frame_to_csv(sample_frame).splitlines()
    assert lines[0] == ",".join(schema.NAMES)
    assert "2022-02-14T12:00:00+13:00,2022-02-14T18:00:00+13:00" in lines[1]
    assert '"[""Corrie Parnell""]"' in lines[1]


def test_csv_round_trip(sample_frame: pd.DataFrame) -> None:
    back = export.frame_from_csv(export.frame_to_csv(sample_frame))
    pd.testing.assert_frame_equal(back, sample_frame, check_dtype=False)


def test_round_trip_across_a_dst_change(sample_frame: pd.DataFrame) -> None:
    frame = sample_frame.copy()
    frame.loc[3, "end"] = pd.Timestamp("2022-04-05", tz="Pacific/Auckland")  # NZDT -> NZST
    records = json.loads(export.frame_to_json(frame))
    assert records[3]["end"] == "2022-04-05T00:00:00+12:00"
    back = export.frame_from_json(export.frame_to_json(frame))
    assert back.loc[3, "end"] == frame.loc[3, "end"]


def test_empty_frame_exports() -> None:
    assert export.frame_to_json(schema.empty()) == "[]"
    assert export.frame_to_csv(schema.empty()).strip() == ",".join(schema.NAMES)
    assert export.frame_from_json("[]").empty


def test_source_line_names_source_date_and_tool() -> None:
    from datetime import datetime

    moment = datetime(2022, 2, 14, 22, tzinfo=UTC)
    assert export.source_line("The Herald", moment) == (
        "Source: The Herald, published 14 Feb 2022 · Made with timeline"
    )
    assert export.source_line("", moment) == "Published 14 Feb 2022 · Made with timeline"


def test_publication_figure_has_title_and_escaped_credit(figure: go.Figure) -> None:
    framed = export.publication_figure(figure, "Protest <b>", "Source: X · Made with timeline")
    assert framed.layout.title.text == "Protest &lt;b&gt;"
    assert framed.layout.annotations[-1].text == "Source: X · Made with timeline"
    assert len(figure.layout.annotations) == 0  # the original is untouched


@needs_browser
def test_publication_svg_carries_the_source_line(figure: go.Figure) -> None:
    framed = export.publication_figure(figure, "Protest", "Source: X · Made with timeline")
    assert "Made with timeline" in export.figure_bytes(framed, "svg").decode("utf-8")
