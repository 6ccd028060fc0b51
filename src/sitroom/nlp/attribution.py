"""Attribution: find who is said to say what (source, cue and content spans) in a parsed Doc."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span, Token

CUES_FILE = "cues-v1.json"
CUE_MODEL_FILE = "attribution-cues-v1.json"

# Subject dependencies that name who speaks; "agent" covers passives ("was said by X").
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_RELATIVE = {"who", "which", "that", "whom"}
_QUOTES = "\"“”«»‘’'"
# An embedded post as news sites print it: text, then "— Name (@handle) Month D, YYYY".
_EMBED = re.compile(
    r"[—–-]{1,2}\s*(?P<name>[^\n()@—–]{2,60}?)\s*\(@(?P<handle>\w{1,30})\)\s*"
    r"(?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4})?"
)


@dataclass(frozen=True)
class Attribution:
    """One attributed statement, as character offsets into the Doc text.

    Attributes:
        source: the span naming who speaks (None when the text does not say, as in
            "it was reported that ...").
        cue: the words that mark the attribution ("said", "according to", "wrote").
        content: what is attributed.
        sentence: the sentence (or paragraph, for embedded posts) the attribution sits in.
        lemma: the cue's lemma ("say", "according to", "post").
        kind: how it was found: "verb", "according", "embed", "signed", "colon", "noun"
            (a nominal cue: "her claim that ..."), "evidence" ("in the poll, ...").
        source_head: the offsets of the source's head word (None without a source).
        negated: the cue verb is negated ("did not confirm").
    """

    source: tuple[int, int] | None
    cue: tuple[int, int]
    content: tuple[int, int]
    sentence: tuple[int, int]
    lemma: str
    kind: str = "verb"
    source_head: tuple[int, int] | None = None
    negated: bool = False


@cache
def load_cues() -> dict[str, Any]:
    """The cue lexicon (verbs of saying, denial, hedges, channels) from the package data."""
    text = resources.files("sitroom.data").joinpath(CUES_FILE).read_text(encoding="utf-8")
    data = json.loads(text)
    for key in (
        "say_verbs",
        "np_content_verbs",
        "deny_verbs",
        "confirm_verbs",
        "quote_verbs",
        "attitude_verbs",
        "claim_nouns",
        "report_nouns",
    ):
        data[key] = frozenset(data.get(key, ()))
    for key in ("message_nouns", "speaker_nouns"):
        data[key] = frozenset(data.get(key, ()))
    data["verb_classes"] = {
        lemma: cls for cls, lemmas in data.get("cue_classes", {}).items() for lemma in lemmas
    }
    return data


def segments(doc: Doc) -> list[Span]:
    """The Doc's sentences, split again at line breaks (the parser often runs across them)."""
    out: list[Span] = []
    # A Doc without sentence boundaries (a bare tokenizer) is read as one sentence.
    sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    for sent in sents:
        start = sent.start
        for tok in sent:
            if tok.is_space and "\n" in tok.text:
                if tok.i > start:
                    out.append(doc[start : tok.i])
                start = tok.i + 1
        if start < sent.end:
            out.append(doc[start : sent.end])
    return [s for s in out if any(not t.is_space for t in s)]


