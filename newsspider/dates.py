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
abbreviation, offset), a month name (two dozen languages, digits may touch
it: ``13November2021``) with the day and year beside it. Japanese, Chinese and
Korean dates (``2025年1月13日 午後9時37分``, Japanese era years ``令和7年``), Iran's
solar calendar (``۲۳ دی ۱۴۰۳``) and digits of other scripts are first rewritten in
those forms; a Buddhist year (Thai ``2568``, and ``68`` after a Thai month) is read as its
Gregorian one. A phrase
that names the zone ("بتوقيت مكة", "horário de Brasília") decides it as a stated
abbreviation would. A day without a year ("13 January", "1月13日") is the latest
such day up to ``now`` where the text also gives a time or says nothing else.
Without a day, relative words are tried ("13 hours ago", "vor 9 Stunden",
"3 часа назад", "2時間前", "3 órája", "Today 12:01 AM", "yesterday") against ``now``, the
download time: the library has no clock of its own, so that the same text and
time always give the same date.

The words (month names, zone abbreviations, relative-time words) are data in
``newsspider.lang.dates``; the years a news date can fall in are
:data:`OLDEST_YEAR` and :data:`FUTURE_TOLERANCE` here, judged by :func:`plausible`.

Everything is compiled once at import; a string takes a few microseconds
(``benchmarks/bench_dates.py``).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsspider.lang.dates import (
    AFTERNOON_AFTER,
    AFTERNOON_BEFORE,
    AGO_AFTER,
    AGO_BEFORE,
    AGO_UNITS,
    BUDDHIST_ERA_OFFSET,
    CASED_ZONES,
    CJK_AGO,
    CJK_DAY,
    CJK_HOUR,
    CJK_MINUTE,
    CJK_MONTH,
    CJK_TIME_UNITS,
    CJK_YEAR,
    DIGITS,
    HOUR_WORDS,
    JAPANESE_ERAS,
    JAPANESE_FIRST_YEAR,
    JUST_NOW,
    LEADING_ZONE_PHRASES,
    MONTH_FIRST_PREFIXES,
    MONTH_FIRST_ZONES,
    MONTHS,
    MORNING_AFTER,
    MORNING_BEFORE,
    ONE,
    SOLAR_HIJRI_MONTHS,
    TIME_UNITS,
    TODAY,
    WEEKDAYS,
    YESTERDAY,
    ZONE_BY_PUBLISHER,
    ZONE_FAMILIES,
    ZONE_OFFSETS,
    ZONE_PHRASES,
)

__all__ = ["FUTURE_TOLERANCE", "OLDEST_YEAR", "THAI_SHORT_YEAR_END", "alternation", "has_time", "normalize_date",
           "parse_date", "plausible", "reads_as_date", "recent_day", "zone_info"]

#: The oldest year a news page's date is believed in; an older one is read
#: (the text says it) but refused by every judge of plausibility: page-date
#: candidates, the dates pipeline (``NEWSSPIDER_DATES_MIN_YEAR`` defaults to it).
OLDEST_YEAR = 1990
#: How far past the download time a date is still believed (clock skew, a
#: guessed zone): the newest plausible date is the download time plus this.
FUTURE_TOLERANCE = timedelta(days=1)
#: Years written with leading zeros (``0001-01-01``, ``0000``) are a CMS's
#: placeholder for "no date", not a date: the library reads none before this.
_FIRST_WRITTEN_YEAR = 1000

#: Years from here on are Buddhist ones (Thai pages: 2568 is 2025): 2443 is 1900.
_FIRST_BUDDHIST_YEAR = 1900 + BUDDHIST_ERA_OFFSET

#: A time to read relative texts against where only their being a date matters.
_ANY_TIME = datetime(2020, 1, 1, tzinfo=timezone.utc)

# --- Tables (``newsspider.lang.dates``) -----------------------------------------

_MONTH_OF = {name: number for number, names in MONTHS.items() for name in names}
#: Solar Hijri months, with the Persian yeh (ی) and, as some sites write them, the Arabic one (ي).
SOLAR_HIJRI_MONTH = {
    spelling: number for number, name in SOLAR_HIJRI_MONTHS.items()
    for spelling in (name, name.replace("\u06cc", "\u064a"))
}
_FIXED = ZONE_OFFSETS
_BY_ZONE = ZONE_BY_PUBLISHER
_FAMILY = ZONE_FAMILIES

