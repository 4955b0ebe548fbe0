"""Wire stories written for the syndication tests, in the shape of wire copy.

``STORY`` and ``FOLLOW_UP`` are a story and its follow-up an hour later;
``MATCH_A`` and ``MATCH_B`` two reports on one match. Written for the tests,
not copied from any site.
"""

from __future__ import annotations

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