def find_attributions(doc: Doc, *, model: CueModel | None = None) -> list[Attribution]:
    """Every attribution in `doc`: verbs of saying, "according to" phrases and embedded posts.

    Args:
        doc: a parsed Doc (dependency labels are needed for verb cues).
        model: decides which verbs are cues; defaults to the shipped model.

    Returns:
        Attributions in text order of their cues.
    """
    cues = load_cues()
    model = model or default_cue_model()
    quotes = quote_regions(doc.text)
    found: list[Attribution] = []
    for seg in segments(doc):
        for tok in seg:
            if _inside(tok.idx, quotes):
                continue  # words inside a quotation belong to the quoted speaker's statement
            att: Attribution | None = None
            if tok.lower_ == "according" and tok.i + 1 < seg.end and doc[tok.i + 1].lower_ == "to":
                att = _according(tok, seg)
            elif tok.lower_ in _EVIDENCE_PREPS and tok.dep_ == "prep":
                att = _evidence_phrase(tok, seg)
            elif _is_candidate(tok, cues):
                att = _verb(tok, seg, cues, quotes, model)
            elif _is_noun_candidate(tok, cues):
                att = _noun(tok, seg, cues, model)
            if att is not None:
                found.append(att)
    found.extend(_embedded_posts(doc))
    found.extend(_signed_quotes(doc.text, quotes))
    found.extend(_speaker_colon(doc))
    found.sort(key=lambda a: a.cue)
    # One attribution per cue: an embedded post may share words with a verb cue.
    unique: list[Attribution] = []
    for att in found:
        if unique and _overlaps(unique[-1].cue, att.cue):
            continue
        unique.append(att)
    return unique


def cue_candidates(doc: Doc) -> list[tuple[Token, list[str]]]:
    """Every verb that could be a cue (it has something to attribute), with its features.

    The cue model is trained on these (see `sitroom.bench.polnear.train_cue_model`) and
    `find_attributions` scores the same candidates.
    """
    cues = load_cues()
    quotes = quote_regions(doc.text)
    out: list[tuple[Token, list[str]]] = []
    for seg in segments(doc):
        for tok in seg:
            if _inside(tok.idx, quotes):
                continue
            if _is_candidate(tok, cues):
                content, kind = _content(tok, seg, cues, quotes)
                if content is not None:
                    subj = _subject(tok, seg, quotes=quotes)
                    out.append((tok, cue_features(tok, kind, subj, cues)))
            elif _is_noun_candidate(tok, cues):
                content, kind = _noun_content(tok, seg)
                if content is not None:
                    out.append((tok, cue_features(tok, kind, _noun_source(tok, seg), cues)))
    return out


def _is_candidate(tok: Token, cues: dict[str, Any]) -> bool:
    if not any(ch.isalpha() for ch in tok.text):
        return False  # a dash signing a quotation, tagged as a verb (see `_signed_quotes`)
    return tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.lemma_ in cues["say_verbs"])


def _is_noun_candidate(tok: Token, cues: dict[str, Any]) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (
        tok.lemma_.lower() in cues["cue_nouns"] or tok.lower_ in cues["cue_nouns"]
    )


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
    return None


