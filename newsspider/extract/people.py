"""People's names from byline strings and structured author values.

A byline is read in named steps: cut it into segments at strong separators ("|",
"·", " – "); take the segment a byline word opens ("Accueil | Par Loïc Le Clerc |
30 septembre 2018" → "Loïc Le Clerc"), else the first that holds a name; end the
names where a label, a date or a digit starts; split them at joiners ("und",
"et", "y", "&", ","); drop what is not a person (a newsroom, a credit, a weekday,
an agency, the site itself). The words of every language live in
:mod:`newsspider.lang.bylines`.

Cost: the matchers are built once, at import; a byline is a few short regex
passes over at most ``BYLINE_MAX`` characters.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from typing import Any

from newsspider import wire
from newsspider.dates import alternation
from newsspider.extract.fields import clean, dedupe
from newsspider.lang import bylines as words

#: Longer texts are paragraphs, not bylines.
BYLINE_MAX = 250
#: More names than this in a text no byline word opens are a list of topics, not people.
LIST_MAX = 3
#: A name in Chinese, Japanese or Korean has at most this many characters ("欧阳娜娜",
#: "山田太郎", "남궁민수"); a longer run without a space is a sentence.
CJK_NAME_MAX = 6
#: A name has at most this many words ("Maria Fernanda de la Cruz").
NAME_WORDS = 5
#: An agency's name after this many words of a name or more is its credit ("Jane Doe
#: Reuters"); after fewer, the words are a section's or a desk's ("Economy Press Trust of India").
AGENCY_AFTER_WORDS = 2


def _alternation(phrases: list[str]) -> str:
    """The phrases as one alternation, factored by common prefixes (:func:`newsspider.dates.alternation`:
    the engine tries a letter once, not once a phrase), a space as any run of spaces. Each
    match is the longest phrase that fits, as longest first would find. With the tables of 30
    languages a flat alternation (longest first) was slow: :func:`person_names` over 584
    short texts of trafeval's pages took 490 ms flat, 370 with the tables before them, 223
    factored."""
    return alternation(sorted(set(phrases))).replace(r"\ ", r"\s+")


#: A letter of Chinese, Japanese or Korean (a regex: a third of the time of a loop over the text's letters).
_CJK_LETTER = re.compile("[\u3000-\u9fff\uac00-\ud7af]")


def is_cjk(text: str) -> bool:
    """Whether ``text`` holds a letter of Chinese, Japanese or Korean."""
    return _CJK_LETTER.search(text) is not None


def _cjk_words(part: str) -> bool:
    """Whether every word of ``part`` is Chinese, Japanese or Korean (its spaces part names)."""
    tokens = part.split()
    return len(tokens) > 1 and all(is_cjk(t) and not any(c.isascii() for c in t) for t in tokens)


def _without_suffix(part: str) -> str:
    """A byline's part without the reporter's title after the names ("김철수 이영희 기자")."""
    return _SUFFIX.sub("", part)


def _caseless(text: str) -> bool:
    """Whether ``text`` is written in a script without capitals (Chinese, Korean,
    Arabic, Thai, Hebrew...), where no capital marks a name."""
    return any(c.isalpha() and not c.isupper() and not c.islower() for c in text)


_PREFIX_LIST = [p for ps in words.BYLINE_PREFIXES.values() for p in ps]
_WORD_PREFIXES = [p for p in _PREFIX_LIST if not is_cjk(p)]
_ANY_NAME_PREFIXES = [p for p in _WORD_PREFIXES if p not in words.FULL_NAME_PREFIXES]
#: The byline words of the table in scripts with spaces between words.
WORD_PREFIXES = tuple(_WORD_PREFIXES)
_CJK_PREFIXES = [p for p in _PREFIX_LIST if is_cjk(p)]
#: A byline word where names follow: "By ", "von: ", "Auteur : ", "责任编辑：".
_PREFIX = re.compile(
    rf"(?:(?<![\w.-])(?:{_alternation([*_ANY_NAME_PREFIXES, *words.KIND_PREFIXES])})(?:\s*[:：]\s*|\s+(?=\S))"
    # a byline word that is a first name too, before a name of two words ("Oleh Budi Santoso")
    rf"|(?<![\w.-])(?:{_alternation(list(words.FULL_NAME_PREFIXES))})"
    r"(?:\s*[:：]\s*|\s+(?=[^\W\d_][\w'’.-]*\s+[^\W\d_]))"
    rf"|(?:{_alternation(_CJK_PREFIXES)})(?:\s*[:：/／・|｜]\s*|\s+))",
    re.IGNORECASE,
)
_PREFIX_WORDS = frozenset(p for p in _WORD_PREFIXES if " " not in p)
#: The first letters of the byline words, casefolded: a text opening with another letter
#: needs no regex (most of a page's texts; a regex per text costs four times as much).
BYLINE_FIRST_LETTERS = frozenset(p[:1].casefold() for p in _PREFIX_LIST)
#: The first two letters of the byline words, lower case (the first alone where a space
#: follows it: "a cura di" opens "a\ncura di" too): a text opening with two ASCII letters
#: of none of them needs no regex (most texts the first letter lets through).
BYLINE_FIRST_TWO = frozenset(p[:2].lower() if len(p) > 1 and not p[1].isspace() else p[:1].lower()
                             for p in _PREFIX_LIST)
#: A text that a byline word opens, in any case and script.
BYLINE_START = re.compile(rf"^\s*(?:{_alternation(_PREFIX_LIST)})", re.IGNORECASE)
#: A text that is a byline word alone, a label ("Autor", "Written by:", "责任编辑：").
LABEL_ONLY = re.compile(rf"^\s*(?:{_alternation(_PREFIX_LIST)})\s*[:：]?\s*$", re.IGNORECASE)
_SUFFIX = re.compile(rf"\s*(?:{_alternation(list(words.BYLINE_SUFFIXES))})\s*$")
_SEGMENTS = re.compile(r"\s+[|‖•·⋅∙●▪◆–—]\s+|\s*[|‖•·⋅∙●▪◆]\s*|\s+[-–—]\s+|\s+[-–—]$|\n")
_LABEL = re.compile(
    rf"(?<!\w)(?:in\s+)?(?:{_alternation([*words.NOT_BYLINE_LABELS, *words.CREDIT_WORDS])})\s*[:：>]"
    r"|\bin\s+rubrik\b"
    # a Chinese credit after the writer's name, glued or not, a slash after it ("文/王小明 图/李大华")
    rf"|(?:{_alternation([w for w in words.CREDIT_WORDS if is_cjk(w)])})\s*[/／]",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    rf"^(?:(?:{_alternation(list(words.CREDIT_WORDS))})(?:\s*[:：/]|\s+(?:by|von|de|di|par)\b)|\s*©"
    # a Chinese credit alone after the name ("記者王小明／攝影": he took the photos)
    rf"|(?:{_alternation([w for w in words.CREDIT_WORDS if is_cjk(w)])})\s*$)", re.IGNORECASE)
_JOINER_WORDS = _alternation([j for j in words.JOINERS if j != "&"])
#: Where two names meet: a mark (Chinese and Japanese "、" too), a joiner word, or both
#: ("Jane Doe, John Roe, and Max Moe").
_JOINERS = re.compile(rf"\s*(?:[,،、;&/／](?:\s*(?:{_JOINER_WORDS})\s)?|\s(?:{_JOINER_WORDS})\s)\s*", re.IGNORECASE)
_PLACE_JOINERS = _alternation(list(words.PLACE_JOINERS))
#: Joiner words (not commas): "Frankfurt, Germany" has none, "Anna und Ben" has one.
_JOINED = re.compile(rf"[&;/／、]|\s(?:{_JOINER_WORDS})\s|(?<=[\u4e00-\u9fff])[{''.join(words.CJK_GLUED_JOINERS)}]",
                     re.IGNORECASE)
#: A joiner that joins only names of two words or more, in lower case (Czech "Jan Novák a
#: Petr Svoboda"; "John A Smith" has an initial, "Entrevista a Juan Pérez" a preposition).
#: Hebrew's "and" glued to the name after it ("דני כהן ודנה לוי"), the same way.
_NAMES_JOINER = re.compile(
    rf"\s(?:{_alternation(list(words.NAMES_JOINERS))})\s|\s(?:{_alternation(list(words.GLUED_JOINERS))})(?=\w)")
#: A conversation's joiner between two full names ("Richard Roe im Gespräch mit Karin Example";
#: "Merkel im Gespräch mit Macron" is a headline), read before the joiners inside it ("en", "i").
_CONVERSATION = re.compile(rf"\s(?:{_alternation(list(words.CONVERSATION_JOINERS))})\s", re.IGNORECASE)
#: Two Chinese names of two to four characters, a joiner between them and no space ("张三和李四").
_CJK_JOINED = re.compile(
    rf"\s*([\u4e00-\u9fff]{{2,4}})[{''.join(words.CJK_GLUED_JOINERS)}]([\u4e00-\u9fff]{{2,4}})\s*")
_TAILS = re.compile(rf"\s*(?:{_alternation(list(words.NAME_TAILS))})\b.*$", re.IGNORECASE)
#: Where the names end: a date, a time, a count ("Tanja Karrasch3.11.2023"), an
#: "updated" or "published" note in any language.
_NAMES_END = re.compile(
    r"(?<![^\W_])\d|\d{1,4}[.:/-]\d|\s(?:for|für)\s+the\b|\s=(?:\s|$)"  # "김철수 기자 = 본문": the story
    rf"|\b(?:{_alternation([*words.DATE_NOTES, *words.WEEKDAYS])})\b"
    rf"|(?<=\w)\s+(?:{_alternation(list(words.MONTHS))})\b\.?(?=,?\s*\d)"
    rf"|(?<=\w)\s+(?:{_alternation([m for m in words.MONTHS if len(m) <= 3 and m not in ('may', 'mai')])})\.?\s*$"
    rf"|(?<=\w)\s+(?:{_alternation(list(words.WEEKDAY_ABBREVIATIONS))})\.?,?\s*(?=\d)"
    # a credit after the names ("Text von Jane Doe Illustration von Markus Roost")
    rf"|(?<=\w)\s+(?:{_alternation(list(words.CREDIT_WORDS))})\s+(?:by|von|par|de|di|da|por|door)\s",
    re.IGNORECASE,
)
#: A paper or a site a byline's person writes for ("For Dailymail.com", "FOR MAILONLINE").
_FOR_CREDIT = re.compile(r"\s+(?:for|für)\s+\S.*$", re.IGNORECASE)
#: A colon after a word: where an opened byline's names end ("Von Jane Doe: Warum ...",
#: "By Jane Doe and John Roe: Why markets fell"); a card's label before its colon
#: ("Recipe by Jane Doe Cuisine: Thai", :data:`~newsspider.lang.bylines.CARD_LABELS`) ends
#: the names too.
_COLON_AFTER = re.compile(rf"(?:\s+(?:{_alternation(list(words.CARD_LABELS))}))?(?<=\w)\s*[:：]\s", re.IGNORECASE)
#: A co-author or an agency joined with "with" after a byline word.
_WITH = re.compile(rf"\s+(?:{_alternation(list(words.WITH_JOINERS))})\s+", re.IGNORECASE)
#: Where a line about someone other than the author starts ("Updated by", "Reviewed by").
#: An interview's credit (see :data:`newsspider.lang.bylines.INTERVIEW_OPENERS`).
_INTERVIEW = re.compile(rf"^\s*(?:{_alternation(list(words.INTERVIEW_OPENERS))})\s", re.IGNORECASE)
_OTHER_ROLE = re.compile(rf"(?<![\w-])(?:{_alternation(list(words.OTHER_ROLES))})(?:\s*[:：]|\s)", re.IGNORECASE)
#: Where the editor's line starts after the author's names ("作者：张三 责任编辑：李四").
#: A role in a script with spaces starts a word ("By Jane Coeditor: x" names no editor);
#: a Chinese one may follow the name with no space ("作者：张三责任编辑：李四"). A role
#: ending in "by" needs no colon ("By Jane Doe Edited by John Roe").
_EDITOR_AFTER = re.compile(
    rf"(?<=\S)\s*(?:(?<![\w-])(?:{_alternation([r for r in words.EDITOR_ROLES if not is_cjk(r)])})"
    rf"|(?:{_alternation([r for r in words.EDITOR_ROLES if is_cjk(r)])}))(?:\s*[:：]|(?<=\sby)\s|\s+by\s)",
    re.IGNORECASE)
_OTHER_ROLE_LABEL = re.compile(rf"(?<![\w-])(?:{_alternation(list(words.OTHER_ROLES))})\s*[:：]?\s*$", re.IGNORECASE)
#: A desk's or a newsroom's word: a line naming one and no person credits the newsroom.
#: A desk word alone or ending a compound ("Redaktion", "Campact-Team", "Online-Desk").
_DESK = re.compile(rf"(?<!\w)(?:{_alternation(list(words.DESK_WORDS))})(?![\w-])", re.IGNORECASE)
#: A desk's name of several words inside a name ("Example هيئة التحرير", "Ban biên tập"):
#: its words alone may be a person's ("التحرير" in "رئيس التحرير", editor-in-chief, a role).
_DESK_PHRASE = re.compile(rf"(?<!\w)(?:{_alternation([w for w in words.DESK_WORDS if ' ' in w])})(?![\w-])",
                          re.IGNORECASE)
#: A date before the names ("September 17, 2019 Helmut Rubik"): one word, then a number.
_MONTH = _alternation(list(words.MONTHS))
_DATE_FIRST = re.compile(
    rf"^\W*(?:(?:{_alternation(list(words.WEEKDAYS))})\W+)?"
    rf"(?:(?:{_MONTH})\.?\s+\d[\d.,:]*|\d{{1,2}}\.?\s+(?:{_MONTH})\.?,?|\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}})"
    r"\s*(?:\d{2,4}\b(?![:.]\d)[,.]?\s*)?",  # a year, not a time's hour ("11.12.2019 13:10")
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
#: A name after a date has at most this many words.
DATED_NAME_WORDS = 4
#: A date's time and the marks between the date and a name ("| 13:10 Uhr |", " - ").
_AFTER_DATE = re.compile(r"^\s*(?:[-–—|·•,]\s*)?(?:\d{1,2}[:.]\d{2}\s*(?:uhr|h|am|pm)?\s*(?:[-–—|·•,]\s*)?)?",
                         re.IGNORECASE)
#: A dateline standing alone ("Auburn, Wash. —", "FRANKFURT -"), not a byline.
_DATELINE = re.compile(r"^[^—–]{1,40}\s[—–-]\s*$")
#: A date's preposition this short is also an initial or a surname ("D.", "Op", "Em").
SHORT_PREPOSITION_MAX = 3
#: Words left dangling before the cut ("Jane Doe on", "Anna Weber am", "X le":
#: :data:`~newsspider.lang.bylines.DATE_PREPOSITIONS`); one of three letters or fewer in lower
#: case only, as a capital initial or a short surname ends a name too ("John D.", "Anna Op",
#: "Mark Em"); a longer one in any case ("José Wilson Hace 2 horas").
_SHORT_PREPOSITIONS = [word for word in words.DATE_PREPOSITIONS if len(word) <= SHORT_PREPOSITION_MAX]
_LONG_PREPOSITIONS = [word for word in words.DATE_PREPOSITIONS if len(word) > SHORT_PREPOSITION_MAX]
_DANGLING = re.compile(r"(?:\s+(?-i:on|le|el)\s+[^\W\d]+\.?)?"
                       rf"(?:\s+(?:(?-i:{_alternation(_SHORT_PREPOSITIONS)})|{_alternation(_LONG_PREPOSITIONS)}|,|-))*\s*$",
                       re.IGNORECASE)
#: Addresses, account handles and e-mail addresses ("Por Jane Doe @janedoe", "김철수 기자
#: kim@example.co.kr"): dropped before the names are read.
_URL = re.compile(r"https?://\S+|www\.\S+|(?<!\S)@\w[\w.]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: Parentheses after a name ("Jane Doe (AFP)", "山田太郎（やまだ・たろう）": its reading); full-width ones
#: around a whole byline ("（記者王小明／綜合報導）") stay.
_PARENTHESES = re.compile(r"\s*[(\[].*?[)\]]\s*|(?<=\S)\s*[（［][^）］]*[）］]\s*")
_NOT_A_PERSON = re.compile(r"@|https?:|www\.|\.(?:com|net|org|de|fr|at|ch|it|es|co|info|io)\b|\be-?mail\b|\bago\b",
                           re.IGNORECASE)
_TOKEN = re.compile(r"[\w.'’-]+")


def person_names(text: Any, exclude: tuple[str, ...] = (), strict: bool = True, lower_opened: bool = True) -> list[str]:
    """People's names in a byline string: ``By A and B`` → ``[A, B]``, ``Von A und B``,
    ``Par A``, ``Accueil | Par A | 30 septembre``; desks, agencies, credits, dates, site
    names (``exclude``, casefolded) are not people.

    ``strict``: a name needs a capital letter unless a byline word opened it (a blog's
    "von gizzmo"); off for texts that are names by their markup (``rel=author``, JSON-LD).
    ``lower_opened``: whether a byline word lets a name in lower case through; off for
    lines no markup calls a byline, where "By default, ..." opens a sentence.
    """
    text = clean(text)
    if not text or len(text) > BYLINE_MAX:
        return []
    return list(_person_names(text, tuple(exclude), strict, lower_opened))


#: A byline word that is a common preposition too, opening a text before two words (where
#: :data:`_PREFIX` reads it as a byline word): a byline only where markup calls it one.
_MARKED_ONLY = re.compile(rf"^\W*(?:{_alternation(list(words.MARKED_ONLY_PREFIXES))})\s+[^\W\d_][\w'’.-]*\s+[^\W\d_]",
                          re.IGNORECASE)
#: Answers :func:`_person_names` remembers (the least recently asked go first).
_NAMES_MEMO = 4096


@functools.lru_cache(maxsize=_NAMES_MEMO)
def _person_names(text: str, exclude: tuple[str, ...], strict: bool, lower_opened: bool) -> tuple[str, ...]:
    """:func:`person_names` of a clean text, memoised: the byline search asks of the same
    texts several times a page (its marked blocks, then their lines, then the page's
    short lines), and a site's pages repeat their bylines; 42% of the calls on trafeval
    repeat one made before. (A tuple, which no caller can change in the memo.)"""
    if _is_site(text, exclude) \
            or (_DATELINE.match(text) and not _PREFIX.match(text)):  # "By Jane Doe -" is a theme's byline
        return ()
    if not lower_opened and _MARKED_ONLY.match(text):
        return ()  # "Na Příkopě", "Na Slovensku Havaroval Autobus": Slavic "na" (on) opens no line's names
    other = _OTHER_ROLE.search(text)
    opening = _PREFIX.match(text)
    if other is not None and (opening is None or opening.end() <= other.start()):  # "Testo e foto: X" is a byline
        text = text[: other.start()].strip()  # "By Benjamin Preston Updated by Jon Linkov"
    if _INTERVIEW.match(text):
        text = _WITH.split(text, maxsplit=1)[0]  # "Ein Interview von X mit Y": Y is the one interviewed
    editor = _EDITOR_AFTER.search(text)
    if editor is not None and (_names_before(text, editor.start())
                               or not (_PREFIX.match(text) or is_cjk(editor.group()))):
        # "作者：张三 责任编辑：李四": the editor after the author; "Revised Edition Edited by
        # Jane Roe": a book's editor after its title (no byline word before), no author
        # ("[纠错] 责任编辑：焦鹏": a Chinese paper's editor signs, after a link's label)
        text = text[: editor.start()].strip()
    for segment, opened in _segments(text):
        found = _names(segment, exclude, strict and not (opened and lower_opened), opened, strict)
        if found or opened or _DESK.search(segment):
            return tuple(found)
    return ()


def _names_before(text: str, end: int) -> bool:
    """Whether a byline word opens ``text`` before ``end`` and a name stands between them
    (two words, or Chinese script): "By The Editor: note" names no one before its role."""
    opening = _PREFIX.search(text, 0, end)
    if opening is None:
        return False
    between = text[opening.end(): end]
    return is_cjk(between) or len(between.split()) > 1


#: A word of the site's names this long (letters) makes a name the site's when it holds
#: only such words and an abbreviation ("OÖ Volksblatt"); shorter ones ("de") are everyone's.
SITE_WORD_MIN = 4
#: A site's name its address spells has at least this many letters to be a person's
#: ("ricksteves.com": Rick Steves).
_PERSONAL_MIN = 8
#: A first or last name a label of the site's address is ("anil.example.org") has at
#: least this many letters: a shorter label ("jo", "ann") is as often a word or a code.
_OWN_NAME_MIN = 4


#: A word of a story's text, for telling a company's name from a person's; not a part of
#: an address ("russell@example.com", "https://example.com/russell").
_PROSE_WORD = re.compile(r"(?<![@./\w-])[^\W\d_][\w-]*(?![\w-]*[@.]\w)")


def _is_site(text: str, exclude: tuple[str, ...]) -> bool:
    """Whether ``text`` is one of the site's names (``exclude``) letter for letter
    ("Jobs & Hire" before it is cut at "&", "Interscenario" for "INTERSCENAR.IO"), or
    made of their words and an abbreviation ("OÖ Volksblatt" for "Oberösterreichisches
    Volksblatt"); not a person's name the site's holds ("Daniel Lemire's blog")."""
    letters = _LETTERS.sub("", text.casefold())
    if not letters or not exclude:
        return False
    if any(letters == _LETTERS.sub("", e) for e in exclude):
        return True
    tokens = [t for t in _LETTERS.split(text) if t]
    short_capitals = [t for t in tokens if t.isupper() and len(t) <= 3]
    if not short_capitals or len(short_capitals) == len(tokens):
        return False
    long_words = {t.casefold() for t in tokens if t not in short_capitals}
    return any(_abbreviates(short_capitals, long_words, [w for w in _LETTERS.split(e) if w]) for e in exclude)


def _abbreviates(short_capitals: list[str], long_words: set[str], site_words: list[str]) -> bool:
    """Whether a name of the site (``site_words``, casefolded) holds every long word of a
    text and its words left out are what the text's short capitals abbreviate: each opens
    with the first letter of a word left out and spells the rest in order after it ("OÖ"
    for "Oberösterreichisches"), never a person's initials ("AJ" for "Magazine")."""
    if not long_words <= {w for w in site_words if len(w) >= SITE_WORD_MIN}:
        return False
    left_out = " ".join(w for w in site_words if w not in long_words)
    return all(_spells_in_order(capitals.casefold(), left_out) for capitals in short_capitals)


def _spells_in_order(abbreviation: str, words: str) -> bool:
    """Whether ``abbreviation`` opens one of ``words`` (space-separated) and its other
    letters follow in order after that one's first."""
    start = next((i for i, c in enumerate(words) if c == abbreviation[0] and (i == 0 or words[i - 1] == " ")), None)
    if start is None:
        return False
    rest = iter(words[start + 1:])
    return all(letter in rest for letter in abbreviation[1:])


def not_people(site_names: list[str], host: str, text: str = "") -> tuple[str, ...]:
    """The site's names (casefolded) that are never its authors: all but a person's
    name that the site's address spells, a personal site's ("Rick Steves" on
    ricksteves.com, "Jane Doe" on janedoe.substack.com, "Anil Madhavapeddy" on
    anil.example.org), whose owner writes its stories. A name whose words the story's
    ``text`` uses as words in lower case is a company's ("Block Renovation" on a page
    about a renovation), not a person's."""
    lower_words: set[str] | None = None
    kept = []
    for name in site_names:
        if _is_personal(name, host):
            if lower_words is None:
                lower_words = {w for w in _PROSE_WORD.findall(text) if w[0].islower()}
            if not any(t.casefold() in lower_words for t in name.split()):
                continue
        kept.append(name.casefold())
    return tuple(kept)


#: A copyright line's words around the holder's name ("© 2012-2025 Jane Doe. All rights reserved.").
_COPYRIGHT = re.compile(r"©|\(c\)|copyright|all rights reserved\.?|alle rechte vorbehalten\.?|tous droits réservés\.?"
                        r"|\d{4}\s*[-–]\s*\d{4}|\d{4}\s*[-–]?", re.IGNORECASE)


def owner_name(texts: list[str], host: str, story: Callable[[], str]) -> str | None:
    """The person whose site it is: the first of ``texts`` (a site's name, its copyright
    line) that is one person's name of two or three words, which the site's address
    spells ("Toby Hede" on tobyhede.com, "Gregory Szorc" on gregoryszorc.com) and whose
    words the ``story`` (read only then) never uses in lower case (as :func:`not_people`:
    "Statistics Globe" on a page about statistics is a company)."""
    for text in texts:
        text = _SENTENCE_END.split(clean(_COPYRIGHT.sub(" ", text)) or "", maxsplit=1)[0].strip(" .,|-–—")
        if not text or len(text) > OWNER_MAX:
            continue
        names = person_names(text)
        if len(names) == 1 and names[0] == text and _is_personal(text, host) \
                and not not_people([text], host, story()):
            return text
    return None


#: Where a copyright line's holder ends: a sentence's end (not an initial's), a separator.
_SENTENCE_END = re.compile(r"(?<=\w\w)\.(?:\s|$)|\s[|·•]\s")
#: A site owner's name is read from texts this short (characters).
OWNER_MAX = 60


def _is_personal(name: str, host: str) -> bool:
    """Whether ``name`` is a person's of two or three capitalised words that the site's
    address ``host`` spells (see :func:`_spells_person`)."""
    tokens = name.split()
    return 2 <= len(tokens) <= 3 and all(t[:1].isupper() and t.replace("-", "").isalpha() for t in tokens) \
        and _spells_person(tokens, host) and person_names(name, strict=False) == [name]


def _spells_person(tokens: list[str], host: str) -> bool:
    """Whether the address ``host`` spells the person of these name words: all their
    letters ("ricksteves.com"), or the label it is registered under is the first name
    (of at least :data:`_OWN_NAME_MIN` letters) and the last name's initial or the first
    name's initial and the last name ("coryd.dev", "jdoe.example"), or a label before that
    is the first name ("anil.example.org", "owain.bearblog.dev"); never the last name alone ("merkur.de" is "Münchner
    Merkur"'s, a paper's) nor a form of address ("madame.example.fr": "Madame Figaro")."""
    folded = [_LETTERS.sub("", t.casefold()) for t in tokens]
    letters = "".join(folded)
    host = host.casefold()
    if len(letters) >= _PERSONAL_MIN and letters in _LETTERS.sub("", host):
        return True
    first, last = folded[0], folded[-1]
    if len(first) < _OWN_NAME_MIN or first in words.HONORIFICS:
        return False
    labels = [label.replace("-", "") for label in host.split(".")]
    main = main_label(labels)
    # a first name alone as the site's own name is a brand's as often ("acme.example": "Acme Software")
    return main in (first + last[:1], first[:1] + last) or first in labels[:labels.index(main)]


#: Second-level labels under a country's code ("example.co.uk", "example.com.au").
_SECOND_LEVELS = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"})


def main_label(labels: list[str]) -> str:
    """The label a site's address is registered under ("example" of "blog.example.co.uk")."""
    if len(labels) > 2 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVELS:
        return labels[-3]
    return labels[-2] if len(labels) > 1 else labels[0]


def starts_with_date(text: str) -> bool:
    """Whether a date opens ``text`` ("11.12.2019", "December 3, 2024", "3. März")."""
    return _opening_date(text) is not None


def _opening_date(text: str) -> re.Match[str] | None:
    if _DIGIT.search(text) is None:
        return None  # every date has a digit: most texts are ruled out before the long pattern
    found = _DATE_FIRST.match(text)
    return found if found is not None and found.group().strip() else None


def dated_name(text: str, exclude: tuple[str, ...] = ()) -> list[str]:
    """The person a line of a date and a name names ("11.12.2019 - Jane Doe",
    "04.02.2022 | 13:10 Uhr | Jane Doe"): one name of two words or more after the date
    and nothing else; [] for any other line."""
    text = clean(text) or ""
    dated = _opening_date(text)
    if dated is None:
        return []
    rest = text[dated.end():]
    between = _AFTER_DATE.match(rest).group()  # type: ignore[union-attr]
    rest = rest[len(between):]
    if not rest or not rest[:1].isalpha() or not any(c in "-–—|·•" for c in between):
        return []  # "12. März 2020 Neue Studie": a teaser's date and title, no mark between
    names = _names(rest, exclude, strict=True, opened=False)
    if len(names) != 1 or names[0] != _trimmed(rest):
        return []
    tokens = names[0].split()
    if not 1 < len(tokens) <= DATED_NAME_WORDS or any(t in words.ORGANISATION_SMALL_WORDS for t in tokens):
        return []  # "Mahua Das in Project Management": the section after the name
    return names


def labels_other_role(text: str) -> bool:
    """Whether ``text`` ends with the label of someone other than the author ("Updated
    by", "Reviewed by:"): the name after it is not the author's."""
    return bool(_OTHER_ROLE_LABEL.search(text))


def credits_desk(text: str) -> bool:
    """Whether a byline credits a newsroom or a desk ("By Example Staff", "Redaktion")."""
    return bool(_DESK.search(text))


def is_opened(text: str) -> bool:
    """Whether a byline word opens names in ``text`` ("Geschrieben von Cooper am ...")."""
    return any(opened for _segment, opened in _segments(clean(text) or ""))


#: A byline in lower case names a person in this many words ("von david straub").
LOWER_NAME_WORDS = (2, 3)


def lower_case_names(text: str, exclude: tuple[str, ...] = ()) -> list[str]:
    """The person a byline element written all in lower case names ("von david straub",
    "par barbara stiegler": a site that sets its bylines in lower case): a byline word,
    then two or three words of letters and nothing else; none a particle or an article
    first ("by the way"). For elements whose markup calls them bylines only: in running
    text such words are prose ("by combining these")."""
    text = clean(text) or ""
    opener = _PREFIX.match(text)
    if opener is None:
        return []
    rest = text[opener.end():].split()
    if not LOWER_NAME_WORDS[0] <= len(rest) <= LOWER_NAME_WORDS[1] \
            or not all(w.isalpha() and w.islower() for w in rest) or rest[0] in _PARTICLES | words.ARTICLES:
        return []
    return person_names(text, exclude, strict=False)


def opens_byline(label: str) -> bool:
    """Whether ``label`` is a byline word alone ("Written by", "Geschrieben von", "Autor")."""
    label = label.strip()
    found = _PREFIX.match(label + " X")
    return found is not None and found.end() == len(label) + 1


#: Korean names a middle dot joins before the reporter's title ("김철수·이영희 기자"): the dot
#: joins names there, as "、" does, where elsewhere it parts a line's segments.
_HANGUL_DOTTED = re.compile(
    rf"[가-힣]{{2,4}}(?:\s*·\s*[가-힣]{{2,4}})+"
    rf"(?=\s*(?:{_alternation([s for s in words.BYLINE_SUFFIXES if '가' <= s[:1] <= '힣'])}))")


def _segments(text: str) -> list[tuple[str, bool]]:
    """The byline's segments after a byline word when one has it (only that one), else
    all of them in order; each with whether a byline word opened it. The text ends at
    the first label ("Tags:", "Stand:"), unless a byline word opens names only after one
    ("Datum: 03.11.2021 Autor: Jane Doe Quelle: Example", "图/李大华 文/王小明")."""
    text = _HANGUL_DOTTED.sub(lambda names: names.group().replace("·", "、"), _URL.sub(" ", text))
    opener = _PREFIX.match(text)  # "Text & Fotos: Jane Doe": a byline word, though "Fotos:" labels a credit
    start = opener.end() if opener is not None else 0
    pieces = _LABEL.split(text[start:])
    pieces[0] = text[:start] + pieces[0]
    first = _opened_segments(pieces[0])
    if first[0] is not None:
        return [first[0]]
    if not any(c.isalpha() for c in pieces[0]):  # nothing but a label's date before the byline's label
        for piece in pieces[1:]:
            opened, _others = _opened_segments(piece)
            if opened is not None and any(c in ":：" or (c in "/／" and is_cjk(piece)) for c in piece):
                return [opened]
    return first[1]


def _opened_segments(text: str) -> tuple[tuple[str, bool] | None, list[tuple[str, bool]]]:
    """The segment after a byline word (None without one), and all segments in order."""
    segments = [s for s in _SEGMENTS.split(text) if s and s.strip()]
    for segment in segments:
        if _CREDIT.match(segment.strip()):
            continue
        prefix = _opening(segment)
        if prefix is not None:
            return (segment[prefix:], True), []
    return None, [(s, False) for s in segments if not _CREDIT.match(s.strip())]  # "© GettyImages/Nastasic"


def _opening(segment: str) -> int | None:
    """Where the names start after the segment's byline word, or None: a particle that
    is also a byline word ("von", "di") counts only where no name stands before it."""
    for prefix in _PREFIX.finditer(segment):
        word = prefix.group().split()[0].strip(":：").casefold() if prefix.group().split() else ""
        before = segment[: prefix.start()].split()
        if word in words.NAME_PARTICLES and before and before[-1][:1].isupper() and before[-1][-1:].isalpha() \
                and not prefix.group()[:1].isupper():
            continue  # "Christoph von Ritter"; "Disko Von Ernst Lohoff" is a section's kicker, then the byline
        return prefix.end()
    return None


def _conversation_parts(segment: str) -> list[str]:
    """``segment`` split at a conversation's joiner where every part is a name of two words
    or more (:data:`_CONVERSATION`), else whole."""
    parts = _CONVERSATION.split(segment)
    return parts if len(parts) > 1 and all(len(p.split()) >= 2 for p in parts) else [segment]


def _without_agency_joined(piece: str) -> list[str]:
    """``piece`` without an agency a with-joiner adds ("Marie Dupont avec AFP", "Le Monde
    with AFP"); whole else ("Informate con la verdad", a slogan, is no two people)."""
    parts = _WITH.split(piece, maxsplit=1)
    return parts[:1] if len(parts) == 2 and wire.agency_name(parts[1].strip()) else [piece]


def _two_word_names(piece: str) -> list[str]:
    """``piece`` split at a joiner of :data:`~newsspider.lang.bylines.NAMES_JOINERS` where
    every part is a name of two words or more ("Jan Novák a Petr Svoboda"), or at a Chinese
    joiner between two names written without spaces ("张三和李四"), else whole."""
    cjk = _CJK_JOINED.fullmatch(_without_glued_prefix(piece.strip()))
    if cjk is not None:
        return [cjk[1], cjk[2]]
    parts = _NAMES_JOINER.split(piece)
    return parts if len(parts) > 1 and all(len(p.split()) >= 2 for p in parts) else [piece]


def _names(segment: str, exclude: tuple[str, ...], strict: bool, opened: bool, strict_words: bool = True) -> list[str]:
    """``strict_words``: off for texts that are names by their markup, where a surname in
    lower case ("Mobasir hassan") is no sign of prose."""
    segment = _DATE_FIRST.sub("", segment, count=1)
    end = _NAMES_END.search(segment)
    if end is not None:
        segment = segment[: end.start()]
    segment = _DANGLING.sub("", _PARENTHESES.sub(" ", _TAILS.sub("", segment)))
    if opened:
        credit = _FOR_CREDIT.search(segment)
        if credit is not None and len(segment[: credit.start()].split()) >= 2:
            segment = segment[: credit.start()]  # "By Jane Doe For Dailymail.com": the paper she writes for
        opening = _PREFIX.match(segment)
        start = opening.end() if opening is not None else 0
        colon = _COLON_AFTER.search(segment, start)  # after the byline word's own colon ("Autor: Jane Doe")
        before = segment[start: colon.start()].strip() if colon is not None else ""
        if before and not before[:1].islower():  # a name before it ("...this author in: PubMed" is a label)
            segment = segment[: colon.start()]  # "Von Jane Doe: Warum ...": the names end at their colon
    parts = [part for talker in _conversation_parts(segment) for piece in _JOINERS.split(talker)
             for joined in _two_word_names(piece)
             # "By Jane Doe with John Roe"; an agency joined to a name element's ("Marie Dupont avec AFP")
             for part in (_WITH.split(joined) if opened else _without_agency_joined(joined))]
    if len(parts) > 1:  # "Dylan Bailey, MS, RD, FAND": her degrees, each after a comma, are no people;
        # "李明／台北報導": a dateline after a Chinese name, no person
        parts = parts[:1] + [p for p in parts[1:] if p.strip().casefold().rstrip(".") not in words.POSTNOMINALS
                             and not (_trimmed(p).endswith(words.DATELINE_SUFFIXES) and is_cjk(p))]
    if not opened and sum(1 for p in parts if p.strip()) > LIST_MAX:
        return []  # "CSP / International / Photovoltaik / Speicher": a list of topics, no byline
    if not opened and strict_words and any(_prose(p.split()) or "?" in p for p in parts[:1] + [
            p for p in parts[1:] if not _is_role(p)]):  # "Marie Dupont, correspondante à Bruxelles": her post
        return []  # "Einen Studienplatz, aber keine Wohnung? ...": a sentence (a caption), no byline
    if len(parts) > 1 and all(len(p.split()) == 1 for p in parts) and not _JOINED.search(segment):
        return []  # "Frankfurt, Germany", "Doe, Jane": a place or a name turned round, not two people
    if is_cjk(segment):  # "记者 王小明 李华", "김철수 이영희 기자": a space between names in Chinese, Korean
        parts = [word for part in map(_without_suffix, parts)
                 for word in (part.split() if _cjk_words(part) else [part])]
    names: list[str] = []
    for index, (part, end) in enumerate(zip(parts, _ends(parts, segment))):
        part = _trimmed(part)
        if not part:
            continue
        if _NOT_A_PERSON.search(part) or _is_site(part, exclude):
            break  # a site's name or address: what follows it is the site's address
        if _CREDIT.match(part):
            continue
        if index and names and names[-1][:1].isupper() and _lower_words(part):
            if _JOINED.search(segment, end):
                continue  # "By Jane Doe, correspondent, and John Roe, photographer": his name follows her trade
            break  # "Jane Doe, MD, gastroenterologist, Example Health": her trade, then her employer
        if index and len(part.split()) == 1 and len(parts[0].split()) > 1 \
                and (f", {part}" in segment or _PLACE_AFTER_SLASH.search(segment) or _placed(part, segment)):
            continue  # "Markus Haefliger, London", "Grant Tinsley, PhD", "Ana Pérez en Madrid": a place or a degree
        if index and names and _is_role(part):
            break  # "Jane Doe, Head of Marketing and Community Development": her role and employer follow
        if index and names and _from_place(part):
            continue  # "Por João Silva, da Agência Brasil, e Maria Souza": where from, no person
        if len(parts) > 1 and _editors_code(part) and any(wire.agency_name(p) for p in parts):
            continue  # "det/dpa", "(jk/AFP)": the desk editor's code beside the agency, no name
        name = _name(part, strict, opened, strict_words)
        if name and not _is_site(name, exclude):
            names.append(name)
        elif index and names and _organisation(part) and not _JOINED.search(segment, end):
            break  # "By Jane Doe, Example Times, New Delhi": her paper, then its place (no "and John Roe")
    return names


def _ends(parts: list[str], segment: str) -> list[int]:
    """Where each of ``parts`` (pieces of ``segment``, in its order) ends in ``segment``,
    each looked for after the one before ("Jane Doe, Example Times, and John Roe, Example
    Times": the second paper's end is after John Roe's name); a part not found there ends
    where the one before did."""
    ends: list[int] = []
    cursor = 0
    for part in parts:
        found = segment.find(part, cursor) if part else -1
        cursor = found + len(part) if found >= 0 else cursor
        ends.append(cursor)
    return ends


def _organisation(part: str) -> bool:
    """Whether a part names an organisation: a newsroom's word in it ("Example Times",
    "Finanzmagazin", "Online-Redaktion"), or an acronym of three capitals before a desk's
    word ("CNN Business", "BBC Sport")."""
    tokens = part.split()
    return _newsroom_words([t.casefold().strip(".,") for t in tokens]) or _acronym_led(tokens)


def _newsroom_words(folded: list[str]) -> bool:
    """Whether a newsroom's or an organisation's word is among the (casefolded) words, alone,
    ending a compound, or a part of a hyphened one."""
    return any(t in words.NEWSROOM_WORDS or t.endswith(words.NEWSROOM_ENDINGS)
               or ("-" in t and any(p in words.DESK_WORDS for p in t.split("-"))) for t in folded)


def _acronym_led(tokens: list[str]) -> bool:
    """Whether the first of ``tokens`` is an acronym (three capitals or more) and a desk's,
    a beat's or a role's word follows ("CNN Business", "BBC Sport", "CNN Editor-at-large"):
    a surname in capitals before the given name ("YAMADA Taro", "DUPONT Marie") is a
    person's. (A company, "ABC Bank", is no desk: benchmarks credit it as the author where
    its page names no person.)"""
    if len(tokens) < 2 or len(tokens[0]) < ACRONYM_MIN or not tokens[0].isalpha() or not tokens[0].isupper():
        return False
    folded = tokens[1].casefold().strip(".,")
    return any(word in _AFTER_ACRONYM for word in (folded, *folded.split("-")))


#: The words that follow an acronym in an organisation's name or a role's.
_AFTER_ACRONYM = words.NEWSROOM_WORDS | words.BEAT_WORDS | words.ROLE_WORDS


#: An acronym that opens an organisation's name has this many capitals at least ("CNN"; "AJ
#: Smith", "TJ Roe" are people).
ACRONYM_MIN = 3


#: An editor's code beside an agency ("det/dpa") has at most this many letters.
EDITORS_CODE_MAX = 4


def _editors_code(part: str) -> bool:
    """Whether ``part`` is a desk editor's short code in lower case ("det", "jk"), as
    agencies' copy is signed beside the agency's name ("det/dpa")."""
    return part.isalpha() and part.islower() and len(part) <= EDITORS_CODE_MAX


def _from_place(part: str) -> bool:
    """Whether a part after a name opens with a particle in lower case that says where
    from ("da Agência Brasil", "de São Paulo", "do Rio"): a place or a newsroom; a
    person's name opens with a capital ("Ana de la Cruz")."""
    tokens = part.split()
    return len(tokens) > 1 and tokens[0] in words.FROM_PARTICLES and tokens[1][:1].isupper()


def _lower_words(part: str) -> bool:
    """Whether a part after a name is words in lower case alone, in a script with
    capitals ("gastroenterologist", "freie Journalistin" is not): a trade or a role, never a
    person's name after a capitalised one."""
    tokens = part.split()
    return bool(tokens) and all(t.isalpha() and t.islower() and not _caseless(t) for t in tokens) \
        and tokens[0] not in _PARTICLES


#: A name, a slash, then one word: a place or a desk after a byline ("María García / Madrid").
_PLACE_AFTER_SLASH = re.compile(r"^\s*\S+\s+\S.*?\s*/\s*[\w.-]+\s*$")


def _placed(word: str, segment: str) -> bool:
    """Whether ``word`` follows a joiner that also means "in" in ``segment`` ("Ana Pérez
    en Madrid", "Kari Nordmann i Oslo"): a place, not a second person."""
    return re.search(rf"\s(?:{_PLACE_JOINERS})\s+{re.escape(word)}(?![\w-])", segment, re.IGNORECASE) is not None


def _is_role(part: str) -> bool:
    """Whether a part after a name is a job title ("Senior Director", "WCI Columnist",
    "Digital-Security Expert", "Trial Attorney at Example")."""
    folded = [t.casefold().strip(".,") for t in part.split()]
    return any(t in words.ROLE_WORDS or t.rsplit("-", 1)[-1] in words.ROLE_WORDS for t in folded)


_CAPITALS = re.compile(r"[A-Z]{3,}")
_INITIAL_END = re.compile(r"(?:^|\s)(?:\w{1,2}|jr|sr)\.$", re.IGNORECASE)


def _trimmed(part: str) -> str:
    """``part`` without marks at its ends; a final initial keeps its point ("Joe S.",
    "Perry Bacon Jr.")."""
    part = part.strip(" :;,=-–—·*\"'“”„»«›‹<>()[]（）【】→←↗…")
    stripped = part.rstrip(".")
    if stripped != part and _INITIAL_END.search(stripped + "."):
        return stripped + "."
    return stripped.strip()


def _name(part: str, strict: bool, opened: bool = False, strict_words: bool = True) -> str | None:
    part = _PREFIX.sub("", part, count=1) if _PREFIX.match(part) else part
    part = _trimmed(_SUFFIX.sub("", _trimmed(_TAILS.sub("", part))))
    words_of = part.split()
    sentence = _to_sentence_end(words_of)
    if len(sentence) < len(words_of):  # "Finian Example. Example International"
        words_of = sentence[:-1] + [sentence[-1].rstrip(".")]
        part = " ".join(words_of)
    tokens = _without_place(words_of)
    if len(tokens) < len(words_of):  # a place cut off its end
        part = " ".join(tokens)
    if len(tokens) == 1 and is_cjk(part):
        part = tokens[0] = _without_cjk_prefix(part)
    if not part or not 1 <= len(tokens) <= NAME_WORDS or len(part) > 60:
        return None
    # "PTI NEW DELHI" (an agency and its dateline), "Economy Press Trust of India"; an agency
    # after a person's name is the agency's credit ("By JANE DOE Associated Press")
    agency_at = next((i for i in range(len(tokens)) if wire.agency_name(" ".join(tokens[i:]))), None)
    if wire.agency_name(tokens[0]) or (agency_at is not None and agency_at < AGENCY_AFTER_WORDS):
        return None
    if agency_at is not None:
        tokens = tokens[:agency_at]
        part = " ".join(tokens)
    folded = [t.casefold().strip(".,") for t in tokens]
    if folded[-1] in _PREFIX_WORDS or part in _CJK_PREFIXES:
        return None  # "Autorenseite von", "Articles by", "通讯员": a link's label, a byline word alone
    while len(tokens) > 2 and (folded[0] in words.ROLE_WORDS or folded[0] in words.ROLES_AFTER_NAME) \
            and all(t[:1].isupper() for t in tokens[1:]):
        tokens, folded = tokens[1:], folded[1:]  # "Redakteurin Anna Weber", "Senior Editor Jane Doe": her role first
        part = " ".join(tokens)
    if len(tokens) > 2 and folded[-1] in words.ROLES_AFTER_NAME:
        tokens = _without_role(tokens, folded)  # "Jane Doe Senior Tech Reporter"
        if tokens is None:
            return None  # "Example Sports Editor": a desk's beat, no person's name, before the role
        part, folded = " ".join(tokens), folded[:len(tokens)]
    whole = part.casefold()
    if whole in words.NOT_NAMES or whole in words.PLACEHOLDERS or folded[0] in words.NOT_NAMES or "©" in part \
            or _DESK.fullmatch(part) \
            or _DESK_PHRASE.search(part) \
            or (folded[0] in words.ARTICLES and tokens[0][:1].isupper() and len(tokens) > 1) \
            or _newsroom_words(folded) or _acronym_led(tokens):
        return None
    if (strict or (opened and len(tokens) > 1 and strict_words)) and not any(c.isupper() for c in part) \
            and not _caseless(part):
        return None  # "combining these strategies" after a sentence's "By": words, not a name
    if len(tokens) > 1 and folded[-1] in words.ROLES_AFTER_NAME:
        part, tokens = part.rsplit(None, 1)[0], tokens[:-1]  # "Rachel Macdonald Writer"
        while len(tokens) > 2 and tokens[-1].casefold() in words.ROLE_WORDS:
            part, tokens = part.rsplit(None, 1)[0], tokens[:-1]  # "Linda Rosencrance Contributing"
        folded = [t.casefold().strip(".,") for t in tokens]
    roles = len(folded) - next((i for i in range(len(folded), 0, -1) if folded[i - 1] not in words.ROLE_WORDS), 0)
    if roles >= 2 and len(tokens) - roles >= 2:  # "Meghan Neville Content Marketing Coordinator"
        tokens = tokens[:-roles]
        part, folded = " ".join(tokens), folded[:-roles]
    if ":" in part or any(t in words.ROLE_WORDS for t in folded[:-1]):
        return None  # "Design: Scott McDaniel", "Head of Marketing": a credit or a role
    if len(tokens) == 1 and is_cjk(part) and len(part) > CJK_NAME_MAX:
        return None  # "记者从市教育局获悉": a sentence, names in Chinese, Japanese, Korean are short
    if len(tokens) == 1 and part.isupper() and len(part) <= 5:
        return None  # "ARD", "DPA", "JPA": an acronym, a broadcaster's or an editor's initials
    if len(tokens) == 1 and folded[0] in words.WEEKDAY_ABBREVIATIONS:
        return None  # "Sat": a date
    half = len(tokens) // 2
    if len(tokens) in (4, 6) and tokens[:half] == tokens[half:]:
        part, tokens = " ".join(tokens[:half]), tokens[:half]  # "Jane Doe Jane Doe": a name and its link's text
    if "*" in part:
        return None  # "Autor*innen", "Redakteur*innen": a word written for all genders, a label
    if strict_words and _prose(tokens):
        return None
    while len(tokens) > 2 and _CAPITALS.fullmatch(tokens[-1]) and not part.isupper():
        part, tokens = part.rsplit(None, 1)[0], tokens[:-1]  # "Md Aynal Haque RAJSHAHI": the dateline after
    while len(tokens) > 1 and tokens[-1].casefold().strip(".,") in words.POSTNOMINALS \
            and not (tokens[-1][1:].isalpha() and tokens[-1][1:].islower()):
        part, tokens = part.rsplit(None, 1)[0].rstrip(","), tokens[:-1]  # "Cara Dumaplin RN", not "Rui Ma"
    if len(tokens) > 2 and folded[0].rsplit("-", 1)[-1] in words.ROLE_WORDS and "-" in folded[0]:
        part, tokens = part.split(None, 1)[1], tokens[1:]  # "FOCUS-Online-Experte Robin Tschöpe": a title first
    if len(tokens) > 2 and 2 <= len(tokens[0]) <= 3 and tokens[0].isupper() \
            and tokens[0] == "".join(t[:1] for t in tokens[1:]).upper():
        part, tokens = part.split(None, 1)[1], tokens[1:]  # "CM Craig McCarthy": an avatar's initials first
    return part.title() if part.isupper() and not is_cjk(part) else part


#: A word before a sentence's end inside a byline has at least this many letters (not an initial, "Dr.", "St.").
SENTENCE_WORD_MIN = 3


def _to_sentence_end(tokens: list[str]) -> list[str]:
    """A byline's words up to the end of a sentence after the name ("Finian Example.
    Example International": the name, then the publication), not at an initial's point."""
    for i, token in enumerate(tokens[1:-1], start=1):
        word = token[:-1]
        if token.endswith(".") and len(word) >= SENTENCE_WORD_MIN and word.isalpha() and tokens[i + 1][:1].isupper():
            return tokens[: i + 1]
    return tokens


def _without_role(tokens: list[str], folded: list[str]) -> list[str] | None:
    """A name's words without the role after it and the role's beat or rank ("Jane Doe
    Senior Political Reporter" → "Jane Doe"); two words of the name stay. None where a
    beat word is left: a desk's name ("Example Sports Editor"), not a person's."""
    keep = len(tokens) - 1
    while keep > 2 and (folded[keep - 1] in words.BEAT_WORDS or folded[keep - 1] in words.ROLE_WORDS):
        keep -= 1
    if any(word in words.BEAT_WORDS for word in folded[:keep]):
        return None
    return tokens[:keep]


#: Chinese and Japanese byline words of two characters or more ("記者", "责任编辑"), longest first.
_CJK_LONG_PREFIXES = tuple(sorted((p for p in _CJK_PREFIXES if len(p) > 1), key=len, reverse=True))
#: A Chinese or Japanese name after a byline word with no mark between has this many
#: characters ("記者李明").
CJK_GLUED_NAME = (2, 4)


def _without_glued_prefix(piece: str) -> str:
    """``piece`` without a Chinese byline word glued before two names and their joiner
    ("記者王小明與李大華" → "王小明與李大華"), for :data:`_CJK_JOINED` to read."""
    for prefix in _CJK_LONG_PREFIXES:
        if piece.startswith(prefix) and _CJK_JOINED.fullmatch(piece[len(prefix):]):
            return piece[len(prefix):]
    return piece


def _without_cjk_prefix(part: str) -> str:
    """A Chinese or Japanese name without the byline word glued before it ("記者李明" →
    "李明", as Taiwanese papers write "記者李明／台北報導")."""
    for prefix in _CJK_LONG_PREFIXES:
        if part.startswith(prefix) and CJK_GLUED_NAME[0] <= len(part) - len(prefix) <= CJK_GLUED_NAME[1]:
            return part[len(prefix):]
    return part


#: A place after a name has at most this many words ("in New York City").
PLACE_WORDS = 3


def _without_place(tokens: list[str]) -> list[str]:
    """A name's words without the place after it ("Jane Doe in Washington", "Anna Weber
    aus Berlin"): cut at a preposition of :data:`~newsspider.lang.bylines.PLACE_PREPOSITIONS`
    after two words or more, where only capitalised words follow it, at most
    :data:`PLACE_WORDS` of them."""
    for at in range(2, len(tokens) - 1):
        if tokens[at] in words.PLACE_PREPOSITIONS:
            rest = tokens[at + 1:]
            if len(rest) <= PLACE_WORDS and all(t[:1].isupper() for t in rest):
                return tokens[:at]
            break
    return tokens


_PARTICLES = words.LOWER_CASE_PARTICLES | words.NAME_PARTICLES
#: A word in lower case with these is an account's handle ("revamp-it Webteam"), not prose.
_HANDLE_MARKS = re.compile(r"[-_\d]")


def _prose(tokens: list[str]) -> bool:
    """Whether capitalised words mix with words in lower case that no name holds:
    "Atemschutzmaske über Exit-Strategie", "A total of", "Personal finance"."""
    cased = [t for t in tokens if t[:1].isalpha() and not _caseless(t)]
    lower = [t for t in cased if t[:1].islower() and t.casefold() not in _PARTICLES and not _HANDLE_MARKS.search(t)]
    return bool(lower) and len(lower) < len(cased)


_SLUG = re.compile(r"[a-z0-9]+(?:[._-][a-z0-9]+)+")


def is_slug(name: str) -> bool:
    """Whether a name is an account's handle ("edilson.la.rosa", "ganesh-sitaraman"),
    where the page may state the name itself elsewhere."""
    return bool(_SLUG.fullmatch(name))


def same_person(slug: str, name: str) -> bool:
    """Whether ``name`` is the person whose handle is ``slug`` (same letters)."""
    return _LETTERS.sub("", slug.casefold()) == _LETTERS.sub("", name.casefold())


_LETTERS = re.compile(r"[\W_\d]+")


def authors(values: list[Any], exclude: tuple[str, ...] = (), language: str | None = None) -> list[dict[str, str]]:
    """``[{"name": ...}]`` from JSON-LD author values (objects, lists, strings) and byline
    strings; organisations are skipped, duplicates removed. ``language``: the page's, if
    known ("ja": a Person's "山田 太郎" is one name)."""
    names: list[str] = []
    for value in values:
        if isinstance(value, list):
            names.extend(a["name"] for a in authors(value, exclude, language))
            continue
        if isinstance(value, dict):
            kinds = value.get("@type")
            kinds = {str(k).casefold() for k in (kinds if isinstance(kinds, list) else [kinds]) if k}
            if kinds & {"organization", "newsmediaorganization", "corporation"}:
                continue
            value = _turned_round(_fuller_name(value)) or " ".join(
                str(value[k]) for k in ("givenName", "familyName") if isinstance(value.get(k), str))
            if isinstance(value, list):
                names.extend(a["name"] for a in authors(value, exclude, language))
                continue
            if _spaced_cjk_name(value, language):
                names.append(clean(value) or "")  # "山田 太郎": one Person, a family and a given name
                continue
        names.extend(person_names(value, exclude, strict=False))
    return [{"name": n} for n in dedupe(names)]


def _spaced_cjk_name(name: Any, language: str | None) -> bool:
    """Whether a Person's name in Chinese, Japanese or Korean letters, in two words no longer
    than one name, is one person's: a family name of one letter alone first ("王 小明",
    "김 철수"), or a Japanese name (kana in it, or a page in Japanese: "山田 太郎"), as Japanese
    writes a space between the family and the given name. Chinese and Korean write one
    name without a space: "张三 李四", "王小明 李华", "김철수 이영희" are two people."""
    tokens = name.split() if isinstance(name, str) else []
    if len(tokens) != 2 or not _cjk_words(name) or len("".join(tokens)) > CJK_NAME_MAX \
            or any(_without_suffix(t) != t for t in tokens):
        return False
    return len(tokens[0]) == 1 or _KANA.search(name) is not None or (language or "").casefold().startswith("ja")


#: Hiragana and katakana: letters only Japanese writes.
_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa]")


