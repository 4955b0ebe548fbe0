"""Bylines on the page itself: the byline blocks near the headline (their texts also
give the wire credit) and the people they name.

Search order, each step only where the one before found nothing:

1. Byline blocks under the headline's region (the story's h1, the one the page's
   title names, its ancestor ``BYLINE_LEVELS`` levels up; the whole page where it
   has no h1): elements marked as bylines or authors (``class*=byline``,
   ``class*=author``, ``itemprop=author``, ``rel=author``, a dateline), else unmarked
   lines a byline word opens, in any language ("By Jane Doe", "Von Anna Weber", "Par
   Loïc Le Clerc", "责任编辑：焦鹏"), or a label alone and the names after it
   (``<h4>Autor</h4><p>Jane Doe</p>``, a magazine's credits: ``<div>Interview</div>
   <div>SVEN MICHAELSEN</div>``). In the first block that names anyone, the
   names of its name elements (``rel=author`` links, ``.fn`` of an hCard,
   ``itemprop=name``, ``.author-name``, links to an author page), else of its text.
   Where the first block credits a desk ("By Example Staff"), only a signature under
   the story's paragraphs that a byline phrase opens ("Written by Jane Doe") is looked
   for, nothing else.
2. Name elements anywhere on the page, outside comments (a blog's author box, a
   Blogger "Posted by" footer, a WordPress ``.author.vcard`` under the post, an
   author's photo and its text, the line a person's icon opens: ``<i class="bi
   bi-person"></i> Jane Doe``).
3. A short line of a date and a person's name near the headline ("11.12.2019 - Jane
   Doe"); the name in the address of a ``<link rel=author>`` (".../author/jane-doe").
4. Lines a byline word opens anywhere else (outside comments and lists of other
   stories): short ones (a blog's "von Daniela Obers" under the story), and longer
   ones marked as bylines ("Von A, B und C, NDR" under a teaser image, away from the h1).
5. The one person whom all links to an author's page name (outside the site's menus,
   footer, sidebars and lists of other stories).

Texts are read with a space between every text node, so that ``<span>AFP</span>
<span>Pyongyang</span>`` and ``<div>4. Nov 2021</div><div>von X</div>`` never glue.
"""

from __future__ import annotations

import html
import re
from copy import deepcopy
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from newsspider.extract import meta, people
from newsspider.extract.boilerplate import AUTHOR_BOX_HEADINGS
from newsspider.extract.fields import clean
from newsspider.extract.page import Elements, Page
from newsspider.lang import bylines as words

BYLINE_LEVELS = 4
#: At most this many copyright lines (the last ones) are read for a personal site's owner.
OWNER_TEXTS_MAX = 6
BYLINE_MAX = people.BYLINE_MAX
#: At most this many byline blocks are read.
BLOCKS_MAX = 6
#: An element's text this short (characters) may be a byline word alone, a label.
LABEL_MAX = 30
#: An element's text this short (characters, its spaces and line breaks in the HTML counted)
#: may be a word alone that labels the author's name after it (:func:`_labels_author`).
LABEL_SPACED_MAX = 80
#: A line a byline word opens far from the headline ("von Daniela Obers" under the
#: story) is read as a byline when it is this short (characters) and nothing else was.
LINE_MAX = 60

#: Class words of a byline's or an author's element.
_MARK_WORDS = ("yline", "uthor", "auteur", "autor", "ateline", "authinfo", "posted-by", "postedby", "submitted",
               "writer", "journalist", "zuozhe", "xiaobian",
               # a reporter's line in other languages (Indonesian, Turkish, Vietnamese)
               "reporter", "penulis", "yazar", "tacgia")
#: The classes of the Redactor text editor ("redactor-styles", "redactor-box"): a wrapper
#: of a story's body or of its parts, not a Spanish or Romanian editor's ("redactor") byline.
_EDITOR_CLASS = r"(?!(?<=redactor)[-_](?:styles|box|editor|in|layer|toolbar|air|component))"
#: A class word of a byline's or an author's element, found anywhere in a class; or one
#: of another language's that opens a class's word (``verfasser``, not ``xverfasser``).
_MARK_CLASS = re.compile("|".join(re.escape(word) for word in _MARK_WORDS)
                         + "|(?<![a-z])(?:" + "|".join(map(re.escape, words.BYLINE_CLASS_WORDS)) + ")"
                         + _EDITOR_CLASS)


def _marked_bylines(elements: Elements, part: slice) -> list[Any]:
    """Elements marked as bylines or authors' (``itemprop=author``, ``rel=author``, an
    id with "yline", a class with a :data:`_MARK_WORDS` word and no credit's word), and
    links to an author's page, in page order. A loop over the elements' attributes: half
    the time of the XPath that tested each word. Each distinct class of the part is tested
    once (:func:`_marks_byline_class`), and the tests of :func:`_bears_byline_mark` are made
    from what :class:`Elements` holds (no ``attrib`` proxy, an attribute read only where
    the element has it): on 400 trafeval pages' whole trees 0.45 -> 0.40 ms a page, the
    same elements (2026-12-05)."""
    classes = elements.classes[part]
    marked = {marks for marks in set(classes) if marks and _marks_byline_class(marks)}
    rows = zip(elements.nodes[part], elements.tags[part], elements.names[part], classes, elements.ids[part])
    return [el for el, tag, keys, marks, mark_id in rows
            if keys and (marks in marked
                         or "itemprop" in keys and el.get("itemprop") == "author"
                         or "rel" in keys and el.get("rel") == "author"
                         or mark_id and _marks_byline_id(mark_id)
                         or tag == "a" and "href" in keys and _links_profile(el))]


def _bears_byline_mark(attrs: Any) -> bool:
    """Whether an element's attributes mark it as a byline or an author's; what
    :func:`_marked_bylines` tests, for an element alone."""
    marks, mark_id = attrs.get("class"), attrs.get("id")
    return bool(marks and _marks_byline_class(marks)) \
        or attrs.get("itemprop") == "author" or attrs.get("rel") == "author" \
        or bool(mark_id and _marks_byline_id(mark_id))


def _marks_byline_class(marks: str) -> bool:
    """Whether a class attribute marks a byline or an author's element (a
    :data:`_MARK_WORDS` word), not a picture's or a quote's credit (``license-author``,
    ``photo-credit-author``)."""
    return _MARK_CLASS.search(marks) is not None and _CREDIT_CLASS.search(marks) is None


def _marks_byline_id(mark_id: str) -> bool:
    """Whether an id marks a byline ("byline") or an author's element ("post-author")."""
    return "yline" in mark_id or "uthor" in mark_id and _ID_AUTHOR.search(mark_id) is not None


#: "author" in an id ("author", "authorInfo", "post-author"), not "authorization", "authority".
_ID_AUTHOR = re.compile("uthor(?!i[tz])")


#: Class words of a picture's or a quote's credit, whose author wrote no story ("license-author").
_CREDIT_CLASS = re.compile("licen[cs]e|credit|copyright|quote|testimonial", re.IGNORECASE)


def _links_profile(el: Any) -> bool:
    """Whether ``el`` is a link to an author's page ("/author/jane-doe", "/Author/Jane-Doe");
    to a newsroom's people's folder ("/staff/jane-doe"), only where the address's last
    part spells the link's text, a person's name ("/staff/newsletters" is a site's page)."""
    href = el.get("href")
    if not href:
        return False
    href = href.lower()
    if not _AUTHOR_FOLDER.search(href):
        return False
    found = _PROFILE_PATH.search(href)
    return found is not None and (found.group(1) not in words.STAFF_PAGE_FOLDERS or _spells_name(found.group(2), el))


def _spells_name(slug: str, el: Any) -> bool:
    """Whether an address's last part spells the name the link's text is: one person's
    name of two words or more, its words in any order, a number after them aside ("jane-doe",
    "doe-jane" or "jane-doe-309429" for "Jane Doe", "Jane Doe, MD"); "Send a tip",
    "Newsletters", "Code of Ethics" name no one."""
    text = text_of(el)
    names = people.person_names(text)
    if len(names) != 1 or any(t in words.TITLE_PARTICLES for t in text.casefold().split()):
        return False
    spelled = sorted(w for w in _SLUG_WORDS.split(slug) if not w.isdigit())
    return len(spelled) > 1 and spelled == sorted(_SLUG_WORDS.split(names[0].casefold()))


#: What parts a slug's or a name's words ("jane-doe", "jane_doe", "Jane Doe").
_SLUG_WORDS = re.compile(r"[\s_.-]+")


