"""Verb and noun cues of attribution: what each one attributes and who is said to say it."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from .attribution_model import CueModel, cue_features
from .attribution_spans import Attribution, _clip, _inside, _overlaps, _span_of
from .doctext import doc_text

# Prepositions that take what a nominal cue is about ("claims of fraud", "worries about").
_NOUN_CONTENT_PREPS = ("of", "about", "on", "over", "for", "against", "with", "toward", "towards")


def _noun_content(tok: Token, seg: Span) -> tuple[tuple[int, int] | None, str]:
    """What the nominal cue `tok` attributes: a that-clause or infinitive it heads ("the claim
    that ...", "his plan to ..."), or the object of an aboutness preposition ("fears of ...")."""
    for child in tok.children:
        if child.dep_ in ("acl", "ccomp", "relcl") and child.pos_ in ("VERB", "AUX"):
            marks = {c.lower_ for c in child.children if c.dep_ in ("mark", "aux")}
            if "that" in marks:
                return _span_of(child, seg), "n_that"
            if "to" in marks and child.dep_ != "relcl":
                return _span_of(child, seg), "n_to"
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in _NOUN_CONTENT_PREPS:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return _span_of(obj, seg), f"n_{child.lower_}"
    return None, "none"


def _noun_source(tok: Token, seg: Span) -> Token | None:
    """Whose the nominal cue is: its possessor ("Lee's claim") or a by/from phrase."""
    for child in tok.children:
        if child.dep_ == "poss" and seg.start <= child.i < seg.end:
            return child
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and seg.start <= obj.i < seg.end:
                return obj
    for child in tok.children:
        # "a Times report that ...", "the campaign's statement": a named modifier speaks.
        if child.dep_ in ("compound", "nmod") and child.ent_type_ in ("ORG", "PERSON", "NORP"):
            return child
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _SUPPORT_VERBS:
        # "voters have expressed concern that ...", "she made the determination": the one who
        # expresses or makes the statement holds it.
        return _subject(tok.head, seg)
    return None


# Verbs that take a statement or attitude noun as object and give it their subject:
# "expressed concern", "voiced doubts", "made the claim", "issued a warning".
_SUPPORT_VERBS = {
    "express", "voice", "raise", "make", "issue", "air", "register", "lodge", "offer", "share",
    "repeat", "reiterate", "level", "give", "deliver", "file",
}  # fmt: skip


def _noun(
    tok: Token, seg: Span, cues: dict[str, Any], model: CueModel, vector: Any = None
) -> Attribution | None:
    content, kind = _noun_content(tok, seg)
    if content is None:
        return None
    subj = _noun_source(tok, seg)
    if model.score(cue_features(tok, kind, subj, cues, content), vector) < model.threshold:
        return None
    source = _span_of(subj, seg) if subj is not None else None
    if source is not None and _overlaps(source, content):
        source = None
    return Attribution(
        source=source,
        cue=(tok.idx, tok.idx + len(tok.text)),
        content=content,
        sentence=(seg.start_char, seg.end_char),
        lemma=tok.lemma_.lower(),
        kind="noun",
        source_head=(subj.idx, subj.idx + len(subj.text)) if subj is not None else None,
    )


def _subject(
    tok: Token,
    seg: Span | None = None,
    depth: int = 0,
    quotes: list[tuple[int, int]] | None = None,
) -> Token | None:
    """Who speaks for the verb `tok`: its subject, a passive agent, or the subject it shares
    with the verb it hangs on ("..., saying", "met to discuss", "and added").

    A subject outside `seg` (the parser joining a dateline or a heading to the sentence) is
    no subject.
    """

    def inside(t: Token) -> bool:
        if quotes and _inside(t.idx, quotes) and not _inside(tok.idx, quotes):
            return False  # the quotation parsed as the subject of its own "said"
        return seg is None or seg.start <= t.i < seg.end

    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "csubj") and inside(c)]
    clause = _clause_as_subject(tok)
    if clause is not None:
        return clause[1]  # "Gunmen ... killed 40 people, two residents said": the residents
    if len(subjects) > 1:
        # "the reasons that Lee refuses": the relative word beside a named subject is not it.
        subjects = [c for c in subjects if c.tag_ not in ("WDT", "WP")] or subjects
    if subjects:
        # A heading the parser gave the verb as a second subject ("The Latest: Lee urges ...")
        # is cut off by its colon.
        return next((c for c in subjects if not _cut_off(c, tok)), subjects[0])
    if seg is not None and any(
        c.dep_ in ("nsubj", "csubj") and not seg.start <= c.i < seg.end for c in tok.children
    ):
        # The parser took the subject from a heading or dateline above ("7 p.m." over
        # "Donald Lee is questioning ..."): the segment's own noun phrase before the verb,
        # left hanging on a word outside the segment, is the subject.
        stranded = [
            t
            for t in seg.doc[seg.start : tok.i]
            if t.pos_ in ("NOUN", "PROPN", "PRON") and not seg.start <= t.head.i < seg.end
        ]
        if stranded:
            return stranded[-1]
    hanging = _hanging_subject(tok, seg) if seg is not None else None
    if hanging is not None:
        return hanging
    for child in tok.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and inside(pobj):
                    return pobj
    if any(c.dep_ == "nsubjpass" for c in tok.children):
        return None  # "it was reported that ...": no source given
    # '"...," said Mr. Lee': the speaker after the verb, parsed as an object or modifier.
    # Only a finite verb inverts so, and an object pronoun ("comparing him") never speaks.
    after = [c for c in tok.children if c.i > tok.i and c.dep_ in ("dobj", "npadvmod", "attr")]
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if (
        after
        and before is not None
        and (before.is_punct or tok.dep_ == "parataxis")  # '"...," said Mr. Lee'
        and tok.tag_ in ("VBD", "VBZ", "VBP")
        and after[0].pos_ in ("PROPN", "NOUN", "PRON")
        and after[0].lower_ not in ("him", "her", "them", "me", "us", "it")
        and _may_speak(after[0])
        and after[0].i - tok.i <= 3
    ):
        if not any(c.dep_ == "ccomp" for c in tok.children) and inside(after[0]):
            return after[0]
    if tok.dep_ in ("ROOT", "ccomp", "parataxis") and seg is not None:
        stranded = _stranded_speaker(tok, seg, quotes or [])
        if stranded is not None:
            return stranded
    said = _after_saying(tok)
    if said is not None and inside(said):
        # '"...," Ann Lee said, going on to say that ...': the parser hangs the participle
        # inside the quotation; it goes with the saying just before it.
        return said
    head = tok.head
    if head.i == tok.i or depth > 6 or not inside(head):
        return None
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if _speaker_participle(tok) and head.dep_ == "ccomp" and inside(head.head):
        # "X said Y would fall, citing Z": a participle set off by a comma after what someone
        # says goes with the saying (the parser hangs it on the reported clause).
        return _subject(head.head, seg, depth + 1, quotes)
    if tok.dep_ == "xcomp":
        controller = next(
            (c for c in head.children if c.dep_ == "dobj" and c.i < tok.i and c.pos_ in _NOMINAL),
            None,
        )
        if controller is not None and inside(controller):
            return controller  # "got the banker to admit ...": the one made to speak
    if tok.dep_ == "conj":
        misread = _relative_misread(tok, head)
        if misread is not None and inside(misread):
            return misread
    if tok.dep_ in ("conj", "xcomp", "acomp") or (
        tok.dep_ == "advcl" and (tok.tag_ == "VBG" or infinitive)
    ):
        # "... and added", "went on to say", "will be unable to ... and accuse": the subject
        # of the verb it hangs on.
        return _subject(head, seg, depth + 1, quotes)
    if tok.dep_ == "pcomp":
        # "... by saying", "were in the lead in advocating": up through the prepositional
        # phrases to the verb they modify.
        up = head
        for _ in range(6):
            if up.pos_ in ("VERB", "AUX") or up.head.i == up.i:
                break
            up = up.head
        if up.pos_ in ("VERB", "AUX") and up.i != tok.i:
            return _subject(up, seg, depth + 1, quotes)
    if tok.dep_ == "acl" and (tok.tag_ == "VBG" or infinitive) and head.pos_ in _NOMINAL:
        verb = head.head.head  # "she said at a news conference announcing ...": hers
        if (
            head.dep_ == "pobj"
            and verb.pos_ in ("VERB", "AUX")
            and head.lemma_.lower() not in _lexicon()["message_nouns"]
            and inside(verb)
        ):
            return _subject(verb, seg, depth + 1, quotes)
        return head  # "..., a spokesman saying ...", "the authority to issue rules", "one saying"
    return None


