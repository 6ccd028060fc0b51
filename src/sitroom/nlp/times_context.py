"""Shared state of the times normalizer: the match result, the reading context and verb tense."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from .times_calendar import (
    PRECISION,
    Period,
    lexicon,
)

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "’ll"}
_FUTURE_WORDS = re.compile(
    r"\b(?:will|'ll|’ll|shall|going\s+to|scheduled|expected\s+to|plans?\s+to|due\s+to|"
    r"plan(?:s|ning)?\s+for|prepar(?:e|es|ing|ations?)\s+for|"
    r"would|next|upcoming)\b",
    re.I,
)
# Verbs that put what they govern ahead of the report ("scheduled a hearing Thursday").
# Word forms, not lemmas: the lemmatizer may be disabled (the benchmark runs without it).
_SCHEDULING_VERBS = {
    "schedule",
    "scheduled",
    "schedules",
    "scheduling",
    "reschedule",
    "rescheduled",
    "plan",
    "planned",
    "plans",
    "planning",
    "postpone",
    "postponed",
    "postpones",
    "slate",
    "slated",
}
_MODALS = {"would", "wo"}
# Dependencies by which an infinitive hangs on the verb of its clause (purpose, complement,
# clausal subject).
_INFINITIVE_DEPS = {"advcl", "xcomp", "csubj", "ccomp"}
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
    anchors: bool = True  # False: a comparison ("last year" against a quarter) moves no anchor


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
    past_forms: frozenset[str] = frozenset()  # irregular past forms ("retook", "fought")

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
        result = _tense_from_parse(span.root, ctx.past_forms)
        if result is None and _tense_from_window(ctx.text, start, end) == "future":
            # Attached to a noun ("the summit set for April"): a forward word nearby decides;
            # past words there mostly belong to another clause (TBAQ dev).
            result = "future"
    else:
        result = _tense_from_window(ctx.text, start, end)
    ctx.tense_cache[start] = result
    return result


def _tense_from_parse(token, past_forms: frozenset[str] = frozenset()) -> str | None:  # type: ignore[no-untyped-def]
    if token.dep_ == "poss":
        return "past"
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        if verb.i != token.i and verb.pos_ in ("NOUN", "PROPN"):
            # Attached to a noun ("a cutback in September"): the clause verb says little.
            return None
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if "had" in aux:
        return "pluperfect"
    if aux & _FUTURE_AUX or {"going"} & aux or verb.lower_ in _SCHEDULING_VERBS:
        return "future"
    if aux & _MODALS:
        return "future"
    if verb.tag_ in ("VBD",) or aux & {"was", "were", "had", "did"}:
        return "past"
    if verb.tag_ == "VBP" and not aux and verb.lower_ in past_forms:
        # An irregular past the tagger took for a present ("troops retook the town on
        # Saturday"): the form is past whatever the tag.
        return "past"
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not aux and _schedules(verb):
        # A participle of planning after a noun names a plan: "a summit set for April",
        # "the vote scheduled for May" (but "a record set on Aug. 6" is past).
        return "future"
    if verb.tag_ == "VBN":
        return "past" if not aux or aux & {"has", "have", "had", "was", "were"} else None
    if verb.tag_ == "VB" and aux == {"to"} and verb.dep_ in _INFINITIVE_DEPS:
        # A plan told in the past perfect ("had been scheduled to expire Friday", "had been
        # due to close Friday") was overtaken by what the report tells: the day has passed.
        head = verb.head
        if head.pos_ == "ADJ" and head.dep_ == "acomp":
            head = head.head
        if "had" in {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}:
            return "pluperfect"

        # An infinitive takes its time from the clause it hangs on: "extended offers to buy
        # the firm Friday", "staged celebrations to mark the entry on Friday" report the past.
        head = verb.head
        # Through a gerund it serves ("accused the army of using a drone to bomb the town on
        # Sunday"): the finite verb above.
        for _ in range(4):
            if head.tag_ not in ("VBG", "IN", "NN", "NNS") or head.head.i == head.i:
                break
            head = head.head
        if head.tag_ == "VBD" and head.lower_ not in _SCHEDULING_VERBS:
            return "infinitive_past"
    if verb.tag_ == "VB" and (aux & {"to", "would", "could", "might", "may", "should", "must"}):
        return "future"
    if (
        verb.tag_ == "VBP"
        and not aux
        and verb.dep_ in _CLAUSE_ON_CLAUSE
        and verb.head.i != verb.i
        and _tense_from_parse(verb.head, past_forms) == "past"
    ):
        # A clause hung on a past one takes its time: "nine were killed when shells hit a
        # camp on Saturday" ("hit" reads as the plural present and as the past alike).
        return "past"
    if (
        verb.tag_ == "VBP"
        and not aux
        and any(c.dep_ == "conj" and c.tag_ == "VBD" for c in verb.children)
    ):
        # A clause joined to a past one takes its time: "youths put up barricades on Thursday
        # afternoon and pelted police with stones" ("put" reads as the present and the past).
        return "past"
    if verb.tag_ == "VBP" and not aux and verb.dep_ == "ccomp" and verb.head.tag_ == "VBD":
        # Told in what someone said ("a spokesman said soldiers beat back an assault there on
        # Monday"): a past that reads like the present.
        return "past"
    if verb.tag_ == "VBP" and not aux and _singular_subject(verb):
        # A singular subject rules the plural present out: the form is a past that reads the
        # same ("Weakness in chip stocks hurt the index on Friday", "the board cut ...").
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and aux & {"is", "are", "am"}):
        return "future"
    return None


# Clauses that hang on another clause and share its time when their own verb form is unclear.
_CLAUSE_ON_CLAUSE = frozenset({"advcl", "conj", "relcl"})


def _schedules(verb) -> bool:  # type: ignore[no-untyped-def]
    if verb.lower_ in _SCHEDULING_VERBS:
        return True
    return verb.lower_ == "set" and any(c.lower_ == "for" for c in verb.children)


def _singular_subject(verb) -> bool:  # type: ignore[no-untyped-def]
    return any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in verb.children)


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
    r"\b(?:until|till|by|ahead\s+of|effective|payable|starting|as\s+early\s+as|as\s+soon\s+as|"
    r"scheduled\s+for|set\s+for|slated\s+for|due|expected|planned\s+for)\s+(?:on\s+)?$",
    re.I,
)


def _direction(ctx: _Context, m: re.Match[str], *, near: bool = False) -> str | None:
    """ "past" or "future": a past perfect wins, then forward cues, then the verb's tense.

    `near` marks expressions within a week or so of the report (weekdays, the weekend): an
    infinitive under a past verb dates them in the past, while a month or a day of the month
    there is usually a plan ("agreed to hold talks in March"). From TBAQ dev errors.
    """
    tense = _tense(ctx, m.start(), m.end())
    if tense == "infinitive_past":
        tense = "past" if near else "future"
    if tense == "pluperfect":
        return "past"  # "had filed reports by Wednesday", "until Thursday they had not"
    cue = _FORWARD_CUE.search(ctx.text[max(0, m.start() - 25) : m.start()])
    if cue and not (tense == "past" and cue.group(0).lower().startswith("by")):
        # A deadline ahead, but not "By Saturday evening, the ministry said ...": a day past.
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


# A results period longer than a quarter, named earlier in the sentence: "for the nine months",
# "in the first half", "year to date". From TBAQ dev errors on earnings reports.
_YEAR_TO_DATE = re.compile(
    r"\b(?:(?:first\s+)?(?:nine|six)\s+months|first\s+half|year\s+to\s+date|year-to-date)\b", re.I
)


def _year_to_date_before(ctx: _Context, start: int) -> bool:
    """Whether the sentence before `start` names a year-to-date results period."""
    left = ctx.text[max(0, start - 200) : start]
    left = re.split(r"[.!?]\s", left)[-1]
    return _YEAR_TO_DATE.search(left) is not None


# "compared with $3 million last year", "from last year's $1.55 billion", "the corresponding
# period last year": a results figure set against the same period a year before.
_COMPARED_LEFT = re.compile(
    r"(?:\b(?:compared\s+with|from|against|versus)\b[^.;]{0,80}?[$#£€\d][^.;]{0,60}|"
    r"\b(?:corresponding|same|comparable)\s+(?:period|quarter))\s*$",
    re.I,
)
_COMPARED_RIGHT = re.compile(r"(?:'|’)s\s+(?:[A-Z]{0,2}[$#£€]|\d)")
# A whole year in the sentence ("for the year ended Aug. 31", "fiscal 1989", "in 1989").
_YEAR_PERIOD = re.compile(
    r"\b(?:year\s+(?:ended|ending)|full\s+year|fiscal\s+(?:year|\d{4})|for\s+the\s+year|"
    r"(?:19|20)\d\d)\b",
    re.I,
)


def _compares_quarter(ctx: _Context, start: int, end: int) -> bool:
    """Whether "last year" at text[start:end] sets a quarter's result against last year's."""
    if ctx.ref_quarter is None or _year_to_date_before(ctx, start):
        return False
    # The sentence so far; a period before a number ("Aug. 31") ends no sentence.
    left = re.split(r"[.!?]\s+(?=[A-Z\"“])", ctx.text[max(0, start - 200) : start])[-1]
    if _YEAR_PERIOD.search(left):
        return False
    return bool(_COMPARED_LEFT.search(left) or _COMPARED_RIGHT.match(ctx.text, end))


def irregular_past_forms(nlp) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The irregular past forms of English verbs in the pipeline's lemmatizer tables ("took",
    "retook", "fought"), without those the tables also hold as a verb's base form ("lay",
    "saw"): a tagger that reads one of them as a present is wrong."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]
    except (KeyError, ValueError):
        return frozenset()
    bases = {lemmas[0] for lemmas in table.values() if lemmas}
    return frozenset(
        form
        for form, lemmas in table.items()
        if lemmas
        and lemmas[0] not in (form, "be", "have")
        and form not in bases
        and form.isalpha()
        and not form.endswith(("ing", "s"))
    )