# --- Patterns -----------------------------------------------------------------


def alternation(words: list[str]) -> str:
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
    f"(?-i:{alternation([a for a in _ABBRS if a in CASED_ZONES])})"
    f"|{alternation([a for a in _ABBRS if a not in CASED_ZONES])}"
)
_OFFSET = r"[+\-\u2212]\d{1,2}(?::?\d{2})?"

_ISO = re.compile(
    r"\s*(?P<neg>[-\u2212])?(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})(?!\d)"  # 2021-11-8 too
    # milliseconds after a dot, a comma, or a colon (some CMSs: "22:06:08:684Z")
    r"(?:[T\s]+(?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d+|:\d{3,6})?)?)?"
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
    # not a date's day and month ("03.07.2019 - 10.07.2019": no 10:07)
    r"(?:[:.](?P<s>[0-5]\d|60)(?:[.,]\d+)?)?(?!\d|[.:]\d)"
    r"|(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=\s?(?:hrs?|gmt|utc|z)\b)"  # 1632hrs, 0339 GMT
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
    rf"(?<![^\W\d_])(?P<m>{alternation(list(_MONTH_OF))})(?![^\W\d_])\.?"
    r"(?:(?:[\s,.]*|[-/])(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\d))?"
    r"(?:(?:[\s,.]*|[-/])(?:de\s+|năm\s+)?(?P<y>\d{4})(?!\d))?",
    re.I,
)
_DAY_BEFORE = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|\.)?(?:[\s,]*|[-/])(?:de\s+|of\s+)?$", re.I)
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)|['\u2019](\d{2})\b")
#: What may stand beside a day without a year in a text that is only that day ("Mon, 13 Jan").
_WEEKDAY_WORD = re.compile(rf"(?<!\w)(?:{alternation(list(WEEKDAYS))})(?!\w)", re.I)
_WORD = re.compile(r"[^\W_]")
_UNIT_SECONDS = {word: seconds for seconds, words in TIME_UNITS.items() for word in words}
#: Words end where no letter follows (``(?!\w)``, not ``\b``: Hindi "घंटे" and "पहले" end
#: in a vowel sign, which is no word character, so ``\b`` finds no end after it).
_AMOUNT = rf"(?P<n>\d+|{alternation(list(ONE))})\s*(?P<unit>{alternation(list(_UNIT_SECONDS))})(?!\w)\.?"
_AGO = re.compile(rf"(?<!\w){_AMOUNT}\s+(?:{alternation(list(AGO_AFTER))})(?!\w)", re.I)
_AGO_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(list(AGO_BEFORE))})\s+{_AMOUNT}", re.I)
_CJK_AGO = re.compile(
    rf"(?P<n>\d+)\s*(?P<unit>{alternation(list(CJK_TIME_UNITS))})\s*(?:{alternation(list(CJK_AGO))})")
_AGO_UNIT_SECONDS = {word: seconds for seconds, words in AGO_UNITS.items() for word in words}
#: A unit that says "ago" itself, after its amount ("3 órája"): see ``AGO_UNITS``.
_AGO_UNIT = re.compile(rf"(?<!\w)(?P<n>\d+)\s*(?P<unit>{alternation(list(_AGO_UNIT_SECONDS))})(?!\w)", re.I)
_JUST_NOW = re.compile(rf"(?<!\w)(?:{alternation(list(JUST_NOW))})(?!\w)", re.I)
_DAY_WORD = re.compile(
    rf"(?<!\w)(?:(?P<today>{alternation(list(TODAY))})|(?P<yesterday>{alternation(list(YESTERDAY))}))(?!\w)",
    re.I,
)
#: Japanese, Chinese and Korean days and times, rewritten as the numeric forms
#: the patterns above read ("2025年1月13日 午後9時37分" → "2025/1/13 9:37 pm"),
#: and the Arabic half of the day after a time ("9:37 م" → "9:37 pm").
_CJK_DATE = re.compile(
    rf"(?P<y>\d{{4}})\s*[{CJK_YEAR}]\s*(?P<mo>\d{{1,2}})\s*[{CJK_MONTH}]\s*(?P<d>\d{{1,2}})(?!\d)\s*[{CJK_DAY}]?")
