"""Events: find event mentions and code each with ACLED type, place, date, actors, fatalities."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from ..geo import haversine_km
from ..models import Actor, DateRef, Event, Evidence, Location, Place
from .actors import force_name
from .doctext import doc_text
from .event_types import (
    Cue,
    acled_type,
    classify_sentences,
    event_words,
    find_cues,
    load_cues,
)
from .events_actors import (
    _FORCES_OF,
    CIVILIANS,
    HARM_VERBS,
    PROTESTERS,
    RIOTERS,
    SAID_AS,
    _event_actors,
    _main_armed_groups,
    _speaks,
    _without_appositions,
    acled_sides,
    allied_militia,
    armed_victims,
    civilian_victims,
    domestic_forces,
    fights_beside,
    one_state,
    victims_told,
)
from .events_places import (
    _best_place,
    _focal_place,
    _is_dateline,
    _not_scene,
    _place_within,
    capital_named,
    country_place,
    located_countries,
    paragraph_place,
    placed_near,
    unlisted_scene,
)
from .events_triggers import (
    _EXCLUDED,
    _cue_fits,
    _find_trigger_cues,
    _front_motion,
    _is_anaphoric,
    _is_history,
    _statement_verbs,
    _trigger_token,
    addressed,
    denied_deed,
    is_realis,
    names_perpetrators,
    names_taken_place,
    restates_deed,
    spoken_of,
    statement_on_told_event,
    tells_war_toll,
    war_toll_spans,
)
from .fatalities import VAGUE_COUNTS, read_fatalities, read_toll, to_number
from .gazetteer import normalize_name
from .places import to_location
from .times import date_for_span

# Weapons taken and property burnt during an attack are part of that attack, not events of
# their own (ACLED codes the attack; seizures and looting in its course go into its notes).
_INCIDENTAL = {"DISR_WEAP", "PROPERTY_DISTRUCT"}
# Protest codes for what met the protesters: force, or an intervention to disperse them.
_PROTEST_MET = {"FORCE_AGAINST_PROTEST", "PROTEST_WITH_INTER"}
_SEPARATE = re.compile(
    r"\b(?:later|separately|in a separate|subsequently|in another|the (?:next|following) day)\b"
    # A statement apart is no occasion apart: "Al Shabaab, in a separate statement, said".
    r"(?!\s+(?:statement|message|post|communiqu[eé]|claim|video|interview|announcement)\b)",
    re.IGNORECASE,
)
# Some of what was fired or sent, told before: "Two of them struck houses".
_PARTITIVE = re.compile(
    r"\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|some|most|many|several|all|each|"
    r"both|\d+)\s+of\s+(?:them|those|these)\b",
    re.IGNORECASE,
)
# Another act of the same kind: "gunmen also attacked a church", "a second strike".
_ANOTHER = re.compile(r"\b(?:also|another|second|other|again|separate)\b", re.IGNORECASE)
# Another target struck, whatever day and place: "Gunmen also attacked a checkpoint".
_ALSO_STRUCK = re.compile(
    r"\balso\s+(?:attacked|ambushed|raided|stormed|struck|targeted)\s+(?:an?|another)\b",
    re.IGNORECASE,
)
# A toll over many attacks and a span of time ("killed in Israeli attacks since Friday",
# "killed 13 people over the same period"), or a count of the displaced over one ("400,000
# people have been displaced by the fighting since January"): a tally, no event of its own.
_TALLY_OF_MANY = re.compile(
    r"\b(?:attacks|strikes|airstrikes|air strikes|raids|bombings|missiles|displaced|uprooted|"
    r"attempts|killings|assassinations|kidnappings|abductions|incidents)\b",
    re.IGNORECASE,
)
# "hundreds of civilians have been killed or wounded": a count up to now, with `_TALLY_SPAN`
# a tally whatever the parse made of its subject.
_HAVE_BEEN_HARMED = re.compile(
    r"\b(?:have|has) been (?:killed|wounded|injured|hurt)\b", re.IGNORECASE
)
_TALLY_SPAN = re.compile(
    r"\b(?:since|so far|to date|in total|altogether|over the (?:same )?(?:period|past \w+))\b",
    re.IGNORECASE,
)
# A gathering yet to be held: "ahead of a planned Awami League rally".
_YET_TO_BE = re.compile(r"\b(?i:planned|upcoming|proposed|scheduled)\s+(?:[A-Z][\w'’-]*\s+){0,4}$")
# An event told as one of a run: "the latest in a string of killings".
_ONE_OF_A_RUN = re.compile(
    r"\b(?:the\s+)?(?:latest|newest|most recent)\s+(?:in|of)\s+(?:an?\s+)?(?:[\w-]+\s+)?"
    r"(?:string|series|spate|wave|run|surge|number)\s+of\b",
    re.IGNORECASE,
)
# The dead of days told as one count: "killed four civilians between Saturday and Monday".
_DAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
DAYS_TALLY = re.compile(rf"\bbetween {_DAY_NAME} and {_DAY_NAME}\b", re.IGNORECASE)
# "gunmen then stormed the restaurant": the next stage of the incident just told.
_SEQUEL = re.compile(r"\bthen\b", re.IGNORECASE)
# A place named only as the one already told: "in the area", "in the vicinity", "near the
# village".
_IN_THE_AREA = re.compile(
    r"\b(?:in|near|to|towards?|around|outside|into|at) the (?:same )?"
    r"(?:area|vicinity|village|town|city|camp|base)\b",
    re.IGNORECASE,
)
# The ACLED types of violent events (the others are protests, riots, strategic developments).
VIOLENT_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
# Crowds: protests and riots, and their sub-event types from the worst.
_CROWD_TYPES = frozenset({"Protests", "Riots"})
_CROWD_SEVERITY = (
    "Excessive force against protesters",
    "Mob violence",
    "Violent demonstration",
    "Protest with intervention",
    "Peaceful protest",
)
# The cue codes of remote violence, which ACLED codes by its means whoever it hit.
_REMOTE_CODES = frozenset(
    {"CHEM_WEAP", "SUIC_BOMB", "GRENADE", "REM_EXPLOS", "AIR_STRIKE", "ART_MISS_ATTACK"}
)
# The sub-event types of a change of control.
TERRITORY_SUBTYPES = frozenset(
    {"Non-state actor overtakes territory", "Government regains territory"}
)
_CONTROL_SUBTYPES = TERRITORY_SUBTYPES | {"Non-violent transfer of territory"}


@dataclass
class _Mention:
    code: str
    sent: Span
    trigger: tuple[int, int]
    # The clause its sides, victims and toll are read from: the sentence, or of a sentence
    # that joins several events' clauses, the first of them (`_main_clause`).
    scope: Span | None = None
    places: list[Place] = field(default_factory=list)
    anaphoric: bool = False  # "the attack": refers to an event already reported
    dated: bool = False  # the sentence has a time expression of its own
    # and every one dates a statement ("said on Monday that ...", "a message circulated on
    # Monday"), not what the statement tells
    said_dated: bool = False
    separate: bool = False  # "later", "separately": told as another occasion
    front: bool = False  # "the fighting moved closer": no event of its own, may restate one
    deed: bool = False  # "its fighters carried out the attack": restates a violent event
    perpetrators: bool = False  # "the attackers were repelled": more of a violent event
    ongoing: bool = False  # "have been fighting the army": a state of affairs, not an act
    toll: bool = False  # "three soldiers were killed": who died, no act of its own
    died_later: int = 0  # "one of the wounded soldiers had since died": more dead of one told
    # "the fighting, which involved grenades, was concentrated around X": the type of the
    # event a definite subject refers back to, when the sentence's own type is another.
    refers_to: str | None = None
    area: bool = False  # "in the area": the place of an event told before
    # "denied that the town had fallen", "troops withdrew from the city": a change of control
    # of a place told before.
    takes_place: bool = False
    # "the governor confirmed the kidnapping and said troops were pursuing the abductors": a
    # statement about the event, whose other actors take no side in it.
    spoken_of: bool = False
    sequel: bool = False  # "then": the next stage of the event told before
    # "denying that they had attacked civilian families": a denial of an event, not a new one
    denied: bool = False
    # "two days before the ambush", "came a day after heavy fighting": a time told from an
    # event named (`_ANCHORED`, `_CAME_AFTER`)
    anchored: re.Match[str] | None = None
    # "the army confirmed the attack", "the strike was a massacre": a statement about a violent
    # event told before, whatever its own cue's type.
    about_told: bool = False
    # "Two of them struck houses": some of what the event told before fired, more of it.
    partitive: bool = False


def extract_events(
    doc: Doc,
    *,
    published: dt.date,
    times: list[DateRef],
    places: list[Place],
    actors: list[Actor],
    embeddings: bool = False,
) -> list[Event]:
    """Every ACLED event `doc` reports, ids "ev1", "ev2", ... in text order.

    A sentence holds an event mention when an ACLED cue occurs in it as something that happened
    (not a threat, a condition, a negation or history older than a month). The sentence's type
    comes from the event classifier (cue rules plus the trained model); its place from the
    toponyms in the sentence or else the article's main place; its date from the times stage.
    Mentions of the same type, place and date are merged into one event.

    Args:
        doc: the parsed article body.
        published: the publication date.
        times: time expressions of the times stage.
        places: toponyms of the places stage.
        actors: actors of the actors stage.
        embeddings: type the sentences with the event model's fine-tuned MiniLM part blended
            in, when the embed extra is installed (the pipeline does; the model CASE 2021 scores).

    Returns:
        Events with evidence sentences; status "asserted" (the claims stage revises it).
    """
    lex = load_cues()
    actors = _without_appositions(doc_text(doc), actors)
    history: list[tuple[int, int]] = []
    # Each event sentence with its realis cues, its places and whether it only moves a front.
    found: list[tuple[Span, list[tuple[Cue, Token]], list[Place], bool, Span]] = []
    for sent in doc.sents:
        text = sent.text
        if _is_history(text, published, times, sent):
            history.append((sent.start_char, sent.end_char))
            continue
        # "Two days before the drone attack, police found six bodies": the attack named is
        # the one told before, not an event of this sentence.
        told_spans = [m.span() for m in _ANCHORED.finditer(text)]
        # "The shelling came a day after heavy fighting in the east": the subject is the event
        # told before; what came before it is this sentence's event.
        told_spans += [(0, m.start()) for m in _CAME_AFTER.finditer(text)]
        # "The gunfight followed the killing of a labourer near Surankote on Saturday": the
        # subject is the event told before.
        told_spans += [(0, m.end()) for m in _FOLLOWED.finditer(text)]
        # "six years after government forces retook it": history told as a time.
        told_spans += [(m.start(), len(text)) for m in _YEARS_AFTER.finditer(text)]
        # "detained five men suspected of taking part in a gunfight ... the night before":
        # what they are held for, an event of its own told elsewhere.
        told_spans += [m.span() for m in _HELD_FOR.finditer(text)]
        # "Iraq has reinforced its border since rebels took Damascus": the event a time runs
        # from, told as the time.
        told_spans += [
            (
                t.idx - sent.start_char,
                t.head.right_edge.idx + len(t.head.right_edge) - sent.start_char,
            )
            for t in sent
            if t.lower_ == "since" and t.dep_ == "mark" and t.head.dep_ == "advcl"
        ]
        cues = [
            _quoted_capture(text, c)
            for c in _find_trigger_cues(text)
            if c.code in lex.trigger_codes
            and not _EXCLUDED.match(text, c.start)
            and not any(a <= c.start < b for a, b in told_spans)
            and not _scare_quoted(text, c)
        ]
        after = _DAYS_AFTER_CLAUSE.search(text) or SAID_AS.search(text)
        cut = after.start() + after.group(0).index(",") if after is not None else 0
        if after is not None and any(c.start < cut for c in cues):
            # "accused each other on Monday of opening fire ..., a day after Armenia said one
            # of its servicemen had been killed by a drone": the event before, told as a time
            # (its own account comes later); not when the sentence tells no other ("A student
            # died on Thursday, a day after security forces fired on protesters").
            cues = [c for c in cues if c.start < cut]
        else:
            after = None
        sent_places = [p for p in places if sent.start_char <= p.start < sent.end_char]
        realis: list[tuple[Cue, Token]] = []
        for cue in cues:
            token = _trigger_token(doc, cue, sent.start_char)
            if (
                token is not None
                and is_realis(token)
                and not addressed(token)
                and _cue_fits(doc, cue, token, sent.start_char, sent_places)
            ):
                realis.append((cue, token))
        if not realis:
            continue
        # Front movement ("as the fighting moved closer") starts no event: with another cue
        # in the sentence that cue is the event; alone it can only restate one reported. So
        # with "casualties": a count of the harm ("reports of civilian casualties") is no clash.
        events_cues = [
            (c, t)
            for c, t in realis
            if not _front_motion(text, c) and text[c.start : c.end].lower() != "casualties"
        ]
        chosen = events_cues or realis
        main = _main_clause(sent, chosen)
        if main is not None:
            # "Al Shabaab fighters attacked a base in Mahaday ..., and mortar shells fired into
            # Jowhar later that day killed a child": the first event told, with its own place.
            chosen = [(c, t) for c, t in chosen if main.start <= t.i < main.end]
            sent_places = [p for p in sent_places if main.start_char <= p.start < main.end_char]
        scope = main or sent
        if after is not None:
            # Its toll and sides are the main clause's, not the event's before it.
            scope = (
                doc.char_span(scope.start_char, sent.start_char + cut, alignment_mode="contract")
                or scope
            )
        found.append((sent, chosen, sent_places, not events_cues, scope))
    # One batch per document: the model's MiniLM part costs per call more than per text.
    codes = classify_sentences(
        [scope.text for *_, scope in found],
        hint=[{c.code for c, _ in realis} for _, realis, *_ in found],
        embeddings=embeddings,
    )
    mentions: list[_Mention] = []
    for (sent, realis, sent_places, front, scope), code in zip(found, codes, strict=True):
        text = sent.text
        if acled_type(code) is None and not find_cues(text, codes=frozenset({code})):
            # A crime or disaster reading needs a word of its own ("struck" alone is no
            # earthquake): with none, the event cue found stands, the most specific first.
            code = min((c.code for c, _ in realis), key=lex.order.index)
        if acled_type(code) is None and code in ("MAN_MADE_DISASTER", "NATURAL_DISASTER"):
            # "Artillery rounds crashed into a crowded market": a weapon's fall, no accident.
            weapons = [c.code for c, _ in realis if c.code in _REMOTE_CODES]
            code = min(weapons, key=lex.order.index) if weapons else code
        if acled_type(code) is None and read_fatalities(text):
            # "Armed gangs attacked two suburbs, killing 12 people": read as crime, but a
            # deadly attack told with a violent cue is political violence to ACLED.
            code = _most_specific_violent(realis) or code
        if (
            code == "ORG_CRIME"
            and any(c.code == "ARREST" for c, _ in realis)
            and _MILITARY_SIDE.search(text)
        ):
            # "troops had apprehended suspects involved in weapons trafficking": soldiers'
            # arrests, whatever the suspects are accused of.
            code = "ARREST"
        # "a bomb disposal team defused an improvised explosive device found on Monday": a
        # bomb made safe, not one that went off.
        defused = (
            code in ("REM_EXPLOS", "DISR_WEAP")
            and {c.code for c, _ in realis} <= {"REM_EXPLOS", "DISR_WEAP"}
            and any(c.code == "DISR_WEAP" for c, _ in realis)
            and not _WENT_OFF.search(text)
        )
        if defused:
            code = "DISR_WEAP"
        if acled_type(code) is None:
            continue  # crime, disasters, diplomacy: known, but not ACLED events
        if code == "AGREEMENT" and _STANDING_DEAL.search(text):
            continue  # "The ceasefire is holding": how a deal made before stands, no event
        if _parent(code) == "Protests":
            # ACLED codes a protest by what met it: "marched ..., and police fired tear gas
            # to disperse crowds" is a protest with intervention, whatever the model read.
            met = [c.code for c, _ in realis if c.code in _PROTEST_MET]
            code = min(met, key=lex.order.index) if met else code
        if (
            code == "ARMED_CLASH"
            and any(c.code == "ARREST" for c, _ in realis)
            and all(
                text[c.start : c.end].lower().startswith("raid")
                for c, _ in realis
                if c.code == "ARMED_CLASH"
            )
        ):
            # "troops raided homes and detained five men": a raid that made arrests, no fight.
            code = "ARREST"
        if code == "ARREST" and any(
            c.code == "PEACE_PROTEST" and not _YET_TO_BE.search(text, 0, c.start) for c, _ in realis
        ):
            # "Police detained 17 people as they cleared villagers who had blocked the road in
            # protest": arrests that met a protest, which ACLED codes as the protest.
            code = "PROTEST_WITH_INTER"
        mutual = [
            c
            for c, _ in realis
            if c.code == "MOB_VIOL" and _EACH_OTHER.search(text[c.start : c.end])
        ]
        if mutual and code in ("ATTACK", "ARMED_CLASH"):
            # "residents of two villages attacked each other with machetes and home-made
            # firearms": a communal clash; "youths from two neighbourhoods fought each other
            # with stones": a mob's fight. Neither is an attack on civilians.
            code = "ARMED_CLASH" if _FIREARMS.search(text) else "MOB_VIOL"
        riots = [c.code for c, _ in realis if c.code in ("VIOL_DEMONSTR", "MOB_VIOL")]
        if code == "ARREST" and riots:
            # "migrants had attacked one of its patrols with stones ..., and twelve people had
            # been arrested": arrests in a riot's course, which is the event.
            code = riots[0]
        if code in _INCIDENTAL and not defused:
            # "seized weapons after overrunning a post": the violence is the event, the
            # seizure happened in its course; "groups of young men set fire to buses": a
            # riot's.
            code = _most_specific_violent(realis) or (riots[0] if riots else code)
        if code == "ARMED_CLASH" and all(
            text[c.start : c.end].lower().startswith("came under")
            for c, _ in realis
            if c.code == "ARMED_CLASH"
        ):
            # "came under attack from drones carrying explosives": by its means, a strike.
            weapons = [c.code for c, _ in realis if c.code in _REMOTE_CODES]
            code = min(weapons, key=lex.order.index) if weapons else code
        if code == "ATTACK":
            # "A roadside bombing killed a village elder": ACLED codes violence by its means, a
            # bomb's or a shell's on civilians too.
            weapons = [c.code for c, _ in realis if c.code in _REMOTE_CODES]
            code = min(weapons, key=lex.order.index) if weapons else code
        if code == "ATTACK" and any(
            c.code == "ARMED_CLASH" and "exchange" in text[c.start : c.end].lower()
            for c, _ in realis
        ):
            # "two clans exchanged fire in a village, killing two men": fire both ways.
            code = "ARMED_CLASH"
        if (
            code == "ATTACK"
            and (armed_victims(sent) or not victims_told(sent))
            and any(
                c.code == "ARMED_CLASH" and text[c.start : c.end].lower().startswith("attacked")
                for c, _ in realis
            )
        ):
            # "Gunmen attacked an army post ..., killing three soldiers": an attack on armed
            # men is a clash to ACLED, not violence against civilians; so is "Armed men
            # attacked a military position" with no one told harmed.
            code = "ARMED_CLASH"
        if code == "REM_EXPLOS" and any(
            c.code == "AIR_STRIKE" and "dropp" in text[c.start : c.end].lower() for c, _ in realis
        ):
            code = "AIR_STRIKE"  # "a quadcopter dropped an explosive device": from the air
        if code == "ATTACK" and any(
            c.code == "ARMED_CLASH" and c.start <= d.start and d.end < c.end
            for c, _ in realis
            for d, _ in realis
            if d.code == code
        ):
            # "opened fire on each other": the longer reading of the same words, an exchange
            # of fire, not an attack.
            code = "ARMED_CLASH"
        longer = [
            c.code
            for c, _ in realis
            if c.code in ("VIOL_DEMONSTR", "MOB_VIOL", "FORCE_AGAINST_PROTEST")
            and all(c.start <= d.start and d.end <= c.end for d, _ in realis if d.code == code)
        ]
        if code in ("ARMED_CLASH", "ATTACK") and longer:
            # "killed ... during street clashes", "opened fire to disperse a protest": the
            # longer reading of the same words, a riot or a protest met, not a battle or an
            # attack.
            code = longer[0]
        trigger, token = next(((c, t) for c, t in realis if c.code == code), realis[0])
        first, last = _cue_words(doc, sent, trigger, token)
        dated = any(
            sent.start_char <= t.start < sent.end_char
            and t.date is not None
            and not _hour_only(t)
            and not _OF_PEOPLE_HARMED.search(doc_text(doc), max(0, t.start - 60), t.start)
            for t in times
        )
        # "some of those killed were off-duty soldiers": the dead of the event already told.
        about_told = (
            statement_on_told_event(sent)
            or any(m.start() < trigger.end for m in _THOSE_HARMED.finditer(text))
            or bool(_ANOTHER_TOLL.search(text))
            # "said it had received reports of significant civilian casualties from an air
            # strike in West Gojjam this week": a report of the strike told.
            or bool(_REPORTS_OF.search(text, 0, trigger.start))
        )
        mentions.append(
            _Mention(
                code=code,
                sent=sent,
                scope=scope,
                trigger=(sent.start_char + trigger.start, sent.start_char + trigger.end),
                places=sent_places,
                separate=bool(_SEPARATE.search(text)),
                front=front,
                anaphoric=any(_is_anaphoric(t) for c, t in realis if c.code == code)
                or bool(_SUCH_ONE.search(text))
                # "the two sides were fighting over the market's lease": the fight told.
                or bool(_SIDES_TOLD.search(text, 0, trigger.start)),
                about_told=about_told,
                partitive=bool(_PARTITIVE.match(text)),
                spoken_of=about_told or spoken_of(token),
                sequel=bool(_SEQUEL.search(text)),
                denied=denied_deed(token) or denied_deed(last),
                anchored=_ANCHORED.search(text)
                or _CAME_AFTER.search(text)
                or (
                    _HOURS_LATER.match(text)
                    # "A day later" is the sentence's one time, told from the event before.
                    if not dated or _DAYS_LATER.match(text)
                    else None
                ),
                takes_place=(
                    (acled_type(code) or ("", ""))[1] in _CONTROL_SUBTYPES
                    and not dated
                    and (
                        any(names_taken_place(t) for c, t in realis if c.code == code)
                        or _part_of_told_place(text, trigger.end)
                    )
                ),
                refers_to=next(
                    (
                        _parent(c.code)
                        for c, t in realis
                        if c.code != code and t.dep_ in ("nsubj", "nsubjpass") and _is_anaphoric(t)
                    ),
                    None,
                ),
                deed=restates_deed(sent),
                # "the attackers approached the station and opened fire with rockets": the
                # doers told, whatever the cue read from the weapons.
                perpetrators=any(names_perpetrators(t) for _, t in realis)
                or any(t.dep_ == "nsubj" and names_perpetrators(t) for t in sent),
                ongoing=_ongoing(token),
                # "A local news site reported six bodies, including two found in a burned-out
                # car": who died, no act of its own.
                toll=_toll_only(token)
                or _toll_only(first)
                or text[trigger.start : trigger.end].lower().startswith("bod")
                or _DIED_LATER.search(text) is not None,
                died_later=_died_later(text),
                # "Clashes were also reported in the area" tells another event there.
                area=bool(_IN_THE_AREA.search(text)) and not re.search(r"\balso\b", text),
                dated=dated,
                said_dated=dated
                and _said_dated(
                    doc, Evidence(start=sent.start_char, end=sent.end_char, text=text), times
                ),
            )
        )

    focal = _focal_place(doc, places)
    armed = _main_armed_groups(actors, history, doc_text(doc))
    # Events dated from another they name: (event, the one named, days from it).
    dated_from: list[tuple[Event, Event, int]] = []
    kinds = {a.name: a.kind for a in actors}
    # Names of groups, not a place the parser took for a person ("the Al Thawra neighbourhood").
    actor_spans = [m for a in actors if a.kind not in ("person", "other") for m in a.mentions]
    # A village the gazetteer lacks, named in an event's sentence: its location (see below).
    unlisted_at: dict[int, Location] = {}
    events: list[Event] = []
    said_dated: set[int] = set()  # events dated only by the day they were told
    area_of: list[tuple[Event, Event]] = []  # events "in the area" of an event told before
    boasted: set[int] = set()  # events whose toll is a side's count of the enemies it killed
    guessed_sides: dict[int, set[str | None]] = {}  # sides an event's sentence did not name
    for mention in mentions:
        pair = acled_type(mention.code)
        assert pair is not None  # filtered above
        scope = mention.scope or mention.sent
        if (
            pair == ("Battles", "Armed clash")
            and (civilian_victims(scope, named=True) or _raid_on_civilians(scope))
            and not _TWO_ARMED_SIDES.search(scope.text)
        ):
            # "its fighters had killed three Christians and set fire to a chapel", "killed at
            # least 17 people in a raid on a farming village": a clash needs two armed sides;
            # killing only civilians is an attack on them.
            pair = ("Violence against civilians", "Attack")
        own_place = _best_place(doc, mention.places, mention.trigger) or capital_named(
            doc, mention.sent.start_char, mention.sent.end_char, places, focal
        )
        told = None if own_place else paragraph_place(doc, mention.sent.start_char, places)
        place = own_place or told or _country_fallback(doc, mention.places, focal)
        if own_place is None and place is focal and _unknown_place(mention.sent, places):
            # "militants attacked a church in the village of Essakane", a village the gazetteer
            # lacks: somewhere else than the article's main place, in its country.
            place = _country_of(focal)
        location = (
            to_location(place, near=place is own_place and placed_near(doc, place))
            if place is not None
            else None
        )
        if location is not None and place is not None:
            at = _at_unlisted(doc, mention.sent, places, actor_spans, own_place, location)
            # Placed at its country for want of a place, only a village the text calls one
            # ("near the coastal village of Maungmagan").
            if at is not None and (
                place.kind != "country" or _CALLED_SETTLEMENT.search(mention.sent.text)
            ):
                unlisted_at[mention.sent.start_char] = at
        sent = mention.sent
        date, date_end, precision = date_for_span(
            doc, sent.start_char, sent.end_char, times, published, mention.trigger
        )
        if tells_war_toll(sent) and not mention.dated:
            # "More than 6,000 people have been killed in the conflict, and at its peak the
            # fighting had driven a million from their homes": the war, no event
            continue
        anchored = mention.anchored
        anchor: tuple[Event, int] | None = None
        if anchored is not None:
            # "Two days before the ambush": dated from the event it names, told before.
            # "Hours later" follows whatever was told last (arrests, too); a named event is a
            # violent one or a crowd's.
            told = (
                list(events)
                if anchored.re is _HOURS_LATER
                else [e for e in events if e.event_type in VIOLENT_TYPES | _CROWD_TYPES]
            )
            # The one it names ("The ambush came a week after ..."), else the latest.
            noun = (
                None
                if anchored.re is _HOURS_LATER
                else _EVENT_NOUN.search(
                    sent.text[: anchored.start()]
                    if anchored.re is _CAME_AFTER
                    else anchored.group(0)
                )
            )
            of_noun = [
                e
                for e in told
                if noun is not None
                and any(noun.group(0).lower() in x.text.lower() for x in e.evidence)
            ]
            # "Two days before the minibus attack": of those, the one its word names.
            named = re.search(r"([a-z]{3,})\s+$", noun.string[: noun.start()]) if noun else None
            if named is not None and named.group(1) not in ("the", "this", "that"):
                of_noun = [
                    e
                    for e in told
                    if any(
                        re.search(rf"\b{named.group(1)}", x.text, re.IGNORECASE) for x in e.evidence
                    )
                ] or of_noun
            # Else those of the kind it names ("the Kostiantynivka strike" is a strike, though
            # its account said "dropped guided bombs").
            of_kind = [
                e for e in told if noun is not None and e.event_type == _noun_kind(noun.group(0))
            ]
            told = of_noun or of_kind or told
            # "The violence came a day after a drone strike ... killed three children late on
            # Friday": a day told for the event itself outranks the count from another.
            own_day = anchored.re is _CAME_AFTER and any(
                sent.start_char + anchored.end() <= t.start < sent.end_char and t.date is not None
                for t in times
            )
            if told and not own_day:
                anchor = (told[-1], _anchor_days(anchored))
                date = told[-1].date + dt.timedelta(days=anchor[1])
                date_end, precision = None, told[-1].time_precision
                if anchored.re is _CAME_AFTER and anchored.group("dir").lower() == "of":
                    precision = max(precision, 2)  # days of fighting up to the eve
        if mention.ongoing and (
            _since_long_ago(doc, sent, times, published) or _LONG_SPELL.search(sent.text)
        ):
            # "have been fighting the army since early August", "has been fighting to overthrow
            # the government for more than 15 years": the war, no event
            continue
        if (
            not mention.died_later
            # "shot dead ... on Sunday night, the latest in a string of killings that have
            # strained ties since August": one of the run, on its own day.
            and not (mention.dated and _ONE_OF_A_RUN.search(sent.text))
            and _TALLY_SPAN.search(sent.text)
            and (
                mention.toll
                or _TALLY_OF_MANY.search(sent.text)
                or _HAVE_BEEN_HARMED.search(sent.text)
            )
        ):
            # "224 people had been killed in Israeli attacks since Friday", "300 farmers had
            # been killed in the state since January": a tally
            continue
        if DAYS_TALLY.search(sent.text) and read_fatalities(sent.text):
            continue  # a count over days, told before the attacks it adds up
        if not mention.dated and date is not None and (published - date).days > 31:
            # A date borrowed from a neighbouring sentence that is history ("has changed hands
            # since 2015") does not date a sentence that passed the history filter: it goes on
            # the narrative of the event before it, else it is undated (publication, week).
            prev = events[-1] if events else None
            date, date_end, precision = (
                (prev.date, prev.date_end, prev.time_precision) if prev else (published, None, 2)
            )
        elif (
            not mention.dated
            and (date, date_end, precision) == (published, None, 2)
            and events
            and _right_after(events[-1], sent)
        ):
            # No time in its sentence or paragraph, right after an event told ("At least seven
            # people were abducted, the administrator said", after the raid): that event's day,
            # not the day of publication.
            date, date_end, precision = (
                events[-1].date,
                events[-1].date_end,
                events[-1].time_precision,
            )
        setting = None
        if not mention.dated and precision == 2 and date == published - dt.timedelta(days=1):
            setting = _setting(doc, sent, times, events)
        if setting is not None:
            # "Gunmen stopped a minibus late on Thursday on the road ... Residents said the men
            # ordered the passengers out and shot seven of them dead": the day the sentence
            # before set the scene on, which told no event of its own; and that sentence tells
            # of the event too, and where, if this one does not ("about 25 km south of X").
            date, date_end, precision = setting[0], None, 1
            if own_place is None and location is not None:
                told_in = setting[1]
                scene = [p for p in places if told_in.start_char <= p.start < told_in.end_char]
                where = _best_place(doc, scene, (told_in.start_char, told_in.end_char))
                if where is not None:
                    location = to_location(where, near=placed_near(doc, where))
                location = (
                    _at_unlisted(doc, told_in, places, actor_spans, where, location) or location
                )
        actor1, actor2 = _event_actors(scope, mention.trigger, actors, mention.code)
        if pair[0] == "Violence against civilians" and _INVESTIGATING.search(scope.text):
            # "Police in Muqdadiyah are investigating the killing of a shepherd": who looks
            # into it is no side of it.
            actor1, actor2 = (
                None if kinds.get(a or "") == "state forces" else a for a in (actor1, actor2)
            )
        sent_actors = {
            a.name for a in actors for lo, _ in a.mentions if sent.start_char <= lo < sent.end_char
        }
        guessed: set[str | None] = set()
        if pair[0] == "Battles" and (actor1 is None or actor2 is None):
            named = {actor1, actor2}
            # A battle has two sides: the article's other main armed group fills the gap.
            known = actor1 or actor2
            others = [
                a
                for a in armed
                if a not in (actor1, actor2)
                and not one_state(a, known)
                and not _fellow_forces(a, known, kinds, location)
                # "rival gunmen fought a running gun battle", "fighting between M23 rebels and
                # pro-government militiamen": no state's force is a side.
                and not (
                    (_RIVALS.search(sent.text) or _MILITIAMEN.search(sent.text))
                    and kinds.get(a) == "state forces"
                )
                # "rival groups of miners opened fire on each other", no side named: neither
                # is a group the article names elsewhere.
                and not (known is None and _RIVALS.search(sent.text))
            ]
            # "Jihadist fighters attacked a post held by soldiers and auxiliaries": a militia
            # that fights beside the state's forces is no side against them.
            others = [a for a in others if not allied_militia(a, [known] if known else armed)]
            if _UNNAMED_SIDE.search(sent.text):
                # "soldiers clashed with an armed group ... did not name it": no group the
                # article names elsewhere.
                others = [a for a in others if kinds.get(a) == "state forces"]
            if restates_deed(sent):
                # "IS said in a claim that three Taliban fighters were killed": the claimant
                # is the other side, before any group named more often.
                claimants = [
                    a.name
                    for a in actors
                    if a.kind == "armed group"
                    and a.name not in (actor1, actor2)
                    and any(sent.start_char <= lo < sent.end_char for lo, _ in a.mentions)
                ]
                others = claimants + [a for a in others if a not in claimants]
            # "attacked a military base, killing five soldiers": the state's force the
            # sentence names by its people or posts is the side attacked, before a group
            # mentioned more often.
            forces = [a for a in others if _state_side_named(a, kinds, sent.text)]
            # Of several, the forces of the country it happened in ("an army convoy" in
            # Mozambique is Mozambique's, though Rwanda's troops are named more often).
            country = location.country if location is not None else None
            forces.sort(key=lambda a: domestic_forces(a, country) is not True)
            if known is not None and kinds.get(known) == "state forces":
                # A state's force fighting at home: the soldiers or posts the sentence names are
                # its own, not another state's forces named in the article (US Africa Command's
                # strikes in Somalia).
                forces = [a for a in forces if domestic_forces(a, country) is not False]
            if actor1 is None and others:
                unnamed = [a for a in others if kinds.get(a) != "state forces"] if forces else []
                actor1 = unnamed[0] if unnamed else others[0]
                others = [
                    a
                    for a in others
                    if a != actor1
                    and not one_state(a, actor1)
                    and not _fellow_forces(a, actor1, kinds, location)
                ]
                forces = [a for a in forces if a in others]
            if actor2 is None and others:
                actor2 = forces[0] if forces else others[0]
            # Sides not named in the sentence but guessed from the article ("They fought with
            # Kalashnikovs"): no side of the event it may restate.
            guessed = {actor1, actor2} - named - sent_actors
        # "detonated a mine under a military truck", "a suicide bomber rammed a car into a
        # military convoy", "rioters set fire to part of a police post": the state's force whose
        # vehicle or post it was is the side hit.
        if actor2 is None and (
            (
                pair[0] == "Explosions/Remote violence"
                and pair[1] in ("Remote explosive/landmine/IED", "Suicide bomb")
                and _FORCE_VEHICLE_HIT.search(sent.text)
            )
            or (pair[0] == "Riots" and _FORCE_HIT.search(sent.text))
            # "a small drone dropped an explosive charge on a military post": the post's force.
            or (
                pair[0] == "Explosions/Remote violence"
                and pair[1] in ("Air/drone strike", "Shelling/artillery/missile attack")
                and _FORCE_SITE_HIT.search(sent.text)
            )
        ):
            country = location.country if location is not None else None
            hit = [
                a
                for a in armed
                if a != actor1
                and _state_side_named(a, kinds, sent.text)
                and domestic_forces(a, country) is not False
            ]
            # "a vehicle carrying army reinforcements": the army itself before another state
            # force (a militia the state counts as its own) the article names more.
            hit.sort(key=lambda a: domestic_forces(a, country) is not True)
            site = (
                (_FORCE_SITE_HIT.search(sent.text) or _FORCE_VEHICLE_HIT.search(sent.text))
                if pair[0] != "Riots"
                else None
            )
            kind = "army"
            if site is not None and re.search(r"police|gendarm|customs", site.group(0).lower()):
                kind = "police"  # "a customs patrol": the police forces, before the army
                hit.sort(key=lambda a: not a.startswith("Police"))
            if not hit and site is not None and country is not None:
                # "dropped explosives on a police station in Launglon", "a customs patrol struck
                # an explosive device", no such force named elsewhere: the country's police (or
                # army) whose post or patrol it was.
                force = force_name(country, kind)
                hit = [force] if force else []
            actor2 = hit[0] if hit else None
        if (
            pair == ("Battles", "Armed clash")
            and actor1 is not None
            and actor2 is None
            and actor1 in guessed
            and armed_victims(scope)
        ):
            # "Two police officers were killed late on Friday when gunmen stormed a
            # checkpoint": the force the article suggests, whose men died, is the side
            # attacked.
            actor1, actor2 = None, actor1
        if pair[1] == "Disrupted weapons use" and actor1 is None and location is not None:
            # "an army bomb disposal team defused an improvised explosive device": the force
            # whose team made it safe.
            team = _DEFUSING_FORCE.search(scope.text)
            if team is not None:
                kind = "police" if team.group(1).lower().startswith("police") else "army"
                actor1 = force_name(location.country, kind)
        if (
            pair == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
            and actor1 is not None
            and actor2 is None
            and kinds.get(actor1) == "state forces"
            and actor1 in _speakers_in(actors, sent, sent.start_char, sent.end_char)
            and (armed_victims(scope) or _MEN_HIT.search(scope.text) is not None)
        ):
            # "Thailand's army said a soldier lost his right foot when he stepped on a
            # landmine": the force that tells of its men hit is the side hit.
            actor1, actor2 = None, actor1
        if (
            pair[0] == "Explosions/Remote violence"
            and actor1 is not None
            and actor2 is None
            and _site_of(actor1, actors, sent)
        ):
            # "a small drone dropped an explosive on another Shabwa Defence Forces checkpoint":
            # whose post was hit, not who struck it.
            actor1, actor2 = None, actor1
        if (
            pair == ("Violence against civilians", "Attack")
            and kinds.get(actor1 or "") == "political party"
            and _PARTY_FIGHT.search(scope.text)
        ):
            # "supporters of two rival groups within the BNP clashed with sticks": a party's
            # crowds at each other, a mob's fight, not an attack on civilians.
            pair, actor1, actor2 = ("Riots", "Mob violence"), RIOTERS, RIOTERS
        if pair == ("Battles", "Armed clash") and "political party" in (
            kinds.get(actor1 or ""),
            kinds.get(actor2 or ""),
        ):
            # "BNP activists clashed with police, hurling bricks": a party's supporters are no
            # armed side; ACLED codes their street fight a riot, by rioters.
            pair = ("Riots", "Violent demonstration")
            if kinds.get(actor1 or "") == "political party":
                actor1 = RIOTERS
            if not (_POLICE_SIDE.search(sent.text) or _MILITARY_SIDE.search(sent.text)) and (
                kinds.get(actor2 or "") == "political party" or actor2 in guessed or not actor2
            ):
                # "supporters of the Nepali Congress and the CPN-UML fought with sticks": two
                # parties' crowds at each other, no force named, a mob fight of rioters.
                pair, actor1, actor2 = ("Riots", "Mob violence"), RIOTERS, RIOTERS
        if (
            pair == ("Riots", "Mob violence")
            and actor2 is None
            and _CROWDS_BETWEEN.search(scope.text)
            and not (_POLICE_SIDE.search(scope.text) or _MILITARY_SIDE.search(scope.text))
        ):
            # "clashes between local youths and migrants": a crowd on either side.
            actor1, actor2 = RIOTERS, RIOTERS
        actor1, actor2 = acled_sides(pair[0], pair[1], actor1, actor2, scope)
        evidence = Evidence(start=sent.start_char, end=sent.end_char, text=sent.text)
        ev = Event(
            id="",
            event_type=pair[0],
            sub_event_type=pair[1],
            date=date,
            date_end=date_end,
            time_precision=precision,
            location=location,
            actor1=actor1,
            actor2=actor2,
            # An agreement or a transfer kills no one: a toll beside it is another's ("a
            # ceasefire ..., days after the earthquake killed more than 3,700").
            fatalities=None if pair[1] in _HARMLESS else read_fatalities(_toll_text(scope)),
            evidence=[evidence],
        )
        if setting is not None:
            told = setting[1]
            ev.evidence.append(Evidence(start=told.start_char, end=told.end_char, text=told.text))
        if anchor is not None:
            dated_from.append((ev, *anchor))
        # "the city's Kyivskyi district", "the al-Rawdah neighbourhood": a part of the place
        # told before, no place of its own.
        # "The clashes took place near X": where the event told happened, not another event.
        told_where = mention.anaphoric and bool(
            _TOOK_PLACE.match(doc_text(doc), mention.trigger[1])
        )
        link_place = (
            None
            if own_place is not None
            and (
                told_where
                or _PART_OF_TOLD.search(doc_text(doc), 0, own_place.start)
                or _NEIGHBOURHOOD.match(doc_text(doc), own_place.end)
            )
            else own_place
        )
        # Who speaks in the sentence ("Kyrgyzstan's Border Service said ...").
        speakers = _speakers_in(actors, sent, sent.start_char, sent.end_char)
        redates = False
        if events and id(events[-1]) in said_dated:
            # Its sides as told: the forces it names, not the channel that carried it; and no
            # side's own word.
            fighters = {a for a in sent_actors - speakers if kinds.get(a) in _FORCE_KINDS}
            # No side's own word, unless that side's statement dated the event: the details
            # its spokesman then gives ("air force planes struck vehicles ... on Sunday").
            first = events[-1].evidence[0]
            told = doc.char_span(first.start, first.end, alignment_mode="expand")
            told_by: set[str] = set()
            if told is not None:
                told_by = _speakers_in(actors, told.sent, first.start, first.end)
            redates = _redates(events, ev, mention, link_place, fighters) and not any(
                (one_state(a, s) or a == s) and not any(one_state(a, t) or a == t for t in told_by)
                for a in speakers
                for s in (ev.actor1, ev.actor2)
            )
        # Who tells it names no other side, unless it tells of its own forces ("Hezbollah said
        # its fighters had shelled ...").
        told_by_sides = sent_actors - (set() if _OWN_MEN.search(sent.text) else speakers)
        continues = (
            redates or _continues(events, ev, mention, link_place, told_by_sides)
        ) and not (own_place is None and _unknown_place(mention.sent, places))
        host = _antecedent(events, ev, mention, link_place, continues=continues)
        lead = None
        if host is None and mention.dated and not mention.said_dated and not mention.separate:
            host = lead = _undated_lead(doc, events, ev, link_place, times)
        if host is not None:
            # A restatement of an event already reported, or something done in its course.
            # A vague plural's default ("killing several"), in the accounts before this one.
            vague = host.fatalities is not None and _vague_toll(host)
            host.evidence.append(evidence)
            if setting is not None and setting[0] == host.date:
                # The sentence that set the scene on the event's day tells of it too ("Three
                # residents said troops arrived early on Tuesday ... A retired teacher was
                # shot dead outside his door").
                told = setting[1]
                host.evidence.append(
                    Evidence(start=told.start_char, end=told.end_char, text=told.text)
                )
            if lead is not None:
                # "Two young men were killed in Ziguinchor during street clashes ... In
                # Ziguinchor, youths put up barricades on Thursday afternoon": the day of the
                # lead's event, which told none.
                host.date, host.date_end = ev.date, ev.date_end
                host.time_precision = ev.time_precision
            if (
                told_where
                and location is not None
                and own_place is not None  # not the article's town standing in for "the town"
                and (host.location is None or host.location.geo_precision > location.geo_precision)
            ):
                host.location = location  # the told event placed more precisely
            if (
                told_where
                and mention.dated
                and not mention.said_dated
                and ev.time_precision < host.time_precision
            ):
                # "The shootout took place on Thursday" after "last week": its day.
                host.date, host.date_end = ev.date, ev.date_end
                host.time_precision = ev.time_precision
                said_dated.discard(id(host))
            if redates and host is events[-1]:
                # The day, place and end an account gives of what a statement told on a later
                # day: the region told first, the town now; the fighting ended with the town
                # taken.
                host.date, host.date_end = ev.date, ev.date_end
                host.time_precision = ev.time_precision
                said_dated.discard(id(host))
                if (
                    location is not None
                    and host.location is not None
                    and location.geo_precision < host.location.geo_precision
                ):
                    host.location = location
                if host.sub_event_type == "Armed clash" and ev.sub_event_type in TERRITORY_SUBTYPES:
                    host.sub_event_type = ev.sub_event_type
            if (
                continues
                and own_place is not None
                and host is events[-1]
                and location is not None
                and host.location is not None
                and (
                    location.geo_precision < host.location.geo_precision
                    or _inside(own_place, host.location)
                )
            ):
                # The region told first (or its town of the same name: "in the Tahoua
                # region"), the town its statement names now.
                host.location = location
            if host.sub_event_type == "Peaceful protest" and mention.code == "ARREST":
                host.sub_event_type = "Protest with intervention"  # arrests met the crowd
            crowd = host.event_type in _CROWD_TYPES and ev.event_type in _CROWD_TYPES
            if (
                crowd
                and not mention.denied  # what a party denies doing is no worse reading
                and _CROWD_SEVERITY.index(ev.sub_event_type)
                < _CROWD_SEVERITY.index(host.sub_event_type)
                # Stones thrown at police in a riot told as a demonstration: still the
                # demonstration, not a mob's fight.
                and not (
                    host.sub_event_type == "Violent demonstration"
                    and ev.sub_event_type == "Mob violence"
                    and _FORCES_OF.match(ev.actor2 or "")
                )
            ):
                # One protest: ACLED codes it by the worst that happened ("two protesters were
                # shot dead by police" makes it excessive force).
                host.event_type, host.sub_event_type = ev.event_type, ev.sub_event_type
                if host.event_type == "Riots" and host.actor1 == PROTESTERS:
                    host.actor1 = RIOTERS  # "Some threw stones at the building": rioters now
            if (
                (
                    mention.anaphoric
                    or mention.about_told
                    or mention.perpetrators
                    or mention.toll
                    or mention.refers_to
                    or crowd
                    or continues
                )
                and (not mention.deed or vague)
                and ev.fatalities is not None
            ):
                # A claimant's own toll ("killed 25 soldiers") is its claim, not the event's,
                # unless the event had only a vague plural ("killing several civilians").
                # Another account's higher figure ("a local news site reported six bodies" after
                # "four people were killed") does not raise a figure told: ACLED keeps the most
                # conservative; it replaces a vague plural's default.
                boast = _BOAST.search(_toll_text(scope)) is not None
                if host.fatalities is None or vague:
                    host.fatalities = ev.fatalities
                    if boast:
                        boasted.add(id(host))
                elif id(host) in boasted and not boast and ev.fatalities < host.fatalities:
                    # "its fighters had killed 17 soldiers", then "the bodies of five
                    # volunteers": a side's count of the enemies it killed gives way to the
                    # lower count another account gives (ACLED's conservative figure).
                    host.fatalities = ev.fatalities
                    boasted.discard(id(host))
            if mention.died_later and host.fatalities is not None and not _vague_toll(host):
                # "one of the wounded had since died": the toll told, and one more.
                host.fatalities += mention.died_later
            # A side's own account of what its men did "in the area" names itself ("The Israeli
            # military said troops had apprehended suspects in the area").
            own_deed = mention.area and ev.actor1 is not None and ev.actor1 in speakers
            if (
                not (mention.perpetrators or mention.area) or mention.deed or own_deed
            ) and not mention.spoken_of:
                # Who fought "the attackers" off is no side of the attack they made, nor is
                # what another account says was hit ("a weapons depot of X in the area"), nor
                # who is named beside a statement about it ("confirmed the kidnapping").
                # "A bomb disposal team from the Nepal Army collected fragments": who came
                # after the blast is no side of it.
                responders = {ev.actor1, ev.actor2} if _RESPONDERS.search(sent.text) else set()
                _add_sides(host, ev, guessed | responders)
            continue
        if mention.front:
            continue  # the front's movement with nothing reported to restate: no event
        # "Gunmen also attacked a checkpoint": another target the same day is another event.
        another = _ALSO_STRUCK.search(sent.text) is not None
        same = None if another else next((e for e in events if _same_event(e, ev)), None)
        lead = (
            next((e for e in events if _details_lead(e, ev, doc_text(doc))), None)
            if same is None
            else None
        )
        if lead is not None:
            # Now the latest told: what follows may go on with it.
            events.remove(lead)
            events.append(lead)
            # The lead's summary told to the day and the place: one event.
            lead.date, lead.date_end, lead.time_precision = ev.date, ev.date_end, 1
            # Its place as the account tells it, unless coarser ("south-east of Manbij" in the
            # lead, "near the village of Abu Qalqal" in the account).
            if ev.location is not None and (
                lead.location is None
                or ev.location.geo_precision <= lead.location.geo_precision
                # "the department of Arauca" read as its capital, then "Puerto Jordán", a
                # hamlet in it: the hamlet.
                or _place_key(lead.location.name)
                in {_place_key(n) for n in (ev.location.admin1, ev.location.admin2) if n}
            ):
                lead.location = ev.location
            if ev.actor1 and ev.actor2:
                # Sides the lead did not name but were guessed from the article give way to
                # the two its account names.
                guessed_here = guessed_sides.get(id(lead), set()) - {None}
                lead.actor1 = None if lead.actor1 in guessed_here else lead.actor1
                lead.actor2 = None if lead.actor2 in guessed_here else lead.actor2
                if {lead.actor1, lead.actor2} - {None} <= {ev.actor1, ev.actor2}:
                    lead.actor1, lead.actor2 = ev.actor1, ev.actor2  # in the account's order
            if {ev.actor1, ev.actor2} == {lead.actor1, lead.actor2} and None not in (
                ev.actor1,
                ev.actor2,
            ):
                # The same two sides in the order the account tells them ("fighting between X
                # and Y", then "Y attacked X positions"): who attacked comes first.
                lead.actor1, lead.actor2 = ev.actor1, ev.actor2
            # A count told in the account outranks the lead's vague one ("killing several").
            toll = ev.fatalities if lead.fatalities is None or _vague_toll(lead) else None
            _fold_into(lead, ev)
            lead.fatalities = toll if toll is not None else lead.fatalities
            continue
        if (
            host is None
            and same is None
            and own_place is None
            and mention.area
            and ev.event_type in VIOLENT_TYPES
            and not _unknown_place(mention.sent, places)  # "in the village of Essakane"
            # "the mayor of occupied Horlivka said a drone had hit a bus stop in the city"
            and not any(mention.sent.start_char <= p.start < mention.sent.end_char for p in places)
        ):
            # "a roadside bomb struck a vehicle carrying army reinforcements to the area" after
            # an attack near Imam Wais: another event, at the place told before.
            told = next((e for e in reversed(events) if e.event_type in VIOLENT_TYPES), None)
            if told is not None:
                area_of.append((ev, told))  # placed once every account of it is read
        if same is None and own_place is None and _ACROSS_PLACES.search(scope.text):
            # "Clashes in several parts of the country last week left three people dead": a
            # summary over places, no event of one.
            continue
        if same is None:
            events.append(ev)
            if ev.fatalities is not None and _BOAST.search(_toll_text(scope)):
                boasted.add(id(ev))
            if mention.said_dated:
                said_dated.add(id(ev))
            guessed_sides[id(ev)] = guessed
            continue
        if ev.time_precision < same.time_precision:
            # The more precise date of the two mentions dates the event.
            same.date, same.date_end = ev.date, ev.date_end
            same.time_precision = ev.time_precision
        _fold_into(same, ev)
    events = _merge_crowds(events)
    _raise_tolls(doc, events)
    _tolls_told_after(doc, events, history, boasted)
    # After the tolls: a toll's sentence may name who is blamed ("said 14 people were
    # killed, and blamed the RSF").
    _blamed_doers(doc, events, actors)
    _both_sides_agreed(events)
    _clans_fought(events)
    for host in _dates_told_after(doc, events, times, published, places, actor_spans):
        # Dated and placed anew, the event may be one told as another before ("The strike hit
        # the market in X on Tuesday", a strike of its own, after the toll told on Thursday).
        # So is one told by the very sentence that dated it, however its place was read.
        told = {(x.start, x.end) for x in host.evidence}
        for other in [
            e
            for e in events
            if e is not host
            and (
                _same_event(host, e)
                or (
                    (e.evidence[0].start, e.evidence[0].end) in told
                    and e.event_type == host.event_type
                )
            )
        ]:
            toll = host.fatalities if not _vague_toll(host) else None
            _fold_into(host, other)
            # The account told first keeps its toll: another's higher figure does not raise it.
            host.fatalities = toll if toll is not None else host.fatalities
            events.remove(other)
    for ev, named, days in dated_from:
        # The event named may have been dated again since ("the attack happened on Tuesday").
        ev.date = named.date + dt.timedelta(days=days)
    for ev in events:
        _territory_taker(ev)
        if ev.event_type in _CROWD_TYPES and ev.actor2 == CIVILIANS:
            ev.actor2 = None  # arrests of the crowd told first: the crowd is actor1
        if (
            ev.sub_event_type
            in (
                "Protest with intervention",
                "Excessive force against protesters",
                "Violent demonstration",
            )
            and ev.actor2 is None
            and ev.location is not None
            and any(_POLICE_MET.search(e.text) for e in ev.evidence)
        ):
            # "Riot police moved in ... and detained 17", "Officers fired tear gas to clear the
            # road": the police of the country it happened in met the protest.
            ev.actor2 = force_name(ev.location.country, "police")
        # Once the accounts of one event are joined: the village one of them names, where the
        # event was placed near it ("The strike hit a house in Aita al-Shaab, in the Bint Jbeil
        # district" after "a Lebanese village near the border").
        at = next((unlisted_at[e.start] for e in ev.evidence if e.start in unlisted_at), None)
        if at is not None and (
            ev.location is None
            or (
                ev.location.country == at.country
                and (
                    ev.location.geo_precision >= at.geo_precision or _within_km(ev.location, at, 30)
                )
            )
        ):
            ev.location = at
        elif (
            at is not None
            and at.country == ev.location.country
            and at.geo_precision > ev.location.geo_precision >= 2
        ):
            # Read at its country, but the event was placed in a district: the village, at the
            # district's coordinates ("near Wajiroko" after "Damboa local government area").
            ev.location = ev.location.model_copy(
                update={"name": at.name, "geonames_id": None, "kind": at.kind}
            )
    for ev, told in area_of:
        if told.location is not None:
            ev.location = told.location
    # In text order: a lead told in detail was moved after the account that detailed it.
    events.sort(key=lambda e: min(x.start for x in e.evidence))
    for i, ev in enumerate(events, start=1):
        ev.id = f"ev{i}"
        if ev.sub_event_type == "Peaceful protest":
            # A peaceful march "days after the killing of a community leader" killed nobody
            # (one that left dead would be coded by what met it).
            ev.fatalities = None
    return events


# "The death toll rose to 32", "a security source put the toll at 42": a later or another
# count of the deaths of the violent event told before.
_TOLL_UPDATE = re.compile(
    r"\b(?:death )?toll\b[^.;]{0,30}?\b(?:rose|risen|climbed|increased|jumped|reached|grew)\b"
    r"[^.;]{0,20}?\bto\s+(?P<to>\d[\d,]*|[a-z]+)\b|\bput the (?:death )?toll at\s+"
    r"(?P<at>\d[\d,]*|[a-z]+)\b|\b(?:raised|revised|updated|bringing|brought|taking|took) the "
    r"(?:death )?toll to\s+"
    r"(?P<raised>\d[\d,]*|[a-z]+)\b"
    # "A sixth victim died in hospital": the toll is six.
    r"|\ba (?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:victim|person|"
    r"man|woman|child|soldier|officer|policeman|civilian|protester|inmate|passenger|worker)\b"
    r"(?:\s+[\w-]+){0,2}?\s+(?:had |has )?(?:since |later |subsequently |also )?died\b",
    re.IGNORECASE,
)
# What the outlet or a party has not confirmed: "but the army has not confirmed the death".
_UNCONFIRMED = re.compile(
    r"\b(?:not|n't|never)\s+(?:yet\s+)?(?:been\s+|be\s+)?(?:independently\s+)?(?:confirm|verif)"
    r"\w*|\bunconfirmed\b",
    re.IGNORECASE,
)
_NTH = {
    w: n
    for n, w in enumerate(
        "second third fourth fifth sixth seventh eighth ninth tenth".split(), start=2
    )
}


# "The army blamed the ELN", "Police blamed Fano extremists": who a source blames.
_BLAMED = re.compile(
    r"\b(?:blamed|blames|accused|accuses|attributed\s+(?:the\s+)?(?:[\w-]+\s+)?to|"
    # "the attackers, whom he identified as members of the Mobondo militia"
    r"identified\s+(?:them\s+|the\s+attackers\s+)?as(?:\s+(?:members|fighters)\s+of)?)\s+"
    r"(?:(?:a|one)\s+(?:faction|wing|unit|cell)\s+of\s+)?(?:the\s+)?(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A group that owns the deed: "The Pakistani Taliban ... said ... its fighters had planted the
# device", "claimed responsibility".
_OWNS_DEED = re.compile(
    r"[^.]{0,120}?\b(?:claimed (?:responsibility|the (?:attack|bombing|killing|ambush))|"
    r"said(?: that)?(?: in [^.]{0,60}?)?(?: that)? its (?:fighters|men|members|militants) had)\b",
    re.IGNORECASE,
)


def _blamed_doers(doc: Doc, events: list[Event], actors: list[Actor]) -> None:
    """An armed group a source blames, or that says it did it, in a sentence that tells no
    event of its own (or only the toll or a detail of one), right after a violent event whose
    doer is unknown, is that event's doer as the source tells it ("a drone loaded with
    explosives hit an army base ... The army blamed the ELN, which has made growing use of
    drones"; "The Pakistani Taliban said its fighters had planted the device")."""
    first = {(ev.evidence[0].start, ev.evidence[0].end) for ev in events}
    text = doc_text(doc)
    kinds = {a.name: a.kind for a in actors}
    for sent in doc.sents:
        span = (sent.start_char, sent.end_char)
        # Told as no event's own account: its toll or a detail of the event before is fine
        # ("The health ministry said 14 people were killed, and blamed the RSF").
        tellers = [ev for ev in events if any((e.start, e.end) == span for e in ev.evidence)]
        if span in first or len(tellers) > 1:
            continue
        blamed = [
            a.name
            for a in actors
            for s, _e in a.mentions
            if sent.start_char <= s < sent.end_char
            and kinds.get(a.name) == "armed group"
            and (
                _BLAMED.search(text, max(sent.start_char, s - 40), s)
                or (s - sent.start_char <= 20 and _OWNS_DEED.match(text, s, sent.end_char))
            )
        ]
        if tellers:
            host = tellers[0]
            if host.event_type in VIOLENT_TYPES and host.actor1 is None and blamed:
                host.actor1 = blamed[0]
            continue
        before = [ev for ev in events if ev.evidence[0].end <= sent.start_char]
        if not blamed or not before:
            continue
        host = max(before, key=lambda ev: ev.evidence[-1].end)
        # Right after what was told of it so far (its account may go on after this sentence).
        told = host.model_copy(
            update={"evidence": [e for e in host.evidence if e.end <= sent.start_char]}
        )
        if host.event_type in VIOLENT_TYPES and host.actor1 is None and _right_after(told, sent):
            host.actor1 = blamed[0]


