"""Event places: the toponym where an event happened, and its location."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..models import Location, Place
from .doctext import dateline_end, doc_text
from .gazetteer import load_gazetteer, normalize_name
from .places import place_of_entry
from .places_words import IN_DIVISION

_REFERENCE = re.compile(
    r"\b(?:adjacent to|near|close to|outside|(?:north|south|east|west)(?:-?(?:east|west))? of|"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? )?edge of|"
    r"miles from|km from|kilometres from|kilometers from|"
    r"across\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?from)"
    r"\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$"
)
# Place kinds from the smallest to the largest (ACLED geo_precision 1, 2, 3).
_PRECISION = {
    "city": 1, "town": 1, "village": 1, "neighbourhood": 1, "neighborhood": 1, "facility": 1,
    "district": 2, "county": 2, "area": 2, "natural": 2, "valley": 2,
    "province": 3, "region": 3, "state": 3, "country": 3,
}  # fmt: skip
_FINE_KINDS = {k for k, v in _PRECISION.items() if v == 1}
# A place named as where the wounded are treated, where people went, or where attackers came
# from is not where the event happened: "receiving treatment in X", "taken to hospital in X",
# "withdrew towards X", "fled to X", "came from the direction of X", "on the border with X" (the
# neighbour across it), "blocked the road to X" (where it leads), "chanting against Turkey" (a
# target), "marched from the Alameda" (where a march set off).
_NOT_SCENE = re.compile(
    r"(?:\b(?:treat(?:ed|ment|ing)|hospitali[sz]ed|recovering|convalescing)\b"
    r"(?:\s+[\w-]+){0,3}?\s+(?:in|at|to)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:in\s+)?"
    r"|\b(?:taken|rushed|evacuated|airlifted|flown|transferred|brought|referred|admitted)"
    r"\s+to\s+"
    r"(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:hospital|clinic|medical \w+)s?\s+(?:in|at)\s+"
    # "told a local radio station in Cotabato City": where the station is
    r"|\b(?:radio|television|TV)\s+(?:station|channel)s?\s+(?:in|based in)\s+"
    # "a second died on the way to hospital in Matany"
    r"|\b(?:on (?:the|his|her|their) way|en route)\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:hospital|clinic)s?\s+(?:in|at)\s+"
    r"|\b(?:towards?|from the direction of|(?:on|along|near) the border with)\s+"
    # "the river, which forms the border with Nigeria": the country across it
    r"|\b(?:forms?|forming|marks?|marking) the border with\s+"
    r"|\b(?:road|highway|route|motorway)\s+(?:leading\s+)?to\s+"
    r"|\b(?:chant\w*|slogans?|protest\w*|rall(?:y|ied|ying)|demonstrat\w*)\s+against\s+"
    r"|\b(?:marched|marching|walked|walking)\s+from\s+"
    r"|\b(?:continu|head|push)\w*\s+(?:on\s+)?(?:to|towards?)\s+"
    r"|\b(?:fled|flee(?:ing|s)?|escaped|withdr[ae]w\w*|withdrawing|retreat\w*|evacuated|"
    r"displaced|airlifted|flown|rushed|taken|transferred|brought)\s+(?:back\s+)?"
    r"(?:to|into|for)\s+"
    r"|\b(?:came|come|coming|arrived|arriving)\s+from\s+)(?:the\s+)?(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"[^\n(]{0,40}\([A-Za-z .&-]{2,30}\)\s*[-–—]")


def _is_dateline(text: str, place: Place) -> bool:
    """True for a wire dateline ("CITY, Country, June 9 (Agency) -"): where the report was
    filed, not where anything happened."""
    line_start = text.rfind("\n", 0, place.start) + 1
    if text[line_start : place.start].strip():
        return False
    return place.text.isupper() or bool(_DATELINE.match(text, place.end))


def _scene_place(doc: Doc, text: str, place: Place) -> bool:
    """Whether a place may be where an event happened: not a country, a bloc or a dateline, nor
    named as a destination, an origin, a speaker or where the wounded are treated."""
    return (
        place.kind != "country"
        and not _bloc(place)
        and not _is_dateline(text, place)
        # "DEIR AL-BALAH, Gaza Strip - ": the dateline's region is where it was filed too.
        and not place.end <= dateline_end(doc)
        and not _not_scene(doc, place)
    )


def _focal_place(doc: Doc, places: list[Place]) -> Place | None:
    """The article's main place: the most mentioned sub-national place, earliest on ties.

    Datelines and places named only as destinations, origins or where the wounded are
    treated do not count.
    """
    counts: dict[str, list[Place]] = {}
    text = doc_text(doc)
    for p in places:
        if not _scene_place(doc, text, p):
            continue
        counts.setdefault((p.canonical or p.text).lower(), []).append(p)
    if not counts:
        # Not a country named as a destination or across a border ("on the border with X").
        countries = [p for p in located_countries(doc, places) if not _named_away(text, p)]
        return countries[0] if countries else _demonym_country(text)
    best = max(counts.values(), key=lambda ps: (len(ps), -ps[0].start))
    return best[0]


def paragraph_place(doc: Doc, start: int, places: list[Place]) -> Place | None:
    """The last place of events named in the paragraph before offset `start`: where a sentence
    naming no place of its own goes on ("Crowds marched through Nairobi's business district.
    Officers fired tear gas ..., and gunfire could be heard on Moi Avenue")."""
    text = doc_text(doc)
    para = text.rfind("\n\n", 0, start)
    before = [
        p
        for p in places
        if para < p.start < start
        and p.kind is not None
        and _scene_place(doc, text, p)
        # "The men, all from Punjab province": where people come from.
        and not re.search(r"\bfrom\s+(?:the\s+)?$", text[max(0, p.start - 12) : p.start])
    ]
    return before[-1] if before else None


# The capital named by its title: "the capital's main avenue", "Haiti's capital". Not a
# province's or state's capital.
_CAPITAL = re.compile(
    r"(?<!provincial )(?<!regional )(?<!district )(?<!county )(?<!state )"
    r"\b(?:the|(?P<owner>[A-Z][\w-]*(?: [A-Z][\w-]*)?)['’]s)\s+capital(?:['’]s)?\b(?!\s+of\b)"
)


def capital_named(
    doc: Doc, start: int, end: int, places: list[Place], focal: Place | None
) -> Place | None:
    """The country's capital, where a sentence at [start, end) names no place but "the
    capital" ("cleared protesters from the capital's main avenue", "stormed a neighbourhood of
    Haiti's capital"): of the country owning it, else of the article's main place."""
    text = doc_text(doc)
    m = _CAPITAL.search(text, start, end)
    if m is None or _NOT_SCENE.search(text[max(start, m.start() - 70) : m.start()]):
        return None  # not "fled to the capital"
    if m.group("owner"):
        owners = [p for p in places if p.kind == "country" and p.start == m.start("owner")]
        iso2 = owners[0].country if owners else None
    else:
        iso2 = focal.country if focal is not None else None
    gazetteer = load_gazetteer()
    entry = gazetteer.capital(iso2)
    if entry is None:
        return None
    return place_of_entry(entry, m.group(0), m.start(), m.end(), gazetteer)


def _bloc(place: Place) -> bool:
    """A bloc or continent ("European Union membership talks"): no event's place, as ACLED
    places every event in a country."""
    return place.country is None and place.kind in ("region", "continent")


def located_countries(doc: Doc, places: list[Place]) -> list[Place]:
    """The countries named as where something is, in text order: not those that only modify a
    noun ("US soldiers", "Jordan's government") nor a speaking capital's; all of them when
    every one does."""
    countries = [p for p in places if p.kind == "country"]
    located = []
    for p in countries:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None or len(span) == 0 or span.root.dep_ not in ("compound", "poss", "amod"):
            located.append(p)
    return located or countries


# Place words a nationality may describe: "the northern Lebanese village of Aitou".
_DEMONYM_PLACE = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:village|town|city|province|region|district|capital|coast|"
    r"port|camp|countryside)\b"
)


