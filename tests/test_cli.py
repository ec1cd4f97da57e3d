"""The command line, through click's runner: outputs and the errors users can cause."""

from __future__ import annotations

import html
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from timeline.cli import _articles, chart_title, main
from timeline.export import CREDIT_STRIP
from timeline.figures import timeline_figure
from timeline.ingest import article_from_text, load_default
from timeline.pipeline import extract_many

DCT = "2022-02-14T22:00+13:00"
HEADLINE = (
    "Anti-mandate protesters at Parliament ignored a police offer of free parking on Monday\u2026"
)
CREDIT = "Source: The New Zealand Herald, 14 Feb 2022 · Made with timeline"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_extract_default_article_as_json(runner) -> None:
    result = runner.invoke(main, ["extract", "--format", "json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    offer = next(r for r in records if r["time_text"] == "On Monday afternoon")
    assert offer["start"] == "2022-02-14T12:00:00+13:00"
    assert offer["end"] == "2022-02-14T18:00:00+13:00"
    assert offer["timex"] == "2022-02-14TAF"
    assert offer["actors"] == ["Corrie Parnell"]
    assert len(records) == 20


def test_extract_csv_to_file(runner, tmp_path) -> None:
    out = tmp_path / "events.csv"
    result = runner.invoke(main, ["extract", "-o", str(out)])
    assert result.exit_code == 0, result.output
    df = pd.read_csv(out)
    assert len(df) == 20
    assert "just before 9.30pm" in set(df["time_text"])


def test_extract_parquet_round_trips_tz_aware_times(runner, tmp_path) -> None:
    out = tmp_path / "events.parquet"
    result = runner.invoke(main, ["extract", "--format", "parquet", "-o", str(out)])
    assert result.exit_code == 0, result.output
    df = pd.read_parquet(out)
    assert str(df["start"].dt.tz) == "Pacific/Auckland"
    assert len(df) == 20


def test_parquet_needs_an_output_file(runner) -> None:
    result = runner.invoke(main, ["extract", "--format", "parquet"])
    assert result.exit_code == 1
    assert "-o events.parquet" in result.output


def test_extract_from_stdin(runner) -> None:
    text = "The council voted on Tuesday. The mayor said the plan would start next month."
    result = runner.invoke(
        main,
        ["extract", "-", "--published", "2024-03-20T09:00+00:00", "--format", "json"],
        input=text,
    )
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert [(r["time_text"], r["timex"]) for r in records] == [
        ("on Tuesday", "2024-03-19"),
        ("next month", "2024-04"),
    ]


def test_extract_without_publication_time_says_so(runner, tmp_path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("He left on Monday.", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(path)])
    assert result.exit_code == 1
    assert "No publication time" in result.output
    assert "Traceback" not in result.output


def test_extract_rejects_a_binary_file(runner, tmp_path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    result = runner.invoke(main, ["extract", str(path), "--published", DCT])
    assert result.exit_code == 1
    assert "binary" in result.output


def test_timex_json(runner, tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Protesters danced just before 9.30pm on Monday.", encoding="utf-8")
    result = runner.invoke(main, ["timex", str(path), "--dct", DCT])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [
        {
            "start": 18,
            "end": 46,
            "text": "just before 9.30pm on Monday",
            "type": "TIME",
            "value": "2022-02-14T21:30",
            "mod": "BEFORE",
        },
    ]


def test_timex_needs_a_dct(runner, tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Monday.", encoding="utf-8")
    result = runner.invoke(main, ["timex", str(path)])
    assert result.exit_code == 1
    assert "--dct is needed" in result.output


def test_timex_bad_dct(runner, tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Monday.", encoding="utf-8")
    result = runner.invoke(main, ["timex", str(path), "--dct", "yesterday"])
    assert result.exit_code == 1
    assert "not ISO 8601" in result.output


def test_timex_jsonl_batch(runner) -> None:
    lines = [
        json.dumps({"id": "a", "text": "It rained yesterday.", "dct": "2024-03-20"}),
        "not json",
        json.dumps({"id": "c", "text": "No times here."}),
        json.dumps({"id": "d", "text": "See you in 2030.", "dct": "2024-03-20"}),
    ]
    result = runner.invoke(main, ["timex", "--jsonl"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert out[0] == {
        "id": "a",
        "timexes": [
            {"start": 10, "end": 19, "text": "yesterday", "type": "DATE", "value": "2024-03-19"}
        ],
    }
    assert out[1]["error"].startswith("line 2: not JSON")
    assert out[2] == {"id": "c", "error": "line 3: missing field 'dct'", "timexes": []}
    assert out[3]["timexes"][0]["value"] == "2030"


def test_timex_jsonl_is_utf8_whatever_the_locale() -> None:
    # a stdout in ASCII (a C locale, a Windows pipe) must not fail the batch on 'é'
    import os
    import subprocess
    import sys

    line = json.dumps({"id": 1, "text": "Fête on 3\u00a0March 2024.", "dct": "2024-03-20"})
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = subprocess.run([sys.executable, "-m", "timeline", "timex", "--jsonl"],
                          input=(line + "\n").encode(), capture_output=True, env=env,
                          cwd=Path(__file__).parent.parent, check=True)
    assert json.loads(done.stdout.decode("utf-8")) == {"id": 1, "timexes": [
        {"start": 8, "end": 20, "text": "3\u00a0March 2024", "type": "DATE",
         "value": "2024-03-03"}]}


def test_render_unknown_suffix(runner, tmp_path) -> None:
    result = runner.invoke(main, ["render", "-o", str(tmp_path / "chart.gif")])
    assert result.exit_code == 1
    assert result.output == (
        "Error: Cannot tell the image format from 'chart.gif': "
        "use a file name ending in .png, .svg, .pdf, .html, .htm\n"
    )


def test_render_svg_has_headline_summary_and_source_line(runner, tmp_path) -> None:
    out = tmp_path / "chart.svg"
    result = runner.invoke(main, ["render", "-o", str(out)])
    assert result.exit_code == 0, result.output
    svg = out.read_text(encoding="utf-8")
    root = ET.fromstring(svg)
    assert [(child.tag, child.text) for child in root[:2]] == [
        (f"{SVG}title", HEADLINE),
        (
            f"{SVG}desc",
            "20 events from Mon 7 Feb 2022 to Mon 14 Feb 2022; the busiest stretch, "
            "Mon 14 Feb 2022, 18:00\u201300:00 NZDT, holds 11 of them. "
            "Every event is listed in the table.",
        ),
    ]
    assert CREDIT in svg
    assert "default-" not in svg  # never the article's id


def test_render_title_and_source_options_win(runner, tmp_path) -> None:
    out = tmp_path / "chart.svg"
    args = ["render", "-o", str(out), "--title", "Convoy, day seven", "--source", "Herald"]
    result = runner.invoke(main, [*args, "--layout", "lanes", "--lane", "none", "--axis", "time"])
    assert result.exit_code == 0, result.output
    svg = out.read_text(encoding="utf-8")
    assert ET.fromstring(svg)[0].text == "Convoy, day seven"
    assert "Source: Herald, 14 Feb 2022 · Made with timeline" in svg


def test_render_names_article_lanes_by_headline(runner, tmp_path) -> None:
    out = tmp_path / "chart.html"
    args = ["render", "-o", str(out), "--layout", "lanes", "--lane", "article"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert '"ticktext":["Anti-mandate protesters at\u2026"]' in page  # the headline, cut
    assert load_default().doc_id not in page


def test_render_png_takes_the_figures_height(runner, tmp_path) -> None:
    out = tmp_path / "chart.png"
    result = runner.invoke(main, ["render", "-o", str(out), "--scale", "1", "--width", "900"])
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    df = extract_many([load_default()])
    chart = timeline_figure(df, width=900, title=HEADLINE, controls=False)
    expected = chart.layout.height + CREDIT_STRIP
    assert (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")) == (
        900,
        expected,
    )


def test_render_png_height_option(runner, tmp_path) -> None:
    out = tmp_path / "chart.png"
    result = runner.invoke(main, ["render", "-o", str(out), "--scale", "1", "--height", "500"])
    assert result.exit_code == 0, result.output
    assert int.from_bytes(out.read_bytes()[20:24], "big") == 500  # the credit strip included


def test_render_pdf_is_titled_by_the_headline(runner, tmp_path) -> None:
    out = tmp_path / "chart.pdf"
    result = runner.invoke(main, ["render", "-o", str(out)])
    assert result.exit_code == 0, result.output
    info = PdfReader(io.BytesIO(out.read_bytes())).metadata
    assert (info.title, info.creator) == (HEADLINE, "timeline")


def test_render_html_is_a_standalone_page(runner, tmp_path) -> None:
    out = tmp_path / "chart.htm"
    result = runner.invoke(main, ["render", "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert f"<title>{HEADLINE}</title>" in page
    assert ">20 events from Mon 7 Feb 2022 to Mon 14 Feb 2022;" in page
    assert "<script src" not in page and "<link" not in page
    assert CREDIT in page  # inside the figure JSON, which orjson writes unescaped


def test_render_several_articles_names_their_count(runner, tmp_path) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("The council met on Monday.", encoding="utf-8")
    two.write_text("The court sat on Tuesday.", encoding="utf-8")
    out = tmp_path / "chart.svg"
    args = ["render", str(one), str(two), "--published", DCT, "-o", str(out)]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    svg = out.read_text(encoding="utf-8")
    assert ET.fromstring(svg)[0].text == "Timeline of 2 articles"
    assert "Published 14 Feb 2022 · Made with timeline" in svg


def test_chart_title_is_the_shared_headline_or_a_count() -> None:
    council = article_from_text("The council met on Monday.", DCT)
    court = article_from_text("The court sat on Tuesday.", DCT, doc_id="pasted-564318c0")
    assert chart_title([court]) == "The court sat on Tuesday."
    assert chart_title([council, court]) == "Timeline of 2 articles"
    titled = [article_from_text(a.text, DCT, title="Week in court") for a in (council, court)]
    assert chart_title(titled) == "Week in court"


def test_title_and_source_options_apply_to_every_file(tmp_path) -> None:
    paths = []
    for name in ("one", "two"):
        path = tmp_path / f"{name}.txt"
        path.write_text(f"Story {name} happened on Monday.", encoding="utf-8")
        paths.append(str(path))
    articles = _articles(tuple(paths), DCT, None, "Both stories", "Echo")
    assert [(a.title, a.source) for a in articles] == [("Both stories", "Echo")] * 2
    assert [a.headline for a in _articles(tuple(paths), DCT, None)] == [
        "Story one happened on Monday.",
        "Story two happened on Monday.",
    ]


def test_extract_source_option_names_the_publisher(runner) -> None:
    result = runner.invoke(main, ["extract", "--format", "json", "--source", "Echo"])
    assert result.exit_code == 0, result.output
    assert {tuple(r["sources"]) for r in json.loads(result.stdout)} == {("Echo",)}


def test_render_without_browser_says_how_to_install(runner, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    result = runner.invoke(main, ["render", "-o", str(tmp_path / "c.png")])
    assert result.exit_code == 1
    assert "apt-get install chromium" in result.output


def test_module_entry_point_help() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "timeline", "--help"], capture_output=True, text=True, check=True
    )
    assert "extract" in done.stdout and "timex" in done.stdout and "render" in done.stdout


_LOADED = """
import runpy, sys
sys.argv = ["timeline", *sys.argv[1:]]
try:
    runpy.run_module("timeline", run_name="__main__")
except SystemExit as done:
    assert not done.code, done.code
heavy = {"pandas", "numpy", "plotly", "kaleido", "trafilatura"}
print("heavy:", sorted({m.split(".")[0] for m in sys.modules} & heavy), file=sys.stderr)
"""


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["extract", "--help"],
        ["render", "--help"],
        ["timex", "-", "--dct", "2022-02-14", "--format", "text"],
    ],
    ids=["help", "extract-help", "render-help", "timex"],
)
def test_help_and_timex_import_no_pandas_or_plotly(args: list[str]) -> None:
    """What keeps `python -m timeline --help` under 0.5 s (benchmarks.startup)."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", _LOADED, *args],
        input="It rained on Monday night.",
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stderr.splitlines()[-1] == "heavy: []"


def test_extract_several_files_gives_one_frame(runner, tmp_path) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("The council met on Monday.", encoding="utf-8")
    two.write_text("The court sat on Tuesday.", encoding="utf-8")
    result = runner.invoke(
        main,
        [
            "extract",
            str(one),
            str(two),
            "--format",
            "json",
            "--published",
            "2024-03-20T09:00+13:00",
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert [r["timex"] for r in records] == ["2024-03-18", "2024-03-19"]
    assert len({r["doc_id"] for r in records}) == 2


def test_extract_reads_a_folder_of_articles(runner, tmp_path) -> None:
    for name, text in (
        ("one", "The council voted on Tuesday."),
        ("two", "The court sat on Monday."),
    ):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "article.txt").write_text(text, encoding="utf-8")
        (folder / "meta.json").write_text(
            '{"published": "2024-03-20T09:00+00:00"}', encoding="utf-8"
        )
    result = runner.invoke(main, ["extract", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert sorted(r["time_text"] for r in records) == ["on Monday", "on Tuesday"]
    assert len({r["doc_id"] for r in records}) == 2


def test_extract_inferred_adds_undated_events(runner) -> None:
    result = runner.invoke(main, ["extract", "--inferred", "--format", "json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert len(records) > 20
    forecast = next(r for r in records if r["time_text"] == "for days or even weeks")
    assert forecast["kind"] == "forecast"


NOTE_2014 = (
    "Note: The publication time 2014-08-04 has no time of day: read as that day in {}; "
    "times that need a clock ('this morning', 'tonight') are given the whole day.\n"
)


@pytest.mark.parametrize(
    ("tz", "zone"), [([], "UTC"), (["--tz", "Europe/London"], "Europe/London")]
)
def test_extract_date_only_publication_time_says_so_once(runner, tz, zone) -> None:
    result = runner.invoke(
        main,
        ["extract", "-", "--published", "2014-08-04", "--format", "json", *tz],
        input="The council voted on Tuesday. The mayor spoke this morning.",
    )
    assert result.exit_code == 0, result.output
    assert result.stderr == NOTE_2014.format(zone)
    offset = "+00:00" if zone == "UTC" else "+01:00"
    assert [
        (r["time_text"], r["timex"], r["granularity"], r["start"], r["end"], r["timezone"])
        for r in json.loads(result.stdout)
    ] == [
        (
            "on Tuesday",
            "2014-07-29",
            "day",
            f"2014-07-29T00:00:00{offset}",
            f"2014-07-30T00:00:00{offset}",
            zone,
        ),
        (
            "this morning",
            "2014-08-04TMO",  # the part of the day named, its interval the whole day
            "day",
            f"2014-08-04T00:00:00{offset}",
            f"2014-08-05T00:00:00{offset}",
            zone,
        ),
    ]


def test_timex_date_only_dct_reads_clock_times_as_the_day(runner) -> None:
    result = runner.invoke(
        main,
        ["timex", "-", "--dct", "2014-08-04", "--format", "text"],
        input="It rained this morning and an hour ago.",
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "10\t22\tTIME\t2014-08-04TMO\tthis morning\n27\t38\tDATE\t2014-08-04\tan hour ago\n"
    )
    assert result.stderr == (
        "Note: --dct 2014-08-04 has no time of day: read as that day; times that need a "
        "clock ('this morning', 'tonight') are given the whole day.\n"
    )


CAMERON = Path(__file__).parent / "data" / "articles" / "wikinews-cameron-pm-2010"


def _as_page(text: str, head: str) -> str:
    """An article's text as a news page: menus and footer around <p> paragraphs."""
    paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n") if p.strip())
    return (
        f"<!doctype html><html><head><title>Cameron | Wikinews</title>{head}</head><body>"
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>UK elections: David Cameron becomes Prime Minister</h1>\n{paragraphs}"
        "</article><footer>Copyright Wikinews contributors</footer></body></html>"
    )


_SAME = ["timex", "start", "end", "granularity", "time_text", "title", "kind", "actors"]


@pytest.mark.parametrize(
    ("head", "args"),
    [
        ('<meta property="article:published_time" content="2010-05-11T23:00:00+01:00">', []),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2010-05-11T23:00:00+01:00"}</script>'
            '<meta name="date" content="2010-05-11">',
            [],
        ),
        ("", ["--published", "2010-05-11T23:00:00+01:00"]),
    ],
    ids=["meta", "json-ld", "given"],
)
def test_html_file_gives_the_same_events_as_its_text(runner, tmp_path, head, args) -> None:
    text = (CAMERON / "article.txt").read_text(encoding="utf-8")
    page, plain = tmp_path / "page" / "cameron.html", tmp_path / "text" / "cameron.txt"
    for path, content in ((page, _as_page(text, head)), (plain, text)):
        path.parent.mkdir()
        path.write_text(content, encoding="utf-8")
    frames = []
    for path, extra in ((page, args), (plain, ["--published", "2010-05-11T23:00:00+01:00"])):
        result = runner.invoke(main, ["extract", str(path), "--format", "json", *extra])
        assert result.exit_code == 0, result.output
        assert result.stderr == ""
        frames.append([{k: r[k] for k in _SAME} for r in json.loads(result.stdout)])
    assert len(frames[1]) == 6
    assert frames[0] == frames[1]


def test_timex_reads_an_html_file_as_its_main_text_and_time(runner, tmp_path) -> None:
    text = (CAMERON / "article.txt").read_text(encoding="utf-8")
    head = '<meta property="article:published_time" content="2010-05-11T23:00:00+01:00">'
    page = tmp_path / "cameron.html"
    page.write_text(_as_page(text, head), encoding="utf-8")
    from_page = runner.invoke(main, ["timex", str(page), "--format", "text"])
    from_text = runner.invoke(
        main, ["timex", "-", "--format", "text", "--dct", "2010-05-11T23:00+01:00"], input=text
    )
    assert from_page.exit_code == 0, from_page.output
    rows = [line.split("\t")[2:] for line in from_page.stdout.splitlines()]
    assert rows == [line.split("\t")[2:] for line in from_text.stdout.splitlines()]
    assert ["DATE", "2010-05-11", "today"] in rows
    assert "<p>" not in from_page.stdout


def test_timex_html_without_a_date_needs_dct(runner, tmp_path) -> None:
    page = tmp_path / "undated.html"
    page.write_text(_as_page("It rained on Monday, the council said.", ""), encoding="utf-8")
    result = runner.invoke(main, ["timex", str(page)])
    assert result.exit_code == 1
    assert result.output == "Error: --dct is needed: relative times resolve against it\n"