_CJK_TIME = re.compile(
    rf"(?:(?P<am>{'|'.join(map(re.escape, MORNING_BEFORE))})|(?P<pm>{'|'.join(map(re.escape, AFTERNOON_BEFORE))}))?\s*"
    rf"(?P<h>\d{{1,2}})\s*(?:[{CJK_HOUR}]\s*(?P<mi>\d{{1,2}})\s*[{CJK_MINUTE}]?|(?(am):|(?(pm):|(?!)))(?P<mi2>\d{{2}})"
    # the hour alone, after a half of the day and before a word for "o'clock" ("शाम 5 बजे")
    rf"|(?(am)|(?(pm)|(?!)))(?:{'|'.join(map(re.escape, HOUR_WORDS))}))"
)
#: Japanese era years ("令和7年" → "2025年", "平成元年" → "1989年").
_ERA_YEAR = re.compile(rf"(?P<era>{'|'.join(JAPANESE_ERAS)})\s*(?P<n>\d{{1,2}}|{JAPANESE_FIRST_YEAR})\s*(?=[{CJK_YEAR}])")
#: A month and day without a year ("1月13日", "1월 13일"), rewritten with the month's
#: English name, so that the year is found as for "13 January" (see :func:`_named_date`).
_CJK_MONTH_DAY = re.compile(
    rf"(?<![\d{CJK_YEAR}])(?P<mo>\d{{1,2}})\s*[{CJK_MONTH}]\s*(?P<d>\d{{1,2}})(?!\d)\s*[{CJK_DAY}]")
#: Iran's solar calendar: "۲۳ دی ۱۴۰۳" (day, month, year 13xx or 14xx), rewritten as the Gregorian day.
_SOLAR_HIJRI = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})\s*(?P<m>{alternation(list(SOLAR_HIJRI_MONTH))})(?!\w)\s*,?\s*"
    r"(?P<y>1[34]\d\d)(?!\d)")
#: A Thai month's year in two digits after a day and the month ("13 ม.ค. 68": 2568, 2025),
#: rewritten in four; not the hour of a day without a year ("13 ม.ค. 14:05"), nor the day
#: after a month ("มกราคม 13, 2025").
_THAI_SCRIPT = re.compile("[\u0e01-\u0e4e]")
#: Where two digits after a Thai month end as a year: not an hour ("14:05", "14.05 น."),
#: nor a count before its noun ("10 คน", ten people); before "เวลา" (time) they are.
THAI_SHORT_YEAR_END = r"(?![\d:]|\.\d|\s*(?!เวลา)[\u0e01-\u0e4e])"
_THAI_SHORT_YEAR = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})\s*(?P<m>{alternation([n for n in _MONTH_OF if _THAI_SCRIPT.match(n)])})\.?\s*"
    r"(?:พ\.ศ\.\s*)?(?P<y>\d\d)" + THAI_SHORT_YEAR_END)
#: Iran's calendar is read only in a text with a letter of the Arabic script.
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
#: Phrases naming the zone of a time ("بتوقيت مكة", "horário de Brasília"): see ``ZONE_PHRASES``.
_ZONE_PHRASE = re.compile(rf"(?<!\w)(?:{alternation(list(ZONE_PHRASES))})(?!\w)", re.I)
#: The first words of the phrases written in ASCII, less their first letter (either case),
#: and those of one word (an abbreviation: "TSI") in capitals:
#: an ASCII text without one is not searched (a case-insensitive search of every text
#: cost a tenth of a text's reading on the date table, 11.3 -> 13.5 us a string).
_ASCII_PHRASE_HINTS = tuple(sorted({p.split()[0][1:] + " " if " " in p else p.upper()
                                    for p in ZONE_PHRASES if p.isascii()}))
