"""``fields.shown_words``: the text a reader sees, as the EXSLT set difference selects it,
against the plain predicate it replaced (same text nodes, same order)."""

from __future__ import annotations

import lxml.etree
import lxml.html
import pytest

from newsspider.extract.fields import shown_words

#: What the replaced selection read: every text node whose parent is no script or style sheet.
PLAIN = lxml.etree.XPath("descendant::text()[not(parent::script or parent::style)]", smart_strings=False)

CASES = [
    # a script's and a style sheet's text left out, their tails kept
    ("<div>Posted <script>var d = '2020-01-01';</script>June 3, 2025<style>.a{}</style> by Jane</div>",
     "Posted June 3, 2025 by Jane"),
    # text nodes apart ("Doe" and "June" not glued), a comment's tail kept, its text not
    ("<div><span>Jane Doe</span><span>June 3, 2025</span><!-- 2019 -->updated</div>",
     "Jane Doe June 3, 2025 updated"),
    # nested scripts' and JSON-LD's text left out wherever they are
    ("<div><p>One <b>two</b></p><section><script type='application/ld+json'>{\"x\": 1}</script>"
     "<p>three</p></section></div>", "One two three"),
    # white space folded
    ("<div>\n  a\t\tb  <i> c </i>\n</div>", "a b c"),
]


@pytest.mark.parametrize(("html", "shown"), CASES)
def test_shown_words_reads_what_a_reader_sees(html: str, shown: str) -> None:
    root = lxml.html.fragment_fromstring(html)
    assert shown_words(root) == shown
    assert shown_words(root) == " ".join(" ".join(PLAIN(root)).split())


def test_a_script_as_the_root_shows_nothing() -> None:
    script = lxml.html.fragment_fromstring("<script>var a = 1;</script>")
    assert shown_words(script) == "" == " ".join(" ".join(PLAIN(script)).split())