def _demonym_country(text: str) -> Place | None:
    """The country of a nationality that describes a place ("a northern Lebanese village"),
    for an article whose places the gazetteer does not know: the event is at least there
    (geo_precision 3)."""
    for m in _DEMONYM_PLACE.finditer(text):
        iso = load_gazetteer().demonyms.get(normalize_name(m.group(1)))
        place = country_place(iso, m.group(1), m.start(1), m.end(1))
        if place is not None:
            return place
    return None


def country_place(iso2: str | None, text: str, start: int, end: int) -> Place | None:
    """A country as the place of an event, read from the words at `start`:`end`."""
    entry = load_gazetteer().country(iso2) if iso2 else None
    if entry is None:
        return None
    return Place(
        text=text,
        start=start,
        end=end,
        canonical=entry.name,
        geonames_id=entry.geonames_id,
        kind="country",
        country=entry.country,
        lat=entry.lat,
        lon=entry.lon,
    )


def _place_within(place: Place, location: Location | None) -> bool:
    """True when `place` is the event's location or an area containing it ("Borno" for a town
    in Borno state)."""
    if location is None:
        return False
    names = {n.lower() for n in (place.canonical, place.text) if n}
    if location.name.lower() in names:
        return True
    containers = {n.lower() for n in (location.admin1, location.admin2, location.country) if n}
    return bool(names & containers) or (
        place.kind == "country" and place.country is not None and place.country == location.country
    )


