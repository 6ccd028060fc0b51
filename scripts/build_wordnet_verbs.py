"""Build src/sitroom/data/wordnet-verbs-v1.json (verb supersenses) from WordNet 3.0's database.

For each verb lemma of index.verb that is one word or verb_particle (lower-case letters, at most
one underscore: no hyphenated or multi-particle lemmas), the lexicographer file of each of its
synsets in the order index.verb lists them (WordNet's frequency order), one letter per sense:
verb.body = a, verb.change = b, ... verb.weather = o (the 15 verb lexicographer files 29-43 in
their numeric order). The attribution cue model reads it (sitroom.nlp.attribution_model).

Source: Debian's wordnet-base package (`apt-get install wordnet-base`, files under
/usr/share/wordnet; `dpkg -L wordnet-base` lists them). The output is byte-identical to the
shipped file for WordNet 3.0.

Run: .venv/bin/python scripts/build_wordnet_verbs.py [--wordnet DIR] [--out PATH]
Check: .venv/bin/python scripts/build_wordnet_verbs.py --out /tmp/wn.json &&
       cmp /tmp/wn.json src/sitroom/data/wordnet-verbs-v1.json
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "sitroom" / "data" / "wordnet-verbs-v1.json"
DEFAULT_WORDNET = Path("/usr/share/wordnet")

# WordNet's verb lexicographer files, numbered 29..43 (lexnames(5WN)); letter a = 29.
VERB_LEXFILES = (
    "body",
    "change",
    "cognition",
    "communication",
    "competition",
    "consumption",
    "contact",
    "creation",
    "emotion",
    "motion",
    "perception",
    "possession",
    "social",
    "stative",
    "weather",
)
FIRST_VERB_LEXFILE = 29
LEMMA = re.compile(r"[a-z]+(_[a-z]+)?")

ABOUT = (
    "Verb supersenses from WordNet 3.0 (Princeton University, WordNet 3.0 license: free to use, "
    "copy and distribute with this notice; see "
    "https://wordnet.princeton.edu/license-and-commercial-use). For each verb lemma (one word, "
    "or verb_particle), the lexicographer file of each of its senses in WordNet's frequency "
    "order, one letter per sense (see 'classes'). A feature of the attribution cue model: "
    "whether a verb's senses are mostly of communication, cognition or emotion generalises to "
    "verbs unseen in training. Extracted from the index.verb and data.verb files of Debian's "
    "wordnet-base package, no other selection."
)


def read_lexfiles(data_verb: Path) -> dict[str, int]:
    """Map each verb synset offset of data.verb to its lexicographer file number."""
    lexfile: dict[str, int] = {}
    with data_verb.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):  # the licence header lines start with two spaces
                continue
            offset, lex_filenum = line.split(" ", 2)[:2]
            lexfile[offset] = int(lex_filenum)
    return lexfile


def read_senses(index_verb: Path, lexfile: dict[str, int]) -> dict[str, str]:
    """Each selected lemma's senses as letters, in index.verb's order of synsets."""
    letters = "abcdefghijklmno"
    verbs: dict[str, str] = {}
    with index_verb.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma = fields[0]
            if not LEMMA.fullmatch(lemma):
                continue
            synset_cnt = int(fields[2])
            offsets = fields[-synset_cnt:]
            verbs[lemma] = "".join(letters[lexfile[o] - FIRST_VERB_LEXFILE] for o in offsets)
    return dict(sorted(verbs.items()))


def build(wordnet: Path) -> str:
    """The JSON text of the data file, one key per line."""
    lexfile = read_lexfiles(wordnet / "data.verb")
    verbs = read_senses(wordnet / "index.verb", lexfile)
    payload = {
        "version": 1,
        "about": ABOUT,
        "classes": {chr(ord("a") + i): name for i, name in enumerate(VERB_LEXFILES)},
        "verbs": verbs,
    }
    return json.dumps(payload, ensure_ascii=False, separators=(",\n", ":")) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=DEFAULT_WORDNET, help="dir of index.verb")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    for name in ("index.verb", "data.verb"):
        if not (args.wordnet / name).is_file():
            print(
                f"{args.wordnet / name}: not found; install WordNet 3.0 "
                "(apt-get install wordnet-base) or pass --wordnet DIR",
                file=sys.stderr,
            )
            return 1
    args.out.write_text(build(args.wordnet), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