def _noun(tok: Token, seg: Span, cues: dict[str, Any], model: CueModel) -> Attribution | None:
    content, kind = _noun_content(tok, seg)
    if content is None:
        return None
    subj = _noun_source(tok, seg)
    if model.score(cue_features(tok, kind, subj, cues)) < model.threshold:
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


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Quotations in `text` (quote marks included), each within one paragraph.

    Curly quotes pair by direction; straight double quotes pair in order. An opening mark left
    unclosed at the paragraph's end (a quote running on into the next paragraph) closes there.
    """
    regions: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        open_at: int | None = None
        first = True
        for m in _QUOTE_MARK.finditer(para.group()):
            mark, at = m.group(), para.start() + m.start()
            if first and mark == "”" and m.start() > 20:
                # The paragraph goes on with a quotation opened in the paragraph before.
                regions.append((para.start(), at + 1))
                first = False
                continue
            first = False
            if open_at is None:
                if mark != "”":
                    open_at = at
            elif mark != "“":
                regions.append((open_at, at + len(mark)))
                open_at = None
            else:
                open_at = at
        if open_at is not None and para.end() - open_at > 20:
            regions.append((open_at, para.end()))
    return regions


# Quotation marks: curly, straight, and the doubled single quotes some papers print ('').
_QUOTE_MARK = re.compile(r"''|``|[\"“”]")


def _inside(at: int, regions: list[tuple[int, int]]) -> bool:
    return any(lo < at < hi - 1 for lo, hi in regions)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _clip(tokens: list[Token], seg: Span) -> tuple[int, int] | None:
    """Character span of the tokens inside `seg`, without edge punctuation and spaces."""
    toks = sorted(
        (t for t in tokens if seg.start <= t.i < seg.end and not t.is_space), key=lambda t: t.i
    )
    while toks and (toks[0].is_punct and toks[0].text not in _QUOTES):
        toks.pop(0)
    while toks and (toks[-1].is_punct and toks[-1].text not in _QUOTES or toks[-1].is_space):
        if toks[-1].text == ")" and any(t.text == "(" for t in toks):
            break  # keep a closing bracket whose opening one is in the span
        toks.pop()
    if not toks:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _span_of(tok: Token, seg: Span, *, without: Token | None = None) -> tuple[int, int] | None:
    """The subtree of `tok` in `seg` as one contiguous character span (minus `without`'s)."""
    skip = {t.i for t in without.subtree} if without is not None else set()
    toks = [t for t in tok.subtree if t.i not in skip]
    if not toks:
        return None
    lo, hi = min(t.i for t in toks), max(t.i for t in toks)
    return _clip([t for t in seg.doc[lo : hi + 1] if t.i not in skip], seg)


def _according(tok: Token, seg: Span) -> Attribution | None:
    to = seg.doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in tok.children if c.dep_ == "pobj"
    ]
    if not objs:
        return None
    source = _span_of(objs[0], seg)
    phrase_lo = tok.i
    phrase_hi = max(t.i for t in objs[0].subtree)
    # The content is the rest of the sentence on the longer side of the phrase.
    before = [t for t in seg if t.i < phrase_lo]
    after = [t for t in seg if t.i > phrase_hi]
    side = before if len(before) >= len(after) else after
    content = _clip(side, seg)
    if source is None or content is None:
        return None
    return Attribution(
        source=source,
        cue=(tok.idx, to.idx + len(to.text)),
        content=content,
        sentence=(seg.start_char, seg.end_char),
        lemma="according to",
        kind="according",
        source_head=(objs[0].idx, objs[0].idx + len(objs[0].text)),
    )


# "In the poll, X leads", "by one estimate, X": a text or count that reports a finding heads
# the clause. PARC and PolNeAR annotate the preposition as the cue and the text as the source.
# Only texts that report findings: "in a statement, she said" is the verb's attribution.
_EVIDENCE_PREPS = {
    "in": {"poll", "survey", "study", "report", "analysis", "census", "audit", "review",
           "research", "findings", "ranking", "tally", "count"},
    "by": {"estimate", "count", "tally", "measure", "calculation", "reckoning"},
}  # fmt: skip


def _evidence_phrase(tok: Token, seg: Span) -> Attribution | None:
    """'In a recent poll, most voters ...' with the poll as the source."""
    head = tok.head
    if head.pos_ not in ("VERB", "AUX") or head.dep_ not in ("ROOT", "ccomp", "conj"):
        return None
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() not in _EVIDENCE_PREPS[tok.lower_]:
        return None
    source = _span_of(obj, seg)
    phrase_hi = max(t.i for t in obj.subtree)
    content = _clip([t for t in head.subtree if t.i < tok.i or t.i > phrase_hi], seg)
    if source is None or content is None:
        return None
    return Attribution(
        source=source,
        cue=(tok.idx, tok.idx + len(tok.text)),
        content=content,
        sentence=(seg.start_char, seg.end_char),
        lemma=tok.lower_,
        kind="evidence",
        source_head=(obj.idx, obj.idx + len(obj.text)),
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

    for child in tok.children:
        if child.dep_ in ("nsubj", "csubj") and inside(child):
            return child
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
        and after[0].i - tok.i <= 3
    ):
        if not any(c.dep_ == "ccomp" for c in tok.children) and inside(after[0]):
            return after[0]
    head = tok.head
    if head.i == tok.i or depth > 6 or not inside(head):
        return None
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if tok.dep_ in ("conj", "xcomp") or (tok.dep_ == "advcl" and (tok.tag_ == "VBG" or infinitive)):
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
    if tok.dep_ == "acl" and (tok.tag_ == "VBG" or infinitive) and head.pos_ in ("NOUN", "PROPN"):
        return head  # "..., a spokesman saying ...", "the authority to issue rules"
    return None