#: What may stand between a time and the phrase naming its zone: spaces, brackets, a comma, a dash
#: (and the date, blanked), and up to two short lower-case words ("às 21h37 no horário de
#: Brasília", "pelo horário"); not a model's name or number ("14:05, Golf 1.4 TSI").
_ZONE_GAP = re.compile(r"[\s,(\[\-\u2013\u2014|]*(?:[^\W\d_]{1,4}[\s,(\[\-\u2013\u2014|]+){0,2}")
#: ``LEADING_ZONE_PHRASES`` as :func:`zone_of_phrase` folds them.
_LEADING = frozenset(phrase.casefold() for phrase in LEADING_ZONE_PHRASES)
_HALF_AFTER = re.compile(
    rf"(?P<time>\d{{1,2}}:\d{{2}}(?::\d{{2}})?)\s*(?:(?P<am>{'|'.join(map(re.escape, MORNING_AFTER))})|(?P<pm>{'|'.join(map(re.escape, AFTERNOON_AFTER))}))(?!\w)")
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
    None for anything else (placeholders such as ``0001-01-01``, impossible days).

    ``tz`` is the publisher's IANA zone (an unknown name counts as none).
    ``now`` (aware: the download time) anchors relative texts ("13 hours ago",
    "Today 12:01 AM") and dates written without a year; without it they are None.
    Whether a date is plausible (not older than :data:`OLDEST_YEAR`, not in the
    future) is the caller's judgement: see :func:`plausible`.
    """
    if not isinstance(text, str):
        return None
    text = text.strip()
    if not text:
        return None
    zone = zone_info(tz)
    if not text.isascii():
        text = _westernized(text.translate(DIGITS))
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


def plausible(day: date, now: datetime | date | None) -> bool:
    """Whether ``day`` can be a news page's date: not before :data:`OLDEST_YEAR`,
    not after ``now`` (the download time) plus :data:`FUTURE_TOLERANCE`; with no
    ``now`` (a page read outside a crawl), nothing is in the future."""
    if day.year < OLDEST_YEAR:
        return False
    if now is None:
        return True
    latest = now + FUTURE_TOLERANCE
    return day <= (latest.date() if isinstance(latest, datetime) else latest)


def reads_as_date(text: str | None) -> bool:
    """Whether ``text`` reads as a date, relative ones ("2 hours ago") included:
    their reading depends on a time, whether they are a date does not."""
    return parse_date(text, now=_ANY_TIME) is not None


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


def _westernized(text: str) -> str:
    """``text`` with Japanese, Chinese and Korean days and times, and a half of the
    day written in another script, in the forms the patterns read."""
    if any(mark in text for mark in CJK_MONTH):
        text = _ERA_YEAR.sub(_era_year, text)
        text = _CJK_DATE.sub(lambda m: f" {m['y']}/{m['mo']}/{m['d']} ", text)
        text = _CJK_MONTH_DAY.sub(
            lambda m: f" {m['d']} {MONTHS[int(m['mo'])][0]} " if 1 <= int(m["mo"]) <= 12 else m[0], text)
    if _ARABIC_SCRIPT.search(text):
        text = _SOLAR_HIJRI.sub(_solar_hijri, text)
    elif _THAI_SCRIPT.search(text):
        text = _THAI_SHORT_YEAR.sub(lambda m: f"{m['d']} {m['m']} 25{m['y']}", text)
    text = _CJK_TIME.sub(_western_time, text)
    return _HALF_AFTER.sub(lambda m: f"{m['time']} {'am' if m['am'] else 'pm'}", text)


def _era_year(match: re.Match[str]) -> str:
    return str(era_year(match["era"], match["n"]))


def era_year(era: str, number: str) -> int:
    """The Gregorian year of a Japanese era's year ("令和", "7" → 2025; "平成", "元" → 1989)."""
    return JAPANESE_ERAS[era] + (1 if number == JAPANESE_FIRST_YEAR else int(number))


def _solar_hijri(match: re.Match[str]) -> str:
    """The Gregorian day of a solar Hijri one, as "2025/1/12" (or the text unchanged for no day)."""
    day = from_solar_hijri(int(match["y"]), SOLAR_HIJRI_MONTH[match["m"]], int(match["d"]))
    return f" {day.year}/{day.month}/{day.day} " if day else match[0]