#: All folders of people's pages.
_PEOPLE_FOLDERS = (*words.AUTHOR_PAGE_FOLDERS, *words.STAFF_PAGE_FOLDERS)
#: A folder of people's pages in an address, in lower case: a cheap test before
#: :data:`_PROFILE_PATH`: on all links of 400 trafeval pages 0.08 ms a page for both, 0.2
#: ms for :data:`_PROFILE_PATH` alone (0.04 ms when only "/aut" was tested).
_AUTHOR_FOLDER = re.compile("/(?:" + "|".join(re.escape(folder) for folder in _PEOPLE_FOLDERS) + ")/")


#: A newsroom's people's folder in an address, in lower case.
_STAFF_FOLDER = re.compile("/(?:" + "|".join(re.escape(folder) for folder in words.STAFF_PAGE_FOLDERS) + ")/")


#: Elements whose text is a name and nothing else.
_NAME_ELEMENTS = etree.XPath(
    "descendant-or-self::*[@rel or @itemprop or @class or @href]["
    "contains(concat(' ', normalize-space(@rel), ' '), ' author ') or @itemprop='author' "
    "or (@itemprop='name' and ancestor::*[@itemprop='author']) "
    "or contains(concat(' ', normalize-space(@class), ' '), ' fn ') or contains(@class, 'author-name') "
    "or contains(@class, 'author__name') or contains(@class, 'author_name') or contains(@class, 'authorName') "
    "or contains(@class, 'AuthorName') or contains(@class, 'byline__name') or contains(@class, 'byline-name') "
    "or (contains(@class, 'uthor') and contains(@class, 'ame')) "
    "or (self::a and ("
    + " or ".join(f"contains(@href, '/{folder}/')" for folder in (*_PEOPLE_FOLDERS, "profile")) + "))]"
)
#: Class words of the unambiguous name elements anywhere on the page (step 2).
_PAGE_NAME_CLASS = re.compile("author-name|author__name|authorName|post-author|posted-by")
#: "author" as a word of a ``rel`` (split at XML's white space, as XPath's normalize-space).
_REL_AUTHOR = re.compile("(?:^|[ \t\r\n])author(?:[ \t\r\n]|$)")


def _page_walk(page: Page) -> tuple[list[Any], list[tuple[Any, str | None]]]:
    """Name elements anywhere on the page (step 2) and the lines a byline word opens
    anywhere on it (step 4, as :func:`_opened_lines` gives them), from one walk over
    the document; cached on the page. Both are wanted on the same pages (where the
    byline near the headline names no one): one walk instead of two takes a seventh
    less time (1.82 -> 1.55 ms/page on 600 wcxb pages, best of 18 runs each)."""
    if "byline_walk" not in page.cache:
        names: list[Any] = []
        lines: list[tuple[Any, str | None]] = []
        for top in _top_nodes(page.tree):
            _walk(page.elements.rows() if top is page.tree else Elements.of(top).rows(), names,
                  lines if top is page.tree else None,
                  page.cache.setdefault("byline_tails", {}) if top is page.tree else None)
        page.cache["byline_walk"] = names, lines
    return page.cache["byline_walk"]


def _line_text(page: Page, el: Any) -> str:
    """The text of a line of :func:`_page_walk`: the element's, or for a line a byline
    word opens after an element inside a longer block ("...<br>Autor: Jane Doe",
    "<time>03/01/2017</time> by Jane Doe, Reporter"), that line's own text."""
    return page.cache.get("byline_tails", {}).get(el) or text_of(el)


def _top_nodes(tree: Any) -> tuple[Any, ...]:
    """The document's top nodes in page order, whose nodes XPath's ``//`` reads: a
    broken page's parse may leave elements beside the root element (a second ``<html>``)."""
    root = tree.getroottree().getroot()
    return (*reversed(list(root.itersiblings(preceding=True))), root, *root.itersiblings())


def _walk(rows: Any, names: list[Any] | None, lines: list[tuple[Any, str | None]] | None,
          tails: dict[Any, str] | None = None) -> None:
    """Appends to ``names`` the name elements among ``rows`` (:meth:`Elements.rows`: the
    elements with their tags and classes read once a page) (the unambiguous kinds:
    ``rel=author``, ``itemprop=author``, an author's hCard, a class naming an author's
    name or a post's author; a loop over the elements' attributes: a third of the time
    of the XPath it replaces), to ``lines`` the lines a byline word opens (see
    :func:`_opened_lines`); either may be None: not wanted. ``tails`` (None: not
    wanted) gets the lines a byline word opens after an element inside a block
    ("...<br>By Jane Roe"): the block is the line in ``lines``, its text in ``tails``."""
    for el, tag, keys, marks in rows:
        if names is not None and keys:
            marks = marks or ""
            rel = el.get("rel") or "" if "rel" in keys else ""
            if "itemprop" in keys and el.get("itemprop") == "author" or ("uthor" in rel and _REL_AUTHOR.search(rel)) \
                    or ("uthor" in marks and (("author" in marks and "vcard" in marks) or "ame" in marks
                                              or _PAGE_NAME_CLASS.search(marks)) and not _CREDIT_CLASS.search(marks)) \
                    or "posted-by" in marks:
                names.append(el)
            elif tag == "img" and "uthor" in marks and not _CREDIT_CLASS.search(marks):
                names.append(el)  # an author's photo: its text is the name ("<img class=author-image alt=Jane Doe>")
            elif tag == "img" and "avatar" in marks and el.tail and el.tail.strip():
                line = el.getparent()
                if line is not None and not _in_control(line):
                    names.append(line)  # "<p>Dec 26, 2025 • <img class='avatar'> Jane Doe in Travel</p>"
            elif tag in _ICON_TAGS and ("user" in marks or "person" in marks or "author" in marks) \
                    and _PERSON_ICON.search(marks) and not (el.text and el.text.strip()):
                line = el.getparent()
                if line is not None and not _in_control(line):
                    names.append(line)  # "<li><i class='bi bi-person'></i> Jane Doe</li>": a person's icon, the name
        if lines is None:
            continue
        tail = el.tail
        # (white space between elements, most tails and texts, told by isspace() first:
        # no stripped copy made, no test after it)
        if tail and not tail.isspace():
            if tail.lstrip()[:1] in _CJK_FIRST_LETTERS and _CJK_OPENING.match(tail):
                parent = el.getparent()
                if parent is not None and parent.tag not in _SKIP_TAGS:
                    lines.append((parent, None))
            elif tails is not None and tag in _TAIL_LINE_AFTER and _opens_byline(tail):
                parent = el.getparent()
                if parent is not None and parent.tag not in _SKIP_TAGS and parent not in tails:
                    tails[parent] = _tail_line(el)
                    lines.append((parent, tail))
        text = el.text
        if not text or text.isspace():
            continue
        first = text.lstrip()[:2]
        if first[0] in _LEADING_MARKS:
            text = text.lstrip().lstrip(_LEADING_MARKS)  # "| By " before the name's element
            first = text.lstrip()[:2]
        if first and (first[0] >= "\u3000" or first[0] in _CJK_OPEN_MARKS) and len(text) <= LINE_MAX \
                and _CJK_BYLINE.search(text):
            lines.append((el, None))  # "記者 山田太郎", "김철수 기자", "（记者 王小明）": no colon, or the word after
            continue
        if len(text) <= LABEL_SPACED_MAX and len(el) == 0 and _labels_author(text):
            following = el.getnext()
            if following is not None and following.tag in _LINE_TAGS and text_of(following):
                lines.append((following, None))  # "<div>Interview</div><div>SVEN MICHAELSEN</div>"
            continue
        if not _opens_byline(text):
            continue  # most elements: no byline word
        if _CJK_OPENING.match(text):
            lines.append((el, None))
        elif len(text) <= LABEL_MAX and len(el) == 0 and people.LABEL_ONLY.match(text):
            line = _labelled(el)
            if line is not None:
                lines.append((line, None))
        else:
            lines.append((el, text))


#: Elements after which a line a byline word opens may start inside a block: a break, a
#: date, an author's photo ("<time>03/01/2017</time> by Jane Doe", "...<br>Autor: Jane Doe").
_TAIL_LINE_AFTER = {"br", "time", "img", "hr"}


def _opens_byline(text: str) -> bool:
    """Whether a byline word opens ``text``: its first letters first (most texts fail
    there), then the regex. :func:`_walk` asks it of every element's text and of the
    tails after breaks; the walk was 1.5-3% faster with the test written out in its
    loop (400 trafeval pages), not worth two copies of it."""
    first = text.lstrip()[:2]
    return bool(first) and first[:1].casefold() in people.BYLINE_FIRST_LETTERS and (
        not first.isascii() or first.lower() in people.BYLINE_FIRST_TWO
        or first[:1].lower() in people.BYLINE_FIRST_TWO) and people.BYLINE_START.match(text) is not None


