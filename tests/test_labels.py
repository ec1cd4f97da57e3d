"""timeline.labels and timeline.textwidth: no two boxes overlap, deterministic, leaders."""

from __future__ import annotations

import itertools
import random

import pytest

from timeline.labels import MINIMUM, PAD, Mark, Placed, place
from timeline.textwidth import fit_text, shorten, text_width

WIDTH = 800.0


def _boxes(marks: list[Mark], placed: list[Placed]) -> list[tuple[int, float, float, str]]:
    """Every mark and label box as (row, x0, x1, what)."""
    by_key = {m.key: m for m in marks}
    out = []
    for p in placed:
        mark = by_key[p.key]
        out.append((p.row, max(0.0, mark.x0), min(WIDTH, mark.x1), f"mark {p.key}"))
        if p.labelled:
            out.append((p.label_row, p.x0, p.x1, f"label {p.key}"))
    return out


def _overlaps(boxes: list[tuple[int, float, float, str]]) -> list[tuple[str, str]]:
    """Pairs of boxes on one row that overlap, except a mark and its own label."""
    found = []
    for a, b in itertools.combinations(boxes, 2):
        same_event = a[3].split()[1] == b[3].split()[1]
        if a[0] == b[0] and not same_event and a[1] < b[2] and b[1] < a[2]:
            found.append((a[3], b[3]))
    return found


def test_label_goes_right_of_its_mark_with_a_gap() -> None:
    (p,) = place([Mark("a", 100, 110, range(0, 1), "Police clear the road")], WIDTH)
    assert (p.row, p.label_row, p.x0, p.leader) == (0, 0, 110 + PAD, False)
    assert p.text == "Police clear the road"
    assert p.x1 == pytest.approx(110 + PAD + text_width("Police clear the road", 12))


def test_label_goes_left_when_the_right_edge_is_near() -> None:
    (p,) = place([Mark("a", 780, 790, range(0, 1), "Police clear the road")], WIDTH)
    assert p.x1 == 780 - PAD and p.x0 < 780 - PAD and p.text == "Police clear the road"


def test_second_mark_on_a_busy_row_moves_to_the_next_row() -> None:
    marks = [
        Mark("a", 100, 110, range(0, 3), "Protesters gather at Parliament", 2.0),
        Mark("b", 120, 130, range(0, 3), "Police offer free parking", 1.0),
    ]
    a, b = place(marks, WIDTH)
    assert (a.key, a.row, b.key, b.row) == ("a", 0, "b", 1)


def test_a_long_label_is_shortened_to_the_room_there_is() -> None:
    title = "Anti-mandate protesters at Parliament ignored a police offer of free parking"
    (p,) = place([Mark("a", 300, 310, range(0, 1), title)], 470)
    assert p.text.endswith("\u2026") and title.startswith(p.text[:-1].rstrip())
    assert p.x1 <= 470 and len(p.text) - 1 >= MINIMUM


def test_a_label_that_cannot_sit_beside_its_mark_takes_the_next_row_with_a_leader() -> None:
    # b and c leave a gap on row 0 just wide enough for a's mark; d keeps a off row 1
    marks = [
        Mark("b", 0, 380, range(0, 1), "", 5.0),
        Mark("c", 420, 800, range(0, 1), "", 4.0),
        Mark("d", 0, 389, range(1, 2), "", 3.0),
        Mark("a", 392, 408, range(0, 2), "Police clear the road", 1.0),
    ]
    placed = {p.key: p for p in place(marks, WIDTH)}
    a = placed["a"]
    assert (a.row, a.label_row, a.leader) == (0, 1, True)
    assert a.x0 == 400.0  # from the mark's centre
    assert not _overlaps(_boxes(marks, list(placed.values())))


def test_an_event_with_no_room_anywhere_is_left_unlabelled() -> None:
    marks = [Mark("b", 0, 800, range(0, 1), "", 5.0), Mark("a", 400, 410, range(0, 1), "x" * 40)]
    placed = {p.key: p for p in place(marks, WIDTH)}
    assert placed["a"].labelled is False


def test_headers_already_taken_are_kept_clear() -> None:
    (p,) = place([Mark("a", 320, 330, range(0, 1), "Police clear the road")], WIDTH,
                 taken=[(0, 0.0, 300.0)])
    assert p.labelled and p.row == 0 and p.x0 == 330 + PAD


@pytest.mark.parametrize("seed", range(5))
def test_random_crowds_never_overlap_and_layout_is_deterministic(seed: int) -> None:
    """300 marks in 4 lanes of 12 rows, many too crowded to label: a label never overlaps
    another box, and a mark overlaps another only on its lane's spill row."""
    rng = random.Random(seed)
    words = ["police", "protest", "vehicles", "Parliament", "council", "stadium", "parking"]
    marks = []
    for i in range(300):
        x, length = rng.uniform(0, WIDTH), rng.choice([0, 0, 5, 40, 200])
        x0, x1 = (x - 6, x + 6) if not length else (x, x + length)
        title = " ".join(rng.choice(words) for _ in range(rng.randint(1, 9)))
        lane = rng.randrange(4)
        rows = range(lane * 13, lane * 13 + 12)
        marks.append(Mark(f"e{i}", x0, x1, rows, title, rng.random(), spill=lane * 13 + 12))
    placed = place(marks, WIDTH)
    assert place(list(reversed(marks)), WIDTH) == placed
    spilled = {p.key for p in placed if p.spilled}
    clashes = [pair for pair in _overlaps(_boxes(marks, placed))
               if not {pair[0].split()[1], pair[1].split()[1]} <= spilled]
    assert clashes == []
    labelled = [p for p in placed if p.labelled]
    assert all(0 <= p.x0 < p.x1 <= WIDTH for p in labelled)
    assert all(p.row % 13 == 12 for p in placed if p.spilled)
    assert len(labelled) >= 120  # 48 rows of 800 px hold about half of them


def test_text_width_follows_the_font_table() -> None:
    # Liberation Sans: 'W' is 1933/2048 em, 'i' 455/2048 em; 4% is the safety margin
    assert text_width("W", 2048 / 1.04) == pytest.approx(1933)
    assert text_width("Wi", 12) > text_width("W", 12) > text_width("i", 12)
    assert text_width("\u4e2d", 10) == pytest.approx(12.5 * 1.04)  # not in the table: wide


@pytest.mark.parametrize(
    ("room", "expected"),
    [
        (1000, "Anti-mandate protesters at Parliament ignored a police offer"),
        (150, "Anti-mandate protesters\u2026"),
        (100, "Anti-mandate\u2026"),
        (60, ""),
    ],
)
def test_fit_text_cuts_at_a_word_with_an_ellipsis(room: float, expected: str) -> None:
    assert fit_text("Anti-mandate protesters at Parliament ignored a police offer", 12,
                    room) == expected


def test_shorten_counts_characters() -> None:
    assert shorten("Police hoped to have the blocked roads cleared", 30) == (
        "Police hoped to have the\u2026")
    assert shorten("Short title", 30) == "Short title"