def _merge_crowds(events: list[Event]) -> list[Event]:
    """One protest or riot per place and day: two accounts of a crowd that became alike only as
    what met them was told ("thousands began marching" and "police fired tear gas", after the
    lead told the shooting) are one event."""
    kept: list[Event] = []
    for ev in events:
        same = next((k for k in kept if ev.event_type in _CROWD_TYPES and _one_crowd(k, ev)), None)
        if same is None:
            kept.append(ev)
            continue
        if _CROWD_SEVERITY.index(ev.sub_event_type) < _CROWD_SEVERITY.index(same.sub_event_type):
            # Coded by the worst that happened to it ("marched", then "police fired live rounds").
            same.event_type, same.sub_event_type = ev.event_type, ev.sub_event_type
        _fold_into(same, ev)
    return kept


def _one_crowd(a: Event, b: Event) -> bool:
    """Two accounts of one crowd: protests at one named town on one day, however each account
    read what met it ("crowds marched through the business district", "officers fired tear
    gas", "police fired live rounds"). A riot there is another event (looting by youths, a
    lynching), as ACLED codes it."""
    if a.event_type != "Protests" or b.event_type != "Protests":
        return _same_event(a, b)
    if a.location is None or b.location is None or a.location.geo_precision > 1:
        return _same_event(a, b)
    return a.location.name == b.location.name and a.date == b.date