def _labels_author(text: str) -> bool:
    """Whether ``text`` is a word alone that labels the author's name after it, a colon
    aside ("Interview", "Reportage:"; :data:`words.AUTHOR_LABELS`). Asked of every short
    text of an element without children that :func:`_walk` reads (139 a page on
    trafeval): a set's look-up, under 0.05 ms a page."""
    return text.strip().rstrip(":：").rstrip().casefold() in words.AUTHOR_LABELS


def _tail_line(el: Any) -> str:
    """The line that opens after ``el`` in its block: its tail and the texts after it
    up to the next break ("Autor: <a>Jane Doe</a><br>Foto: ..." → "Autor: Jane Doe")."""
    parts = [el.tail or ""]
    for following in el.itersiblings():
        if not isinstance(following.tag, str) or following.tag in ("br", "hr", "p", "div"):
            break
        parts.append(text_of(following))
        if following.tail:
            parts.append(following.tail)
    return clean(" ".join(parts)) or ""


#: Elements that draw an icon.
_ICON_TAGS = {"i", "span", "svg", "em"}
#: An icon font's class of a person, an account or an author ("fa fa-user", "bi bi-person",
#: "icon-user", "dashicons-admin-users"): before a byline's name in a post's meta line.
_PERSON_ICON = re.compile(r"(?:fa|fas|far|bi|icon|glyphicon|dashicons|ion|ti|la|mdi)-(?:admin-)?(?:user|person|author)"
                          r"(?:s|-alt|-circle|-o|-fill)?(?![\w-])")
#: A person's icon in one of these is a button, a menu or a link to an account ("Log in", "Mein Konto").
_NOT_ICON_LINES = {"a", "button", "label", "nav", "form", "select"}
#: Class or id words of a menu or a reader's account box, where a person's icon is the reader's.
_ACCOUNT_MARKS = ("dropdown", "menu", "navbar", "login", "logout", "log-in", "signin", "sign-in", "account", "konto",
                  "profile-nav", "user-nav", "usernav")
#: A person's icon is looked for in a button, a menu or a link this many levels up.
ICON_LEVELS = 4


def _in_control(line: Any) -> bool:
    """Whether a person's icon's line is (in) a button, a menu or a link to an account
    (or the page's body: no line)."""
    if line.tag in _SKIP_TAGS:
        return True
    for _ in range(ICON_LEVELS):
        if line is None or line.tag in ("body", "html"):
            return False
        marks = f"{line.get('class') or ''} {line.get('id') or ''}".casefold()
        if line.tag in _NOT_ICON_LINES or any(word in marks for word in _ACCOUNT_MARKS):
            return True
        line = line.getparent()
    return False


#: Words before the person's name in an author photo's text ("Headshot of Jane Doe, a lawyer").
_PHOTO_OF = re.compile(r"^\s*(?:headshot|photo|picture|portrait|image|avatar|foto|bild)\s+(?:of|von|de|di)\s+",
                       re.IGNORECASE)


def _photo_names(img: Any, exclude: tuple[str, ...]) -> list[str]:
    """The person an author's photo shows by its text ("Jane Doe", "Headshot of Jane
    Doe, a New York lawyer"): one of two to four words, the text before a comma."""
    alt = _PHOTO_OF.sub("", (img.get("alt") or "").split(",", 1)[0])
    names = people.person_names(alt, exclude, lower_opened=False)
    return names if len(names) == 1 and 2 <= len(names[0].split()) <= 4 else []


#: Marks a byline word may follow in its element ("<span>| By </span><span>Jane Doe</span>",
#: a separator kept for screen readers after the section's name).
_LEADING_MARKS = "|·•–—-"

def _cases(phrase: str) -> tuple[str, ...]:
    """A byline phrase of the table (lower case) as a line may open with it."""
    return phrase, phrase[:1].upper() + phrase[1:], phrase.upper()


#: Lines a byline word opens (step 3); the first predicate is a cheap filter.
_OPENERS = ("By", "BY", "Von", "VON", "Par", "PAR", "Por", "POR", "Di", "Av", "Af", "Door", "Text:", "Autor:",
            "Autorin:", "Auteur", "Author:", "Posted by", "Written by", "Geschrieben von", "Verfasst von",
            "Escrito por", "Scritto da", "Publié par", "Veröffentlicht von", "Erstellt von",
            # every phrase of the byline words' table ("Skrevet av", "A cura di", "Ditulis oleh") but
            # an author page's link label, and every word of it with its colon ("Tekst:", "Yazar:"),
            # in their first letter's cases
            *dict.fromkeys(variant for phrase in people.WORD_PREFIXES if phrase not in words.AUTHOR_PAGE_LABELS
                           for variant in _cases(phrase if " " in phrase else phrase.rstrip(":") + ":")),
            # the words that open a byline with no colon ("بقلم", "Oleh"), in their first letter's cases
            *(variant for word in (*words.OPEN_WITHOUT_COLON, *words.FULL_NAME_PREFIXES)
              if word not in words.MARKED_ONLY_PREFIXES for variant in _cases(word)))


def _opener(word: str) -> str:
    """An opener as a regex: its colon after a space or none ("Texte : X", French
    typography's, as "Texte: X"), full width too."""
    return re.escape(word[:-1]) + "\\s*[:：]" if word.endswith(":") else re.escape(word)


#: The first text of an element that a byline word opens: "By", "By Jane Doe".
_OPENING = re.compile("^\\s*(?:" + "|".join(map(_opener, _OPENERS)) + ")(?:\\s*[:：])?(?:\\s|$)")
#: A Chinese or Japanese byline word and its colon ("责任编辑：焦鹏"), in an element's text
#: or after an element (a page's icons before it): one character alone ("文") is a word.
_CJK_OPENING = re.compile(
    "^\\s*(?:" + "|".join(re.escape(o) for o in words.BYLINE_PREFIXES["zh"] if len(o) > 1) + ")\\s*[:：]")
_CJK_FIRST_LETTERS = frozenset(o[:1] for o in words.BYLINE_PREFIXES["zh"])
#: Marks that open a Chinese, Japanese or Korean byline ("（记者 王小明）", "[서울=뉴시스] 김철수 기자 =").
_CJK_OPEN_MARKS = "（(【[〔"
#: A Chinese, Japanese or Korean byline without a colon: a byline word of two characters
#: or more, a space or a slash, the name ("記者 山田太郎", "文／王小明" with its slash), or
#: the name, then a reporter's title ("김철수 기자", "山田太郎記者"), then the line's end or a mark;
#: or the byline word glued to a name or two joined, then a mark or the line's end
#: ("【記者王小明／台北報導】", "記者王小明與李大華").
_CJK_BYLINE = re.compile(
    r"(?:^|[\s（(【\[\]】）)=])(?:(?:" + "|".join(re.escape(o) for o in words.BYLINE_PREFIXES["zh"] if len(o) > 1)
    + r")(?:\s*[:：／/・|｜]\s*|\s+)|文\s*[／/・|｜:：]\s*)[^\W\d_]"
    r"|(?:^|[\s（(【\[])(?:" + "|".join(re.escape(o) for o in words.BYLINE_PREFIXES["zh"] if len(o) > 1)
    + r")[\u4e00-\u9fff]{2,4}(?:[" + "".join(words.CJK_GLUED_JOINERS) + r"][\u4e00-\u9fff]{2,4})?"
    r"\s*(?:$|[／/）)】\]|｜])"
    r"|[^\W\d_]{2,}\s*(?:" + "|".join(re.escape(s) for s in words.BYLINE_SUFFIXES)
    + r")\s*(?:$|[=）)】\]/／|｜,，]|\s+[\w.+-]+@)")  # "홍길동 기자 hong@example.co.kr": the address after
#: A byline's phrase ("Written by", "Geschrieben von"), not a word alone, in any case.
_PHRASE_OPENING = re.compile(
    "^\\s*(?:" + "|".join(re.escape(o) for o in _OPENERS if " " in o) + ")\\s", re.IGNORECASE)
#: A byline word and its colon, then the names ("Autor: Jane Doe"), in any case.
_LABEL_OPENING = re.compile(
    "^\\s*(?:" + "|".join(re.escape(o) for o in dict.fromkeys(o.rstrip(":") for o in _OPENERS)) + ")\\s*[:：]\\s*\\S",
    re.IGNORECASE)
_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
#: The same in any case, for short lines under the story ("von Daniela Obers").
_OPENING_ANY_CASE = re.compile(_OPENING.pattern, re.IGNORECASE)


def _opened_lines(lines: list[tuple[Any, str | None]], opening: re.Pattern[str]) -> list[Any]:
    """The elements of ``lines`` whose own first text a byline word opens (a regex on
    each element's text: a fifth of the time of the XPath that tested each opener);
    where that text is the byline word alone, a label (``<h4>Autor</h4><p><a>Jane
    Doe</a></p>``, ``<h5>Autor:</h5>Jane Doe``), the line that holds the label and the
    names. ``lines`` holds each line with the text ``opening`` must still match (None:
    a label's line or a Chinese or Japanese byline word, in any case)."""
    return [el for el, text in lines if text is None or opening.match(text)]


