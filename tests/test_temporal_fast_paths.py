"""The tagger's quick paths give what the plain ones give: cue words found in the
lowered text, the quick tests before the signal and quoted-material regexes, intervals
kept per zone, a Timex made in one step."""

from __future__ import annotations

import dataclasses
import inspect
import re
from datetime import UTC, datetime, timedelta, timezone

import pytest

from timeline.sentences import Span
from timeline.temporal import idioms, tag
from timeline.temporal.candidates import ascii_lower, find
from timeline.temporal.intervals import interval_of
from timeline.temporal.model import Timex
from timeline.temporal.quotes import _dated_before, _quoted_material_regex, quotations
from timeline.temporal.resolve import Context, date_, narrative, weekday
from timeline.temporal.rules import ascii_safe
from timeline.temporal.rules import load as load_rules
from timeline.temporal.tagger import (
    _moved_end_regex,
    _saying_day,
    forecast_for,
    in_background_clause,
    moved_end,
    saying_day,
    start_before,
    state_went_on,
)
from timeline.temporal.tense import (
    _HAPPENING_REACH,
    _after_happening,
    _after_happening_regex,
    _clause_break,
    _present_matches,
    _present_regex,
    clause_break,
    cues_in,
)
from timeline.temporal.vocab import load as load_vocab
from timeline.temporal.wording import _signal_regex, holds_any, holds_phrase, signal_before

TRICKY = [
    "Ted said Fred'll go. They EXPECTED it; he Walked, she walked.",
    "The WICKED plan was Tried and tried, called after Ed.",
    "When the case is HEARD in May, they'll see; WILL it Rain?",
    "It has been Planned to open next to the embassy, as SCHEDULED.",
]
EXAMPLES = [ex.sentence for rule in load_rules().rules for ex in rule.examples]


@pytest.mark.parametrize("sentence", TRICKY + EXAMPLES)
def test_cues_found_in_lower_case_are_the_cues_of_the_text(sentence: str) -> None:
    whole = Span(0, len(sentence))
    assert cues_in(sentence, whole, sentence.lower()) == cues_in(sentence, whole)


def test_cues_found_from_the_character_before_them_are_the_cues_from_any_start() -> None:
    # past a sentence's first cue, the lower-case path skips to a character that is no part
    # of a word before a cue word (tense._cue_lead), or to the apostrophe of "'ll"; and
    # before a verb of plans (tense._plans_lead: 'meet', not 'remeet')
    text = ("Ted said Fred'll go; he'll see,'ll she walked and EXPECTED it, as-planned; "
            "the leaders meet Monday, remeet Tuesday and Meets Friday.")
    for lo in range(len(text)):
        part = Span(lo, len(text))
        assert cues_in(text, part, text.lower()) == cues_in(text, part)


def test_cue_leads_are_found_after_any_character_no_word_holds() -> None:
    # the leads (tense._cue_lead, _plans_lead) open with [^a-z0-9_]: a cue after a tab, a
    # dash, a no-break space, a quotation mark or a letter beyond ASCII is led to, one
    # with a curly apostrophe in it too, and one inside a word ('_meet', 'x2walked') is not
    text = ("Ex-officials\twouldn\u2019t say; caf\u00e9 walked\u00e9 then won't-go, 3meet "
            "x2walked _meet and\u00a0met (meets) \u201cwill\u201d agreed.")
    lowered = text.lower()
    for lo in range(len(text)):
        part = Span(lo, len(text))
        assert cues_in(text, part, lowered) == cues_in(text, part)


def test_present_cues_found_from_their_lead_are_those_found_at_every_character() -> None:
    # tense._present_matches tries its regex only where a be word's first letter starts a
    # word, or at a comma before an aside's opener: from every start it finds what
    # finditer finds, a be word at the start, after an aside's verb, in capitals
    text = ("Is it, agreed by all, gives is IS to Are, which he wants, AM am, Island is,"
            " says, reached then, runs is.")
    regex = _present_regex()[0]
    for lo in range(len(text)):
        found = [(m.span(), m.lastgroup) for m in _present_matches(text, lo, len(text))]
        assert found == [(m.span(), m.lastgroup) for m in regex.finditer(text, lo)]
    assert [text[m.start(m.lastgroup or "verb") : m.end(m.lastgroup or "verb")]
            for m in _present_matches(text, 0, len(text))] == [
        "Is", "gives", "is", "Are", "AM", "am", "is", "runs", "is"]


