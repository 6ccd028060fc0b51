"""Event triggers: the cue words of a sentence that report an ACLED event as having happened."""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from ..models import DateRef, Place
from .attribution import load_cues as load_attribution_cues
from .doctext import dateline_end, doc_text
from .event_types import CUES_FILE, Cue, event_words, find_cues

# Words that make what follows them not (yet) happen: modality, intention, condition, negation.
_MODAL_AUX = {"would", "could", "might", "may", "will", "shall", "should", "must", "can", "'ll"}
_INTENT_HEADS = {
    "ready", "willing", "threaten", "vow", "plan", "want", "intend", "prepare", "promise",
    "agree", "continue", "hope", "seek", "try", "aim", "unable", "fail", "refuse", "able",
    "end", "stop", "halt", "avoid", "prevent", "urge", "call", "warn", "propose", "demand",
}  # fmt: skip
_NEG = {"not", "n't", "never", "no"}
# History: a year long before publication, or words that place the event in the past era.
_HISTORY = re.compile(
    r"\b(?:in|since|during|back in)\s+(?:the\s+)?(?:1[89]\d\d|20\d\d)s?\b|\bprevious\s+\w+\s+"
    r"government\b|\bformer(?:ly)?\b.*\bregime\b|\bhistor(?:y|ic|ically)\b",
    re.IGNORECASE,
)
# What a kind of event becomes when it is a pattern, not one event.
_FREQUENT = frozenset(
    {
        "occurrence",
        "routine",
        "common",
        "commonplace",
        "frequent",
        "daily",
        "weekly",
        "regular",
        "nightly",
        "constant",
        "incessant",
        "relentless",
    }
)
_SINCE_YEAR = re.compile(r"\bsince\s+(?:the\s+)?(?:1[89]\d\d|20\d\d)s?\b", re.IGNORECASE)
# Cue words that tell of no incident: used figuratively ("fought hard for free media", "a fight
# against corruption"), or telling how long a war has lasted.
_EXCLUDED = re.compile(
    r"(?:fought|fight(?:ing|s)?|battl\w*)\s+(?:hard\s+|long\s+)?(?:for|against\s+(?:corruption|"
    r"poverty|disease|cancer|covid|the virus|climate))\b"
    # How long a war has lasted: "as fighting between the factions entered its second week".
    r"|(?:fighting|clashes|battles?|war|conflict|violence)\b[^.;]{0,80}?\b"
    r"(?:entered|enters|entering)\s+its\s+\w+\s+(?:day|week|month|year)\b"
    # A trend, not an event: "a rise in kidnappings in the region this year".
    r"|(?:"
    + "|".join(
        rf"(?<=\b{w} in )"
        for w in ("rise", "increase", "surge", "spike", "upsurge", "decline", "drop", "fall")
    )
    + r")\w+"
    # What is under way is no fighting: "a search operation was under way".
    r"|(?:"
    + "|".join(
        rf"(?<=\b{n} {v} )"
        for n in ("search", "operation", "rescue", "investigation", "inquiry", "probe", "talks")
        for v in ("is", "was", "are", "were")
    )
    + r")under ?way\b"
    # A rocket-propelled grenade is a fighter's weapon, no shelling nor thrown grenade.
    r"|rockets?(?=[- ]propelled)|(?<=rocket-propelled )grenades?|(?<=rocket propelled )grenades?"
    # A post of the police or army is no protest: "attacked a police picket", "opened fire on
    # the picket", "the picket's in-charge" (but "the picket line" is strikers').
    r"|(?:(?<=police )|(?<=army )|(?<=security )|(?<=border )|(?<=on the ))pickets?\b(?! line)"
    r"|picket(?=['’]s\b)"
    # Diplomacy: "handed a protest note to the ambassador", "lodged a formal protest".
    r"|protest(?=\s+notes?\b)|(?<=note of )protest|(?<=formal )protest"
    r"|(?<=strong )protest|(?<=stern )protest|(?<=diplomatic )protest|(?<=strongly worded )protest"
    # A deal yet to be talked about: "talks on a truce between the two families".
    r"|(?:(?<=talks on a )|(?<=talks for a )|(?<=talks on an )|(?<=negotiations on a ))"
    r"(?:truce|ceasefire|cease-fire|peace deal|agreement)\b"
    # A body named for a deal: "the joint ceasefire committee said".
    r"|(?:ceasefire|cease-fire|truce)(?=\s+(?:committees?|commissions?|monitors?|monitoring|"
    r"mechanisms?|observers?|teams?)\b)"
    # A habit told of who does it: "gangs that kidnap travellers", "militias who raid farms".
    r"|(?:(?<=\bthat )|(?<=\bwho )|(?<=\bwhich ))(?:kidnap|abduct|attack|raid|kill|loot|"
    r"ambush|rob|extort)\b"
    # Who protests, not a protest held: "the protest movement says", "protest leaders".
    r"|protest(?=\s+(?:movements?|leaders?|organi[sz]ers?|groups?)\b)"
    r"|(?:(?<=lodged a )|(?<=lodged an )|(?<=filed a )|(?<=lodge a ))protest",
    re.IGNORECASE,
)
# Protest verbs that are also ordinary verbs: transitive "marched the captives away", "rallied
# his supporters", "demonstrated its strength", or an armed force as subject ("troops marched
# into the town"), are not protests. ACLED's protests are public demonstrations by civilians.
_PROTEST_VERBS = ("march", "rall", "demonstrat")
_TRANSITIVE_OBJECT = re.compile(
    r"\s+(?:the|a|an|his|her|their|its|our|them|him|\d+|some|several|dozens|hundreds|scores)\b",
    re.IGNORECASE,
)
_ARMED_NOUNS = {
    "soldier", "troop", "army", "force", "fighter", "militant", "gunman", "gunmen", "rebel",
    "insurgent", "jihadist", "militia", "militiaman", "police", "policeman", "commando",
    "attacker", "assailant", "bandit", "kidnapper", "abductor", "captor", "convoy", "column",
}  # fmt: skip
# The objects a territorial seizure takes: "seized the town", "captured the base".
_TERRITORY = re.compile(
    r"\s+(?:(?:the|a|an|of|its|their|key|strategic|nearby|border|northern|southern|eastern|"
    r"western|central|main|military|army|district|provincial|(?-i:[A-Z][\w'’-]+))\s+)*"
    r"(?:town|city|village|district|area|base|camp|post|outpost|checkpoint|province|territory|"
    r"region|positions?|hills?|control|airport|airfield|bridge|road|highway|port|barracks|"
    r"headquarters|garrison|crossing|ridge|valley|county|capital)\b",
    re.IGNORECASE,
)
_TERRITORY_GAP = re.compile(
    r"\s+(?:(?:the|of|town|city|village|district|province|region|area|strategic|key|nearby|"
    r"border|northern|southern|eastern|western|central)\s+)*$",
    re.IGNORECASE,
)
_DEFINITE = {"the", "this", "that", "these", "those"}
_NEW_OCCASION = {
    "second", "third", "fourth", "latest", "new", "fresh", "separate", "earlier", "previous",
    "last", "first", "recent", "other", "next",
}  # fmt: skip
# A generic war noun as the subject of a verb of motion or nearness ("the fighting moved closer
# to the camps", "the war spread to the north", "clashes edged toward the capital") tells where
# the front is going, background to the news, not a new dated event: ACLED codes the battles
# themselves, not the front's movement. "Fighting broke out in X", "clashes erupted" stay events.
_WAR_NOUN = re.compile(
    r"(?:fighting|war|clash(?:es)?|battles?|conflict|violence|hostilities|combat|front(?:\s?line)?)$",
    re.IGNORECASE,
)
_FRONT_MOTION = re.compile(
    r"\s+(?:(?:has|have|had|is|are|was|were|been|now|also|then|steadily|gradually|slowly|"
    r"quickly|rapidly|already|further)\s+)*"
    r"(?:mov(?:ed|es|ing|e)\b|approach(?:ed|es|ing)?\b|spread(?:s|ing)?\b|edg(?:ed|es|ing|e)\b|"
    r"cr(?:ept|eeps?|eeping)\b|inch(?:ed|es|ing)?\b|near(?:ed|s|ing)\b|clos(?:ed|es|ing|e)\s+in\b|"
    r"(?:dr[ae]w(?:s|ing|n)?|c[ao]me(?:s)?|coming|g[eo]t(?:s|ting)?)\s+(?:closer|nearer)\b|"
    r"shift(?:ed|s|ing)?\s+(?:to|towards?|closer)\b)",
    re.IGNORECASE,
)