#: An author's page's address, in lower case: its folder and its name's part, the last
#: but for the page's number where one follows ("/contributor/Jane-Doe/9347686").
_PROFILE_PATH = re.compile(rf"/({'|'.join(_PEOPLE_FOLDERS)})/([^/?#]+)(?:/\d+)?/?(?:[?#].*)?$")
#: A form's or a table's text ("Sort by", "Filter by Event Type"), never a byline.
_CONTROL_TAGS = {"option", "button", "label", "select", "th", "td", "h2", "h3", "h4", "a"}
#: Elements that stand on a line of their own.
_LINE_TAGS = {"div", "p", "li", "dd", "address"}
_INLINE_TAGS = {"span", "a", "b", "strong", "em", "i", "small", "address", "time", "font"}
#: A byline inside a link or a list item is another story's (a teaser's card).
_TEASER_TAGS = {"a", "li"}
_SKIP_TAGS = {"body", "html", "article", "main", "meta", "script", "style", "img", "link", "noscript"}
#: Ancestors' class or id words of comments and lists of other stories.
_COMMENTS = ("comment", "respond", "reply", *words.COMMENT_MARKS)
_ELSEWHERE = (*_COMMENTS, "related", "sidebar", "recommend", "teaser", "popular")
#: Ancestors' class or id words of a picture's credit ("license-author", "photo-credit").
_CREDITS = ("licen", "credit", "copyright")
#: Where a byline block is none: in comments, in a picture's credit.
_NOT_BYLINES = (*_COMMENTS, *_CREDITS)
#: Ancestors' class words of a fact checker's or a reviewer's name beside the author's.
_OTHER_ROLES = ("fact_check", "fact-check", "factcheck", "reviewer", "reviewed", "editor")
#: Where a name element on the page is not the author's: elsewhere, or another role's box.
_NOT_THE_AUTHORS = (*_ELSEWHERE, *_OTHER_ROLES, *_CREDITS)


def region(page: Page) -> Any:
    """Where the byline is looked for: around the story's h1, the whole page without one."""
    found = _story_h1(page)
    if found is None:
        return page.tree
    found = _out_of_breadcrumbs(found)
    for _ in range(BYLINE_LEVELS):
        parent = found.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        found = parent
    return found


#: Levels above an h1 where the breadcrumbs' list holding it may be (``ol > li > h1``).
BREADCRUMB_LEVELS = 3


def _out_of_breadcrumbs(h1: Any) -> Any:
    """The breadcrumbs' list where the story's h1 is its last item (``<ol
    class="breadcrumbs"><li>...</li><li><h1>The story</h1></li></ol>``), else the h1: the
    byline is that far from the list, as from an h1 of its own."""
    found = h1
    for level, ancestor in enumerate(h1.iterancestors()):
        if level == BREADCRUMB_LEVELS:
            break
        if ancestor.tag in ("ol", "ul", "nav", "li") \
                and "breadcrumb" in f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}".lower():
            found = ancestor
    return found


def _story_h1(page: Page) -> Any:
    """The story's h1: of those whose text the page's title holds (or that holds it), the
    longest (a logo's h1 holds the site's name, which the title also holds), else the
    first outside the navigation; a menu's "Navigation" h1 comes first on some pages.
    None without an h1. Cached: asked three times a page (the region, the blocks, the
    name elements), each time reading every h1's ancestors and text: 0.09 ms a trafeval
    page of ``extract()``'s 7.7 (sampled profile, 2026-12-05)."""
    if "story_h1" not in page.cache:
        page.cache["story_h1"] = _find_story_h1(page)
    return page.cache["story_h1"]


def _find_story_h1(page: Page) -> Any:
    head = meta.head(page)
    outside_nav = [h1 for h1 in head.h1s if not any(a.tag == "nav" for a in h1.iterancestors())] or head.h1s
    if not outside_nav:
        return None
    title = (head.first("og:title", "twitter:title") or head.title or "").casefold()
    if title:
        in_title = [(len(text), h1) for h1 in outside_nav
                    if len(text := text_of(h1).casefold()) > 3 and (text in title or title in text)]
        if in_title:
            return max(in_title, key=lambda length_and_h1: length_and_h1[0])[1]
    return outside_nav[0]


def text_of(el: Any) -> str:
    """The element's text, a space between every text node, white space folded. (The
    empty texts left out by ``filter``, in C: no Python frame per text node.)"""
    return clean(" ".join(filter(None, el.itertext()))) or ""


def byline_blocks(page: Page) -> list[Any]:
    """Byline blocks near the headline (outermost, in page order): marked ones, else
    lines a byline word opens, else short lines a byline word in lower case opens
    (one walk for both). Cached on the page."""
    if "byline_blocks" not in page.cache:
        elements = page.elements
        where, h1 = elements.within(region(page)), _story_h1(page)
        found = _blocks(_marked_bylines(elements, where), marked=True, h1=h1)
        page.cache["byline_marked"] = bool(found)
        if not found:
            lines: list[tuple[Any, str | None]] = []
            _walk(elements.rows(where), None, lines)
            found = _blocks(_opened_lines(lines, _OPENING), marked=False, h1=h1) \
                or _short_blocks(_opened_lines(lines, _OPENING_ANY_CASE), h1)
        page.cache["byline_blocks"] = found
    return page.cache["byline_blocks"]


def byline_texts(page: Page) -> list[str]:
    """The texts of :func:`byline_blocks` (for the wire credit)."""
    return [text for el in byline_blocks(page) if (text := text_of(el))]


def block_authors(page: Page, exclude: tuple[str, ...] = (), opened: bool = False) -> list[dict[str, str]]:
    """The people the byline near the headline names (step 1 of the module's order);
    ``opened``: only in a block a byline word opens ("By ...", "Autor: ...")."""
    blocks = byline_blocks(page)
    marked = page.cache["byline_marked"]
    for block in blocks:
        text = text_of(block)
        if opened and not people.is_opened(text):
            continue
        names = _names_in(block, exclude, marked, page.url)
        if names:
            return [{"name": n} for n in names]
        if people.credits_desk(text) and not _elsewhere(block):
            page.cache["byline_desk"] = True
            break  # "By Example Staff": the story's byline, the bylines after it are other stories'
    return []


