"""Fatalities: ACLED's conservative reading of how many people a sentence says were killed."""

from __future__ import annotations

import re
from functools import cache

# ACLED codebook (2019+, "Fatalities"): vague plurals get fixed conservative values; "dozens" 12,
# "tens" 10, "hundreds" 100; "several"/"many"/"scores" are coded 10 as the codebook's default for
# an unknown plural; ranges take their lower bound; "at least N" is N.
VAGUE_COUNTS: dict[str, int] = {
    "tens of thousands": 10000,
    "hundreds of thousands": 100000,
    "dozens": 12,
    "tens": 10,
    "hundreds": 100,
    "thousands": 1000,
    "scores": 10,
    "several": 10,
    "many": 10,
}
WORD_NUMBERS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a dozen": 12,
    "dozen": 12,
    "a hundred": 100,
}

_NUM = (
    r"(?:\d[\d,]*|a dozen|dozens|tens of thousands|hundreds of thousands|tens|hundreds|thousands|"
    r"scores|several|many|"
    + "|".join(sorted((w for w in WORD_NUMBERS if w not in {"a", "an"}), key=len, reverse=True))
    + r")"
)
# A count in words or digits, not a vague many ("several", "dozens").
_WORD_COUNT = "|".join(
    sorted((w for w in WORD_NUMBERS if w not in {"a", "an"}), key=len, reverse=True)
)
_DEATH = (
    r"(?:killed|dead|died|slain|killing|deaths?|fatalities|bodies|lives|massacred|executed|"
    r"lynched|(?:stabbed|beaten|hacked|burned|burnt|stoned|bludgeoned) to death)"
)
_PEOPLE = (
    r"(?:(?:[a-z-]+\s+){0,2}?(?:members|fighters|supporters|soldiers|troops|officers|policemen|"
    r"personnel|employees|staff) of (?:the )?(?:[A-Z][\w'’-]*\s+){1,4}"
    # "three suspected members of the X gang", "three soldiers of the Shabwa Defence Forces"
    r"(?:gang\s+|group\s+|cartel\s+|militia\s+)?"
    r"|(?:(?!(?:and|or|but)\b)[a-z-]+\s+){0,3}?)"  # not "freed 104 passengers and killed 16"
)
# An aside between the count and the verb: "three people, including a child, were killed".
_ASIDE = r"(?:[a-z-]+,[^,.;]{1,60},\s+)?"
# Words of a victim noun phrase, not of a clause ("soldiers were wounded and one was killed").
_NOUN_WORD = (
    r"(?:(?!(?:were|was|are|is|have|had|been|and|or|wounded|injured|killed|died)\b)[a-z-]+\s+)"
)
# The men a side lost: "losing two soldiers", "lost three of its own".
_LOST = r"(?:[a-z-]+\s+)?(?:soldiers|troops|men|officers|policemen|fighters|gendarmes|guards)"
# "at least 25 people were killed", "killing 6 civilians", "5-7 dead", "the death toll rose to 9"
_PATTERNS = [
    re.compile(
        rf"\b(?P<q>at least |more than |over |about |around |nearly |some |up to |between )?"
        rf"(?P<n>{_NUM})(?:\s*(?:-|to|or|and)\s*{_NUM})?\s+{_PEOPLE}{_ASIDE}"
        rf"(?:were |was |have been |had been |are |been )?"
        rf"(?:reported |confirmed |feared )?{_DEATH}\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:killing|killed|shot dead|shooting dead|gunned down|claimed the lives of|left)\s+"
        rf"(?P<q>at least |more than |over |"
        rf"about |around |nearly |some )?(?P<n>{_NUM})(?:\s*(?:-|to|or)\s*{_NUM})?\b",
        re.IGNORECASE,
    ),
    # A communique's "neutralised" or "eliminated" fighters, quoted or not, were killed, when
    # counted (not "neutralised two explosive devices", nor "neutralising dozens of terrorists",
    # a boast of no count); "neutralised two of them" after the kidnappers named.
    re.compile(
        rf"\b(?:neutrali[sz](?:ed|ing)|eliminat(?:ed|ing))[\"”]?\s+(?P<q>at least |more than |"
        rf"over |about |around |nearly |some )?(?P<n>\d[\d,]*|{_WORD_COUNT})\s+"
        rf"(?:(?:[a-z-]+\s+){{0,2}}?"
        rf"(?:fighters|militants|terrorists|insurgents|bandits|rebels|jihadists|assailants|"
        rf"attackers|gunmen|combatants|criminals|members|soldiers|troops|people)|of them)\b",
        re.IGNORECASE,
    ),
    # "losing two soldiers": the side's own dead.
    re.compile(
        rf"\b(?:losing|lost)\s+(?P<q>at least |more than |some )?(?P<n>\d[\d,]*|{_WORD_COUNT})\s+"
        rf"(?:of (?:its|their) own|{_LOST})\b",
        re.IGNORECASE,
    ),
    # "the bodies of five men with gunshot wounds were found": the dead found.
    re.compile(
        rf"\bbodies of (?P<q>at least |more than |some )?(?P<n>\d[\d,]*|{_WORD_COUNT})\s+"
        r"(?:[a-z-]+\s+){0,2}?(?:men|women|people|persons|children|boys|girls|civilians|"
        r"migrants|villagers|farmers|soldiers|troops|policemen|officers|volunteers|fighters|"
        r"victims)\b",
        re.IGNORECASE,
    ),
    # "three soldiers and an unknown number of civilians were killed": at least the three.
    re.compile(
        rf"\b(?P<q>at least |more than |over |about |around |nearly |some )?(?P<n>{_NUM})\s+"
        rf"{_NOUN_WORD}{{1,3}}?(?:and|as well as)\s+an?\s+(?:unknown|unspecified|undetermined|"
        rf"unconfirmed)\s+number\s+of\s+{_NOUN_WORD}{{0,3}}?(?:were |was |have been |had been )?"
        rf"{_DEATH}\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\bdeath toll\b[^.]{{0,30}}?\b(?:to|at|of|is|was|reached|stood at)\s+"
        rf"(?P<q>at least |more than |over |about )?(?P<n>{_NUM})\b",
        re.IGNORECASE,
    ),
    # "The number of people killed in a drone strike on a market town ... has risen to 11".
    re.compile(
        rf"\bnumber of (?:[a-z]+ )?(?:killed|dead)\b[^.;]{{0,90}}?\b(?:risen|rose|climbed|"
        rf"increased|reached|stands at|stood at)\s+(?:to\s+)?(?P<q>at least |more than |over |"
        rf"about )?(?P<n>{_NUM})\b",
        re.IGNORECASE,
    ),
]
# Victim groups of one event joined by "and" add up: "20 soldiers and 5 civilians were killed",
# "killing 4 police officers and 2 passers-by".
_COORDINATED = [
    re.compile(
        rf"(?<!between )\b(?P<a>{_NUM})\s+{_NOUN_WORD}{{1,3}}?(?:and|as well as)\s+"
        rf"(?P<b>{_NUM})\s+{_NOUN_WORD}{{0,3}}?(?:were |was |have been |had been )?{_DEATH}\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:killing|killed)\s+(?P<a>{_NUM})\s+{_NOUN_WORD}{{1,3}}?(?:and|as well as)\s+"
        rf"(?P<b>{_NUM})\b",
        re.IGNORECASE,
    ),
    # "killing seven assailants and losing two soldiers": the dead of both sides.
    re.compile(
        rf"\b(?:killing|killed)\s+(?P<a>{_NUM})\s+{_NOUN_WORD}{{1,3}}?and\s+(?:losing|lost)\s+"
        rf"(?P<b>{_NUM})\s+(?:of (?:its|their) own|{_LOST})\b",
        re.IGNORECASE,
    ),
]
# "No one was killed", "none of the soldiers were killed": no count of the dead.
_NEGATED = re.compile(
    r"\b(?:no|nobody|none|not a single|not one|without)(?:\s+[a-z-]+){0,3}\s*$", re.IGNORECASE
)
# One named or singular person killed: "a spokesperson ... was killed", "X has been killed".
_SINGLE = re.compile(
    r"\b(?:was|has been|had been|is)\s+(?:reportedly\s+|allegedly\s+)?"
    r"(?:killed|shot dead|slain|assassinated|executed|beheaded|murdered|lynched|"
    r"(?:stabbed|beaten|hacked|burned|burnt|stoned|bludgeoned) to death)\b",
    re.IGNORECASE,
)
# "A day earlier, a man died when a drone dropped explosives on his car".
_SINGLE_DIED = re.compile(
    r"\b(?:(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|child|civilian|farmer|"
    r"soldier|policeman|resident|villager|driver|passenger)|he|she)\s+(?:had\s+)?"
    r"(?:later\s+|also\s+|since\s+)?died\b"
    # "His body was recovered", "the body of a man was found".
    r"|\b(?:his|her|the)\s+body\b(?:\s+of\s+(?:a|an)\s+\w+)?\s+(?:was|had been)\s+"
    r"(?:found|recovered|pulled|retrieved|discovered)\b",
    re.IGNORECASE,
)
_QUOTE_MARKS = re.compile(r"[\"“”]")
# A count over a stretch of time up to now, told after it: "dozens of social leaders killed in
# Colombia this year" is a tally, not the toll of the event told.
_SPAN_AFTER = re.compile(
    r"(?:(?!\b(?:on|the)\b)[^.;,]){0,40}?\b(?:this year\b(?!['’])|so far\b|last year\b|"
    r"in recent (?:weeks|months|years)\b)",
    re.IGNORECASE,
)
# "An unspecified number of militiamen had been killed": no count, and no single death.
_UNCOUNTED = re.compile(
    r"\ba number of\b|\b(?:unspecified|unknown|undisclosed|undetermined|"
    r"unconfirmed) number\b",
    re.IGNORECASE,
)
# A count asked, not given: "how many people died".
_ASKED = re.compile(r"\bhow\s*$", re.IGNORECASE)
# One person killed as the object: "the bomb killed a local councillor", "killing an aid worker"
# (not "a number of", "a dozen", "a family of five": those are no single death).
_SINGLE_OBJECT = re.compile(
    r"\b(?:killed|killing|kills|shot dead|shooting dead|murdered|assassinated)\s+(?:(?:a|an)\s+"
    r"(?!(?:number|dozen|total|few|couple|handful|family|group|score|lot|hundred|thousand)\b)"
    r"[a-z]"
    # "killing the driver": one person the sentence names by his part in it
    r"|(?:the|its|his|her)\s+(?:driver|rider|pilot|passenger|conductor|owner|shopkeeper|imam|"
    r"pastor|priest|headman|chief|teacher|guard)\b(?!\s+and\b))",
    re.IGNORECASE,
)
# One person and a counted group killed: "killing a farmer and his two sons".
_ONE_AND_MORE = re.compile(
    rf"\b(?:killed|killing)\s+(?:a|an)\s+{_NOUN_WORD}{{1,3}}?(?:and|as well as)\s+"
    rf"(?:his |her |their |its )?(?P<n>{_NUM})\b",
    re.IGNORECASE,
)
# Two people named one by one: "killing the driver and a passenger".
# One person by what they were: "the driver", "a passenger".
_PERSON = (
    r"(?:driver|passenger|man|woman|boy|girl|child|farmer|soldier|policeman|officer|trader|"
    r"teacher|guard|nurse|student|shepherd|herder|fisherman|villager|worker|militant|"
    r"fighter|rebel|gunman|insurgent|attacker|assailant|militiaman|gendarme|paratrooper)"
)
_TWO_ONES = re.compile(
    # "investigating the killing of a shepherd and his teenage son"
    rf"\b(?:killed|killing|(?:killings?|murders?|deaths?)\s+of)\s+(?:a|an|the|one)\s+(?:[\w-]+\s+)?{_PERSON}\s+and\s+"
    rf"(?:a|an|the|one|his|her)\s+(?:[\w-]+\s+)?(?:{_PERSON}|son|daughter|wife|husband|"
    r"brother|sister)\b"
    # "A woman and a child were killed when shells hit homes"
    rf"|(?:^|[,;:]\s+|\s-\s+|\.\s+|\b(?:said|that)\s+)(?:a|an|one)\s+(?:[\w-]+\s+)?{_PERSON}\s+and\s+"
    rf"(?:a|an|one|his|her)\s+(?:[\w-]+\s+)?(?:{_PERSON}|son|daughter|wife|husband|brother|"
    r"sister)\s+(?:were|had been|have been)\s+killed\b",
    re.IGNORECASE,
)
# The other side's claim set against a count: ", while the group claimed to have killed 20".
_COUNTER_CLAIM = re.compile(
    r"(?:,\s*(?:while|whereas|but)|;)\s+[^.;]*?\bclaim(?:ed|s|ing)?\b[^.;]*", re.IGNORECASE
)
# Nouns that a number may count without being people ("2 vehicles destroyed") are not deaths,
# nor distances ("a village about 20 km from Tera, ..., killing seven"); "killed" after
# "wounded" counts are guarded by requiring the death word right after the noun.
_NOT_PEOPLE = re.compile(
    r"\b(?:vehicles?|houses?|homes?|buildings?|cars?|tanks?|km|kilomet(?:re|er)s?|miles)\b", re.I
)