def _quote_span(tok: Token, seg: Span, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation the verb `tok` introduces or closes: one ending just before its clause
    ('"...," she said') or starting just after it ('she said: "..."')."""
    text = seg.doc.text
    clause = list(tok.subtree)
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
        for q in quotes:
            if lo <= q[0] and q[1] <= hi and q[0] > tok.idx:
                return q
    return best


def _content(
    tok: Token, seg: Span, cues: dict[str, Any], quotes: list[tuple[int, int]]
) -> tuple[tuple[int, int] | None, str]:
    """What the verb `tok` attributes, and how it was found (a feature for the cue model)."""
    children = [c for c in tok.children if seg.start <= c.i < seg.end]
    # 'He said:' closing a paragraph, the statement in the next one (the parser joins them).
    beyond = next(
        (c for c in tok.children if c.dep_ in ("ccomp", "parataxis") and c.i >= seg.end), None
    )
    if beyond is not None and _ends_with_colon(seg):
        return _paragraph_at(seg.doc.text, beyond.idx, quotes), "next_para"
    for dep in ("ccomp", "xcomp", "dobj"):
        child = next((c for c in children if c.dep_ == dep), None)
        if child is None:
            continue
        if dep == "dobj" and child.lower_ in ("it", "this", "so") and _as_clause(tok, seg):
            return _as_clause(tok, seg), "as"  # "as one adviser put it, ..."
        if dep == "dobj" and _is_addressee(child):
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
        elif dep == "dobj":
            # "derided the deal as toothless", "likened the rules to theft": what is said of it.
            second = _predicate_complement(tok, children, child)
            if second is not None:
                span = _span_of(second, seg)
                if span is not None:
                    return span, "dobj2"
        span = _span_of(child, seg)
        if span is not None:
            return span, dep
    if tok.dep_ == "parataxis" and seg.start <= tok.head.i < seg.end:
        span = _span_of(tok.head, seg, without=tok)
        if span is not None:
            return span, "parataxis"
    if (
        tok.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
        and seg.start <= tok.head.i < seg.end
    ):
        span = _span_of(tok.head, seg, without=tok)  # "as the minister said, ..."
        if span is not None:
            return span, "as"
    quote = _quote_span(tok, seg, quotes)
    if quote is not None:
        return quote, "quote"
    for dep in ("prep", "acomp", "oprd", "attr", "dative"):
        for child in (c for c in children if c.dep_ == dep):
            if dep == "prep" and (
                child.lower_ in _SETTING_PREPS
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
    return None, "none"


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
    text = obj.doc.text
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
    """A person or body as an object: the one told, accused or praised."""
    return (
        tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or tok.pos_ == "PROPN"
        or (tok.pos_ == "PRON" and tok.lower_ in ("him", "her", "them", "me", "us", "you"))
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
            if obj2 is not None:
                return obj2
    return None


def cue_features(
    tok: Token, content_kind: str, subj: Token | None, cues: dict[str, Any]
) -> list[str]:
    """Features of a candidate cue verb for the cue model (strings; weights per string)."""
    lemma = tok.lemma_.lower()
    deps = sorted({c.dep_ for c in tok.children})
    feats = [
        "bias",
        f"lem={lemma}",
        f"dep={tok.dep_}",
        f"tag={tok.tag_}",
        f"content={content_kind}",
        f"lem+content={lemma}+{content_kind}",
        f"subj={subj.pos_ if subj is not None else 'none'}",
    ]
    feats += [f"ch={d}" for d in deps]
    if tok.pos_ in ("NOUN", "PROPN"):
        feats += ["noun", f"noun_lem={lemma}"]
    if lemma in cues["say_verbs"]:
        feats += ["lex", f"lex+content={content_kind}"]
    if lemma in cues["quote_verbs"]:
        feats.append("quote_verb")
    if lemma in cues["attitude_verbs"]:
        # Verbs of belief, intent and judgement: PolNeAR attributes these as well as speech.
        feats += ["attitude", f"attitude+content={content_kind}"]
    if subj is not None and subj.lower_ in ("he", "she", "they", "i", "we", "who"):
        feats.append("subj_pron")
    if subj is not None:
        ent = subj.ent_type_ or "none"
        feats += [f"subj_ent={ent}", f"subj_ent+content={ent}+{content_kind}"]
        feats.append(f"subj_lem={subj.lemma_.lower()}" if subj.pos_ != "PROPN" else "subj_propn")
    if tok.dep_ in ("xcomp", "ccomp", "conj", "advcl"):
        feats.append(f"head={tok.head.lemma_.lower()}")
    mark = next(
        (
            m.lower_
            for c in tok.children
            if c.dep_ == "ccomp"
            for m in c.children
            if m.dep_ == "mark"
        ),
        None,
    )
    if mark:
        feats.append(f"mark={mark}")
    feats += _class_features(tok, content_kind, subj, cues)
    return feats


def _class_features(
    tok: Token, content_kind: str, subj: Token | None, cues: dict[str, Any]
) -> list[str]:
    """Features that generalise beyond the lemma: the verb's class (communication, cognition,
    intention, evaluation, evidence), whether its object is a message ("unveiled a plan") and
    whether its subject can be a source (a person, a body, a poll)."""
    feats: list[str] = []
    lemma = tok.lemma_.lower()
    cls = cues["verb_classes"].get(lemma)
    if cls is None:
        prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
        cls = cues["verb_classes"].get(f"{lemma}_{prt}") if prt else None
    feats.append(f"class={cls or 'none'}")
    feats.append(f"class+content={cls or 'none'}+{content_kind}")
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and obj.lemma_.lower() in cues["message_nouns"]:
        feats += ["obj_message", f"obj_message+class={cls or 'none'}"]
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        feats.append(f"prep={prep.lower_}")
    if subj is None:
        kind = "none"
    elif subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        kind = "named"
    elif subj.lower_ in ("he", "she", "they", "i", "we", "you", "who"):
        kind = "person_pron"
    elif subj.lemma_.lower() in cues["speaker_nouns"] or subj.lower_ in cues["speaker_nouns"]:
        kind = "speaker_noun"
    elif subj.pos_ == "PROPN":
        kind = "propn"
    else:
        kind = "other"
    feats += [f"subj_kind={kind}", f"subj_kind+class={kind}+{cls or 'none'}"]
    feats.append(f"lem+subj_kind={lemma}+{kind}")
    # A verb inside what another verb says or wants is itself often an attribution (nested).
    head = tok
    for _ in range(8):
        if head.head.i == head.i:
            break
        if head.dep_ in ("ccomp", "xcomp"):
            feats.append(f"under_{head.dep_}")
            break
        head = head.head
    return feats


def _verb(
    tok: Token,
    seg: Span,
    cues: dict[str, Any],
    quotes: list[tuple[int, int]],
    model: CueModel,
) -> Attribution | None:
    lemma = tok.lemma_.lower()
    content, kind = _content(tok, seg, cues, quotes)
    if content is None:
        return None
    subj = _subject(tok, seg, quotes=quotes)
    if model.score(cue_features(tok, kind, subj, cues)) < model.threshold:
        return None
    source = _span_of(subj, seg) if subj is not None else None
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


@dataclass(frozen=True)
class CueModel:
    """A linear model deciding whether a verb is an attribution cue (weights per feature)."""

    weights: dict[str, float]
    threshold: float = 0.0

    def score(self, feats: list[str]) -> float:
        """The model's log-odds for these features."""
        return sum(self.weights.get(f, 0.0) for f in feats)


