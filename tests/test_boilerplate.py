"""Boilerplate rules (generic and a site's) and the pipeline that applies them."""

from __future__ import annotations

import pytest
from scrapy.utils.test import get_crawler

from newsspider.extract.boilerplate import GENERIC, clean_body, paragraphs, site_rules
from newsspider.extract.sites.business_standard import PROFILE as BS
from newsspider.items import Article
from newsspider.pipelines.boilerplate import BoilerplatePipeline

STORY = [
    "The central bank kept its key rate unchanged on Thursday, as expected by most economists.",
    '"We will subscribe to whatever keeps inflation low," the governor said, adding that the '
    "disclaimer attached to the forecast was routine.",
    "Analysts said the decision to read more into the statement was premature.",
]
BS_RULES = site_rules(BS.name, BS.boilerplate)


def body(*paras: str) -> str:
    return "\n\n".join(paras)


# Each case: boilerplate paragraphs (placed after the story's first paragraph
# unless the rule eats what follows), the rule expected to fire.
INLINE_CASES = [
    (["ALSO READ: India shall lead the world in digital connectivity soon"], "also_read"),
    (["Also Read Budget 2020 | Nirmala Sitharaman proposes a new scheme"], "also_read"),
    (["READ MORE | Markets end lower for a third day"], "also_read"),
    (["Disclaimer: No Business Standard Journalist was involved in creation of this content"], "disclaimer"),
    (["(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)"],
     "disclaimer"),
    (["Support quality journalism and subscribe to Business Standard."], "support_journalism"),
    (["Share", "Tweet | Email | Print", "Follow us on Google News"], "share_widgets"),
    (["Follow Business Standard on WhatsApp for the latest updates"], "share_widgets"),
    (["Image"], "image_alt"),
    (["Disclaimer", "Views expressed above are the author's own."], "disclaimer"),
    (["Home >Money >Personal Finance >Term insurance policy premium likely to get costlier"], "breadcrumbs"),
    (["2 min read.Updated: 18 Feb 2021, 04:55 PM ISTNavneet Dubey"], "reading_time"),
    (["Smart Quarterly ₹900 3 Months", "Renews automatically, cancel anytime"], "subscription"),
]


@pytest.mark.parametrize(("junk", "rule"), INLINE_CASES)
def test_generic_rule_removes_only_its_paragraphs(junk: list[str], rule: str) -> None:
    cleaned, fired = clean_body(body(STORY[0], *junk, *STORY[1:]))
    assert cleaned == body(*STORY)
    assert fired == [rule]


@pytest.mark.parametrize(("junk", "rule"), [
    (["More From This Section", "Sensex ends flat", "Rupee gains 5 paise"], "related_links"),
    (["Read More On", "Reliance | Reliance Industries | Data Colonisation"], "related_links"),
    (["END OF ARTICLE", "Opinions", "Trending stories"], "end_of_article"),
    (["Subscribe to Business Standard digital and get complete access to the news you trust.",
      "Smart Quarterly ₹900 3 Months", "What you get on Business Standard Premium?",
      "Unlimited access to all the content on any device through browser or app.",
      "Exclusive stories, insightful opinions and comment hand-picked by our editors."], "subscription"),
])
def test_block_rules_remove_the_block_to_the_end(junk: list[str], rule: str) -> None:
    cleaned, fired = clean_body(body(*STORY, *junk))
    assert cleaned == body(*STORY)
    assert fired == [rule]


def test_related_links_heading_takes_its_links_not_the_story_after_them() -> None:
    junk = ["Related News", "Sensex ends flat as IT gains offset bank losses", "Rupee gains 5 paise"]
    cleaned, fired = clean_body(body(STORY[0], *junk, *STORY[1:]))
    assert cleaned == body(*STORY)
    assert fired == ["related_links"]


def test_reader_appeal_block_ends_at_the_signature() -> None:
    appeal = ["Dear Reader,", "Business Standard has always strived hard to provide up-to-date information.",
              "We, however, have a request.", "Support quality journalism and subscribe to Business Standard.",
              "Digital Editor"]
    cleaned, fired = clean_body(body(STORY[0], *appeal, *STORY[1:]))
    assert cleaned == body(*STORY)
    assert fired == ["reader_appeal"]


def test_reader_appeal_in_one_paragraph_takes_only_that_paragraph() -> None:
    merged = ("Dear Reader, Business Standard has always strived hard to provide up-to-date information "
              "and commentary. Support quality journalism and subscribe to Business Standard. Digital Editor")
    cleaned, fired = clean_body(body(STORY[0], merged, *STORY[1:]))
    assert cleaned == body(*STORY)
    assert fired == ["reader_appeal"]


def test_logo_alt_text_glued_to_the_story_is_cut_not_the_story() -> None:
    cleaned, fired = clean_body(body("Bs_logoImage" + STORY[0], *STORY[1:]))
    assert cleaned == body(*STORY)
    assert fired == ["image_alt"]