def to_number(word: str) -> int | None:
    """A count word or numeral as an integer ("dozens" 12, "1,200" 1200); None if not a count."""
    w = word.lower().strip()
    if w in VAGUE_COUNTS:
        return VAGUE_COUNTS[w]
    if w in WORD_NUMBERS:
        return WORD_NUMBERS[w]
    digits = w.replace(",", "")
    return int(digits) if digits.isdigit() else None


def read_fatalities(text: str) -> int | None:
    """The number of people `text` reports killed, read conservatively as ACLED does.

    Several counts in one sentence take the largest, not the sum, since news sentences usually
    restate one toll ("6 people including 2 women"); victim groups joined by "and" ("20 soldiers
    and 5 civilians were killed") add up. A denied death ("no one was killed") is no count.

    Args:
        text: a sentence (or a few) describing one event.

    Returns:
        The count, or None if the text gives no countable death.
    """
    toll = read_toll(text)
    return toll[0] if toll is not None else None


_DAY_OF_MONTH = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"
)
_AGES = re.compile(
    r",?\s+aged\s+(?:between\s+)?\d+(?:\s*(?:and|to|-|–)\s*\d+)?(?:\s+years)?\b,?"
    # "her five-year-old son": an age, no count
    r"|(?<=\s)[\w]+-(?:year|month|week|day)s?-old\s+(?=[a-z])",
    re.IGNORECASE,
)


