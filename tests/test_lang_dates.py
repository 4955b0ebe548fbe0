"""Every row of the date tables (``newsspider.lang.dates``), read the way pages
write it, by both readers: the date library and the page-date candidates."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from newsspider.dates import normalize_date, parse_date
from newsspider.extract.datecandidates import read_text
from newsspider.lang import dates as lang

MONTH_ROWS = [(number, name) for number, names in lang.MONTHS.items() for name in names]
NOW = datetime(2025, 1, 14, 12, 0, tzinfo=timezone.utc)


def test_month_names_are_lowercase_and_mean_one_month():
    names = Counter(name for _, name in MONTH_ROWS)
    assert [name for name, seen in names.items() if seen > 1] == []
    assert all(name == name.lower() for _, name in MONTH_ROWS)


@pytest.mark.parametrize(("number", "name"), MONTH_ROWS, ids=[n for _, n in MONTH_ROWS])
def test_month_name(number, name):
    day = date(2024, number, 13)
    for text in (f"13 {name} 2024", f"13. {name} 2024, 21:37", f"{name} 13, 2024"):
        assert normalize_date(text)[:10] == day.isoformat(), text
        found = read_text(f"Posted {text} by")
        assert found is not None and found.day == day, text


@pytest.mark.parametrize("weekday", lang.WEEKDAYS)
def test_weekday_before_a_date(weekday):
    text = f"{weekday}, 13 Jan 2025 21:37"
    found = read_text(text)
    assert found is not None and found.day == date(2025, 1, 13) and found.span[0] == 0
    assert normalize_date(text) == "2025-01-13T21:37:00"


@pytest.mark.parametrize(("abbr", "minutes"), sorted(lang.ZONE_OFFSETS.items()))
def test_zone_abbreviation(abbr, minutes):
    stated = parse_date(f"Jan 13, 2025 10:00 {abbr}")
    assert stated.utcoffset() == timedelta(minutes=minutes)


@pytest.mark.parametrize(("abbr", "zone"), [(a, z) for a, by in lang.ZONE_BY_PUBLISHER.items() for z in by])
def test_abbreviation_follows_the_publisher(abbr, zone):
    stated = parse_date(f"Jan 13, 2025 10:00 {abbr}", zone)
    assert stated.utcoffset() == timedelta(minutes=lang.ZONE_BY_PUBLISHER[abbr][zone])


@pytest.mark.parametrize(("abbr", "zone"), sorted(lang.ZONE_FAMILIES.items()))
def test_zone_family(abbr, zone):
    stated = parse_date(f"Jan 13, 2025 10:00 {abbr}")
    assert stated.tzinfo is not None and stated.utcoffset() is not None
    assert str(stated.tzinfo) == zone


@pytest.mark.parametrize("zone", sorted(lang.MONTH_FIRST_ZONES) + [p + "Eastern" for p in lang.MONTH_FIRST_PREFIXES])
def test_month_first_zone(zone):
    assert normalize_date("03/04/2020", zone) == "2020-03-04"


@pytest.mark.parametrize(("tld", "zone"), sorted(lang.ZONES_BY_TLD.items()))
def test_country_zones_exist(tld, zone):
    assert len(tld) == 2 and parse_date("2025-01-13 10:00", zone).tzinfo is not None


@pytest.mark.parametrize("zone", lang.OFFSET_ZONES)
def test_offset_zones_exist(zone):
    assert parse_date("2025-01-13 10:00", zone).tzinfo is not None


UNIT_ROWS = [(seconds, word) for seconds, words in lang.TIME_UNITS.items() for word in words]


@pytest.mark.parametrize(("seconds", "word"), UNIT_ROWS, ids=[w for _, w in UNIT_ROWS])
def test_time_unit(seconds, word):
    moment = parse_date(f"2 {word} ago", now=NOW)
    expected = NOW - timedelta(seconds=2 * seconds)
    assert moment == (expected.date() if seconds >= 86400 else expected)


@pytest.mark.parametrize("word", sorted(lang.ONE))
def test_one(word):
    assert parse_date(f"{word} hour ago", now=NOW) == NOW - timedelta(hours=1)


@pytest.mark.parametrize("word", lang.AGO_AFTER)
def test_ago_after(word):
    assert parse_date(f"3 hours {word}", now=NOW) == NOW - timedelta(hours=3)


@pytest.mark.parametrize("word", lang.AGO_BEFORE)
def test_ago_before(word):
    assert parse_date(f"{word} 3 hours", now=NOW) == NOW - timedelta(hours=3)


@pytest.mark.parametrize("words", lang.JUST_NOW)
def test_just_now(words):
    assert parse_date(f"{words.capitalize()}", now=NOW) == NOW


@pytest.mark.parametrize(("word", "days"), [(w, 0) for w in lang.TODAY] + [(w, 1) for w in lang.YESTERDAY])
def test_day_words(word, days):
    assert parse_date(f"{word}, 09:15", "UTC", NOW) == datetime(2025, 1, 14 - days, 9, 15, tzinfo=timezone.utc)


@pytest.mark.parametrize(("unit", "seconds"), sorted(lang.CJK_TIME_UNITS.items()))
def test_cjk_time_unit(unit, seconds):
    for ago in lang.CJK_AGO:
        moment = parse_date(f"3{unit}{ago}", now=NOW)
        expected = NOW - timedelta(seconds=3 * seconds)
        assert moment == (expected.date() if seconds >= 86400 else expected)


@pytest.mark.parametrize(("year", "month", "day"), [(y, m, d) for y in lang.CJK_YEAR for m in lang.CJK_MONTH
                                                    for d in lang.CJK_DAY])
def test_cjk_day_marks(year, month, day):
    text = f"2025{year}1{month}13{day}"
    assert normalize_date(text) == "2025-01-13"
    assert read_text(f"于{text}").day == date(2025, 1, 13)


@pytest.mark.parametrize("hour", lang.CJK_HOUR)
def test_cjk_hour_marks(hour):
    for minute in lang.CJK_MINUTE:
        text = f"2025年1月13日 21{hour}37{minute}"
        assert normalize_date(text) == "2025-01-13T21:37:00"
        assert read_text(text).clock == (21, 37, 0)


@pytest.mark.parametrize(("word", "hour"), [(w, 9) for w in lang.MORNING_BEFORE] + [(w, 21) for w in lang.AFTERNOON_BEFORE])
def test_half_of_day_before_the_time(word, hour):
    text = f"2025年1月13日 {word}9:37"
    assert normalize_date(text) == f"2025-01-13T{hour:02d}:37:00"
    assert read_text(text).clock == (hour, 37, 0)


@pytest.mark.parametrize(("word", "hour"), [(w, 9) for w in lang.MORNING_AFTER] + [(w, 21) for w in lang.AFTERNOON_AFTER])
def test_half_of_day_after_the_time(word, hour):
    text = f"13 يناير 2025 09:37 {word}"
    assert normalize_date(text) == f"2025-01-13T{hour:02d}:37:00"
    assert read_text(text).clock == (hour, 37, 0)


@pytest.mark.parametrize("zero", lang.DIGIT_ZEROS)
def test_digits_of_other_scripts(zero):
    digit = {str(n): chr(zero + n) for n in range(10)}
    text = "".join(digit.get(c, c) for c in "13/01/2025 21:37")
    assert "".join(map(str, range(10))).translate(lang.DIGITS) == "0123456789"
    assert normalize_date(text) == "2025-01-13T21:37:00"
    found = read_text(text)
    assert found.day == date(2025, 1, 13) and found.span == (0, len(text))


@pytest.mark.parametrize("joiner", [j.replace("\\", "") for j in lang.CLOCK_JOINERS])
def test_clock_joiner(joiner):
    text = f"13 Jan 2025 {joiner} 21:37"
    found = read_text(f"Posted {text} by")
    assert found is not None and found.clock == (21, 37, 0), text
    assert normalize_date(text) == "2025-01-13T21:37:00"


@pytest.mark.parametrize("word", lang.CHANGE_WORDS)
def test_change_word_labels_the_last_change(word):
    from newsspider.extract.pagedates import find_dates
    from newsspider.extract.page import Page

    html = f"""<html><head><meta property="article:published_time" content="2025-01-10T08:00:00+01:00"></head>
    <body><article><h1>Headline of the story</h1><div class="meta">{word.capitalize()}: 13.01.2025 21:37</div>
    <p>Text of the story.</p></article></body></html>"""
    found = find_dates(Page(url="https://news.example.com/story/1", html=html, downloaded=NOW))
    assert found["dateModifiedRaw"] == "13.01.2025 21:37"
    assert found["datePublishedRaw"] == "2025-01-10T08:00:00+01:00"


@pytest.mark.parametrize(("phrase", "zone"), sorted(lang.ZONE_PHRASES.items()))
def test_zone_phrase(phrase, zone):
    """The phrase after a time names its zone, for the library and for the page's candidates."""
    from zoneinfo import ZoneInfo

    for month, name in ((1, "Jan"), (7, "Jul")):
        # one word is an abbreviation, in capitals ("TSI")
        text = f"13 {name} 2025 21:37 {phrase if ' ' in phrase or not phrase.isascii() else phrase.upper()}"
        expected = ZoneInfo(zone).utcoffset(datetime(2025, month, 13, 21, 37))
        assert parse_date(text).utcoffset() == expected, text
        found = read_text(f"Posted {text.capitalize() if phrase.isascii() and ' ' in phrase else text}")
        assert found is not None and found.offset == expected, text
    assert parse_date(f"13 Jan 2025 {phrase}") == date(2025, 1, 13)  # no time, no zone to name


