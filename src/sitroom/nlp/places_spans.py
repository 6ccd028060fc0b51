"""Toponym boundaries: grow a mention to the longest listed name around it."""

from __future__ import annotations

from .gazetteer import Entry, Gazetteer, normalize_name
from .places_resolve import _Mention
from .places_words import (
    _CITY_OFFICES,
    _EXTEND_JOINERS,
    _NO_LEFT,
    _NOT_PLACES,
)

# Words a mention may grow by on each side to reach a longer listed name: two before ("Sault
# Ste. Marie", "Gun Barrel City"), three after ("Rio Grande do Sul"). Joiners that link two
# names ("and", "of") are left out on the right: "Guinea and Sierra Leone" is two places.
_EXTEND_LEFT = 2
_EXTEND_RIGHT = 3


def _extend_names(
    mentions: list[_Mention],
    words: list[str],
    starts: list[int],
    doc_text: str,
    names: list[bool],
    taken: list[bool],
    gazetteer: Gazetteer,
) -> None:
    """Grow a mention that is part of a longer name the gazetteer lists by its primary name.

    The model often labels only part of a multi-word name ("Barrel City" in "Gun Barrel City",
    "Guinea" in "Guinea-Bissau", "Concord" in "New Concord"); the part names another place.
    Only free capitalized words (and name-internal joiners such as "do", "-") are added.
    """
    n = len(words)
    options: list[tuple[_Mention, int, int, str]] = []
    for m in mentions:
        lefts = [m.start]
        k = m.start
        while k > 0 and len(lefts) <= _EXTEND_LEFT and not taken[k - 1]:
            if names[k - 1] and words[k - 1].lower() not in _NO_LEFT:
                k -= 1
            elif (
                # The period of an abbreviation the tokenizer split off ("Ste ." in "Sault
                # Ste. Marie").
                words[k - 1] == "."
                and k > 1
                and names[k - 2]
                and not taken[k - 2]
                and starts[k - 2] + len(words[k - 2]) == starts[k - 1]
            ):
                k -= 2
            elif (
                # A joiner inside the name ("Maguindanao del Sur", "Lanao del Norte").
                words[k - 1].lower() in _EXTEND_JOINERS
                and k > 1
                and names[k - 2]
                and not taken[k - 2]
                and words[k - 2].lower() not in _NO_LEFT
            ):
                k -= 2
            else:
                break
            lefts.append(k)
        rights = [m.end]
        k = m.end
        while k < n and k - m.end < _EXTEND_RIGHT:
            if names[k] and not taken[k]:
                k += 1
            elif (
                words[k].lower() in _EXTEND_JOINERS
                and k + 1 < n
                and names[k + 1]
                and not taken[k]
                and not taken[k + 1]
            ):
                k += 2
            else:
                break
            rights.append(k)
        for i in lefts:
            for j in rights:
                if (i, j) != (m.start, m.end):
                    text = doc_text[starts[i] : starts[j - 1] + len(words[j - 1])]
                    options.append((m, i, j, normalize_name(text)))
    if not options:
        return
    found = gazetteer.lookup_many(q for *_, q in options)
    best: dict[int, tuple[int, int, str, list[tuple[Entry, bool]]]] = {}
    for m, i, j, query in options:
        cands = found.get(query)
        if not cands or not any(p for _, p in cands) or query in _NOT_PLACES:
            continue
        cur = best.get(id(m))
        if cur is None or j - i > cur[1] - cur[0]:
            best[id(m)] = (i, j, query, cands)
    for m in mentions:
        grown = best.get(id(m))
        if grown is None:
            continue
        i, j, query, cands = grown
        if any(taken[i : m.start]) or any(taken[m.end : j]):
            continue  # another mention grew into these words first
        taken[i:j] = [True] * (j - i)
        m.start, m.end, m.query, m.candidates, m.fuzzy = i, j, query, cands, False


_ADMIN_KINDS = frozenset({"country", "province", "region", "district", "state"})


def _join_pairs(
    mentions: list[_Mention],
    words: list[str],
    starts: list[int],
    doc_text: str,
    gazetteer: Gazetteer,
) -> None:
    """Make one mention of two joined by "and" where the pair is a listed division's name
    ("Jammu and Kashmir", "Trinidad and Tobago"), not a town and a region; "Guinea and Sierra
    Leone", which no entry bears, stay two."""
    ordered = sorted(mentions, key=lambda m: m.start)
    pairs = [
        (a, b)
        for a, b in zip(ordered, ordered[1:], strict=False)
        if b.start == a.end + 1 and words[a.end].lower() in ("and", "&")
    ]
    if not pairs:
        return
    queries = {
        id(a): normalize_name(doc_text[starts[a.start] : starts[b.end - 1] + len(words[b.end - 1])])
        for a, b in pairs
    }
    found = gazetteer.lookup_many(queries.values())
    for a, b in pairs:
        cands = [
            (e, primary)
            for e, primary in found.get(queries[id(a)], [])
            if primary and e.kind in _ADMIN_KINDS
        ]
        if not cands or b not in mentions or a not in mentions:
            continue
        a.end, a.query, a.candidates, a.fuzzy = b.end, queries[id(a)], cands, False
        mentions.remove(b)


def _town_of_city_offices(
    mentions: list[_Mention],
    words: list[str],
    starts: list[int],
    doc_text: str,
    gazetteer: Gazetteer,
) -> None:
    """Drop "City" from "<Town> City Council" when no city bears the longer name as its own.

    "Dublin City" alone is an Irish province's name and "San Fernando City" a Philippine city's
    alternate name; before a council or a manager, "City" is the office's word, and the town is
    the name before it. Cities named with "City" by their own name ("Kansas City", "Jersey
    City") keep it.
    """
    n = len(words)
    shrink = [
        m
        for m in mentions
        if m.end - m.start >= 2
        and words[m.end - 1].lower() == "city"
        and m.end < n
        and words[m.end].lower() in _CITY_OFFICES
        and not any(p and e.kind == "city" for e, p in m.candidates)
    ]
    if not shrink:
        return
    queries = {
        id(m): normalize_name(doc_text[starts[m.start] : starts[m.end - 2] + len(words[m.end - 2])])
        for m in shrink
    }
    found = gazetteer.lookup_many(queries.values())
    for m in shrink:
        cands = found.get(queries[id(m)])
        if cands:
            m.end -= 1
            m.query, m.candidates, m.hint = queries[id(m)], cands, None