def lexicon_model() -> CueModel:
    """The hand-written rule as a model: a verb of the cue lexicon with a content is a cue."""
    return CueModel(weights={"bias": -1.0, "lex": 2.0, "content=prep": -5.0})


@cache
def default_cue_model() -> CueModel:
    """The shipped cue model (trained on PolNeAR dev), or the lexicon rule when it is absent."""
    path = resources.files("sitroom.data").joinpath(CUE_MODEL_FILE)
    if not path.is_file():
        return lexicon_model()
    data = json.loads(path.read_text(encoding="utf-8"))
    return CueModel(weights=data["weights"], threshold=data["threshold"])


def _embedded_posts(doc: Doc) -> list[Attribution]:
    """Posts quoted the way news sites embed them: text, then "— Name (@handle) date"."""
    text = doc.text
    found: list[Attribution] = []
    for m in _EMBED.finditer(text):
        para_start = text.rfind("\n", 0, m.start()) + 1
        content = text[para_start : m.start()].strip()
        if len(content) < 3:
            continue
        c_start = para_start + text[para_start : m.start()].find(content)
        para_end = text.find("\n", m.end())
        para_end = len(text) if para_end < 0 else para_end
        name = m.group("name").strip()
        n_start = m.start("name") + m.group("name").find(name)
        found.append(
            Attribution(
                source=(n_start, n_start + len(name)),
                cue=(m.start(), m.start() + 1),
                content=(c_start, c_start + len(content)),
                sentence=(para_start, para_end),
                lemma="post",
                kind="embed",
                source_head=(n_start, n_start + len(name)),
            )
        )
    return found


