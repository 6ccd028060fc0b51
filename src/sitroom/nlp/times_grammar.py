"""Regular-expression grammar of English time expressions, following TimeML TIMEX3 extents.

Extents follow the TimeML guidelines: determiners and modifiers ("the", "late", "last", "about")
belong to the expression, prepositions ("on", "in", "since") do not. Month and weekday names must
be capitalized, which keeps the modal "may" and the verb "march" out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .times_calendar import lexicon


def _alt(words: list[str] | set[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any white space."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w))
    )


@dataclass(frozen=True)
class Rule:
    """One pattern of the grammar: its name picks the normalizer."""

    name: str
    regex: re.Pattern[str]
    # A word every match contains: the rule is only tried in windows around it (speed).
    trigger: re.Pattern[str] | None = None


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The compiled grammar (built once from the lexicon)."""
    lex = lexicon()
    need_period = set(lex["months_need_period"])
    mon_parts = []
    for word in lex["months"]:
        title = word.capitalize()
        if len(word) > 4 or word == "may" or word == "june" or word == "july":
            mon_parts.append(title)
        elif word in need_period:
            mon_parts.append(title + r"\.")
        else:
            mon_parts.append(title + r"\.?")
    mon = "(?-i:" + "|".join(sorted(mon_parts, key=lambda p: -len(p))) + ")"
    full_months = [w.capitalize() for w in lex["months"] if len(w) > 3 or w == "may"]
    mon_full = "(?-i:" + "|".join(full_months) + ")"
    wd = "(?-i:" + "|".join(w.capitalize() for w in lex["weekdays"]) + ")"
    day = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    y4 = r"(?:1[5-9]\d\d|20\d\d)"
    units = [u for u in lex["units"] if u != "weekend"]
    unit_s = r"(?:" + _alt(units) + r")(?:s)?|centuries"
    units_pl = "(?:" + _alt([u + "s" for u in units if u != "century"] + ["centuries"]) + ")"
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    ones = "one|two|three|four|five|six|seven|eight|nine"
    num = (
        r"(?:\d{1,3}(?:\.\d+)?(?:\s+1/2)?|"
        + rf"(?:{tens})(?:[-\s](?:{ones}))?|"
        + _alt([w for w in lex["numbers"] if w not in tens.split("|")])
        + ")"
    )
    vague = _alt(lex["vague_numbers"])
    # "over" is a preposition ("over the past year") unless a bare amount follows ("over an hour").
    approx = "(?P<approx>" + _alt(lex["approx"]) + r"|over(?=\s+(?:a|an|\d+)\s))\s+"
    mod = r"(?P<mod>early|late|mid|sometime|the\s+(?:end|beginning|start|middle|close)\s+of)"
    pod = "(?P<pod>" + _alt(lex["parts_of_day"]) + ")"
    season = "(?P<season>" + _alt(lex["seasons"]) + ")"
    rel = (
        r"(?P<rel>this|last|next|past|coming|previous|following|current|"
        r"the\s+(?:past|last|next|coming|previous|following|current|same))"
    )
    hol_words = list(lex["holidays_fixed"]) + list(lex["holidays_nth_weekday"])
    holiday = "(?:" + _alt(hol_words).replace("'", "(?:'|’)") + ")"
    refs = "(?P<ref>" + _alt(lex["refs"]) + ")"
    sets = "(?P<set>" + _alt(lex["sets"]) + ")"
    ampm = r"(?P<ampm>[ap]\.\s?m\.?|[ap]m\b)"
    tz = r"(?:\s+(?P<tz>(?-i:[A-Z]{1,2}[SD]T|GMT|UTC)|local\s+time))?"
    day_after = (
        rf"(?:\s+(?:on\s+)?(?:(?P<dayword>today|tonight|yesterday|tomorrow|{wd})|"
        rf"(?P<mday>{mon}\s+{day}(?!\d)))|,?\s+(?P<dayword2>{wd}))?"
    )
    before_punct = r"(?=\s*[,.;:!?)\"'”’]|\s*$|\s+(?:and|when|but|as|that)\b)"
    # A year read out in words, as transcripts of broadcasts write it: "nineteen ninety-four".
    spelled = (
        rf"(?:nineteen|twenty)[\s-]+(?:{tens})(?:[-\s](?:{ones}))?|"
        rf"two\s+thousand(?:\s+(?:and\s+)?(?:(?:{tens})(?:[-\s](?:{ones}))?|{ones}|ten|eleven|"
        rf"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?"
    )
    specs = [
        # Thursday, Sept. 30, 1990 / Sept. 30 / 30 September 2021 / the 5th of September
        (
            "month_day",
            rf"(?:(?P<wd>{wd}),?\s+)?(?P<mon>{mon})\s+(?P<day>{day})(?!\d|\.\d)"
            rf"(?:,?\s+(?P<year>{y4})(?!\d))?",
        ),
        # "the week of March 6": the week that holds the day.
        (
            "week_of",
            rf"the\s+week\s+of\s+(?P<mon>{mon})\s+(?P<day>{day})(?!\d|\.\d)"
            rf"(?:,?\s+(?P<year>{y4})(?!\d))?",
        ),
        (
            "day_month",
            rf"(?:(?P<wd>{wd}),?\s+)?(?:the\s+)?(?P<day>{day})(?:\s+of)?\s+(?P<mon>{mon})"
            rf"(?:,?\s+(?P<year>{y4})(?!\d))?",
        ),
        ("iso", rf"(?P<year>{y4})-(?P<mon_n>[01]\d)-(?P<day>[0-3]\d)(?![\d-])"),
        (
            "slash",
            r"(?<![\d/])(?P<mon_n>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/"
            r"(?P<year>(?:19|20)?\d\d)(?![\d/])",
        ),
        (
            "month_year",
            rf"(?:{mod}[\s-]+)?(?P<mon>{mon}),?\s+(?:of\s+)?(?:(?P<year>{y4})(?!\d)|"
            rf"(?P<syear>{spelled})\b)",
        ),
        (
            "month",
            rf"(?:{mod}[\s-]+)?(?:(?P<rel>this|last|next|past|coming|previous)\s+)?"
            rf"(?P<mon>{mon_full})(?!\s*\d)(?:,?\s+(?:of\s+)?(?P<yrel>this|last|next|that|the\s+same)\s+year)?",
        ),
        (
            "year",
            rf"(?:{mod}[\s-]+)?(?:(?P<fiscal>fiscal(?:\s+year)?)\s+|(?P<theyear>the\s+year\s+))?"
            rf"(?P<year>{y4})(?!\d|\s*(?:%|percent)|[.,]\d|-\d)",
        ),
        (
            "spelled_year",
            rf"(?:the\s+year\s+)?(?P<sy>{spelled})",
        ),
        ("century_ord", r"(?:the\s+)?(?P<cn>\d{1,2})(?:st|nd|rd|th)[\s-]+century"),
        (
            "decade",
            rf"(?:the\s+)?(?:{mod}[\s-]+)?(?:(?P<decade>(?:1[5-9]|20)\d0)(?:'|’)?s|"
            rf"(?:'|’)(?P<dec2>\d0)s|(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|"
            rf"eighties|nineties))\b",
        ),
        (
            "weekday",
            rf"(?:{mod}\s+)?(?:(?P<rel>last|next|this\s+past|this\s+coming|this|past|coming|"
            rf"(?:the\s+)?previous|(?:the\s+)?following|the\s+next)\s+)?(?P<wd>{wd})(?P<plural>s\b)?(?:\s+{pod}(?P<podplural>s\b)?)?",
        ),
        (
            "relday",
            rf"(?:{mod}\s+|(?P<ml>earlier|later)\s+|(?:mid[-\s]?)?(?P<pod2>morning|afternoon|evening)\s+)?"
            rf"(?P<rd>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
            rf"today|tonight|yesterday|tomorrow)(?:\s+{pod})?",
        ),
        # "mid-afternoon", "in mid morning": the part of the day the text is on.
        ("mid_pod", r"mid[-\s]?(?P<pod>morning|afternoon|evening)"),
        (
            "this_pod",
            r"(?P<which>this|last|tomorrow|yesterday)\s+(?P<pod>morning|afternoon|evening|night)",
        ),
        (
            "rel_unit",
            rf"(?:{mod}\s+|(?P<ml>earlier|later)\s+)?{rel}\s+(?P<unit>week|weekend|month|year|decade|century|quarter)\b",
        ),
        (
            "anaphor",
            r"(?:(?P<ml>earlier|later)\s+)?(?P<ana>that\s+same|that|the\s+same|the\s+previous|"
            r"the\s+following|the\s+next|the\s+prior)\s+(?P<unit>day|morning|afternoon|evening|"
            r"night|week|weekend|month|year)\b",
        ),
        ("year_end", r"(?P<ye>year(?:-|\s+|(?:'|’)s\s+)end)\b"),
        (
            "the_year",
            rf"(?:{mod}\s+)?the\s+(?:(?P<pu>week|month)\b|(?:(?P<fy>(?:current|latest|past|last)"
            r"\s+fiscal|fiscal|calendar|current|full)\s+)?"
            r"year(?![-\w]|\s+(?:\d|ago|earlier|before|later|after|two)))",
        ),
        ("the_weekend", r"(?:(?P<mod>early|late)\s+)?the\s+weekend\b"),
        ("overnight", r"overnight(?=\s*[,.;]|\s+(?:on|in|at|near|as|and|when)\b)"),
        # The first day of "between 1 and 3 September", "1-3 Sept.": its month follows.
        (
            "day_range_start",
            rf"(?P<day>{day})(?=\s*(?:-|–|to|and|until|through|till)\s*{day}\s+(?:of\s+)?"
            rf"(?P<mon>{mon})(?:,?\s+(?P<year>{y4}))?)",
        ),
        # The last day of "September 1-3", "April 24 and 25": its month comes first.
        (
            "day_range_end",
            rf"(?P<mon>{mon})\s+(?P<d1>{day})\s*(?:-|–|to|and|until|through|till)\s*(?P<day>{day})"
            rf"(?!\d)(?:,?\s+(?P<year>{y4}))?",
        ),
        (
            "day_before",
            r"the\s+(?P<unit>day|night|week|month|year)\s+(?P<dir>before|after)" + before_punct,
        ),
        (
            "ago",
            rf"(?:(?:{approx})?(?P<num>{num}|{vague})[\s-]+)?(?P<unit>{unit_s})(?:\s+or\s+so)?\s+"
            rf"(?P<dir>ago|earlier|later|from\s+now|hence|previously|(?:before|after){before_punct})",
        ),
        # "twice a year", "three times a week": a SET; before "duration", which would take "a year".
        (
            "times_a",
            r"(?:(?<=\bonce\s)|(?<=\btwice\s)|(?<=\btimes\s))a\s+(?P<unit>day|week|month|year)\b",
        ),
        (
            "duration",
            rf"(?:{approx})?(?:(?P<the>the)\s+)?(?:(?P<rel>past|last|next|first|coming|final|"
            rf"previous|latest|remaining|initial|following|full|entire|whole|same|other)\s+)?"
            rf"(?P<num>{num}|{vague})[\s-]+(?:(?:more|consecutive|straight|successive|full|"
            rf"long|additional|further)\s+)?(?P<unit>{unit_s})(?P<half>\s+and\s+a\s+half)?"
            rf"(?P<old>[\s-]+old)?\b",
        ),
        (
            "plural_units",
            rf"(?:(?P<the>the)\s+(?=(?:past|last|next|coming|previous|following|\w+\s+ahead)\b))?"
            rf"(?:(?P<rel>past|last|next|coming|recent|several|few|many|future|"
            rf"previous|following)\s+)?(?P<unit>{units_pl})(?P<ahead>\s+ahead)?\b",
        ),
        (
            "quarter",
            rf"(?:(?P<the>the)\s+)?(?:(?P<yago>year-earlier|year-ago|comparable\s+year-ago|"
            rf"comparable|prior-year)\s+)?(?:(?P<year>{y4})\s+|(?P<ys>this\s+year|last\s+year|next\s+year)(?:'|’)s\s+)?"
            rf"(?:fiscal[\s-]+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
            rf"[\s-]+(?:fiscal\s+)?(?:-|\s)?quarter(?!-)(?:\s+of\s+(?:fiscal\s+)?(?:(?P<year2>{y4})|(?P<qrel>this|last|next)\s+year))?",
        ),
        (
            "quarter_rel",
            rf"(?P<the>the|this|that|a|(?P<ysq>last|this|next)\s+year(?:'|’)s)\s+(?:(?P<qyear>{y4})\s+)?(?P<rel>latest|past|current|previous|recent|same|"
            r"year-earlier|year-ago|comparable|year-before|prior-year|fiscal|just-ended|"
            r"most\s+recent)?\s*(?:fiscal\s+)?(?P<what>quarter|period)(?![-\w])",
        ),
        (
            "year_ago_adj",
            r"(?P<ya>year-earlier|year-ago|year-before|prior-year)(?!\s+(?:quarter|period))",
        ),
        (
            "half",
            rf"the\s+(?P<h>first|second|last|latter)\s+half(?:\s+of\s+(?:the\s+)?(?:(?P<year>{y4})|"
            rf"(?P<hrel>this|last|next)\s+year|(?P<hdec>(?:1[5-9]|20)\d0)(?:'|’)?s\b|"
            rf"(?:'|’)(?P<hdec2>\d0)s\b))?",
        ),
        (
            "season",
            rf"(?:{mod}\s+)?(?:(?P<rel>this\s+past|this\s+coming|this|that|last|next|past|coming|the)\s+)?"
            rf"{season}"
            rf"(?:\s+(?:of\s+)?(?:(?P<year>{y4})|(?P<syear>{spelled})\b)|"
            rf"\s+of\s+(?P<srel>this|last|next)\s+year)?\b",
        ),
        (
            "clock",
            rf"(?:(?P<approx>about|around|shortly\s+after|shortly\s+before|just\s+after|"
            rf"just\s+before)\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<min>[0-5]\d))?\s*{ampm}{tz}"
            rf"{day_after}",
        ),
        (
            "clock24",
            r"(?<![\d:.])(?P<h>[01]\d|2[0-3]):(?P<min>[0-5]\d)(?![\d:])(?:\s+(?P<ampm>hours|hrs))?"
            + tz,
        ),
        (
            "noon",
            rf"(?P<word>noon|midnight|midday)(?:\s+(?:on\s+)?(?P<dayword>today|tonight|yesterday|"
            rf"tomorrow|{wd}))?",
        ),
        ("holiday", rf"(?P<hol>{holiday})(?:\s+(?P<year>{y4}))?"),
        ("ref", refs),
        # "for a while", "for some time": a duration of unknown length and unit (PXX).
        ("vague_duration", r"(?<=\bfor\s)(?:a\s+while|some\s+time|a\s+long\s+time)"),
        ("set", sets),
        (
            "every",
            rf"(?P<q>every|each|per)\s+(?:(?P<num>other|{num})\s+)?"
            rf"(?P<unit>{unit_s}|{wd}|{mon_full}|morning|night|evening|afternoon|weekend)\b",
        ),
    ]
    unit_trigger = re.compile(
        r"(?:second|minute|hour|day|week|fortnight|month|year|decade|centur|quarter|period|"
        r"half|spring|summer|fall|autumn|winter|morning|afternoon|evening|night)",
        re.I,
    )
    triggered = {
        "ago",
        "duration",
        "plural_units",
        "rel_unit",
        "anaphor",
        "day_before",
        "quarter",
        "quarter_rel",
        "half",
        "season",
        "times_a",
        "the_year",
        "century_ord",
        "this_pod",
    }
    return tuple(
        Rule(
            name,
            re.compile(r"(?<![\w$£€])(?:" + rx + r")(?!\w)", re.I),
            unit_trigger if name in triggered else None,
        )
        for name, rx in specs
    )