def _hanging_subject(tok: Token, seg: Span) -> Token | None:
    """The subject of a finite verb left with none when the parser built the segment's clause
    on a word of the heading above ("WASHINGTON -- President Obama, ..., said"): the segment's
    subject hanging on that word. A dateline's capitals give way to the name set beside them."""
    if not _subjectless_finite(tok, []):
        return None
    hanging = [
        t
        for t in seg.doc[seg.start : tok.i]
        if t.dep_ == "nsubj" and not seg.start <= t.head.i < seg.end
    ]
    if not hanging:
        return None
    subj = hanging[-1]
    named = next((c for c in subj.children if c.dep_ == "appos"), None)
    return named if named is not None and subj.is_upper else subj


def _relative_misread(tok: Token, head: Token) -> Token | None:
    """The subject of a verb the parser joined to the end of a relative clause set off by
    commas ("A doctor at the hospital, where the injured were taken, confirmed that ..."): the
    clause's verb took the subject as its own passive one."""
    if tok.i != head.i + 2 or tok.doc[head.i + 1].text != ",":
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.i > head.i:
        return None
    between = tok.doc[subject.i + 1 : head.i]
    if not any(t.text == "," for t in between) or not any(
        t.lower_ in ("where", "who", "which", "when") for t in between
    ):
        return None
    return subject