def _fold_into(same: Event, ev: Event) -> None:
    """Make `ev` part of the event it restates: its evidence, the larger toll (never the sum)
    and the sides `same` lacks."""
    same.evidence.extend(ev.evidence)
    if ev.fatalities is not None:
        same.fatalities = max(same.fatalities or 0, ev.fatalities)
    _add_sides(same, ev)


def _fellow_forces(a: str, b: str | None, kinds: dict[str, str], location: Location | None) -> bool:
    """Whether two state forces may be one state's ("Military Forces of Mexico" and the
    "National Guard"): no two sides of a battle, unless one is known to be foreign."""
    if b is None or kinds.get(a) != "state forces" or kinds.get(b) != "state forces":
        return False
    country = location.country if location is not None else None
    return domestic_forces(a, country) is not False and domestic_forces(b, country) is not False


def _territory_taker(ev: Event) -> None:
    """A change of control coded by who took the place (ACLED): a country's own forces regain
    territory, another state's forces overtake it. Who an armed group is does not decide:
    the cue does ("recaptured" the town it had lost)."""
    if ev.sub_event_type not in TERRITORY_SUBTYPES or ev.actor1 is None or ev.location is None:
        return
    own = domestic_forces(ev.actor1, ev.location.country)
    if (
        ev.sub_event_type == "Government regains territory"
        and own is not True
        and domestic_forces(ev.actor2, ev.location.country) is True
    ):
        # "troops had recaptured a hilltop base", the rebels named first by their denial: the
        # state's forces took it back.
        ev.actor1, ev.actor2 = ev.actor2, ev.actor1
        return
    if own is True:
        ev.sub_event_type = "Government regains territory"
    elif own is False:
        ev.sub_event_type = "Non-state actor overtakes territory"


