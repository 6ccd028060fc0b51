"""Word lists the toponym recognizer reads: kind words, joiners, common words, cue words."""

from __future__ import annotations

# Words after a name that say what kind of place it is ("Helmand province", "Swat Valley").
_KIND_WORDS = {
    "province": "province",
    "provinces": "province",
    "state": "province",
    "governorate": "province",
    "region": "province",
    "oblast": "province",
    "prefecture": "province",
    "department": "province",
    "district": "district",
    "districts": "district",
    "county": "district",
    "parish": "district",
    "municipality": "district",
    "borough": "district",
    "city": "city",
    "town": "city",
    "village": "city",
    "township": "city",
    # A part of a town: no reading of the gazetteer's is one, so a namesake town abroad
    # yields to the article's own town (`_place_unlisted`).
    "neighbourhood": "neighbourhood",
    "neighborhood": "neighbourhood",
    "suburb": "neighbourhood",
    # The abbreviations local news writes after a name ("Madison Twp.", "Platte Co.").
    "twp": "city",
    "twp.": "city",
    "co.": "district",
    "valley": "natural",
    "mountains": "natural",
    "mountain": "natural",
    "river": "natural",
    "lake": "natural",
    "desert": "natural",
    "sea": "natural",
    "island": "natural",
    "islands": "natural",
    "gulf": "natural",
    "range": "natural",
    "peninsula": "natural",
}
# Generic words a name may carry that do not change what it names ("Kabul airport").
_TRAILING_GENERIC = set(_KIND_WORDS) | {
    "airport",
    "area",
    "capital",
    "base",
    "border",
    "centre",
    "center",
    "suburb",
    "outskirts",
    "highway",
    "road",
}
# Words that join the parts of one name ("Bosnia and Herzegovina", "Rio de Janeiro", "Al-Fashir").
_JOINERS = {
    "of",
    "de",
    "del",
    "da",
    "do",
    "dos",
    "la",
    "le",
    "al",
    "el",
    "and",
    "-",
    "upon",
    "on",
    "y",
    "des",
    "du",
    "di",
    "van",
    "von",
    "e",
}
# Capitalized words that start sentences or titles and are also place names somewhere.
_NOT_PLACES = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "president",
    "minister",
    "police",
    "army",
    "government",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "god",
    "allah",
    "christmas",
    "easter",
    "ramadan",
    "eid",
    "twitter",
    "facebook",
    "telegram",
    "reuters",
    "internet",
    "union",
    "republic",
    "kingdom",
    "federation",
    "university",
    "college",
    "school",
    "church",
    "hospital",
    "court",
    "street",
    "st",
    "avenue",
    "news",
    "times",
    "post",
    "press",
    "page",
    "chief",
    "general",
    "colonel",
    "captain",
    "commander",
    "governor",
    "mayor",
    "senator",
    "council",
    "congress",
    "parliament",
    "house",
    "senate",
    "party",
    "front",
    "forces",
    "force",
    "islamic",
    "national",
    "democratic",
    "unity",
    "liberty",
    "victoria",
    "hope",
    "independence",
    "mission",
    "paradise",
    "friendship",
    "ocean",
    "north",
    "south",
    "east",
    "west",
    "central",
    "northern",
    "southern",
    "eastern",
    "western",
    "day",
    "today",
    "man",
    "woman",
    "people",
    "city",
    "town",
    "state",
    "federal",
    "metro",
    "region",
    "coast",
    "valley",
    "gulf",
    "delta",
    "forest",
    "hills",
    "reserve",
    "free",
    "continental",
    "enterprise",
    "superior",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
}

# Plural kind words that close a list of names ("Walton and Oconee counties").
_LIST_KINDS = {
    "counties": "district",
    "parishes": "district",
    "districts": "district",
    "provinces": "province",
    "states": "province",
    "townships": "city",
    "towns": "city",
    "villages": "city",
}

# Words after a capitalized name that make it part of a facility or organization name.
_FACILITY_WORDS = {
    "center",
    "centre",
    "park",
    "house",
    "street",
    "road",
    "avenue",
    "hall",
    "school",
    "church",
    "hospital",
    "college",
    "university",
    "library",
    "drive",
    "lane",
    "boulevard",
    "building",
    "stadium",
    "mall",
    "club",
    "company",
    "inc",
    "corp",
    "high",
    "elementary",
    "middle",
    "bank",
    "store",
    "restaurant",
    "hotel",
}
# Prepositions that put a place after them ("in Nad Ali", "outside Maidan Shar").
_PLACE_PREPOSITIONS = {
    "in",
    "near",
    "outside",
    "into",
    "at",
    "across",
    "toward",
    "towards",
    "through",
    "inside",
    "within",
    "from",
    "around",
    "between",
}


# Verbs after a name that make it a speaker, not a place ("Nelson said").
_SPEECH_VERBS = {
    "said",
    "says",
    "told",
    "added",
    "wrote",
    "asked",
    "noted",
    "explained",
    "stated",
    "argued",
    "testified",
    "recalled",
    "declined",
}