@cache
def _reading_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The cue file's "reading_cues": extra patterns for finding mentions in articles, kept
    apart from the classifier's cues so its trained cue features do not shift."""
    raw = json.loads(
        resources.files("sitroom").joinpath("data", CUES_FILE).read_text(encoding="utf-8")
    )
    return tuple(
        (code, re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.IGNORECASE))
        for code, alts in raw.get("reading_cues", {}).items()
        if code != "about"
    )


def _find_trigger_cues(text: str) -> list[Cue]:
    """The classifier's cues in `text` plus the reading-only ones, in text order."""
    found = set(find_cues(text))
    for code, pattern in _reading_cues():
        found.update(Cue(code, m.start(), m.end()) for m in pattern.finditer(text))
    return sorted(found, key=lambda c: (c.start, c.end, c.code))


def _trigger_token(doc: Doc, cue: Cue, offset: int) -> Token | None:
    span = doc.char_span(offset + cue.start, offset + cue.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if (
        span.root.lemma_.lower() in load_attribution_cues()["say_verbs"]
        and len(span) > 1
        # "agreed to": the verb itself, not the particle after it.
        and span[-1].pos_ not in ("PART", "ADP", "AUX", "DET")
    ):
        # "residents said the attackers ... killed": the act is the cue's last word, not the
        # saying the cue's words run across.
        return span[-1]
    return span.root


def _cue_fits(doc: Doc, cue: Cue, token: Token, offset: int, places: list[Place]) -> bool:
    """False when the cue word is used in a sense that is not its event type's.

    Protest verbs used transitively or with an armed force as subject ("marched the captives
    into the bush", "troops marched into the town") are not protests; a militant "seized" or
    "captured" something other than territory ("seized weapons and vehicles") has not taken
    territory; a headquarters struck, not set up ("struck 80 targets, including the defence
    ministry headquarters"), was established by nobody.
    """
    text = doc_text(doc)
    word = text[offset + cue.start : offset + cue.end].lower()
    after = text[offset + cue.end : offset + cue.end + 60]
    if (
        token.ent_type_ == "ORG"
        and token.text[:1].isupper()
        and not token.is_sent_start
        # The first word after a dateline opens its sentence ("OMDURMAN - Artillery rounds").
        and token.idx != dateline_end(doc)
    ):
        return False  # a word of a group's name: "the Baloch Liberation Army"
    if cue.code == "PEACE_PROTEST" and word.startswith(_PROTEST_VERBS):
        if token.pos_ == "VERB" or word.endswith("ed") or word.startswith("march"):
            if _TRANSITIVE_OBJECT.match(after) or any(c.dep_ == "dobj" for c in token.children):
                return False
            subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if any(c.lemma_.lower() in _ARMED_NOUNS or c.lower_ in _ARMED_NOUNS for c in subjects):
                return False
            if any(c.dep_ in {"auxpass", "agent"} for c in token.children):
                return False  # "had been marched into the forest by the attackers": captives
    if (
        cue.code == "PEACE_PROTEST"
        and token.pos_ == "NOUN"
        and token.dep_ == "dobj"
        and token.head.lemma_.lower() in _NOT_PROTESTING
        and not any(c.dep_ == "prt" and c.lower_ == "up" for c in token.head.children)
    ):
        # "for defying the boycott", "called a strike": no protest held ("broke up a sit-in"
        # is one held, and dispersed).
        return False
    if (
        cue.code == "ABDUCT_DISSAP"
        and token.lemma_.lower() in event_words("perpetrator_nouns")
        and any(d.dep_ == "det" and d.lower_ in _DEFINITE for d in token.children)
        and any(c.code != cue.code for c in _find_trigger_cues(token.sent.text))
    ):
        # "tracked the kidnappers to the forest and engaged them in a gunfight": who did the
        # abduction told, in a sentence telling another act.
        return False
    if (
        cue.code == "ABDUCT_DISSAP"
        and token.dep_ in {"dobj", "nsubjpass"}
        and token.head.lemma_.lower() in _FREEING
    ):
        return False  # "freeing four hostages", "the hostages were released": a rescue
    if (
        cue.code == "VIOL_DEMONSTR"
        and token.lower_ in {"men", "youths", "boys"}
        and token.dep_ in {"dobj", "nsubjpass"}
    ):
        return False  # "beat at least six young men ... and set fire to": the youths were hit
    if (
        cue.code == "MOB_VIOL"
        and token.dep_ == "nsubj"
        and token.head.lemma_.lower() in load_attribution_cues()["say_verbs"]
    ):
        return False  # "The vigilante said 14 women were taken": a speaker, not a mob
    if cue.code in _WEAPON_CODES and token.pos_ in ("NOUN", "PROPN") and _seized(token):
        return False  # "captured 12 soldiers, along with rifles and a mortar": spoils
    if (
        cue.code == "HQ_ESTABLISHED"
        and word == "stationed"
        and any(c.dep_ in ("auxpass", "aux") and c.lower_ in ("is", "are") for c in token.children)
    ):
        return False  # "Ethiopian troops are stationed in several towns": where they are
    if cue.code == "HQ_ESTABLISHED" and word.startswith("headquarters"):
        sent = token.sent
        return any(t.lemma_.lower() in _ESTABLISHING for t in sent)
    if cue.code == "NON_STATE_ACTOR_OVERTAKES_TER":
        verb = re.search(r"\b(?:captured|seized|took)$", word)
        if verb is not None:
            # The generic "militants ... seized" cue: the object must be territory or a place.
            if _TERRITORY.match(after):
                return True
            end = offset + cue.end
            return any(
                0 < p.start - end <= 40 and _TERRITORY_GAP.match(text[end : p.start])
                for p in places
            )
    if (
        cue.code == "NON_STATE_ACTOR_OVERTAKES_TER"
        and token.lemma_.lower() == "fall"
        and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in event_words("violent_nouns")
            for c in token.children
        )
    ):
        return False  # "Attacks there have fallen sharply": a count, not a town
    if (
        cue.code == "NON_STATE_ACTOR_OVERTAKES_TER"
        and token.lemma_.lower() == "fall"
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in _AMOUNTS for c in token.children)
    ):
        return False  # "the rebels' strength has fallen to a few hundred fighters"
    if (
        cue.code == "NON_STATE_ACTOR_OVERTAKES_TER"
        and re.match(r"(?:took|take|takes|taken|taking) over$", word)
        and _DUTY_TAKEN.match(after)
    ):
        return False  # "took over the role previously played by the Wagner Group"
    if (
        word.startswith(("wounded", "injured"))
        and token.dep_ == "nsubj"
        and token.head.lemma_.lower() == "die"
    ):
        return False  # "two wounded fighters had died overnight": a toll told again, raised
    if (
        cue.code == "PROTEST_WITH_INTER"
        and token.lemma_.lower() == "disperse"
        and not any(c.dep_ in ("dobj", "agent", "auxpass", "nsubjpass") for c in token.children)
    ):
        return False  # "The rally dispersed in the afternoon without incident": it broke up
    if word in ("riot", "riots") and _RIOT_GEAR.match(after):
        return False  # "Riot police moved in": a kind of police, no riot
    if cue.code == "ABDUCT_DISSAP" and token.dep_ == "attr":
        return False  # "We are hostages in our own city": a figure of speech
    if (
        cue.code in ("NON_STATE_ACTOR_OVERTAKES_TER", "GOV_REGAINS_TERIT")
        and re.search(r"\b(?:driven|drove|drive|driving) out$", word)
        and not re.match(r"\s+(?:of|from|the|an?|its|their|his|all|[A-Z])\b", after)
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in token.children)
    ):
        return False  # "The men had driven out before dawn to gather truffles": a journey
    if (
        cue.code == "NON_STATE_ACTOR_OVERTAKES_TER"
        and re.match(r"(?:took|take|takes|taken|taking) over$", word)
        and re.match(r"\s+(?:from|as|in|at the start)\b", after)
    ):
        return False  # "the mission, which took over from the previous AU force": succeeded it
    if word in ("underway", "under way"):
        # "investigations were under way": only fighting or an operation under way is one.
        before = text[max(0, offset + cue.start - 60) : offset + cue.start]
        subject = _UNDER_WAY_SUBJECT.search(before)
        noun = subject.group(1).lower() if subject is not None else ""
        going = event_words("violent_nouns") | {"operation", "offensive"}
        if not {noun, noun[:-1], noun[:-2]} & going:
            return False
    if cue.code == "NON_VIOL_TERRIT_TRANSFER" and _FOR_HOURS.match(after):
        return False  # "police withdrew from the town centre for several hours": no handover
    return True