def from_solar_hijri(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a day of Iran's calendar, by the 33-year rule (a year is leap
    where (25 y + 11) mod 33 < 8; (8 y + 21) // 33 leap years come before year y), which
    agrees with the astronomical calendar over this century: 1 Farvardin 1343 was 21 March 1964."""
    if not 1 <= day <= (31 if month <= 6 else 30):
        return None
    leaps = (year * 8 + 21) // 33 - (1343 * 8 + 21) // 33
    start = date(1964, 3, 21) + timedelta(days=(year - 1343) * 365 + leaps)
    return start + timedelta(days=(month - 1) * 31 - max(0, month - 7) + day - 1)


def _western_time(match: re.Match[str]) -> str:
    half = " am" if match["am"] else " pm" if match["pm"] else ""
    return f" {match['h']}:{int(match['mi'] or match['mi2'] or 0):02d}{half} "


def _day(year: int, month: int, day: int) -> date | None:
    """The day, if it exists and is not a placeholder; a Buddhist year (2568) as its
    Gregorian one (2025)."""
    if year < _FIRST_WRITTEN_YEAR:
        return None
    if year >= _FIRST_BUDDHIST_YEAR:
        year -= BUDDHIST_ERA_OFFSET
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
    named = _named_day(text) if ymd is None else None
    if clock is not None and clock[3] is None and clock[4] is None:
        # the named date blanked as the numeric one is: "21:37, 13 de janeiro de 2025 (horário de Brasília)"
        phrase = _zone_phrase(_blank(text, *named[1]) if named else text, match.start(), match.end())
        phrase_zone = zone_of_phrase(phrase[0]) if phrase else None
        if phrase and phrase_zone:  # the text names its zone: it decides, as a stated abbreviation would
            tz = phrase_zone
            zone = zone_info(tz)
            text = _blank(text, phrase.start(), phrase.end())

    if named:
        ymd = _named_date(named, text, zone, now, yearless=clock is not None)
    if ymd is None:
        return _relative(text, clock, tz, zone, now)
    day = _day(*ymd)
    if day is None:
        return None
    return day if clock is None else _moment(day, clock, tz, zone)


#: ``ZONE_PHRASES`` by their case-folded spelling (see :func:`zone_of_phrase`).
_ZONES_BY_FOLDED_PHRASE = {phrase.casefold(): zone for phrase, zone in ZONE_PHRASES.items()}


def zone_of_phrase(phrase: str) -> str | None:
    """The zone a phrase of ``ZONE_PHRASES`` names, however the page cases and spaces it:
    the patterns find "Horário de Brasília" and "HORA DE LISBOA" (case-insensitive), which
    the table writes in lower case; a Turkish dotted capital İ, which those patterns match
    as "i", lower-cases to two characters."""
    folded = " ".join(phrase.split()).casefold().replace("i\u0307", "i")
    return _ZONES_BY_FOLDED_PHRASE.get(folded)


def _zone_phrase(text: str, start: int, end: int) -> re.Match[str] | None:
    """A phrase naming the zone of the text's time (``ZONE_PHRASES``), read only beside a time
    that states no zone of its own (at ``start:end`` of ``text``, blanked, as the date read
    before it is): right after it ("21:37 (horário de Brasília)", "14:05 TSİ"), or, for a
    phrase written first (``LEADING_ZONE_PHRASES``), right before it or its date ("北京时间2025年1月13日
    21:37"). Elsewhere a phrase is some other word: an engine's "1.0 TSI" beside the date."""
    if text.isascii() and not any(hint in text for hint in _ASCII_PHRASE_HINTS):
        return None
    for phrase in _ZONE_PHRASE.finditer(text):
        if phrase.start() >= end and _after_the_time(text[end:phrase.start()]):
            return phrase
        if phrase.end() <= start and _before_the_time(phrase[0], text[phrase.end():start]):
            return phrase
    return None


def _before_the_time(phrase: str, gap: str) -> bool:
    """Whether ``phrase`` is one written before the time it zones (``LEADING_ZONE_PHRASES``)
    and ``gap``, between them, is empty or opens with the date's digits."""
    return " ".join(phrase.split()).casefold() in _LEADING and (not gap.strip() or gap.lstrip()[:1].isdigit())


def _after_the_time(gap: str) -> bool:
    """Whether ``gap`` may stand between a time and the phrase naming its zone (``_ZONE_GAP``;
    its words in lower case: a capital starts a name)."""
    return _ZONE_GAP.fullmatch(gap) is not None and gap == gap.lower()


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
    return bool(tz) and (tz in MONTH_FIRST_ZONES or tz.startswith(MONTH_FIRST_PREFIXES))


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


def _named_day(text: str) -> tuple[tuple[int, int, int], tuple[int, int]] | None:
    """(month, day, year or 0) around a month name, and where they stand in ``text``; the
    first name with a day and a year beside it wins ("mar. 19 nov. 2019": the French Tuesday
    loses to November)."""
    best: tuple[int, int, int] | None = None
    span = (0, 0)
    match = _MONTH.search(text)
    while match:
        month = _MONTH_OF.get(match["m"].lower())  # None if matched by case folding only ("\u017fept")
        day, start = match["day"], match.start()
        if day is None:
            before = _DAY_BEFORE.search(text, max(0, start - 12), start)
            day, start = (before[1], before.start()) if before else (None, start)
        year = match["y"]
        if month and day and (year or best is None):
            best = (month, int(day), int(year or 0))
            span = (start, match.end())
            if year:
                break
        match = _MONTH.search(text, match.end("m"))
    return None if best is None else (best, span)


def _named_date(
    named: tuple[tuple[int, int, int], tuple[int, int]], text: str, zone: ZoneInfo | None, now: datetime | None,
    yearless: bool,
) -> tuple[int, int, int] | None:
    """(year, month, day) of a :func:`_named_day` in ``text``. A day without a year anywhere
    is taken as the latest such day up to ``now`` where ``yearless`` (the text also gives a
    time: "Nov 20, 01:38 pm" on a listing) or where the text is that day and nothing else
    ("13 January", "Mon, 13. Januar", a page's date line); "Long March 5 rocket" is no date."""
    (month, day, year), span = named
    if not year:
        found = _YEAR.search(text)
        if found:
            year = int(found[1]) if found[1] else 2000 + int(found[2])
        elif now is not None and (yearless or _alone(text, *span)):
            recent = recent_day(month, day, _now(now, zone).date() + FUTURE_TOLERANCE)
            if recent is None:
                return None
            year = recent.year
        else:
            return None
    return year, month, day


def _alone(text: str, start: int, end: int) -> bool:
    """Whether ``text`` says nothing but what stands from ``start`` to ``end`` (and a weekday)."""
    return _WORD.search(_WEEKDAY_WORD.sub(" ", text[:start] + " " + text[end:])) is None


def recent_day(month: int, day: int, latest: date) -> date | None:
    """The last such day up to ``latest`` (the download time's, with the day's grace of
    :data:`FUTURE_TOLERANCE`): texts without a year are about recent days. 29 February
    is the last leap year's; None for a day no month has."""
    for year in range(latest.year, latest.year - 8, -1):
        found = _day(year, month, day)
        if found is not None and found <= latest:
            return found
    return None


def _now(now: datetime, zone: ZoneInfo | None) -> datetime:
    if now.tzinfo is None:
        now = now.replace(tzinfo=timezone.utc)
    return now.astimezone(zone) if zone else now


def _relative(text: str, clock: _Clock | None, tz: str | None, zone: ZoneInfo | None, now: datetime | None) -> datetime | date | None:
    """A text relative to ``now`` ("13 hours ago", "2時間前", "yesterday, 10:15"); None without ``now``."""
    if now is None:
        return None
    now = _now(now, zone)
    ago = _AGO.search(text) or _AGO_BEFORE.search(text) or _CJK_AGO.search(text) or _AGO_UNIT.search(text)
    if ago:
        amount, word = ago["n"], ago["unit"]
        number = int(amount) if amount.isdigit() else 1
        unit = (_UNIT_SECONDS.get(word.lower()) or CJK_TIME_UNITS.get(word, 0)
                or _AGO_UNIT_SECONDS.get(word.lower(), 0))
        if not unit:  # matched by case folding only
            return None
        try:
            moment = now - timedelta(seconds=number * unit)
        except OverflowError:
            return None
        if moment.year < OLDEST_YEAR:  # "99999 days ago": no news is that old
            return None
        return moment.date() if unit >= 86400 else moment.replace(microsecond=0)
    if _JUST_NOW.search(text):
        return now.replace(microsecond=0)
    word = _DAY_WORD.search(text)
    if not word:
        return None
    day = now.date() - timedelta(days=0 if word["today"] else 1)
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
