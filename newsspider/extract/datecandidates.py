"""Finding date expressions in text and reading their day and clock.

This is not the date library (``newsspider.dates`` turns a raw string into
ISO 8601): it only locates a date inside a longer text ("Posted by Jo on
6. August 2009 um 14:12 Uhr | 3 comments") so that the page-dates layer can
hand the pipeline the date and nothing else, and reads enough of it (day,
wall clock, am/pm, offset) to cross-check one source of a page against
another.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan januar jänner jän janvier janv enero gennaio janeiro januari ene gen",
        "february feb februar février fevrier févr fevr febrero febbraio fevereiro februari fev",
        "march mar märz mär maerz mars marzo março maart mrt",
        "april apr avril avr abril aprile abr",
        "may mai mayo maggio maio mei mag",
        "june jun juni juin junio giugno junho giu",
        "july jul juli juillet juil julio luglio julho lug",
        "august aug août aout agosto augustus ago",
        "september sep sept septembre septiembre setiembre settembre setembro set",
        "october oct oktober okt octobre octubre ottobre outubro out",
        "november nov novembre noviembre novembro",
        "december dec dezember dez décembre decembre diciembre dicembre dezembro dic",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

_MONTH = "(?:" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + r")\.?"
_ZONE = (
    r"(?:(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d{2})?|[+-]\d{1,2}:\d{2}|[+-]\d{4}|Z\b|"
    r"\(?(?:IST|GMT|UTC|BST|CET|CEST|MEZ|MESZ|EET|EEST|WET|WEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|"
    r"ET|PT|CT|MT|HST|AKST|AKDT|AEST|AEDT|ACST|AWST|NZST|NZDT|JST|KST|SGT|HKT|PKT|WIB|UK)\)?(?![A-Za-z]))"
)
_CLOCK = (
    r"(?P<ch>\d{1,2})\s?[:.hH]\s?(?P<cm>\d{2})(?![\d])(?:[:.](?P<cs>\d{2}))?"
    r"(?:\s?(?P<cap>[ap]\.?\s?m\.?)(?![a-z]))?(?:\s?(?:Uhr|hrs|h)\b)?"
    r"(?:\s?(?P<cz>" + _ZONE + "))?"
)
_LEAD_CLOCK = (
    r"(?:(?P<lh>\d{1,2}):(?P<lm>\d{2})(?::(?P<ls>\d{2}))?\s*(?P<lap>[ap]\.?\s?m\.?)\s*(?:" + _ZONE + r")?\s*,?\s*)?"
)
_WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so "
    "lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim "
    "lunes martes miércoles jueves viernes sábado domingo"
)
_WEEKDAY = (
    "(?:(?:" + "|".join(sorted(_WEEKDAYS.split(), key=len, reverse=True)) + r")(?![a-zäéû])\.?,?\s+)?"
)
_ISO = (
    r"(?P<iy>(?:19|20)\d{2})-(?P<imo>[01]?\d)-(?P<id>[0-3]?\d)(?!\d)"
    r"(?:[T ](?P<ih>[0-2]?\d):(?P<im>[0-5]\d)(?::(?P<is>[0-5]\d)(?:[.,]\d+)?)?\s?(?P<iz>Z|[+-]\d{2}:?\d{2})?)?"
)
_DAY_MONTH = (
    r"(?P<ad>[0-3]?\d)(?:st|nd|rd|th|er|\.|º|°)?\s*(?:de\s+|-|/)?(?P<amo>" + _MONTH + r")(?![a-zäéû])"
    r",?\s*(?:de\s+|-|/)?(?P<ay>(?:19|20)\d{2})(?!\d)"
)
_MONTH_DAY = (
    r"(?P<bmo>" + _MONTH + r")(?![a-zäéû])\s*(?P<bd>[0-3]?\d)(?:st|nd|rd|th)?(?!\d),?\s*(?P<by>(?:19|20)\d{2})(?!\d)"
)
_NUMERIC = r"(?P<n1>[0-3]?\d)(?P<sep>[./-])\s?(?P<n2>[01]?\d)(?P=sep)\s?(?P<ny>(?:19|20)\d{2}|\d{2})(?![\d.]\d)"
_SLASH_YMD = r"(?P<sy>(?:19|20)\d{2})/(?P<smo>[01]?\d)/(?P<sd>[0-3]?\d)(?!\d)"

_DATE_IN_TEXT = (
    r"(?<![\w/.-])" + _LEAD_CLOCK + _WEEKDAY
    + "(?:" + "|".join((_ISO, _DAY_MONTH, _MONTH_DAY, _SLASH_YMD, _NUMERIC)) + ")"
    + r"(?:\s*(?:,|\.|at|um|à|a las|às|alle|\||-|–|—|/)?\s*" + _CLOCK + ")?"
)
#: A date in running text, with the clock that follows it (or, as some sites
#: write it, precedes it: "05:52:14 PM IST Jul 11, 2021"). Matched against the
#: lowercased text: a case-insensitive pattern this size is many times slower.
DATE_IN_TEXT = re.compile(_DATE_IN_TEXT.lower().replace("(?p", "(?P"))
_DATE_IN_TEXT_ANY_CASE = re.compile(_DATE_IN_TEXT, re.IGNORECASE)
#: Every date has a year, four digits or two after a numeric day and month:
#: texts without one are skipped at once (most bylines and labels).
_YEARISH = re.compile(r"(?:19|20)\d\d|\d[./-]\s?\d{1,2}[./-]\s?\d\d")
#: How far a date's start can be before its year: a leading clock with its zone
#: ("12:05:33 p. m. gmt+05:30, ", 29 characters), a weekday ("donnerstag, ", 13),
#: a day and month ("31st de septiembre. de ", 24); 66 where no two spaces follow
#: each other (every ``\s*`` then takes one at most). Kept in step with the patterns
#: above: ``benchmarks/bench_pagedates.py --check-scan`` compares the two searches.
_BEFORE_YEAR = 100
_SPACES = re.compile(r"\s\s")
#: Where a date can start: the pattern's own look-behind, then a letter or digit.
_WORD_START = re.compile(r"(?<![\w/.-])\w")

#: Dates in URL paths: /2019/11/20/, /2019/nov/20/, /2019-11-20-, 20191120, /20-11-2019;
#: /2019/11/ (no day) is not one.
URL_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?:(?P<sep>[/_-])(?P<m>0?[1-9]|1[0-2]|[a-z]{3})(?P=sep)(?P<d>0?[1-9]|[12]\d|3[01])"
    r"|(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01]))(?!\d)"
    r"|(?<![\d-])(?P<d3>0[1-9]|[12]\d|3[01])-(?P<m3>0[1-9]|1[0-2])-(?P<y3>(?:19|20)\d{2})(?![\d-])"
)


@dataclass(frozen=True)
class Reading:
    """What a date text says, as far as cross-checks need it."""

    day: date
    #: Wall clock (hour 0-23 once am/pm is applied), None when the text has no time.
    clock: tuple[int, int, int] | None = None
    #: True when the text says am or pm (so its hour is not a 24-hour guess).
    meridiem: bool = False
    #: The offset the text states (``+05:30``, ``Z``), None when it states none.
    offset: timedelta | None = None
    #: Where the date starts and ends in the text it was read from.
    span: tuple[int, int] = (0, 0)


#: Offsets of the unambiguous abbreviations, for cross-checking instants only
#: (``newsspider.dates`` decides what an abbreviation means for the archive).
_ABBREVIATIONS = {
    "GMT": 0, "UTC": 0, "Z": 0, "BST": 60, "CET": 60, "CEST": 120, "MEZ": 60, "MESZ": 120, "EET": 120,
    "EEST": 180, "EST": -300, "EDT": -240, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
    "HST": -600, "AKST": -540, "AKDT": -480, "JST": 540, "KST": 540, "SGT": 480, "HKT": 480, "PKT": 300,
    "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
}


def _offset(zone: str | None) -> timedelta | None:
    if not zone:
        return None
    zone = zone.strip("() ").upper()
    if zone in _ABBREVIATIONS:
        return timedelta(minutes=_ABBREVIATIONS[zone])
    match = re.fullmatch(r"(?:GMT|UTC)?\s?([+-])\s?(\d{1,2}):?(\d{2})?", zone, re.IGNORECASE)
    if not match:
        return None
    delta = timedelta(hours=int(match[2]), minutes=int(match[3] or 0))
    if delta > timedelta(hours=14):
        return None  # not an offset any zone has
    return -delta if match[1] == "-" else delta


def _clock(h: str | None, m: str | None, s: str | None, ap: str | None) -> tuple[tuple[int, int, int] | None, bool]:
    if h is None or m is None:
        return None, False
    hour, minute, second = int(h), int(m), int(s or 0)
    if ap:
        if not 1 <= hour <= 12:
            return None, False
        hour = hour % 12 + (12 if ap.lower().startswith("p") else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None, False
    return (hour, minute, second), bool(ap)


def _day(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return date(year, month, day)
    except ValueError:
        return None


def read_match(match: re.Match[str], monthfirst: bool = False) -> Reading | None:
    """The reading of one ``DATE_IN_TEXT`` match; None for an impossible date."""
    g = match.groupdict()
    if g["iy"]:
        day = _day(int(g["iy"]), int(g["imo"]), int(g["id"]))
        clock, meridiem = _clock(g["ih"], g["im"], g["is"], None)
        zone = g["iz"]
    else:
        if g["ay"]:
            day = _day(int(g["ay"]), _MONTHS[g["amo"].lower().rstrip(".")], int(g["ad"]))
        elif g["by"]:
            day = _day(int(g["by"]), _MONTHS[g["bmo"].lower().rstrip(".")], int(g["bd"]))
        elif g["sy"]:
            day = _day(int(g["sy"]), int(g["smo"]), int(g["sd"]))
        else:
            first, second = int(g["n1"]), int(g["n2"])
            if g["sep"] == "/" and (monthfirst and first <= 12 or second > 12):
                first, second = second, first
            if len(g["ny"]) == 2 and (g["sep"] == "-" or len(g["n1"]) < 2 or len(g["n2"]) < 2):
                return None  # 12-10-19, 1.2.10 (a version?): too ambiguous to trust
            day = _day(int(g["ny"]), second, first)
        clock, meridiem = _clock(g["ch"], g["cm"], g["cs"], g["cap"])
        zone = g["cz"]
        if clock is None and g["lh"]:
            clock, meridiem = _clock(g["lh"], g["lm"], g["ls"], g["lap"])
    if day is None:
        return None
    return Reading(day, clock, meridiem, _offset(zone), match.span())


def dates_in(
    text: str, monthfirst: bool = False, latest: date | None = None, *, single_spaced: bool = False
) -> Iterator[Reading]:
    """The plausible dates in ``text`` (not before 1995, not after ``latest``), in order;
    each reading's ``span`` locates it in ``text``. ``single_spaced``: the caller joined
    the text's words with single spaces (``" ".join(text.split())``), no need to check."""
    if not _YEARISH.search(text):
        return
    lowered = text.lower()
    # Lowercasing keeps positions, except for a few letters ("İ"): then the slow pattern.
    if len(lowered) != len(text):
        matches = _DATE_IN_TEXT_ANY_CASE.finditer(text)
    elif not single_spaced and _SPACES.search(lowered):
        matches = DATE_IN_TEXT.finditer(lowered)
    else:
        matches = near_years(lowered)
    for match in matches:
        reading = read_match(match, monthfirst)
        if reading is not None and plausible(reading.day, latest):
            yield reading