# Lower-case nouns after a name that make it a place ("Roswell police").
_PLACE_HEADS = {
    "police",
    "camp",
    "camps",
    "villagers",
    "officials",
    "residents",
    "resident",
    "native",
    "natives",
    "authorities",
    "voters",
    "firefighters",
    "schools",
    "area",
    "home",
    "homes",
    "streets",
    "neighborhood",
    "suburb",
    "outskirts",
    "city",
    "town",
    "village",
    "hospital",
    "farm",
    "farms",
}

# People a town's name may modify ("a Longview woman", "a Newberry teenager"), matched only
# in lower case: "Young Man of the Year" is a title.
_PEOPLE_HEADS = {"woman", "man", "teenager", "teen", "family", "couple", "boy", "girl"}

# Words before "of" that make the next name a place ("residents of Zaranj").
_OF_PLACE = {
    "residents",
    "outskirts",
    "city",
    "town",
    "village",
    "province",
    "district",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "centre",
    "center",
    "people",
    "mayor",
    "governor",
    "capital",
    "suburbs",
    "parts",
    "region",
    "area",
    "streets",
    "heart",
    "edge",
    "state",
    "county",
    "citizens",
    "part",
    "outside",
    "native",
    "near",
    "control",
}

# Heads of an apposition that glosses a name as a place ("Goma, the capital of North Kivu"),
# and the words that may follow such a head (so "the city council" is not one).
_APPOSED_HEADS = {
    "capital",
    "city",
    "town",
    "village",
    "province",
    "district",
    "region",
    "county",
    "port",
    "hometown",
}
_APPOSED_AFTER = {"of", "in", "on", "near", "at", "that", "which", "where", "with", "and", "close"}

# Joiners a mention may grow over on the right ("Rio Grande do Sul"); those that link two names
# are left out: "Guinea and Sierra Leone" is two places.
_EXTEND_JOINERS = _JOINERS - {"and", "of", "on"}

# Words a mention does not grow by on the left: an article, and a compass word, which names a
# part of the place ("north Arlington", "North Richmond neighbourhood") more often than a town.
_NO_LEFT = {
    "the",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "upper",
    "lower",
}

# Offices a town names as "<Town> City <office>" ("Dublin City Council", "San Fernando City
# Councilwoman"), where "City" belongs to the office, not to the name.
_CITY_OFFICES = {
    "council",
    "councilman",
    "councilwoman",
    "councilmember",
    "councillor",
    "councilor",
    "manager",
    "hall",
    "commission",
    "commissioner",
    "attorney",
    "clerk",
    "administrator",
    "schools",
}

# US party letters in the news convention "Sen. Ken Smith, R-Fairfax," / "(D-Ocilla)": the
# letter, a hyphen and the legislator's home town or state (AP style; DFL is Minnesota's
# Democratic-Farmer-Labor party).
_PARTIES = {"R", "D", "I", "DFL"}

# Words that list names together ("Gainesville and Lindsay").
_COORDINATORS = {"and", "or", ","}

# A division's own kind word after its name ("Butler County").
_DIVISION_WORDS = {"county", "parish", "township", "province", "district"}

# A name set in the administrative division the words after it name: "Kallah, in Kajuru Local
# Government Area", "Pensa, in Sanmatenga province" (a place, whatever the parser read).
_NAME_WORD = r"[A-Z][\w'’-]*"
IN_DIVISION = (
    rf",\s+in\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD})?\s+"
    r"(?:[Ll]ocal [Gg]overnment [Aa]rea|LGA|[Dd]istrict|[Pp]rovince|[Rr]egion|[Ss]tate|"
    r"[Cc]ounty|[Cc]ercle|[Tt]erritory|[Dd]epartment|[Gg]overnorate|[Mm]unicipality|"
    r"[Tt]ownship)\b"
)

# Kind words that name a place after "of", "called" or "named" ("the town of X").
_KIND_BEFORE = {
    "town",
    "towns",
    "city",
    "cities",
    "village",
    "villages",
    "hamlet",
    "community",
    "communities",
    "municipality",
    "island",
    "islands",
    "port",
    "province",
    "provinces",
    "district",
    "districts",
    "county",
    "counties",
    "region",
    "state",
}

# The offices of a town or county, named after it ("Avondale Mayor", "Monroe City Council").
_OFFICE_WORDS = {
    "mayor",
    "sheriff",
    "council",
    "councilman",
    "councilwoman",
    "councillor",
    "selectman",
    "selectmen",
    "aldermen",
    "commissioners",
    "police",
    "fire",
    "city",
    "town",
    "township",
    "village",
    "county",
    # Courts are named after the town or county they sit for ("Kanawha Circuit Court").
    "circuit",
    "superior",
    "municipal",
}

# Entity labels that say neither place, person nor organization.
_MISC_LABELS = {"PRODUCT", "WORK_OF_ART", "EVENT", "NORP", "LANGUAGE", "LAW"}