# The sides of a fight told before, as a subject: "the two sides were fighting over the lease".
_SIDES_TOLD = re.compile(
    r"\b(?:the two sides|both sides|the two (?:groups|camps|factions))\s+"
    r"(?:were\s+|had\s+been\s+|have\s+been\s+)?$",
    re.IGNORECASE,
)
# An event told again as one of its kind: "It was the second such protest this month".
_SUCH_ONE = re.compile(r"\b(?:the|a|another)\s+(?:[a-z]+\s+)?such\s+[a-z]+", re.IGNORECASE)
# Another account's count of the dead of an event told: "gave a lower toll", "a revised toll".
_ANOTHER_TOLL = re.compile(
    r"\b(?:gave|put out|issued|released) (?:a|an) (?:\w+ )?(?:death )?toll\b|"
    r"\b(?:lower|higher|different|revised|updated) (?:death )?toll\b",
    re.IGNORECASE,
)
_REPORTS_OF = re.compile(r"\b(?:received|had|has)\s+reports\s+of\b", re.IGNORECASE)
# Forces going after an attack's doers: "engaged the kidnappers", "pursued the attackers".
_WENT_AFTER = re.compile(r"(?:engag|pursu|track|chas|hunt)\w*\b", re.IGNORECASE)
# Where those harmed were harmed: "the three soldiers killed at Masagawa".
_HARMED_AT = re.compile(r"\b(?:killed|wounded|injured) (?:at|in|near) ([A-Z][\w'’-]+)")
# Those an event already told killed or hurt, spoken of again.
_THOSE_HARMED = re.compile(
    r"\b(?:those|the people|the victims)\s+(?:killed|wounded|injured|hurt|dead)\b"
    # "All of those detained were released by evening": the arrests told.
    r"|\b(?:of\s+)?those\s+(?:detained|arrested|held)\b"
    # "the seven had first been detained by militiamen": people told before, by their count.
    r"|\bthe\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+"
    r"(?:had|have|were|was)\b"
    # "the funerals of the three soldiers killed at Masagawa"
    r"|\bthe\s+(?:\w+\s+)?(?:people|soldiers|civilians|men|women|children|fighters|passengers|"
    r"villagers|officers|policemen|troops|militants)\s+(?:killed|wounded|injured)"
    r"(?=\s+(?:at|in|on|during|by|when|last)\b)"
    # "said it had received six wounded soldiers": a hospital's intake of an event's wounded
    # (not bodies: "had received the bodies of five civilians" may be all a reprisal is told by)
    r"|\b(?:received|admitted|treated|treating|receiving)\s+(?:\w+\s+){0,2}?(?:wounded|injured)\b"
    # "two bodies and three wounded fighters were brought in": a hospital's intake.
    r"|\b(?:bodies|wounded|injured)\b[^.]{0,40}?\b(?:were|was)\s+(?:brought|taken|rushed)\s+"
    r"(?:in|to)\b"
    # "The mayor confirmed the number of people abducted": a figure of the event told.
    r"|\bthe\s+(?:number|names|identities)\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:people|persons|"
    r"villagers|civilians|passengers|students|soldiers|victims|hostages|captives)\s+"
    r"(?:killed|wounded|injured|abducted|kidnapped|taken|seized|detained|arrested)\b",
    re.IGNORECASE,
)


# A settlement the text names by its kind: "the coastal village of Maungmagan".
_CALLED_SETTLEMENT = re.compile(
    r"\b(?:village|town|hamlet|settlement|locality) of [A-Z]|\b[A-Z][\w'’-]+ (?:village|town)\b"
)


# A force's men hit by what went off: "a soldier lost his right foot when he stepped on a mine".
_MEN_HIT = re.compile(
    r"\b(?:soldiers?|troops|policem[ae]n|police officers?|servicem[ae]n|rangers?|guards?)\b"
    r"[^.]{0,40}?\b(?:stepped on|lost (?:his|her|their|a|both)|were wounded|was wounded|"
    r"were injured|was injured|were killed|was killed)\b",
    re.IGNORECASE,
)


# A side's count of the enemies it killed: "its fighters had killed 17 soldiers", "had
# neutralised about fifteen assailants".
_BOAST = re.compile(
    r"\b(?:its|their|our)\s+(?:own\s+)?(?:fighters|forces|troops|men|soldiers|units)\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:killed|neutrali[sz]ed|eliminated)\b"
    r"|\b(?:neutrali[sz]ed|eliminated)\b",
    re.IGNORECASE,
)