# Words a riot names the kind of: "riot police", "riot gear".
_RIOT_GEAR = re.compile(
    r"\s+(?:police|policemen|gear|squads?|shields?|control|units?|officers)\b", re.I
)
# What a number is of, whose fall is no town's: "the rebels' strength has fallen".
_AMOUNTS = frozenset(
    "strength number numbers figure toll price prices level share rate support output".split()
)
# A duty taken over, no place: "took over the role", "took over security duties".
_DUTY_TAKEN = re.compile(
    r"\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:role|roles|duties|duty|task|tasks|"
    r"responsibilit\w+|command|leadership|operations|management|mission|presidency|post)\b",
    re.IGNORECASE,
)
# What is under way: "fighting was under way", "investigations were under way".
_UNDER_WAY_SUBJECT = re.compile(
    r"\b([a-z]+)\s+(?:(?:was|were|is|are|had been|has been|have been|remained|remains)\s+)"
    r"(?:still\s+|already\s+)?$",
    re.IGNORECASE,
)
# A withdrawal for a while, no change of control: "for several hours", "briefly".
_FOR_HOURS = re.compile(
    r"[^.;]{0,60}?\b(?:for\s+(?:a\s+few|several|some|\w+)\s+hours|overnight|briefly|"
    r"temporarily|for\s+the\s+(?:night|day|afternoon|morning))\b",
    re.IGNORECASE,
)