#: The first day of each month of 1403 in Iran's calendar (1 Farvardin is 20 March 2024).
SOLAR_HIJRI_1403 = {1: date(2024, 3, 20), 2: date(2024, 4, 20), 3: date(2024, 5, 21), 4: date(2024, 6, 21),
                    5: date(2024, 7, 22), 6: date(2024, 8, 22), 7: date(2024, 9, 22), 8: date(2024, 10, 22),
                    9: date(2024, 11, 21), 10: date(2024, 12, 21), 11: date(2025, 1, 20), 12: date(2025, 2, 19)}


@pytest.mark.parametrize(("number", "name"), sorted(lang.SOLAR_HIJRI_MONTHS.items()))
def test_solar_hijri_month(number, name):
    first = SOLAR_HIJRI_1403[number]
    assert normalize_date(f"1 {name} 1403") == first.isoformat()
    digits = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
    assert normalize_date(f"سه‌شنبه ۱۰ {name} ۱۴۰۳ - ۲۱:۳۷".translate(digits), "Asia/Tehran")[:16] == (
        f"{first + timedelta(days=9)}T21:37")


@pytest.mark.parametrize(("era", "year_before"), sorted(lang.JAPANESE_ERAS.items()))
def test_japanese_era(era, year_before):
    assert normalize_date(f"{era}2年1月13日") == f"{year_before + 2}-01-13"
    assert normalize_date(f"{era}{lang.JAPANESE_FIRST_YEAR}年12月13日 21時37分")[:16] == f"{year_before + 1}-12-13T21:37"


