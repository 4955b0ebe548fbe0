"""Pages that are not articles: hand-written pages of each kind, the shipped page-type
model, and the counted drop."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from newsspider.extract import classify, extract, pagefeatures, pagemodel, pagesignals
from newsspider.extract.page import Page
from newsspider.items import article_from
from newsspider.pipelines.pagetype import PageTypePipeline

PAGES = Path(__file__).resolve().parent / "fixtures" / "pagetype"

#: fixture → (its address, the page type extraction must give)
CASES = {
    "forum_thread": ("https://forum.trail.example/t/which-tent-for-alpine-camping/4821", "forum"),
    "product": ("https://www.fieldmark.example/products/mens-merino-wool-runner", "product"),
    "category_grid": ("https://shop.northpeak.example/collections/rain-jackets", "section"),
    "docs_page": ("https://docs.quill.example/guide/installation", "documentation"),
    "docs_reference": ("https://relay.example/ref/queue", "documentation"),
    "code_tutorial_post": ("https://relay.example/blog/how-we-use-queues", "article"),
    "forum_microdata": ("https://talk.alpinegear.example/t/single-or-double-wall/5512", "forum"),
    "service_page": ("https://www.nimbus-cloud.example/platform", "service"),
    "news_brief": ("https://www.harbourherald.example/world/2025/03/14/earthquake-northern-coast-no-damage", "article"),
    "blog_post": ("https://engineering.ledgerly.example/2024/11/why-we-moved-to-postgres/", "article"),
    "forum_thread_dated": ("https://forum.trail.example/t/which-tent-for-alpine-camping/4821", "forum"),
}


#: Fixtures made from another: the reference page as a dated blog post about the
#: same code (the marks of a docs site on a page that says it is an article).
DERIVED = {
    "code_tutorial_post": ("docs_reference", "<title>Queue — Relay 4.1 reference</title>",
                           '<title>How we use queues in Relay 4.1 | Relay blog</title>'
                           '<meta property="og:type" content="article">'
                           '<meta property="article:published_time" content="2025-02-11T09:30:00Z">'),
    # a thread whose forum software states when it was opened, as Discourse does
    "forum_thread_dated": ("forum_thread", '<meta property="og:type" content="website">',
                           '<meta property="og:type" content="website">'
                           '<meta property="article:published_time" content="2025-03-02T18:04:00Z">'),
}


def _page(case: str) -> Page:
    url, _kind = CASES[case]
    source, old, new = DERIVED.get(case, (case, "", ""))
    html = (PAGES / f"{source}.html").read_text("utf-8")
    return Page(url, html.replace(old, new) if old else html)


#: Known misses: none since the extremely randomised trees (the forest kept the short,
#: undated documentation page ``docs_page``). In cross-validation by site the model and
#: the marked kinds still keep 43 of wcxb's 89 documentation pages: the model is tuned
#: to lose no article first.
KNOWN_MISSES: set[str] = set()


@pytest.mark.parametrize("case", [
    pytest.param(c, marks=pytest.mark.xfail(strict=True, reason="kept by the model")) if c in KNOWN_MISSES else c
    for c in sorted(CASES)
])
def test_page_type(case: str) -> None:
    page = _page(case)
    assert extract(page)["_pageType"] == CASES[case][1]
    assert not page.cache.get("problems"), page.cache.get("problems")


def test_articles_keep_their_fields() -> None:
    """An article goes through every layer: the early decision only stops the others."""
    fields = extract(_page("news_brief"))
    assert fields["headline"] == "Strong earthquake shakes northern coast, no damage reported"
    assert "magnitude 5.8" in fields["articleBody"]
    assert fields["datePublishedRaw"]


def test_rejected_page_skips_the_body() -> None:
    fields = extract(_page("product"))
    assert "articleBody" not in fields
    assert fields["headline"]


def test_every_feature_is_computed() -> None:
    found = pagefeatures.features(_page("blog_post"))
    assert set(found) == set(pagefeatures.NAMES)
    assert all(isinstance(v, float) for v in found.values())


def test_every_signal_is_computed() -> None:
    page = _page("forum_microdata")
    found = classify.marks(page)
    assert set(found) == set(classify.MARKS)
    assert pagesignals.features(page) is pagesignals.features(page)  # cached on the page
    assert round(math.expm1(found["md_forum"])) == 13  # 12 comments and the thread
    assert found["md_product"] == found["md_list"] == found["nav_nested"] == 0.0


def test_signals_read_only_for_undated_pages() -> None:
    page = _page("code_tutorial_post")
    assert classify.marked_kind(page) is None
    assert "page_signals" not in page.cache  # the navigation is read for undated pages only
    assert classify.marked_kind(_page("docs_reference")) == "documentation"


def test_thread_and_product_types() -> None:
    """A page that says it is a thread is one though dated; a product page says so in
    ``og:type``, JSON-LD, or microdata with an offer."""
    page = _page("forum_thread_dated")
    assert classify.marked_kind(page) == "forum"
    assert "page_signals" not in page.cache  # dated: its navigation is not read
    assert pagesignals.typed(page)["thread_type"] == 1.0
    assert pagesignals.typed(_page("product"))["product_type"] == 1.0
    assert classify.marked_kind(_page("product")) == "product"
    offer = '<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Mug</span>' \
            '<div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price">12</span></div></div>'
    review = '<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Mug</span></div>'
    assert pagesignals.typed(Page("https://shop.example/mug", f"<html><body>{offer}</body></html>"))["product_type"] == 1.0
    assert pagesignals.typed(Page("https://news.example/mug", f"<html><body>{review}</body></html>"))["product_type"] == 0.0


def test_docs_signals() -> None:
    found = classify.marks(_page("docs_reference"))
    assert round(math.expm1(found["n_code"])) >= classify.DOCS_MIN_CODE
    # 5 lists nested in the reference tree, counted under <nav> and under <aside>
    assert round(math.expm1(found["nav_nested"])) == 10


def test_docs_tree_of_ordered_lists() -> None:
    """A book's chapters and a reference's sections are numbered: the tree in the
    navigation is made of ``<ol>`` as often as of ``<ul>``."""
    page = _page("docs_reference")
    html = page.html.replace("<ul>", "<ol>").replace("</ul>", "</ol>")
    assert "<ul>" not in html
    book = Page(page.url, html)
    assert round(math.expm1(pagesignals.features(book)["nav_nested"])) == 10
    assert classify.marked_kind(book) == "documentation"


_UNDATED = dict.fromkeys(classify.MARKS, 0.0)
_DOCS = {"n_code": math.log1p(12), "nav_nested": math.log1p(4)}
_DATED_DOCS = {"n_code": math.log1p(30), "nav_nested": math.log1p(4), "class_docs": math.log1p(33)}


@pytest.mark.parametrize(("marks", "kind"), [
    (_DOCS, "documentation"),
    ({"n_code": math.log1p(12), "class_docs": math.log1p(33)}, "documentation"),
    ({"n_code": math.log1p(11), "nav_nested": math.log1p(4)}, None),  # a story quoting some commands
    ({"n_code": math.log1p(40), "nav_nested": math.log1p(3), "class_docs": math.log1p(32)}, None),  # no docs site
    ({**_DOCS, "og_article": 1.0}, None),
    ({**_DOCS, "main_article_type": 1.0}, None),
    ({**_DOCS, "meta_published": 1.0}, None),
    ({**_DOCS, "url_date": 1.0}, None),
    # a docs generator's page stamped og:type article or with a published time: much
    # code, a tree of pages and docs furniture, all three
    ({**_DATED_DOCS, "og_article": 1.0}, "documentation"),
    ({**_DATED_DOCS, "meta_published": 1.0}, "documentation"),
    ({**_DATED_DOCS, "og_article": 1.0, "n_code": math.log1p(29)}, None),  # a tutorial post's code
    ({**_DATED_DOCS, "og_article": 1.0, "nav_nested": math.log1p(3)}, None),  # no tree of pages
    ({**_DATED_DOCS, "og_article": 1.0, "class_docs": math.log1p(32)}, None),  # a blog's highlighted code
    ({**_DATED_DOCS, "og_article": 1.0, "url_date": 1.0}, None),
    ({**_DATED_DOCS, "og_article": 1.0, "main_article_type": 1.0}, None),
    ({"md_forum": math.log1p(12)}, "forum"),
    ({"md_forum": math.log1p(11)}, None),  # a story's comments
    ({"md_forum": math.log1p(30), "og_article": 1.0}, None),
    ({"thread_type": 1.0}, "forum"),
    ({"thread_type": 1.0, "meta_published": 1.0, "url_date": 1.0}, "forum"),  # Discourse states the time
    ({"thread_type": 1.0, "main_article_type": 1.0}, None),  # a story marking its comment thread
    ({"product_type": 1.0}, "product"),
    ({"og_product": 1.0}, "product"),
    ({"product_type": 1.0, "meta_published": 1.0}, None),  # a dated review of a product
    ({"product_type": 1.0, "og_article": 1.0}, None),
    ({"product_type": 1.0, "type_article": 1.0}, None),  # a review's JSON-LD names an article
    ({"product_type": 1.0, "url_date": 1.0}, None),
])
def test_kind_by_marks(marks: dict[str, float], kind: str | None) -> None:
    assert classify.kind_by_marks(_UNDATED | marks) == kind


def test_shipped_model_matches_the_training_script() -> None:
    """The pure-Python forest gives what scikit-learn gave on the check vectors the
    training script saved (leaf values are stored to 5 decimals)."""
    data = json.loads(pagemodel.MODEL_FILE.read_text("utf-8"))
    model = pagemodel.model()
    assert model.features == pagefeatures.NAMES
    assert 0.0 < model.threshold < 1.0
    assert len(data["checks"]) >= 20
    for check in data["checks"]:
        assert model.probability(check["x"]) == pytest.approx(check["p"], abs=1e-4)


def test_model_reads_features_by_name() -> None:
    model = pagemodel.model()
    found = {name: 0.123456 for name in model.features}
    assert model.vector(found) == [0.1235] * len(model.features)


@pytest.mark.parametrize(("marks", "kind"), [
    ({"type_product": 1.0, "prices_per_kchar": 4.0}, "product"),
    ({"og_product": 1.0, "class_cart": 2.0}, "product"),
    ({"type_forum": 1.0, "url_forum": 1.0}, "forum"),
    ({"url_forum": 1.0, "class_forum": 3.0}, "forum"),
    ({"type_list": 1.0, "class_teaser": 3.0}, "section"),
    ({"url_docs": 1.0, "n_pre": 1.5}, "documentation"),
    ({"url_service": 1.0, "class_marketing": 3.0}, "service"),
    ({}, "service"),
])
def test_kind_of(marks: dict[str, float], kind: str) -> None:
    features = dict.fromkeys(classify.MARKS, 0.0) | marks
    assert classify.kind_of(features) == kind


def test_pipeline_counts_each_kind() -> None:
    crawler = get_crawler()
    crawler.stats.open_spider()
    pipeline = PageTypePipeline.from_crawler(crawler)
    for case in ("forum_thread", "product"):
        item = article_from(extract(_page(case)))
        item.url = CASES[case][0]
        with pytest.raises(DropItem):
            pipeline.process_item(item)
    stats = crawler.stats.get_stats()
    assert stats["newsspider/dropped/not_article/forum"] == 1
    assert stats["newsspider/dropped/not_article/product"] == 1


def test_bot_marks_only_on_short_pages() -> None:
    """A bot check's marks in the HTML name a page blocked where they are searched; the
    early decision searches them only on pages with little text (a long page carrying a
    bot-check script is an ordinary page)."""
    html = '<html><body><div id="px-captcha"></div><p>Press &amp; hold to confirm you are a human.</p></body></html>'
    page = Page("https://shop.example/item/1", html)
    common = {"body": "", "types": set(), "main_types": set(), "og_type": None, "title": "shop.example",
              "paywalled": None}
    assert classify.page_type(page, **common) == "blocked"
    assert classify.page_type(page, **common, bot_marks=False) != "blocked"


_BRIEF = "The council met on Tuesday and agreed the budget for the coming year. " * 9  # ~640 characters
_LANDING = '<html><head><title>Tutoring near you</title></head><body><h1>Tutoring near you</h1>' \
           f'<p>{_BRIEF}</p></body></html>'


@pytest.mark.parametrize(("probability", "changes", "kind"), [
    (0.4, {}, "service"),  # the model doubted it, no date, little text, no article type
    (0.4, {"dated": True}, "article"),  # a dated brief
    (0.6, {}, "article"),  # the model thought it likelier a story than not
    (None, {}, "article"),  # the model was not asked (a site profile's page, a short page)
    (0.4, {"body": _BRIEF * 2}, "article"),  # prose enough
    (0.4, {"og_type": "article"}, "article"),
    (0.4, {"main_types": {"newsarticle"}}, "article"),
])
def test_doubted_short_undated_page(probability: float | None, changes: dict, kind: str) -> None:
    """A page the model kept with less than even odds, whose extraction found no date of
    publication and little text, and which names no article type, is no story."""
    page = Page("https://tutors.example/near-you/", _LANDING)
    if probability is not None:
        page.cache["article_probability"] = probability
    common = {"body": _BRIEF, "types": set(), "main_types": set(), "og_type": None, "title": "Tutoring near you",
              "paywalled": None, "dated": False}
    assert classify.page_type(page, **(common | changes)) == kind


def test_early_type_keeps_the_model_answer() -> None:
    """What the model answered is kept on the page for the decision after extraction;
    a page it was not asked about (its marks decided) has none."""
    threshold = pagemodel.model().threshold
    page = _page("service_page")
    assert classify.early_type(page) == "service"
    assert page.cache["article_probability"] < threshold
    page = _page("code_tutorial_post")
    assert classify.early_type(page) == "article"
    assert page.cache["article_probability"] >= threshold
    page = _page("forum_thread")
    assert classify.early_type(page) == "forum"
    assert "article_probability" not in page.cache


def test_least_probability_bounds_the_model() -> None:
    """Where every feature is known, the least answer is the answer; with the dearest
    features unknown (NaN), no values of theirs give an answer under it."""
    model = pagemodel.model()
    later = [model.features.index(name) for names in pagefeatures.LATER.values() for name in names]
    checks = json.loads(pagemodel.MODEL_FILE.read_text("utf-8"))["checks"]
    for check in checks:
        x = check["x"]
        assert model.least(x) == model.probability(x)
        unknown = [math.nan if i in later else value for i, value in enumerate(x)]
        for filled in (x, *([value] * len(x) for value in (0.0, 0.5, 3.0, 1e6))):
            tried = [filled[i] if i in later else value for i, value in enumerate(x)]
            assert model.least(unknown) <= model.probability(tried) + 1e-12


def test_dearest_features_computed_when_asked() -> None:
    """The features left for later are NaN until asked for, then what a single call
    computes."""
    page = _page("service_page")
    early = pagefeatures.features(page, leave=pagefeatures.LATER)
    later = [name for names in pagefeatures.LATER.values() for name in names]
    assert all(math.isnan(early[name]) for name in later)
    assert not any(math.isnan(value) for name, value in early.items() if name not in later)
    assert math.isnan(pagefeatures.features(page, leave=("links",))["href_share"])
    assert not math.isnan(early["text_model"])
    assert pagefeatures.features(page) is early
    assert early == pagefeatures.features(_page("service_page"))


_OG_ARTICLE = '<meta property="og:type" content="article">'
_PUBLISHED = '<meta property="article:published_time" content="2025-03-14T06:42:00+01:00">'
_AUTHOR = '<meta name="author" content="Lena Kowalski">'
_STORY = "<h1>Ferry timetable changes</h1>" + "<p>The harbour ferry runs later from Monday, its operator said.</p>" * 12


@pytest.mark.parametrize(("url", "head", "body", "settled"), [
    ("https://news.example/ferry", '<script type="application/ld+json">{"@type": "NewsArticle", '
     '"headline": "Ferry timetable changes"}</script>', _STORY, True),  # JSON-LD names an article, og:type none
    ("https://news.example/ferry", _OG_ARTICLE + _PUBLISHED + _AUTHOR, _STORY, True),
    ("https://news.example/2025/03/14/ferry", _OG_ARTICLE, _STORY, True),  # dated by its address
    ("https://news.example/ferry", _OG_ARTICLE + _PUBLISHED, _STORY, False),  # no author meta: the model decides
    ("https://news.example/ferry", '<meta property="og:type" content="website">' + _PUBLISHED + _AUTHOR, _STORY,
     False),
    ("https://forum.example/t/ferry", _OG_ARTICLE + _PUBLISHED + _AUTHOR + '<script type="application/ld+json">'
     '{"@type": "DiscussionForumPosting", "headline": "Ferry?"}</script>', _STORY, False),  # a thread says so
    ("https://docs.example/ferry", _OG_ARTICLE + _PUBLISHED + _AUTHOR, _STORY + "<code>x</code>" * 30, False),
])
def test_markup_settles_an_article(url: str, head: str, body: str, settled: bool) -> None:
    """A page whose own markup says it is a dated article is one without its features
    computed; a page that may be a thread or documentation is left to the model and
    the rules."""
    page = Page(url, f"<html><head>{head}</head><body>{body}</body></html>")
    assert (classify.early_type(page) == "article" and "page_features" not in page.cache) is settled