# The codes a weapon's name cues, and the verbs that take weapons as spoils or finds.
_WEAPON_CODES = frozenset({"ART_MISS_ATTACK", "AIR_STRIKE", "GRENADE", "REM_EXPLOS"})
_SEIZING = frozenset("seize capture recover confiscate find discover impound".split())
# The links from a weapon's name up to the verb whose object it is ("seized rifles, mortars
# and drone parts", "captured soldiers, along with a mortar").
# The passive subject too: "six rifles, grenades and 200 kg of marijuana had been seized".
_OBJECT_PATH = frozenset(
    {"dobj", "conj", "pobj", "prep", "appos", "compound", "nmod", "cc", "nsubjpass"}
)


def _seized(token: Token) -> bool:
    """Whether a weapon's name is among what was seized, captured or found."""
    node = token
    while node.dep_ in _OBJECT_PATH and node.head is not node:
        node = node.head
        if node.pos_ == "VERB":
            return node.lemma_.lower() in _SEIZING
    return False


# Verbs whose object is a protest not held: defied, enforced, called, announced, lifted.
_NOT_PROTESTING = frozenset(
    "defy enforce impose call announce lift end break observe threaten plan".split()
)
# Verbs that end a captivity: their captives are no abduction.
_FREEING = frozenset("free release rescue liberate exchange swap".split())


# Verbs that set a base or headquarters up.
_ESTABLISHING = frozenset(
    "establish set open move relocate build install base station found".split()
)


def _front_motion(text: str, cue: Cue) -> bool:
    """True for a war noun cue that is the subject of a motion or nearness verb ("the fighting
    moved closer", "clashes spread to"): the front's movement, not an event of its own."""
    word = text[cue.start : cue.end]
    return bool(_WAR_NOUN.search(word)) and bool(_FRONT_MOTION.match(text, cue.end))


def _verb_bases(token: Token) -> set[str]:
    """A verb's lemma and the bases its inflected form may have: the tagger's lemma can be
    wrong for a rare verb ("staging" lemmatised as "stag")."""
    low = token.lower_
    bases = {token.lemma_.lower(), low}
    for suffix in ("ing", "ed", "es", "s"):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            stem = low[: -len(suffix)]
            bases |= {stem, stem + "e"}
    return bases


# A group's claim of its own deed: "claimed ... that they had killed 30 soldiers".
_CLAIMED_THEY_DID = re.compile(
    r"\bclaimed\b[^.;]{0,60}?\bthat (?:they|it|its (?:fighters|men)|their fighters) had "
    r"(?:killed|attacked|ambushed|overrun|seized|captured|destroyed|stormed|shot down)\b"
)


def restates_deed(sent: Span) -> bool:
    """True when the sentence names an event already reported as someone's deed: "its fighters
    carried out the attack and killed 25 soldiers", "claimed responsibility for the bombing",
    "claimed responsibility, saying ...".
    Whatever else it tells (the claimant's own toll) is said of that event."""
    if _CLAIMED_THEY_DID.search(sent.text):
        return True  # "claimed in a statement on Saturday that they had killed 30 soldiers"
    verbs = event_words("deed_verbs")
    for t in sent:
        if (
            t.lemma_.lower() in ("responsibility", "credit")
            and t.head.lemma_.lower() in ("claim", "take", "accept", "admit")
            and not any(c.dep_ == "prep" and c.lower_ == "for" for c in t.children)
        ):
            # "Islamic State claimed responsibility on Saturday, saying its fighters had
            # killed 30": with nothing named, the event just told.
            return True
        if t.lemma_.lower() == "claim" and t.dep_ == "pobj" and t.head.lower_ == "in":
            return True  # "said in a claim published by its Amaq news agency that ..."
        if not _definite_event_noun(t):
            continue
        head = t.head
        if t.dep_ == "dobj" and _verb_bases(head) & verbs:
            return True
        if (
            t.dep_ == "pobj"
            and head.lower_ == "for"
            and head.head.lemma_.lower() in ("responsibility", "credit")
        ):
            return True
    return False


@cache
def _referring_nouns() -> frozenset[str]:
    """Nouns that, made definite, refer back to an event: its kind ("the attack", "the
    protest") or what it fired ("the rockets")."""
    return (
        event_words("violent_nouns")
        | event_words("fired_weapon_nouns")
        | event_words("crowd_nouns")
    )