def near_years(lowered: str) -> Iterator[re.Match[str]]:
    """``DATE_IN_TEXT.finditer(lowered)``, the same matches, for a text in which no
    two spaces follow each other (a page's text, joined with single spaces).

    The pattern is tried only at the starts of words up to ``_BEFORE_YEAR``
    characters before each year-like number (every date has one): run over a
    whole text it costs ~0.15 µs a character, milliseconds on an article, and
    most of a text is no date. No match can start earlier (its year would be
    the first one after ``pos``, and further than ``_BEFORE_YEAR``), and where one
    starts ``match`` finds what ``finditer`` would (it looks behind the start too)."""
    pos = 0
    while (year := _YEARISH.search(lowered, pos)) is not None:
        found = None
        for start in _WORD_START.finditer(lowered, max(pos, year.start() - _BEFORE_YEAR), year.start() + 1):
            found = DATE_IN_TEXT.match(lowered, start.start())
            if found is not None:
                break
        if found is None:
            pos = year.start() + 1
        else:
            yield found
            pos = found.end()


def read_text(
    text: str, monthfirst: bool = False, latest: date | None = None, *, single_spaced: bool = False
) -> Reading | None:
    """The first plausible date in ``text`` (``single_spaced``: see :func:`dates_in`)."""
    return next(dates_in(text, monthfirst, latest, single_spaced=single_spaced), None)


