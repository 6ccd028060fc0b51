"""Calendar arithmetic of the times stage: TimeML values, covered days and shifts of a period."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from dateutil.relativedelta import relativedelta

LEXICON = "times-v1.json"

# Granularities of a period, finest first; a shift keeps the coarser of the two it combines.
GRANS = (
    "day",
    "week",
    "weekend",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
)

# DateRef.precision of each granularity: sub-year periods are at best month-known (ACLED 3).
PRECISION = {
    "day": "day",
    "week": "week",
    "weekend": "range",
    "month": "month",
    "season": "month",
    "quarter": "month",
    "half": "month",
    "year": "year",
    "decade": "year",
    "century": "year",
}

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The versioned word lists of the times stage (src/sitroom/data/times-v1.json)."""
    text = resources.files("sitroom.data").joinpath(LEXICON).read_text(encoding="utf-8")
    return json.loads(text)


@dataclass(frozen=True)
class Period:
    """A calendar period: a granularity and a day inside it (for a season, its code too)."""

    gran: str
    day: dt.date
    season: str | None = None

    def value(self) -> str:
        """The TimeML value, e.g. 2021-09-05, 2021-W35, 2021-09, 2021-Q3, 2021-SU, 2021, 202."""
        d = self.day
        if self.gran == "day":
            return d.isoformat()
        if self.gran in ("week", "weekend"):
            year, week, _ = d.isocalendar()
            return f"{year:04d}-W{week:02d}" + ("-WE" if self.gran == "weekend" else "")
        if self.gran == "month":
            return f"{d.year:04d}-{d.month:02d}"
        if self.gran == "quarter":
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        if self.gran == "half":
            return f"{d.year:04d}-H{1 if d.month < 7 else 2}"
        if self.gran == "season":
            return f"{d.year:04d}-{self.season}"
        if self.gran == "year":
            return f"{d.year:04d}"
        if self.gran == "decade":
            # The TIMEX3 guidelines write a decade by its first three digits: "198" for the
            # 1980s (TBAQ gold also has "198X", as often as "198" on dev).
            return f"{d.year // 10:03d}"
        return f"{d.year // 100:02d}"

    def bounds(self) -> tuple[dt.date, dt.date]:
        """The first and last calendar day of the period."""
        d = self.day
        if self.gran == "day":
            return d, d
        if self.gran in ("week", "weekend"):
            monday = d - dt.timedelta(days=d.weekday())
            if self.gran == "weekend":
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return monday, monday + dt.timedelta(days=6)
        if self.gran == "month":
            first = d.replace(day=1)
            return first, first + relativedelta(months=1, days=-1)
        if self.gran in ("quarter", "half"):
            months = 3 if self.gran == "quarter" else 6
            first = dt.date(d.year, (d.month - 1) // months * months + 1, 1)
            return first, first + relativedelta(months=months, days=-1)
        if self.gran == "season":
            code = self.season or "SU"
            first = dt.date(d.year, _SEASON_START[code], 1)
            return first, first + relativedelta(months=3, days=-1)
        if self.gran == "year":
            return dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)
        span = 10 if self.gran == "decade" else 100
        first_year = max(1, d.year // span * span)
        return dt.date(first_year, 1, 1), dt.date(first_year + span - 1, 12, 31)

    def shifted(self, n: int, unit: str) -> Period:
        """The period `n` units later (earlier when negative), keeping this granularity."""
        return Period(self.gran, shift(self.day, n, unit), self.season)


def shift(day: dt.date, n: int, unit: str) -> dt.date:
    """`day` moved by `n` units (D, W, WE, M, Q, Y, DE, CE)."""
    if unit == "D":
        return day + dt.timedelta(days=n)
    if unit in ("W", "WE"):
        return day + dt.timedelta(weeks=n)
    if unit == "2W":
        return day + dt.timedelta(weeks=2 * n)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months is None:
        return day
    return day + relativedelta(months=months * n)


UNIT_GRAN = {
    "D": "day",
    "W": "week",
    "2W": "week",
    "WE": "weekend",
    "M": "month",
    "Q": "quarter",
    "Y": "year",
    "DE": "decade",
    "CE": "century",
}


def coarser(a: str, b: str) -> str:
    """The coarser of two granularities."""
    return a if GRANS.index(a) >= GRANS.index(b) else b


def duration_value(n: float | None, unit: str) -> str:
    """A TimeML duration: P3D, PT5H, P2W, P10Y; `n` None writes the vague X (PXY)."""
    if unit == "2W":
        unit, n = "W", (None if n is None else n * 2)
    if unit == "DE":
        unit, n = "Y", (None if n is None else n * 10)
    if unit == "CE":
        unit, n = "Y", (None if n is None else n * 100)
    if unit == "WE":
        unit, n = "D", (None if n is None else n * 2)
    if n is None:
        amount = "X"
    elif float(n).is_integer():
        amount = str(int(n))
    else:
        # TimeML writes a fraction in the next smaller unit: 2 1/2 years is P2Y6M.
        whole, part = int(n), n - int(n)
        smaller = {
            "Y": ("M", 12),
            "M": ("D", 30),
            "W": ("D", 7),
            "D": ("H", 24),
            "H": ("M", 60),
            "MIN": ("S", 60),
        }.get(unit)
        if smaller is None:
            amount = f"{n:g}"
        else:
            head = duration_value(whole, unit) if whole else ("PT" if unit in ("H", "MIN") else "P")
            sub_unit, factor = smaller
            sub = f"{round(part * factor)}{sub_unit}"
            if unit == "D":
                return f"{head}T{sub}" if whole else f"PT{sub}"
            return head + sub
    if unit in ("H", "MIN", "S"):
        return f"PT{amount}{'M' if unit == 'MIN' else unit}"
    return f"P{amount}{unit}"


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The `nth` ISO `weekday` (1 Monday) of a month; `nth` -1 is the last."""
    if nth > 0:
        first = dt.date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + dt.timedelta(days=offset + 7 * (nth - 1))
    last = dt.date(year, month, 1) + relativedelta(months=1, days=-1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def weekday_near(anchor: dt.date, weekday: int, direction: str) -> dt.date:
    """The day of ISO `weekday` nearest `anchor` in a direction.

    `past` is the latest such day on or before the anchor, `future` the first on or after it,
    `last`/`next` exclude the anchor itself, `this` stays in the anchor's ISO week.
    """
    delta = anchor.isoweekday() - weekday
    if direction == "this":
        return anchor - dt.timedelta(days=delta)
    if direction in ("past", "last"):
        back = delta % 7
        if back == 0 and direction == "last":
            back = 7
        return anchor - dt.timedelta(days=back)
    ahead = (-delta) % 7
    if ahead == 0 and direction == "next":
        ahead = 7
    return anchor + dt.timedelta(days=ahead)


def quarter_of(day: dt.date, q: int, direction: str | None) -> dt.date:
    """First day of quarter `q` in the year that makes it the latest begun (or next, if future)."""
    first = dt.date(day.year, 3 * (q - 1) + 1, 1)
    if direction == "future":
        return (
            first
            if first + relativedelta(months=3) > day
            else dt.date(day.year + 1, first.month, 1)
        )
    return first if first <= day else dt.date(day.year - 1, first.month, 1)


def last_completed_quarter(day: dt.date) -> dt.date:
    """First day of the latest quarter that ended before `day`."""
    current = dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return current - relativedelta(months=3)


def closest_year(anchor: dt.date, month: int, day: int | None, direction: str | None) -> int:
    """The year that puts month (and day) on the side of `anchor` the tense asks for.

    Past puts it on or before the anchor, future on or after; without a tense, the year nearest
    the anchor wins.
    """
    best: tuple[float, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            when = dt.date(year, month, day or 1)
        except ValueError:
            continue
        last = when if day else when + relativedelta(months=1, days=-1)
        if direction == "past" and when > anchor:
            continue
        if direction == "future" and last < anchor:
            continue
        distance = (
            abs((when - anchor).days)
            if day
            else min(abs((when - anchor).days), abs((last - anchor).days))
        )
        if day is None and when <= anchor <= last:
            distance = 0
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else anchor.year