@pytest.mark.parametrize(("language", "zone"), sorted(lang.ZONES_BY_LANGUAGE.items()))
def test_language_zone(language, zone):
    """A page in the language, on a domain of no country, is in the language's country."""
    from newsspider.extract.page import Page
    from newsspider.extract.pagedates import find_dates

    html = f"""<html lang="{language}"><body><article><h1>Headline of the story</h1>
    <div class="meta">2025-01-13 21:37</div><p>Text of the story.</p></article></body></html>"""
    assert find_dates(Page(url="https://news.example.com/a", html=html, downloaded=NOW))["_timezone"] == zone


@pytest.mark.parametrize("tag", sorted(lang.CMS_DEFAULT_LANGUAGES | {f"x-{tld}" for tld in lang.GENERIC_TLDS}))
def test_tags_and_domains_that_name_no_country(tag):
    """A language tag software sets by default, and a domain sold to all, give the page no zone."""
    from newsspider.extract.page import Page
    from newsspider.extract.pagedates import find_dates

    language, url = (tag, "https://news.example.com/a") if tag in lang.CMS_DEFAULT_LANGUAGES else (
        "", f"https://news.example.{tag[2:]}/a")
    html = f"""<html lang="{language}"><body><article><h1>Headline of the story</h1>
    <div class="meta">2025-01-13 21:37</div><p>Text of the story.</p></article></body></html>"""
    assert find_dates(Page(url=url, html=html, downloaded=NOW)).get("_timezone") is None