def _subjectless_finite(tok: Token, quotes: list[tuple[int, int]]) -> bool:
    """A finite verb the parser left with no subject of its own. A subject it found inside a
    quotation the verb is not in does not count ('"...," Lee said on "Fox and Friends"')."""
    if tok.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    quoted = _inside(tok.idx, quotes)
    return not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") and (quoted or not _inside(c.idx, quotes))
        for c in tok.children
    )


def _may_speak(word: Token) -> bool:
    """Whether a noun after a verb can be its inverted speaker ('"...," said the adviser'): a
    name, a pronoun, or a noun of a speaking role or body, not a thing ("cited comments")."""
    return (
        word.pos_ in ("PROPN", "PRON")
        or word.ent_type_ in ("PERSON", "ORG", "NORP")
        or word.lower_ in _lexicon()["speaker_nouns"]
    )


def _lexicon() -> dict[str, Any]:
    """The cue lexicon, for the helpers here that are not handed it (`load_cues` lives in
    `attribution`, which imports this module, so it is fetched at call time)."""
    from .attribution import load_cues

    return load_cues()


# Parts of speech of a word that can speak ("officials", "Lee", "he", "one").
_NOMINAL = ("NOUN", "PROPN", "PRON", "NUM")
# Dependencies that tie a word into the noun phrase it belongs to.
_IN_PHRASE = ("compound", "pobj", "prep", "appos", "amod", "poss", "flat", "nmod", "det")


def _stranded_speaker(tok: Token, seg: Span, quotes: list[tuple[int, int]]) -> Token | None:
    """The noun phrase right before a finite verb the parser left with no subject at all
    ('"...," Ann Lee, an adviser, said'; "Ann Lee, head of the league, forcefully told"):
    the phrase is its speaker. Its head is found by climbing out of appositions and
    prepositional phrases that stay before the verb."""
    if not _subjectless_finite(tok, quotes):
        return None
    j = tok.i - 1
    while j >= seg.start and (seg.doc[j].is_punct or seg.doc[j].tag_ in ("RB", "MD")):
        j -= 1
    if j < seg.start:
        return None
    word = seg.doc[j]
    clause = next((t for t in [word, *word.ancestors] if t.dep_ == "relcl"), None)
    if (
        clause is not None
        and seg.start < clause.left_edge.i
        and seg.doc[clause.left_edge.i - 1].text == ","
        and clause.head.i < clause.left_edge.i
        and clause.right_edge.i >= j
    ):
        # A relative clause set off by commas ('..., a health worker at the hospital in Zouar,
        # where the wounded were taken, said'): the speaker is the phrase it describes.
        word = clause.head
    if word.pos_ not in ("NOUN", "PROPN", "PRON") or _inside(word.idx, quotes):
        return None
    while (
        word.dep_ in _IN_PHRASE
        # "... near Arlit, a nurse at the hospital in Agadez, said": no place is described
        # by a common noun set beside it; the parser's apposition is the speaker.
        and not (
            word.dep_ == "appos"
            and word.pos_ == "NOUN"
            and word.head.ent_type_ in ("GPE", "LOC", "FAC")
        )
        and seg.start <= word.head.i < tok.i
        and word.head.pos_ in ("NOUN", "PROPN", "ADP", "PRON")
        and not _inside(word.head.idx, quotes)
    ):
        word = word.head
    if word.pos_ in ("NOUN", "PROPN", "PRON"):
        return word
    # The climb ran into a phrase fronted before the verb ("In a meeting with the board of
    # the Post Trump said"): the parser glued the speaker onto it; the last word is the speaker.
    last = seg.doc[j]
    return last if last.pos_ in ("PROPN", "PRON") and word.head == tok else None


def _after_saying(tok: Token) -> Token | None:
    """The speaker of a participle set off by a comma right after a saying verb
    ('"...," Ann Lee said, going on to say ...'), whatever the parser hung it on."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i < 2 or tok.doc[tok.i - 1].text != ",":
        return None
    verb = tok.doc[tok.i - 2]
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb == tok.head:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)


def _speaker_participle(tok: Token) -> bool:
    """A present participle after a comma ("..., saying", "..., citing"), not ending its head's
    clause inside a quotation."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and tok.i > 0
        and tok.doc[tok.i - 1].text == ","
        and tok.i > tok.head.i
        and tok.head.head.pos_ in ("VERB", "AUX")
        and tok.head.head.i < tok.head.i
    )