def test_a_name_in_ed_is_no_past_tense_in_either_path() -> None:
    text = "Ted will go; Fred'll stay."
    cues = cues_in(text, Span(0, len(text)), text.lower())
    assert [(text[c.start : c.end], c.sign) for c in cues] == [("will", 1), ("'ll", 1)]


SIGNALS = [
    "It fell just  before 9 p.m.",
    "Prices rose (since 1990) and fell",
    "SHORTLY AFTER noon",
    "said Monday",
    "on\tMonday",
    "upon Monday",
    "Ever since 2001",
    "on Monday",
    "kept on",
    "Ünder Monday",
]


@pytest.mark.parametrize("text", SIGNALS)
def test_the_quick_test_before_the_signal_regex_loses_no_signal(text: str) -> None:
    vocab = load_vocab()
    for start in range(1, len(text) + 1):
        found = _signal_regex().search(text, max(0, start - 30), start)
        expected = (
            (found.start(), dict(vocab.get("signal", found.group("signal"), {})))
            if found
            else (start, {})
        )
        assert signal_before(text, start, vocab) == expected
        if text.isascii():
            assert signal_before(text, start, vocab, " " + text.lower()) == expected


def test_signals_found_through_the_quick_test() -> None:
    vocab = load_vocab()
    text = "It fell just  before 9 p.m."
    assert signal_before(text, text.index("9"), vocab) == (
        8,
        {"mod": "BEFORE", "window": "PT15M"},
    )
    assert signal_before("said Monday", 5, vocab) == (5, {})


def test_quoted_material_is_still_found() -> None:
    from timeline.temporal import tag

    text = 'In a letter dated March 3, 2019, she wrote: "We will meet on Friday." He left Friday.'
    found = [(t.text, t.value) for t in tag(text, "2024-03-20T15:00:00+00:00")]
    assert found == [
        ("March 3, 2019", "2019-03-03"),
        ("Friday", "2019-03-08"),
        ("Friday", "2024-03-15"),
    ]
    assert _quoted_material_regex().search("a letter dated ", 0, 15) is not None


DATED = [
    "In a letter dated March 3",
    "an e-mail sent on Friday",
    "the memo of June 1",
    "a note written\non\tMay 2",
    "A FAX Dated On May 2",
    "a letter \u017fent on May 2",  # a long s, which re.IGNORECASE takes for 's'
    "he said on Monday",
    "the text message posted  of 5 May",
]


@pytest.mark.parametrize("text", DATED)
def test_the_quick_test_before_the_quoted_material_regex_loses_nothing(text: str) -> None:
    for start in range(len(text) + 1):
        lo = max(0, start - 60)
        if _quoted_material_regex().search(text, lo, start) is not None:
            assert _dated_before(text, start), (text, start)


def test_the_quick_test_spares_days_after_other_words() -> None:
    assert _dated_before("a letter sent on ", 17)
    assert _dated_before("a letter dated ", 15)
    assert not _dated_before("he said on ", 11)
    assert not _dated_before("dated Monday", 12)  # no space before the end


WINDOWS = [
    "The court adjourned the trial of the three former bank directors until Monday",
    "a police spokesman said on Thursday",
    "The board extended its deadline to\n\n" + " " * 50 + "Tuesday",
    "an extraordinarilylongwordthatsaid on Monday, then postponedthevoteinto March",
    "Ünder said on Monday, postponed \u00e9lections until May",
]


@pytest.mark.parametrize("text", WINDOWS)
def test_the_quick_tests_read_in_one_window_lose_nothing(text: str) -> None:
    # the last words are read in the widest window (moved_end's 60 characters): a
    # narrower regex window is no reason to miss its phrase
    for start in range(len(text) + 1):
        said = _saying_day().search(text, max(0, start - 40), start) is not None
        assert saying_day(text, start) == said, (text, start)
        moved = _moved_end_regex().search(text, max(0, start - 60), start) is not None
        assert moved_end(text, start) == moved, (text, start)


def test_quotations_are_paired_alike_in_ascii_and_beyond() -> None:
    # an ASCII text is scanned for its one quote mark, another for the curly ones too
    text = 'He said: "We met.\nShe said "no" and "yes".'
    assert quotations(text) == [(27, 30), (36, 40)]
    assert quotations(text.replace('"no"', "\u201cno\u201d")) == [(27, 30), (36, 40)]