def _zone_of(html_tag: str, head: str = "", url: str = "https://news.example.com/a") -> str | None:
    from newsspider.extract.page import Page
    from newsspider.extract.pagedates import find_dates

    html = f"""<html{html_tag}><head>{head}</head><body><article><h1>Headline of the story</h1>
    <div class="meta">2025-01-13 21:37</div><p>Text of the story.</p></article></body></html>"""
    return find_dates(Page(url=url, html=html, downloaded=NOW)).get("_timezone")


SCRIPT_TITLES = {
    "Asia/Tokyo": "東京で大雪、交通に乱れ", "Asia/Seoul": "서울 폭설로 교통 혼잡",
    "Asia/Shanghai": "北京今冬首场降雪 交通出行受影响", "Asia/Bangkok": "กรุงเทพฯ ฝนตกหนัก รถติดหลายจุด",
    "Asia/Jerusalem": "גשם כבד בתל אביב", "Europe/Athens": "Χιόνια στην Αθήνα", "Asia/Tbilisi": "თბილისში თოვს",
    "Asia/Yerevan": "Երևանում ձյուն է տեղում", "Asia/Kolkata": "சென்னையில் கனமழை", "Asia/Colombo": "කොළඹ ගංවතුර",
}


@pytest.mark.parametrize(("chars", "zone"), lang.ZONES_BY_SCRIPT)
def test_script_zone(chars, zone):
    """A page that names no language, on a domain of no country, is in its title's script's zone."""
    title = SCRIPT_TITLES[zone]
    assert re.search(f"[{chars}]", title)
    assert _zone_of("", f"<title>{title} - News</title>") == zone


@pytest.mark.parametrize(
    ("html_tag", "head", "zone"),
    [
        # a script many clocks write, a title mostly in Latin letters, a language tag: no script's zone
        ("", "<title>Снегопад в Москве</title>", None),
        ("", "<title>Particles of 10 μm in diameter</title>", None),
        ("", "<title>नई दिल्ली में बारिश</title>", None),  # Devanagari: India's and Nepal's
        # a script's word in a title of another: most letters decide
        ("", "<title>Переговоры с Си Цзиньпином (习近平) в Москве</title>", None),
        ("", "<title>مباحثات في القدس بشأن ישראל والمنطقة</title>", None),
        ("", "<title>東京株式市場で日経平均が続落</title>", "Asia/Tokyo"),
        (' lang="en"', "<title>北京今冬首场降雪</title>", None),
        # a tag's region after its script; the locale where the page has no lang, or one of its language
        (' lang="zh-Hant-TW"', "", "Asia/Taipei"),
        (' lang="zh-HK"', "", "Asia/Hong_Kong"),
        (' lang="zh"', "", "Asia/Shanghai"),  # every press writing Chinese keeps +08:00
        ("", '<meta property="og:locale" content="es_CO">', "America/Bogota"),
        (' lang="es"', '<meta property="og:locale" content="es_CO">', "America/Bogota"),
        (' lang="en"', '<meta property="og:locale" content="es_CO">', None),
        ("", '<meta http-equiv="content-language" content="tr-TR">', "Europe/Istanbul"),
        # Facebook's locale for Arabic names no country (AR is Argentina)
        ("", '<meta property="og:locale" content="ar_AR">', None),
    ],
)
def test_zone_of_a_page_without_a_country_domain(html_tag, head, zone):
    assert _zone_of(html_tag, head) == zone


@pytest.mark.parametrize(
    ("story", "zone"),
    [
        ("東京都知事選の開票が始まり、投票率は前回を上回る見込みです。", "Asia/Tokyo"),
        ("东京都知事选举开始计票，投票率预计高于上届。", "Asia/Shanghai"),
        # a shop's "の" in Chinese prose: too few kana for Japanese
        ("东京都知事选举开始计票，投票率预计高于上届，选民在ゆの屋门前排队等候投票。", "Asia/Shanghai"),
    ],
)
def test_title_in_han_letters_alone_takes_the_text_language(story, zone):
    """A title in Han letters alone may be Japanese or Chinese: the page's text tells, by its kana."""
    from newsspider.extract.page import Page
    from newsspider.extract.pagedates import find_dates

    html = f"""<html><head><title>東京都知事選 開票速報</title></head><body><article><h1>東京都知事選 開票速報</h1>
    <div class="meta">2025-01-13 21:37</div><p>{story}</p></article></body></html>"""
    assert find_dates(Page(url="https://news.example.com/a", html=html, downloaded=NOW)).get("_timezone") == zone


