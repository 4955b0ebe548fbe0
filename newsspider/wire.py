"""Wire agency and dateline: who filed a story, and from where.

Pure functions on text, no Scrapy. Extraction calls them on a byline
(``Press Trust of India | Gandhinagar Last Updated at ...``) and on the
story's body, whose opening often carries the credit
(``PYONGYANG (AFP) —``, ``New Delhi, Apr 22 (PTI)``, ``Mumbai:``) and
whose last line sometimes does (``(with inputs from Reuters)``).

Everything is deliberately conservative: a credit is recognised only in the
fixed shapes wire copy uses, so that a story's own first sentence
("Reuters reported on Monday that ...") is never cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Credit:
    #: Canonical short name of the wire agency (``AFP``, ``PTI``, ``Reuters``).
    agency: str | None = None
    #: Place the story was filed from, as a proper name (``Pyongyang``).
    dateline: str | None = None


#: Canonical name -> how agencies are written. Acronyms (all capitals, or
#: ``dpa``) match only in that exact case, so that "Ani" (a first name) or
#: "ap" never count; spelled-out names match in any case.
_AGENCIES: dict[str, tuple[str, ...]] = {
    "PTI": ("PTI", "Press Trust of India"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "IANS": ("IANS", "IANSlife", "Indo-Asian News Service", "Indo Asian News Service"),
    "ANI": ("ANI", "Asian News International"),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "Xinhua": ("Xinhua", "Xinhua News Agency", "新华社", "新華社"),
    "UNI": ("UNI", "United News of India"),
    "DPA": ("DPA", "dpa", "Deutsche Presse-Agentur"),
    "EFE": ("EFE", "Agencia EFE"),
    "Kyodo": ("Kyodo", "Kyodo News", "共同通信"),
    "Yonhap": ("Yonhap", "Yonhap News Agency", "연합뉴스"),
    "TASS": ("TASS", "ITAR-TASS", "ТАСС"),
    "Anadolu": ("Anadolu", "Anadolu Agency", "Anadolu Ajansı"),
    "ANSA": ("ANSA",),
    "AAP": ("AAP", "Australian Associated Press"),
    "CP": ("The Canadian Press", "Canadian Press"),
    "PA": ("PA Media", "Press Association"),
    "UPI": ("UPI", "United Press International"),
    "Interfax": ("Interfax", "Интерфакс"),
    "RIA Novosti": ("RIA Novosti", "РИА Новости"),
    "Bernama": ("Bernama",),
    "Antara": ("Antara",),
    "APP": ("APP", "Associated Press of Pakistan"),
    "Jiji": ("Jiji", "Jiji Press", "時事通信"),
    "Dow Jones": ("Dow Jones Newswires", "Dow Jones"),
    "WAM": ("WAM", "Emirates News Agency"),
    "IRNA": ("IRNA",),
    # national agencies whose names bylines and JSON-LD authors carry in their own languages
    "Europa Press": ("Europa Press",),
    "Agência Brasil": ("Agência Brasil", "Agencia Brasil"),
    "Lusa": ("Lusa", "Agência Lusa"),
    "PAP": ("PAP", "Polska Agencja Prasowa"),
    "ČTK": ("ČTK", "Česká tisková kancelář"),
    "ANP": ("ANP",),
    "Belga": ("Belga",),
    "NTB": ("NTB",),
    "TT": ("TT", "TT Nyhetsbyrån"),
    "Ritzau": ("Ritzau", "Ritzaus Bureau"),
    "STT": ("STT",),
    "APA": ("APA",),
    "Keystone-SDA": ("Keystone-SDA", "SDA"),
    "KNA": ("KNA",),
    "epd": ("epd", "Evangelischer Pressedienst"),
    "Agerpres": ("Agerpres", "AGERPRES"),
    "MTI": ("MTI",),
    "BTA": ("BTA",),
    "HINA": ("HINA",),
    "Tanjug": ("Tanjug",),
    "Ukrinform": ("Ukrinform", "Укрінформ"),
    "UNIAN": ("UNIAN", "УНІАН"),
    "AGI": ("AGI",),
    "Adnkronos": ("Adnkronos",),
    "Notimex": ("Notimex",),
    "Télam": ("Télam",),
    "Prensa Latina": ("Prensa Latina",),
    "Andina": ("Agencia Andina",),
    "VNA": ("Vietnam News Agency", "TTXVN"),
    "DHA": ("DHA", "Demirören Haber Ajansı"),
    "İHA": ("İHA", "İhlas Haber Ajansı"),
    "PNA": ("Philippine News Agency",),
}


#: Agencies' short names that are common words or other bodies' acronyms too ("PAP Wins
#: Aljunied", "TT" a time trial, "APA" a psychologists' association, "AGI" artificial
#: general intelligence, "(EPD)" Hong Kong's Environmental Protection Department): an
#: agency in a byline only (:func:`agency_name`, :func:`from_byline`), never in the body's
#: opening line or its signature, where they name something else as often.
BYLINE_ONLY: frozenset[str] = frozenset({"PAP", "ČTK", "ANP", "NTB", "TT", "STT", "APA", "SDA", "KNA", "epd", "MTI",
                                         "BTA", "HINA", "AGI", "DHA", "İHA"})


def _is_acronym(alias: str) -> bool:
    """Whether an alias is an acronym, matched in its own case only ("AFP", "dpa", "epd")."""
    return alias.isupper() or (alias.islower() and alias.isalpha() and len(alias) <= ACRONYM_MAX)


#: A name in lower case this long or shorter is an acronym ("dpa", "epd").
ACRONYM_MAX = 4


_EXACT = {alias: name for name, aliases in _AGENCIES.items() for alias in aliases if _is_acronym(alias)}
_FOLDED = {alias.casefold(): name for name, aliases in _AGENCIES.items() for alias in aliases if not _is_acronym(alias)}


def _spaced(alias: str) -> str:
    """``alias`` as a pattern allowing any run of spaces and any hyphen."""
    return r"[-‐–]".join(r"\s+".join(re.escape(w) for w in part.split()) for part in alias.split("-"))


def _alias_pattern(skip: frozenset[str] = frozenset()) -> str:
    aliases = sorted((a for names in _AGENCIES.values() for a in names if a not in skip), key=len, reverse=True)
    parts = [re.escape(a) if _is_acronym(a) else "(?i:" + _spaced(a) + ")" for a in aliases]
    return r"(?<!\w)(?:" + "|".join(parts) + r")(?![\w-])"


_ALIAS = _alias_pattern()
#: An agency's name in a story's body: no :data:`BYLINE_ONLY` acronym.
_BODY_ALIAS = _alias_pattern(BYLINE_ONLY)

# --- Building blocks ---------------------------------------------------------
_UP = "A-ZÀ-ÖØ-Þ"
_LO = "a-zß-öø-ÿ"
#: A capitalised word of a place name: ``Delhi``, ``NEW``, ``St.``, ``N.Y.``, ``Winston-Salem``.
_WORD = rf"[{_UP}][{_UP}{_LO}'’.\-]*"
_CONNECTORS = (
    "of", "de", "da", "do", "del", "della", "di", "la", "le", "upon", "am", "im", "an", "der", "den", "du", "des",
    "al", "el", "y",
)  # fmt: skip
_NAME = rf"{_WORD}(?:[ ](?:(?:{'|'.join(_CONNECTORS)})[ ])?{_WORD}){{0,4}}"
#: Words of an ALL-CAPS dateline (``HANOI``, ``ST. JOSEPH``, ``SANTA FE``).
_CAPS_WORD = rf"[{_UP}][{_UP}'’.\-]+"
_CAPS_NAME = rf"{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,3}}"
_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = rf"(?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})(?:,?\s+\d{{4}})?(?![\w])"
#: ``(Punjab)``, ``[India]``, ``(Jammu and Kashmir)`` after a place; ANI writes
#: both, region then country: ``Amritsar (Punjab) [India]``.
_QUALIFIER = rf"(?:\s*[(\[]{_NAME}(?:\s+(?:and|&)\s+{_NAME})?[)\]]){{1,2}}"
_REGIONS = rf"(?:,\s*{_NAME}){{0,2}}"
_DASH = r"(?:—|–|―|--|-)"
_STORY_START = rf"(?=[{_UP}0-9\"“‘'])"

# --- Body openings -------------------------------------------------------------
#: ``PYONGYANG (AFP) —``, ``HANOI, Vietnam (AP) —``, ``New Delhi, Apr 22 (PTI)``,
#: ``Amritsar (Punjab), Apr 13 (ANI):``, ``New Delhi [India], April 13 (ANI):``,
#: ``Amritsar (Punjab) [India], November 20 (ANI):``,
#: ``BEIJING, Nov. 20 (Xinhua) --``, ``(Bloomberg) --``.
_PAREN_CREDIT = re.compile(
    rf"""\s*(?:(?P<place>{_NAME})(?:{_QUALIFIER})?{_REGIONS}(?:,?\s*(?P<date>{_DATE}))?\s*)?
    \((?P<credit>[^()\n]{{1,40}})\)\s*(?P<sep>{_DASH}|:)?\s*""",
    re.X,
)
#: ``Reuters, Washington, Nov 20 2019``, ``AFP Pyongyang``, ``By Reuters`` as the
#: first line; with a date it may run on into the story on the same line.
_AGENCY_LINE = re.compile(
    rf"""\s*(?:(?i:by)[ \t]+)?(?P<agency>{_BODY_ALIAS})
    (?:[ \t]*[|,]?[ \t]*(?P<place>{_NAME}))?(?:{_QUALIFIER})?(?:,[ \t]*{_NAME}){{0,2}}
    (?:,?[ \t]*(?P<date>{_DATE})|[ \t]*[.:]?[ \t]*(?=\n|\Z))\s*""",
    re.X,
)
#: A staff dateline: ``Mumbai:``, ``NEW DELHI:``, ``Washington, DC, United States:``.
_COLON_DATELINE = re.compile(rf"\s*(?P<place>{_NAME}){_REGIONS}(?:,?\s*{_DATE})?\s*:\s+{_STORY_START}")
#: ``MADRID —``, ``BUFFALO, N.Y. —``, ``HONOLULU, Hawaii (HawaiiNewsNow) -``: capitals only.
_DASH_DATELINE = re.compile(
    rf"\s*(?P<place>{_CAPS_NAME}){_REGIONS}(?:\s*\((?P<credit>[^()\n]{{1,40}})\))?\s*{_DASH}\s+{_STORY_START}"
)

# --- Signatures at the end of the body -----------------------------------------
_INPUTS = r"(?i:(?:with\s+)?(?:(?:additional|agency)\s+)?inputs?\s+from)"
_SIGNATURE = re.compile(
    rf"""(?:
      (?:^|(?<=\s))[(\[]\s*{_INPUTS}\s+(?P<inputs>[^()\[\]\n]{{1,60}}?)\s*[)\]]\.?
    | (?:^|(?<=\n)){_INPUTS}\s+(?P<inputs_line>[^\n]{{1,60}}?)\.?
    | (?:^|(?<=\n)|(?<=[.!?"”’]\s))\(\s*(?P<paren>{_BODY_ALIAS})\s*\)\.?
    | (?:^|(?<=[\s.!?"”’)])){_DASH}\s*(?P<dashed>{_BODY_ALIAS})(?:\s+[a-z]{{1,4}}(?:/[a-z]{{1,4}})+)?
    | (?:^|(?<=\n))(?P<alone>{_BODY_ALIAS})(?:\s+[a-z]{{1,4}}(?:/[a-z]{{1,4}})+)?
    )\s*\Z""",
    re.X,
)

# --- Bylines -----------------------------------------------------------------------
#: Where a byline's date part starts: everything from there on is dropped.
_BYLINE_DATE = re.compile(
    rf"""\s*(?:\b(?i:last\s+updated|updated|first\s+published|published|posted|modified)\b
    |\b{_DATE}|\d{{1,2}}[:.]\d{{2}}|\d{{4}}-\d{{2}}-\d{{2}}).*""",
    re.S | re.X,
)
_BYLINE_INPUTS = re.compile(rf"[(\[]?\s*{_INPUTS}\s+(?P<inputs>[^()\[\]|]{{1,60}}?)\s*(?:[)\]]|$|(?=\|))")
_BYLINE_SEPARATOR = re.compile(r"\s*[|•·]\s*")
_AGENCY_PREFIX = re.compile(rf"(?:(?i:by)\s+)?(?P<agency>{_ALIAS})[\s,:;–—-]+(?P<rest>.+)", re.S)
#: The Hindu's ``Special Correspondent CHANDIGARH, February 01, 2020``.
_CAPS_BEFORE_DATE = re.compile(rf"(?<![\w])(?P<place>{_CAPS_NAME}),\s*{_DATE}")
_BY = re.compile(r"^(?i:by|from)\s+")
_AGENCY_SPLIT = re.compile(r"\s*(?:/|,|&|\band\b|;)\s*")

#: Words that make a capitalised phrase a label or a role, not a place.
_NOT_PLACES = frozenset(
    """
    note notes update updated updates breaking exclusive watch live video videos photo photos image images
    picture file read also opinion analysis comment editorial review interview disclaimer source sources
    summary highlights highlight background context warning correction clarification advertisement sponsored
    listen explained explainer fact check question answer q a why what how who when where dear abby
    reporter reporters correspondent correspondents bureau desk staff team agencies agency news web edited
    written by posted published story stories report feature special mr mrs ms dr prof representational
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december today yesterday tomorrow first last next step tip tips
    key takeaways takeaway quote quotes this that it he she they we i you
    """.split()
)
_PLACE_SHAPE = re.compile(rf"{_NAME}")
#: Where the place ends: "HANOI, Vietnam", "Amritsar (Punjab)", "Paris/Washington".
_PLACE_END = re.compile(r"\s*[,(\[/]")
_MC = re.compile(r"\bMc([a-z])")


def _clean(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def agency_name(text: str) -> str | None:
    """The canonical short name of the agency ``text`` names, or None.

    ``text`` is a name as a byline or credit gives it ("Press Trust of India",
    "By Reuters", "Reuters Staff", "AFP"); anything else gives None.
    """
    name = _clean(text).strip(" .,:;|()[]—–-")
    name = _BY.sub("", name)
    found = _lookup(name)
    if found is None:
        for suffix in (" Staff", " staff", " Bureau", " Desk", " Wire"):
            if name.endswith(suffix):
                return _lookup(name[: -len(suffix)].rstrip())
    return found


def _lookup(name: str) -> str | None:
    if name in _EXACT:
        return _EXACT[name]
    return _FOLDED.get(re.sub(r"[‐–]", "-", name).casefold())


def _first_agency(text: str) -> str | None:
    """The first agency in a credit that may list several ("Reuters/AFP", "PTI and IANS")."""
    whole = agency_name(text)
    if whole:
        return whole
    for part in _AGENCY_SPLIT.split(text):
        name = agency_name(part)
        if name:
            return name
    return None


def _proper(word: str, first: bool) -> str:
    if not first and word.lower() in _CONNECTORS:
        return word.lower()
    parts = word.split("-")
    out = []
    for i, part in enumerate(parts):
        if i and part.lower() in _CONNECTORS:
            out.append(part.lower())
            continue
        low = part.lower()
        cap = low[:1].upper() + low[1:]
        if len(cap) > 2 and cap[1] in "'’":  # D'Ivoire, O'Hare
            cap = cap[:2] + cap[2:3].upper() + cap[3:]
        out.append(_MC.sub(lambda m: "Mc" + m.group(1).upper(), cap))
    return "-".join(out)


def place_name(text: str | None) -> str | None:
    """``text`` (a dateline, or a page's own place field) as a place name, or
    None when it does not look like one.

    Only the part before a comma, bracket or slash counts ("HANOI, Vietnam"
    -> "Hanoi", "Amritsar (Punjab)" -> "Amritsar"); ALL CAPS becomes proper
    case ("NEW DELHI" -> "New Delhi").
    """
    if not text:
        return None
    name = _PLACE_END.split(_clean(text), maxsplit=1)[0].strip(" .:;|-—–")
    words = name.split()
    if not words or len(words) > 4 or len(name) > 40 or len(name) < 2:
        return None
    if not _PLACE_SHAPE.fullmatch(name):
        return None
    if any(w.strip(".'’").lower() in _NOT_PLACES for w in words):
        return None
    if name.replace("Mc", "MC").isupper():  # "McALLEN" is AP's capitals too
        name = " ".join(_proper(w, i == 0) for i, w in enumerate(words))
    return name


def from_byline(text: str) -> Credit:
    """The agency and dateline a byline states.

    ``"Press Trust of India | Gandhinagar Last Updated at January 18, 2019
    17:18 IST"`` -> ``Credit("PTI", "Gandhinagar")``; ``"BS Reporter |
    Mumbai"`` -> ``Credit(None, "Mumbai")``; ``"AFP Pyongyang"``;
    ``"Edited by Nirmalya Sen (with inputs from Reuters)"`` -> Reuters.
    The first part of a byline is the author: it gives a place only after an
    agency name ("AFP Pyongyang") or in capitals before a date
    ("Special Correspondent CHANDIGARH, February 01, 2020"; an agency before
    the capitals is the credit: "PTI NEW DELHI, November 01, 2024").
    """
    line = _clean(text)
    agency: str | None = None
    dateline: str | None = None
    inputs = _BYLINE_INPUTS.search(line)
    if inputs:
        agency = _first_agency(inputs.group("inputs"))
        line = (line[: inputs.start()] + " " + line[inputs.end() :]).strip()
    caps = _CAPS_BEFORE_DATE.search(line)
    if caps:
        place = caps.group("place")
        credited = _AGENCY_PREFIX.fullmatch(place)  # The Hindu's "PTI NEW DELHI, November 01, 2024"
        if credited and credited.group("agency") in _EXACT:
            agency = agency or _EXACT[credited.group("agency")]
            place = credited.group("rest")
        dateline = place_name(place)
    for index, segment in enumerate(_BYLINE_SEPARATOR.split(line)):
        segment = _BYLINE_DATE.sub("", segment).strip(" ,;:-—–")
        if not segment:
            continue
        named = agency_name(segment)
        if named:
            agency = agency or named
            continue
        prefixed = _AGENCY_PREFIX.fullmatch(segment)
        if prefixed:
            agency = agency or _EXACT.get(prefixed.group("agency")) or agency_name(prefixed.group("agency"))
            dateline = dateline or place_name(prefixed.group("rest"))
        elif index > 0:
            dateline = dateline or place_name(segment)
    return Credit(agency, dateline)


def _credit_opening(match: re.Match[str], place: str | None) -> bool:
    """Whether a ``Place (Agency)`` opening is a credit, not "US President Joe Biden (AP)"."""
    if not match.group("place"):
        return True
    if not place:
        return False
    return bool(match.group("date") or match.group("sep") or match.group("place").isupper())


def _opening(body: str) -> tuple[Credit, int] | None:
    """The credit at the very start of ``body`` and where the story begins."""
    match = _PAREN_CREDIT.match(body)
    if match:
        agency = _first_agency(match.group("credit"))
        place = place_name(match.group("place"))
        if agency and _credit_opening(match, place):
            return Credit(agency, place), match.end()
    match = _AGENCY_LINE.match(body)
    if match:
        place = place_name(match.group("place"))
        if place or not match.group("place"):
            return Credit(agency_name(match.group("agency")), place), match.end()
    match = _DASH_DATELINE.match(body)
    if match:
        place = place_name(match.group("place"))
        if place:
            credit = match.group("credit")
            return Credit(_first_agency(credit) if credit else None, place), match.end()
    match = _COLON_DATELINE.match(body)
    if match:
        place = place_name(match.group("place"))
        if place:
            return Credit(None, place), match.end()
    return None


def _signature(body: str) -> tuple[str | None, int] | None:
    """The agency signed at the end of ``body`` and where the signature starts."""
    match = _SIGNATURE.search(body, max(0, len(body) - 160))
    if not match:
        return None
    inputs = match.group("inputs") or match.group("inputs_line")
    if inputs is not None:
        return _first_agency(inputs), match.start()
    alias = match.group("paren") or match.group("dashed") or match.group("alone")
    return agency_name(alias), match.start()


def from_body(body: str) -> tuple[Credit, str]:
    """The credit at the start (or signed at the end) of ``body``, and the body without it.

    Recognised openings: ``PYONGYANG (AFP) —``, ``New Delhi, Apr 22 (PTI)``,
    ``Amritsar (Punjab), Apr 13 (ANI):``, ``Amritsar (Punjab) [India], November
    20 (ANI):``, ``(Bloomberg) --``, a first line
    ``Reuters, Washington, Nov 20 2019`` or ``By Reuters``, and a staff
    dateline ``Mumbai:`` / ``MADRID —`` (dateline, no agency). Recognised
    endings: ``(with inputs from Reuters)``, ``(PTI)``, ``-- IANS``. An opening
    that is the story's own sentence ("Reuters reported on Monday ...") is
    left alone.
    """
    agency: str | None = None
    dateline: str | None = None
    start = 0
    for _ in range(3):  # "By Reuters\n\nWASHINGTON (Reuters) - ..." holds two
        found = _opening(body[start:])
        if found is None:
            break
        credit, length = found
        agency = agency or credit.agency
        dateline = dateline or credit.dateline
        start += length
    text = body[start:].lstrip()
    signed = _signature(text)
    if signed is not None:
        signed_agency, at = signed
        agency = agency or signed_agency
        text = text[:at].rstrip()
    if not text.strip():
        return Credit(agency, dateline), body.strip()
    return Credit(agency, dateline), text