#: A person's name written last name first ("Doe, Jane", "Müller, Anna M."), as catalogues write it.
_TURNED_ROUND = re.compile(r"^\s*([^\W\d_][\w'’-]+),\s+([^\W\d_][\w'’-]*\.?(?:\s+[^\W\d_][\w'’-]*\.?)?)\s*$")


def _turned_round(name: Any) -> Any:
    """A Person's name written last name first put first name first ("Doe, Jane" → "Jane
    Doe"): a structured Person is one person, never a place and its country."""
    found = _TURNED_ROUND.match(name) if isinstance(name, str) else None
    if found is None or not all(part[:1].isupper() for part in found.groups()):
        return name
    return f"{found.group(2)} {found.group(1)}"


#: A profile's description opening with the person's full name: the display name, then
#: one or two capitalised words ("Nils" + "Nils Pickert ist freier Autor ...").
_FULL_NAME_OPENING = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){1,2}")


def _fuller_name(person: dict[str, Any]) -> Any:
    """A Person's ``name``, or the full name its ``description`` opens with when the name
    is one word of it: WordPress writes the account's display name ("Nils") as ``name``
    and the author's profile text ("Nils Pickert ist freier Autor und Journalist.") as
    ``description``. Only capitalised words right after the name count ("Regan is a
    native of ..." keeps "Regan")."""
    name = person.get("name")
    description = person.get("description")
    if not isinstance(name, str) or not isinstance(description, str):
        return name
    name = name.strip()
    if not name or " " in name or not description.startswith(name):
        return name
    opening = _FULL_NAME_OPENING.match(description, len(name))
    if opening is None:
        return name
    surnames = list(itertools.takewhile(lambda word: word[:1].isupper(), opening.group().split()))
    return " ".join([name, *surnames])

