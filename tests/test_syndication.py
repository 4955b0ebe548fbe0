"""Syndication: normalisation, signature, and the index's matching rule.

The stories below are written for these tests, in the shape of wire copy
(dateline and credit opening, short paragraphs, a credit or boilerplate
line at the end) as Indian and international sites carry it.
"""

from __future__ import annotations

import pytest

from newsspider.syndication.index import SqliteStorage, SyndicationIndex, is_copy, story_id
from newsspider.syndication.signature import normalise, shingles, signature, story_text

STORY = [
    "The Reserve Bank of India on Friday kept its key lending rate unchanged at 6.5 per cent for the"
    " ninth consecutive meeting, citing sticky food inflation and a still-uncertain monsoon outlook.",
    "Governor Shaktikanta Das said the monetary policy committee voted 4-2 to hold the repo rate, with"
    " two external members arguing for a cut of 25 basis points to support slowing investment.",
    "The central bank raised its growth forecast for the current fiscal year to 7.2 per cent from 7 per"
    " cent, saying rural demand was recovering and private capital spending had begun to pick up.",
    "Retail inflation is now projected at 4.5 per cent for the year, with a sharp rise expected in the"
    " September quarter as vegetable prices climb after heavy rains in several producing states.",
    "Das told reporters that the bank would remain focused on bringing inflation durably down to its"
    " 4 per cent target and that it was too early to talk about a change in the policy stance.",
    "Bond yields rose slightly after the announcement, with the benchmark 10-year paper ending at 6.98"
    " per cent, while the rupee was little changed at 83.52 against the US dollar in late trade.",
    "Economists said the door to a rate cut in October remained open if food prices eased, though most"
    " expected the bank to wait for clearer evidence that price pressures had turned.",
    "The next meeting of the monetary policy committee is scheduled for October 7 to 9, the bank said"
    " in a statement released after the governor's address.",
]
FOLLOW_UP = [
    "Markets reacted calmly to the Reserve Bank of India's decision on Friday to keep the repo rate at"
    " 6.5 per cent, with the Sensex ending 120 points higher as banking stocks recovered late in the day.",
    "Shares of private lenders HDFC Bank and ICICI Bank gained over one per cent each, while state-run"
    " lenders slipped after the governor flagged concerns about unsecured lending growth.",
    "Traders said the growth upgrade to 7.2 per cent had lifted sentiment, though the hawkish tone on"
    " food inflation meant hopes of a cut before the end of the year had faded for now.",
    "The rupee closed at 83.50 against the US dollar, two paise stronger, as foreign investors bought a"
    " net Rs 1,200 crore of Indian equities, provisional exchange data showed.",
    "Analysts at a Mumbai brokerage said they now expected the first cut in December at the earliest,"
    " and only if the monsoon delivered the normal rainfall the weather office has forecast.",
]
MATCH_A = [
    "India beat Australia by six wickets in the second one-day international at Nagpur on Sunday to"
    " level the three-match series 1-1, with Virat Kohli scoring an unbeaten 86.",
    "Chasing 278, India were 45 for two before Kohli and Shreyas Iyer put on 120 for the third wicket,"
    " taking the game away from an Australian attack missing Pat Cummins.",
    "Earlier, Steve Smith made 74 and Marnus Labuschagne 55 as Australia recovered from 60 for three,"
    " but Jasprit Bumrah took three wickets in the last five overs to restrict them.",
    "The deciding match will be played in Mumbai on Wednesday.",
]
MATCH_B = [
    "Virat Kohli's unbeaten 86 guided India to a six-wicket victory over Australia at Nagpur on Sunday,"
    " squaring the one-day series at one match apiece ahead of the decider in Mumbai.",
    "Australia, sent in to bat, posted 277 for eight thanks to a fluent 74 from Steve Smith and a patient"
    " 55 by Marnus Labuschagne after the top order had stumbled early.",
    "Jasprit Bumrah returned three for 41, including two wickets in the 48th over, and India's chase was"
    " built on a stand of 120 between Kohli and Shreyas Iyer after two early losses.",
    "Australia captain Steve Smith said his side had been around 20 runs short on a pitch that got"
    " easier to bat on under lights, and praised Kohli's control of the chase.",
]


def body(paragraphs: list[str], opening: str = "", ending: str = "") -> str:
    return opening + "\n\n".join(paragraphs) + (f"\n\n{ending}" if ending else "")