def _quote_span(tok: Token, seg: Span, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation the verb `tok` introduces or closes: one ending just before its clause
    ('"...," she said') or starting just after it ('she said: "..."')."""
    text = doc_text(seg.doc)
    # The parser's sentence can run past the segment (a quotation it hung on the next verb).
    clause = [t for t in tok.subtree if seg.start <= t.i < seg.end]
    # Words of a quotation the parser hung on the verb do not move the clause's start.
    outside = [t for t in clause if not any(q[0] <= t.idx < q[1] for q in quotes)]
    lo = min(t.idx for t in outside or clause)
    hi = max(t.idx + len(t.text) for t in clause)
    best: tuple[int, int] | None = None
    for q in quotes:
        if q[1] <= lo + 1 and not text[q[1] : lo].strip(" ,;:—–-―\t"):
            best = q
        elif q[0] >= tok.idx and not text[tok.idx + len(tok.text) : q[0]].strip(" ,;:—–-―\t"):
            return q
        elif q[1] <= tok.idx and not text[q[1] : tok.idx].strip(" ,;:—–-―\t") and best is None:
            best = q
    if best is None:
        # A quotation inside the clause itself ("said the deal was "dead"").
        owned = [
            (c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
            for c in tok.children
            if c.dep_ in ("advcl", "conj") and c.pos_ in ("VERB", "AUX") and c.i > tok.i
        ]
        for q in quotes:
            if lo <= q[0] and q[1] <= hi and q[0] > tok.idx:
                if any(a <= q[0] < b for a, b in owned):
                    continue  # "spoke about X, calling it "...": the calling's quotation
                return q
    return best


def _content(
    tok: Token, seg: Span, cues: dict[str, Any], quotes: list[tuple[int, int]]
) -> tuple[tuple[int, int] | None, str]:
    """What the verb `tok` attributes, and how it was found (a feature for the cue model)."""
    children = [c for c in tok.children if seg.start <= c.i < seg.end]
    addressee: Token | None = None
    # 'He said:' closing a paragraph, the statement in the next one (the parser joins them).
    beyond = next(
        (c for c in tok.children if c.dep_ in ("ccomp", "parataxis") and c.i >= seg.end), None
    )
    if beyond is not None and _ends_with_colon(seg):
        return _paragraph_at(doc_text(seg.doc), beyond.idx, quotes), "next_para"
    for dep in ("ccomp", "xcomp", "dobj"):
        child = next((c for c in children if c.dep_ == dep), None)
        if dep == "ccomp":
            # A clause before the verb and one after it that "that" or a colon opens
            # ('X will happen, she said: "..."', "(her aide disclosed that ...)"): the verb
            # introduces the one after.
            cut = child is not None and _cut_off(child, tok)
            child = next(
                (
                    c
                    for c in children
                    if c.dep_ == dep
                    and c.i > tok.i
                    and (cut or _introduced(tok, c) or _right_after(tok, c))
                ),
                child,
            )
        if child is None:
            continue
        obj = next((c for c in children if c.dep_ == "dobj" and c.i < child.i), None)
        if dep == "ccomp" and obj is not None and _relative_subject(child):
            # "denied any role in the bombing that killed ...": a relative clause on the
            # object, parsed as the verb's clause; the object with its clause is what is said.
            span = _clip(list(seg.doc[obj.left_edge.i : child.right_edge.i + 1]), seg)
            if span is not None:
                return span, "dobj"
        if dep == "dobj" and child.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
            # "the killings, which the group denied": what is denied is what "which" stands for.
            head = tok.head
            return (head.idx, head.idx + len(head.text)), "relhead"
        if dep == "dobj" and child.lower_ in ("it", "this", "so") and _as_clause(tok, seg):
            return _as_clause(tok, seg), "as"  # "as one adviser put it, ..."
        if dep == "dobj" and (_is_addressee(child) or tok.lemma_.lower() in _RECIPIENT_VERBS):
            # "accused her of lying", "told his aides to wait", "likened the plan to theft":
            # the person addressed or judged is not what is attributed.
            second = _second_complement(tok, children, child)
            if second is not None:
                span = _span_of(second, seg)
                if span is not None:
                    return span, "dobj2"
            quote = _quote_span(tok, seg, quotes) or _quote_after(child, quotes)
            if quote is not None:
                return quote, "quote"  # '"...," she told me', 'scolded him: "..."'
            if tok.lemma_.lower() in _RECIPIENT_VERBS:
                # "X, he told me, is Y": the one told is never what is said; look further.
                addressee = child
                continue
        elif dep == "dobj":
            # "derided the deal as toothless", "likened the rules to theft": what is said of it.
            second = _predicate_complement(tok, children, child)
            if second is not None:
                span = _span_of(second, seg)
                if span is not None:
                    return span, "dobj2"
        span = _span_of(child, seg)
        if span is not None:
            if dep == "ccomp":
                span = _after_when(tok, child, span)
            return span, dep
    if (tok.dep_ == "parataxis" or _unjoined_conj(tok)) and seg.start <= tok.head.i < seg.end:
        span = _span_of(tok.head, seg, without=tok)
        # "Officers fired tear gas, the police said, and residents told the Times that ...":
        # a clause with its own subject joined after the verb is no part of what it says.
        joined = [
            c
            for c in tok.head.children
            if c.dep_ == "conj"
            and c.i > tok.i
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        ]
        if span is not None and joined:
            end = tok.left_edge.i
            before = [t for t in tok.head.subtree if t.i < end and t.i >= seg.start]
            span = _clip(before, seg) if before else span
        if span is not None:
            return span, "parataxis"
    clause = _clause_as_subject(tok)
    if clause is not None:
        span = _span_of(clause[0], seg)
        if span is not None:
            return span, "ccomp"
    stated = _statement_as_subject(tok)
    if stated is not None:
        span = _span_of(stated, seg)
        if span is not None:
            return span, "ccomp"
    if (
        tok.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
        and seg.start <= tok.head.i < seg.end
        # "As Lee talked about X, ...": X is what Lee talked about, not the clause beside it.
        and not any(c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS and c.i > tok.i for c in children)
    ):
        span = _span_of(tok.head, seg, without=tok)  # "as the minister said, ..."
        if span is not None:
            return span, "as"
    quote = _quote_span(tok, seg, quotes)
    if quote is not None:
        return quote, "quote"
    clause = _message_clause(children, cues)
    if clause is not None:
        span = _span_of(clause, seg)
        if span is not None:
            return span, "ccomp"
    for dep in ("prep", "acomp", "oprd", "attr", "dative"):
        for child in (c for c in children if c.dep_ == dep):
            if dep == "prep" and (
                child.lower_ in _SETTING_PREPS
                or child.i < tok.i  # "Over the past days, X has promised": a setting
                or not any(c.dep_ in ("pobj", "pcomp") for c in child.children)
            ):
                continue
            span = _span_of(child, seg)
            if span is not None:
                return span, dep
    child = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if child is not None:
        span = _span_of(child, seg)
        if span is not None:
            return span, "passive"  # "his views were echoed by ..."
    if tok.dep_ in ("relcl", "acl") and seg.start <= tok.head.i < seg.end:
        head = tok.head
        return (head.idx, head.idx + len(head.text)), "relhead"  # "what he called ..."
    if addressee is not None:
        span = _span_of(addressee, seg)
        if span is not None:
            return span, "dobj"  # nothing else found: the one told stands for it, as before
    return None, "none"


def _when(prep: Token) -> bool:
    """Whether a preposition's object is a date or a time ("on Sunday", "in July")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(c.ent_type_ in ("DATE", "TIME") for c in objects)


def _after_when(tok: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
    """A clause's span without the date the parser hung on it right after the verb of saying
    ("said on Sunday its forces had captured ...": Sunday is when it was said)."""
    doc = tok.doc
    if tok.i + 2 >= len(doc):
        return span
    prep = doc[tok.i + 1]
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if prep.head != clause or prep.dep_ != "prep" or not _when(prep):
        return span
    if subject is None or subject.left_edge.i <= prep.right_edge.i:
        return span
    after = doc[prep.right_edge.i + 1]
    return (after.idx, span[1]) if after.idx < span[1] else span


def _unjoined_conj(tok: Token) -> bool:
    """A verb of saying the parser joined to the clause before it with no conjunction ("X has
    killed 80 people, the governor said on Sunday"): its own subject after the clause, and no
    "and" or "but" between them. The clause is what is said, as for parataxis."""
    head = tok.head
    if tok.dep_ != "conj" or head.i >= tok.i:
        return False
    # A conjunction joining the clause's own verbs ("killed three ... and abducted two others,
    # a relative said") is not this one's.
    joined = max((c.i for c in head.children if c.dep_ == "conj" and c.i < tok.i), default=head.i)
    if any(c.dep_ in ("cc", "preconj") and joined < c.i < tok.i for c in head.children):
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and head.i < c.i < tok.i), None)
    # The speaker right after the clause's comma ("..., the governor said").
    start = subject.left_edge.i if subject is not None else 0
    return subject is not None and start > 0 and tok.doc[start - 1].text == ","