def byline_authors(page: Page, exclude: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """The people the page's byline names (see the module's search order), a first name
    alone completed where the page gives the full name (:func:`fuller_names`)."""
    return fuller_names(page, _byline_authors(page, exclude), exclude)


def _byline_authors(page: Page, exclude: tuple[str, ...]) -> list[dict[str, str]]:
    found = block_authors(page, exclude)
    if found:
        return found
    if page.cache.get("byline_desk"):
        return _signed_under_desk(page, exclude)
    name_elements, lines = _page_walk(page)
    tails = page.cache["byline_tails"]
    h1 = _story_h1(page)
    for el in name_elements:
        if (el.tag not in _SKIP_TAGS or el.tag == "img") and not _elsewhere(el, _NOT_THE_AUTHORS) and not _in_card(el) \
                and not _in_card_list(el, h1) and not _labelled_other_role(el):
            names = _photo_names(el, exclude) if el.tag == "img" else _names_in(el, exclude, url=page.url)
            if names:
                return [{"name": n} for n in names]
    names = _dated_line_names(page, exclude)
    if names:
        return [{"name": n} for n in names]
    for href in meta.head(page).links.get("author", ()):
        names = people.person_names(_profile_name(href), exclude, strict=False)
        if names:
            return [{"name": n} for n in names]
    for el in _opened_lines(lines, _OPENING_ANY_CASE):
        text = _line_text(page, el)
        in_block = el in tails  # a line inside a block, after a break or a date: its text alone
        # a longer line is a byline where its markup says so ("Von A, B und C, NDR" under a
        # teaser image, away from the h1), outside teasers' cards and other roles' boxes
        marked = not in_block and LINE_MAX < len(text) <= BYLINE_MAX and _is_marked(el) \
            and not any(a.tag in _TEASER_TAGS for a in el.iterancestors())
        short = len(text) <= LINE_MAX or (in_block and _short_with_role(text))
        if (short or marked) and (el.tag not in _CONTROL_TAGS or _heading_byline(el, text)) \
                and not _elsewhere(el, _NOT_THE_AUTHORS if marked else _ELSEWHERE) \
                and not any(a.tag == "a" for a in el.iterancestors()):  # a teaser's card links to its story
            names = _names_in(el, exclude, url=page.url) if marked else people.person_names(text, exclude, lower_opened=False)
            if _full_names(names):  # "By Role": a filter's label
                return [{"name": n} for n in names]
    name = _sidebar_author(name_elements, exclude, page.url) or _profile_link_name(page, exclude) \
        or _signature_name(page, exclude) or _headed_box_name(page, exclude) or _bio_name(page, exclude) \
        or _owner_name(page)
    return [{"name": name}] if name else []


def _signed_under_desk(page: Page, exclude: tuple[str, ...]) -> list[dict[str, str]]:
    """Where the byline under the headline credits a desk ("By Team Example"), the person
    a short paragraph a byline phrase opens under the story's paragraphs names ("<p>Written
    by Jane Doe</p>" after its last paragraph, :func:`_after_story`: the desk posted it,
    she wrote it); no other person's name elsewhere on the page is the author (a
    sidebar's, a list's of other stories)."""
    around = region(page)
    for el in _opened_lines(_page_walk(page)[1], _PHRASE_OPENING):
        text = _line_text(page, el)
        if el.tag == "p" and len(text) <= LINE_MAX and _after_story(el) and any(a is around for a in el.iterancestors()) \
                and not _elsewhere(el, _NOT_THE_AUTHORS):
            names = people.person_names(text, exclude, lower_opened=False)
            if _full_names(names):
                return [{"name": n} for n in names]
    return []


#: Where a name element in a sidebar is not the author's: comments, other stories, other roles.
_NOT_THE_SIDEBARS_AUTHOR = tuple(word for word in _NOT_THE_AUTHORS if word != "sidebar")


def _sidebar_author(name_elements: list[Any], exclude: tuple[str, ...], url: str) -> str | None:
    """The person an author's box in the story's sidebar names (``<aside
    class="story-sidebar"><div class="author-name">Jane Doe</div>``, an author card's
    photo), where the name elements of the page's sidebars name one person in full and
    no one else (a sidebar's list of other stories' authors names several)."""
    found: set[str] = set()
    for el in name_elements:
        if (el.tag in _SKIP_TAGS and el.tag != "img") or _in_card(el) \
                or not _elsewhere(el, _NOT_THE_AUTHORS) or _elsewhere(el, _NOT_THE_SIDEBARS_AUTHOR):
            continue  # not in a sidebar: read (or refused) before
        names = _photo_names(el, exclude) if el.tag == "img" else _names_in(el, exclude, url=url)
        found.update(n for n in names if len(n.split()) > 1)
        if len(found) > 1:
            return None
    return next(iter(found), None)


def _short_with_role(text: str) -> bool:
    """Whether a line is a short byline and the role after its comma ("by Jane Doe,
    Candidate Representative to the Liaison Committee"): a byline's length in all."""
    return len(text.split(",", 1)[0]) <= LINE_MAX and len(text) <= BYLINE_MAX


#: A bio's opening: a name of two to four capitalised words, then the verb of :data:`words.BIO_VERBS`.
_BIO_OPENING = re.compile(r"((?:[^\W\d_][\w'’.-]*\s+){0,3}[^\W\d_][\w'’-]*)\s+(?:"
                          + "|".join(re.escape(verb) for verb in words.BIO_VERBS) + r")\s+\w")
#: An author's bio's paragraph is at most this long (characters).
BIO_MAX = 800


def _bio_name(page: Page, exclude: tuple[str, ...]) -> str | None:
    """The person an author's box names (after the story or in its sidebar): their name
    alone in an element (a heading, a bold line, a photo's text), then a paragraph of
    their bio that opens with it ("<h4>Jane Doe</h4><p>Jane Doe is a travel writer
    ...</p>"); the name twice, a box's and a bio's, is no passing mention."""
    for p in page.tree.iter("p"):
        lead = p.text if p.text and p.text.strip() else (p[0].text if len(p) and isinstance(p[0].tag, str) else None)
        if not lead or not lead.lstrip()[:1].isupper() or not _in_author_box(p):
            continue  # "<h3>Example Movers</h3><p>Example Movers is a ...": a list's entry
        text = text_of(p)
        found = _BIO_OPENING.match(text)
        if found is None or len(text) > BIO_MAX or _elsewhere(p, _NOT_THE_SIDEBARS_AUTHOR):
            continue
        name = found.group(1)
        if people.person_names(name, exclude, lower_opened=False) == [name]:
            named = _named_before(p, name)
            if named is not None and " " in named and people.person_names(named, exclude, lower_opened=False) == [named]:
                return named  # a first name alone names no one: "<h3>Jane</h3><p>Jane is ...</p>"
    return None


#: An author's box's heading alone ("About the author", "Über den Autor", "À propos de
#: l'auteur"; the table of :mod:`boilerplate`, which drops the box from the story's text).
_BOX_HEADING = re.compile(rf"^\s*(?:{'|'.join(f'(?:{h})' for hs in AUTHOR_BOX_HEADINGS.values() for h in hs)})\s*:?\s*$",
                          re.IGNORECASE)
_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6", "strong", "b")
#: A box's heading is this short (characters).
BOX_HEADING_MAX = 40


def _headed_box_name(page: Page, exclude: tuple[str, ...]) -> str | None:
    """The person an author's box with no markup names under its heading ("<h3>About the
    author</h3><p>Jane Doe</p>", "<h4>Über den Autor</h4><p>Thomas Weber ist Redakteur
    ...</p>", "<b>About the author:</b> Jane Doe is ..."): the first text after the
    heading, a name alone or a bio that opens with one (:data:`_BIO_OPENING`). Read only
    where nothing else named anyone: 0.2 ms a page on trafeval were it read on every page."""
    for heading in page.tree.iter(_HEADING_TAGS):
        text = text_of(heading)
        if not text or len(text) > BOX_HEADING_MAX or not _BOX_HEADING.match(text) or _elsewhere(heading, _COMMENTS):
            continue
        after = _text_after(heading)
        if after is None:
            continue
        found = _BIO_OPENING.match(after)
        name = found.group(1) if found else after
        if people.person_names(name, exclude, lower_opened=False) == [name] and 1 < len(name.split()) <= 4:
            return name
    return None


def _text_after(heading: Any) -> str | None:
    """The first text after ``heading``: its tail, else that of the first element with text
    after it or after the box it alone fills (:func:`_following_text_box`): the text of the
    first element in it with text of its own ("<p><b>Jane Doe</b> is ...": the bold's)."""
    if heading.tail and heading.tail.strip():
        return clean(heading.tail)
    following = _following_text_box(heading, text_of(heading))
    if following is None:
        return None
    return next((text_of(el) for el in following.iter(etree.Element) if el.text and el.text.strip()), None)


#: Class or id words of an author's box ("author-card", "post-author-bio", "about-the-author").
_AUTHOR_BOX_MARKS = ("uthor", "autor", "auteur", "bio", "about")
#: An author's box is looked for this many levels up from a bio's paragraph.
AUTHOR_BOX_LEVELS = 4


def _in_author_box(p: Any) -> bool:
    """Whether ``p`` sits in an element marked as an author's box (:data:`_AUTHOR_BOX_MARKS`)."""
    for level, box in enumerate(p.iterancestors()):
        if level >= AUTHOR_BOX_LEVELS or box.tag in ("body", "html"):
            return False
        marks = f"{box.get('class') or ''} {box.get('id') or ''}".casefold()
        if any(word in marks for word in _AUTHOR_BOX_MARKS):
            return True
    return False


def _named_before(p: Any, name: str) -> str | None:
    """The name an element before ``p`` in its box (its parent's or grandparent's) holds
    alone, as its text or a photo's: ``name``, or the full name a bio's first name alone
    opens ("<h3>Jane Doe</h3><p>Jane is a travel writer ...</p>"); None."""
    box = p.getparent()
    for _ in range(2):
        if box is None or box.tag in ("body", "html"):
            return None
        for el in box.iter(etree.Element):
            if el is p:
                break
            for text in (clean(el.text or "") or "", clean(el.get("alt") or "") or "" if el.tag == "img" else ""):
                if el is not box and (text == name or " " not in name and el.tag in _FULL_NAME_TAGS
                                      and _opens_full_name(text, name)):
                    return text
        box = box.getparent()
    return None


#: Elements that give a bio's person's full name above the first name it opens with: a
#: heading, a bold line, a photo ("<a>Freewrite Accessories</a>" in a footer's list above
#: "Freewrite is brought to you by ..." is a link).
_FULL_NAME_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "strong", "b", "img"})


def _opens_full_name(text: str, first: str) -> bool:
    """Whether ``text`` is a full name (two to four words) that ``first`` opens."""
    return text.startswith(first + " ") and 2 <= len(text.split()) <= 4


#: Tags that set a signature's name apart from the story's text.
_EMPHASIS_TAGS = ("b", "strong", "i", "em")
#: A story's paragraph before a signature is at least this long (characters).
SIGNED_PARAGRAPH_MIN = 200
#: A signature follows a story's paragraph among this many paragraphs before it (a book's
#: or a show's details may stand between: "<p><b>Jane Roe: A Title</b><br>Publisher, 816 pages</p>").
SIGNED_AFTER = 3
#: A dash that opens a signature's line ("— Jane Doe", "– Jane Doe").
_SIGNATURE_DASH = re.compile(r"^\s*[—–]\s*")