def _definite_event_noun(token: Token) -> bool:
    """True for "the attack", "this raid", "its assault": an event already reported.

    A definite with its own description ("the attack on a police station", "the second
    attack", "the raid that followed") can introduce a new event, so it does not count. A
    relative clause after a comma ("the killings, which the group denied") describes nothing
    new: it comments on the event already known.
    """
    children = list(token.children)
    fire = token.lemma_.lower() == "exchange" and any(_of_fire(c) for c in children)
    if token.pos_ not in {"NOUN", "PROPN"} or (
        token.lemma_.lower() not in _referring_nouns() and not fire
    ):
        return False
    if any(
        (
            c.dep_ in {"prep", "acl", "relcl", "nummod"}
            and not _comments(c)
            and not _channel(c)
            and not _when(c)
            and not _of_fire(c)
        )
        or (c.dep_ == "amod" and c.lower_ in _NEW_OCCASION)
        for c in children
    ):
        return False
    return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in children)


def _of_fire(prep: Token) -> bool:
    """True for "of fire" in "the exchange of fire": part of the event's name, no description
    of another."""
    return prep.lower_ == "of" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in ("fire", "gunfire", "shot") for c in prep.children
    )


def _channel(prep: Token) -> bool:
    """True for a preposition of the channel a claim came through ("claimed the attack through
    its news agency", "via Telegram", "in a statement"): it describes the claim, not a new
    attack."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in ("through", "via"):
        return True
    nouns = load_attribution_cues()["channel_nouns"]
    return prep.lower_ == "in" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in nouns for c in prep.children
    )


def _when(prep: Token) -> bool:
    """True for a preposition of time ("claimed the attack on Wednesday"): when something was
    said or done, not which attack."""
    return prep.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children
    )


def _comments(clause: Token) -> bool:
    """True for a non-restrictive relative or participle clause: one set off from its noun by
    a comma ("the killings, which the group denied", "the strike, carried out with ...")."""
    if clause.dep_ not in ("relcl", "acl"):
        return False
    first = clause.left_edge
    return first.i > 0 and first.nbor(-1).text == ","


def names_perpetrators(token: Token) -> bool:
    """True when a trigger verb's subject or object (or the object of its preposition) is the
    definite doers of an attack already reported ("the attackers were repelled", "troops
    exchanged fire with the gunmen"): the sentence tells more of that attack, whatever type its
    own verb would give it."""
    nouns = event_words("perpetrator_nouns")
    if token.pos_ == "NOUN" and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
        # A cue read from its doers ("the attackers approached the station and opened fire").
        return token.lemma_.lower() in nouns and any(
            d.dep_ == "det" and d.lower_ in _DEFINITE for d in token.children
        )
    if token.pos_ != "VERB":
        return False
    args = [c for c in token.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]
    # "exchanged fire with the attackers"
    args += [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(
        a.lemma_.lower() in nouns
        and any(d.dep_ == "det" and d.lower_ in _DEFINITE for d in a.children)
        for a in args
    )


def _is_anaphoric(token: Token) -> bool:
    """True when the trigger, or the object or subject of the trigger verb, is a definite event
    noun ("confirmed the abduction", "repelled the attack", "the attack killed 3", "the
    fighting"): the sentence speaks of an event the article has already reported rather than
    introducing a new one.
    """
    if _definite_event_noun(token):
        return True
    return token.pos_ == "VERB" and any(
        c.dep_ in {"dobj", "nsubj", "nsubjpass"} and _definite_event_noun(c) for c in token.children
    )


def spoken_of(token: Token) -> bool:
    """True for an event noun that a statement is about ("confirmed the kidnapping", "condemned
    the attack", "blamed the rebels for the ambush"): the sentence tells what someone said of
    an event, not who took part."""
    if token.pos_ != "NOUN" or token.dep_ not in ("dobj", "pobj"):
        return False
    if token.head.lemma_.lower() in _statement_verbs():
        return True
    # "blamed NAS for the ambush", "blamed the other for starting the fight": what the blame
    # is laid for.
    prep = token.head
    if token.dep_ == "dobj" and prep.dep_ == "pcomp":
        prep = prep.head
    return prep.lower_ == "for" and prep.head.lemma_.lower() in _ACCUSING


# Verbs that lay an act at another's door: "accused the army of shelling".
_ACCUSING = frozenset({"accuse", "blame"})


def denied_deed(token: Token) -> bool:
    """True for an act a party denies doing ("denying that they had attacked civilian
    families", "denied shelling the market") or accuses another of ("accused government forces
    of shelling the neighbourhood"): a dispute of an event, told or not yet told, not a new
    one."""
    deny = load_attribution_cues()["deny_verbs"]
    if token.dep_ == "pcomp" and token.head.lower_ == "of":
        # "accused forces loyal to the government of shelling their own neighbourhood": the
        # act denied, laid at the other side's door.
        if any(a.lemma_.lower() in _ACCUSING for a in list(token.ancestors)[:7]):
            return True
    node = token
    if node.dep_ in ("nsubj", "nsubjpass") and node.head.i != node.i:
        node = node.head  # "denied that any fighting had taken place"
    for _ in range(3):
        if node.dep_ not in ("ccomp", "xcomp", "pcomp", "dobj") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in deny:
            return True
    return False


def addressed(token: Token) -> bool:
    """True for a gathering someone spoke to ("told a rally in the city", "speaking at a
    rally"): the setting of a speech, not a protest reported."""
    if token.pos_ != "NOUN":
        return False
    head = token.head
    if token.dep_ in ("dobj", "dative") and head.lemma_.lower() in ("tell", "address"):
        return True
    return (
        token.dep_ == "pobj"
        and head.lower_ in ("at", "to")
        and head.head.lemma_.lower() in ("speak", "say", "tell", "address")
    )


def statement_on_told_event(sent: Span) -> bool:
    """True when the sentence is a statement about an event already told ("The army confirmed
    the attack ... but gave a lower toll of seven soldiers killed", "the strike was a
    massacre", "the strike had killed two fighters"), whatever its own cue."""
    return any(
        _definite_event_noun(t)
        and (spoken_of(t) or (t.dep_ == "nsubj" and t.head.lemma_.lower() in ("be", *_TOLL_VERBS)))
        for t in sent
    )


@cache
def _statement_verbs() -> frozenset[str]:
    """Verbs of saying, confirming, denying and condemning, from the claims cue lexicon."""
    cues = load_attribution_cues()
    return cues["say_verbs"] | cues["confirm_verbs"] | cues["deny_verbs"] | {"condemn"}


def names_taken_place(token: Token) -> bool:
    """True when a change of control has an unnamed definite place for its subject, object or
    origin ("denied that the town had fallen", "the rebels seized the base", "troops withdrew
    from the city"): the place, and so the capture, was told before. A noun with its own
    description ("the town of X", "the base that ...") or a proper-noun compound may be
    another place."""
    nouns = event_words("taken_place_nouns")
    if token.pos_ != "VERB":
        return False
    args = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    # "withdrew from the city"
    args += [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(
        c.lemma_.lower() in nouns
        and any(d.dep_ == "det" and d.lower_ in _DEFINITE for d in c.children)
        and not any(
            d.dep_ in {"prep", "acl", "relcl", "appos", "amod", "nummod"}
            or (d.dep_ == "compound" and d.pos_ == "PROPN")
            for d in c.children
        )
        for c in args
    )


def _perfect(verb: Token) -> bool:
    """Whether a verb is in the present perfect ("has killed", "have been hit")."""
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


def _war_toll(verb: Token) -> bool:
    """Whether a verb tells what a whole war has done: a perfect with the war as its subject
    ("the conflict has killed tens of thousands and displaced 2 million"), or the harm done in
    it ("more than 6,000 people have been killed in the conflict")."""
    if not _perfect(verb):
        return False
    wars = event_words("conflict_nouns")
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in wars for c in verb.children):
        return True
    if verb.lemma_.lower() in _TOLL_VERBS and any(
        c.dep_ == "dobj"
        and (c.lower_ in _MASS_COUNTS or any(g.lower_ in _MASS_COUNTS for g in c.children))
        for c in verb.children
    ):
        return True  # "the gangs have killed thousands of people": a tally over years
    if any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(g.lemma_.lower() in _LONG_SPANS for g in c.subtree)
        for c in verb.children
    ):
        # "Kidnappings and attacks on villages have plagued the north-west for more than a
        # decade": a pattern of years.
        return True
    return verb.lemma_.lower() in _TOLL_VERBS and any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "during", "since")
        and any(g.dep_ == "pobj" and g.lemma_.lower() in wars for g in c.children)
        for c in verb.children
    )


# Counts of a tally, not of one event's dead: "have killed thousands of people".
_MASS_COUNTS = frozenset({"thousands", "hundreds", "millions", "tens"})
# Spans of years a pattern lasts: "for more than a decade", "for years".
_LONG_SPANS = frozenset({"decade", "year", "years", "decades", "generation", "generations"})
# Verbs of a war's toll: who it killed, hurt or drove from home.
_TOLL_VERBS = frozenset({"kill", "wound", "injure", "die", "displace", "uproot"})


def war_toll_spans(span: Span) -> list[tuple[int, int]]:
    """Character spans of relative clauses telling a war's toll in passing ("a frontier where a
    short war killed about 100 people less than a year ago"): no toll of the event told."""
    wars = event_words("conflict_nouns") - {"violence", "crisis"}

    def of_war(t: Token) -> bool:
        # "a land conflict in the department of Solola that has killed dozens": the relative
        # pronoun's noun may be one the parser hung the clause below the war noun's phrase.
        nouns = [t.head, *list(t.head.ancestors)[:4]]
        return any(n.lemma_.lower() in wars for n in nouns if n.pos_ == "NOUN")

    return [
        (t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text))
        for t in span
        if t.dep_ in ("relcl", "acl")
        and t.pos_ in ("VERB", "AUX")
        and any(
            c.dep_ == "nsubj"
            and (
                c.lemma_.lower() in wars
                or (c.lower_ in ("that", "which") and t.dep_ == "relcl" and of_war(t))
            )
            for c in t.children
        )
    ]


def tells_war_toll(span: Span) -> bool:
    """Whether a span tells a war's toll (`_war_toll`), not an event's."""
    return any(_war_toll(t) for t in span if t.pos_ in ("VERB", "AUX"))


# Verbs whose infinitive is what someone was armed, sent or trained for, not what they did
# ("deployed to fight the rebels"); "tried to storm the base" is an attempt told.
_PURPOSE_HEADS = frozenset(
    "arm deploy send train recruit mobilise mobilize form create establish equip fund hire "
    "dispatch".split()
)


def _many_or_recent(token: Token) -> bool:
    """Whether a plural event noun counts many ("more than 40 attacks", "dozens of raids") or
    sums up the recent ones ("the recent gunfights")."""
    for c in token.children:
        if c.dep_ == "amod" and c.lower_ in ("recent", "repeated", "frequent", "numerous"):
            return True
        if c.dep_ == "nummod":
            n = c.text.replace(",", "")
            if n.isdigit() and int(n) >= 5:
                return True
    return False


def _since_when(token: Token) -> bool:
    """Whether an event noun is the time a span is counted from or to ("since the truce
    began", "since the 2022 ceasefire", "until the war ended")."""
    if token.dep_ == "pobj" and token.head.lower_ in ("since", "until"):
        return True
    head = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "mark" and c.lower_ in ("since", "until") for c in head.children
    )