def test_story_paragraphs_that_mention_boilerplate_words_are_kept() -> None:
    story = [
        *STORY,
        '"Support quality journalism," the minister urged editors at the launch, '
        "before announcing a grant for local newspapers.",
        "Subscribers to the scheme will pay Rs 500 a month, the company said.",
        "The annual fee is Rs 500.",
        "Also, read-only access will remain free for students, the university said.",
        "He said he would follow the rules on Twitter, where he has posted daily since 2015, "
        "and that his share of the company was not for sale.",
        "Dear readers of this column will remember the 2008 crash.",
        "Dear reader, this is the last letter from our correspondent in Kabul.",
        "Home Minister Amit Shah said on Monday that the border was secure.",
        "Views expressed by the panel were mixed, officials said.",
    ]
    cleaned, fired = clean_body(body(*story))
    assert cleaned == body(*story)
    assert fired == []


def test_business_standard_rules() -> None:
    junk = ["First Published: Fri, January 18 2019. 13:00 IST",
            "Last Updated : Apr 22 2019 | 11:50 AM IST",
            "(Only the headline and picture of this report may have been reworked by the Business Standard "
            "staff; the rest of the content is auto-generated from a syndicated feed.)",
            "Business Standard has always strived hard to provide up-to-date information.",
            "Read our full coverage on Reserve Bank of India",
            "Listen to This Article"]
    cleaned, fired = clean_body(body(STORY[0], *junk, *STORY[1:]), BS_RULES)
    assert cleaned == body(*STORY)
    assert fired == ["first_published", "last_updated", "disclaimer", "reader_appeal", "full_coverage",
                     "page_furniture"]
    # The site's rules are the site's: without them the date lines stay.
    assert "First Published" in clean_body(body(STORY[0], junk[0]))[0]


def test_site_rule_without_a_group_is_named_after_the_site() -> None:
    rules = site_rules("example", [r"^Sponsored content$"])
    assert clean_body(body(STORY[0], "Sponsored content"), rules) == (STORY[0], ["example"])


def test_paragraphs_collapse_spaces_and_drop_empty_ones() -> None:
    assert paragraphs("  One\u00a0 two \n\n\n \n Three\nfour  \n\n") == ["One two", "Three\nfour"]


def test_every_generic_rule_has_a_name_and_a_known_scope() -> None:
    assert all(rule.name and rule.scope in {"paragraph", "block", "heading", "inline"} for rule in GENERIC)


# --- The pipeline -------------------------------------------------------------

@pytest.fixture
def pipeline() -> BoilerplatePipeline:
    return BoilerplatePipeline.from_crawler(get_crawler())


def stats(pipe: BoilerplatePipeline) -> dict[str, int]:
    return {k: v for k, v in pipe.stats.get_stats().items() if k.startswith("newsspider/boilerplate/")}


def test_pipeline_applies_generic_and_site_rules_and_counts_them(pipeline: BoilerplatePipeline) -> None:
    item = Article(url="http://127.0.0.1:8000/a.html",
                   canonicalUrl="https://www.business-standard.com/article/a-119011800410_1.html",
                   articleBody=body(STORY[0], "ALSO READ: Something else", "First Published: Fri, "
                                    "January 18 2019. 13:00 IST", *STORY[1:]))
    assert pipeline.process_item(item) is item
    assert item.articleBody == body(*STORY)
    assert stats(pipeline) == {"newsspider/boilerplate/also_read": 1,
                               "newsspider/boilerplate/first_published": 1}


def test_pipeline_finds_the_profile_by_publisher(pipeline: BoilerplatePipeline) -> None:
    item = Article(url="file:///tmp/saved.html", publisher="Business Standard",
                   articleBody=body(*STORY, "Premium"))
    pipeline.process_item(item)
    assert item.articleBody == body(*STORY)
    assert stats(pipeline) == {"newsspider/boilerplate/page_furniture": 1}


def test_pipeline_counts_clean_bodies_and_leaves_other_sites_alone(pipeline: BoilerplatePipeline) -> None:
    item = Article(url="https://example.org/story", articleBody=body(*STORY, "First Published: today"))
    pipeline.process_item(item)
    assert item.articleBody == body(*STORY, "First Published: today")
    assert stats(pipeline) == {"newsspider/boilerplate/clean": 1}


def test_pipeline_leaves_an_all_boilerplate_body_empty(pipeline: BoilerplatePipeline,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    item = Article(url="https://example.org/story", articleBody="Share\n\nFollow us on Twitter")
    pipeline.process_item(item)
    assert item.articleBody == ""
    assert stats(pipeline) == {"newsspider/boilerplate/share_widgets": 1, "newsspider/boilerplate/emptied": 1}
    assert "all boilerplate" in caplog.text


def test_pipeline_passes_items_without_a_body(pipeline: BoilerplatePipeline) -> None:
    item = Article(url="https://example.org/story")
    assert pipeline.process_item(item) is item
    assert stats(pipeline) == {}
