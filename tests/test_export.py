"""timeline.export: real images through kaleido and the system Chromium, and frame round trips."""

from __future__ import annotations

import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest
from pypdf import PdfReader

from timeline import export, schema
from timeline.figures import timeline_figure

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SVG = "{http://www.w3.org/2000/svg}"
FEB_14 = datetime(2022, 2, 14, 22, tzinfo=UTC)
needs_browser = pytest.mark.skipif(
    export.find_browser() is None, reason="no Chromium: apt-get install chromium"
)


@pytest.fixture
def figure(sample_frame: pd.DataFrame) -> go.Figure:
    return timeline_figure(sample_frame, title="Sample")


def png_size(data: bytes) -> tuple[int, int]:
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


@needs_browser
def test_png_has_signature_and_publication_size(figure: go.Figure) -> None:
    sized = go.Figure(figure).update_layout(width=None, height=None)
    data = export.figure_bytes(sized, "png")
    assert data.startswith(PNG_SIGNATURE)
    assert png_size(data) == (2400, 1400)  # 1200 x 700 at scale 2


@needs_browser
def test_png_takes_the_figures_own_size(figure: go.Figure) -> None:
    sized = go.Figure(figure).update_layout(width=640, height=410)
    band = sized.layout.meta["controls"]  # the zoom buttons' band is not printed
    assert png_size(export.figure_bytes(sized, "png", scale=1)) == (640, 410 - band)
    # labels were placed for 640 px: a labelled figure is always drawn at its own size
    assert png_size(export.figure_bytes(sized, "png", width=500, scale=1)) == (640, 410 - band)


@needs_browser
def test_png_of_an_unlabelled_figure_takes_the_size_asked_for() -> None:
    plain = go.Figure(go.Scatter(x=[1, 2], y=[1, 2])).update_layout(width=640, height=410)
    assert png_size(export.figure_bytes(plain, "png", scale=1)) == (640, 410)
    assert png_size(export.figure_bytes(plain, "png", width=500, scale=1)) == (500, 410)


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
    with pytest.raises(export.ExportError, match=r"\.png, \.svg, \.pdf, \.html, \.htm$"):
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
    assert export.source_line("The New Zealand Herald", FEB_14) == (
        "Source: The New Zealand Herald, 14 Feb 2022 · Made with timeline"
    )
    assert export.source_line("", FEB_14) == "Published 14 Feb 2022 · Made with timeline"
    assert export.source_line("The Herald") == "Source: The Herald · Made with timeline"
    assert export.source_line() == "Made with timeline"


def test_publication_figure_has_title_and_escaped_credit(figure: go.Figure) -> None:
    before = len(figure.layout.annotations)
    framed = export.publication_figure(figure, "Protest <b>", "Source: X · Made with timeline")
    assert framed.layout.title.text == "Protest &lt;b&gt;"
    assert framed.layout.annotations[-1].text == "Source: X · Made with timeline"
    assert len(framed.layout.annotations) == before + 1
    assert len(figure.layout.annotations) == before  # the original is untouched


def test_publication_figure_gives_the_credit_a_strip_of_its_own() -> None:
    fig = go.Figure(
        layout={"height": 400, "margin": {"b": 96}, "legend": {"yref": "container", "y": 0.02}}
    )
    framed = export.publication_figure(fig, "Protest", "Source: X · Made with timeline")
    assert (framed.layout.height, framed.layout.margin.b) == (428, 124)
    assert framed.layout.legend.y == pytest.approx((0.02 * 400 + 28) / 428)
    credit = framed.layout.annotations[-1]
    assert (credit.y, credit.yshift, credit.yanchor) == (0, -100, "top")


def test_publication_figure_without_a_height_takes_the_strip_from_the_plot() -> None:
    framed = export.publication_figure(go.Figure(), "Protest", "Made with timeline")
    assert (framed.layout.height, framed.layout.margin.b) == (None, 108)
    assert framed.layout.annotations[-1].yshift == -84


@needs_browser
def test_publication_svg_carries_the_source_line(figure: go.Figure) -> None:
    framed = export.publication_figure(figure, "Protest", "Source: X · Made with timeline")
    assert "Made with timeline" in export.figure_bytes(framed, "svg").decode("utf-8")


# --- file names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "published", "suffix", "name"),
    [
        (
            "Anti-mandate protesters at Parliament ignored",
            FEB_14,
            "png",
            "2022-02-14-anti-mandate-protesters-at-parliament-ignored.png",
        ),
        ("../../etc/passwd", None, "svg", "etc-passwd.svg"),
        ("..", None, ".pdf", "timeline.pdf"),
        (".hidden", None, "png", "hidden.png"),
        ("CON", None, "png", "timeline-con.png"),
        ("com1", None, "png", "timeline-com1.png"),
        ("CON", FEB_14, "png", "2022-02-14-con.png"),
        ("\U0001f525\U0001f4a5", FEB_14, "png", "2022-02-14-timeline.png"),
        (
            "\u0627\u0644\u0627\u062d\u062a\u062c\u0627\u062c \u0623\u0645\u0627\u0645",
            FEB_14,
            "pdf",
            "2022-02-14-timeline.pdf",
        ),
        (
            "Caf\u00e9 d\u00e9j\u00e0 vu \u2014 \u2018\u014ctautahi\u2019 protest",
            None,
            "SVG",
            "cafe-deja-vu-otautahi-protest.svg",
        ),
        ('a/b\\c:d*e?f"g<h>i|j\x00k\nl\u202em', None, "html", "a-b-c-d-e-f-g-h-i-j-k-lm.html"),
        ("word " * 100, None, "png", "-".join(["word"] * 12) + ".png"),
        ("x" * 500, None, "png", "x" * 60 + ".png"),
        ("Storm", None, "../png", "storm.png"),
    ],
    ids=[
        "headline",
        "traversal",
        "dots",
        "leading-dot",
        "con",
        "com1",
        "con-dated",
        "emoji",
        "rtl",
        "accents",
        "separators",
        "500-chars",
        "one-long-word",
        "hostile-suffix",
    ],
)
def test_export_name(title: str, published: datetime | None, suffix: str, name: str) -> None:
    assert export.export_name(title, published, suffix) == name
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]{0,70}\.[a-z0-9]+", name)