def _signature_name(page: Page, exclude: tuple[str, ...]) -> str | None:
    """The person who signs the story under its last paragraph, a paragraph of their
    name alone (their role after a comma aside: "Jane Doe, Reporter"), set in bold or
    italics, after a dash or as it is (``<p>...story...</p><p><b><i>Jane Doe</i></b></p>``,
    as German papers sign; "<p>— Jane Doe</p>", "<p>Jane Doe</p>"): the last of its
    block, nothing after it ("<p><b>Weitere Informationen</b></p><ul>..." heads a list),
    a story's paragraph among the paragraphs before it (:data:`SIGNED_AFTER`); looked for
    around the headline (:func:`region`), not in the site's footer."""
    for p in region(page).iter("p"):
        text = _signature_text(p)
        if text is None or not _after_story(p) or (p.tail and p.tail.strip()) \
                or any(isinstance(following.tag, str) and text_of(following) for following in p.itersiblings()):
            continue
        name, _, role = text.partition(", ")
        names = people.person_names(text, exclude, lower_opened=False)
        if names == [name] and 1 < len(name.split()) <= 3 and (not role or _is_role(role)) \
                and not _elsewhere(p, _NOT_THE_AUTHORS):
            return name
    return None


def _is_role(text: str) -> bool:
    """Whether ``text`` is a job's words alone ("Reporter", "Staff Writer", "Redakteurin"), as
    after a signature's name and its comma; "a teacher" or "London" is no role."""
    folded = text.casefold().split()
    return bool(folded) and len(folded) <= 3 and folded[-1] in _ROLES and all(w in _ROLES or w == "staff" for w in folded)


#: A job's words after a name.
_ROLES = words.ROLE_WORDS | words.ROLES_AFTER_NAME


def _signature_text(p: Any) -> str | None:
    """A paragraph's text where it may be a signature: one bold or italic element alone,
    a line a dash opens ("— Jane Doe"), a short text alone ("Jane Doe", "Jane Doe,
    Reporter"); None else."""
    if len(p) == 1 and p[0].tag in _EMPHASIS_TAGS and not (p.text and p.text.strip()) \
            and not (p[0].tail and p[0].tail.strip()):
        return text_of(p)
    lead = p.text if p.text and p.text.strip() else (p[0].text if len(p) == 1 and p[0].tag in _EMPHASIS_TAGS else None)
    if lead and _SIGNATURE_DASH.match(lead):
        return _SIGNATURE_DASH.sub("", text_of(p))
    if len(p) == 0 and p.text and len(p.text) <= LINE_MAX:
        return clean(p.text)  # "<p>Jane Doe</p>", "<p>Jane Doe, Reporter</p>"
    return None


def _after_story(p: Any) -> bool:
    """Whether ``p`` follows paragraphs, a story's among the :data:`SIGNED_AFTER` before it."""
    for count, previous in enumerate(p.itersiblings(preceding=True)):
        if count >= SIGNED_AFTER or previous.tag != "p":
            return False
        if len(text_of(previous)) >= SIGNED_PARAGRAPH_MIN:
            return True
    return False


#: Marks of a copyright line ("© 2025 Jane Doe. All rights reserved."), where a site states
#: who holds it (a blog's title is as often a made-up name: "Restless Meanderer"). Found in
#: the HTML's end (the footer's) with ``str.rfind``: 0.1 ms a page, where a tree walk took
#: 1.5 ms and a regex over the whole HTML 1.7 ms (trafeval).
_COPYRIGHT_MARKS = ("©", "&copy;", "&#169;", "&#xa9;", "opyright", "OPYRIGHT", "(c)", "(C)")
#: The copyright lines are looked for in this many last characters of the HTML.
OWNER_TAIL = 40_000
#: A copyright line's text is read this far (characters) after its mark, to the next tag.
OWNER_LINE = 100


def _owner_name(page: Page) -> str | None:
    """The person a personal site is, where nothing else names the story's author: the
    name its address spells ("tobyhede.com") in its name (``og:site_name``) or its
    footer's copyright line ("© 2025 Toby Hede. All rights reserved.")."""
    host = urlsplit(page.url).hostname or ""
    source = page.html
    start = max(0, len(source) - OWNER_TAIL)
    found: list[int] = []
    for mark in _COPYRIGHT_MARKS:
        at = source.rfind(mark, start)
        while at != -1 and len(found) < 4 * OWNER_TEXTS_MAX:
            found.append(at)
            at = source.rfind(mark, start, at)
    texts = [html.unescape(source[at:at + OWNER_LINE].split("<", 1)[0]) for at in sorted(found, reverse=True)]
    return people.owner_name(texts[:OWNER_TEXTS_MAX], host,
                             lambda: " ".join(t for p in page.tree.iter("p", "li") for t in p.itertext()))


#: Elements that hold a line of a date and a name near the headline.
_DATED_LINE_TAGS = ("p", "small", "span", "div", "time")
#: The page's links (step 5 keeps those to an author's page: :func:`_profile_links`).
_LINKS = etree.XPath("//a[@href]")
#: Where links to authors' pages name other people: the site's menus, its footer, a sidebar.
_FRAME_TAGS = {"nav", "header", "footer", "aside"}


def _profile_link_name(page: Page, exclude: tuple[str, ...]) -> str | None:
    """The person the page's links to an author's page name ("/blog/authors/jane-doe"
    around an avatar and "Jane Doe"), where they all name the same one and none sits in
    the site's frame or a list of other stories: several people are other stories'."""
    found: set[str] = set()
    for link in _profile_links(page):
        if not _links_profile(link) or _elsewhere(link, _NOT_THE_AUTHORS) \
                or any(a.tag in _FRAME_TAGS for a in link.iterancestors()) or _labelled_other_role(link):
            continue
        names = people.person_names(text_of(link) or link.get("aria-label") or "", exclude, lower_opened=False)
        found.update(n for n in names if len(n.split()) > 1)
        if len(found) > 1:
            return None
    return next(iter(found), None)


def _profile_links(page: Page) -> list[Any]:
    """The page's links whose address holds a folder of people's pages (as it is
    written: "/author/", not "/Author/"), in page order. Every link's address tested by
    one regex (:data:`_AUTHOR_FOLDER`), not an XPath's ``contains()`` a folder, which
    read each link's address once a folder (22): 0.85 -> 0.14 ms a page on 400 trafeval pages,
    same links (``_profile_link_name`` ran on 360 of 949 trafeval pages at ~1 ms each)."""
    return [link for link in _LINKS(page.tree) if _AUTHOR_FOLDER.search(link.get("href"))]


def _dated_line_names(page: Page, exclude: tuple[str, ...]) -> list[str]:
    """The person a short line near the headline names after its date ("11.12.2019 -
    Jane Doe" under the h1, "04.02.2022 | 13:10 Uhr | Jane Doe" over it)."""
    where = region(page)
    if where is page.tree:
        return []
    for el in where.iter(_DATED_LINE_TAGS):
        lead = el.text if el.text and el.text.strip() else _first_child_text(el)
        if lead and people.starts_with_date(lead):
            text = text_of(el)
            if len(text) <= LINE_MAX and not _elsewhere(el):
                names = people.dated_name(text, exclude)
                if names:
                    return names
    return []


def _first_child_text(el: Any) -> str | None:
    """The text of the element's first child, where it opens the element's line
    (``<div><span>2025-12-17</span> · <a>Jane Doe</a></div>``); not in a list's item
    (a list of stories, each with its date and its source)."""
    if len(el) and isinstance(el[0].tag, str) and el[0].tag in _DATED_LINE_TAGS \
            and not any(a.tag == "li" for a in el.iterancestors()):
        return el[0].text
    return None


def _is_marked(el: Any) -> bool:
    """Whether ``el`` or its parent is marked as a byline or an author's element."""
    return any(node is not None and _bears_byline_mark(node.attrib) for node in (el, el.getparent()))


def _heading_byline(el: Any, text: str) -> bool:
    """Whether a heading is a byline: a phrase of a byline, not a word alone, opens it
    ("Written by Jane Doe" over her bio; "Sort by Role", "Filter by Event" are labels),
    or a byline word and its colon ("Autor: Jane Doe" over her bio)."""
    return el.tag in _HEADINGS and (_PHRASE_OPENING.match(text) is not None or _LABEL_OPENING.match(text) is not None)