# A deal made before, as it stands now: "the ceasefire is holding", "the truce has held".
_STANDING_DEAL = re.compile(
    r"\b(?:ceasefire|cease-fire|truce|deal|agreement|accord)\s+(?:is|was|has been|had been|"
    r"remains|remained)\s+(?:(?:largely|still|broadly)\s+)?(?:holding|fragile|in place|in force)"
    r"|\b(?:ceasefire|cease-fire|truce)\s+(?:holds|has held|had held)\b"
    # "the strikes violate the truce, which also required Israeli troops to withdraw": the
    # terms or breach of a deal made before.
    r"|\bviolat\w*\s+(?:the|a|its|their)\s+(?:[\w-]+\s+)?(?:ceasefire|cease-fire|truce|deal|"
    r"agreement|accord)\b"
    r"|\b(?:ceasefire|cease-fire|truce|deal|agreement|accord),?\s+which\s+(?:also\s+)?"
    r"(?:required|requires|obliged|obliges|called for|calls for|provided for|provides for)\b",
    re.IGNORECASE,
)


# Looking into an event: "investigating the killing of", "probing the attack".
_INVESTIGATING = re.compile(
    r"\b(?:investigat\w+|prob(?:e|es|ed|ing)|looking into)\s+(?:the\s+)?(?:killings?|murders?|"
    r"deaths?|attack|shooting|abduction|kidnapping)\b",
    re.IGNORECASE,
)


# Many places at once: "in several parts of the country", "across the country", "nationwide".
_ACROSS_PLACES = re.compile(
    r"\b(?:across|throughout|(?:in|around) (?:several|many|various|other) (?:parts|areas|"
    r"regions|corners) of) the country\b|\bnationwide\b|\bin (?:several|many|various|dozens "
    r"of) (?:cities|towns)\b",
    re.IGNORECASE,
)


# The two sides of the fighting told before, named together: "both sides had agreed".
_BOTH_SIDES = re.compile(r"\b(?:both sides|the two sides|the two (?:armed )?groups)\b", re.I)


def _both_sides_agreed(events: list[Event]) -> None:
    """An agreement "both sides" made is between the two sides of the armed clash told before
    it ("That evening, the council said both sides had agreed to a ceasefire"), or the side
    named and the one it fought."""
    for i, ev in enumerate(events):
        if ev.sub_event_type != "Agreement" or ev.actor2:
            continue
        if not _BOTH_SIDES.search(ev.evidence[0].text):
            continue
        if ev.actor1 is None:
            fought = [e for e in events[:i] if e.event_type == "Battles" and e.actor1 and e.actor2]
            if fought:
                ev.actor1, ev.actor2 = fought[-1].actor1, fought[-1].actor2
            continue
        # One side named ("elders from the Tebu ... said both sides had agreed"): the other is
        # the side it fought.
        fought = [e for e in events[:i] if e.event_type == "Battles" and (e.actor1 or e.actor2)]
        others = [a for a in (fought[-1].actor1, fought[-1].actor2) if a] if fought else []
        ev.actor2 = next((a for a in others if a != ev.actor1), None)


# Two sides that fought each other, men killed on either: "a gunfight between two rival
# families", "clashes between rival clans".
_TWO_ARMED_SIDES = re.compile(
    r"\b(?:gunfight|gun battle|shootout|clash(?:es)?|fighting|feud)\s+between\s+(?:two\s+)?"
    r"(?:rival\s+)?(?:[\w-]+\s+)?(?:families|clans|tribes|factions|gangs|militias)\b"
    # "two clans involved in a long-running feud ... exchanged fire"
    r"|\btwo\s+(?:rival\s+)?(?:families|clans|tribes)\b[^.;]{0,80}?\b(?:exchanged fire|"
    r"clashed|fought)\b",
    re.IGNORECASE,
)


_CLANS = re.compile(r"\b(?:(?:sub-)?clans?|families|(?P<tribes>tribes))\b", re.IGNORECASE)


def _clans_fought(events: list[Event]) -> None:
    """A clash its first account tells as between two clans or families ("a gunfight between
    two rival families", "fighting between militias from two sub-clans") is between clan
    militias on both sides, as ACLED codes it ("Communal Militia" for tribes), whatever sides
    the article suggested."""
    for ev in events:
        if ev.sub_event_type != "Armed clash":
            continue
        first = ev.evidence[0].text
        fight = _TWO_ARMED_SIDES.search(first)
        kin = _CLANS.search(first, fight.start()) if fight is not None else None
        if kin is not None:
            ev.actor1 = ev.actor2 = "Communal Militia" if kin.group("tribes") else "Clan Militia"


# Two crowds at each other: "clashes between local youths and sub-Saharan migrants".
_CROWDS_BETWEEN = re.compile(r"\bclash(?:es|ed)? between\b[^.;]{1,60}?\band\b", re.IGNORECASE)


def _raise_tolls(doc: Doc, events: list[Event]) -> None:
    """A sentence that raises the death toll, and tells no event of its own, gives the latest
    violent event before it its larger toll (ACLED keeps the latest count of one event). A
    toll another source puts at a figure gives the event a toll only when it has none."""
    told = {(e.start, e.end) for ev in events for e in ev.evidence}
    for sent in doc.sents:
        if (sent.start_char, sent.end_char) in told:
            continue
        update = _TOLL_UPDATE.search(sent.text)
        more = _died_later(sent.text)
        if (more or (update and update.group("nth"))) and _UNCONFIRMED.search(sent.text):
            # "a fourth soldier died of his wounds, but the army has not confirmed the death":
            # ACLED keeps the toll confirmed.
            continue
        if update is None and not more:
            continue
        # The latest violent event told before it.
        host = next(
            (
                ev
                for ev in reversed(events)
                if ev.event_type in VIOLENT_TYPES and ev.evidence[0].start < sent.start_char
            ),
            None,
        )
        if host is None:
            continue
        if update is None:
            if more and read_fatalities(sent.text) in (None, more):
                # "On Friday it said two injured inmates had died in hospital": the toll told,
                # and two more. Not "11 had died, after two of the wounded succumbed": a toll
                # of its own.
                if host.fatalities is not None and not _vague_toll(host):
                    host.fatalities += more
                    host.evidence.append(
                        Evidence(start=sent.start_char, end=sent.end_char, text=sent.text)
                    )
            continue
        word = update.group("to") or update.group("at") or update.group("raised") or ""
        toll = _NTH.get((update.group("nth") or "").lower()) or to_number(word)
        if toll is None or word.lower() in VAGUE_COUNTS:
            continue  # "the toll rose to dozens": no figure
        if not (update.group("at") and host.fatalities is not None and not _vague_toll(host)):
            # "a war monitor put the toll at six" after "killed at least five" is another
            # source's count, and ACLED keeps the more conservative one; after "killing dozens"
            # it is the figure.
            host.fatalities = max(host.fatalities or 0, toll)
        host.evidence.append(Evidence(start=sent.start_char, end=sent.end_char, text=sent.text))


# Strategic developments that kill no one.
_HARMLESS = frozenset(
    {"Agreement", "Change to group/activity", "Headquarters or base established",
     "Non-violent transfer of territory"}
)  # fmt: skip
# A side told as militiamen, not as any state's force.
_MILITIAMEN = re.compile(r"\bmilitia(?:men|s)\b", re.IGNORECASE)
_RIVALS = re.compile(
    r"\brival\s+(?:[\w-]+\s+)?(?:gunmen|gangs?|factions?|groups?|clans?|tribes?|militias?|"
    r"cartels?|fighters)\b"
    # "gunmen from two families exchanged fire", "members of two clans"
    r"|\b(?:from|of|between)\s+two\s+(?:rival\s+|neighbou?ring\s+)?(?:families|clans|tribes|"
    r"communities|neighbou?rhoods|villages|lineages|sub-clans)\b",
    re.IGNORECASE,
)
_EACH_OTHER = re.compile(r"\b(?:each other|one another)\b")
# Crowds of a party fighting: "supporters of two rival groups ... clashed".
_PARTY_FIGHT = re.compile(rf"\bclash(?:ed|es)\b|\brival\b|{_EACH_OTHER.pattern}")
_FIREARMS = re.compile(
    r"\b(?:firearms?|guns?|rifles?|gunfire|gunshots?|shot|shooting|pistols?)\b", re.IGNORECASE
)
# A side the sentence leaves unnamed: "clashed with an armed group", "attacked by unidentified
# gunmen".
_UNNAMED_SIDE = re.compile(
    r"\b(?:with|against|by)\s+(?:an?|unidentified|unknown)\s+(?:(?!group\b)[\w-]+\s+){0,2}?"
    r"(?:armed group|group of (?:gunmen|armed men)|criminal (?:gang|group)|gunmen|armed men)\b",
    re.IGNORECASE,
)
# A state's soldiers or police, or their posts, named as a side: "a military base", "soldiers".
# In lower case: "Army" in "the Syrian National Army" is a word of a group's name.
_MILITARY_SIDE = re.compile(r"\b(?:army|military|[Ss]oldiers?|[Tt]roops|barracks|garrison)\b")
_POLICE_SIDE = re.compile(r"\b(?:[Pp]olice|[Pp]olicem[ae]n)\b")


# What a crowd did to a force's post or men: "set fire to part of a police post", "stoned a
# police patrol".
_FORCE_HIT = re.compile(
    r"\b(?:set fire to|torched|burned|burnt|attacked|stormed|stoned|pelted|ransacked|"
    r"threw stones at|hurled stones at)\s+"
    r"(?:part of\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:police|army|military|gendarmerie)\s+"
    r"(?:post|station|patrol|vehicle|car|truck|base|camp|officers|checkpoint)s?\b",
    re.IGNORECASE,
)


# A force's vehicle hit by a bomb: "a military truck", "an army convoy", "a police van".
_FORCE_VEHICLE_HIT = re.compile(
    r"\b(?:military|army|police|gendarmerie|customs|border|security forces'?) (?:truck|vehicle|"
    r"convoy|patrol|van|pickup|jeep|bus)s?\b"
    # "a vehicle carrying army reinforcements"
    r"|\b(?:truck|vehicle|convoy|van|pickup|bus)s? (?:carrying|transporting) (?:[\w-]+ ){0,2}"
    r"(?:troops|soldiers|policemen|officers|reinforcements|personnel)\b",
    re.IGNORECASE,
)


# A force's post struck from the air or by shells: "dropped an explosive charge on a military
# post", "shells hit an army base".
_STRUCK_AT = r"\b(?:on|at|hit|struck|targeted|into)\s+"
_FORCE_SITE_HIT = re.compile(
    rf"{_STRUCK_AT}(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:military|army|police)\s+(?:post|base|camp|station|positions?|checkpoint|barracks)\b",
    re.IGNORECASE,
)


# The words before a named force's post struck: "on another Shabwa Defence Forces checkpoint".
_SITE_BEFORE = re.compile(rf"{_STRUCK_AT}(?:an?|the|another)\s+$")
_SITE_AFTER = re.compile(
    r"\s+(?:checkpoints?|posts?|base|camp|positions?|convoy|patrol|vehicles?|barracks)\b"
)


def _site_of(name: str, actors: list[Actor], sent: Span) -> bool:
    """Whether the sentence names the group `name` only as the owner of what was hit ("on
    another Shabwa Defence Forces checkpoint")."""
    text = doc_text(sent.doc)
    spans = [
        (s, e)
        for a in actors
        if a.name == name
        for s, e in a.mentions
        if sent.start_char <= s < sent.end_char
    ]
    return bool(spans) and all(
        _SITE_BEFORE.search(text, max(sent.start_char, s - 20), s) and _SITE_AFTER.match(text, e)
        for s, e in spans
    )


def _state_side_named(name: str, kinds: dict[str, str], text: str) -> bool:
    """Whether a sentence names the state force `name` by its kind of people or posts: the
    police by police words, the military by the army's."""
    if kinds.get(name) != "state forces":
        return False
    police = name.startswith("Police")
    return bool((_POLICE_SIDE if police else _MILITARY_SIDE).search(text)) or bool(
        _SECURITY_POST.search(text)
    )


# A post of the state's that may be either force's: "attacked a security post at Diboli".
_SECURITY_POST = re.compile(r"\b(?:security|border|customs)\s+(?:post|checkpoint)s?\b")


# A raid on where civilians live, work or shelter: "a raid on a fishing village", "gunmen
# raided a site for displaced people".
_CIVILIAN_PLACE = (
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:village|hamlet|settlement|market|church|mosque|"
    r"farm|homes?|houses?|(?:camp|site|settlement) for (?:the )?displaced|displacement camp)\b"
)
# "raided Salama, a village near Mkunumbi": a village by its name, glossed.
_NAMED_VILLAGE = (
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:village|hamlet)\b"
)
_CIVILIAN_RAID = re.compile(
    rf"\b(?:(?:raid|attack|assault)s?\s+on|(?:raid|attack|storm)(?:ed|ing))\s+"
    rf"(?:{_CIVILIAN_PLACE}|(?-i:{_NAMED_VILLAGE}))",
    re.IGNORECASE,
)


def _raid_on_civilians(sent: Span) -> bool:
    """Whether a sentence tells a raid on a village, camp or market whose dead (if it tells
    any) are people or civilians, with no soldiers or police among them or named beside
    them."""
    text = sent.text
    # "gunmen raided Salama, a village near Mkunumbi": no one told killed yet, an attack on
    # the village all the same.
    unharmed = read_fatalities(text) is None and not armed_victims(sent)
    return (
        _CIVILIAN_RAID.search(text) is not None
        and (civilian_victims(sent) or unharmed)
        and not (_MILITARY_SIDE.search(text) or _POLICE_SIDE.search(text))
    )


# "One of the wounded soldiers had since died", "two of the injured died on Wednesday night".
_DIED_LATER = re.compile(
    r"(?:\b(?P<n>one|two|three|four|five|\d+) (?:of the (?:wounded|injured)\b|(?:more|wounded|"
    r"injured)\b(?=(?:\s+[\w-]+){0,2}?\s+(?:had |have )?(?:since |later |subsequently )?died\b))"
    r"|\banother (?:(?:wounded|injured) )?(?=(?:victim|person|man|woman|child|soldier|officer|"
    r"policeman|civilian|inmate|passenger|worker)\b))"
    r"(?:\s*[\w-]+){0,2}?\s+(?:had |has |have )?(?:since |later |subsequently |also )?"
    r"(?:died|succumbed)\b",
    re.IGNORECASE,
)


def _died_later(text: str) -> int:
    """How many of an event's wounded a sentence says died since ("one of the wounded soldiers
    had since died at a hospital"), 0 if none; not when it gives the new toll itself
    ("bringing the toll to nine"), which the toll update reads."""
    m = _DIED_LATER.search(text)
    if m is None or _TOLL_UPDATE.search(text):
        return 0
    if m.group("n") is None:
        return 1  # "another inmate died"
    return to_number(m.group("n")) or 0


def _vague_toll(ev: Event) -> bool:
    """Whether an event's toll is only a vague plural's default ("killing dozens" is 12)."""
    counts = [read_toll(e.text) for e in ev.evidence]
    return all(not c[1] for c in counts if c is not None)


def _cue_words(doc: Doc, sent: Span, cue: Cue, token: Token) -> tuple[Token, Token]:
    """A cue's first and last words ("killed" of "killed and 31 wounded, most of them women",
    where the parse roots the cue's words elsewhere; "attacked" of "armed men who ...
    attacked"), or its trigger token twice when its words make no span."""
    span = doc.char_span(
        sent.start_char + cue.start, sent.start_char + cue.end, alignment_mode="expand"
    )
    return (token, token) if span is None or len(span) == 0 else (span[0], span[-1])


# Nouns of a violent event or a protest, as a time or a date is told from them.
_EVENT_WORDS = (
    r"attack|ambush|raid|strike|airstrike|bombing|blast|explosion|assault|massacre|killings?|"
    r"kidnapping|abduction|clash(?:es)?|shelling|protest"
)
# What people are held for: "suspected of taking part in a gunfight between two families".
_HELD_FOR = re.compile(
    r"\b(?:suspected|accused)\s+of\s+(?:taking part in|involvement in|being involved in|"
    r"carrying out|having carried out|participating in|organi[sz]ing)\b[^,;.]*",
    re.IGNORECASE,
)
# A clause after a day's distance, the event before it told as a time: ", a day after Armenia
# said ...", ", two days after gunmen killed ...".
_DAYS_AFTER_CLAUSE = re.compile(
    r",\s+(?:a|one|two|three|four|five)\s+days?\s+after\s+(?!the\b|that\b|this\b|a\b|an\b)"
    r"[A-Za-z]",
    re.IGNORECASE,
)
# A time told from an event named before: "two days before the ambush", "a week after the
# attack".
_ANCHORED = re.compile(
    r"\b(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|several)\s+"
    r"(?P<unit>days?|weeks?|hours?)|(?P<hours>hours))\s+(?P<dir>before|after|prior to|"
    r"earlier than)\s+"
    rf"(?:the|that|this)\s+(?:[\w-]+\s+){{0,2}}?(?:{_EVENT_WORDS})\b",
    re.IGNORECASE,
)