def is_realis(token: Token) -> bool:
    """True when the trigger reports something that happened (not a hypothetical or a threat).

    Walks from the trigger up to its clause head: modal auxiliaries, negation, "ready to",
    "threatened to", "end the fighting" and conditions mark the mention as not an event.
    """
    if (
        token.lemma_.lower() in event_words("violent_nouns")
        and token.dep_ in ("nsubj", "nsubjpass")
        and token.head.lemma_.lower() in event_words("trend_verbs")
    ):
        # "kidnappings have increased": a count that changes, not an event ("shells fell on
        # the market" is one: a weapon is no count of events).
        return False
    if (
        any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        and token.head.lemma_.lower() in _PURPOSE_HEADS
    ):
        return False  # "militias, which Kinshasa has armed to fight the M23": a purpose
    if any(
        a.dep_ == "relcl"
        and a.tag_ in ("VBP", "VBZ")
        and not any(c.dep_ == "aux" for c in a.children)
        for a in [token, *token.ancestors][:6]
    ):
        return False  # "gangs, who raid villages, rustle cattle and kidnap for ransom": a habit
    if token.tag_ == "VBG" and token.dep_ == "acl" and token.head.dep_ == "appos":
        # "the Multinational Joint Task Force, the regional force fighting Boko Haram": what a
        # body named in passing is for, not an event.
        return False
    if any(
        a.dep_ == "relcl"
        and a.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in a.children)
        and any(c.dep_ == "nsubj" and c.lower_ in ("who", "which") for c in a.children)
        for a in [token, *token.ancestors][:6]
    ):
        # "JNIM fighters, who have set up checkpoints and restricted movement around several
        # towns": what a group has been doing, said of it in passing.
        return False
    if (token.pos_ == "NOUN" and token.tag_ == "NNS" and _many_or_recent(token)) or (
        token.pos_ == "VERB"
        and any(
            c.dep_ == "dobj"
            and c.tag_ == "NNS"
            and c.lemma_.lower() in event_words("violent_nouns")
            and _many_or_recent(c)
            for c in token.children
        )
    ):
        # "repelled more than 40 Russian attacks", "where most of the recent gunfights have
        # taken place": a count or a run of events, not one.
        return False
    if (
        token.pos_ == "VERB"
        and _perfect(token)
        and "each other" in token.sent.text[token.idx - token.sent.start_char :].lower()
    ):
        return False  # "the two groups have also fought each other": a rivalry
    if (
        token.dep_ in ("pobj", "pcomp")
        and token.head.lower_ == "of"
        and token.head.head.lemma_.lower() in ("year", "month", "decade")
        and token.head.head.tag_ == "NNS"
    ):
        return False  # "shells left from years of fighting": a war's span, not an event
    if token.pos_ == "NOUN" and _since_when(token):
        return False  # "killed in the city since the truce began": a time, not an event
    if token.pos_ in ("NOUN", "VERB") and _fled(token):
        return False  # "These families have fled the fighting three times": what they escaped
    if token.dep_ == "nsubj" and token.pos_ == "NOUN" and token.head.lemma_.lower() == "become":
        # "drone attacks have become almost a weekly occurrence", "air strikes on markets have
        # become one of the deadliest features of the conflict": a pattern
        return False
    if token.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in _FREQUENT for c in token.children
    ):
        return False  # "the town has been under near-daily bombardment": a pattern
    if token.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (
            c.lower_ in ("nobody", "none")
            or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        )
        for c in token.children
    ):
        return False  # "no civilians had been harmed", "nobody was killed"
    # What is done, through the conjuncts of a list ("carries out ambushes and roadside
    # bombings").
    done = token
    while done.dep_ == "conj" and done.head.i != done.i:
        done = done.head
    node = token
    via_conj = False  # reached as the head of a conjunct
    for _ in range(6):
        for child in node.children:
            if child.dep_ in {"aux", "auxpass"} and child.lower_ in _MODAL_AUX:
                return False
            if child.dep_ == "neg" or child.lower_ in _NEG and child.dep_ in {"advmod", "det"}:
                return False
            if child.dep_ == "mark" and child.lower_ in {"if", "unless"}:
                return False
        # "stopped a minibus ... and shot four men dead": a vehicle or people stopped, not an
        # act ended; what was done beside it happened.
        halted = (
            via_conj
            and node.lemma_.lower() in ("stop", "halt")
            and any(
                c.dep_ == "dobj"
                and c.lemma_.lower() not in event_words("violent_nouns") | event_words("nouns")
                for c in node.children
            )
        )
        if node.lemma_.lower() in _INTENT_HEADS and node.i != token.i and not halted:
            return False
        habitual = event_words("habitual_adverbs")
        present_passive = node.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in node.children
        )
        # A base form with a subject and no auxiliary is a present the tagger misread ("Mines
        # ... kill people").
        present = node.tag_ in ("VBZ", "VBP") or (
            node.tag_ == "VB"
            and any(c.dep_ == "nsubj" for c in node.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in node.children)
        )
        if _perfect(node) and any(
            c.dep_ == "prep"
            and c.lower_ in ("in", "over", "during")
            and any(
                p.dep_ == "pobj"
                and p.lemma_.lower() in ("week", "month", "day", "year")
                and p.tag_ == "NNS"
                and any(a.lower_ in ("recent", "past", "last") for a in p.children)
                for p in c.children
            )
            for c in node.children
        ):
            # "Military aircraft have bombed several villages in recent weeks": a run of them
            return False
        if (present or _perfect(node) or present_passive) and any(
            (c.dep_ == "advmod" and c.lower_ in habitual)
            # "kill people across the province almost every week"
            or (
                c.dep_ in ("npadvmod", "advmod")
                and c.lemma_.lower() in _SPELLS
                and any(d.lower_ in ("every", "each") for d in c.children)
            )
            for c in node.children
        ):
            # "the group often exaggerates the casualties", "the city has been hit almost
            # daily": a habit, not an event
            return False
        if (
            node.tag_ in ("VBZ", "VBP")
            and node.i != token.i
            and token.tag_ == "NNS"
            and done.dep_ == "dobj"
            and done.head.i == node.i
        ):
            return False  # "the group still carries out ambushes": what it does, not an event
        if _war_toll(node):
            return False  # "the conflict has killed tens of thousands": the war's toll
        if node.dep_ in {"xcomp", "ccomp", "advcl", "dobj", "pobj", "prep", "acl", "nsubj", "amod"}:
            # An infinitive ("to end the fighting") governs an unrealised action.
            if (
                any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
                and node.i != token.i
            ):
                return False
        if node.head.i == node.i:
            break
        via_conj = node.dep_ == "conj"
        node = node.head
    return True