def _no_tense() -> int:
    raise AssertionError("the tense was looked for")


def test_values_no_tense_can_move_are_made_without_looking_for_it() -> None:
    # Wednesday 20 March 2024, the story at the publication day
    dct = datetime(2024, 3, 20, 15, tzinfo=UTC)
    ctx = Context(dct=dct, vocab=load_vocab(), reference=dct.date())
    ctx.find_tense_with(_no_tense)
    assert weekday({"weekday": "Wednesday"}, ctx, {}) is not None
    assert ctx.found_tense is None
    # today's date (a day ahead asks: its own past verb may tell it was last year's)
    found = date_({"month": "March", "day": "20"}, ctx, {})
    assert found is not None and found.value == "2024-03-20"
    found = narrative({"unit": "day", "_text": "the day"}, ctx, {})
    assert found is not None and found.value == "2024-03-20"
    ctx.find_tense_with(lambda: 1)  # 18 days back: a future clause's is next year's
    found = date_({"month": "March", "day": "2"}, ctx, {})
    assert found is not None and found.value == "2025-03-02"


def test_kept_intervals_keep_their_zone() -> None:
    vocab, dct = load_vocab(), datetime(2024, 3, 20, tzinfo=UTC)
    first = timezone(timedelta(hours=1), "CET")
    second = timezone(timedelta(hours=1), "WAT")  # equal to the first, named otherwise
    for zone in (first, second, UTC, first):
        found = interval_of("2024-03-05", zone, dct, vocab)
        assert found is not None
        assert found.begin == datetime(2024, 3, 5, tzinfo=zone)
        assert found.begin.tzname() == zone.tzname(None)
    present = interval_of("PRESENT_REF", UTC, dct, vocab)
    assert present is not None and present.begin == dct


def test_a_text_beyond_ascii_keeps_its_offsets_in_the_keyed_search() -> None:
    # a curly apostrophe, a no-break space, an accent, the Kelvin sign, an Arabic digit
    text = "Friday\u2019s 3\u00a0p.m. caf\u00e9 \u212a \u0663 weeks"
    assert ascii_lower(text) == "friday\x00s 3 p.m. caf_ k 0 weeks"
    rules = load_rules().rules
    sentence = ("The caf\u00e9\u2019s owner said on Friday\u2019s call it would reopen "
                "on\u00a0May 3.")

    def spans(prefilter: bool) -> list[tuple[int, int, str]]:
        return [(c.start, c.end, c.rule.name) for c in find(sentence, rules, prefilter)]

    assert spans(True) == spans(False) == [(58, 63, "month_day"), (25, 31, "weekday")]


def test_a_rules_ascii_regex_finds_what_its_regex_finds_in_an_ascii_text() -> None:
    # every rule's example sentences, as written and in upper case: the same matches,
    # their groups too
    for rule in load_rules().rules:
        for example in rule.examples:
            for sentence in (example.sentence, example.sentence.upper()):
                if not ascii_safe(sentence):
                    continue
                found = [(m.span(), m.groupdict()) for m in rule.regex.finditer(sentence)]
                assert found == [
                    (m.span(), m.groupdict()) for m in rule.ascii_regex.finditer(sentence)
                ], (rule.name, sentence)


def test_an_information_separator_keeps_the_unicode_regexes() -> None:
    # \s takes the separator in a Unicode regex alone: find must not try the ASCII one
    sentence = "The shop reopened on March\x1c3 after the flood."
    rules = load_rules().rules
    month_day = next(rule for rule in rules if rule.name == "month_day")
    assert month_day.regex.search(sentence) and not month_day.ascii_regex.search(sentence)
    assert not ascii_safe(sentence) and ascii_safe("The shop reopened on March 3.")
    assert [(c.start, c.end, c.rule.name) for c in find(sentence, rules)] == [
        (21, 28, "month_day")
    ]


