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
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..models import DateRef
from .times_calendar import (
    PRECISION,
    UNIT_GRAN,
    Period,
    closest_year,
    coarser,
    duration_value,
    last_completed_quarter,
    lexicon,
    nth_weekday,
    quarter_of,
    shift,
    weekday_near,
)
from .times_grammar import rules

log = logging.getLogger("sitroom")

# spaCy components the times stage reads (tags and parse decide tense); others may be disabled.
TIMES_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "senter")

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "’ll"}
_FUTURE_WORDS = re.compile(
    r"\b(?:will|'ll|’ll|shall|going\s+to|scheduled|expected\s+to|plans?\s+to|due\s+to|"
    r"would|next|upcoming)\b",
    re.I,
)
# Verbs that put what they govern ahead of the report ("scheduled a hearing Thursday").
_SCHEDULING_VERBS = {"schedule", "plan", "reschedule", "postpone", "slate", "set"}
_MODALS = {"would", "wo"}
_PAST_WORDS = re.compile(r"\b(?:\w+ed|said|was|were|had|did|took|began|fell|came|went|saw)\b", re.I)


@dataclass
class _Found:
    type: str
    value: str | None
    period: Period | None = None
    date: dt.date | None = None
    date_end: dt.date | None = None
    precision: str | None = None
    tod: str | None = None  # part of day or clock time, appended to the day value
    span: tuple[int, int] | None = None  # a narrower extent than the match (TimeML rules)
    extra: list[_Found] = field(default_factory=list)  # more expressions in the same match


@dataclass
class _Context:
    doc: Doc
    dct: dt.date
    ref: Period | None = None  # the last period the text mentioned
    ref_day: dt.date | None = None  # the last day the text mentioned
    ref_quarter: Period | None = None  # the last fiscal quarter the text mentioned
    text: str = ""  # doc.text, which spaCy rebuilds from the tokens on every access
    tense_cache: dict[int, str | None] = field(default_factory=dict)
    parsed: bool | None = None  # whether the Doc has a dependency parse (looked up once)

    def anchor_day(self) -> dt.date:
        return self.ref_day or self.dct


def _num(text: str) -> float | None:
    """The amount of a number phrase ("two", "twenty-five", "5 1/2", "a"); None when vague."""
    lex = lexicon()
    text = re.sub(r"\s+", " ", text.lower().strip())
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    m = re.fullmatch(r"(\d+) 1/2", text)
    if m:
        return float(m.group(1)) + 0.5
    if text in lex["numbers"]:
        return float(lex["numbers"][text])
    parts = re.split(r"[- ]", text)
    if len(parts) == 2 and parts[0] in lex["numbers"] and parts[1] in lex["numbers"]:
        return float(lex["numbers"][parts[0]] + lex["numbers"][parts[1]])
    return None


def _unit(text: str) -> str:
    lex = lexicon()
    word = text.lower()
    word = lex["unit_plurals"].get(word, word)
    if word.endswith("s") and word[:-1] in lex["units"]:
        word = word[:-1]
    return lex["units"].get(word, "D")


def _tense(ctx: _Context, start: int, end: int) -> str | None:
    """ "past" or "future" from the verb governing the expression at doc.text[start:end]."""
    if start in ctx.tense_cache:
        return ctx.tense_cache[start]
    doc = ctx.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    result: str | None = None
    if ctx.parsed is None:
        ctx.parsed = doc.has_annotation("DEP")  # checks every token: once per Doc
    if span is not None and len(span) and ctx.parsed:
        result = _tense_from_parse(span.root)
    else:
        result = _tense_from_window(ctx.text, start, end)
    ctx.tense_cache[start] = result
    return result


def _tense_from_parse(token) -> str | None:  # type: ignore[no-untyped-def]
    if token.dep_ == "poss":
        return "past"
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        if verb is not token and verb.pos_ in ("NOUN", "PROPN"):
            # Attached to a noun ("a cutback in September"): the clause verb says little.
            return None
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if "had" in aux:
        return "pluperfect"
    if aux & _FUTURE_AUX or {"going"} & aux or verb.lemma_ in _SCHEDULING_VERBS:
        return "future"
    if aux & _MODALS:
        return "future"
    if verb.tag_ in ("VBD",) or aux & {"was", "were", "had", "did"}:
        return "past"
    if verb.tag_ == "VBN":
        return "past" if not aux or aux & {"has", "have", "had", "was", "were"} else None
    if verb.tag_ == "VB" and (aux & {"to", "would", "could", "might", "may", "should", "must"}):
        return "future"
    if verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and aux & {"is", "are", "am"}):
        return "future"
    return None