@pytest.mark.parametrize("phrase", sorted(lang.LEADING_ZONE_PHRASES))
def test_leading_zone_phrase(phrase):
    """A phrase written first names the zone of the date and time after it; the table's zone."""
    assert phrase in lang.ZONE_PHRASES
    expected = ZoneInfo(lang.ZONE_PHRASES[phrase]).utcoffset(datetime(2025, 1, 13, 21, 37))
    assert parse_date(f"{phrase} 2025年1月13日 21:37").utcoffset() == expected
    assert parse_date(f"{phrase}2025年1月13日 21:37").utcoffset() == expected


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("21:37, 13 de janeiro de 2025 (horário de Brasília)", -3),  # the date between
        ("21h37 - 13 de janeiro de 2025, horário de Brasília", -3),
        ("Publicado em 13/01/2025 às 21h37 no horário de Brasília", -3),  # a short word between
        ("Atualizado em 13/01/2025 às 21h37, pelo horário de Brasília", -3),
        ("Actualizado a las 21:37 h del 13 de enero de 2025 (hora peninsular)", 1),
        ("14:05, 13 Ocak 2025 TSİ", 3),
    ],
)
def test_zone_phrase_after_the_time_past_its_date_or_a_short_word(text, hours):
    """The phrase after a time names its zone past the date (blanked, as when read) and a short
    lower-case word or two ("no", "pelo" horário de Brasília)."""
    assert parse_date(text).utcoffset() == timedelta(hours=hours), text


@pytest.mark.parametrize(
    "text",
    [
        "VW Polo 1.0 TSI, 13.01.2025 14:05",  # an engine before the date
        "13.01.2025 14:05, Golf 1.4 TSI 110 kW",  # and after it, past other words
        "TSI 13.01.2025 14:05",  # not a phrase written first
        "13 Jan 2025 21:37 by a reporter in horário de Brasília",
        "13.01.2025 14:05, im neuen Golf TSI",  # a capital starts a name: no word of the gap
        "13.01.2025 14:05 mit dem 1.0 TSI",  # nor a number
        "14:05, 13 January 2025, the new Golf TSI",  # past the date, the same
    ],
)
def test_zone_phrase_away_from_the_time_names_no_zone(text):
    """A zone's phrase counts right after the time (or, for a phrase written first, right before the
    date): elsewhere it is some other word, and the time keeps no offset."""
    assert parse_date(text).utcoffset() is None, text