# A place named as a part of the one told before: "the city's Kyivskyi district".
_PART_OF_TOLD = re.compile(r"\bthe (?:city|town|capital|village)['’]s\s+$", re.IGNORECASE)
# Where and when an event told happened: "The clashes took place in a rural area near X".
# Verbs that tell when or where an event took place.
_OCCURRED = r"took place|happened|occurred"
_TOOK_PLACE = re.compile(rf"\s+(?:{_OCCURRED}|unfolded|broke out|erupted|flared)\b", re.IGNORECASE)
# The ACLED event type an event noun names, where it names one.
_NOUN_KINDS = {
    "strike": "Explosions/Remote violence",
    "airstrike": "Explosions/Remote violence",
    "bombing": "Explosions/Remote violence",
    "blast": "Explosions/Remote violence",
    "explosion": "Explosions/Remote violence",
    "shelling": "Explosions/Remote violence",
    "clash": "Battles",
    "ambush": "Battles",
    "protest": "Protests",
}


def _noun_kind(noun: str) -> str | None:
    """The ACLED event type an event noun names ("clashes" Battles), if it names one."""
    word = noun.lower()
    for form in (word, word.removesuffix("es"), word.removesuffix("s")):
        if form in _NOUN_KINDS:
            return _NOUN_KINDS[form]
    return None


# A place named as a neighbourhood ("in the al-Rawdah neighbourhood"): a part of a town, which
# the gazetteer may not know to be in the one told before.
_NEIGHBOURHOOD = re.compile(r"\s+(?:neighbou?rhood|quarter)\b", re.IGNORECASE)
# The kind of event a time is told from.
_EVENT_NOUN = re.compile(rf"\b(?:{_EVENT_WORDS})", re.IGNORECASE)
# An event told before, said to have come after this sentence's: "The shelling came a day after
# heavy fighting", "The strike followed two days of clashes".
_CAME_AFTER = re.compile(
    r"\b(?:came|comes|followed|follows)\s+(?:(?P<span>after)\s+)?(?P<n>a|an|one|two|three|four|"
    r"five|six|seven|\d+)\s+(?P<unit>days?|weeks?)\s+(?P<dir>after|of)\b",
    re.IGNORECASE,
)


_FOLLOWED = re.compile(
    r"^\W*(?:The|This|That|Its|[A-Z]\w+day's)\s+(?:[\w-]+\s+){0,2}?(?:came|comes|followed|"
    r"follows)\s+(?:(?:just|only|shortly|soon)\s+)?(?:after\s+|on the heels of\s+)?(?=the\s)"
)


# "A day later", "two days later": days counted from the event told before.
_DAYS_LATER_WORDS = r"\W*(?P<days>a|one|two|three)\s+days?\s+later\b"
# A sentence told as hours after the event before it: "Hours later, soldiers returned", "Later
# that day, ...". With no date of its own, it happened on that event's day.
_HOURS_LATER = re.compile(
    r"\W*(?:(?:a few|several|two|three|some)\s+)?(?:hours|minutes|moments)\s+later\b|"
    r"\W*later\s+(?:that|the same)\s+(?:day|night|evening|afternoon|morning)\b"
    # "A day later, armed men stopped a minibus": the day after the event told before.
    rf"|{_DAYS_LATER_WORDS}",
    re.IGNORECASE,
)
# "A day later" as a sentence's one time: no weekday of its own told after it.
_DAYS_LATER = re.compile(
    rf"{_DAYS_LATER_WORDS}(?![^.]*\b(?:on|late on|early on)\s+(?-i:[A-Z]))", re.IGNORECASE
)


_YEARS_AFTER = re.compile(
    r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+"
    r"(?:years?|decades?)\s+(?:after|since)\b",
    re.IGNORECASE,
)


def _anchor_days(m: re.Match[str]) -> int:
    """The days an anchored time lies from its event: negative before it, positive after ("came
    a day after heavy fighting" puts the fighting a day before the event it names; "came after
    two days of heavy fighting", the eve of it; "hours later", its day)."""
    if m.re is _HOURS_LATER:
        return (to_number(m.group("days")) or 1) if m.group("days") else 0
    if m.re is _CAME_AFTER and m.group("dir").lower() == "of":
        return -1
    if m.groupdict().get("hours") or m.group("unit").lower().startswith("hour"):
        return 0  # "hours before the air strike": its day
    n = to_number(m.group("n")) or 1
    days = n * (7 if m.group("unit").lower().startswith("week") else 1)
    after = m.group("dir").lower() == "after" and m.re is not _CAME_AFTER
    return days if after else -days


# "The attack happened on Tuesday morning", "The strikes, carried out on Saturday afternoon,":
# when the event told before took place.
_HAPPENED = re.compile(
    rf"\bthe (?:[\w-]+ )?(?:{_EVENT_WORDS}|fighting)s?(?:\s+(?:{_OCCURRED}|began|started|"
    r"(?:was|were) (?:carried out|launched|conducted)|struck|hit)|,\s+(?:carried out|launched|"
    r"conducted))\b",
    re.IGNORECASE,
)


# The doers of the event told, arriving or striking: "The attackers arrived on motorcycles".
_DOERS_CAME = re.compile(
    r"\b[Tt]he (?:[\w-]+ )?(?:attackers|gunmen|assailants|raiders|kidnappers|abductors)"
    # an aside between: "The attackers, whom residents described as bandits, arrived"
    r"(?:,[^,.]{1,60},)?\s+"
    r"(?:had\s+)?(?:arrived|came|rode|entered|stormed|swept|struck|opened fire)\b"
)


def _dates_told_after(
    doc: Doc,
    events: list[Event],
    times: list[DateRef],
    published: dt.date,
    places: list[Place],
    actor_spans: list[tuple[int, int]],
) -> list[Event]:
    """A sentence telling when the event before it took place ("the ministry said the attack
    happened on Tuesday morning", "The strike hit the market in Jiga around midday on Tuesday")
    dates that event, when its own date was only the day its report was made ("a health worker
    said on Thursday"), and places it where it names a place within the event's. Returns the
    events dated anew."""
    redated: list[Event] = []
    firsts = {ev.evidence[0].start for ev in events}
    for sent in doc.sents:
        happened = _HAPPENED.search(sent.text)
        # "The attackers arrived on motorcycles at Kallah ... late on Tuesday": the doers of
        # the event told, in a sentence that tells no event of its own.
        doers = _DOERS_CAME.search(sent.text) if sent.start_char not in firsts else None
        happened = happened or doers
        if happened is None:
            continue
        own = [
            t
            for t in times
            if sent.start_char <= t.start < sent.end_char
            and t.date is not None
            and not _dates_statement(doc, t)
        ]
        before = [ev for ev in events if ev.evidence[0].start < sent.start_char]
        if not own or not before or before[-1].event_type not in VIOLENT_TYPES:
            continue
        host = before[-1]
        # Dated only by its report, or to no day (a lead's "this week").
        if not _said_dated(doc, host.evidence[0], times) and host.time_precision < 2:
            continue
        date, date_end, precision = date_for_span(doc, own[0].start, own[0].end, times, published)
        if date is not None and date <= host.date:
            host.date, host.date_end, host.time_precision = date, date_end, precision
            redated.append(host)
            span = (sent.start_char, sent.end_char)
            if all((e.start, e.end) != span for e in host.evidence):
                host.evidence.append(Evidence(start=span[0], end=span[1], text=sent.text))
            trigger = (sent.start_char + happened.start(), sent.start_char + happened.end())
            sent_places = [p for p in places if sent.start_char <= p.start < sent.end_char]
            place = _best_place(doc, sent_places, trigger)
            if place is not None and host.location is not None:
                # Within the event's place as told (the region it named holds this place), or
                # its first account named none ("flattened a house in a Lebanese village near
                # the border" ... "The strike hit a house in Aita al-Shaab, in the Bint Jbeil
                # district").
                location = to_location(place, near=placed_near(doc, place))
                holders = {n for n in (location.admin1, location.admin2) if n}
                # "at Kallah, in Kajuru Local Government Area": the village the list lacks.
                location = _at_unlisted(doc, sent, places, actor_spans, place, location) or location
                first = host.evidence[0]
                unplaced = not any(
                    first.start <= p.start < first.end
                    and p.kind != "country"
                    and not _is_dateline(doc_text(doc), p)
                    for p in places
                )
                if unplaced or (
                    location.geo_precision < host.location.geo_precision
                    and host.location.name in holders
                ):
                    host.location = location
    return redated


def _undated_lead(
    doc: Doc, events: list[Event], ev: Event, own_place: Place | None, times: list[DateRef]
) -> Event | None:
    """The lead's event that `ev`, dated and of its type, tells in full, when the lead's first
    event gave no day and no other event of the type was told: the lead sums up what the
    article then recounts ("Two young men were killed in Ziguinchor during street clashes" ...
    "In Ziguinchor, youths put up barricades on Thursday afternoon and pelted police")."""
    same = [e for e in events if e.event_type == ev.event_type]
    if len(same) != 1 or ev.date is None or same[0] is not events[0]:
        return None
    lead = same[0]
    if lead.sub_event_type != ev.sub_event_type and lead.event_type not in _CROWD_TYPES:
        return None  # a roadside bomb is no shelling the lead told
    first = lead.evidence[0]
    if "\n\n" in doc_text(doc)[: first.start].strip() or lead.date is None:
        return None
    if any(first.start <= t.start < first.end and t.date is not None for t in times):
        return None  # dated by its own words
    if ev.date > lead.date:
        return None
    if own_place is not None and not _place_within(own_place, lead.location):
        return None
    return lead


def _setting(
    doc: Doc, sent: Span, times: list[DateRef], events: list[Event]
) -> tuple[dt.date, Span] | None:
    """The sentence right before `sent`, in its paragraph, with the one day it names for what
    happened (not for a statement), when no event was read from it: the scene it set for
    `sent`'s event."""
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if "\n\n" in doc_text(doc)[before.end_char : sent.start_char] or any(
        before.start_char <= x.start < before.end_char for e in events for x in e.evidence
    ):
        return None
    days = [
        t
        for t in times
        if before.start_char <= t.start < before.end_char
        and t.date is not None
        and t.precision == "day"
        and not _dates_statement(doc, t)
    ]
    return (days[0].date, before) if len(days) == 1 and days[0].date else None


def _said_dated(doc: Doc, evidence: Evidence, times: list[DateRef]) -> bool:
    """Whether every dated time expression of an evidence sentence dates a statement in it
    ("said on Thursday that ...", "claimed responsibility on Sunday"), not what happened."""
    own = [
        t
        for t in times
        if evidence.start <= t.start < evidence.end and t.date is not None and not _hour_only(t)
    ]
    return bool(own) and all(_dates_statement(doc, t) for t in own)


_DAY_WORDS = re.compile(
    rf"\b{_DAY_NAME}|\b(?:today|tonight|yesterday)\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,2}/\d",
    re.IGNORECASE,
)


# People described by what was done to them, then when: "the release of three young men
# detained a day earlier" dates their detention, not the gathering the sentence tells.
_OF_PEOPLE_HARMED = re.compile(
    r"\b(?:men|women|people|youths?|boys|girls|children|villagers|residents|protesters|"
    r"activists|students|members|soldiers|hostages)\s+(?:detained|arrested|killed|abducted|"
    r"kidnapped|seized|taken|wounded|held)\s+$",
    re.IGNORECASE,
)


def _hour_only(ref: DateRef) -> bool:
    """Whether a time expression names an hour of an untold day ("around midday", "at
    dawn"): the day of the event told, not one of its own, whatever day the times stage lent
    it from the statement beside it ("a communiqué issued on Wednesday said ... around
    midday")."""
    return ref.precision == "time" and _DAY_WORDS.search(ref.text) is None


def _dates_statement(doc: Doc, ref: DateRef) -> bool:
    """Whether a time expression hangs from a verb of saying, claiming or denying."""
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    statements = event_words("statement_nouns")
    node = span.root
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in statements:
            return True  # "On Monday, an audio message circulated": the message's day
        if node.pos_ in ("VERB", "AUX"):
            # "said on Monday that ...", or "an audio message circulated on Monday in which
            # ...", "in a statement read on state television on Sunday"
            return (
                node.lemma_.lower() in _statement_verbs()
                or any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in statements
                    for c in node.children
                )
                or (node.dep_ in ("acl", "relcl") and node.head.lemma_.lower() in statements)
                # "The ministry's weekly bulletin, read on state television on Wednesday", the
                # participle parsed as a conjunct of the noun.
                or (node.dep_ == "conj" and node.head.lemma_.lower() in statements)
            )
    return False


_QUOTES = "\"“”'‘’"


def _quoted_capture(text: str, cue: Cue) -> Cue:
    """A side's own word for a place taken, in quotes ('its forces had "liberated" the
    village'), tells that it took the place, not that it took it back: which of the two
    `_territory_taker` reads from who the side is."""
    if cue.code == "GOV_REGAINS_TERIT" and _quoted(text, cue):
        return replace(cue, code="NON_STATE_ACTOR_OVERTAKES_TER")
    return cue


def _quoted(text: str, cue: Cue) -> bool:
    return (
        cue.start > 0
        and cue.end < len(text)
        and text[cue.start - 1] in _QUOTES
        and text[cue.end] in _QUOTES
    )


def _scare_quoted(text: str, cue: Cue) -> bool:
    """Whether a cue is a word set in quotation marks on its own ('they had been "arrested"'):
    the writer's distance from the word, not an event of its kind."""
    # A side's own word for taking ground ('its forces had "liberated" the village') is its
    # claim of a capture, whatever distance the quotes keep.
    return _quoted(text, cue) and cue.code not in (
        "GOV_REGAINS_TERIT",
        "NON_STATE_ACTOR_OVERTAKES_TER",
    )


# What is done with the dead that counts them: found, recovered, pulled out, buried.
_BODIES_FOUND = frozenset("find recover pull count bury bring receive collect retrieve".split())


def _tolls_told_after(
    doc: Doc, events: list[Event], history: list[tuple[int, int]], boasted: set[int]
) -> None:
    """A toll told right after a violent event, in its paragraph or opening the lead's next, by a
    sentence that tells no event of its own ("The official said at least 11 people were
    killed" after "a drone strike hit a market") is that event's toll, when the event has none
    or only a vague plural's ("killing several herders" reads 10 by ACLED's rule, "five people
    died" is a figure)."""
    told = {(e.start, e.end) for ev in events for e in ev.evidence}
    for sent in doc.sents:
        span = (sent.start_char, sent.end_char)
        if span in told or span in history or _TALLY_SPAN.search(sent.text):
            continue
        toll = read_toll(sent.text)
        if toll is None or not any(
            (t.lemma_.lower() in HARM_VERBS and _toll_only(t) and is_realis(t))
            # "the mayor said 14 bodies had been found"
            or (t.lemma_.lower() == "body" and t.head.lemma_.lower() in _BODIES_FOUND)
            for t in sent
        ):
            continue
        if tells_war_toll(sent):
            continue
        before = [(e, ev) for ev in events for e in ev.evidence if e.end <= sent.start_char]
        if not before:
            continue
        last, host = max(before, key=lambda pair: pair[0].end)
        text = doc_text(doc)
        # In its paragraph, or opening the one after the lead, which tells the lead's event
        # more fully ("Gunmen rode into the village ... \n\n A police spokesman said nine
        # people were killed"); a toll in a paragraph of its own after a later event may be
        # another's.
        lead = "\n\n" not in text[: last.start].strip()
        if host.event_type not in VIOLENT_TYPES or (
            "\n\n" in text[last.start : sent.start_char]
            and (text[last.end : sent.start_char].strip() or not lead)
        ):
            continue
        lower = id(host) in boasted and toll[1] and toll[0] < (host.fatalities or 0)
        if host.fatalities is None or (_vague_toll(host) and toll[1]) or lower:
            # A side's count of the enemies it killed gives way to a lower count of the dead.
            boasted.discard(id(host))
            host.fatalities = toll[0]
            host.evidence.append(Evidence(start=sent.start_char, end=sent.end_char, text=sent.text))
            if (
                host.actor2 is None
                and host.actor1 != CIVILIANS
                and host.event_type in ("Explosions/Remote violence", "Violence against civilians")
                and civilian_victims(sent, named=True)
            ):
                # "Four passengers, among them a woman and her daughter, died": who was hit.
                host.actor2 = CIVILIANS