def _tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens of one parse tree (through their lowest common ancestor)."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    for i, node in enumerate(up_a):
        if node in up_b:
            return i + up_b.index(node)
    return 99


def _best_place(doc: Doc, places: list[Place], trigger: tuple[int, int]) -> Place | None:
    """The sentence's toponym closest to the trigger in the parse (the place it happened)."""
    text = doc_text(doc)
    resolved = [p for p in places if _scene_place(doc, text, p)]
    # ACLED codes the most specific place: "a base in X, in Y state" happened in X.
    resolved = [p for p in resolved if not any(_contains(p, q) for q in resolved)]
    if not resolved:
        return None
    trig = doc.char_span(*trigger, alignment_mode="expand")
    if trig is None or len(trig) == 0:
        return resolved[0]

    def distance(p: Place) -> tuple[int, int]:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return (99, p.start)
        near = placed_near(doc, p)
        # Near a place, not miles from it: "near Hatra", not "60 km north of El Obeid".
        close = not near or _CLOSE_TO.search(text, max(0, p.start - 40), p.start) is not None
        if close and any(_described_by(text, p, q) for q in resolved):
            # "a pitch in Duran, across the Guayas river from Guayaquil", "near Hatra,
            # south-west of Mosul": the place the reference point describes, however deep the
            # parser hung it.
            return (int(near), p.start)
        # A place given as a reference point ("adjacent to X", "north of X") is not the scene;
        # a frame set first ("In Port-au-Prince, the gang said ... in the Delmas area") yields
        # to a place the clause names.
        frame = span.root.head.dep_ == "prep" and span.root.head.i == span.root.sent.start
        return (_tree_distance(span.root, trig.root) + int(near) + 10 * int(frame), p.start)

    return min(resolved, key=distance)


_CLOSE_TO = re.compile(
    r"\b(?:near|outside|close to|on the outskirts of)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$"
)


def _described_by(text: str, place: Place, ref: Place) -> bool:
    """Whether `ref` is a reference point set right after `place` to say where it lies ("Duran,
    across the Guayas river from Guayaquil", "Jiga, a town about 30 km west of Finote Selam")."""
    between = text[place.end : ref.start]
    return (
        0 < len(between) <= 60
        and between.startswith(",")
        and "." not in between
        and _REFERENCE.search(between) is not None
    )


def placed_near(doc: Doc, place: Place) -> bool:
    """Whether the text puts the event near a place rather than in it ("near Djibo", "about
    30 km west of Finote Selam", "outside Kabul"): ACLED's geo_precision 2."""
    text = doc_text(doc)
    return (
        _REFERENCE.search(text[max(0, place.start - 40) : place.start]) is not None
        # "In Myingyan township": the division named, not its town (ACLED's precision 2).
        or _DIVISION_AFTER.match(text, place.end) is not None
    )