@pytest.mark.parametrize("zero", [0x0E50, 0x0ED0, 0x1040, 0x17E0])
def test_buddhist_years_in_other_digits(zero):
    digit = {str(n): chr(zero + n) for n in range(10)}
    assert normalize_date("".join(digit.get(c, c) for c in "13/01/2568 21:37")) == "2025-01-13T21:37:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abbreviations: Polish, Hungarian (year first), Romanian
        ("13 sty 2025, 14:05", "2025-01-13T14:05"),
        ("pon., 13 paź 2025", "2025-10-13"),
        ("2025. márc. 13. 14:05", "2025-03-13T14:05"),
        ("2025. szept. 13.", "2025-09-13"),
        ("13 noi. 2025", "2025-11-13"),
        # Serbian and Bosnian genitive in Latin letters, Slovak and Ukrainian nominatives
        ("13. januara 2025. u 14:05", "2025-01-13T14:05"),
        ("máj 13, 2025", "2025-05-13"),
        ("13 листопад 2025", "2025-11-13"),
        # a weekday between the date and its time
        ("2025. március 13., csütörtök 14:05", "2025-03-13T14:05"),
        ("13 января 2025, понедельник 14:05", "2025-01-13T14:05"),
        ("13 stycznia 2025, poniedziałek 14:05", "2025-01-13T14:05"),
        ("13. ledna 2025 pondělí 14:05", "2025-01-13T14:05"),
        ("13 Ιανουαρίου 2025 Δευτέρα 14:05", "2025-01-13T14:05"),
        ("13 tháng 1 năm 2025 Thứ Hai 14:05", "2025-01-13T14:05"),
        ("13 يناير 2025 الاثنين 14:05", "2025-01-13T14:05"),
        ("2025年1月13日 星期一 14:05", "2025-01-13T14:05"),
        # a weekday before the date
        ("Poniedziałek, 13 stycznia 2025 14:05", "2025-01-13T14:05"),
        ("tiistaina 14.1.2025 klo 14.05", "2025-01-14T14:05"),
        ("Δευτέρα, 13 Ιανουαρίου 2025 στις 14:05", "2025-01-13T14:05"),
        ("יום שני, 13 בינואר 2025 בשעה 14:05", "2025-01-13T14:05"),
        ("Thứ Hai, 13/1/2025, 14:05", "2025-01-13T14:05"),
        ("सोमवार, 13 जनवरी 2025, 14:05", "2025-01-13T14:05"),
        ("সোমবার, ১৩ জানুয়ারি ২০২৫, ১৪:০৫", "2025-01-13T14:05"),
        # the words between a date and its time
        ("13 січня 2025 о 14:05", "2025-01-13T14:05"),
        ("13. ledna 2025 v 14:05", "2025-01-13T14:05"),
        ("13 ianuarie 2025 la ora 14:05", "2025-01-13T14:05"),
        # the half of the day after the time
        ("13/1/2025 2:05 chiều", "2025-01-13T14:05"),
        ("13/1/2025 8:05 tối", "2025-01-13T20:05"),
        ("13/1/2025 9:05 sáng", "2025-01-13T09:05"),
        ("13 Ιανουαρίου 2025 2:05 μ.μ.", "2025-01-13T14:05"),
    ],
)
def test_dates_of_more_languages(text, expected):
    """A date line as news sites of each language write it, read whole by both readers."""
    assert normalize_date(text).startswith(expected), text
    found = read_text(text)
    day = date.fromisoformat(expected[:10])
    assert found is not None and found.day == day, text
    clock = tuple(int(part) for part in expected[11:].split(":")) + (0,) if "T" in expected else None
    assert found.clock == clock, text


@pytest.mark.parametrize(
    ("text", "ago"),
    [
        ("3 tuntia sitten", timedelta(hours=3)),
        ("pred 3 hodinami", timedelta(hours=3)),
        ("prije 3 sata", timedelta(hours=3)),
        ("pre 3 sata", timedelta(hours=3)),
        ("пре 3 сата", timedelta(hours=3)),
        ("преди 3 часа", timedelta(hours=3)),
        ("לפני 3 שעות", timedelta(hours=3)),
        ("৩ ঘণ্টা আগে", timedelta(hours=3)),
        ("3 گھنٹے پہلے", timedelta(hours=3)),
        ("pred 5 urami", timedelta(hours=5)),
        ("prije 20 minuta", timedelta(minutes=20)),
    ],
)
def test_relative_times_of_more_languages(text, ago):
    assert parse_date(text, now=NOW) == NOW - ago


AGO_UNIT_ROWS = [(seconds, word) for seconds, words in lang.AGO_UNITS.items() for word in words]


@pytest.mark.parametrize(("seconds", "word"), AGO_UNIT_ROWS, ids=[w for _, w in AGO_UNIT_ROWS])
def test_unit_that_says_ago(seconds, word):
    """Hungarian "3 órája" (3 hours ago): the unit's ending says "ago"."""
    expected = NOW - timedelta(seconds=3 * seconds)
    for text in (f"3 {word}", f"Frissítve: 3 {word.capitalize()}"):
        assert parse_date(text, now=NOW) == (expected.date() if seconds >= 86400 else expected), text