# Spells of time that "every" makes a habit of: "almost every week".
_SPELLS = frozenset({"day", "night", "week", "month", "year", "morning", "evening"})


# Verbs of escaping what the fighting did: their object is no event told.
_FLEEING = frozenset({"flee", "escape", "evade"})


# Verbs of people driven from their homes: what drove them is no event told.
_DISPLACING = frozenset({"displace", "uproot", "drive", "force"})


def _fled(token: Token) -> bool:
    """Whether an event noun is what people fled ("fled the fighting", "escaped from the
    violence") or were driven out by ("have been displaced by fighting in recent years")."""
    head = token.head
    if token.dep_ == "dobj":
        return head.lemma_.lower() in _FLEEING
    return token.dep_ in ("pobj", "pcomp") and (
        (head.lower_ in ("from", "of") and head.head.lemma_.lower() in _FLEEING)
        or (head.lower_ == "by" and head.head.lemma_.lower() in _DISPLACING)
    )


_MEASURED_SINCE = re.compile(
    r"\b(?:latest|first|worst|deadliest|biggest|largest|heaviest|bloodiest)\b[^,.;]{0,60}"
    r"\bsince\b[^,.;]{0,80}$",
    re.IGNORECASE,
)


def _since_in_clause(sent: Span, start: int) -> bool:
    """Whether the time expression at `start` follows a "since" in a clause that describes
    something ("a school that has stood empty since 2022"), not in the sentence's main one
    ("fighting has raged since 2012")."""
    at = sent.doc.char_span(start, start + 1, alignment_mode="expand")
    if at is None or at.start == 0:
        return False
    since = sent.doc[at.start - 1]
    if since.lower_ == "since" and since.head.dep_ in ("relcl", "acl"):
        return True
    # "the deadliest attack in the valley since a massacre in Pont-Sonde in October": a
    # superlative measured from an old event, not when this one happened. By the words too,
    # where the parser hung the time elsewhere ("in the latest strike on the area since a
    # ceasefire took effect in November").
    before = sent.doc.text[sent.start_char : start]
    if _MEASURED_SINCE.search(before):
        return True
    for node in list(at[0].ancestors)[:6]:
        if node.lower_ == "since":
            return any(
                (t.tag_ == "JJS" and t.dep_ == "amod" and t.lower_ not in ("most", "least"))
                or t.lower_ in ("first", "worst")
                for t in node.head.subtree
                if t.i < node.i
            )
    return False