def read_iso(text: str) -> Reading | None:
    """A machine-readable value (``datetime`` attributes, JSON-LD, meta): ISO first, text after."""
    text = text.strip()
    try:
        parsed = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    except ValueError:
        return read_text(text)
    if parsed.tzinfo is None and len(text) <= 10:
        return Reading(parsed.date(), None, False, None, (0, len(text)))
    offset = parsed.utcoffset()
    return Reading(parsed.date(), (parsed.hour, parsed.minute, parsed.second), False, offset, (0, len(text)))


def url_date(url: str, latest: date | None = None) -> tuple[str, date] | None:
    """The day a URL's path states (see ``URL_DATE``), with the text found."""
    path = url.split("://", 1)[-1].partition("/")[2].split("?", 1)[0]
    for match in URL_DATE.finditer(path.lower()):
        month = match["m"] or match["m2"] or match["m3"]
        month = _MONTHS.get(month) if month.isalpha() else int(month)
        year, day_of_month = match["y"] or match["y3"], match["d"] or match["d2"] or match["d3"]
        day = _day(int(year), month, int(day_of_month)) if month else None
        if day is not None and plausible(day, latest):
            return match[0], day
    return None


def plausible(day: date, latest: date | None = None) -> bool:
    """Not before the web had news sites, not after ``latest`` (tomorrow by default)."""
    return date(1995, 1, 1) <= day <= (latest or date.today() + timedelta(days=1))
