"""Time expressions: find them and normalize each against the publication date (TimeML values).

A regular grammar (times_grammar) proposes TIMEX3 extents; the longest non-overlapping ones are
kept and normalized in text order, so anaphoric expressions ("the previous day", "a year
earlier") resolve against the last date the text mentioned. Bare weekdays, months and days of
a month take the direction (past or future) of the verb that governs them.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc

from ..models import DateRef
from .doctext import doc_text
from .event_types import event_words
from .times_context import _Context, _Found
from .times_dates import (
    _n_anaphor,
    _n_century_ord,
    _n_date,
    _n_day_range_end,
    _n_day_range_start,
    _n_decade,
    _n_mid_pod,
    _n_month,
    _n_overnight,
    _n_rel_unit,
    _n_relday,
    _n_spelled_year,
    _n_the_weekend,
    _n_the_year,
    _n_this_pod,
    _n_week_of,
    _n_weekday,
    _n_year,
    _n_year_end,
)
from .times_grammar import rules
from .times_periods import (
    _n_ago,
    _n_clock,
    _n_day_before,
    _n_duration,
    _n_every,
    _n_half,
    _n_holiday,
    _n_noon,
    _n_plural_units,
    _n_quarter,
    _n_quarter_rel,
    _n_ref,
    _n_season,
    _n_set,
    _n_times_a,
    _n_vague_duration,
    _n_year_ago_adj,
)

log = logging.getLogger("sitroom")

# spaCy components the times stage reads (tags and parse decide tense); others may be disabled.
TIMES_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "senter")

_NORMALIZERS: dict[str, Callable[[_Context, re.Match[str]], _Found | None]] = {
    "month_day": _n_date,
    "day_month": _n_date,
    "week_of": _n_week_of,
    "iso": _n_date,
    "slash": _n_date,
    "month_year": _n_month,
    "month": _n_month,
    "year": _n_year,
    "decade": _n_decade,
    "spelled_year": _n_spelled_year,
    "century_ord": _n_century_ord,
    "weekday": _n_weekday,
    "relday": _n_relday,
    "this_pod": _n_this_pod,
    "mid_pod": _n_mid_pod,
    "rel_unit": _n_rel_unit,
    "anaphor": _n_anaphor,
    "day_before": _n_day_before,
    "the_weekend": _n_the_weekend,
    "overnight": _n_overnight,
    "day_range_start": _n_day_range_start,
    "day_range_end": _n_day_range_end,
    "year_end": _n_year_end,
    "the_year": _n_the_year,
    "ago": _n_ago,
    "duration": _n_duration,
    "plural_units": _n_plural_units,
    "quarter": _n_quarter,
    "quarter_rel": _n_quarter_rel,
    "year_ago_adj": _n_year_ago_adj,
    "half": _n_half,
    "season": _n_season,
    "clock": _n_clock,
    "clock24": _n_clock,
    "noon": _n_noon,
    "holiday": _n_holiday,
    "ref": _n_ref,
    "vague_duration": _n_vague_duration,
    "set": _n_set,
    "every": _n_every,
    "times_a": _n_times_a,
}

# Rules whose result anchors later anaphora ("the previous day", "a year earlier").
_ANCHORING = {
    "day_range_start",
    "day_range_end",
    "month_day",
    "day_month",
    "week_of",
    "iso",
    "slash",
    "month_year",
    "month",
    "year",
    "weekday",
    "relday",
    "rel_unit",
    "quarter",
    "half",
    "season",
    "holiday",
    "clock",
    "noon",
}


# Reach of a rule around its trigger word: longer than any expression's text before (after) it.
_BEFORE, _AFTER = 90, 50


def _windows(text: str, trigger: re.Pattern[str]) -> list[tuple[int, int]]:
    """Merged text windows around trigger words, widened to white space at both ends."""
    merged: list[tuple[int, int]] = []
    for t in trigger.finditer(text):
        lo = max(0, t.start() - _BEFORE)
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        hi = min(len(text), t.end() + _AFTER)
        while hi < len(text) and not text[hi].isspace():
            hi += 1
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def _candidates(text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    """All matches of all rules, longest first, then earliest, then by rule order."""
    found = []
    windows: dict[str, list[tuple[int, int]]] = {}
    for order, rule in enumerate(rules()):
        if rule.trigger is None:
            spans = [(0, len(text))]
        else:
            key = rule.trigger.pattern
            if key not in windows:
                windows[key] = _windows(text, rule.trigger)
            spans = windows[key]
        for lo, hi in spans:
            for m in rule.regex.finditer(text, lo, hi):
                if m.end() > m.start():
                    found.append((m.start(), m.end(), order, m))
    found.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    return found


def extract_times(
    doc: Doc, published: dt.date, past_forms: frozenset[str] = frozenset()
) -> list[DateRef]:
    """Every time expression in `doc`, normalized relative to `published`.

    Args:
        doc: the article body as a Doc; tags and a parse, when present, decide the tense of bare
            weekdays and months (without them a word window decides).
        published: the publication date, the anchor of relative expressions.
        past_forms: irregular past forms of verbs (`irregular_past_forms`), read as past
            whatever their tag.

    Returns:
        DateRefs in text order with TimeML type and value, and the calendar days they cover.
    """
    text = doc_text(doc)
    ctx = _Context(doc=doc, dct=published, text=text, past_forms=past_forms)
    taken = [False] * (len(text) + 1)
    chosen: list[tuple[int, int, int, re.Match[str]]] = []
    for cand in _candidates(text):
        start, end = cand[0], cand[1]
        if any(taken[start:end]):
            continue
        chosen.append(cand)
        for i in range(start, end):
            taken[i] = True
    chosen.sort(key=lambda c: c[0])
    all_rules = rules()
    refs: list[DateRef] = []
    for start, end, order, m in chosen:
        if _names_a_title(text, start, end):
            continue
        name = all_rules[order].name
        found = _NORMALIZERS[name](ctx, m)
        if found is None:
            continue
        parts = [found, *found.extra]
        for part in parts:
            if part.span is not None:
                start, end = part.span
            refs.append(_date_ref(ctx, part, name, text, start, end))
    return refs


_QUOTE_BEFORE = re.compile(r"(?:[\"“‘`]|'')$")
_CAPITALIZED_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*\s+$")


def _names_a_title(text: str, start: int, end: int) -> bool:
    """Whether the words are part of a title: "This Week", "60 Minutes", "VOA Today", "USA Today".

    A quoted expression in title case names a programme; "Today" capitalized after another
    capitalized word inside a sentence names a paper or a show.
    """
    words = text[start:end].split()
    title_case = all(w[0].isupper() or w[0].isdigit() for w in words) and words[-1][0].isupper()
    if len(words) > 1 and title_case:
        return bool(_QUOTE_BEFORE.search(text[max(0, start - 2) : start]))
    if words == ["Today"] or words == ["Tonight"]:
        before = text[max(0, start - 20) : start]
        return bool(_CAPITALIZED_BEFORE.search(before)) and not re.search(
            r"[.!?:]\s+\S*\s*$", before
        )
    return False


def _date_ref(ctx: _Context, found: _Found, name: str, text: str, start: int, end: int) -> DateRef:
    """The DateRef of a normalized match; dated rules also become the anchor of anaphora."""
    value = found.value
    if found.period is not None and found.period.gran == "day" and found.tod:
        value = f"{found.period.value()}T{found.tod}"
        found.type = "TIME"
    if found.period is not None and name in _ANCHORING and found.anchors:
        ctx.ref = found.period
        if found.period.gran == "quarter" and found.period.day <= ctx.dct:
            # Only a quarter already under way can be the reported one that "a year ago" and
            # "the year-earlier period" compare with; a later one is a forecast. (Its end says
            # nothing: fiscal quarters are named by their place in the fiscal year.)
            ctx.ref_quarter = found.period
        if found.period.gran == "day":
            ctx.ref_day = found.period.day
    return DateRef(
        text=text[start:end],
        start=start,
        end=end,
        value=value,
        precision=found.precision,
        type=found.type,  # type: ignore[arg-type]
        date=found.date,
        date_end=found.date_end,
    )


_ACLED_PRECISION = {"day": 1, "time": 1, "week": 2, "range": 2, "month": 3, "year": 3}
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
_RANGE_START = re.compile(r"\b(?:from|between|since)\s+$", re.I)
_RANGE_JOIN = re.compile(r"^\s*(?:to|and|until|till|through|-|–)\s*$", re.I)


def _sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    text = doc_text(doc)
    end = start + len(text[start:end].rstrip())  # a sentence may carry the paragraph break
    if doc.has_annotation("SENT_START"):
        span = doc.char_span(start, max(start + 1, end), alignment_mode="expand")
        if span is not None and len(span):
            sents = [span[0].sent, span[-1].sent]
            return sents[0].start_char, sents[-1].end_char
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return left + 1, (min(right_candidates) + 1 if right_candidates else len(text))


def _paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    end = start + len(text[start:end].rstrip())  # a sentence may carry the paragraph break
    left = text.rfind("\n", 0, start)
    right = text.find("\n", end)
    return left + 1, (right if right >= 0 else len(text))


def _dated(ref: DateRef) -> bool:
    if ref.date is None or ref.precision is None:
        return False
    # A duration counted from a date the text gave ("three days later") reaches a day; one that
    # only spans a stretch up to now ("the past three years") dates nothing.
    return ref.type in ("DATE", "TIME") or (ref.type == "DURATION" and ref.precision != "range")


def _as_event_date(
    doc: Doc, ref: DateRef, times: list[DateRef], published: dt.date
) -> tuple[dt.date | None, dt.date | None, int]:
    precision = _ACLED_PRECISION.get(ref.precision or "", 2)
    if ref.date is None:
        return published, None, 2
    first, last = ref.date, ref.date_end or ref.date
    text = doc_text(doc)
    # An explicit range: "from Friday to Sunday", "between 3 and 5 September", "September 1-3",
    # "since August 15".
    before = text[max(0, ref.start - 10) : ref.start]
    opened = bool(_RANGE_START.search(before))
    later = [t for t in times if t.start >= ref.end and _dated(t)]
    if later:
        join = _RANGE_JOIN.match(text[ref.end : later[0].start])
        if join and (opened or join.group(0).strip().lower() not in ("and",)):
            end_ref = later[0]
            return first, end_ref.date_end or end_ref.date, 2
    if opened:
        if before.strip().lower().endswith("since"):
            return first, published, 2
    if precision == 1:
        return first, None, 1
    # A period (week, month, ...): the latest day of it the article could report.
    return (min(last, published) if first <= published else first), None, precision


def date_for_span(
    doc: Doc,
    start: int,
    end: int,
    times: list[DateRef],
    published: dt.date,
    trigger: tuple[int, int] | None = None,
) -> tuple[dt.date | None, dt.date | None, int]:
    """Date an event whose evidence is doc.text[start:end] from the time expression governing it.

    Looks for a dated expression inside the evidence, then in its sentence (nearest first), then
    in its paragraph (the nearest one before it first); without any, the publication date with
    precision 2.

    Args:
        doc: the article body.
        start: first character of the evidence.
        end: end (exclusive) of the evidence.
        times: the article's time expressions (from extract_times).
        published: the publication date.
        trigger: the event's cue, when known: a time in a relative clause on a thing dates
            the event only if the cue is in that clause too.

    Returns:
        (date, date_end, ACLED time_precision): 1 day, 2 week or few days, 3 month or coarser.
        For a range the text gives, date and date_end bound it; for a week or a month, date is
        the latest day of it up to publication.
    """
    # "demonstrations against a new fuel levy, which took effect this month": a time told of
    # something named in the sentence, not of the event.
    dated = [
        t
        for t in times
        if _dated(t) and not (start <= t.start < end and _of_a_thing(doc, t, trigger))
    ]
    prefer = _preference(doc, doc_text(doc))
    inside = [t for t in dated if t.start >= start and t.end <= end]
    # "Rwandan forces, deployed there since 2021, said on Monday that ...": the day it tells
    # dates it, not the year a stretch up to now began.
    inside = [t for t in inside if not _history(doc_text(doc), t, published)] or inside
    if inside:
        return _as_event_date(
            doc, min(inside, key=lambda t: (*prefer(t), t.start)), times, published
        )
    levels = (_sentence_bounds(doc, start, end), _paragraph_bounds(doc_text(doc), start, end))
    for level, (lo, hi) in enumerate(levels):
        near = [t for t in dated if t.start >= lo and t.end <= hi]
        if level == 1:
            # Another sentence's history ("has changed hands since 2015", "founded in 1998")
            # tells the background, not when this event happened.
            near = [t for t in near if not _history(doc_text(doc), t, published)]
        if near:
            best = min(
                near,
                key=lambda t: (
                    *prefer(t),
                    0 if t.end <= start else 1,
                    min(abs(t.end - start), abs(t.start - end)),
                ),
            )
            date, date_end, precision = _as_event_date(doc, best, times, published)
            if level == 1 and best.end <= start and precision == 1 and date_end is None:
                return _since_anchor(date, published)
            return date, date_end, precision
    if _SAME_DAY.search(doc_text(doc), start, end):
        # "Anger boiled over in the afternoon, when young men set fire to buses": the day the
        # story is on, the last day told before it.
        before = [t for t in dated if t.end <= start and t.precision in ("day", "time")]
        before = [t for t in before if not _history(doc_text(doc), t, published)]
        if before:
            last = max(before, key=lambda t: t.end)
            return last.date, None, 1
    return published, None, 2


# A part of the day with no day of its own: the day told before.
_SAME_DAY = re.compile(
    r"\b(?:in the|that|by|at|later that|early that|late that) (?:morning|afternoon|evening|"
    r"night|day|dusk|dawn|nightfall)\b",
    re.IGNORECASE,
)


@cache
def _event_heads() -> frozenset[str]:
    """Nouns a relative clause may hang from and still tell an event: events and what is
    fired ("the drones that Russia launched overnight")."""
    return event_words("violent_nouns") | event_words("nouns") | event_words("fired_weapon_nouns")


def _of_a_thing(doc: Doc, ref: DateRef, trigger: tuple[int, int] | None) -> bool:
    """Whether a time expression sits in a relative clause on a thing, not an event ("the
    levy, which took effect this month"; not "the attack, which began on Sunday"), and the
    event's cue is outside it ("drones that Russia launched overnight" tells the event)."""
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    events = _event_heads()
    node = span.root
    for _ in range(6):
        if node.dep_ == "relcl":
            # Opened by a relative pronoun ("which took effect"), not "where troops launched
            # an incursion in early August", which may tell the event itself.
            # Not "who": "women who had gone to gather firewood on Thursday were abducted".
            pronoun = any(c.lower_ in ("which", "that") for c in node.children)
            # The noun the clause is on, with the clause: the event's cue in it ("the drones
            # that Russia launched overnight") makes the time the event's.
            head = node.head
            lo = head.left_edge.idx
            hi = head.right_edge.idx + len(head.right_edge)
            if trigger is None or lo <= trigger[0] < hi:
                return False
            return pronoun and head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() not in events
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _history(text: str, ref: DateRef, published: dt.date) -> bool:
    """A year (or decade) that opens a stretch up to now ("since 2015"), or one that ended
    before the year preceding publication ("in 2016" in an article of 2024)."""
    if ref.precision != "year" or ref.date is None:
        return False
    if _SINCE.search(text[max(0, ref.start - 12) : ref.start]):
        return True
    return (ref.date_end or ref.date).year < published.year - 1


def _since_anchor(
    anchor: dt.date | None, published: dt.date
) -> tuple[dt.date | None, dt.date | None, int]:
    """Date an event whose only date is an earlier sentence of its paragraph.

    A day named in an earlier sentence ("the fighting escalated on Friday night. ... had fallen")
    bounds the later events from below; they are known only to lie between it and publication.
    That is ACLED's precision 2, and the contract codes a range by its latest day: the day before
    publication, since a report precedes the article that carries it (never before the anchor).
    """
    if anchor is None or anchor >= published:
        return anchor, None, 1
    return max(anchor, published - dt.timedelta(days=1)), None, 2


_REPORTING = {
    "say",
    "tell",
    "report",
    "announce",
    "claim",
    "confirm",
    "deny",
    "add",
    "state",
    "tweet",
    "write",
    "post",
    "note",
    "insist",
    "warn",
    "allege",
    "accuse",
    "quote",
    # A report's own day: "a report released on Monday".
    "release",
    "publish",
    "issue",
}
_REPORTING_WORDS = re.compile(
    r"\b(?:said|says|told|reported|announced|claimed|confirmed|denied|added|stated|tweeted|"
    r"wrote|posted|released|published|issued)\b",
    re.I,
)


def _reports(doc: Doc, ref: DateRef, text: str) -> bool:
    """Whether the expression dates a statement ("said on Monday") rather than an event."""
    before = text[max(0, ref.start - 20) : ref.start]
    if re.search(_REPORTING_WORDS.pattern + r"\s+on\s+$", before, re.I):
        # "said on Monday it had carried out an airstrike ... on Sunday", whatever the parser
        # hung "on Monday" from.
        return True
    if doc.has_annotation("DEP"):
        span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is not None and len(span):
            verb = span.root
            # Tokens are views made on each access: compare indices, never identity.
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if verb.lower_ in ("written", "spelled", "spelt"):
                # "near Elwak, also written El Wak, in Mandera County late on Sunday": the
                # parser may hang the rest of the sentence from a spelling's participle.
                return False
            lemma = verb.lemma_.lower() or verb.lower_
            return lemma in _REPORTING or bool(_REPORTING_WORDS.fullmatch(verb.text))
    if re.search(_REPORTING_WORDS.pattern + r"\s+(?:on\s+|late\s+|early\s+)?$", before, re.I):
        return True
    return bool(re.match(r"\s+" + _REPORTING_WORDS.pattern, text[ref.end : ref.end + 15], re.I))


def _preference(doc: Doc, text: str) -> Callable[[DateRef], tuple[int, int, int]]:
    """Sort key: an event's own date before a statement's date, days before coarser ones, and
    a day named before a span counted ("Two days earlier, late on Friday": Friday)."""

    def key(ref: DateRef) -> tuple[int, int, int]:
        return (
            int(_reports(doc, ref, text)),
            0 if ref.precision in ("day", "time") else 1,
            int(ref.type == "DURATION"),
        )

    return key