def test_the_timex_init_takes_the_fields_as_declared() -> None:
    # Timex sets its fields in one step instead of the frozen dataclass's __init__
    declared = [(f.name, f.default) for f in dataclasses.fields(Timex)]
    parameters = list(inspect.signature(Timex).parameters.values())
    assert [(p.name, p.default) for p in parameters] == [
        (name, inspect.Parameter.empty if default is dataclasses.MISSING else default)
        for name, default in declared
    ]
    made = Timex(3, 9, "Monday", "DATE", "2024-03-18", rule="weekday")
    assert (made.start, made.end, made.mod, made.begin, made.phrase_start, made.rule) == (
        3, 9, "", None, -1, "weekday"
    )  # fmt: skip
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.value = "2024-03-19"  # type: ignore[misc]
    assert dataclasses.replace(made, value="2024-03-19").value == "2024-03-19"
    assert hash(made) == hash(Timex(3, 9, "Monday", "DATE", "2024-03-18", rule="weekday"))


def test_a_finder_of_the_shortest_heads_finds_the_same_word_starts() -> None:
    from timeline.temporal.candidates import _shortest
    from timeline.temporal.trie import alternation

    heads = {"th", "the d", "tha", "thre", "ye", "year ", "00 ", "00", "one"}
    assert _shortest(heads) == {"th", "ye", "00", "one"}
    shape = " the days of the year 2000, those three ones; yes 00 thr"
    every, shortest = (re.compile(f"(?={alternation(words)})")
                       for words in (heads, _shortest(heads)))
    found = [m.start() for m in shortest.finditer(shape)]
    assert found == [m.start() for m in every.finditer(shape)] and len(found) > 8


@pytest.mark.parametrize("sentence", [
    "Turnout was 61 percent, down from 64 percent in the first round two weeks earlier.",
    "Sales rose to 4 million, up\nfrom 3 million in March.",
    "Profit fell, compared  with the close on Wednesday.",
    "The group from Leeds met with officials on Monday.",
    "Roads have been shut ever since the storm on Tuesday.",
    *EXAMPLES,
])
def test_the_quick_test_before_a_background_clause_gives_the_regex_answer(sentence: str) -> None:
    for start in range(len(sentence) + 1):
        assert in_background_clause(sentence, start, sentence.lower()) == in_background_clause(
            sentence, start)


@pytest.mark.parametrize("sentence", [
    "The hikers had set out on foot from a tourist camp near the village on Sunday, March 4.",
    "The strike BEGAN\non Monday, and the union set  off for talks on Tuesday.",
    "The onset of the rains on Monday, unstarted works, and a subset on Friday.",
    *EXAMPLES,
])
def test_the_quick_test_before_the_start_regex_gives_the_regex_answer(sentence: str) -> None:
    # tagger.start_told asks it of every past day told
    for end in range(len(sentence) + 1):
        assert start_before(sentence, end, sentence.lower()) == start_before(sentence, end)
    if "set out" in sentence:
        assert start_before(sentence, sentence.index("Sunday"), sentence.lower())


@pytest.mark.parametrize("text", [
    "Kari Dahl won the World Cup title on Sunday, finishing fifth to keep a lead she had "
    "taken in Kvitfjell four days earlier. The slalom started at 10 a.m.",
    "The ferry had sailed late.\nIt docked at 9 p.m. on Monday, a day after it left port on "
    "Sunday. Crews HAD cleared the\nwharf by noon on Saturday, a week earlier.",
])
def test_a_past_perfect_after_a_main_time_is_told_alike_in_ascii_and_beyond(text: str) -> None:
    # Reading.perfect_after_main looks for the auxiliary on the line first in an ASCII text
    told = [(t.text, t.value) for t in tag(text, "2019-03-17T20:00")]
    assert told == [(t.text, t.value) for t in tag(text + " \u00e9", "2019-03-17T20:00")]
    if "slalom" in text:  # Sunday's slalom, not the day the lead had gone back to
        assert told[-1] == ("10 a.m.", "2019-03-17T10:00")


@pytest.mark.parametrize("sentence", [
    "Two passengers were discharged on Sunday; one passenger remained in hospital today.",
    "Three ridings REMAINED too close to call on Wednesday morning, and STAYS so now.",
    "The roads stayed shut,\nbut the shops remain open on Friday; prices remains high.",
    *EXAMPLES,
])
def test_the_quick_test_before_the_state_regex_gives_the_regex_answer(sentence: str) -> None:
    # tagger.state_went_on asks it of every time while the story stands in the news's week
    dct = datetime(2024, 3, 20, 12)
    ctx = Context(dct=dct, vocab=load_vocab(), reference=dct.date())
    for start in range(len(sentence) + 1):
        assert state_went_on(sentence, start, ctx, sentence.lower()) == state_went_on(
            sentence, start, ctx)
    if "hospital today" in sentence:  # how things stood today (news-dating-28 news06)
        assert state_went_on(sentence, sentence.index("today"), ctx, sentence.lower())