_DIVISION_AFTER = re.compile(
    r"\s+(?:township|district|county|municipality|cercle|tehsil|sub-district|"
    r"[Ll]ocal [Gg]overnment [Aa]rea|LGA)\b"
)


def _contains(area: Place, place: Place) -> bool:
    """True when `place` lies inside `area` (its admin1 or admin2 is the area's name)."""
    if area is place or area.kind in _FINE_KINDS:
        return False
    names = {n.lower() for n in (area.canonical, area.text) if n}
    if (place.canonical or place.text).lower() in names:
        return False
    return any(n and n.lower() in names for n in (place.admin1, place.admin2))


_BASED_IN = re.compile(r"-(?:based|backed|led|allied|aligned|born)\b")


def _not_scene(doc: Doc, place: Place) -> bool:
    """True for a place named as a destination, an origin or where the wounded are treated, or
    a capital speaking for its government ("Kyiv has not commented", "a claim Moscow
    disputed")."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    sent_start = 0
    if span is not None and len(span) > 0:
        sent_start = span.sent.start_char
        root = span.root
        # "Kyiv has not commented"; not "residents of a village 15 km from Bocaranga said",
        # where the parser took the place for the subject.
        governed = span.start > 0 and doc[span.start - 1].lower_ in _GOVERNING
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in _SPEAKING and not governed:
            return True
        if root.dep_ == "nsubj" and not governed and _capital_acting(place, root):
            return True  # "as Moscow pressed attacks along the southern front": its government
        if _post_of_speaker(root) or _where_said(root) or _names_kind_of(root):
            return True
    text = doc_text(doc)
    if _OWNER_SPEAKS.match(text, place.end):
        return True  # "Puntland's information ministry said": whose office speaks
    if _BASED_IN.match(text, place.end):
        return True  # "the Tripoli-based Government of National Unity": where a body sits
    if _PEOPLE_AFTER.match(text, place.end):
        return True  # "young men from the Amhara community": a people, not a place
    if _ROAD_AFTER.match(text, place.end) or (
        _ROAD_START_BEFORE.search(text, max(0, place.start - 30), place.start)
        and _ROAD_END_AFTER.match(text, place.end)
    ):
        return True  # "blocked the Kaduna-Kachia highway at Kujama": the road's ends
    if _ROAD_ENDS.search(text, max(sent_start, place.start - 60), place.start) and (
        _MEASURED.search(span.sent.text if span is not None and len(span) > 0 else "")
    ):
        # "about 15 km from Sandaré, on the main road linking Kayes to Bamako": where the
        # spot was measured from places it, not the towns the road joins.
        return True
    sent_end = span.sent.end_char if span is not None and len(span) > 0 else len(text)
    if _CROWD_FROM.search(text, max(sent_start, place.start - 90), place.start) and _MOVED.search(
        text, place.end, sent_end
    ):
        return True  # "people from Shiroro and Munya marched to Government House in Minna"
    # "the Gao regional hospital", "Mosul morgue", "the hospital in Zouar, where the wounded
    # were taken": where the dead or wounded were taken.
    return (
        _named_away(text, place, sent_start)
        or _CARE_AFTER.match(text, place.end) is not None
        or _CARE_CLAUSE_AFTER.match(text, place.end) is not None
    )


# A crowd named by where it came from ("several hundred people from Shiroro and the
# neighbouring Munya and Rafi areas"), and the move it then made to the scene.
_CROWD_FROM = re.compile(
    r"\b(?:people|civilians|residents|villagers|protesters|demonstrators|marchers|farmers|"
    r"youths?|women|men|families|miners|traders|students|workers|supporters)\s+from\s+"
    r"(?:the\s+)?(?:(?:[A-Z][\w'’-]+|[a-z-]+)(?:,|\s+and)?\s+){0,6}$"
)
_MOVED = re.compile(
    r"\b(?:marched|drove|travell?ed|walked|converged|rode|came|went)\s+(?:in\s+\w+\s+\w+\s+)?"
    r"(?:to|on|into)\b"
)


def _capital_acting(place: Place, root: Token) -> bool:
    """Whether a national capital is the subject of a deed ("Moscow pressed attacks", "Kyiv
    launched drones"): its government acting, not where anything happened."""
    if root.head.pos_ != "VERB" or root.head.lemma_.lower() in ("be", "have"):
        return False
    capital = load_gazetteer().capital(place.country)
    return capital is not None and capital.geonames_id == place.geonames_id


# A place that names a road with another ("the Kaduna-Kachia highway", "the Beledweyne-Mataban
# road"): where the road runs, not where on it.
_ROAD = r"\s+(?:highway|road|expressway|motorway|route)\b"
_ROAD_AFTER = re.compile(rf"(?:-[A-Z][\w'’]+)+{_ROAD}")
_ROAD_END_AFTER = re.compile(_ROAD)
_ROAD_START_BEFORE = re.compile(r"[A-Z][\w'’]+-$")
# The towns a road joins, told before either: "the road linking Kayes to Bamako", "the road
# between Tilin and Gangaw".
_ROAD_ENDS = re.compile(
    r"\b(?:road|highway|route|motorway)\s+(?:linking|connecting|joining|between|from)\s+"
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:(?:and|to)\s+)?$"
)
# A spot measured from a place: "about 25 km south of X", "15 km from X".
_MEASURED = re.compile(
    r"\b\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\(\d+ miles\)\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|from)\s"
)
# A place name standing for its people: "the Amhara community", "Kuki-Zo families".
_PEOPLE_AFTER = re.compile(r"\s+(?:community|communities|tribe|tribes|clan|clans)\b", re.I)
# Prepositions that make a place no subject of its own.
_GOVERNING = frozenset({"from", "of", "in", "near", "at", "to", "outside"})
# A place owning a body that speaks, read from the words where the parse strays.
_OWNER_SPEAKS = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:said|says|told|announced|reported|stated|claimed|denied)\b"
)