_JOINED_CLAUSE = frozenset({"and", "while", "whereas"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _opens_clause(doc: Doc, i: int, end: int) -> bool:
    """Whether the words after token `i` (", and", ", while") open a clause of their own: a
    subject, then a finite verb ("and mortar shells fired into Jowhar later that day killed a
    child"), before any other verb, subordinator or punctuation ("and three wounded when a
    bomb struck", "while dismissing a claim" open none)."""
    seen_subject = False
    for t in doc[i + 1 : min(end, i + 12)]:
        if t.is_punct and t.text != "-":  # "an explosive-laden drone"
            return False
        if t.pos_ in ("VERB", "AUX"):
            if t.tag_ == "VBN" and seen_subject and doc[t.i - 1].pos_ != "AUX":
                continue  # "mortar shells fired into Jowhar later that day killed a child"
            return seen_subject and t.tag_ in _FINITE
        if t.pos_ == "SCONJ":
            return False
        if t.pos_ in ("NOUN", "PROPN", "PRON"):
            seen_subject = True
    return False


def _main_clause(sent: Span, cues: list[tuple[Cue, Token]]) -> Span | None:
    """The first of the clauses a sentence joins with ", and" or ", while" (each with a
    subject and finite verb of its own) that tells an event, when the others tell events of
    other kinds: the lead's main event, whose place, sides and toll are its own; None for a
    sentence of one event. The words are read, not the parse: a long lead's parse is seldom
    right."""
    doc = sent.doc
    cuts = [
        t.i
        for t in sent
        if t.lower_ in _JOINED_CLAUSE
        and t.i > sent.start + 1
        and doc[t.i - 1].text == ","
        and _opens_clause(doc, t.i, sent.end)
    ]
    if not cuts:
        return None
    bounds = [sent.start, *cuts, sent.end]
    pieces = [(lo, hi) for lo, hi in zip(bounds, bounds[1:], strict=False)]
    told = [(lo, hi) for lo, hi in pieces if any(lo <= t.i < hi for _, t in cues)]
    if len(told) < 2:
        return None

    def kinds(lo: int, hi: int) -> set[str]:
        return {(acled_type(c.code) or ("",))[0] for c, t in cues if lo <= t.i < hi}

    # Clauses of one kind may tell one event ("blocked a road to demand protection, and some
    # protesters clashed with security personnel"): only events of other kinds are apart.
    first = kinds(*told[0])
    if any(first & kinds(lo, hi) for lo, hi in told[1:]):
        return None
    lo, hi = told[0]
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    return doc[lo:hi]


def _toll_text(sent: Span) -> str:
    """A sentence's text with a war's toll told in passing (`war_toll_spans`) and the dead of
    what people are held for blanked out."""
    text = sent.text
    for lo, hi in war_toll_spans(sent):
        a, b = lo - sent.start_char, hi - sent.start_char
        text = text[:a] + " " * (b - a) + text[b:]
    # "detained five men suspected of taking part in a gunfight that killed one man": the
    # dead of what they are held for.
    return _HELD_FOR.sub(lambda m: " " * len(m.group(0)), text)


def _parent(code: str) -> str:
    """The ACLED event type of a cue code ("" for crime, disasters and other non-events)."""
    return (acled_type(code) or ("",))[0]


def _most_specific_violent(realis: list[tuple[Cue, Token]]) -> str | None:
    """Of a sentence's event cues, the most specific violent one (ACLED precedence)."""
    violent = [c.code for c, _ in realis if _parent(c.code) in VIOLENT_TYPES]
    return min(violent, key=load_cues().order.index) if violent else None


# How long ago something going on "since" may have begun and still be an event of its own.
_ONGOING_DAYS = 7
# A spell longer than a week: "for more than 15 years", "for months", "for two decades".
_LONG_SPELL = re.compile(
    r"\bfor\s+(?:(?:more than|over|nearly|almost|about|some|at least|the past|the last)\s+)?"
    r"(?:(?:a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+)?"
    r"(?:weeks|months?|years?|decades?)\b",
    re.IGNORECASE,
)


def _ongoing(token: Token) -> bool:
    """Whether a trigger is in the present perfect, progressive or not ("have been fighting",
    "has fought"): what has been going on, told as a state of affairs (with a long spell or a
    day long ago, see the callers)."""
    aux = {c.lower_ for c in token.children if c.dep_ == "aux"}
    if token.tag_ == "VBG":
        return bool(aux & {"has", "have"}) and "been" in aux
    return token.tag_ == "VBN" and bool(aux & {"has", "have"}) and token.dep_ != "amod"


def _toll_only(token: Token) -> bool:
    """Whether a trigger only tells who died or was hurt ("three soldiers were killed", "two
    civilians died", "one herder was shot dead"), with no doer and no act of its own."""
    if token.lemma_.lower() not in HARM_VERBS | {"shoot"}:
        return False
    if token.lemma_.lower() == "shoot" and any(c.lower_ == "during" for c in token.children):
        return False  # "a man was shot dead during the attack": the act told, if another type
    deps = {c.dep_ for c in token.children}
    # "killed by a stray bullet": what hit them is no doer.
    weapon_only = all(
        any(o.dep_ == "pobj" and o.lemma_.lower() in _STRAY for o in c.children)
        for c in token.children
        if c.dep_ == "agent"
    )
    agent = ("agent" in deps and not weapon_only) or (
        "nsubj" in deps and token.lemma_.lower() != "die"
    )
    return not agent and ("nsubjpass" in deps or token.lemma_.lower() == "die")


_STRAY = frozenset({"bullet", "shrapnel", "shell", "round", "crossfire", "fire", "gunfire"})


def _since_long_ago(doc: Doc, sent: Span, times: list[DateRef], published: dt.date) -> bool:
    """Whether the sentence tells what has gone on since a day more than a week ago."""
    return any(
        sent.start_char <= t.start < sent.end_char
        and t.date is not None
        and (published - t.date).days > _ONGOING_DAYS
        and doc_text(doc)[max(0, t.start - 10) : t.start].rstrip().lower().endswith("since")
        for t in times
    )


def _speakers_in(actors: list[Actor], sent: Span, lo: int, hi: int) -> set[str]:
    """The actors named between `lo` and `hi` of a sentence who speak there ("police said")."""
    return {a.name for a in actors for at, _ in a.mentions if lo <= at < hi and _speaks(sent, at)}


def _add_sides(host: Event, ev: Event, guessed: set[str | None] | None = None) -> None:
    """Fill the sides an event lacks from another mention of it, never with its other side,
    nor with a side ACLED fixes for the mention's own type ("Rioters" of a riot read in an
    attack's account is no attacker), nor with one the mention's sentence does not name
    (`guessed`)."""
    fixed = {*(guessed or ()), *((PROTESTERS, RIOTERS) if ev.event_type != host.event_type else ())}
    if host.event_type == "Battles":
        # "... three bodies, including that of a passer-by": the dead of a battle, no side.
        fixed.add(CIVILIANS)
    fixed.discard(None)
    if host.actor1 is None and ev.actor1 != host.actor2 and ev.actor1 not in fixed:
        host.actor1 = ev.actor1
    if host.actor2 is None and ev.actor2 != host.actor1 and ev.actor2 not in fixed:
        host.actor2 = ev.actor2


# Police who met a crowd: "riot police moved in", "officers fired tear gas", "police stopped
# them".
_POLICE_MET = re.compile(
    r"\b(?:(?:riot )?police(?:men)?|officers)\b(?=[^.]{0,60}\b(?:fired|moved|stopped|"
    r"dispersed|detained|arrested|charged|cleared|used|beat|broke up|carried))",
    re.IGNORECASE,
)

# Those held from both sides of a fight told: "arrested six people from both sides".
_BOTH_SIDES_HELD = re.compile(r"\b(?:from|on) both sides\b|\bfrom each side\b", re.IGNORECASE)

# A bomb that went off or harmed someone.
_WENT_OFF = re.compile(
    r"\b(?:explod\w*|went off|detonat\w*|blew up|blast|explosion|killed|killing|wounded|"
    r"wounding|injured|injuring|died|dead)\b",
    re.IGNORECASE,
)

# The force whose men made a bomb safe: "an army bomb disposal team", "police sappers".
_DEFUSING_FORCE = re.compile(
    r"\b(army|military|police|soldiers|troops)\b[^.]{0,40}?\b(?:defus\w+|dismantl\w+|"
    r"disposal|sappers?)\b",
    re.IGNORECASE,
)

# Who deals with a bomb after it went off or was found: no side of its blast.
_RESPONDERS = re.compile(
    r"\b(?:bomb[- ]disposal|bomb squad|explosive ordnance disposal|defus\w+|sappers?|"
    r"de-?min\w+)\b",
    re.IGNORECASE,
)


# A place named by its kind: "the village of Essakane".
_KIND_OF_NAME = re.compile(
    r"\b(?:village|town|city|district|camp|hamlet|locality|commune) of ([A-Z][\w'’-]+)"
)


def _unknown_place(sent: Span, places: list[Place]) -> bool:
    """Whether the sentence names a place by its kind that the places stage did not find."""
    return any(
        not any(p.start <= sent.start_char + m.start(1) < p.end for p in places)
        for m in _KIND_OF_NAME.finditer(sent.text)
    )


def _at_unlisted(
    doc: Doc,
    sent: Span,
    places: list[Place],
    taken: list[tuple[int, int]],
    own: Place | None,
    location: Location,
) -> Location | None:
    """The location of a sentence's event named after a settlement the gazetteer lacks that
    the sentence names ("the village of Kadisau, in Faskari", "near Kitutu", "the Kalundu
    neighbourhood of Uvira"), at the coordinates of the place it was read at: ACLED codes the
    village, at the nearest place it can find. Only where that place is no town named in the
    sentence that may be the scene itself: a district or region, a reference point ("about
    20 km from X"), or the town the words set the village in or by. None if there is none."""
    found = unlisted_scene(doc, sent.start_char, sent.end_char, places, taken, location.country)
    if found is None:
        return None
    name, _lo, hi, part, called = found
    text = doc_text(doc)
    # The place it was read at names where the village lies, there or told again after it
    # ("In Niono cercle, ... at a well near Dogofry, a village north of Niono").
    tied = own is not None and any(
        (p is own or p.canonical == own.canonical)
        and 0 <= p.start - hi <= 60
        and "." not in text[hi : p.start]
        and re.search(r"\b(?:of|in|near|from|outside|by)\b", text[hi : p.start]) is not None
        for p in ([own] if own is not None else []) + places
    )
    # With no place of its own, the sentence's event is placed by another's: a region or a
    # district (the article's "Damboa local government area") is likely to hold the village
    # too, a town is not.
    # A part of the town the sentence names ("in southern Omdurman, ... the Al Salha area").
    within = part and own is not None and own.kind == "city" and location.geo_precision == 1
    # A village the sentence calls one ("Ali Sabieh, a farming village near ...") is the scene
    # rather than the article's main town its event was placed at for want of a place.
    # A town the article calls one elsewhere ("Saut-d'Eau, a pilgrimage town southwest of
    # Mirebalais") is the scene where the sentence names no listed place.
    settled = (
        re.search(
            rf"{re.escape(name)},\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:town|village|city|"
            rf"hamlet)\b|\b(?:town|village|city|hamlet) of {re.escape(name)}\b",
            text,
        )
        is not None
    )
    if not (
        (own is None and (location.geo_precision >= 2 or called or settled))
        or (own is not None and (location.geo_precision > 1 or placed_near(doc, own) or tied))
        or within
    ):
        return None
    # A part of a town is at the town (ACLED's precision 1); a village by or in a district is
    # near it.
    precision = 1 if part and location.geo_precision == 1 else max(2, location.geo_precision)
    return location.model_copy(
        update={
            "name": name,
            "geonames_id": None,
            "kind": "neighbourhood" if part else "village",
            "geo_precision": precision,
        }
    )


def _within_km(a: Location, b: Location, km: float) -> bool:
    """Whether two located places lie within `km` of each other."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= km  # type: ignore[arg-type]


def _country_of(place: Place | None) -> Place | None:
    """The country a place is in, as a place (the place itself when it is one)."""
    if place is None or place.kind == "country":
        return place
    return country_place(place.country, place.text, place.start, place.end) or place


def _country_fallback(doc: Doc, places: list[Place], focal: Place | None) -> Place | None:
    """Where a sentence with no finer place of its own happened: the article's main place,
    unless the sentence names only other countries ("a strike on a town in northern Lebanon"
    in an article whose main place is in Israel): then the country it names."""
    countries = [p for p in located_countries(doc, places) if not _not_scene(doc, p)]
    if focal is None or not countries or any(p.country == focal.country for p in countries):
        return focal
    return countries[0]


def _part_of_told_place(text: str, at: int) -> bool:
    """Whether a change of control's cue is followed by a part of an unnamed definite place
    ("said it had overrun part of the base, killed nine soldiers"): the place told before. A
    fallback for a parse that takes the cue for a noun ("overrun part")."""
    m = _PART_OF_THE.match(text, at)
    return m is not None and m.group(1).lower() in event_words("taken_place_nouns")


# "part of the base" ended by punctuation or a conjunction, not "the base of X" or "the base
# that ...".
_PART_OF_THE = re.compile(
    r"\s+(?:(?:part|parts|most|much|half|sections?) of )?the (\w+)(?=\s*(?:[,.;]|and\b|$))",
    re.IGNORECASE,
)


def _antecedent(
    events: list[Event],
    ev: Event,
    mention: _Mention,
    own_place: Place | None,
    *,
    continues: bool = False,
) -> Event | None:
    """The earlier event a mention belongs to, if it is not an event of its own.

    - An anaphoric mention ("the army said it repelled the attack") restates the latest earlier
      event of its event type; so does a sentence whose definite subject refers back to one of
      another type ("the fighting, which involved grenades, ...").
    - One that calls an attack someone's deed, names its doers ("the attackers were
      repelled") or speaks of it ("the army confirmed the attack", "the strike was a
      massacre") tells more of the latest violent event, of whatever type.
    - A change of control of an unnamed definite place ("denied that the town had fallen",
      "troops withdrew from the city") restates the latest change of control.
    - An act a party denies doing ("denying that they had attacked civilian families") is the
      latest event of its type, else the latest violent event.
    - A violent act told as what happened "then", not as another occasion and within a day,
      is the next stage of the latest violent event ("gunmen then stormed the restaurant").
    - With no day of its own and not told as another occasion: a weapons seizure or property
      destruction ("its men seized weapons and set fire to vehicles") happened in the course of
      the latest violent event or protest; a protest is the background of the latest protest
      ("thousands had marched through the city"); with no place of its own either, a bare toll
      ("three soldiers were killed") is the latest violent event's toll, and a violent act
      placed only "in the area" another account of it.
    Either way the mention must not name a different place.
    """
    violent = [e for e in events if e.event_type in VIOLENT_TYPES]
    # A day that dates only a statement ("On Monday, a leader said 31 people had been killed")
    # is not another occasion.
    own_occasion = (mention.dated and not mention.said_dated) or mention.separate
    if (
        mention.perpetrators
        and not (mention.deed or mention.about_told)
        and _ALSO_STRUCK.search(mention.sent.text)
    ):
        return None  # "Gunmen also attacked a checkpoint outside the town": another target
    if mention.deed or mention.perpetrators or mention.about_told:
        # "its fighters carried out the attack and killed 25 soldiers", "the strike was a
        # massacre": the attack reported, whatever type the words would give it. Of several,
        # those at a place the sentence names ("the funerals of the three soldiers killed at
        # Masagawa").
        at = _HARMED_AT.search(mention.sent.text)
        named = [e for e in violent if at and any(at.group(1) in x.text for x in e.evidence)]
        if named and mention.about_told:
            return named[-1]  # wherever the funerals were held
        # "Leaders of the blockade confirmed the clashes": a crowd met by force fought too.
        # "Police said the protest was peaceful": a protest told, of whatever kind.
        candidates = [
            e
            for e in events
            if e in violent
            or (e.event_type in _CROWD_TYPES and e.sub_event_type != "Peaceful protest")
            or e.event_type == ev.event_type == "Protests"
        ]
        if mention.code == "ARREST":
            # "All of those detained were released": the arrests told, in a raid or at a
            # protest they met.
            candidates = [
                e
                for e in events
                if e in violent or e.event_type in _CROWD_TYPES or e.sub_event_type == "Arrests"
            ]
        if (
            mention.perpetrators
            and not (mention.deed or mention.about_told)
            and ev.event_type == "Battles"
            and _WENT_AFTER.match(doc_text(mention.sent.doc), mention.trigger[0])
        ):
            # "troops responding to the attack had engaged the kidnappers": going after the
            # doers of an attack on civilians is a battle of its own ("the attackers were
            # repelled" is the attack told again).
            candidates = [e for e in candidates if e.event_type != "Violence against civilians"]
        if mention.perpetrators and not (mention.deed or mention.about_told) and own_occasion:
            # "tracked the kidnappers to the forest on Sunday afternoon and engaged them in a
            # gunfight", the day after the kidnapping: a pursuit, another event.
            # "The assailants entered the village late on Sunday and attacked residents" after
            # an overnight raid told: the same attack told again, its night a day either side.
            candidates = [
                e
                for e in candidates
                if e.date == ev.date
                or (
                    e.sub_event_type == ev.sub_event_type
                    and e.date is not None
                    and ev.date is not None
                    and abs((e.date - ev.date).days) <= 1
                )
            ]
    elif (host := _target_named_again(mention, violent)) and (
        not own_occasion or host.date == ev.date
    ):
        # "ambushed a military convoy ... According to the military source, the convoy was
        # escorting fuel tankers when its lead vehicle struck an explosive device".
        return host
    elif mention.died_later:
        # "one of the wounded soldiers had since died at a hospital in the capital", whenever
        # and wherever: the latest violent event's dead.
        return next((e for e in reversed(violent) if e.fatalities is not None), None)
    elif mention.anaphoric or mention.front:
        candidates = [e for e in events if e.event_type == ev.event_type]
        if ev.event_type in _CROWD_TYPES and own_occasion and ev.time_precision == 1:
            # "The blockade began on Monday" before Tuesday's protest told: ACLED codes each
            # day's gathering apart.
            candidates = [e for e in candidates if e.date == ev.date]
        if not candidates and ev.sub_event_type == "Looting/property destruction":
            # "after the strike set fire to classrooms": what the strike told did.
            candidates = violent
        if not candidates and ev.event_type in VIOLENT_TYPES:
            # "exploded during the fighting" after a street fight told as a riot; "a second
            # man, shot in the chest during the same clashes, had died".
            candidates = [e for e in events if e.event_type == "Riots"]
    elif mention.refers_to:
        # "The clash broke out near the square" after two crowds fought: a riot's clash too.
        kinds = (
            {mention.refers_to, "Riots"} if mention.refers_to == "Battles" else {mention.refers_to}
        )
        candidates = [e for e in events if e.event_type in kinds]
    elif mention.partitive and not own_occasion:
        # "Two of them struck houses in the Horseed neighbourhood, killing a man" after four
        # shells fired into the city: the shelling told.
        candidates = violent[-1:]
    elif mention.takes_place:
        # "The government denied that the town had fallen", "troops withdrew from the city":
        # the capture told before, by whichever side's account.
        candidates = [e for e in events if e.sub_event_type in _CONTROL_SUBTYPES] or [
            # "The military denied that the post had fallen" after the assault told, the claim
            # of its fall made part of it: the battle.
            e
            for e in events
            if e.event_type == "Battles"
        ]
    elif mention.denied:
        # "denying that they had attacked civilian families" after the drone strike told: the
        # latest event of its type, else of any violent one.
        # "The government denied that its forces had used live ammunition" after a riot told:
        # that crowd event.
        crowds = [e for e in events if e.event_type in _CROWD_TYPES]
        candidates = [e for e in events if e.event_type == ev.event_type] or (
            violent
            if ev.event_type in VIOLENT_TYPES
            else crowds
            if ev.event_type in _CROWD_TYPES
            else []
        )
    elif mention.code in _INCIDENTAL and not own_occasion:
        # Burning or looting in the course of a clash or of a protest is part of it.
        candidates = [e for e in events if e.event_type in VIOLENT_TYPES | _CROWD_TYPES]
    elif (
        mention.code == "ARREST"
        # "Riot police moved in at about 10 a.m. ... and detained 17" the day of the protest.
        and (not own_occasion or (bool(events) and ev.date == events[-1].date))
        and events
        and (
            events[-1].event_type in _CROWD_TYPES
            or (events[-1].event_type == "Battles" and _state_side(events[-1]))
        )
        and (
            _right_after(events[-1], mention.sent)
            # "Police said they had arrested six people from both sides", a paragraph on.
            or (
                _BOTH_SIDES_HELD.search(mention.sent.text) is not None
                and doc_text(mention.sent.doc).count(
                    "\n\n", max(e.end for e in events[-1].evidence), mention.sent.start_char
                )
                <= 1
            )
        )
    ):
        # "In Nakuru, protesters looted shops ... He said 23 people had been arrested"; "three
        # gang members were killed in a shootout during a police operation ... 14 people were
        # detained": ACLED codes arrests at a demonstration or in a raid as part of it.
        candidates = [events[-1]]
    elif ev.event_type in _CROWD_TYPES and not own_occasion:
        # "Thousands had marched through the city centre" after the protest told: its
        # background, not another protest.
        candidates = [e for e in events if e.event_type in _CROWD_TYPES]
    elif mention.sequel and not mention.separate and ev.event_type in VIOLENT_TYPES:
        # "gunmen then stormed the restaurant ... before the siege ended early on Saturday",
        # after a bombing there on Friday night: one incident, which may run into the next day.
        candidates = [e for e in violent if _within_a_day(e, ev)]
    elif (
        not own_occasion
        and own_place is None
        and (mention.toll or (mention.area and ev.event_type in VIOLENT_TYPES))
    ):
        # "At least three soldiers were killed, one resident said"; "the military said it had
        # struck a weapons depot in the area": more of the violent event told before. Fighters'
        # deaths are not those of an attack on civilians. So are a riot's: "The ministry said
        # 18 members of the security forces had been injured" after youths torched a bank.
        candidates = violent + [e for e in events if e.event_type == "Riots"]
        if mention.toll and armed_victims(mention.sent):
            candidates = [e for e in violent if e.actor2 != CIVILIANS] or candidates
    elif continues:  # `_continues`: more of the event told in the sentence before
        if _mirror(events, ev, mention):
            return events[-1]  # the other side's account, naming its own positions
        candidates = [events[-1]]
    else:
        return None
    # The latest told is the one whose account came last ("two shells struck the displacement
    # site" told after the clash, of the shelling the lead told first).
    candidates = sorted(candidates, key=lambda e: max(x.start for x in e.evidence))
    for host in reversed(candidates):
        if own_place is None or _place_within(own_place, host.location):
            return host
        if (
            continues or mention.about_told or mention.anaphoric or mention.perpetrators
        ) and _inside(own_place, host.location):
            # The region told first, the town (or zone) now: "The strike hit Pan Nyo, a
            # village near Monywa" after a strike "in Sagaing region".
            return host
    return None


def _target_named_again(mention: _Mention, violent: list[Event]) -> Event | None:
    """The latest violent event, when the mention's sentence names with "the" what that event's
    first account named with "a" ("a military convoy" ... "the convoy"), in the paragraph
    after it or its own."""
    if not violent:
        return None
    host = violent[-1]
    doc = mention.sent.doc
    told = doc.char_span(host.evidence[0].start, host.evidence[0].end, alignment_mode="expand")
    if told is None:
        return None
    targets = event_words("target_nouns") | event_words("military_site_nouns")
    sites = event_words("military_site_nouns")

    def kind(t: Token) -> str:
        # "a military position" ... "the post": one site by either name.
        lemma = t.lemma_.lower()
        return "post" if lemma in sites else lemma

    hit = {
        kind(t)
        for t in told
        if t.lemma_.lower() in targets and any(c.lower_ in ("a", "an") for c in t.children)
    }
    named = any(kind(t) in hit and any(c.lower_ == "the" for c in t.children) for t in mention.sent)
    return host if named else None


def _state_side(ev: Event) -> bool:
    """Whether a state's military or police is a side of an event."""
    return any(a and _FORCES_OF.match(a) for a in (ev.actor1, ev.actor2))


def _inside(place: Place, location: Location | None) -> bool:
    """Whether a place lies in an event's location, a province or district told before."""
    return location is not None and location.name in {place.admin1, place.admin2}


def _continues(
    events: list[Event],
    ev: Event,
    mention: _Mention,
    own_place: Place | None,
    sent_actors: set[str],
) -> bool:
    """Whether a mention tells more of the event told in the sentence before it: an act of
    its kind with no other day or place of its own, not told as another ("A military jet bombed a
    market in the town. Residents said two bombs struck a row of food stalls, killing 18"); on
    the same day told, only when the sentence names no group but the event's (`sent_actors`)."""
    mirror = _mirror(events, ev, mention)
    return (
        not mention.separate
        and bool(events)
        # No place of its own, or, dated only by its statement, a place within the event's
        # area ("The statement ... said a unit stationed outside Tassara came under fire" after
        # an attack "in the Tahoua region"); or, undated, the same two sides' fight told by the
        # other side ("they said Kyrgyz servicemen fired first at Tajik positions outside the
        # village of Khoja Alo"), each naming its own positions.
        and (
            own_place is None
            or (mention.said_dated and _inside(own_place, events[-1].location))
            or mirror
        )
        # A day of its own only if it is the same, or only the day it was said, and then by
        # the same hands, a state's police and army one ("Hezbollah said on Sunday its fighters
        # had attacked three Israeli army positions" after Sunday's Israeli shelling is another
        # event).
        and not (
            mention.dated
            and (
                (ev.date != events[-1].date and not mention.said_dated)
                or any(
                    not any(
                        a == s or one_state(a, s) or fights_beside(a, s)
                        for s in (events[-1].actor1, events[-1].actor2)
                    )
                    for a in sent_actors
                )
            )
        )
        # Of its kind: "after several hours of fighting", "the enemy has been pushed out",
        # naming no side nor day, is the battle told, whatever either's sub-type ("overran an
        # army post"); a side's own account of the fighting
        # ("the KIA said its fighters had repelled the counter-offensive") stays its own.
        and (
            events[-1].sub_event_type == ev.sub_event_type
            or (
                ev.event_type == "Battles"
                and events[-1].event_type == "Battles"
                and (
                    not sent_actors
                    # "A police spokesman added that two gang members were killed in the
                    # exchange of fire": a side's word on the fighting told, by its name.
                    or (
                        sent_actors <= {events[-1].actor1, events[-1].actor2}
                        and _THE_FIGHTING.search(mention.sent.text) is not None
                    )
                )
                and not mention.dated
            )
        )
        # Right after it, or the other side's account with no event told between.
        and (_right_after(events[-1], mention.sent) or mirror)
        and not _ANOTHER.search(mention.sent.text)
    )


def _mirror(events: list[Event], ev: Event, mention: _Mention) -> bool:
    """Whether an undated armed clash has the two sides of the clash told last: the other
    side's account of that fight ("they said Kyrgyz servicemen fired first at Tajik
    positions")."""
    return (
        bool(events)
        and not mention.dated
        and ev.sub_event_type == "Armed clash" == events[-1].sub_event_type
        and None not in (ev.actor1, ev.actor2)
        and {ev.actor1, ev.actor2} == {events[-1].actor1, events[-1].actor2}
    )


_FORCE_KINDS = frozenset({"armed group", "state forces"})
# A speaker's own forces in what it says: "its fighters", "their troops".
_OWN_MEN = re.compile(
    r"\b(?:its|their|our)\s+(?:own\s+)?(?:forces|troops|soldiers|fighters|men|units|aircraft|"
    r"jets|drones|guards|gunmen|militants)\b",
    re.IGNORECASE,
)
# The fighting already told, named again: "in the exchange of fire", "during the clashes".
_THE_FIGHTING = re.compile(
    r"\b(?:in|during)\s+the\s+(?:exchange of (?:gun)?fire|fighting|clash(?:es)?|gun ?battle|"
    r"firefight|shoot-?out)\b",
    re.IGNORECASE,
)


def _redates(
    events: list[Event],
    ev: Event,
    mention: _Mention,
    own_place: Place | None,
    sent_actors: set[str],
) -> bool:
    """Whether a mention right after an event dated only by its statement (the last of
    `events`) tells that event on its own, earlier day ("A Fano faction said on Thursday its
    fighters had liberated the town. Residents said fighting began early on Wednesday and the
    militiamen entered the town that afternoon"): an account of its kind, in its place, by its
    sides, within three days before the statement."""
    host = events[-1]
    if not mention.dated or mention.said_dated or mention.separate or host.date is None:
        return False
    if ev.date is None or not 0 < (host.date - ev.date).days <= 3:
        return False
    if ev.event_type != host.event_type:
        return False
    if (
        own_place is not None
        and not _place_within(own_place, host.location)
        and not _inside(own_place, host.location)
    ):
        return False  # somewhere neither the event's place, nor an area holding it, nor in it
    sides = (host.actor1, host.actor2)
    # A side the statement left unnamed ("destroyed a rebel column") may be named now.
    others = [a for a in sent_actors if not any(a == s or one_state(a, s) for s in sides)]
    return (
        len(others) <= sides.count(None)
        and _right_after(host, mention.sent)
        and not _ANOTHER.search(mention.sent.text)
    )


def _right_after(host: Event, sent: Span) -> bool:
    """Whether a sentence comes right after the last sentence told of an event, or after one
    sentence more that tells no event ("Nasser Hospital said it had received nine bodies")."""
    last = max(e.end for e in host.evidence)
    if last > sent.start_char:
        return False
    if not doc_text(sent.doc)[last : sent.start_char].strip():
        return True
    between = sent.doc.char_span(last, sent.start_char, alignment_mode="contract")
    if between is None:
        return False
    # A witness's words quoted between ('"The plane came around nine at night," a shop owner
    # said.') tell no other event.
    text = doc_text(sent.doc)
    told = [
        s
        for s in between.sents
        if s.text.strip()
        and s.start >= between.start
        and s.text.lstrip()[:1] not in _QUOTES
        and not _in_quoted_paragraph(text, s.start_char)
    ]
    return len(told) <= 1


def _in_quoted_paragraph(text: str, at: int) -> bool:
    """Whether the paragraph holding offset `at` opens with a quotation mark: a witness's words
    ('"There was no fighting near us. People were asleep," said a camp volunteer.')."""
    start = text.rfind("\n", 0, at) + 1
    return text[start:at].lstrip()[:1] in _QUOTES if start < at else False


def _within_a_day(first: Event, then: Event) -> bool:
    """Whether `then` is dated the day of `first` or the day after (or either is undated)."""
    if first.date is None or then.date is None:
        return True
    return 0 <= (then.date - first.date).days <= 1


def _details_lead(lead: Event, ev: Event, text: str) -> bool:
    """Whether `ev`, told in the paragraph after the lead, tells to the day the event the lead
    sums up with no day ("Fighting ... flared again in eastern Gezira state this week", dated
    the week or the day of publication): of its subtype, in the week before the lead's date,
    where the lead placed it (its region or district holds ev's place), with a side in common
    if both name sides."""
    # The lead's paragraph, and the one after it that tells the event.
    opening = text.find("\n\n")
    following = text.find("\n\n", opening + 2) if opening >= 0 else -1
    if opening < 0 or lead.evidence[0].start > opening or not opening < ev.evidence[0].start:
        return False
    if lead.date is None or ev.date is None:
        return False
    # Or a lead placed only in a province, told on the same day at a town in it, further down
    # ("Police in Tavush province detained 17 people on Tuesday", then the roadblock near
    # Voskepar that morning).
    province_day = (
        lead.time_precision == ev.time_precision == 1
        and lead.date == ev.date
        and lead.location is not None
        and lead.location.geo_precision >= 3
        and lead.location.kind != "country"
    )
    if 0 <= following < ev.evidence[0].start and not province_day:
        return False
    # A protest the lead tells met by police may first be told as it began.
    crowd = lead.event_type == ev.event_type == "Protests"
    if lead.sub_event_type != ev.sub_event_type and not crowd:
        return False
    if not province_day and (lead.time_precision < 2 or ev.time_precision != 1):
        return False
    if not 0 <= (lead.date - ev.date).days <= 7:
        return False
    sides = {lead.actor1, lead.actor2} - {None}
    told = {ev.actor1, ev.actor2} - {None}
    if sides and told and not sides & told:
        return False
    where, there = lead.location, ev.location
    if where is None or there is None:
        return where is None
    holders = {_place_key(n) for n in (there.name, there.admin1, there.admin2) if n}
    return _place_key(where.name) in holders or (
        where.kind == "country" and where.country == there.country
    )


def _place_key(name: str) -> str:
    """A place's name for comparing two accounts: spelled alike ("Mukayrās", "Mukayras") and
    without a division's kind word ("Mukayras district" holds the town of its name)."""
    return _KIND_WORD_END.sub("", normalize_name(name))


_KIND_WORD_END = re.compile(r"\s+(?:district|raion|province|governorate|region|county)$")


def _same_event(a: Event, b: Event) -> bool:
    """Same subtype, place and doer, and the same day, or a day apart when either date is only
    approximate (precision 2+: a fallback or a range, which a day's difference cannot tell apart);
    for a change of control known to the week, within six days.
    """
    loc_a = _place_key(a.location.name) if a.location else None
    loc_b = _place_key(b.location.name) if b.location else None
    if a.sub_event_type != b.sub_event_type or loc_a != loc_b:
        return False
    if a.actor1 and b.actor1 and a.actor1 != b.actor1 and not one_state(a.actor1, b.actor1):
        return False  # ACLED merges the same actors' acts: two sides' strikes are two events
    if a.date == b.date:
        return True
    if a.date is None or b.date is None:
        return False
    precision = max(a.time_precision, b.time_precision)
    # A town changes hands once: a capture known to the week ("late last week") is the one
    # told to the day ("on Thursday").
    week = precision == 2 and a.sub_event_type in _CONTROL_SUBTYPES
    slack = 6 if week else 0 if precision == 1 else 1
    return abs((a.date - b.date).days) <= slack