def _message_clause(children: list[Token], cues: dict[str, Any]) -> Token | None:
    """ "said in a message to journalists that only four had died": the parser hangs the
    "that" clause on the message; it is what was said."""
    for prep in (c for c in children if c.dep_ == "prep"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.lower_ not in cues["channel_nouns"]:
                continue
            for clause in obj.children:
                if clause.dep_ in ("acl", "relcl") and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in clause.children
                ):
                    return clause
    return None


def _before_comment(
    content: tuple[int, int], tok: Token, seg: Span, cues: dict[str, Any]
) -> tuple[int, int]:
    """The content without the outlet's comment set after it: "X said Y, a claim that Z
    disputed" (or "a figure Z dismissed") says Y; the claim noun and its clause are the
    outlet's words about it."""
    for t in seg:
        if not (tok.i < t.i and content[0] < t.idx < content[1] and t.i > seg.start):
            continue
        comment = (
            (t.lower_ in cues["claim_nouns"] or t.lower_ in cues["figure_nouns"])
            and (t.dep_ == "appos" or any(c.dep_ in ("acl", "relcl") for c in t.children))
            and seg.doc[t.left_edge.i - 1].text == ","
        ) or (
            # "accused X of the killings, which the group denied": another's word on it.
            t.dep_ == "relcl"
            and t.lemma_.lower() in cues["say_verbs"]
            and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in t.children)
            and seg.doc[t.left_edge.i - 1].text == ","
        )
        if comment:
            cut = _clip([w for w in seg if content[0] <= w.idx < t.left_edge.idx], seg)
            if cut is not None:
                return cut
    return content