# A place naming the hospital or morgue after it.
_CARE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:regional|main|central|general|university|teaching|district|"
    r"provincial|city|state|military)\s+)?(?:hospital|clinic|morgue|health cent(?:re|er))\b",
    re.IGNORECASE,
)


_CARE_CLAUSE_AFTER = re.compile(
    r",\s+where\s+(?:[\w-]+\s+){0,3}?(?:wounded|injured|bodies|dead|victims|casualties)\s+"
    r"(?:were|had been|have been|are being|are)\s+(?:\w+\s+)?"
    r"(?:taken|treated|brought|admitted|flown|evacuated|rushed|transferred)\b",
    re.IGNORECASE,
)


def _named_away(text: str, place: Place, sent_start: int = 0) -> bool:
    """Whether the words before a place (within its sentence, when `sent_start` gives it) name
    it as a destination, an origin, where the wounded are treated or across a border."""
    lo = max(0, place.start - 70, sent_start)
    return (
        _NOT_SCENE.search(text[lo : place.start]) is not None
        or _BOUNDARY_BETWEEN.search(text[lo : place.start]) is not None
    )


# A boundary's sides: "the area, which straddles the boundary between Salahuddin and Diyala".
_BOUNDARY_BETWEEN = re.compile(
    r"\b(?:boundary|border|frontier|boundaries)\s+between\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:and\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


# Kinds of settlement a region's or sea's name may qualify ("the Black Sea city of Batumi"),
# unlike a place's own kind word ("Lakki Marwat district of Khyber Pakhtunkhwa").
_SETTLEMENT_KINDS = frozenset("city town port village capital resort harbour".split())


def _names_kind_of(token: Token) -> bool:
    """Whether a place only qualifies the kind of another named after it ("the Black Sea city
    of Batumi", "the Red Sea port of Hodeidah"): the place told is the one after "of"."""
    head = token.head
    return (
        token.dep_ in ("compound", "amod", "nmod")
        and head.lemma_.lower() in _SETTLEMENT_KINDS
        and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children)
            for c in head.children
        )
    )


