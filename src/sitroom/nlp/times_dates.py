"""Normalizers of calendar expressions: dates, months, years, weekdays and deictic periods."""

from __future__ import annotations

import datetime as dt
import re

from .times_calendar import (
    UNIT_GRAN,
    Period,
    closest_year,
    duration_value,
    lexicon,
    shift,
    weekday_near,
)
from .times_context import (
    _NEAR_DAYS,
    _compares_quarter,
    _Context,
    _day_found,
    _direction,
    _Found,
    _mod_dates,
    _month_num,
    _period_found,
    _unit,
    _untensed,
    _weekday_num,
)


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


def _n_week_of(ctx: _Context, m: re.Match[str]) -> _Found | None:
    day = _n_date(ctx, m)
    if day is None or day.period is None:
        return None
    return _period_found(Period("week", day.period.day))


_EVENT_NAME = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]")
_MONTH_PREP = re.compile(
    r"\b(?:in|on|since|until|by|during|before|after|from|to|through|early|late|mid|last|next)\s+$",
    re.I,
)


def _n_month(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    month = _month_num(g["mon"])
    if g.get("year"):
        year = int(g["year"])
    elif g.get("syear"):
        year = spelled_year(g["syear"])
    elif g.get("yrel"):
        rel = " ".join(g["yrel"].lower().split())
        if rel in ("that", "the same"):
            # "since 2021. In May that year": the year the narrative is in.
            year = ctx.ref.day.year if ctx.ref is not None else ctx.dct.year
        else:
            year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[rel]
    elif g.get("rel"):
        rel = g["rel"].lower()
        year = ctx.dct.year
        # "last February" written in March is a year back: the month just gone is "last month".
        if rel in ("last", "past", "previous") and month >= ctx.dct.month - 1:
            year -= 1
        elif rel in ("next", "coming") and month <= ctx.dct.month:
            year += 1
    else:
        if _EVENT_NAME.match(ctx.text, m.end()) and not _MONTH_PREP.search(
            ctx.text[max(0, m.start() - 12) : m.start()]
        ):
            return None  # a named event: "the annual March for Life", "the March of Mothers"
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


_UNIT_WORDS = {"years", "months", "days", "weeks", "hours", "minutes", "seconds", "decades"}


def spelled_year(text: str) -> int:
    """The year a phrase reads out: "nineteen ninety-four" 1994, "two thousand and one" 2001."""
    words = re.split(r"[\s-]+", text.lower())
    numbers = lexicon()["numbers"]
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(numbers.get(w, 0) for w in words[2:])
    century = numbers[words[0]] if words[0] in numbers else 20
    return century * 100 + sum(numbers.get(w, 0) for w in words[1:])


def _n_spelled_year(ctx: _Context, m: re.Match[str]) -> _Found | None:
    after = re.match(r"\s+([a-z]+)", ctx.text[m.end() : m.end() + 20])
    if after and (after.group(1) in lexicon()["count_nouns"] or after.group(1) in _UNIT_WORDS):
        return None  # "two thousand people", "two thousand years": an amount
    return _period_found(Period("year", dt.date(spelled_year(m.group("sy")), 1, 1)))


def _n_century_ord(ctx: _Context, m: re.Match[str]) -> _Found | None:
    n = int(m.group("cn"))
    if not 1 <= n <= 21:
        return None
    return _period_found(Period("century", dt.date((n - 1) * 100 or 1, 1, 1)))


def _n_decade(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    if g.get("decw"):
        if not m.group(0).lower().startswith("the"):
            return None  # "in his forties" is an age; "the nineties" a decade
        tens = lexicon()["numbers"][g["decw"].lower()[:-3] + "y"]  # "nineties" -> ninety
        year = ctx.dct.year // 100 * 100 + tens
        if year > ctx.dct.year:
            year -= 100  # the latest such decade: "the nineties" written in 2013 is the 1990s
    else:
        year = int(g["decade"]) if g.get("decade") else 1900 + int(g["dec2"])
    found = _period_found(Period("decade", dt.date(year, 1, 1)))
    _mod_dates(found, g.get("mod"))
    return found


_PLURAL_PARTNER = re.compile(
    r"\s+(?:and|or)\s+(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\s+(?P<pod>morning|afternoon|"
    r"evening|night)s\b|\s+(?:and|or)\s+(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b",
    re.I,
)


_WEEK_AFTER = re.compile(r"\s+(?:of\s+)?(last|next)\s+week\b", re.I)


def _n_weekday(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    weekday = _weekday_num(g["wd"])
    pod = (g.get("pod") or "").lower()
    shared = None if pod else _PLURAL_PARTNER.match(ctx.text, m.end())
    if shared:
        # "on Monday and Tuesday nights": the plural and the part of the day are shared.
        pod = (shared.group("pod") or "").lower()
    if g.get("plural") or g.get("podplural") or shared:
        tod = f"T{lexicon()['parts_of_day'][pod]}" if pod else ""
        return _Found("SET", f"XXXX-WXX-{weekday}{tod}")
    rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower()).replace("the ", "")
    if rel in ("last", "past", "previous", "this past"):
        direction = "last"
    elif rel in ("next", "coming", "following", "this coming"):
        direction = "next"
    elif rel == "this":
        direction = "this"
    else:
        direction = "future" if _direction(ctx, m, near=True) == "future" else "past"
    anchor = ctx.dct
    if rel in ("previous", "following", "next") and (g.get("rel") or "").lower().startswith("the"):
        anchor = ctx.anchor_day()  # "the previous Friday": before the day the text is on
    week = _WEEK_AFTER.match(ctx.text, m.end())
    if week and not rel:
        # "on Tuesday last week": that weekday of the week before the publication's (not the
        # Tuesday just past, which may be in the same week).
        step = -7 if week.group(1).lower() == "last" else 7
        monday = ctx.dct - dt.timedelta(days=ctx.dct.weekday()) + dt.timedelta(days=step)
        if pod not in lexicon()["weekday_parts_of_day"]:
            pod = ""
        return _day_found(monday + dt.timedelta(days=weekday - 1), pod or None)
    # TimeML writes "Friday evening" as 2021-09-03TEV (the date field stays the day). "Friday
    # night" stays the day: TBAQ gold writes it so in 9 of 14 cases (often tagging "Friday" alone).
    if pod not in lexicon()["weekday_parts_of_day"]:
        pod = ""
    return _day_found(weekday_near(anchor, weekday, direction), pod or None)


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
    found = _day_found(ctx.dct + dt.timedelta(days=offset), g.get("pod") or g.get("pod2"))
    if g.get("pod2"):
        found.type = "TIME"  # "mid-afternoon yesterday"
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


def _n_mid_pod(ctx: _Context, m: re.Match[str]) -> _Found | None:
    found = _day_found(ctx.anchor_day(), m.group("pod"))
    found.type = "TIME"
    return found


_STRETCH_BEFORE = re.compile(r"\b(?:over|within|in|during|for|through|throughout)\s+$", re.I)


def _narrated_next(ctx: _Context, m: re.Match[str]) -> bool:
    """ "The next year, it was ratified": the year after the one the narrative is in.

    TimeML anchors it to the reference time of the discourse; "over the next year" and "will ...
    the next year" count from the report instead.
    """
    if ctx.ref is None or _STRETCH_BEFORE.search(ctx.text[max(0, m.start() - 12) : m.start()]):
        return False
    return _direction(ctx, m) == "past"


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
    if gran == "year" and rel == "last" and _compares_quarter(ctx, m.start(), m.end()):
        # TimeML values what the text compares: the same quarter a year before.
        found = _period_found(ctx.ref_quarter.shifted(-1, "Y"))  # type: ignore[union-attr]
        found.anchors = False
        return found
    if gran == "quarter":
        base = Period("quarter", ctx.dct)
    else:
        base = Period(gran, ctx.dct)
    # "the previous year", "the following week": counted from the last period the text gave.
    anaphoric = rel in ("the previous", "the following", "the same") or (
        rel == "the next" and _narrated_next(ctx, m)
    )
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
    if "-" not in m.group("ye"):
        # "by year end", "by year's end" read as "the end of the year": the year, whose late
        # part TimeML marks with a mod. The compound "year-end" is the closing date itself.
        found = _period_found(Period("year", dt.date(year, 1, 1)))
        _mod_dates(found, "end")
        return found
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
    # "September 1-3": two expressions, "September 1" and "3", in the same month and year.
    last = _n_date(ctx, m)
    if last is None or last.period is None:
        return None
    try:
        day = last.period.day.replace(day=int(re.sub(r"\D", "", m.group("d1"))))
    except ValueError:
        return None
    first = _period_found(Period("day", day))
    first.span = (m.start(), m.end("d1"))
    last.span = (m.start("day"), m.end("day"))
    first.extra = [last]
    return first


def _n_the_weekend(ctx: _Context, m: re.Match[str]) -> _Found | None:
    direction = "future" if _direction(ctx, m, near=True) == "future" else "past"
    saturday = weekday_near(ctx.dct, 6, direction)
    if direction == "past" and ctx.dct.isoweekday() == 7:
        saturday = ctx.dct - dt.timedelta(days=1)
    return _period_found(Period("weekend", saturday))