def test_a_day_counted_from_is_background_in_its_sentence_alone() -> None:
    # Reading.counted_from tests the words ('June 3, a week after') before it looks for
    # the sentence: a day after them in the next sentence, or the next line, moves the
    # story (my own); within the sentence it is background (news-dating-28 news10)
    def told(text: str) -> list[tuple[str, str]]:
        return [(t.text, t.value) for t in tag(text, "2019-11-24T09:00")]

    assert told("The ferry sailed on June 3, a week after. The strike ended on May 27. Talks "
                "resumed the next day.")[-1] == ("the next day", "2019-05-28")
    assert told("The museum reopened on Saturday, April 6, five months after\nthe flood on "
                "November 2. Crowds came the next day.")[-1] == ("the next day", "2019-11-03")
    assert told("The ferry finally sailed on June 3, a week after the strike ended on May 27. "
                "It reached Tangier the next day.")[-1] == ("the next day", "2019-06-04")


FORECASTS = [
    "Forecasters issued a flood warning on Monday for Thursday night.",
    "The union said on Thursday it had called a one-day STRIKE at the plant for Friday.",
]


@pytest.mark.parametrize("sentence", [
    *FORECASTS,
    "Organisers of the March\nfor peace booked the square for Saturday.",
    "The airline set aside seats for Sunday for the team.",
    *EXAMPLES,
])
def test_the_quick_test_before_the_forecast_regex_gives_the_regex_answer(sentence: str) -> None:
    # tagger.forecast_for looks for its nouns in the lowered text before its regex
    fors = [m.start() for m in re.finditer(r"\bfor\b", sentence, re.I)]
    for signal in fors:
        for start in range(signal + 3, min(signal + 6, len(sentence)) + 1):
            assert forecast_for(sentence, signal, start, sentence.lower()) == forecast_for(
                sentence, signal, start)
    if sentence in FORECASTS:
        assert forecast_for(sentence, fors[-1], fors[-1] + 4, sentence.lower())


HALVES_AND_QUARTERS = [
    "The Falcons led 14-3 at halftime and kicked a field goal in the third quarter.",
    "Profit rose 7 percent in the first half, and the firm raised its dividend.",
    "She sprinted the second half of the race in the rain on Saturday.",
    "Sales FELL in the second half; the PROFIT of the first half held.",
]