# --- metadata and text alternatives -----------------------------------------------------------


def test_figure_title_is_plain_text() -> None:
    fig = go.Figure(layout={"title": {"text": "Protest &amp; <b>parking</b><br>Wellington"}})
    assert export.figure_title(fig) == "Protest & parking Wellington"


@needs_browser
def test_pdf_carries_title_and_creator(figure: go.Figure) -> None:
    data = export.figure_bytes(
        figure, "pdf", width=800, height=500, title="Protest timeline", description="4 events."
    )
    info = PdfReader(io.BytesIO(data)).metadata
    assert (info.title, info.creator, info.subject) == ("Protest timeline", "timeline", "4 events.")


@needs_browser
def test_pdf_title_defaults_to_the_figures(figure: go.Figure) -> None:
    info = PdfReader(io.BytesIO(export.figure_bytes(figure, "pdf", width=800, height=500))).metadata
    assert (info.title, info.creator, info.subject) == ("Sample", "timeline", None)


@needs_browser
def test_svg_has_title_and_desc_first(figure: go.Figure) -> None:
    data = export.figure_bytes(
        figure, "svg", title="Cars & <protest>", description="4 events; see the table."
    )
    root = ET.fromstring(data)
    assert [(child.tag, child.text) for child in root[:2]] == [
        (f"{SVG}title", "Cars & <protest>"),
        (f"{SVG}desc", "4 events; see the table."),
    ]


@needs_browser
def test_svg_without_description_has_only_a_title(figure: go.Figure) -> None:
    root = ET.fromstring(export.figure_bytes(figure, "svg"))
    assert (root[0].tag, root[0].text) == (f"{SVG}title", "Sample")
    assert root.find(f"{SVG}desc") is None


# --- standalone HTML --------------------------------------------------------------------------


def remote_loads(page: str) -> list[str]:
    """URLs the page's markup would load: src/href attributes outside inline script bodies
    (Plotly.js holds link strings for map attributions it never draws here)."""
    markup = re.sub(r"(<script\b[^>]*>).*?(</script>)", r"\1\2", page, flags=re.S | re.I)
    pattern = r"""\b(?:src|href)\s*=\s*["']?\s*((?:https?:)?//[^"'\s>]*)"""
    return re.findall(pattern, markup, flags=re.I)


def test_remote_loads_finds_a_cdn_script(figure: go.Figure) -> None:
    cdn = figure.to_html(include_plotlyjs="cdn", full_html=True)
    assert [url.split("/")[2] for url in remote_loads(cdn)] == ["cdn.plot.ly"]


def test_html_page_is_standalone_and_labelled(figure: go.Figure, sample_frame) -> None:
    page = export.figure_html(figure, "Protest & parking", "4 events. See the table.")
    assert remote_loads(page) == []
    assert "<script src" not in page
    assert page.startswith('<!doctype html>\n<html lang="en">\n')
    assert "<title>Protest &amp; parking</title>" in page
    assert '<figure aria-describedby="timeline-summary">' in page
    assert (
        '<figcaption id="timeline-summary" class="visually-hidden">4 events. See the table.'
        "</figcaption>" in page
    )
    for title in sample_frame["title"]:
        assert title in page
    configs = re.findall(r'\{[^{}]*"displaylogo"[^{}]*\}', page)
    assert [json.loads(c) for c in configs] == [export.PLOTLY_CONFIG]


def test_plotly_js_has_no_chart_studio_link_to_switch_off(figure: go.Figure) -> None:
    page = export.figure_html(figure, "Sample")
    assert ("showLink" in page, "showEditInChartStudio" in page) == (False, False)


def test_html_page_without_description_has_no_caption(figure: go.Figure) -> None:
    page = export.figure_html(figure, "Sample")
    assert "<figure>" in page and "figcaption" not in page


@pytest.mark.parametrize("suffix", [".html", ".HTM"])
def test_write_image_writes_html(figure: go.Figure, tmp_path: Path, suffix: str) -> None:
    path = export.write_image(figure, tmp_path / f"chart{suffix}", description="Four events.")
    page = path.read_text(encoding="utf-8")
    assert "<title>Sample</title>" in page
    assert ">Four events.</figcaption>" in page


def test_file_format_by_suffix() -> None:
    names = ["a.png", "a.SVG", "a.pdf", "a.html", "a.htm"]
    assert [export.file_format(n) for n in names] == ["png", "svg", "pdf", "html", "html"]