def _tense_from_window(text: str, start: int, end: int) -> str | None:
    left = text[max(0, start - 80) : start]
    left = re.split(r"[.!?;]\s", left)[-1]
    right = re.split(r"[.!?;]\s", text[end : end + 40])[0]
    if _FUTURE_WORDS.search(left[-50:]) or re.search(r"\b(?:will|'ll)\b", right[:20]):
        return "future"
    if _PAST_WORDS.search(left) or _PAST_WORDS.search(right):
        return "past"
    return None


def _mod_dates(found: _Found, mod: str | None) -> None:
    """Narrow the covered days of a period to its early, middle or late part."""
    if not mod or found.date is None or found.date_end is None:
        return
    length = (found.date_end - found.date).days + 1
    third = max(1, length // 3)
    words = mod.lower().split()
    key = words[1] if words[0] == "the" else words[0]  # "the end of" -> "end"
    if key in ("early", "beginning", "start", "earlier"):
        found.date_end = found.date + dt.timedelta(days=third - 1)
    elif key in ("late", "end", "close", "later"):
        found.date = found.date_end - dt.timedelta(days=third - 1)
    elif key in ("mid", "middle"):
        found.date = found.date + dt.timedelta(days=third)
        found.date_end = found.date + dt.timedelta(days=third - 1)


def _period_found(period: Period, *, type_: str = "DATE") -> _Found:
    first, last = period.bounds()
    return _Found(type_, period.value(), period, first, last, PRECISION[period.gran])


def _month_num(text: str) -> int:
    return lexicon()["months"][text.lower().rstrip(".")]


def _weekday_num(text: str) -> int:
    return lexicon()["weekdays"][text.lower()]


# Words just before an expression that point it forward whatever the verb's tense: deadlines
# and schedules ("until Tuesday", "by Jan. 14", "ahead of the weekend", "effective Feb. 1").
_FORWARD_CUE = re.compile(
    r"\b(?:until|till|by|ahead\s+of|effective|starting|as\s+early\s+as|as\s+soon\s+as|"
    r"scheduled\s+for|set\s+for|slated\s+for|due|expected|planned\s+for)\s+(?:on\s+)?$",
    re.I,
)


def _direction(ctx: _Context, m: re.Match[str]) -> str | None:
    """ "past" or "future": a past perfect wins, then forward cues, then the verb's tense."""
    tense = _tense(ctx, m.start(), m.end())
    if tense == "pluperfect":
        return "past"  # "had filed reports by Wednesday", "until Thursday they had not"
    if _FORWARD_CUE.search(ctx.text[max(0, m.start() - 25) : m.start()]):
        return "future"
    return tense


def _day_found(day: dt.date, pod: str | None) -> _Found:
    found = _period_found(Period("day", day))
    if pod:
        found.tod = lexicon()["parts_of_day"][pod.lower()]
    return found


# A day of the month within this many days of publication is that one, whatever the tense
# ("by Jan. 14" in a January article); beyond it, tense picks the year. Set on TBAQ dev errors.
_NEAR_DAYS = 31


# Without a tense, news reports the past, unless the date is at most this many days ahead
# ("the summit in December" written in October). From TBAQ dev errors.
_NEAR_FUTURE_DAYS = 92


def _untensed(dct: dt.date, month: int, day: int) -> str:
    """Direction of a month (day) with no tense: near future if close ahead, else past."""
    try:
        ahead = dt.date(dct.year, month, day)
        if ahead < dct:
            ahead = dt.date(dct.year + 1, month, day)
    except ValueError:
        return "past"
    return "future" if (ahead - dct).days <= _NEAR_FUTURE_DAYS else "past"


def _n_date(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    month = int(g["mon_n"]) if g.get("mon_n") else _month_num(g["mon"])
    day = int(re.sub(r"\D", "", g["day"]))
    if g.get("year"):
        year = int(g["year"])
        if year < 100:
            year += 1900 if year > 30 else 2000
    elif g.get("wd"):
        year = closest_year(ctx.dct, month, day, None)
        for candidate in (year, year - 1, year + 1):
            try:
                if dt.date(candidate, month, day).isoweekday() == _weekday_num(g["wd"]):
                    year = candidate
                    break
            except ValueError:
                continue
    else:
        year = closest_year(ctx.dct, month, day, None)
        try:
            near = abs((dt.date(year, month, day) - ctx.dct).days) <= _NEAR_DAYS
        except ValueError:
            near = False
        if not near:
            year = closest_year(
                ctx.dct, month, day, _direction(ctx, m) or _untensed(ctx.dct, month, day)
            )
    try:
        return _period_found(Period("day", dt.date(year, month, day)))
    except ValueError:
        return None


def _n_month(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    month = _month_num(g["mon"])
    if g.get("year"):
        year = int(g["year"])
    elif g.get("yrel"):
        year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[g["yrel"].lower()]
    elif g.get("rel"):
        rel = g["rel"].lower()
        year = ctx.dct.year
        # "last February" written in March is a year back: the month just gone is "last month".
        if rel in ("last", "past", "previous") and month >= ctx.dct.month - 1:
            year -= 1
        elif rel in ("next", "coming") and month <= ctx.dct.month:
            year += 1
    else:
        if g["mon"] == "May" and not g.get("mod"):
            before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
            if not re.search(
                r"\b(?:in|since|until|by|of|during|before|after|from|to|through)\s+$", before
            ):
                return None
        year = closest_year(
            ctx.dct, month, None, _direction(ctx, m) or _untensed(ctx.dct, month, 1)
        )
    found = _period_found(Period("month", dt.date(year, month, 1)))
    _mod_dates(found, g.get("mod"))
    return found


def _n_year(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    text = ctx.text
    if text[max(0, m.start() - 1) : m.start()] in ("$", "#", "-", "/"):
        return None
    if not (g.get("mod") or g.get("fiscal") or g.get("theyear")):
        # A bare number that counts things ("2000 litres", "some 1500 troops") is no year.
        lex = lexicon()
        after = re.match(r"\s+([a-z]+)", text[m.end() : m.end() + 20])
        before = re.search(r"([a-z]+)\s+$", text[max(0, m.start() - 20) : m.start()])
        if after and after.group(1) in lex["count_nouns"]:
            return None
        if before and before.group(1) in lex["count_before"]:
            return None
    found = _period_found(Period("year", dt.date(int(g["year"]), 1, 1)))
    _mod_dates(found, g.get("mod"))
    return found


def _n_spelled_year(ctx: _Context, m: re.Match[str]) -> _Found | None:
    words = re.split(r"[\s-]+", m.group("sy").lower())
    numbers = lexicon()["numbers"]
    if words[:2] == ["two", "thousand"]:
        year = 2000 + (numbers.get(words[-1], 0) if len(words) > 2 else 0)
    else:
        century = numbers[words[0]] if words[0] in numbers else 20
        year = century * 100 + sum(numbers.get(w, 0) for w in words[1:])
    return _period_found(Period("year", dt.date(year, 1, 1)))


def _n_century_ord(ctx: _Context, m: re.Match[str]) -> _Found | None:
    n = int(m.group("cn"))
    if not 1 <= n <= 21:
        return None
    return _period_found(Period("century", dt.date((n - 1) * 100 or 1, 1, 1)))


def _n_decade(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    year = int(g["decade"]) if g.get("decade") else 1900 + int(g["dec2"])
    found = _period_found(Period("decade", dt.date(year, 1, 1)))
    _mod_dates(found, g.get("mod"))
    return found


def _n_weekday(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    weekday = _weekday_num(g["wd"])
    if g.get("plural"):
        return _Found("SET", f"XXXX-WXX-{weekday}")
    rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower()).replace("the ", "")
    if rel in ("last", "past", "previous", "this past"):
        direction = "last"
    elif rel in ("next", "coming", "following", "this coming"):
        direction = "next"
    elif rel == "this":
        direction = "this"
    else:
        direction = "future" if _direction(ctx, m) == "future" else "past"
    anchor = ctx.dct
    if rel in ("previous", "following", "next") and (g.get("rel") or "").lower().startswith("the"):
        anchor = ctx.anchor_day()  # "the previous Friday": before the day the text is on
    # "Friday night" is written as the day (2021-09-03), as the contract and most TBAQ gold do;
    # the part of day stays in the text.
    return _day_found(weekday_near(anchor, weekday, direction), None)


def _n_relday(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    word = re.sub(r"\s+", " ", g["rd"].lower())
    offset = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }[word]
    found = _day_found(ctx.dct + dt.timedelta(days=offset), g.get("pod"))
    if word == "tonight":
        found.tod = "NI"
    _mod_dates(found, g.get("mod") or g.get("ml"))
    return found


def _n_this_pod(ctx: _Context, m: re.Match[str]) -> _Found | None:
    which = m.group("which").lower()
    pod = m.group("pod")
    offset = -1 if which in ("last", "yesterday") else 1 if which == "tomorrow" else 0
    if which == "last" and pod.lower() != "night":
        return None
    found = _day_found(ctx.dct + dt.timedelta(days=offset), pod)
    found.type = "TIME"
    return found


def _n_rel_unit(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    unit = _unit(g["unit"])
    gran = UNIT_GRAN[unit]
    bare = rel.replace("the ", "")
    if gran in ("decade", "century") and bare in ("past", "last", "next", "coming"):
        # "the past decade" is the ten years up to now, a duration in TimeML.
        found = _Found("DURATION", duration_value(1, unit))
        end = ctx.dct
        found.date, found.date_end = (
            (shift(end, -1, unit), end) if bare in ("past", "last") else (end, shift(end, 1, unit))
        )
        found.precision = "range"
        return found
    if gran == "quarter":
        base = Period("quarter", ctx.dct)
    else:
        base = Period(gran, ctx.dct)
    # "the previous year", "the following week": counted from the last period the text gave.
    anaphoric = rel in ("the previous", "the following", "the same")
    anchor = Period(gran, ctx.ref.day) if ctx.ref is not None and anaphoric else None
    if bare in ("last", "past", "previous"):
        period = (anchor or base).shifted(-1, unit)
    elif bare in ("next", "coming", "following"):
        period = (anchor or base).shifted(1, unit)
    elif bare == "same" and anchor is not None:
        period = Period(gran, anchor.day)
    else:
        period = base
    found = _period_found(period)
    if (g.get("ml") or "").lower() == "earlier" and found.date_end is not None:
        # "earlier this month": from the start of the period up to publication.
        found.date_end = max(found.date or ctx.dct, min(found.date_end, ctx.dct))
    else:
        _mod_dates(found, g.get("mod") or g.get("ml"))
    return found


def _n_anaphor(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    ana = re.sub(r"\s+", " ", g["ana"].lower())
    unit_word = g["unit"].lower()
    pod = unit_word if unit_word in lexicon()["parts_of_day"] else None
    unit = "D" if pod else _unit(unit_word)
    gran = UNIT_GRAN[unit]
    step = (
        -1
        if ana in ("the previous", "the prior")
        else 1
        if ana in ("the following", "the next")
        else 0
    )
    if gran == "day":
        base = ctx.anchor_day()
        found = _day_found(shift(base, step, unit), pod)
        if pod:
            found.type = "TIME"
        return found
    anchor = ctx.ref.day if ctx.ref is not None else ctx.dct
    return _period_found(Period(gran, shift(anchor, step, unit)))


def _n_year_end(ctx: _Context, m: re.Match[str]) -> _Found | None:
    before = ctx.text[max(0, m.start() - 8) : m.start()].lower()
    year = ctx.dct.year - (1 if re.search(r"\bsince\s+$", before) else 0)
    return _period_found(Period("day", dt.date(year, 12, 31)))


def _n_the_year(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    after = ctx.text[m.end() : m.end() + 12]
    if re.match(r"\s+(?:ended|ending|through|to\s+date)\b", after) and not g.get("mod"):
        return _Found("DURATION", "P1Y")
    fy = re.sub(r"\s+", " ", (g.get("fy") or "").lower())
    if fy == "fiscal" and not g.get("mod"):
        return _Found("DURATION", "P1Y")
    unit = (g.get("pu") or "year").lower()
    if unit != "year" and not g.get("mod"):
        return None  # "the week" alone is too vague to date
    if unit != "year":
        found = _period_found(Period(unit, ctx.dct))
        _mod_dates(found, g.get("mod"))
        return found
    year = ctx.dct.year
    if fy in ("latest fiscal", "past fiscal", "last fiscal"):
        year -= 1
    found = _period_found(Period("year", dt.date(year, 1, 1)))
    _mod_dates(found, g.get("mod"))
    return found


def _n_overnight(ctx: _Context, m: re.Match[str]) -> _Found | None:
    # The night before publication, unless a day was just named ("on Friday ... overnight").
    found = _day_found(ctx.dct - dt.timedelta(days=1), "night")
    found.type = "TIME"
    return found


def _n_day_range_start(ctx: _Context, m: re.Match[str]) -> _Found | None:
    return _n_date(ctx, m)


def _n_day_range_end(ctx: _Context, m: re.Match[str]) -> _Found | None:
    # "September 1-3": two expressions, "September 1" and "3", the second in the same month.
    g = m.groupdict()
    first_text = f"{g['mon']} {g['d1']}" + (f", {g['year']}" if g.get("year") else "")
    first = _n_date(ctx, _MDAY_YEAR.match(first_text))  # type: ignore[arg-type]
    last = _n_date(ctx, m)
    if first is None or last is None:
        return None
    first.span = (m.start(), m.end("d1"))
    last.span = (m.start("day"), m.end("day"))
    first.extra = [last]
    return first


def _n_the_weekend(ctx: _Context, m: re.Match[str]) -> _Found | None:
    direction = "future" if _direction(ctx, m) == "future" else "past"
    saturday = weekday_near(ctx.dct, 6, direction)
    if direction == "past" and ctx.dct.isoweekday() == 7:
        saturday = ctx.dct - dt.timedelta(days=1)
    return _period_found(Period("weekend", saturday))


def _n_day_before(ctx: _Context, m: re.Match[str]) -> _Found | None:
    unit_word = m.group("unit").lower()
    unit = "D" if unit_word == "night" else _unit(unit_word)
    step = -1 if m.group("dir").lower() == "before" else 1
    if unit == "D":
        found = _day_found(
            shift(ctx.anchor_day(), step, "D"), "night" if unit_word == "night" else None
        )
        return found
    anchor = ctx.ref.day if ctx.ref is not None else ctx.dct
    return _period_found(Period(UNIT_GRAN[unit], shift(anchor, step, unit)))


def _n_ago(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    unit = _unit(g["unit"])
    n = _num(g["num"]) if g.get("num") else None
    direction = re.sub(r"\s+", " ", g["dir"].lower())
    sign = 1 if direction in ("later", "from now", "hence", "after") else -1
    if unit in ("H", "MIN", "S"):
        return _Found("TIME" if n is not None else "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if n is None:
        return _Found("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    steps = int(n) if float(n).is_integer() else 0
    if not steps:
        return _Found("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    gran = UNIT_GRAN[unit]
    anchor_ref = ctx.ref if ctx.ref is not None else None
    if unit == "Y" and ctx.ref_quarter is not None:
        # In a report of quarterly results, "a year ago" is the same quarter a year before.
        return _period_found(ctx.ref_quarter.shifted(sign * steps, unit))
    if direction in ("ago", "from now", "hence", "back"):
        return _period_found(Period(gran, shift(ctx.dct, sign * steps, unit)))
    # "a year earlier", "two days later": relative to the last date the text gave.
    if anchor_ref is None:
        return _period_found(Period(gran, shift(ctx.dct, sign * steps, unit)))
    gran = coarser(gran, anchor_ref.gran) if anchor_ref.gran != "weekend" else gran
    return _period_found(Period(gran, shift(anchor_ref.day, sign * steps, unit), anchor_ref.season))


def _n_duration(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    if g.get("old"):
        return None
    unit = _unit(g["unit"])
    num_text = g["num"].lower()
    n = _num(num_text)
    if num_text in ("a", "an") and unit in ("Q", "S"):
        return None  # "a quarter of the vote", "a second attempt"
    if unit == "Q" and m.group("unit").lower().endswith("s") and "-" in m.group(0):
        return None  # "three-quarters"
    span = None
    if g.get("the") and not g.get("rel") and not g.get("approx"):
        # TimeML keeps "the" with a counted period ("the nine months") but not with an
        # adjective ("the two-week crisis") or a measure of something ("the two days of talks").
        unit_word = m.group("unit").lower()
        after = ctx.text[m.end() : m.end() + 4]
        if not unit_word.endswith("s") or re.match(r"\s+of\b", after):
            span = (m.start("num"), m.end())
    if n is not None and g.get("half"):
        n += 0.5
    if n == 1 and num_text in ("a", "an") and unit in ("D", "W", "M", "Y"):
        before = ctx.text[max(0, m.start() - 25) : m.start()].lower()
        if re.search(r"(?:\d|cents?|dollars?|%|percent|[a-z]s)\s*$", before):
            # A rate ("$1.76 a year", "four flights a week"): TBAQ gold leaves these untagged.
            return None
    found = _Found("DURATION", duration_value(n, unit), span=span)
    rel = (g.get("rel") or "").lower()
    if rel in ("past", "last", "previous") and n is not None and unit in ("D", "W", "M", "Y"):
        found.date, found.date_end = shift(ctx.dct, -int(n), unit), ctx.dct
        found.precision = "range"
    return found


def _n_plural_units(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    unit = _unit(g["unit"])
    rel = (g.get("rel") or "").lower()
    # TBAQ gold writes "recent months" and "the weeks ahead" as vague durations (PXM) more
    # often than as PAST_REF, but "coming/future quarters" as FUTURE_REF.
    if rel in ("coming", "future") and not g.get("the"):
        return _Found("DATE", "FUTURE_REF")
    return _Found("DURATION", duration_value(None, unit))


def _n_quarter(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    ordinal = g["ord"].lower()
    q = lexicon()["ordinals"].get(ordinal)
    year_text = g.get("year") or g.get("year2")
    if q is None:  # "the final quarter", "the last quarter"
        q = 4 if ordinal == "final" else None
        if q is None:
            return _period_found(Period("quarter", last_completed_quarter(ctx.dct)))
    if year_text:
        start = dt.date(int(year_text), 3 * (q - 1) + 1, 1)
    elif g.get("ys"):
        year = ctx.dct.year - (1 if g["ys"].lower().startswith("last") else 0)
        start = dt.date(year, 3 * (q - 1) + 1, 1)
    else:
        start = quarter_of(ctx.dct, q, None)
    period = Period("quarter", start)
    if g.get("yago"):
        period = period.shifted(-1, "Y")
    found = _period_found(period)
    if g.get("the") and not g.get("yago") and re.search(r"\w-(?:fiscal-)?quarter", m.group(0)):
        rest = m.group(0)[3:]
        found.span = (m.start() + 3 + len(rest) - len(rest.lstrip()), m.end())
    return found


_QUARTER_ENDED = re.compile(
    r"\s+(?:ended|ending|that\s+ended)\s+(?P<mon>(?-i:[A-Z][a-z]{2,8})\.?)\s+(?P<day>\d{1,2})\b"
)
_YEAR_AGO = ("year-earlier", "year-ago", "year-before", "prior-year", "comparable")


def _n_quarter_rel(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower())
    what = g["what"].lower()
    if what == "period" and not rel and not g.get("qyear"):
        return None
    if g["the"].lower() == "a" and rel not in ("year-earlier", "year-ago"):
        return None
    base = ctx.ref_quarter
    ended = _QUARTER_ENDED.match(ctx.text, m.end())
    if ended and not g.get("qyear") and rel not in _YEAR_AGO:
        # "the quarter ended Sept. 30": the calendar quarter that date closes.
        when = _n_date(ctx, ended)
        if when is not None and when.period is not None:
            base = Period("quarter", when.period.day)
            ctx.ref_quarter = base
            return _period_found(base)
    if g.get("qyear"):
        quarter = base or Period("quarter", last_completed_quarter(ctx.dct))
        return _period_found(Period("quarter", quarter.day.replace(year=int(g["qyear"]))))
    if rel in ("latest", "past", "recent", "just-ended", "most recent") and what == "quarter":
        base = Period("quarter", last_completed_quarter(ctx.dct))
        ctx.ref_quarter = base
        return _period_found(base)
    if base is None:
        if what == "period" and rel not in (
            "year-earlier",
            "year-ago",
            "year-before",
            "prior-year",
        ):
            return None
        base = Period("quarter", last_completed_quarter(ctx.dct))
    if rel in ("year-earlier", "year-ago", "year-before", "prior-year", "comparable"):
        return _period_found(base.shifted(-1, "Y"))
    if rel == "previous":
        return _period_found(base.shifted(-1, "Q"))
    if rel == "current":
        return _period_found(Period("quarter", ctx.dct))
    return _period_found(base)


def _n_year_ago_adj(ctx: _Context, m: re.Match[str]) -> _Found | None:
    if ctx.ref_quarter is not None:
        return _period_found(ctx.ref_quarter.shifted(-1, "Y"))
    return _period_found(Period("year", shift(ctx.dct, -1, "Y")))


def _n_half(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    if g.get("year"):
        year = int(g["year"])
    elif g.get("hrel"):
        year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[g["hrel"].lower()]
    else:
        year = ctx.ref.day.year if ctx.ref is not None else ctx.dct.year
    month = 1 if g["h"].lower() == "first" else 7
    return _period_found(Period("half", dt.date(year, month, 1)))


def _n_season(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    word = g["season"].lower()
    rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower())
    rel = {"this past": "last", "this coming": "next"}.get(rel, rel)
    if not (rel or g.get("year") or g.get("mod")):
        before = ctx.text[max(0, m.start() - 10) : m.start()].lower()
        if (
            not re.search(r"\b(?:in|during|by|since|until|through|over)\s+$", before)
            or word == "fall"
        ):
            return None
    code = lexicon()["seasons"][word]
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    if g.get("year"):
        year = int(g["year"])
    else:
        year = ctx.dct.year
        seasons = [
            Period("season", dt.date(y, start_month, 1), code)
            for y in (year - 2, year - 1, year, year + 1)
        ]
        if rel in ("last", "past"):
            chosen = [p for p in seasons if p.bounds()[1] < ctx.dct][-1]
        elif rel in ("next", "coming"):
            chosen = [p for p in seasons if p.bounds()[0] > ctx.dct][0]
        elif rel == "this":
            # The season of the publication year ("this summer" written in November).
            chosen = Period(
                "season", dt.date(year - (code == "WI" and ctx.dct.month < 3), start_month, 1), code
            )
        elif _direction(ctx, m) == "future":
            chosen = [p for p in seasons if p.bounds()[1] >= ctx.dct][0]
        else:
            chosen = [p for p in seasons if p.bounds()[0] <= ctx.dct][-1]
        year = chosen.day.year
    found = _period_found(Period("season", dt.date(year, start_month, 1), code))
    _mod_dates(found, g.get("mod"))
    return found


def _clock_day(ctx: _Context, word: str | None, m: re.Match[str]) -> dt.date:
    if not word:
        return ctx.anchor_day() if ctx.ref_day else ctx.dct
    w = word.lower()
    if w in ("today", "tonight"):
        return ctx.dct
    if w == "yesterday":
        return ctx.dct - dt.timedelta(days=1)
    if w == "tomorrow":
        return ctx.dct + dt.timedelta(days=1)
    direction = "future" if _direction(ctx, m) == "future" else "past"
    return weekday_near(ctx.dct, _weekday_num(word), direction)


_MDAY_YEAR = re.compile(r"(?P<mon>[A-Za-z]+\.?)\s+(?P<day>\d+)(?:,\s+(?P<year>\d{4}))?")
_MDAY = re.compile(r"(?P<mon>[A-Za-z]+\.?)\s+(?P<day>\d+)")


def _n_clock(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    hour = int(g["h"])
    minute = int(g["min"] or 0)
    ampm = (g.get("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23:
        return None
    if g.get("mday"):
        dated = _n_date(ctx, _MDAY.match(g["mday"]))  # type: ignore[arg-type]
        day = dated.period.day if dated and dated.period else ctx.dct
    else:
        day = _clock_day(ctx, g.get("dayword") or g.get("dayword2"), m)
    found = _day_found(day, None)
    found.type = "TIME"
    found.tod = f"{hour:02d}:{minute:02d}"
    found.precision = "time"
    return found


def _n_noon(ctx: _Context, m: re.Match[str]) -> _Found | None:
    word = m.group("word").lower()
    day = _clock_day(ctx, m.group("dayword"), m)
    found = _day_found(day, None)
    found.type = "TIME"
    found.tod = "24:00" if word == "midnight" else "12:00"
    found.precision = "time"
    return found


def _n_holiday(ctx: _Context, m: re.Match[str]) -> _Found | None:
    lex = lexicon()
    name = re.sub(r"\s+", " ", m.group("hol").lower()).replace("’", "'")
    year = int(m.group("year")) if m.group("year") else None
    direction = _direction(ctx, m)

    def on(y: int) -> dt.date:
        if name in lex["holidays_fixed"]:
            month, day = map(int, lex["holidays_fixed"][name].split("-"))
            return dt.date(y, month, day)
        month, weekday, nth, offset = lex["holidays_nth_weekday"][name]
        return nth_weekday(y, month, weekday, nth) + dt.timedelta(days=offset)

    if year is None:
        candidates = [on(y) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
        if direction == "future":
            day = min((d for d in candidates if d >= ctx.dct), default=candidates[1])
        else:
            day = max((d for d in candidates if d <= ctx.dct), default=candidates[1])
    else:
        day = on(year)
    return _period_found(Period("day", day))


def _n_ref(ctx: _Context, m: re.Match[str]) -> _Found | None:
    word = re.sub(r"\s+", " ", m.group("ref").lower())
    if word == "the future" and re.match(r"\s+of\b", ctx.text[m.end() : m.end() + 4]):
        return None  # "the future of our peoples" names a fate, not a time
    return _Found("DATE", lexicon()["refs"][word])


def _n_set(ctx: _Context, m: re.Match[str]) -> _Found | None:
    return _Found("SET", lexicon()["sets"][m.group("set").lower()])


def _n_every(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    word = g["unit"]
    lex = lexicon()
    if word.lower() in lex["weekdays"] and word[0].isupper():
        return _Found("SET", f"XXXX-WXX-{_weekday_num(word)}")
    if word.lower() in lex["months"] and word[0].isupper():
        return _Found("SET", f"XXXX-{_month_num(word):02d}")
    if word.lower() in lex["parts_of_day"]:
        return _Found("SET", f"XXXX-XX-XXT{lex['parts_of_day'][word.lower()]}")
    n = 2.0 if (g.get("num") or "").lower() == "other" else (_num(g["num"]) if g.get("num") else 1)
    return _Found("SET", duration_value(n, _unit(word) if word.lower() != "weekend" else "WE"))


def _n_times_a(ctx: _Context, m: re.Match[str]) -> _Found | None:
    return _Found("SET", duration_value(1, _unit(m.group("unit"))))


_NORMALIZERS: dict[str, Callable[[_Context, re.Match[str]], _Found | None]] = {
    "month_day": _n_date,
    "day_month": _n_date,
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


def extract_times(doc: Doc, published: dt.date) -> list[DateRef]:
    """Every time expression in `doc`, normalized relative to `published`.

    Args:
        doc: the article body as a Doc; tags and a parse, when present, decide the tense of bare
            weekdays and months (without them a word window decides).
        published: the publication date, the anchor of relative expressions.

    Returns:
        DateRefs in text order with TimeML type and value, and the calendar days they cover.
    """
    text = doc.text
    ctx = _Context(doc=doc, dct=published, text=text)
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


def _date_ref(ctx: _Context, found: _Found, name: str, text: str, start: int, end: int) -> DateRef:
    """The DateRef of a normalized match; dated rules also become the anchor of anaphora."""
    value = found.value
    if found.period is not None and found.period.gran == "day" and found.tod:
        value = f"{found.period.value()}T{found.tod}"
        found.type = "TIME"
    if found.period is not None and name in _ANCHORING:
        ctx.ref = found.period
        if found.period.gran == "quarter":
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
_RANGE_START = re.compile(r"\b(?:from|between|since)\s+$", re.I)
_RANGE_JOIN = re.compile(r"^\s*(?:to|and|until|till|through|-|–)\s*$", re.I)


def _sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    text = doc.text
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
    return ref.date is not None and ref.type in ("DATE", "TIME") and ref.precision is not None


def _as_event_date(
    doc: Doc, ref: DateRef, times: list[DateRef], published: dt.date
) -> tuple[dt.date | None, dt.date | None, int]:
    precision = _ACLED_PRECISION.get(ref.precision or "", 2)
    if ref.date is None:
        return published, None, 2
    first, last = ref.date, ref.date_end or ref.date
    text = doc.text
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
    doc: Doc, start: int, end: int, times: list[DateRef], published: dt.date
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

    Returns:
        (date, date_end, ACLED time_precision): 1 day, 2 week or few days, 3 month or coarser.
        For a range the text gives, date and date_end bound it; for a week or a month, date is
        the latest day of it up to publication.
    """
    dated = [t for t in times if _dated(t)]
    prefer = _preference(doc, doc.text)
    inside = [t for t in dated if t.start >= start and t.end <= end]
    if inside:
        return _as_event_date(
            doc, min(inside, key=lambda t: (*prefer(t), t.start)), times, published
        )
    for lo, hi in (_sentence_bounds(doc, start, end), _paragraph_bounds(doc.text, start, end)):
        near = [t for t in dated if t.start >= lo and t.end <= hi]
        if near:
            best = min(
                near,
                key=lambda t: (
                    *prefer(t),
                    0 if t.end <= start else 1,
                    min(abs(t.end - start), abs(t.start - end)),
                ),
            )
            return _as_event_date(doc, best, times, published)
    return published, None, 2


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
}
_REPORTING_WORDS = re.compile(
    r"\b(?:said|says|told|reported|announced|claimed|confirmed|denied|added|stated|tweeted|"
    r"wrote|posted)\b",
    re.I,
)


def _reports(doc: Doc, ref: DateRef, text: str) -> bool:
    """Whether the expression dates a statement ("said on Monday") rather than an event."""
    if doc.has_annotation("DEP"):
        span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is not None and len(span):
            verb = span.root
            while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
                verb = verb.head
            return verb.lemma_.lower() in _REPORTING or verb.lower_ in ("said", "says")
    before = text[max(0, ref.start - 20) : ref.start]
    if re.search(_REPORTING_WORDS.pattern + r"\s+(?:on\s+|late\s+|early\s+)?$", before, re.I):
        return True
    return bool(re.match(r"\s+" + _REPORTING_WORDS.pattern, text[ref.end : ref.end + 15], re.I))


def _preference(doc: Doc, text: str) -> Callable[[DateRef], tuple[int, int]]:
    """Sort key: an event's own date before a statement's date, and days before coarser ones."""

    def key(ref: DateRef) -> tuple[int, int]:
        return (int(_reports(doc, ref, text)), 0 if ref.precision in ("day", "time") else 1)

    return key