# A quotation signed with a dash: '"...” ― Name Surname'.
_SIGNED = re.compile(r"\s*[―—–]{1,2}\s*(?P<name>(?:[A-Z][\w.'’-]*\s?){1,4})")


def _signed_quotes(text: str, quotes: list[tuple[int, int]]) -> list[Attribution]:
    """Quotations followed by a dash and a name, as collections of readers' voices print them."""
    found: list[Attribution] = []
    for q in quotes:
        m = _SIGNED.match(text, q[1])
        if not m or "@" in text[m.end() : m.end() + 3]:
            continue
        name = m.group("name").strip()
        n_start = m.start("name")
        dash = text.find(text[m.start() :].lstrip()[0], m.start())
        found.append(
            Attribution(
                source=(n_start, n_start + len(name)),
                cue=(dash, dash + 1),
                content=q,
                sentence=(q[0], n_start + len(name)),
                lemma="sign",
                kind="signed",
                source_head=(n_start, n_start + len(name)),
            )
        )
    return found


# "Name: words" at the start of a line (headlines, transcripts): up to four capitalised words.
_COLON = re.compile(
    r"^[\"“]?(?P<name>(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*):\s+(?P<content>\S.*)$", re.M
)


def _speaker_colon(doc: Doc) -> list[Attribution]:
    """'Pence: the debate will go ahead' and transcript lines 'WALLACE: Let's start ...'."""
    text = doc.text
    found: list[Attribution] = []
    for m in _COLON.finditer(text):
        name = m.group("name")
        if name.lower() in _COLON_NOT_SPEAKERS:
            continue
        content_end = m.end("content")
        # In a headline the statement is the line; in running text, up to the sentence end.
        stop = re.search(r"(?<=[.!?”\"])\s", text[m.start("content") : content_end])
        if stop and content_end - m.start("content") > 200:
            content_end = m.start("content") + stop.start()
        found.append(
            Attribution(
                source=(m.start("name"), m.end("name")),
                cue=(m.end("name"), m.end("name") + 1),
                content=(m.start("content"), content_end),
                sentence=(m.start(), m.end()),
                lemma="colon",
                kind="colon",
                source_head=(m.start("name"), m.end("name")),
            )
        )
    return found


# Line-initial labels that introduce something other than a speaker's words.
_COLON_NOT_SPEAKERS = {
    "update", "updated", "note", "editor's note", "related", "read more", "watch", "photo",
    "video", "source", "sources", "analysis", "opinion", "breaking", "exclusive",
    "correction", "warning", "q", "a", "the latest", "see also", "more", "also", "read",
}  # fmt: skip