# What a statement is made to or at: "told reporters in Bor", "said at a news conference in X".
_AUDIENCE = frozenset("reporters journalists conference briefing gathering meeting".split())


def _where_said(token: Token) -> bool:
    """Whether a place is where something was said ("told reporters in Bor that the attackers
    ...", "speaking at a news conference in Goma"), not where the event told happened."""
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return False
    if token.head.i == token.sent.start:
        return False  # "In Wad Madani, ..., the administration said": the scene set first
    head = token.head.head
    if head.lower_ in _AUDIENCE:
        head = head.head if head.dep_ in ("dobj", "pobj") else head
        if head.dep_ == "prep":
            head = head.head
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _SAID_AT


def _post_of_speaker(token: Token) -> bool:
    """Whether a place is where an official who speaks is posted ("an army officer in El Fula
    said ..."): his post, not the scene. Residents or witnesses of a place are not so: where
    they live is often where it happened."""
    for node in token.ancestors:
        if node.lemma_.lower() in _DISTANCES:
            return False  # "residents of a village about 15 km from X said": a distance
        if node.dep_ in ("nsubj", "nsubjpass") and node.head.lemma_.lower() in _SPEAKING:
            if any(c.dep_ == "nsubj" and c.i < node.i for c in node.head.children):
                # "The statement ... said a unit stationed outside Tassara came under fire",
                # the parser giving "said" the unit as a second subject: what was said.
                return False
            return node.lemma_.lower() not in _WITNESSES
        if (
            node.dep_ == "pobj"
            and node.head.lower_ == "to"
            and node.head.head.lower_ == "according"
        ):
            # "according to a medical official at the Gao regional hospital"
            return node.lemma_.lower() not in _WITNESSES
    return False


_DISTANCES = frozenset({"km", "kilometre", "kilometer", "mile", "metre", "meter"})
# Who speaks of where they live or were: the place near them may be the scene.
_WITNESSES = frozenset(
    "resident villager witness local survivor inhabitant people farmer eyewitness".split()
)
# Verbs a capital does as its government: it says, comments, denies, disputes.
_SPEAKING = frozenset(
    "say tell comment deny dispute dismiss confirm claim reject respond announce accuse "
    "insist report write post tweet".split()
)
# What a statement is made by, where a place says where it was made ("speaking in Goma").
_SAID_AT = _SPEAKING | {"speak"}