def _labelled(label: Any) -> Any:
    """Where the names a label element ("Written by", "Autor:") stands for are: its
    line where text follows it there (``<h5>Autor:</h5>Jane Doe``), the block after it
    where one follows it (``<h2>Article by</h2><div>Jane Doe</div><div><button>Let's
    talk</button></div>``), its line where that is short, else the element after it
    (``<div>Written by</div><div>Jane Doe</div><div>Hi! I'm Jane...</div>``), else its
    parent's line. A label alone in its boxes (``<div><p><strong>By</strong></p></div>
    <div><p>Jane Doe</p></div>``): the box after them."""
    parent = label.getparent()
    if parent is None or parent.tag in _SKIP_TAGS:
        return None
    if label.tail and label.tail.strip():
        return parent
    following = label.getnext()
    if following is not None and following.tag in _LINE_TAGS and text_of(following):
        return following
    parent_text = text_of(parent)
    if parent_text == text_of(label) and label.tag not in _CONTROL_TAGS \
            and not any(a.tag in _FORM_TAGS for a in label.iterancestors()):
        found = _after_label_box(parent, parent_text)
        if found is not None:
            return found
    if len(parent_text) <= LINE_MAX:
        return parent
    for following in label.itersiblings():
        if not isinstance(following.tag, str) or (following.tail and following.tail.strip()):
            return parent  # "<b>Von:</b><br><br>Jane Doe": the name in the line, after a break
        if text_of(following):
            return following
    return parent


#: Where a label alone names no author: a form's field ("Von:" over a search's dates), a menu.
_FORM_TAGS = {"form", "nav", "fieldset", "menu"}
#: A label alone in its boxes is looked for this many boxes up (see :func:`_labelled`).
LABEL_BOXES = 2


def _after_label_box(box: Any, label_text: str) -> Any:
    """The first element with text after the label's ``box`` (:func:`_following_text_box`)
    where it is a line's length, or None."""
    following = _following_text_box(box, label_text)
    return following if following is not None and len(text_of(following)) <= LINE_MAX else None


def _following_text_box(box: Any, label_text: str) -> Any:
    """The first element with text after ``box`` or after one of the boxes around it
    that hold the label's text alone (:data:`LABEL_BOXES` up), or None."""
    for _ in range(LABEL_BOXES):
        following = next((el for el in box.itersiblings() if isinstance(el.tag, str) and text_of(el)), None)
        if following is not None:
            return following
        box = box.getparent()
        if box is None or box.tag in _SKIP_TAGS or text_of(box) != label_text:
            return None
    return None


def _profile_name(href: str) -> str:
    """The name in an author page's address (``<link rel=author href=".../author/jane-doe">``
    → "Jane Doe"), for a page that names its author nowhere else; "" for a number."""
    found = _PROFILE_PATH.search(href.lower())
    if found is None or found.group(1) in words.STAFF_PAGE_FOLDERS or not any(c.isalpha() for c in found.group(2)):
        return ""
    return " ".join(found.group(2).replace("_", "-").split("-")).title()


def _names_in(block: Any, exclude: tuple[str, ...], marked: bool = True, url: str = "") -> list[str]:
    """The names of the block's name elements where it has any (none of them a person:
    none), else the names in the block's text (where no markup calls it a byline, a
    name after the byline word needs a capital: "By default, ..."). A name element
    linking to the home page of the site at ``url`` names the site (a theme's
    ``<h1 class="vcard author"><a class="fn" href="/">Example Blog</a></h1>``)."""
    names: list[str] = []
    named = False
    for el in _NAME_ELEMENTS(block):
        if el is block or not isinstance(el.tag, str) or el.tag in _SKIP_TAGS - {"meta"}:
            continue
        if el.tag == "a" and _links_home(el, url):
            named = True
            continue
        if el.tag == "a" and not _bears_byline_mark(el.attrib) \
                and _STAFF_FOLDER.search((el.get("href") or "").lower()) and not _links_profile(el):
            continue  # "/staff/newsletters": a site's page in a newsroom's people's folder
        text = el.get("content") if el.tag == "meta" else _text_without_credits(el)
        if text and text.strip() and not people.labels_other_role(_text_before(el, block)):
            named = True
            found = people.person_names(text, exclude, strict=False)
            if el.tag == "a" and len(found) == 1:
                found = [_name_spelled_by_link(found[0], el.get("href") or "")]
            names.extend(n for n in found if n not in names)
    if named:
        return names
    if block.find(".//br") is not None:  # "Von A und B<br>Kakuma /Kenia": the dateline's line after a break
        names = people.person_names(_broken_text(block), exclude, lower_opened=marked)
        if names:
            return names
    text = _text_without_credits(block)
    names = people.person_names(text, exclude, lower_opened=marked)
    if not names and marked and text.islower():
        return people.lower_case_names(text, exclude)  # "von david straub" in a byline's element
    return names


#: Descendants marked as a picture's credit ("<span class="teaser-copyright">© Jane Doe</span>").
_CREDIT_DESCENDANTS = etree.XPath(".//*[contains(@class, 'copyright') or contains(@class, 'credit')]")


def _text_without_credits(el: Any) -> str:
    """The name element's text without the credit of a picture inside it: a link to the
    author's page around her photo, its credit and her name ("© Jane Doe Jane Doe")."""
    if not _CREDIT_DESCENDANTS(el):
        return text_of(el)
    copy = deepcopy(el)
    for credit in _CREDIT_DESCENDANTS(copy):
        credit.drop_tree()
    return text_of(copy)


def _broken_text(el: Any) -> str:
    """The element's text with its line breaks as a byline's separator (" | ")."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if node.tag == "br":
            parts.append(" | ")
        elif node.text and isinstance(node.tag, str):
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return " ".join(parts)


def _name_spelled_by_link(name: str, href: str) -> str:
    """A first name alone in a link to the author's page ("Articles by Juliette") as the
    page's address spells it in full (".../authors/juliette-carreiro"), else as it is."""
    if " " in name:
        return name
    spelled = _profile_name(href)
    words_of = spelled.split()
    if len(words_of) > 1 and words_of[0].casefold() == name.casefold() and len(words_of) <= people.NAME_WORDS \
            and people.person_names(spelled, strict=False) == [spelled]:
        return spelled  # not ".../author/catherine-blog": an account's name, no person's
    return name


def _links_home(link: Any, url: str) -> bool:
    """Whether ``link`` leads to the home page of the site at ``url`` (``rel=home``, or
    an address of no path on the same host)."""
    if "home" in (link.get("rel") or "").split():
        return True
    href = (link.get("href") or "").strip()
    if not href or href.startswith("#"):
        return False
    target = urlsplit(urljoin(url, href))
    return target.path in ("", "/") and not target.query and target.hostname == urlsplit(url).hostname


def _text_before(el: Any, block: Any) -> str:
    """The text right before ``el`` inside ``block`` ("Updated by " before a name link)."""
    node = el
    while node is not block:
        previous, parent = node.getprevious(), node.getparent()
        if previous is not None:
            return (text_of(previous) if isinstance(previous.tag, str) else "") + " " + (previous.tail or "")
        if parent is None:
            break
        if parent.text and parent.text.strip():
            return parent.text
        node = parent
    return ""


def _elsewhere(el: Any, marks_of: tuple[str, ...] = _ELSEWHERE) -> bool:
    """Whether ``el`` sits in comments or in a list of other stories (``marks_of``:
    the class or id words of what it must not sit in)."""
    for parent in el.iterancestors():
        if parent.tag in ("body", "html"):  # a page's classes say what it has ("one-sidebar")
            break
        marks = f"{parent.get('class') or ''} {parent.get('id') or ''}".casefold()
        if "category-" in marks or "tag-" in marks or "[" in marks or ":" in marks:
            # WordPress's post classes name its topics; a utility class's variant or value
            # names anything ("lg:mr-[--sidebar-width]" on the story's own column)
            marks = " ".join(w for w in marks.split() if not w.startswith(("category-", "tag-"))
                             and "[" not in w and ":" not in w)
        if marks.strip() and any(word in marks for word in marks_of):
            return True
    return False


def _in_card(el: Any) -> bool:
    """Whether ``el`` sits in a link that also holds a heading: another story's teaser
    card (``<a href="/story"><h3>Title</h3><div class="author-name">Von X</div></a>``)."""
    return any(next(link.iter(*_HEADINGS), None) is not None for link in el.iterancestors("a"))


def _in_card_list(el: Any, h1: Any) -> bool:
    """Whether ``el`` sits in an ``<article>`` among more than :data:`CARD_SIBLINGS`
    whose parent does not hold the story's h1 (``h1``): a card of a grid of other stories
    (``<div class="grid"><article>...<span rel="author">Jane Doe</span></article>
    <article>...``), each with its author. A live blog's entries are ``<article>``s
    beside the story's h1 (or beside the one holding it): the story's own."""
    for card in el.iterancestors("article"):
        parent = card.getparent()
        if parent is not None and sum(1 for _ in parent.iterchildren("article")) > CARD_SIBLINGS \
                and not (h1 is not None and any(a is parent for a in h1.iterancestors())):
            return True
    return False