def _relative_subject(clause: Token) -> bool:
    """Whether a clause's subject is a relative "that" or "which" ("that killed", "which hit"):
    a complement clause opens with "that" as a marker, never as its subject ("who" may open an
    embedded question: "told reporters who fired first")."""
    return any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in clause.children)


def _right_after(tok: Token, clause: Token) -> bool:
    """A clause that starts right after the verb `tok` (its adverbs aside): "While he conceded
    X, Lee noted Y" says Y, whatever the parser hung before the verb."""
    between = tok.doc[tok.i + 1 : clause.left_edge.i]
    return all(t.pos_ == "ADV" for t in between)


def _introduced(tok: Token, clause: Token) -> bool:
    """A clause after the verb `tok` that a colon or "that" opens."""
    between = tok.doc[tok.i + 1 : clause.left_edge.i + 1]
    return any(t.text == ":" for t in between) or any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    )


def _cut_off(clause: Token, tok: Token) -> bool:
    """A clause or subject before the verb `tok` that a colon or semicolon parts from it ("It is
    unlikely; her team says she will ...": what the team says follows; "The Latest: Lee urges":
    the heading does not speak)."""
    return clause.i < tok.i and any(
        t.text in (":", ";") for t in tok.doc[clause.right_edge.i + 1 : tok.i]
    )


# Verbs whose object is the one spoken to, never what is said ("told me", "assured them").
_RECIPIENT_VERBS = {
    "tell", "ask", "inform", "assure", "reassure", "warn", "remind", "notify", "advise",
    "brief", "promise", "answer", "email", "text", "write", "message", "caution",
}  # fmt: skip


def _ends_with_colon(seg: Span) -> bool:
    words = [t for t in seg if not t.is_space]
    return bool(words) and words[-1].text == ":"


def _paragraph_at(text: str, at: int, quotes: list[tuple[int, int]]) -> tuple[int, int]:
    """The quotation holding offset `at`, or else its paragraph (trimmed)."""
    for q in quotes:
        if q[0] <= at < q[1]:
            return q
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    hi = len(text) if hi < 0 else hi
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


# Prepositions that name what is spoken of ("talked about the budget").
_TOPIC_PREPS = frozenset({"about", "regarding", "concerning"})
# Prepositions that set a scene (time, place, occasion) rather than take what is said:
# "said in an interview", "spoke at a rally", "wrote during the night".
_SETTING_PREPS = {
    "in", "at", "during", "after", "before", "since", "until", "till", "amid", "amidst",
    "near", "across", "around", "throughout", "within", "while", "despite", "under", "from",
    "through", "via", "outside", "inside", "beside", "behind", "upon",
}  # fmt: skip


def _as_clause(tok: Token, seg: Span) -> tuple[int, int] | None:
    """The clause an "as X said" / "as X put it" comment hangs on."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return None
    if tok.dep_ != "advcl" or not seg.start <= tok.head.i < seg.end:
        return None
    return _span_of(tok.head, seg, without=tok)


def _quote_after(obj: Token, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A quotation right after the verb's object ('scolded him: "..."')."""
    text = doc_text(obj.doc)
    end = obj.idx + len(obj.text)
    for q in quotes:
        if q[0] >= end and not text[end : q[0]].strip(" ,;:—–-―\t"):
            return q
    return None


# Verbs that relate their object to something else by "to": what is said is the relation.
_RELATING_VERBS = {"liken", "compare", "tie", "link", "equate", "attribute", "chalk", "blame"}