@pytest.mark.parametrize("word", lang.HOUR_WORDS)
def test_hour_alone_before_the_word_for_oclock(word):
    """"सुबह 10 बजे" (10 in the morning), "शाम 5 बजे" (5 in the evening): the hour alone, after
    the half of the day; a bare number before the word is no time."""
    assert "सुबह" in lang.MORNING_BEFORE and "शाम" in lang.AFTERNOON_BEFORE
    for half, hour in (("सुबह", 10), ("शाम", 17)):
        text = f"13 जनवरी 2025, {half} {hour % 12} {word}"
        assert normalize_date(text, "Asia/Kolkata") == f"2025-01-13T{hour}:00:00+05:30", text
        assert read_text(text).clock == (hour, 0, 0), text
    assert normalize_date(f"13 जनवरी 2025, 5 {word}", "Asia/Kolkata") == "2025-01-13"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Thai years of two digits after a month (Buddhist: 68 is 2568, 2025); not an hour
        ("13 ม.ค. 68", "2025-01-13"),
        ("13 ม.ค. 68 14:05 น.", "2025-01-13T14:05"),
        ("อัปเดต 13 ก.พ. 68 - 09:30 น.", "2025-02-13T09:30"),
        ("๑๓ ธ.ค. ๖๗ ๑๔:๐๕ น.", "2024-12-13T14:05"),
        ("13 มกราคม 2568 14:05 น.", "2025-01-13T14:05"),
        # India's halves of the day before the time, Bengali am and pm
        ("13 जनवरी 2025, शाम 5:30 बजे", "2025-01-13T17:30"),
        ("13 जनवरी 2025, दोपहर 12:15 बजे", "2025-01-13T12:15"),
        ("१३ जनवरी २०२५, सुबह ९:४५ बजे", "2025-01-13T09:45"),
        ("13 जानेवारी 2025, संध्याकाळी 6 वाजता", "2025-01-13T18:00"),
        ("১৩ জানুয়ারি ২০২৫, ০৫:৩০ পিএম", "2025-01-13T17:30"),
        ("১৩ জানুয়ারি ২০২৫, সকালে ১০:৩০", "2025-01-13T10:30"),
        ("13 ஜனவரி 2025, மாலை 5:30 மணி", "2025-01-13T17:30"),
        ("13 జనవరి 2025, సాయంత్రం 5:30", "2025-01-13T17:30"),
        ("13 જાન્યુઆરી 2025, સાંજે 5:30 વાગ્યે", "2025-01-13T17:30"),
        # Turkey's time, in capitals with the dotted İ or without
        ("13 Ocak 2025 14:05 TSİ", "2025-01-13T14:05:00+03:00"),
        ("13.01.2025 - 14:05 (TSİ)", "2025-01-13T14:05:00+03:00"),
        ("13 Ocak 2025, 14:05 TSI", "2025-01-13T14:05:00+03:00"),
    ],
)
def test_dates_and_times_of_other_scripts(text, expected):
    """Both readers: the library (no zone given: a time keeps only what the text states) and the
    page's candidates."""
    assert normalize_date(text).startswith(expected), text
    found = read_text(text)
    assert found is not None and found.day == date.fromisoformat(expected[:10]), text
    clock = tuple(int(part) for part in expected[11:16].split(":")) + (0,) if "T" in expected else None
    assert found.clock == clock, text
    if "+" in expected:
        assert found.offset == timedelta(hours=int(expected[-5:-3])), text


def test_thai_day_without_a_year_is_not_read_with_its_hour_as_a_year():
    assert normalize_date("13 ม.ค. 14:05 น.", "Asia/Bangkok", NOW) == "2025-01-13T14:05:00+07:00"
    assert read_text("13 ม.ค. 14:05 น.") is None
    # nor its hour written with a dot, nor a count after it ("10 คน": ten people)
    assert normalize_date("13 ม.ค. 14.05 น.", "Asia/Bangkok", NOW) == "2025-01-13T14:05:00+07:00"
    assert read_text("13 ม.ค. 14.05 น.") is None
    assert read_text("13 ม.ค. 10 คน") is None and normalize_date("13 ม.ค. 10 คน") is None
    assert normalize_date("13 ม.ค. 68 เวลา 14:05 น.") == "2025-01-13T14:05:00"


def test_turkish_capital_dotted_i_folds_to_the_table_phrase():
    """Python lowercases "İ" to "i" and a combining dot: two characters, which the table's "tsi"
    does not have; the phrase is found and its zone named all the same."""
    from newsspider.dates import zone_of_phrase

    assert "TSİ".lower() != "tsi"
    assert zone_of_phrase("TSİ") == zone_of_phrase("tsi") == zone_of_phrase(" TSI ") == "Europe/Istanbul"
    assert zone_of_phrase("Türkiye Saati") == "Europe/Istanbul"


@pytest.mark.parametrize("text", ["tutti e 3 noi", "13 des 2025", "13 paz 2025"])
def test_words_that_are_not_months(text):
    """Words that are short month names in one language and words in another: "noi" (Italian "we")
    is a month only between a day and a year, "des" (French) and "paz" (Spanish) not at all."""
    assert read_text(text) is None