def _describes_a_name(sent: Span, start: int) -> bool:
    """Whether the time at `start` lies in a participle or relative clause hanging from a
    description set off by commas ("the rebel alliance formed before the 2020 elections")."""
    span = sent.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    node = span[0]
    for _ in range(6):
        if node.dep_ in ("acl", "relcl") and node.head.dep_ == "appos":
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _of_a_thing_told(sent: Span, start: int) -> bool:
    """Whether a time sits in a relative clause on a thing ("recovered three rifles that had
    been looted from a police armoury in May"): when the thing came about, not the event."""
    span = sent.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    for a in list(span[0].ancestors)[:5]:
        if a.dep_ == "relcl" and a.head.pos_ in ("NOUN", "PROPN"):
            return a.head.lemma_.lower() not in event_words("violent_nouns")
    return False


def _names_a_thing(sent: Span, start: int) -> bool:
    """Whether a time only tells which thing is meant ("unrest over October's disputed
    election", "the 2020 elections"): a modifier of a noun that names no violence."""
    span = sent.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    word = span[0]
    return (
        word.dep_ in ("poss", "compound", "nmod")
        and word.head.pos_ in ("NOUN", "PROPN")
        and word.head.lemma_.lower() not in event_words("violent_nouns")
    )


def _is_history(sent_text: str, published: dt.date, times: list[DateRef], sent: Span) -> bool:
    own = [t for t in times if sent.start_char <= t.start < sent.end_char and t.date is not None]
    # A period counts by its last day: "last month" is recent news on the 21st.
    old = [t for t in own if (published - (t.date_end or t.date)).days > 31]
    if old:
        # "A guided bomb struck Kupiansk late on Monday, damaging a school that has stood empty
        # since 2022": a recent day of its own, the old one only where a state began.
        # So is an old time describing a group named ("the CPC, the rebel alliance formed
        # before the 2020 elections, said on Saturday that ...").
        since_only = len(old) < len(own) and all(
            _since_in_clause(sent, t.start)
            or _describes_a_name(sent, t.start)
            or _of_a_thing_told(sent, t.start)
            or _names_a_thing(sent, t.start)
            for t in old
        )
        if not since_only:
            return True
        sent_text = _SINCE_YEAR.sub("", sent_text)
    return bool(_HISTORY.search(sent_text))