def _predicate_complement(tok: Token, children: list[Token], obj: Token) -> Token | None:
    """What a verb says of a thing: "described the deal as toothless", "likened X to Y"."""
    for child in children:
        if child.i <= obj.i or child.dep_ != "prep":
            continue
        if child.lower_ == "as" or (child.lower_ == "to" and tok.lemma_.lower() in _RELATING_VERBS):
            target = next((c for c in child.children if c.dep_ in ("pobj", "pcomp", "amod")), None)
            return target if target is not None else child
    return None


def _is_addressee(tok: Token) -> bool:
    """A person or body as an object: the one told, accused or praised ("the leader, Kim,")."""
    return (
        tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or tok.pos_ == "PROPN"
        or (tok.pos_ == "PRON" and tok.lower_ in ("him", "her", "them", "me", "us", "you"))
        or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children)
    )


def _second_complement(tok: Token, children: list[Token], obj: Token) -> Token | None:
    """What a verb says of its object: "accused X of Y", "told X to Y", "called X Y"."""
    for child in children:
        if child.i <= obj.i:
            continue
        if child.dep_ in ("oprd", "xcomp", "ccomp"):
            return child
        if child.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            return child
        if child.dep_ == "prep" and child.lower_ in ("of", "for", "as", "to", "about", "over"):
            obj2 = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj2 is not None and obj2.ent_type_ not in ("DATE", "TIME"):
                return obj2  # not a length of time ("held the town for weeks")
    return None