_NAMED_AGE = re.compile(r"\b([A-Z][\w'’-]+),\s+\d{1,2},(?=\s)")


def read_toll(text: str) -> tuple[int, bool] | None:
    """The count `read_fatalities` reads, and whether it is a figure rather than a vague
    plural's default ("killing several herders" is 10 by ACLED's rule, not a figure: "five
    people died", told of the same raid, is its toll). Quotation marks do not count: 'said
    "dozens" of militants had been killed' is dozens."""
    text = _QUOTE_MARKS.sub("", text)
    # "The army said four soldiers died, while the group claimed to have killed 20": the other
    # side's claim set against the count is not the count.
    text = _COUNTER_CLAIM.sub("", text)
    # "a man aged 64 died", "two brothers aged 9 and 12": ages, not the dead.
    # An aside's closing comma stays ("two shepherds, brothers aged 14 and 17, were killed").
    text = _AGES.sub(lambda m: "," if m.group(0)[-1] == "," != m.group(0)[0] else "", text)
    # "Private Hayk Sargsyan, 20, was killed": a named man's age.
    text = _NAMED_AGE.sub(r"\1", text)
    # "on February 19, killing three soldiers": a day of the month, not the dead.
    text = _DAY_OF_MONTH.sub(r"\1", text)
    counts: list[tuple[int, bool]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if _NOT_PEOPLE.search(m.group(0)) or _negated(text, m.start()):
                continue
            if _SPAN_AFTER.match(text, m.end()):
                continue  # "among dozens of social leaders killed in Colombia this year"
            n = to_number(m.group("n"))
            if n is not None and n < 100000:
                counts.append((n, m.group("n").lower() not in VAGUE_COUNTS))
    for pattern in _COORDINATED:
        for m in pattern.finditer(text):
            if _NOT_PEOPLE.search(m.group(0)) or _negated(text, m.start()):
                continue
            a, b = to_number(m.group("a")), to_number(m.group("b"))
            if a is not None and b is not None and a + b < 100000:
                exact = not {m.group("a").lower(), m.group("b").lower()} & VAGUE_COUNTS.keys()
                counts.append((a + b, exact))
    if counts:
        return max(counts)
    for m in _ONE_AND_MORE.finditer(text):
        n = to_number(m.group("n"))
        if n is not None and not _negated(text, m.start()):
            return 1 + n, m.group("n").lower() not in VAGUE_COUNTS  # "a farmer and his two sons"
    if (two := _TWO_ONES.search(text)) and not _negated(text, two.start()):
        return 2, True  # "killing the driver and a passenger"
    for pattern in (_SINGLE, _SINGLE_OBJECT, _SINGLE_DIED, _single_titled()):
        single = pattern.search(text)
        if single is None or _negated(text, single.start()):
            continue
        if pattern is _SINGLE and _UNCOUNTED.search(text[: single.start()]):
            continue  # "an unspecified number of militiamen had been killed"
        if _UNCOUNTED.search(text, single.start(), single.end() + 30):
            continue  # "killing an undetermined number of fighters"
        return 1, True
    return None


@cache
def _single_titled() -> re.Pattern[str]:
    """One person killed, named by a title: "gunmen shot dead the administrator of X district"
    (titles from the actor lexicon; a plural is no single death)."""
    from .actors import load_actor_lexicon

    titles = "|".join(re.escape(t) for t in load_actor_lexicon().titles)
    return re.compile(
        rf"\b(?:killed|killing|shot dead|shooting dead|murdered|assassinated)\s+the\s+"
        rf"(?:[a-z-]+\s+){{0,2}}?(?:{titles})\b(?!-)",
        re.IGNORECASE,
    )


def _negated(text: str, start: int) -> bool:
    """True when the words before a count or verb deny it ("no one", "none of the soldiers"),
    or ask it ("did not know how many people had died")."""
    before = text[max(0, start - 30) : start]
    return bool(_NEGATED.search(before) or _ASKED.search(before))