#: ``<article>`` siblings, the card among them, more than this many: a grid or a list of cards.
CARD_SIBLINGS = 2


def _labelled_other_role(el: Any) -> bool:
    """Whether the text before a name element in its line labels someone other than the
    author ("Übersetzung <a rel=author>Jane Doe</a>", "Photos by <a>John Roe</a>")."""
    return people.labels_other_role(_text_before(el, _block(el)))


def _block(el: Any) -> Any:
    """The block holding an inline byline element: ``<span itemprop=author>`` sits in a
    line that also says "(with inputs from Reuters)" or the dateline."""
    while el.tag in _INLINE_TAGS:
        parent = el.getparent()
        if parent is None or parent.tag in _SKIP_TAGS or len(parent.text_content()) > BYLINE_MAX:
            break
        el = parent
    return el


def _blocks(elements: list[Any], marked: bool, h1: Any) -> list[Any]:
    found: list[Any] = []
    seen: set[Any] = set()
    for el in elements:
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS or any(a in seen for a in el.iterancestors()):
            continue
        marks = (el.get("class") or "").casefold()
        if "comment" in marks or _teasers_byline(marks) or _elsewhere(el, _NOT_BYLINES) or _in_card(el) \
                or _in_card_list(el, h1):
            continue  # a comment's author (a reader's letter: "leserbrief"), a picture's credit, a teaser's
        el = _block(el)
        seen.add(el)
        text = text_of(el)
        if text and len(text) <= BYLINE_MAX and (marked or people.person_names(text, lower_opened=False)):
            found.append(el)
        if len(found) >= BLOCKS_MAX:
            break
    return found


def _short_blocks(elements: list[Any], h1: Any) -> list[Any]:
    """Byline blocks of short lines a byline word in lower case opens near the headline
    ("<a href='/search?q=Jane+Doe'>by Jane Doe</a>" over the story, capitalised by the
    style sheet): a line of a byline's length only, not a sentence of the story."""
    return [block for block in _blocks([el for el in elements if len(text_of(el)) <= LINE_MAX], marked=False, h1=h1)
            if len(text := text_of(block)) <= LINE_MAX and _full_names(people.person_names(text, lower_opened=False))]


def _full_names(names: list[str]) -> bool:
    """Whether there are names and each is a full one: two words or more, or Chinese,
    Japanese, Korean ("by Example" under a list's title is a source, a company)."""
    return bool(names) and all(len(n.split()) > 1 or people.is_cjk(n) for n in names)


def _teasers_byline(marks: str) -> bool:
    """Whether an element's classes mark it as a teaser's byline ("c-teaser__byline"):
    one class word of both; not "teaser-box author" (a box's look) nor a byline inside a
    "teaser" (a German story's lead is one)."""
    return "teaser" in marks and any("teaser" in word and _MARK_CLASS.search(word) for word in marks.split())


def fuller_names(page: Page, found: list[dict[str, str]], exclude: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """Structured names (JSON-LD, meta tags) completed from the page where they hold
    less of a person's name than it shows: a first name alone ("Todd") that the byline
    under the headline gives in full ("By Todd Bates"), an account's handle of a first
    and a last name ("christian.stadtfeld") that the page writes out ("Christian P.
    Stadtfeld"). Read only for such names (few pages); the rest are kept as they are."""
    if not any(_incomplete(a["name"]) for a in found):
        return found
    byline: list[str] | None = None
    completed: list[dict[str, str]] = []
    for author in found:
        name = author["name"]
        fuller = None
        if people.is_slug(name):
            fuller = _written_out(page, name)
        elif _incomplete(name):
            if byline is None:
                byline = [b["name"] for b in block_authors(page, exclude, opened=True)] or _line_names(page, exclude)
            fuller = next((b for b in byline if b.split()[0].casefold() == name.casefold()
                           and 1 < len(b.split()) <= people.NAME_WORDS), None) or _named_by_address(page, name, exclude)
        completed.append({"name": fuller} if fuller else author)
    return completed


def _line_names(page: Page, exclude: tuple[str, ...]) -> list[str]:
    """The names of the short lines a byline word opens anywhere on the page, outside
    comments ("By Todd Bates" in a sidebar beside the story): read only to complete a
    first name, which the name must open."""
    names: list[str] = []
    for el in _opened_lines(_page_walk(page)[1], _OPENING):
        text = _line_text(page, el)
        if len(text) <= LINE_MAX and el.tag not in _CONTROL_TAGS and not _elsewhere(el, _COMMENTS):
            names.extend(people.person_names(text, exclude, lower_opened=False))
    return names


#: A last name a site's address spells has at least this many letters.
ADDRESS_SURNAME_MIN = 4


def _named_by_address(page: Page, first_name: str, exclude: tuple[str, ...]) -> str | None:
    """A first name alone ("Von Henry") completed with the last name the site's address
    is ("steinhau.example"), where the page writes the two out together ("Henry
    Steinhau"): a personal site's owner."""
    labels = (urlsplit(page.url).hostname or "").casefold().split(".")
    surname = people.main_label(labels).replace("-", "")
    folded = first_name.casefold()
    # the whole label, never its first word's rest ("vortexcannon.example" for "Vortex"): a brand as often as a person
    if len(surname) < ADDRESS_SURNAME_MIN or not surname.isalpha() or surname.startswith(folded):
        return None
    written = _written_out(page, f"{folded}.{surname}")
    if written is None or people.person_names(written, exclude, strict=False) != [written]:
        return None  # "Vortex Cannon" on vortexcannon.example: the site's own name
    return written


def _incomplete(name: str) -> bool:
    """Whether a name may be less than a person's full name: one capitalised word (a
    first name: "Todd"), or a handle of two or three words ("christian.stadtfeld")."""
    if people.is_slug(name):
        return 2 <= len(_HANDLE_PARTS.split(name)) <= 3
    return " " not in name and name[:1].isupper() and name[1:].islower() and name.isalpha()


_HANDLE_PARTS = re.compile(r"[._-]")


def _written_out(page: Page, handle: str) -> str | None:
    """The name the page writes a handle's words as, capitalised, each word's initial
    in the middle allowed ("christian.stadtfeld" → "Christian P. Stadtfeld"); None
    where it writes none."""
    parts = [p for p in _HANDLE_PARTS.split(handle) if p]
    if any(len(p) < 2 or not p.isalpha() for p in parts):
        return None
    # the regex runs only just before each place the last name is written capitalised (a
    # find): over the whole HTML it took a millisecond a page
    last = parts[-1].capitalize()
    pattern = re.compile(r"(?<![\w.-])" + r"(?:\s+[A-Z]\.)?\s+".join(re.escape(p) for p in parts) + r"$",
                         re.IGNORECASE)
    source = page.html
    at = source.find(last)
    for _ in range(WRITTEN_OUT_TRIES):
        if at == -1:
            break
        end = at + len(last)
        found = None if source[end:end + 1].isalnum() else pattern.search(source, max(0, at - WRITTEN_OUT_BEFORE), end)
        if found is not None:
            words_of = found.group().split()
            if all(word[:1].isupper() and (len(word) <= 2 or not word.isupper()) for word in words_of):
                return " ".join(words_of)
        at = source.find(last, end)
    return None


#: At most this many places where a last name is written are read for the full name.
WRITTEN_OUT_TRIES = 20
#: The full name before a last name is looked for this far back (characters).
WRITTEN_OUT_BEFORE = 60


#: A byline line at the story's top is looked for in this many paragraphs of its text.
LEAD_PARAGRAPHS = 3
#: A kind of piece and its byline word opening a line ("Ein Interview von ...", "Eine
#: Analyse von ..."): the table's phrases, any case.
_KIND_OPENING = re.compile(rf"^\s*(?:{'|'.join(re.escape(k) for k in words.KIND_PREFIXES)})\s", re.IGNORECASE)


def lead_authors(body: str, exclude: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """The people a short byline line among the story's first paragraphs names ("Von
    Matthias Lauerer" under the standfirst, "Ein Interview von Eugen Zentner mit Sonja
    Silberhorn."): the story's own credit, which a CMS's structured author (the account
    that uploaded a guest's or a freelancer's piece) does not overrule. Read from the
    body's text, which main text has freed of the page's menus and teasers."""
    for paragraph in body.split("\n\n", LEAD_PARAGRAPHS)[:LEAD_PARAGRAPHS]:
        if len(paragraph) <= LINE_MAX and (_OPENING.match(paragraph) or _KIND_OPENING.match(paragraph)):
            names = people.person_names(paragraph, exclude)
            if names:
                return [{"name": name} for name in names]
    return []
