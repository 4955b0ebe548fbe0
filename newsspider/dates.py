"""Dates as news pages write them, read into ISO 8601.

``normalize_date("Last Updated : Apr 22 2019 | 11:50 AM IST", "Asia/Kolkata")``
gives ``"2019-04-22T11:50:00+05:30"``. The offset is the one the text states
(``+0530``, ``GMT+0000``, ``IST``, ``EDT``); where it states none, the
publisher's zone (an IANA name) decides; with neither, the time stays naive.

Only the standard library is used (``re``, ``datetime``, ``zoneinfo``): general
date parsers are slow and, worse, pick a meaning for ambiguous abbreviations on
their own (dateparser reads ``IST`` as Israel). Here an ambiguous abbreviation
follows the publisher's zone, and a choice that depends on nothing is written
down in the tables below.

ISO 8601 (``2021-11-8`` too), epoch seconds or milliseconds (10 or 13
digits) and ``20231102`` (a 19xx or 20xx year, a month, a day: no other
number) are read directly. Any other text is read by finding its parts one
after the other and blanking each once found, so that one part's digits are
never read again as another's: a numeric date (``14/03/2020``, ``18. 05.
2014``; day first unless a number above 12 decides or the publisher is in the
US and writes slashes or dashes), an offset written as a zone (``GMT+5:30``),
the time of day with what follows it (am/pm, ``hrs``, ``Uhr``, zone
abbreviation, offset), a month name (seven languages, digits may touch it:
``13November2021``) with the day and year beside it. Without a day, relative
words are tried ("13 hours ago", "vor 9 Stunden", "Today 12:01 AM",
"yesterday") against ``now``.

Everything is compiled once at import; a string takes a few microseconds
(``benchmarks/bench_dates.py``).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["has_time", "normalize_date", "parse_date", "zone_info"]

#: Earliest year read as a date: older ones are placeholders (``0001-01-01``).
MIN_YEAR = 1900

# --- Tables -------------------------------------------------------------------

_MONTHS: dict[int, tuple[str, ...]] = {
    # English, German, French, Spanish, Portuguese, Italian, Dutch; full names,
    # usual abbreviations, and spellings without accents.
    1: ("january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene",
        "janeiro", "gennaio", "gen", "januari"),
    2: ("february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero",
        "fevereiro", "fev", "febbraio", "februari"),
    3: ("march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile"),
    5: ("may", "mai", "mayo", "maio", "maggio", "mag", "mei"),
    6: ("june", "jun", "juni", "juin", "junio", "junho", "giugno", "giu"),
    7: ("july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio", "lug"),
    8: ("august", "aug", "août", "aout", "agosto", "ago", "augustus"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro",
        "set", "settembre"),
    10: ("october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "out",
         "ottobre", "ott"),
    11: ("november", "nov", "novembre", "noviembre", "novembro"),
    12: ("december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre",
          "dic", "dezembro", "dicembre"),
}
_MONTH_OF = {name: number for number, names in _MONTHS.items() for name in names}

#: Abbreviations with one fixed meaning, in minutes east of UTC. Stated
#: literally: a page that says EST in July means UTC-5.
_FIXED = {
    "UTC": 0, "UT": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 60, "BST": 60,
    "CET": 60, "CEST": 120, "MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180,
    "MSK": 180, "IST": 330, "PKT": 300, "NPT": 345, "WIB": 420, "SGT": 480,
    "HKT": 480, "PHT": 480, "AWST": 480, "JST": 540, "KST": 540, "ACST": 570,
    "ACDT": 630, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
    "SAST": 120, "EAT": 180, "WAT": 60, "CAT": 120, "IDT": 180,
    "AST": -240, "ADT": -180, "NST": -210, "NDT": -150,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420,
    "MDT": -360, "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600,
}
#: Where the publisher's zone gives an abbreviation another meaning. Without
#: a zone (or in any other one) the meaning in ``_FIXED`` holds: IST is India's
#: (our publishers are Indian first), CST and AST North America's, BST British.
_BY_ZONE: dict[str, dict[str, int]] = {
    "IST": {"Europe/Dublin": 60, "Eire": 60,  # Irish Standard Time (the summer clock)
            "Asia/Jerusalem": 120, "Asia/Tel_Aviv": 120, "Israel": 120},
    "CST": {"Asia/Shanghai": 480, "Asia/Chongqing": 480, "Asia/Harbin": 480, "PRC": 480,
            "Asia/Taipei": 480, "ROC": 480, "Asia/Macau": 480,
            "America/Havana": -300, "Cuba": -300},
    "BST": {"Asia/Dhaka": 360, "Asia/Dacca": 360},
    "AST": {"Asia/Riyadh": 180, "Asia/Qatar": 180, "Asia/Kuwait": 180, "Asia/Bahrain": 180,
            "Asia/Baghdad": 180, "Asia/Aden": 180},
}
#: Abbreviations that name a region's clock rather than an offset: the
#: publisher's zone is used where it keeps the same time at that instant
#: (``ET`` on a Toronto site), the region's own zone otherwise.
_FAMILY = {
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
    "PT": "America/Los_Angeles", "UK": "Europe/London",
}
#: Abbreviations that are also words or letters: read only in capitals.
_CASED = {"ET", "CT", "MT", "PT", "UK", "UT", "Z", "EAT", "CAT", "WAT", "MEZ"}

#: Zones whose publishers write numeric dates month first (03/14/2020).
_MONTH_FIRST_ZONES = {
    "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
    "America/Los_Angeles", "America/Anchorage", "America/Juneau", "America/Sitka",
    "America/Yakutat", "America/Nome", "America/Adak", "America/Metlakatla",
    "America/Detroit", "America/Boise", "America/Menominee", "America/Puerto_Rico",
    "Pacific/Honolulu", "Pacific/Guam", "EST5EDT", "CST6CDT", "MST7MDT", "PST8PDT",
}
_MONTH_FIRST_PREFIXES = ("US/", "America/Indiana/", "America/Kentucky/", "America/North_Dakota/")

# --- Patterns -----------------------------------------------------------------


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` factored by common prefixes
    (``j(?:an(?:uary)?|...)``): the engine then tries a letter once, not once a word."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body
    return pattern(tree)


_ABBRS = set(_FIXED) | set(_FAMILY)
_ABBR = (
    f"(?-i:{_trie([a for a in _ABBRS if a in _CASED])})"
    f"|{_trie([a for a in _ABBRS if a not in _CASED])}"
)
_OFFSET = r"[+\-\u2212]\d{1,2}(?::?\d{2})?"

_ISO = re.compile(
    r"\s*(?P<neg>[-\u2212])?(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})(?!\d)"  # 2021-11-8 too
    r"(?:[T\s]+(?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d+)?)?)?"
    rf"\s*(?P<z>Z|UTC|GMT|{_OFFSET})?\s*$",
    re.I,
)
_EPOCH = re.compile(r"\s*(?P<n>\d{10}|\d{13})(?:\.\d+)?\s*$")
#: 20231102; eight digits are a day only as a 19xx or 20xx year with a month and day.
_COMPACT_DAY = re.compile(r"(?P<y>19\d{2}|20\d{2})(?P<mo>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])$")
#: 14/03/2020, 20.11.2019, 18. 05. 2014 (a space after both dots or neither), 2021/11/8.
_NUMERIC_DATE = re.compile(
    r"(?<![\d.:/-])(?P<a>\d{1,4})(?P<sep>[/\-]|\.\s?)(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d{1,2})(?!\d)"
)
_TIME = re.compile(
    r"(?=\d)(?<![\d:.])"  # the lookahead lets the engine skip to digits
    r"(?:(?P<h>[01]?\d|2[0-3])(?:[:.]|\s?h\s?)(?P<mi>[0-5]\d)"
    r"(?:[:.](?P<s>[0-5]\d|60)(?:[.,]\d+)?)?(?!\d)"
    r"|(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s?hrs?\b"  # 1632hrs
    r"|(?P<h1>1[0-2]|0?[1-9])(?=\s*[ap]\.?\s?m\b))"  # 6 pm
    r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?"
    r"(?:\s?(?:hrs?|uhr|h)\b)?"
    rf"(?:[\s,]*\(?(?P<abbr>{_ABBR})\)?(?![^\W\d_]))?"
    rf"(?:\s*\(?(?:GMT|UTC|UT)?(?P<off>{_OFFSET})\)?(?!\d))?",
    re.I,
)
#: An offset written as a zone, anywhere in the text ("(UTC+05:30) 10:00").
_ZONE_OFFSET = re.compile(rf"\b(?:GMT|UTC|UT)\s?(?P<off>{_OFFSET})(?!\d)", re.I)
#: A month name, the day after it ("Nov 20"), the year after both ("Nov 20, 2019", "22 Sep,2021").
#: A name between letters is part of a word; digits may touch it ("13November2021").
_MONTH = re.compile(
    rf"(?<![^\W\d_])(?P<m>{_trie(list(_MONTH_OF))})(?![^\W\d_])\.?"
    r"(?:[\s,.]*(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\d))?"
    r"(?:[\s,.]*(?:de\s+)?(?P<y>\d{4})(?!\d))?",
    re.I,
)
_DAY_BEFORE = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|\.)?[\s,]*(?:de\s+|of\s+)?$", re.I)
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)|['\u2019](\d{2})\b")
#: Units of relative times ("13 hours ago", "vor 9 Stunden", "il y a 2 jours"), in seconds.
_UNITS = {
    1: ("s", "sec", "secs", "second", "seconds", "sekunde", "sekunden", "seconde", "secondes",
        "segundo", "segundos", "secondi", "seconden"),
    60: ("m", "min", "mins", "minute", "minutes", "minuten", "minuto", "minutos", "minuti"),
    3600: ("h", "hr", "hrs", "hour", "hours", "stunde", "stunden", "std", "heure", "heures",
           "hora", "horas", "ora", "ore", "uur"),
    86400: ("d", "day", "days", "tag", "tage", "tagen", "jour", "jours", "día", "días", "dia",
            "dias", "giorno", "giorni", "dag", "dagen"),
    604800: ("w", "wk", "wks", "week", "weeks", "woche", "wochen", "semaine", "semaines",
             "semana", "semanas", "settimana", "settimane", "weken"),
}
_UNIT_SECONDS = {word: seconds for seconds, words in _UNITS.items() for word in words}
_ONE = {"a", "an", "one", "ein", "eine", "einer", "einem", "un", "une", "una", "uno", "uma", "een"}
_AMOUNT = rf"(?P<n>\d+|{_trie(list(_ONE))})\s*(?P<unit>{_trie(list(_UNIT_SECONDS))})\b\.?"
_AGO = re.compile(rf"(?<!\w){_AMOUNT}\s+(?:ago|fa|geleden)\b", re.I)
_AGO_BEFORE = re.compile(rf"\b(?:vor|il y a|hace|há)\s+{_AMOUNT}", re.I)
_JUST_NOW = re.compile(r"\b(?:just now|moments? ago)\b", re.I)
_DAY_WORD = re.compile(
    r"\b(?:(?P<today>today|heute|aujourd'hui|hoy|hoje|oggi|vandaag)"
    r"|(?P<yesterday>yesterday|gestern|hier|ayer|ontem|ieri|gisteren))\b",
    re.I,
)
#: (hour, minute, second, zone abbreviation, offset in minutes) as a text states them.
_Clock = tuple[int, int, int, str | None, int | None]


# --- Public functions ---------------------------------------------------------


def normalize_date(text: str | None, tz: str | None = None, now: datetime | None = None) -> str | None:
    """ISO 8601 for a date as a page writes it, or None for junk.

    ``2019-04-22T11:50:00+05:30`` (seconds always, the stated offset, else
    ``tz``'s, else none); ``2019-04-22`` where the text gives only a day.
    """
    value = parse_date(text, tz, now)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat() if value is not None else None


def parse_date(text: str | None, tz: str | None = None, now: datetime | None = None) -> datetime | date | None:
    """Read ``text`` as a date: an aware ``datetime`` where the text or ``tz``
    gives a zone, a naive one where neither does, a ``date`` for a bare day,
    None for anything else (placeholders, years before 1900, impossible days).

    ``tz`` is the publisher's IANA zone (an unknown name counts as none).
    ``now`` (aware; default: the current time) anchors relative texts
    ("13 hours ago", "Today 12:01 AM") and dates written without a year.
    """
    if not isinstance(text, str):
        return None
    text = text.strip()
    if not text:
        return None
    zone = zone_info(tz)
    if text[0].isdigit() or text[0] in "-\u2212":
        match = _ISO.match(text)
        if match:
            return _from_iso(match, zone)
        match = _EPOCH.match(text)
        if match:
            digits = match["n"]
            seconds = int(digits) / 1000 if len(digits) == 13 else int(digits)
            return datetime.fromtimestamp(seconds, zone or timezone.utc).replace(microsecond=0)
        match = _COMPACT_DAY.match(text)
        if match:
            return _day(int(match["y"]), int(match["mo"]), int(match["d"]))
    return _from_text(text[:300], tz, zone, now)


def has_time(text: str | None, tz: str | None = None, now: datetime | None = None) -> bool:
    """Whether ``text`` reads as a date with a time of day (not a bare day)."""
    return isinstance(parse_date(text, tz, now), datetime)


@lru_cache(maxsize=256)
def zone_info(name: str | None) -> ZoneInfo | None:
    """The zone of an IANA name; None for no name or one that names no zone
    (``Mars/Olympus``, ``America``: a folder of the zone database)."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError, TypeError):
        return None


# --- Reading ------------------------------------------------------------------


def _day(year: int, month: int, day: int) -> date | None:
    """The day, if it exists and is not a placeholder."""
    if year < MIN_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _from_iso(match: re.Match[str], zone: tzinfo | None) -> datetime | date | None:
    if match["neg"]:
        return None
    day = _day(int(match["y"]), int(match["mo"]), int(match["d"]))
    if day is None or match["h"] is None:
        return day
    try:
        moment = datetime(day.year, day.month, day.day, int(match["h"]), int(match["mi"]),
                          int(match["s"] or 0))
    except ValueError:
        return None
    stated = match["z"]
    if stated is None:
        return moment.replace(tzinfo=zone) if zone else moment
    offset = 0 if stated.upper() in ("Z", "UTC", "GMT") else _offset_minutes(stated)
    if offset is None:
        return None
    return moment.replace(tzinfo=_fixed(offset))


def _from_text(text: str, tz: str | None, zone: ZoneInfo | None, now: datetime | None) -> datetime | date | None:
    ymd: tuple[int, int, int] | None = None
    has_separator = "/" in text or "-" in text or "." in text
    for match in _NUMERIC_DATE.finditer(text) if has_separator else ():
        ymd = _numeric_date(match, tz)
        if ymd:
            text = _blank(text, match.start(), match.end())
            break

    stated = None
    upper = text.upper()
    match = _ZONE_OFFSET.search(text) if "GMT" in upper or "UT" in upper else None
    if match:
        stated = _offset_minutes(match["off"])
        text = _blank(text, match.start(), match.end())

    clock = None
    for match in _TIME.finditer(text):
        clock = _clock(match, stated)
        if clock:
            text = _blank(text, match.start(), match.end())
            break

    if ymd is None:
        ymd = _named_date(text, zone, now, yearless=clock is not None)
    if ymd is None:
        return _relative(text, clock, tz, zone, now)
    day = _day(*ymd)
    if day is None:
        return None
    return day if clock is None else _moment(day, clock, tz, zone)


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _numeric_date(match: re.Match[str], tz: str | None) -> tuple[int, int, int] | None:
    """(year, month, day): year first where it has four digits; else day
    first, unless a number above 12 decides or the publisher writes month
    first (a US zone, and only with slashes or dashes: dots are day first)."""
    a, b, c, sep = match["a"], int(match["b"]), match["c"], match["sep"]
    if len(a) == 4:
        if len(c) == 4:
            return None
        year, month, day = int(a), b, int(c)
    elif len(a) == 3 or len(c) == 1 or (len(c) == 2 and len(sep) > 1):
        return None  # 1/2/3, and "4. 2. 22" (a list, a version?) are not dates
    else:
        first = int(a)
        year = int(c) if len(c) == 4 else 2000 + int(c) if int(c) < 70 else 1900 + int(c)
        if first > 12 or (b <= 12 and (sep[0] == "." or not _month_first(tz))):
            day, month = first, b
        else:
            month, day = first, b
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return year, month, day


def _month_first(tz: str | None) -> bool:
    """Whether the publisher's zone is in the US, where dates are written month
    first. Not all of ``America/*``: Latin America writes day first, and
    Canada either way (day first, the rule elsewhere, is kept there)."""
    return bool(tz) and (tz in _MONTH_FIRST_ZONES or tz.startswith(_MONTH_FIRST_PREFIXES))


def _clock(match: re.Match[str], stated: int | None) -> _Clock | None:
    """The time of a ``_TIME`` match; ``stated`` is an offset found elsewhere in the text."""
    h, mi, s, hh, mm, h1, ampm, abbr, off = match.groups()
    if h is not None:
        hour, minute, second = int(h), int(mi), int(s or 0)
    elif hh is not None:
        hour, minute, second = int(hh), int(mm), 0
    else:
        hour, minute, second = int(h1), 0, 0
    if ampm and hour <= 12:  # "15:24pm" is 15:24: the suffix is noise on a 24-hour time
        if hour == 0:
            return None
        hour = hour % 12 + (12 if ampm in "pP" else 0)
    offset = stated
    if off:
        offset = _offset_minutes(off)
        if offset is None:
            return None
    return hour, minute, min(second, 59), abbr, offset


def _offset_minutes(text: str) -> int | None:
    sign = -1 if text[0] in "-\u2212" else 1
    digits = text[1:].replace(":", "")
    if ":" in text[1:]:
        hours, minutes = text[1:].split(":")
    elif len(digits) <= 2:
        hours, minutes = digits, "0"
    else:
        hours, minutes = digits[:-2], digits[-2:]
    h, m = int(hours), int(minutes)
    if h > 14 or m >= 60:
        return None
    return sign * (h * 60 + m)


def _named_date(
    text: str, zone: ZoneInfo | None, now: datetime | None, yearless: bool
) -> tuple[int, int, int] | None:
    """(year, month, day) around a month name; the first name with a day
    and a year beside it wins ("mar. 19 nov. 2019": the French Tuesday loses
    to November). A day without a year anywhere is taken as the latest such
    day only where ``yearless`` (the text also gives a time: "Nov 20, 01:38
    pm" on a listing); a bare "March 5" is too often not a date at all."""
    best: tuple[int, int, int] | None = None  # month, day, year or 0
    match = _MONTH.search(text)
    while match:
        month = _MONTH_OF.get(match["m"].lower())  # None if matched by case folding only ("\u017fept")
        day = match["day"]
        if day is None:
            start = match.start()
            before = _DAY_BEFORE.search(text, max(0, start - 12), start)
            day = before[1] if before else None
        year = match["y"]
        if month and day and (year or best is None):
            best = (month, int(day), int(year or 0))
            if year:
                break
        match = _MONTH.search(text, match.end("m"))
    if best is None:
        return None
    month, day, year = best
    if not year:
        found = _YEAR.search(text)
        if found:
            year = int(found[1]) if found[1] else 2000 + int(found[2])
        elif yearless:
            year = _recent_year(month, day, zone, now)
        else:
            return None
    return year, month, day


def _recent_year(month: int, day: int, zone: ZoneInfo | None, now: datetime | None) -> int:
    """The year of the last such day up to now (with a day's grace): texts
    without a year are about recent days."""
    today = _now(now, zone).date()
    try:
        if date(today.year, month, day) > today + timedelta(days=1):
            return today.year - 1
    except ValueError:  # 29 February
        pass
    return today.year


def _now(now: datetime | None, zone: ZoneInfo | None) -> datetime:
    now = now or datetime.now(timezone.utc)
    if now.tzinfo is None:
        now = now.replace(tzinfo=timezone.utc)
    return now.astimezone(zone) if zone else now


def _relative(text: str, clock: _Clock | None, tz: str | None, zone: ZoneInfo | None, now: datetime | None) -> datetime | date | None:
    ago = _AGO.search(text) or _AGO_BEFORE.search(text)
    if ago:
        amount = ago["n"]
        number = int(amount) if amount.isdigit() else 1
        unit = _UNIT_SECONDS.get(ago["unit"].lower(), 0)
        if not unit:  # matched by case folding only
            return None
        try:
            moment = _now(now, zone) - timedelta(seconds=number * unit)
        except OverflowError:
            return None
        if moment.year < MIN_YEAR:
            return None
        return moment.date() if unit >= 86400 else moment.replace(microsecond=0)
    if _JUST_NOW.search(text):
        return _now(now, zone).replace(microsecond=0)
    word = _DAY_WORD.search(text)
    if not word:
        return None
    day = _now(now, zone).date() - timedelta(days=0 if word["today"] else 1)
    return day if clock is None else _moment(day, clock, tz, zone)


def _moment(day: date, clock: _Clock, tz: str | None, zone: ZoneInfo | None) -> datetime:
    """The wall-clock time ``clock`` on ``day``, in the zone its text states, else ``tz``."""
    hour, minute, second, abbr, offset = clock
    if offset is not None:
        where: tzinfo | None = _fixed(offset)
    elif abbr:
        key = abbr.upper()
        family = _FAMILY.get(key)
        if family:
            where = region = ZoneInfo(family)
            naive = datetime(day.year, day.month, day.day, hour, minute, second)
            if zone and zone.utcoffset(naive) == region.utcoffset(naive):
                where = zone
        else:
            where = _fixed(_BY_ZONE.get(key, {}).get(tz or "", _FIXED[key]))
    else:
        where = zone
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=where)


@lru_cache(maxsize=64)
def _fixed(minutes: int) -> timezone:
    return timezone.utc if minutes == 0 else timezone(timedelta(minutes=minutes))