def _clause_as_subject(tok: Token) -> tuple[Token, Token] | None:
    """A statement the parser took for a second subject of its verb: in "Gunmen on motorcycles
    killed 40 people ..., a regional official and two residents said" it read "Gunmen" with
    "killed" hanging on it as a subject beside "official". Returns the statement's head and
    the real subject: two subjects, the first a phrase holding a verb and closed by a comma,
    the second after that comma and before the verb."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    if len(subjects) != 2:
        return None
    first, second = subjects
    end = first.right_edge.i
    if end + 1 >= second.left_edge.i or tok.doc[end + 1].text != ",":
        return None
    # The phrase's verb may be parsed as a modifier after it ("two gunmen on a motorcycle opened
    # fire", "opened" made an adjective of "fire").
    if not any(
        t.pos_ == "VERB" and (t.dep_ in ("acl", "relcl") or (t.dep_ == "amod" and t.i > first.i))
        for t in first.subtree
    ):
        return None
    return first, second


def _statement_as_subject(tok: Token) -> Token | None:
    """A statement the parser took for a second subject after its verb: in "Residents of X, a
    village in Y, said soldiers who entered the village set fire to houses" it hung
    "soldiers" on "said" and took "set" for a noun. Returns the statement's head: a subject
    right after the verb, which has a subject of its own before it and no clause."""
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in tok.children):
        return None
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    before = [c for c in subjects if c.i < tok.i]
    after = [c for c in subjects if c.i > tok.i and c.left_edge.i == tok.i + 1]
    if not before or len(after) != 1:
        return None
    stated = after[0]
    # It tells something: a verb inside it ("who entered the village").
    return stated if any(t.pos_ == "VERB" for t in stated.subtree) else None


def _object_as_subject(subj: Token, tok: Token) -> tuple[Token, Token] | None:
    """A coordinated subject whose first conjunct ends a clause before it: in "..., killing
    nine people, police and witnesses said" the parser joins "people" to "police and
    witnesses". The conjunct is the object the verb before it lacks; returns it and the
    first of the real subjects."""
    if subj.i > tok.i or subj.left_edge.i == 0:
        return None
    rest = next((c for c in subj.children if c.dep_ == "conj" and c.i < tok.i), None)
    before = subj.doc[subj.left_edge.i - 1]
    if (
        rest is None
        or before.pos_ != "VERB"
        or before.tag_ not in ("VBG", "VBD", "VBN")
        or any(c.dep_ in ("dobj", "obj") for c in before.children)
        or subj.doc[subj.i + 1].text != ","
    ):
        return None
    first_words = subj.doc[subj.left_edge.i : subj.i + 1]
    if not any(t.like_num or t.lower_ in ("several", "dozens", "scores") for t in first_words):
        return None  # a count makes it a toll: "killing nine people"
    return subj, rest


def _source_span(subj: Token, tok: Token, seg: Span) -> tuple[int, int] | None:
    """The subject's words as the source; a subject before its verb stops before the verb.

    The parser sometimes hangs a trailing appositive on the subject ("A union ... endorsed
    Clinton, another example of ..."), so its subtree would run over the verb and content.
    """
    if subj.i > tok.i:
        return _span_of(subj, seg)
    toks = [t for t in subj.subtree if t.i < tok.i]
    while len(toks) > 1 and toks[0].is_punct:
        toks.pop(0)  # the closing mark of a quotation just before ('..." Ann Lee said')
    lo, hi = min(t.i for t in toks), max(t.i for t in toks)
    return _clip(list(seg.doc[lo : hi + 1]), seg)


def _with_antecedent(
    tok: Token, subj: Token, seg: Span, source: tuple[int, int]
) -> tuple[int, int]:
    """'a report that says ...': the source runs from the noun phrase the relative pronoun
    stands for to the pronoun (PolNeAR marks either the pronoun or its antecedent)."""
    head = tok.head
    if (
        tok.dep_ == "relcl"
        and subj.tag_ == "WDT"
        and subj.lower_ in ("that", "which")
        and head.pos_ in ("NOUN", "PROPN")
        and seg.start <= head.left_edge.i < subj.i
    ):
        return head.left_edge.idx, source[1]
    return source


# Raising verbs: their subject is what seems so, not who thinks it ("the plan seems doomed",
# "it appeared that ..."); the one it seems so to, if any, is the source ("seems odd to me").
_RAISING_VERBS = {"seem", "appear", "prove"}
_RAISING_IF_PREDICATE = {"look", "sound"}  # "looks unlikely", "sounds odd"; not "looked out"


def _is_raising(tok: Token, cues: dict[str, Any]) -> bool:
    """A raising use of seem/appear/look: not when it carries a verb of its subject's own
    saying or thinking ("appeared to suggest", "seemed to think"), whose source is the subject."""
    lemma = tok.lemma_.lower()
    preds = [c for c in tok.children if c.dep_ in ("xcomp", "acomp", "oprd", "ccomp")]
    if lemma in _RAISING_IF_PREDICATE:
        likes = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("like", "as")]
        if not any(c.dep_ in ("acomp", "oprd") for c in preds) and not likes:
            return False
    elif lemma not in _RAISING_VERBS:
        return False
    own = cues["say_verbs"] | cues["attitude_verbs"]
    return not any(c.dep_ == "xcomp" and c.lemma_.lower() in own for c in preds)


def _experiencer(tok: Token, seg: Span) -> Token | None:
    """The "to me" of "seems credible to me": the one to whom it seems so."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and seg.start <= obj.i < seg.end and obj.pos_ != "VERB":
            return obj
    return None


def _verb(
    tok: Token,
    seg: Span,
    cues: dict[str, Any],
    quotes: list[tuple[int, int]],
    model: CueModel,
    vector: Any = None,
    *,
    sure: frozenset[str] = frozenset(),
) -> Attribution | None:
    lemma = tok.lemma_.lower()
    content, kind = _content(tok, seg, cues, quotes)
    if content is None:
        return None
    content = _before_comment(content, tok, seg, cues)
    subj = _subject(tok, seg, quotes=quotes)
    said = subj is not None and lemma in sure
    if not said and model.score(cue_features(tok, kind, subj, cues, content), vector) < (
        model.threshold
    ):
        return None
    if _is_raising(tok, cues):
        subj = _experiencer(tok, seg)
    source = _source_span(subj, tok, seg) if subj is not None else None
    stolen = _object_as_subject(subj, tok) if subj is not None else None
    if stolen is not None and source is not None:
        # "..., killing nine people, police and witnesses said": the first conjunct is the
        # object of the verb before it, so it goes back to the content.
        first, rest = stolen
        if content[1] <= first.idx:
            content = (content[0], first.right_edge.idx + len(first.right_edge.text))
        source = (rest.left_edge.idx, source[1])
    if subj is not None and source is not None:
        source = _with_antecedent(tok, subj, seg, source)
    if source is not None and _overlaps(source, content):
        # A parenthetical "X, he said, Y": keep the longer side of the content around the source.
        left = (content[0], min(source[0], tok.idx))
        right = (max(source[1], tok.idx + len(tok.text)), content[1])
        side = left if left[1] - left[0] >= right[1] - right[0] else right
        trimmed = _clip([t for t in seg if side[0] <= t.idx < side[1]], seg)
        if trimmed is None or _overlaps(trimmed, source):
            source = None
        else:
            content = trimmed
    # The cue with its auxiliaries and particles ("has said", "called for").
    parts = [tok] + [c for c in tok.children if c.dep_ in ("aux", "neg", "prt") and c.i > tok.i - 4]
    lo = min(p.i for p in parts)
    hi = max(p.i for p in parts)
    cue_toks = [t for t in seg.doc[lo : hi + 1] if t.i == tok.i or t in parts]
    cue = (cue_toks[0].idx, cue_toks[-1].idx + len(cue_toks[-1].text))
    if _overlaps(cue, content):
        cue = (tok.idx, tok.idx + len(tok.text))
    return Attribution(
        source=source,
        cue=cue,
        content=content,
        sentence=(seg.start_char, seg.end_char),
        lemma=lemma,
        kind="verb",
        source_head=(subj.idx, subj.idx + len(subj.text)) if subj is not None else None,
        negated=any(c.dep_ == "neg" for c in tok.children),
    )