# A name the text marks as a settlement or a part of one: "the village of X", "X, a farming
# village", "the X neighbourhood", "near X". The gazetteer shipped lacks most villages.
# "Petite-Rivière-de-l'Artibonite" whole; "al-Musaynaa" with its article
_WORD = r"(?:(?:al|el|ad|as|ash|an)-)?[A-Z][\w'’]+(?:-[\w'’]+)*"
_NAME = rf"({_WORD}(?: (?:al-|el-|ad-|as-|ash-|de |do |da |del |de la |du |des )?{_WORD}){{0,2}})"
_SETTLEMENTS = (
    r"village|town|hamlet|locality|commune|settlement|neighbou?rhood|quarter|suburb|favela|"
    r"community|market town|district|subdistrict|sub-district|camp|area|forest|junction"
)
_UNLISTED_PATTERNS = (
    # "the village of Kadisau", "the Kalundu neighbourhood", "Sokolo, a town in Niono cercle"
    (re.compile(rf"\b(?:village|town|city|hamlet|locality|commune|settlement) of {_NAME}"), 1),
    # "in Myaing town", "near Kisengo village", "abducted three men from Sin Kut village", "a
    # village in Chadakori commune"
    (re.compile(rf"\b(?:in|at|near|outside|around|from) {_NAME} (?:town|village|commune)\b"), 1),
    # "bombed Taung Inn village in Singu township": a village its township or district holds
    (re.compile(rf"{_NAME} (?:village|hamlet) (?:in|of|near)\b"), 1),
    # "in Barangay Hilamonan", "Sitio Cunalom": the Philippines' villages by their title
    (re.compile(rf"\b(?:[Bb]arangay|[Ss]itio|[Pp]urok) {_NAME}"), 1),
    # "on the road between Tilin and Gangaw": the first town names where on the road
    (re.compile(rf"\b(?:road|highway|route|track|trail) (?:between|from) {_NAME} (?:and|to) "), 1),
    # "blocked the main road at Labweh": where on a road
    (
        re.compile(
            rf"\b(?:road|highway|junction|roundabout|bridge|crossing|checkpoint) (?:at|near|"
            rf"outside) {_NAME}"
        ),
        1,
    ),
    # "on an island close to Ngouboua": what an island lies by is a place
    (re.compile(rf"\bisland (?:near|close to|off) {_NAME}"), 1),
    # "on Haruku island", "off Lamu island": an island the gazetteer lacks
    (re.compile(rf"\b(?:on|off|from) {_NAME} [Ii]sland\b"), 1),
    # "about 40 km northwest of El Dher": a reference point measured from is a place
    (
        re.compile(
            rf"\b\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\(\d+ miles\)\s+)?"
            rf"(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|from) {_NAME}"
        ),
        1,
    ),
    # "the base in Mahaday, about 23 km north of Jowhar", "at al-Maya, on the coast about
    # 15 km east of Zawiya": a place measured from another
    (
        re.compile(
            rf"{_NAME},\s+(?:on the [a-z]+ )?(?:about |some |roughly |around |nearly )?\d+\s*"
            rf"(?:km|kilometres|kilometers|miles)\s+(?:\(\d+ miles\)\s+)?"
            rf"(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|from)\b"
        ),
        1,
    ),
    # "a farming village near Mahaday": what a village lies near is a place
    (re.compile(rf"\b(?:{_SETTLEMENTS}) (?:near|outside|close to) {_NAME}"), 1),
    # "the Kalundu neighbourhood", "in the Hemrin mountains": a part of a town or a feature
    (
        re.compile(
            rf"\bthe {_NAME} (?:{_SETTLEMENTS}|mountains|hills|valley|nature reserve|"
            r"temple(?: complex)?)\b"
        ),
        1,
    ),
    (re.compile(rf"{_NAME},\s+(?:an?|another)\s+(?:[\w-]+\s+){{0,3}}?(?:{_SETTLEMENTS})\b"), 1),
    # "residents of al-Suwaysah gathered", "a raid on al-Suwaysah": who live there, where a
    # raid went
    (re.compile(rf"\b(?:residents|villagers|inhabitants|people|farmers) of {_NAME}"), 1),
    (re.compile(rf"\b(?:raids?|incursions?|assaults?) (?:on|into) {_NAME}"), 1),
    # "at Kallah, in Kajuru Local Government Area": a place in a division it names
    (re.compile(rf"\b(?:in|at|near|outside|around) {_NAME}{IN_DIVISION}"), 1),
    # "an outpost near Kanbauk in Yebyu township", with no comma
    (re.compile(rf"\b(?:in|at|near|outside|around) {_NAME}{IN_DIVISION.replace(',', ',?', 1)}"), 1),
    # "in Kitutu", "near Dogofry", "on the outskirts of Sadda": a name the parser calls a place
    (
        re.compile(
            rf"\b(?:in|at|near|outside|around|(?:on )?the outskirts of|(?:north|south|east|west)"
            rf"(?:east|west)? of) {_NAME}"
        ),
        2,
    ),
)
_PART_WORDS = re.compile(
    r"\b(?:neighbou?rhood|quarter|suburb|favela|district|subdistrict|sub-district|area|"
    r"[Bb]arangay|[Ss]itio|[Pp]urok)\b"
)
_FACILITY_END = re.compile(
    r"\b(?:Hospital|Clinic|Morgue|Centre|Center|University|Ministry|Office|Prison|Airport)$"
)
# A body named for its place ("the Bokkos Cultural Development Council, a community
# association") is no settlement.
_BODY_END = re.compile(
    r"\b(?:Council|Association|Committee|Union|Forum|Movement|Party|Front|Commission|Agency)$"
)
# Where a weapon was fired from, told just before a name, with no verb of where it fell
# between ("shells fired from the camp hit Lumbang" hit Lumbang): no scene.
_LAUNCHED_FROM = re.compile(
    r"\b(?:launched|fired) from\b(?:(?!\b(?:hit|hits|landed|struck|fell)\b)[^.,;]){0,60}$"
)
_NOT_NAMES = frozenset(
    "The A An In On At Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February "
    "March April May June July August September October November December".split()
)