@pytest.mark.parametrize(("text", "expected"), [
    ("RBI keeps Repo Rate at 6.5%, says Das", "rbi keeps repo rate at 6 5 says das"),
    ("India beat Australia 3–1; “Kohli’s 86*”", "india beat australia 3 1 kohli s 86"),
    ("ＡＢＣ  news\u00a0today", "abc news today"),
    ("Ürün fiyatları ARTTI", "ürün fiyatları artti"),  # locale-free casefold: I → i
])
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(("raw", "kept"), [
    ("New Delhi, Aug 8 (PTI) The Reserve Bank kept rates.\n\n(PTI)", "The Reserve Bank kept rates."),
    ("MUMBAI (Reuters) - The Reserve Bank kept rates.\n\n(With inputs from agencies)", "The Reserve Bank kept rates."),
    ("The Reserve Bank kept rates.\n\n— AFP", "The Reserve Bank kept rates."),
    ("The Reserve Bank kept rates.\n\nPTI SKS RG", "The Reserve Bank kept rates."),
    ("The Reserve Bank kept rates.\n\n(Only the headline and picture of this report may have been reworked by"
     " the staff; the rest of the content is auto-generated from a syndicated feed.)", "The Reserve Bank kept rates."),
    ("The Reserve Bank kept rates.\n\nAlso Read: Sensex ends higher", "The Reserve Bank kept rates."),
    ("Reuters reported that the Reserve Bank kept rates.", "Reuters reported that the Reserve Bank kept rates."),
])
def test_story_text_drops_credits(raw: str, kept: str) -> None:
    assert story_text(raw) == kept


def test_shingles() -> None:
    assert shingles("a b c") == {b"a b c"}
    assert shingles("") == set()
    assert len(shingles("one two three four five six seven")) == 3


def test_signature_of_empty_body_is_none() -> None:
    assert signature("(PTI)") is None
    assert signature("") is None


COPIES = {
    "different credit": body(STORY, "New Delhi, Aug 8 (PTI) ", "(PTI)"),
    "agency inputs": body(STORY, "MUMBAI: ", "With inputs from agencies"),
    "dash credit": body(STORY, "", "— AFP"),
    "paragraph added": body(STORY[:4] + ["The decision was in line with a poll of 40 economists by the"
                                         " newspaper, 34 of whom had expected no change this time."] + STORY[4:]),
    "last paragraphs cut": body(STORY[:6], "NEW DELHI (Reuters) - "),
    "cut and boilerplate": body(STORY[:5], "", "(This story has not been edited by our staff and is"
                                                " auto-generated from a syndicated feed.)"),
}


@pytest.mark.parametrize("name", sorted(COPIES))
def test_copies_are_one_story(name: str) -> None:
    original = signature(body(STORY))
    copy = signature(COPIES[name])
    assert original is not None and copy is not None
    assert is_copy(original, copy), (name, original.jaccard(copy), original.containment(copy))


@pytest.mark.parametrize(("a", "b"), [
    (STORY, FOLLOW_UP),             # a story and its follow-up an hour later
    (MATCH_A, MATCH_B),             # two reports on one match
    (STORY, STORY[:2] + FOLLOW_UP),  # a follow-up that repeats the first two paragraphs
])
def test_different_stories_on_one_event_are_not(a: list[str], b: list[str]) -> None:
    first, second = signature(body(a)), signature(body(b))
    assert first is not None and second is not None
    assert not is_copy(first, second), (first.jaccard(second), first.containment(second))


def test_index_links_copies_to_the_first() -> None:
    index = SyndicationIndex(SqliteStorage(":memory:", window=7 * 86400))
    first = index.place("https://a.example/rbi", signature(body(STORY)))
    assert (first.story_id, first.duplicate_of, first.outcome) == (story_id("https://a.example/rbi"), None, "new")
    for n, name in enumerate(sorted(COPIES)):
        placed = index.place(f"https://site{n}.example/{name}", signature(COPIES[name]))
        assert (placed.story_id, placed.duplicate_of, placed.outcome) == (first.story_id, "https://a.example/rbi", "copy")
        assert 0.3 <= placed.similarity <= 1.0
    other = index.place("https://b.example/markets", signature(body(FOLLOW_UP)))
    assert other.story_id != first.story_id and other.duplicate_of is None


def test_updated_story_keeps_its_story_id() -> None:
    index = SyndicationIndex(SqliteStorage(":memory:", window=7 * 86400))
    first = index.place("https://a.example/rbi", signature(body(STORY)))
    updated = index.place("https://a.example/rbi", signature(body(FOLLOW_UP)))
    assert (updated.story_id, updated.duplicate_of, updated.outcome) == (first.story_id, None, "known")


def test_window_prunes_old_copies(tmp_path) -> None:
    path = tmp_path / "syndication.sqlite3"
    index = SyndicationIndex(SqliteStorage(path, window=86400))
    index.place("https://a.example/rbi", signature(body(STORY)), seen=1_000_000.0)
    index.close()
    reopened = SqliteStorage(path, window=86400)
    assert reopened.pruned == 1
    placed = SyndicationIndex(reopened).place("https://b.example/rbi", signature(COPIES["dash credit"]))
    assert placed.outcome == "new"
