"""Finding date expressions in text and reading their day and clock.

This is not the date library (``newsspider.dates`` turns a raw string into
ISO 8601): it only locates a date inside a longer text ("Posted by Jo on
6. August 2009 um 14:12 Uhr | 3 comments") so that the page-dates layer can
hand the pipeline the date and nothing else, and reads enough of it (day,
wall clock, am/pm, offset) to cross-check one source of a page against
another.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from newsspider.dates import (
    OLDEST_YEAR,
    SOLAR_HIJRI_MONTH,
    THAI_SHORT_YEAR_END,
    alternation,
    era_year,
    from_solar_hijri,
    recent_day,
    zone_of_phrase,
)
from newsspider.lang.dates import (
    BUDDHIST_ERA_OFFSET,
    AFTERNOON_AFTER,
    AFTERNOON_BEFORE,
    CJK_DAY,
    CJK_HOUR,
    CJK_MINUTE,
    CJK_MONTH,
    CJK_YEAR,
    CLOCK_JOINERS,
    DIGIT_ZEROS,
    DIGITS,
    HOUR_WORDS,
    JAPANESE_ERAS,
    JAPANESE_FIRST_YEAR,
    MONTHS,
    MORNING_AFTER,
    MORNING_BEFORE,
    WEEKDAYS,
    ZONE_BY_PUBLISHER,
    ZONE_FAMILIES,
    ZONE_OFFSETS,
    ZONE_PHRASES,
)

_MONTHS = {name: number for number, names in MONTHS.items() for name in names}

_MONTH = "(?:" + alternation(list(_MONTHS)) + r")\.?"
#: Not a letter (after a month name; ASCII and the accents of the languages' names).
_NOT_LETTER = r"(?![a-zäéûöüşıçğ])"
#: Zone abbreviations that say one offset wherever the page is (``newsspider.dates``
#: decides what an ambiguous one such as IST or CST means for the archive).
_UNAMBIGUOUS = sorted(set(ZONE_OFFSETS) - set(ZONE_BY_PUBLISHER) | set(ZONE_FAMILIES))
_ZONE = (
    r"(?:\(?(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d{2})?\)?|[+-]\d{1,2}:\d{2}|[+-]\d{4}|Z\b|"
    r"\(?(?:IST|CST|BST|AST|" + "|".join(z for z in _UNAMBIGUOUS if z != "Z") + r")\)?(?![A-Za-z])"
    # a phrase that names the zone ("بتوقيت مكة", "(horário de Brasília)"): ``ZONE_PHRASES``
    r"|\(?(?:" + alternation(list(ZONE_PHRASES)) + r")\)?(?!\w))"
)
#: Half of the day: before the hour (Japanese, Chinese, Korean) or after it.
_HALF_BEFORE = "|".join(map(re.escape, (*MORNING_BEFORE, *AFTERNOON_BEFORE)))
_HALF_AFTER = r"[ap]\.?\s?m\.?(?![a-z])|(?:" + "|".join(map(re.escape, (*MORNING_AFTER, *AFTERNOON_AFTER))) + r")(?!\w)"
#: A time after a date: hours and minutes, or an hour on its own before am/pm ("9 p.m. ET")
#: or between a half of the day and "o'clock" ("शाम 5 बजे").
_CLOCK = (
    r"(?:(?:(?P<cpre>" + _HALF_BEFORE + r")\s?)?"
    r"(?P<ch>\d{1,2})\s?[:.hH" + CJK_HOUR + r"]\s?(?P<cm>\d{2})(?![\d])[" + CJK_MINUTE + r"]?(?:[:.](?P<cs>\d{2}))?"
    # not a date's day and month ("03.07.2019 - 10.07.2019": no 10:07)
    r"(?![.:]?\d)"
    r"(?:\s?(?P<cap>" + _HALF_AFTER + r"))?"
    r"|(?P<ch1>1[0-2]|0?[1-9])\s?(?P<cap1>[ap]\.?\s?m\.?(?![a-z]))"
    # the hour alone between a half of the day and a word for "o'clock" ("सुबह 10 बजे")
    r"|(?P<cpre1>" + _HALF_BEFORE + r")\s?(?P<ch2>1[0-2]|0?[1-9])\s?(?:" + "|".join(map(re.escape, HOUR_WORDS)) + r"))"
    r"(?:\s?(?:Uhr|hrs|h)\b)?(?:\s?(?P<cz>" + _ZONE + "))?"
)
#: A clock before the date: "05:52:14 PM IST Jul 11, 2021", "0339 GMT (1139 HKT) November 19, 2019",
#: "21h37, 13/01/2025" (French, Portuguese; the pattern is lowercased: "h" is "H" too),
#: "21:37 13/01/2025" (Vietnamese, Spanish sites; a 24-hour clock set apart from the date,
#: not "02:00Juni 19th", a time glued to the date of another element).
_LEAD_CLOCK = (
    r"(?:(?:(?P<lh>[01]?\d|2[0-3])[:h](?P<lm>[0-5]\d)(?::(?P<ls>[0-5]\d))?(?:\s*(?P<lap>[ap]\.?\s?m\.?)|(?=[\s,]))\s*(?P<lz>"
    + _ZONE + r")?"
    r"|(?P<lh2>[01]\d|2[0-3])(?P<lm2>[0-5]\d)\s?(?P<lz2>GMT|UTC)(?:\s?\([^()]{1,20}\))?)\s*,?\s*)?"
)
#: A weekday's name, not the start of a longer word.
_WEEKDAY_NAME = r"(?:" + alternation(list(WEEKDAYS)) + r")(?![a-zäéûì])"
_WEEKDAY = r"(?:" + _WEEKDAY_NAME + r"\.?,?\s+)?"


def _clock_after_pattern(marks: str) -> str:
    """The clock after a date (``_CLOCK``), after one of ``marks``, a weekday where some
    write it there ("13 Ocak 2025 Pazartesi 21:37") and a joining word ("um", "at", "|")."""
    return (r"(?:\s*[" + marks + r"]?\s*(?:" + _WEEKDAY_NAME + r"\.?,?\s*)?"
            + r"(?:" + "|".join(CLOCK_JOINERS) + r"|\||-|–|—|/|@)?\s*" + _CLOCK + ")?")


_ISO = (
    r"(?P<iy>(?:19|20)\d{2})-(?P<imo>[01]?\d)-(?P<id>[0-3]?\d)(?!\d)"
    r"(?:[T ](?P<ih>[0-2]?\d):(?P<im>[0-5]\d)(?::(?P<is>[0-5]\d)(?:[.,]\d+)?)?\s?(?P<iz>" + _ZONE + r")?)?"
)
_DAY_MONTH = (
    r"(?P<ad>[0-3]?\d)(?:st|nd|rd|th|er|\.|º|°)?\s*(?:de\s+|-|/)?(?P<amo>" + _MONTH + r")" + _NOT_LETTER +
    r",?\s*(?:del?\s+|năm\s+|-|/)?(?P<ay>(?:19|20)\d{2})(?!\d)"
)
_MONTH_DAY = (
    r"(?P<bmo>" + _MONTH + r")" + _NOT_LETTER + r"\s*(?P<bd>[0-3]?\d)(?:st|nd|rd|th)?(?!\d),?\s*"
    r"(?P<by>(?:19|20)\d{2})(?!\d)"
)
#: Year first, then a month name (Hungarian, Lithuanian: "2025. január 13.", "2025 m. sausio 13 d.").
_YEAR_MONTH_DAY = (
    r"(?P<ey>(?:19|20)\d{2})\.?,?\s*(?:m\.\s?)?(?P<emo>" + _MONTH + r")" + _NOT_LETTER + r"\s*(?P<ed>[0-3]?\d)(?!\d)\.?(?:\s?d\.)?"
)
#: Day, month and year apart by dots, slashes, hyphens, or bars ("26 | 01 | 2022", a
#: template's date line; read only zero-padded with a four-digit year, see ``read_match``).
_NUMERIC = (
    r"(?P<n1>[0-3]?\d)(?P<sep>[./-]|\s?\|)\s?(?P<n2>[0-3]?\d)(?P=sep)\s?(?P<ny>(?:19|20)\d{2}|\d{2})(?![\d.]\d)"
)
#: Year first with slashes or dots: 2021/11/8, 2025.01.13, "2025. 1. 13." (Korean).
_SLASH_YMD = (
    r"(?P<sy>(?:19|20)\d{2})(?:/(?P<smo>[01]?\d)/(?P<sd>[0-3]?\d)(?!\d)|\.(?P<smo2>[01]\d)\.(?P<sd2>[0-3]\d)(?!\d)"
    r"|\.\s(?P<smo3>[01]?\d)\.\s(?P<sd3>[0-3]?\d)(?!\d)\.?)"
)
#: Japanese, Chinese, Korean: 2025年1月13日（月）, 2025년 1월 13일 (월).
_CJK = (
    r"(?P<ky>(?:19|20)\d{2})\s*[" + CJK_YEAR + r"]\s*(?P<kmo>[01]?\d)\s*[" + CJK_MONTH + r"]\s*"
    r"(?P<kd>[0-3]?\d)(?!\d)\s*[" + CJK_DAY + r"]?(?:\s*[(（][^()（）]{1,3}[)）])?"
)

_DATE_IN_TEXT = (
    r"(?:(?<![\w/.-])" + _LEAD_CLOCK + _WEEKDAY
    + "(?:" + "|".join((_ISO, _DAY_MONTH, _MONTH_DAY, _YEAR_MONTH_DAY, _SLASH_YMD, _NUMERIC)) + ")"
    # CJK text runs its words together: a date may follow a letter ("于2025年")
    + r"|(?<![\d_/.-])" + _CJK + ")"
    + _clock_after_pattern(",.")
)
#: A date in running text, with the clock that follows it (or, as some sites
#: write it, precedes it: "05:52:14 PM IST Jul 11, 2021"). Matched against the
#: lowercased text: a case-insensitive pattern this size is many times slower.
DATE_IN_TEXT = re.compile(_DATE_IN_TEXT.lower().replace("(?p", "(?P"))


@functools.cache
def _date_in_text_any_case() -> re.Pattern[str]:
    """``DATE_IN_TEXT`` for the rare text whose lowercasing moves positions ("İ"):
    compiled on first need, not at import: 15 ms of every crawl's start-up, as long
    as ``DATE_IN_TEXT`` itself (14 ms; min of 7 compiles, and twice that on a busy machine)."""
    return re.compile(_DATE_IN_TEXT, re.IGNORECASE)


#: Every date has a year, four digits or two after a numeric day and month:
#: texts without one are skipped at once (most bylines and labels). Written as
#: ``(?:19|20)\d\d|\d[./-]\s?\d{1,2}[./-]\s?\d\d`` with its first digit taken out
#: in front (the same starts): the engine then skips to digits instead of trying both
#: branches at every character, half the CPU (trafeval's texts, every year in them:
#: 115-119 µs a page, 57-60 so).
_YEARISH = re.compile(r"\d(?:(?<=1)9\d\d|(?<=2)0\d\d|[./-]\s?\d{1,2}[./-]\s?\d\d)")
#: How far a date's start can be before its year: a leading clock with its zone
#: ("12:05:33 p. m. gmt+05:30, ", 29 characters), a weekday ("donnerstag, ", 13),
#: a day and month ("31st de septiembre. de ", 24); 66 where no two spaces follow
#: each other (every ``\s*`` then takes one at most). Kept in step with the patterns
#: above: ``benchmarks/bench_pagedates.py --check-scan`` compares the two searches.
_BEFORE_YEAR = 100
_SPACES = re.compile(r"\s\s")
#: Digits of other scripts (``DIGITS``): found by one search, then translated
#: (translating every non-ASCII text cost 12% of the layer).
_OTHER_DIGITS = re.compile("[" + "".join(f"{chr(zero)}-{chr(zero + 9)}" for zero in DIGIT_ZEROS) + "]")
#: Where a date can start: the pattern's own look-behind, then a digit or the first
#: letter of a weekday's or a month's name (after a letter, only a digit: a CJK date).
#: Every branch of ``DATE_IN_TEXT`` opens so (a leading clock, an ISO, numeric, year-first
#: or CJK date with a digit; else a weekday or a month name): the other words, four in five
#: of those before a year (trafeval: 83 of 105 tries a page), are not tried. ``near_years``
#: over trafeval's texts: 200-205 µs a page, 220-239 trying every word; ``--check-scan``
#: finds the same matches (0 of 4.2M texts differ).
_DATE_START = re.compile(
    r"(?<![\w/.-])(?:\d|(?=" + alternation([*WEEKDAYS, *_MONTHS]).lower() + r")\w)|(?<=[^\W\d_])\d"
)

#: Years of other calendars, in a date whose other parts are as above: a Japanese era's
#: ("令和7年1月13日"), a Buddhist one after a Thai month ("13 ม.ค. 2568"), Iran's ("۲۳ دی ۱۴۰۳",
#: its digits translated first); each with the clock that follows it. Tried only on texts
#: with a letter outside ASCII where ``DATE_IN_TEXT`` finds nothing (``dates_in``).
_THAI_MONTHS = [name for name in _MONTHS if "\u0e00" <= name[0] <= "\u0e7f"]
#: The clock after a date, after an Arabic comma too ("۲۳ دی ۱۴۰۳، ۲۱:۳۷").
_CLOCK_AFTER = _clock_after_pattern(",.،")
_OTHER_CALENDARS = re.compile((
    r"(?:(?P<era>" + "|".join(JAPANESE_ERAS) + r")\s*(?P<en>\d{1,2}|" + JAPANESE_FIRST_YEAR + r")\s*[" + CJK_YEAR
    + r"]\s*(?P<emo>[01]?\d)\s*[" + CJK_MONTH + r"]\s*(?P<ed>[0-3]?\d)(?!\d)\s*[" + CJK_DAY + r"]?"
    r"(?:\s*[(（][^()（）]{1,3}[)）])?"
    r"|(?<!\d)(?P<td>[0-3]?\d)\s*(?P<tmo>(?:" + alternation(_THAI_MONTHS) + r")\.?)\s*(?:พ\.ศ\.\s*)?"
    r"(?P<ty>25\d\d(?!\d)|\d\d" + THAI_SHORT_YEAR_END + ")"  # "13 ม.ค. 68": 2568
    r"|(?<!\d)(?P<pd>[0-3]?\d)\s*(?P<pmo>" + alternation(list(SOLAR_HIJRI_MONTH)) + r")(?!\w)\s*,?\s*"
    r"(?P<py>1[34]\d\d)(?!\d))" + _CLOCK_AFTER
).lower().replace("(?p", "(?P"))
#: Whether a text outside ASCII may hold a date of another calendar (``may_hold_date``):
#: an era's name, or a year 25xx, 13xx or 14xx. Written to open on one character of a set
#: (the engine then skips to those): 106 µs on a 21,000-character text against 597 for
#: ``令和|平成|昭和|(?<!\d)(?:25|1[34])\d\d(?!\d)``, the same matches.
_OTHER_YEAR = re.compile(
    "[" + "".join(era[0] for era in JAPANESE_ERAS) + "12](?:"
    + "|".join(f"(?<={era[0]}){era[1:]}" for era in JAPANESE_ERAS)
    + r"|(?<=2)(?<!\d2)5\d\d(?!\d)|(?<=1)(?<!\d1)[34]\d\d(?!\d))"
)
#: A year in two digits after a Thai letter or a dot ("13 ม.ค. 68", a Buddhist year: 2568): a
#: Thai month's, may be (a search that opens on a set of letters: the engine skips to them).
_THAI_SHORT_YEAR = re.compile(r"[\u0e01-\u0e4e]\.?\s?\d\d(?![\d:])")
#: A day and month without a year ("13. Januar, 21:37 Uhr", "Jan 13, 9:37 PM", "[06月24日
#: 11時30分]"), with the clock that follows it (or precedes it: "14:05, 13 января"): read
#: only where a page's own date is expected and no date with a year is
#: (``newsspider.extract.pagedates``), its year from the page's other evidence
#: (:func:`with_year`). Not one a year follows (no date, or an old one).
YEARLESS = re.compile((
    r"(?:(?<![\w/.-])" + _LEAD_CLOCK + _WEEKDAY
    + r"(?:(?P<yd>[0-3]?\d)(?:st|nd|rd|th|er|\.|º)?\s*(?:de\s+)?(?P<ymo>" + _MONTH
    + r")" + _NOT_LETTER + r"|(?P<zmo>" + _MONTH + r")" + _NOT_LETTER + r"\s*(?P<zd>[0-3]?\d)(?:st|nd|rd|th)?(?!\d))"
    r"|(?<![\d" + CJK_YEAR + r"])(?P<jmo>[01]?\d)\s*[" + CJK_MONTH + r"]\s*(?P<jd>[0-3]?\d)(?!\d)\s*[" + CJK_DAY
    + r"](?:\s*[(（][^()（）]{1,3}[)）])?)"
    r"(?![\s,.]*(?:de\s+|del\s+)?\d{4}(?!\d))" + _CLOCK_AFTER
).lower().replace("(?p", "(?P"))
_LETTER = re.compile(r"[^\W\d_]")

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
_ABBREVIATIONS = {name: minutes for name, minutes in ZONE_OFFSETS.items() if name not in ZONE_BY_PUBLISHER}
_PM = frozenset(AFTERNOON_BEFORE) | frozenset(AFTERNOON_AFTER)
_AM = frozenset(MORNING_BEFORE) | frozenset(MORNING_AFTER)


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
            # "15:24 pm": the suffix is noise on a 24-hour time
            return ((hour, minute, second), False) if 12 < hour <= 23 and minute <= 59 and second <= 59 else (None, False)
        pm = ap in _PM or ap[0] == "p"
        if not pm and ap not in _AM and ap[0] != "a":
            return None, False
        hour = hour % 12 + (12 if pm else 0)
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
    """The reading of one ``DATE_IN_TEXT`` match; None for an impossible date. (Its groups
    are read from the match by name: ``groupdict()`` makes all 48 of them, 3.4 µs of this
    function's 6.9 a call; by name 10 of them cost 0.6.)"""
    if match["iy"]:
        day = _day(int(match["iy"]), int(match["imo"]), int(match["id"]))
        clock, meridiem = _clock(match["ih"], match["im"], match["is"], None)
        zone = match["iz"]
    else:
        if match["ay"]:
            day = _day(int(match["ay"]), _MONTHS[match["amo"].lower().rstrip(".")], int(match["ad"]))
        elif match["by"]:
            day = _day(int(match["by"]), _MONTHS[match["bmo"].lower().rstrip(".")], int(match["bd"]))
        elif match["ey"]:
            day = _day(int(match["ey"]), _MONTHS[match["emo"].lower().rstrip(".")], int(match["ed"]))
        elif match["sy"]:
            month = match["smo"] or match["smo2"] or match["smo3"]
            day_of_month = match["sd"] or match["sd2"] or match["sd3"]
            day = _day(int(match["sy"]), int(month), int(day_of_month))
        elif match["ky"]:
            day = _day(int(match["ky"]), int(match["kmo"]), int(match["kd"]))
        else:
            first, second = int(match["n1"]), int(match["n2"])
            # Month first where the day cannot be a month ("10/31/2024": US pages), as
            # ``newsspider.dates`` reads it; dots are day first everywhere.
            if match["sep"] == "/" and monthfirst and first <= 12 or match["sep"] != "." and second > 12:
                first, second = second, first
            if len(match["ny"]) == 2 and (match["sep"] == "-" or len(match["n1"]) < 2 or len(match["n2"]) < 2):
                return None  # 12-10-19, 1.2.10 (a version?): too ambiguous to trust
            if "|" in match["sep"] and (len(match["ny"]) == 2 or len(match["n1"]) < 2 or len(match["n2"]) < 2):
                return None  # "3 | 5 | 19": a row of figures, not a date line
            day = _day(int(match["ny"]), second, first)
        clock, meridiem, zone = _stated_clock(match)
    if day is None:
        return None
    return Reading(day, clock, meridiem, stated_offset(zone, day, clock), match.span())


def _stated_clock(match: re.Match[str]) -> tuple[tuple[int, int, int] | None, bool, str | None]:
    """The clock a date's match states (``DATE_IN_TEXT``, ``YEARLESS``: the same clock
    groups), after the date or before it ("05:52:14 PM IST Jul 11, 2021"), whether it
    says its half of the day, and the zone written with it."""
    clock, meridiem = _clock_after(match)
    zone = match["cz"]
    if clock is None and match["lh"]:
        clock, meridiem = _clock(match["lh"], match["lm"], match["ls"], match["lap"])
        zone = zone or match["lz"]
    elif clock is None and match["lh2"]:
        clock, meridiem = _clock(match["lh2"], match["lm2"], None, None)
        zone = match["lz2"]
    return clock, meridiem, zone


def stated_offset(zone: str | None, day: date, clock: tuple[int, int, int] | None) -> timedelta | None:
    """The offset a zone written after a time states ("+05:30", "GMT+1", "EST"), or that a
    phrase naming a zone has on that day at that time ("بتوقيت القاهرة"); None without a time."""
    if clock is None:
        return None
    offset = _offset(zone)
    return _phrase_offset(zone, day, clock) if offset is None else offset


def _phrase_offset(zone: str | None, day: date, clock: tuple[int, int, int] | None) -> timedelta | None:
    """The offset, at that day and time, of the zone a phrase names ("بتوقيت القاهرة")."""
    name = zone_of_phrase(zone.strip("() ")) if zone and clock else None
    if name is None or clock is None:
        return None
    return ZoneInfo(name).utcoffset(datetime(day.year, day.month, day.day, *clock))


def may_hold_date(text: str) -> bool:
    """Whether ``text`` may hold a date (every date has a year): a quick test."""
    return _YEARISH.search(text) is not None or not text.isascii() and (
        _OTHER_DIGITS.search(text) is not None or _other_year(text))


def _other_year(text: str) -> bool:
    return _OTHER_YEAR.search(text) is not None or _THAI_SHORT_YEAR.search(text) is not None


def dates_in(
    text: str, monthfirst: bool = False, latest: date | None = None, *, single_spaced: bool = False
) -> Iterator[Reading]:
    """The plausible dates in ``text`` (see :func:`plausible`), in order;
    each reading's ``span`` locates it in ``text``. ``single_spaced``: the caller joined
    the text's words with single spaces (``" ".join(text.split())``), no need to check."""
    if not text.isascii() and _OTHER_DIGITS.search(text):
        text = text.translate(DIGITS)  # one character each: spans stay the same
    if not _YEARISH.search(text):
        if not text.isascii():
            yield from _other_calendars(text, latest)
        return
    lowered = text.lower()
    # Lowercasing keeps positions, except for a few letters ("İ"): then the slow pattern.
    if len(lowered) != len(text):
        def search(pos: int) -> re.Match[str] | None:
            return _date_in_text_any_case().search(text, pos)
    elif not single_spaced and _SPACES.search(lowered):
        def search(pos: int) -> re.Match[str] | None:
            return DATE_IN_TEXT.search(lowered, pos)
    else:
        def search(pos: int) -> re.Match[str] | None:
            return next(near_years(lowered, pos), None)
    pos, found = 0, False
    while (match := search(pos)) is not None:
        reading = read_match(match, monthfirst)
        if reading is not None and plausible(reading.day, latest):
            found = True
            yield reading
            pos = max(match.end(), match.start() + 1)  # never stuck on an empty match
        else:
            # What reads as no date, or as none the page can have, may have taken the
            # start of one: a title's year read as a year-first date ("Guide 2026 Dec
            # 26, 2025"). The search goes on inside it.
            pos = match.start() + 1
    if not found and not text.isascii():
        yield from _other_calendars(text, latest)


def _other_calendars(text: str, latest: date | None) -> Iterator[Reading]:
    """The plausible dates of ``_OTHER_CALENDARS`` in ``text`` (its digits western).
    Searched only where an era's name or a year of those calendars is (``_OTHER_YEAR``):
    searched in full, every page's text that has no date cost find_dates 19% more on wcxb
    (4.9 -> 5.8 ms a page)."""
    if not _other_year(text):
        return
    lowered = text.lower()
    if len(lowered) != len(text):
        return
    for match in _OTHER_CALENDARS.finditer(lowered):
        if match["era"]:
            day = _day(era_year(match["era"], match["en"]), int(match["emo"]), int(match["ed"]))
        elif match["ty"]:
            year = int(match["ty"]) + (2500 if len(match["ty"]) == 2 else 0)
            day = _day(year - BUDDHIST_ERA_OFFSET, _MONTHS[match["tmo"].rstrip(".")], int(match["td"]))
        else:
            day = from_solar_hijri(int(match["py"]), SOLAR_HIJRI_MONTH[match["pmo"]], int(match["pd"]))
        if day is not None and plausible(day, latest):
            clock, meridiem = _clock_after(match)
            yield Reading(day, clock, meridiem, stated_offset(match["cz"], day, clock), match.span())


def _clock_after(match: re.Match[str]) -> tuple[tuple[int, int, int] | None, bool]:
    """The clock and whether am/pm was stated, of ``_CLOCK`` after a date ("3pm", "15:04:05")."""
    if match["ch1"]:
        return _clock(match["ch1"], "00", None, match["cap1"])
    if match["ch2"]:
        return _clock(match["ch2"], "00", None, match["cpre1"])
    return _clock(match["ch"], match["cm"], match["cs"], match["cap"] or match["cpre"])


@dataclass(frozen=True)
class MonthDay:
    """A day and month written without a year (``YEARLESS``), as far as the text reads it."""

    month: int
    day: int
    clock: tuple[int, int, int] | None
    meridiem: bool
    #: The zone written after the time, as found (its offset waits for the year: :meth:`offset_on`).
    zone: str | None
    span: tuple[int, int]
    #: The text says nothing else (but a weekday and punctuation): a date line.
    alone: bool

    def offset_on(self, day: date) -> timedelta | None:
        """The offset the text states, on ``day`` (the year found for it): see :func:`stated_offset`."""
        return stated_offset(self.zone, day, self.clock)


def month_days(text: str) -> Iterator[MonthDay]:
    """The days without a year in ``text`` (single-spaced, its digits any script's)."""
    if not text.isascii() and _OTHER_DIGITS.search(text):
        text = text.translate(DIGITS)
    lowered = text.lower()
    if len(lowered) != len(text):
        return
    for match in YEARLESS.finditer(lowered):
        month = _MONTHS.get((match["ymo"] or match["zmo"] or "").rstrip(".")) or int(match["jmo"] or 0)
        day = int(match["yd"] or match["zd"] or match["jd"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        clock, meridiem, zone = _stated_clock(match)
        alone = _LETTER.search(lowered[:match.start()] + " " + lowered[match.end():]) is None
        yield MonthDay(month, day, clock, meridiem, zone, match.span(), alone)


def with_year(month: int, day: int, anchor: date | None, latest: date | None) -> date | None:
    """The day of that month and day nearest ``anchor`` (the page's other evidence of its
    day: its URL's, its structured data's, another date it shows), a year before, the same
    or after; without one the latest up to ``latest`` (the download time's). Never after
    ``latest``; None where neither is known."""
    if anchor is None:
        return recent_day(month, day, latest) if latest is not None else None
    found = [d for year in (anchor.year, anchor.year - 1, anchor.year + 1)
             if (d := _day(year, month, day)) is not None and (latest is None or d <= latest)]
    return min(found, key=lambda d: abs(d - anchor), default=None)


def near_years(lowered: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """``DATE_IN_TEXT.finditer(lowered)``, the same matches, for a text in which no
    two spaces follow each other (a page's text, joined with single spaces).

    The pattern is tried only where a date can start (``_DATE_START``) up to ``_BEFORE_YEAR``
    characters before each year-like number (every date has one): run over a
    whole text it costs ~0.15 µs a character, milliseconds on an article, and
    most of a text is no date. No match can start earlier (its year would be
    the first one after ``pos``, and further than ``_BEFORE_YEAR``), and where one
    starts ``match`` finds what ``finditer`` would (it looks behind the start too).
    ``pos``: where the search starts."""
    while (year := _YEARISH.search(lowered, pos)) is not None:
        found = None
        for start in _DATE_START.finditer(lowered, max(pos, year.start() - _BEFORE_YEAR), year.start() + 1):
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


#: A web archive's copy of a page: a path segment of 14 digits, the capture time (with a
#: replay mode's suffix: "id_", "if_"), then the page's own URL (the Wayback Machine's
#: ``/web/20190717140047/http://...``, the same scheme at other archives).
_ARCHIVED = re.compile(
    r"/(?P<t>(?:19|20)\d{12})(?:[a-z]{2}_)?/"
    # the original's scheme, or a host followed by a path (not a file name: "story-1.html")
    r"(?:(?P<scheme>https?):/{1,2}(?P<full>[\w-]+(?:\.[\w-]+)+(?:[/:?#].*)?)|(?P<bare>[\w-]+(?:\.[\w-]+)+/.*))$"
)


def archived(url: str) -> tuple[datetime, str] | None:
    """The capture time (UTC, as the archive writes it) and the original URL of a web
    archive's copy of a page; None for any other URL. The copy is as old as its capture,
    and from the original's site (its country's zone), whatever the archive's own host."""
    match = _ARCHIVED.search("/" + url.split("://", 1)[-1].partition("/")[2])
    if match is None:
        return None
    try:
        captured = datetime.strptime(match["t"], "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return captured, f"{match['scheme']}://{match['full']}" if match["scheme"] else f"http://{match['bare']}"


def url_date(url: str, latest: date | None = None) -> tuple[str, date] | None:
    """The day a URL's path states (see ``URL_DATE``), with the text found."""
    path = url.split("://", 1)[-1].partition("/")[2].split("?", 1)[0]
    for match in URL_DATE.finditer(path.lower()):
        if _slug_number(match, path):
            continue
        month = match["m"] or match["m2"] or match["m3"]
        month = _MONTHS.get(month) if month.isalpha() else int(month)
        year, day_of_month = match["y"] or match["y3"], match["d"] or match["d2"] or match["d3"]
        day = _day(int(year), month, int(day_of_month)) if month else None
        if day is not None and plausible(day, latest):
            return match[0], day
    return None


def _slug_number(match: re.Match[str], path: str) -> bool:
    """Whether the "day" of a /year/month/ path is the number a slug starts with
    (``/2023/10/3-questions-for-...`` on a site whose links name the month only):
    a day between slashes ends its path segment."""
    return match["sep"] == "/" and path[match.end():match.end() + 1] not in ("", "/", ".", "?", "#")


def plausible(day: date, latest: date | None = None) -> bool:
    """Not before ``newsspider.dates.OLDEST_YEAR``, not after ``latest`` (the newest
    plausible day: see ``newsspider.dates.plausible``; None: no limit)."""
    return day.year >= OLDEST_YEAR and (latest is None or day <= latest)