@pytest.mark.parametrize("sentence", HALVES_AND_QUARTERS + EXAMPLES)
def test_the_quick_test_before_the_game_and_figure_regexes_loses_nothing(
    sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # idioms._near_in_sentence looks for its words in the lowered window first; ''
    # stands in every window, so with it every window goes on to the regex
    found = tag(sentence, "2021-06-09")
    for table in ("_game_words", "_figure_words"):
        regex = getattr(idioms, table)()[0]
        monkeypatch.setattr(idioms, table, lambda regex=regex: (regex, ("",)))
    assert tag(sentence, "2021-06-09") == found


def test_a_phrase_is_found_with_any_whitespace_between_its_words() -> None:
    phrases = (("up", "from"), ("since",))
    assert holds_phrase("rose, up \n from 3", phrases, 0, 17)
    assert not holds_phrase("a group from leeds", phrases, 0, 18)
    assert not holds_phrase("upfrom", phrases, 0, 6)
    assert holds_phrase("ever since", phrases, 0, 10)


def test_a_phrase_is_found_as_at_each_place_of_its_last_word() -> None:
    """holds_phrase looks at its last word's places only when the window holds each of its
    words: over every window of these texts it finds what checking each place of the
    last word finds ('to' of 'compared to' stands in most windows)."""
    from timeline.temporal.wording import _words_end_at, phrase_words

    def each_place(lowered: str, phrases: tuple[tuple[str, ...], ...], lo: int, hi: int) -> bool:
        for words in phrases:
            at = lowered.find(words[-1], lo, hi)
            while at >= 0:
                if _words_end_at(lowered, words[:-1], lo, at):
                    return True
                at = lowered.find(words[-1], at + 1, hi)
        return False

    phrases = phrase_words("background_clause", "openers")
    for lowered in ("sales rose 4% compared\n to 2023, up from 3% to 5% ever since may",
                    "it is down  from there, compared with, recompared to x, tosince",
                    "shares up, from friday; since\tthen compared  with  then"):
        for lo in range(len(lowered)):
            for hi in range(lo, len(lowered) + 1):
                assert holds_phrase(lowered, phrases, lo, hi) == each_place(
                    lowered, phrases, lo, hi), (lowered, lo, hi)


def test_a_word_is_looked_for_within_the_window_only() -> None:
    """holds_any and holds_phrase look in ``lowered[lo:hi]`` alone (a copy of it): a word
    cut by either edge of the window, or beyond it, is not there."""
    lowered = "turnout was 61 percent, up from 64 percent in the first round."
    at = lowered.index("from")
    assert holds_any(lowered, ("from",), at, at + 4)
    assert not holds_any(lowered, ("from",), at + 1, len(lowered))
    assert not holds_any(lowered, ("from",), 0, at + 3)
    assert not holds_any(lowered, ("from",), at + 4, at)
    assert holds_phrase(lowered, (("up", "from"),), 0, at + 4)
    assert not holds_phrase(lowered, (("up", "from"),), 0, at + 3)
    assert not holds_phrase(lowered, (("up", "from"),), at, len(lowered))


def test_tagging_leaves_no_garbage_cycles() -> None:
    """An article's reading state is freed by reference counting when tagging ends: no
    garbage collection has to walk it (the CLI's batch freezes the built tagger and
    counts on that)."""
    import gc

    from timeline.temporal import tag

    text = ("The minister said on Monday that the vote, set for March 3, would go ahead. "
            "Talks ended last week. \"We meet again on Friday,\" she said.")
    tag(text, "2024-02-14")  # the tagger's tables, built once
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        found = tag(text, "2024-02-14")
        assert [t.value for t in found] == ["2024-02-12", "2024-03-03", "2024-W06",
                                            "2024-02-16"]
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()


def test_a_groups_gapped_finder_finds_every_word_start_its_finder_finds() -> None:
    # find looks for word starts in the gapped copy: its twin of a group's finder may
    # find more ('5,3' where a head has '0 0'), never fewer; and find finds what the
    # whole text's regexes find, in commas, numbers and brackets
    from timeline.temporal.candidates import (
        _GAP_BYTES,
        _SHAPE_BYTES,
        _built,
        _search,
        _translated,
    )

    rules = load_rules().rules
    search = _search(rules, True)
    groups = [_built(search, number) for number in range(len(search.groups))]
    tricky = [
        "Sales of $4.5 million (up 3,5%) rose 1,000-fold at 10:30 a.m. in mid-year, 'the",
        "The plant,idle since mid-2019,reopened on(Monday)at 9.30,the firm said.",
        "Shares fell 2.5%.The next day,Tuesday,they rose;on 3,March,they fell.",
    ]
    for sentence in [*tricky, *EXAMPLES]:
        lowered = ascii_lower(sentence)
        padded = " " + _translated(lowered, _SHAPE_BYTES)
        gapped = _translated(padded, _GAP_BYTES)
        assert len(gapped) == len(padded)
        for group in groups:
            for start in (m.start() for m in group.finder.finditer(padded)):
                assert group.gapped.match(gapped, start), (sentence, start, group.triggers)
    for sentence in tricky:
        assert [(c.start, c.end, c.rule.name) for c in find(sentence, rules)] == [
            (c.start, c.end, c.rule.name) for c in find(sentence, rules, prefilter=False)]


AFTER_HAPPENING = [
    "Traffic has been slow since the crash on Monday.",
    "Police have held him following an attack on the embassy in June.",
    "The mall reopened after the fire at the market in March.",
    "Schools reopened after a deadly gun attack in Texas.",
    "Shops closed ahead of the vote after the planned outage on Sunday.",
    "Talks broke down after the arrest of the leader on Friday.",
    "Since fears of a raid in May, guards patrol the port.",
]


@pytest.mark.parametrize("sentence", AFTER_HAPPENING)
def test_the_quick_test_before_the_after_happening_regex_loses_no_match(sentence: str) -> None:
    # tense._after_happening looks for its regex only where the last two words are a
    # happening noun's last word and a preposition (ends_in_words)
    regex = _after_happening_regex()[0]
    for start in range(len(sentence) + 1):
        found = regex.search(sentence, max(0, start - _HAPPENING_REACH), start)
        assert _after_happening(sentence, start) == (found is not None)


def test_the_after_happening_regex_matches_a_happening_named_after_a_since_word() -> None:
    regex = _after_happening_regex()[0]

    def matched(sentence: str, before: str) -> str | None:
        end = sentence.index(before) + len(before)
        found = regex.search(sentence, max(0, end - _HAPPENING_REACH), end)
        return None if found is None else found.group()

    assert matched(AFTER_HAPPENING[0], "crash on ") == "since the crash on "
    assert matched(AFTER_HAPPENING[1], "embassy in ") is None  # 'embassy' is no happening
    assert matched(AFTER_HAPPENING[1], "attack on ") == "following an attack on "
    assert matched(AFTER_HAPPENING[2], "market in ") is None
    assert matched(AFTER_HAPPENING[2], "fire at ") == "after the fire at "
    # the determiner and up to two words of the noun phrase before the noun
    assert matched(AFTER_HAPPENING[3], "attack in ") == "after a deadly gun attack in "
    # a planned outage is ahead: no happening after 'after'
    assert matched(AFTER_HAPPENING[4], "outage on ") is None
    assert matched(AFTER_HAPPENING[5], "arrest of ") == "after the arrest of "
    assert matched("AFTER THE BLAST IN Kabul", "BLAST IN ") == "AFTER THE BLAST IN "
    assert matched("Aftermath of the blast in Kabul", "blast in ") is None


def test_clause_breaks_are_found_where_a_look_ahead_of_their_first_characters_finds_them() -> None:
    # tense._clause_break opens each branch with a character (a word with its first letter
    # in each case, '\\b' tested behind it), so re skips to them; at every position it
    # matches what the case-blind regex behind a look-ahead matches, the characters that
    # fold to 'i' and 's' included
    words = sorted({w.lower() for w in load_vocab().words("clause_break")})
    initials = "".join(sorted({word[0] for word in words}))
    plain = re.compile(
        rf"(?=[,;:()\"\u201c\u201d`'{initials}])"
        rf"(?:,(?!\d)|[;:()\"\u201c\u201d]|``|''|\b(?:{'|'.join(words)})\b)", re.I)
    text = ("The vote, which was held on 1,000 ballots (and counted) \u201cearly\u201d; THEY "
            "said: ``Although it rained'' AND it's Whereas-ish; UNLESS \u0131f \u0130F "
            "\u017fhe, Shelter and_ 2and thewe \u00e9and and\u00e9 but.")
    for at in range(len(text) + 1):
        ours, theirs = _clause_break().match(text, at), plain.match(text, at)
        assert (ours and ours.span()) == (theirs and theirs.span())
    assert clause_break("Courts met on Monday, and ruled.", 0, 30)
    assert not clause_break("Courts met on Monday in Paris.", 0, 29)


def test_context_today_follows_its_time_wherever_it_moves() -> None:
    # Context.today is an attribute kept with dct, not a property reading it: a quotation's
    # day, the way back out of it, a dated section's stamp and a match taken back each
    # move dct, and today must follow
    dct = datetime(2024, 3, 20, 15, tzinfo=UTC)
    ctx = Context(dct=dct, vocab=load_vocab(), reference=dct.date())
    assert ctx.today == dct.date()
    state = ctx.state()
    ctx.speak_from(datetime(2019, 5, 2).date(), 100)  # an e-mail dated May 2, 2019, said
    assert ctx.today == ctx.dct.date() == datetime(2019, 5, 2).date()
    ctx.leave_quote()
    assert ctx.today == dct.date()
    ctx.move_to(datetime(2024, 1, 20, 20, tzinfo=UTC))  # 'Update, 20 January, 8pm:'
    assert ctx.today == datetime(2024, 1, 20).date()
    ctx.restore(state)
    assert ctx.today == ctx.dct.date() == dct.date()
    text = ("Update, 20 January, 8pm: The part arrived this afternoon.\n\n"
            "The pump failed on Tuesday.")
    values = [t.value for t in tag(text, datetime(2024, 1, 22, 9, tzinfo=UTC))]
    assert values[:2] == ["2024-01-20T20:00", "2024-01-20TAF"]