def _stands_in(place: Place) -> bool:
    """Whether a name was placed at a region only as a village the gazetteer lacks ("Boshehra"
    read as Khyber Pakhtunkhwa): no entry of that name is the region."""
    if place.kind not in ("province", "region", "state", "country"):
        return False
    if normalize_name(place.canonical or "") in normalize_name(place.text):
        return False  # "Ituri province", "the Ituri River"
    return all(e.geonames_id != place.geonames_id for e, _ in load_gazetteer().lookup(place.text))


def unlisted_scene(
    doc: Doc,
    start: int,
    end: int,
    places: list[Place],
    taken: list[tuple[int, int]],
    country: str | None = None,
) -> tuple[str, int, int, bool, bool] | None:
    """A settlement the sentence at `start`:`end` names that the places stage did not find (a
    village the gazetteer lacks): its name, offsets, whether the text calls it a part of a
    town ("the Kalundu neighbourhood"), and whether the sentence's words call it a settlement
    (not only "in X"). Names of actors (`taken`) and of places found in the
    event's `country` do not count (a namesake abroad does: "the Al Thawra neighbourhood" of
    Omdurman is no Syrian town); a name the parser tags a person or an organization counts
    only where the words call it a settlement."""
    text = doc_text(doc)
    kinds = {(e.start_char, e.end_char): e.label_ for e in doc.ents if start <= e.start_char < end}
    found: list[tuple[str, int, int, bool, bool]] = []
    # Names the article calls a settlement somewhere ("the town of Djibasso") are places
    # wherever else it names them ("in the bush near Djibasso"), whatever the parser tags them.
    settled = doc.user_data.get("sitroom_settled")
    if settled is None:
        settled = {
            m.group(1)
            for pattern, strength in _UNLISTED_PATTERNS
            if strength == 1
            for m in pattern.finditer(text)
        }
        doc.user_data["sitroom_settled"] = settled
    for pattern, strength in _UNLISTED_PATTERNS:
        for m in pattern.finditer(text, start, end):
            lo, hi = m.start(1), m.end(1)
            name = m.group(1)
            while " " in name and name.split()[0] in _NOT_NAMES:
                # "In Zincko, another village in Sanmatenga": the sentence's first word is no
                # part of the name.
                first = name.split()[0]
                name = name[len(first) + 1 :]
                lo += len(first) + 1
            if _FACILITY_END.search(name) or _BODY_END.search(name):
                continue  # "medics at Nasser Hospital": where the wounded were taken
            if _LAUNCHED_FROM.search(text, start, lo):
                continue  # "the drone was launched from territory near the al-Barh junction"
            if name.split()[0] in _NOT_NAMES or load_gazetteer().demonyms.get(normalize_name(name)):
                continue
            if any(
                p.start < hi
                and lo < p.end
                and not _stands_in(p)
                and (country is None or p.country in (None, country))
                for p in places
            ) or any(s < hi and lo < e for s, e in taken):
                continue
            label = next((lab for (s, e), lab in kinds.items() if s <= lo < e), None)
            if strength == 2 and label not in ("GPE", "LOC", "FAC") and name not in settled:
                continue
            if label in ("DATE", "TIME", "NORP", "CARDINAL") and name not in settled:
                continue  # "in March", unless the article calls it a settlement
            # "the Kalundu neighbourhood" is a part of a town; "Kallah, in Kajuru district"
            # a place in a division.
            part = (
                bool(_PART_WORDS.search(m.group(0)))
                and strength == 1
                and not re.search(r",\s+in\s", m.group(0))
            )
            found.append((name, lo, hi, part, strength == 1))
    # The first named: "near Kawadgaon, in the Gangaloor area" happened at Kawadgaon.
    return min(found, key=lambda f: f[1]) if found else None
