"""``newsspider.wire`` on a table of credit forms as real pages write them.

The credit parts (bylines, datelines, signatures) are the shapes found on
Business Standard, NDTV, The Hindu, AP, Reuters, AFP, PTI, ANI, IANS,
Xinhua and Bloomberg copy; the story words after them are ours.
"""

from __future__ import annotations

import pytest

from newsspider import wire
from newsspider.wire import Credit, agency_name, from_body, from_byline, place_name

AGENCY_NAMES = [
    ("Press Trust of India", "PTI"),
    ("PTI", "PTI"),
    ("Agence France-Presse", "AFP"),
    ("Agence France Presse", "AFP"),
    ("AFP", "AFP"),
    ("Reuters", "Reuters"),
    ("Thomson Reuters", "Reuters"),
    ("Reuters Staff", "Reuters"),
    ("By Reuters", "Reuters"),
    ("Associated Press", "AP"),
    ("The Associated Press", "AP"),
    ("AP", "AP"),
    ("Indo-Asian News Service", "IANS"),
    ("IANS", "IANS"),
    ("Asian News International", "ANI"),
    ("ANI", "ANI"),
    ("Bloomberg", "Bloomberg"),
    ("Bloomberg News", "Bloomberg"),
    ("Xinhua", "Xinhua"),
    ("Xinhua News Agency", "Xinhua"),
    ("United News of India", "UNI"),
    ("dpa", "DPA"),
    ("Deutsche Presse-Agentur", "DPA"),
    ("EFE", "EFE"),
    ("Kyodo News", "Kyodo"),
    ("Yonhap", "Yonhap"),
    ("ITAR-TASS", "TASS"),
    ("Anadolu Agency", "Anadolu"),
    ("press trust of india", "PTI"),
    ("Agencies", None),
    ("BS Reporter", None),
    ("Ani", None),  # a first name, not the agency
    ("ap", None),
    ("Nirmalya Sen", None),
    ("Business Standard", None),
    ("", None),
]

BYLINES = [
    ("Press Trust of India | Gandhinagar Last Updated at January 18, 2019 17:18 IST", "PTI", "Gandhinagar"),
    ("Press Trust of India\xa0 |\xa0 Gandhinagar\xa0 Last Updated at January 18, 2019 17:18 IST", "PTI", "Gandhinagar"),
    ("AFP Pyongyang", "AFP", "Pyongyang"),
    ("AFP | Pyongyang", "AFP", "Pyongyang"),
    ("Reuters | New Delhi", "Reuters", "New Delhi"),
    ("IANS  |  New Delhi", "IANS", "New Delhi"),
    ("ANI | New Delhi Last Updated at April 13, 2019 10:05 IST", "ANI", "New Delhi"),
    ("BS Reporter | Mumbai", None, "Mumbai"),
    ("BS Web Team | New Delhi Last Updated at March 2, 2020 18:20 IST", None, "New Delhi"),
    ("Bindisha Sarang Last Updated at April 1, 2020 02:14 IST", None, None),
    ("Agencies", None, None),
    ("Agencies | Beijing", None, "Beijing"),
    ("By Reuters", "Reuters", None),
    ("Reuters, Washington, Nov 20 2019", "Reuters", "Washington"),
    ("Reuters Staff", "Reuters", None),
    ("Edited by Nirmalya Sen (with inputs from Reuters)", "Reuters", None),
    ("Currencies And ForexEdited by Nirmalya Sen (with inputs from Reuters)Updated: February 18, 2021 2:37 pm IST", "Reuters", None),
    ("Written by Ananya Rao | With inputs from PTI", "PTI", None),
    ("Special Correspondent CHANDIGARH, February 01, 2020 19:36 IST Updated: February 01, 2020 19:39 IST", None, "Chandigarh"),
    ("PTI NEW DELHI, November 01, 2024 18:05 IST Updated: November 01, 2024 18:20 IST", "PTI", "New Delhi"),
    ("Reuters MUMBAI, March 3, 2024 10:00 IST", "Reuters", "Mumbai"),
    ("Press Trust of India | Updated: Apr 22 2019 | 11:50 AM IST", "PTI", None),
    ("Sanjeeb Mukherjee | New Delhi Last Updated at April 22, 2019 11:50 IST", None, "New Delhi"),
    ("Xinhua | Beijing", "Xinhua", "Beijing"),
    ("AFP | HANOI", "AFP", "Hanoi"),
    ("Bloomberg | Updated: Nov 20 2019", "Bloomberg", None),
    ("ANI | Updated: 13 April 2019", "ANI", None),
    ("Press Trust of India  |  New Delhi  Last Updated : Apr 22 2019 | 11:50 AM IST", "PTI", "New Delhi"),
    ("AFP | Paris/Washington", "AFP", "Paris"),
    ("By Press Trust of India", "PTI", None),
]

PLACES = [
    ("PYONGYANG", "Pyongyang"),
    ("NEW DELHI", "New Delhi"),
    ("HANOI, Vietnam", "Hanoi"),
    ("Amritsar (Punjab)", "Amritsar"),
    ("New Delhi [India]", "New Delhi"),
    ("ST. JOSEPH", "St. Joseph"),
    ("RIO DE JANEIRO", "Rio de Janeiro"),
    ("WINSTON-SALEM", "Winston-Salem"),
    ("THE HAGUE", "The Hague"),
    ("McALLEN", "McAllen"),
    ("SÃO PAULO", "São Paulo"),
    ("Gandhinagar", "Gandhinagar"),
    ("  Mumbai ", "Mumbai"),
    ("Note", None),
    ("BS Reporter", None),
    ("Last Updated", None),
    ("New Delhi 110001", None),
    ("", None),
    (None, None),
]

#: (body as extracted, agency, dateline, how the story text after removal begins)
OPENINGS = [
    ("AFP Pyongyang\n\nNorth Korea tested a new engine on Sunday.", "AFP", "Pyongyang", "North Korea tested"),
    ("Press Trust of India | Gandhinagar\n\nThe summit opened on Friday.", "PTI", "Gandhinagar", "The summit opened"),
    ("New Delhi, Apr 22 (PTI) The government on Monday said exports rose.", "PTI", "New Delhi", "The government on Monday"),
    ("New Delhi, April 22 (IANS) Shares closed higher on Monday.", "IANS", "New Delhi", "Shares closed"),
    ("Amritsar (Punjab), Apr 13 (ANI): The chief minister paid tribute.", "ANI", "Amritsar", "The chief minister"),
    ("New Delhi [India], April 13 (ANI): The party released its list.", "ANI", "New Delhi", "The party released"),
    ("Amritsar (Punjab) [India], November 20 (ANI): Devotees gathered at dawn.", "ANI", "Amritsar", "Devotees gathered"),
    ("Srinagar (Jammu and Kashmir) [India], Nov 20 (ANI): Snow closed the highway.", "ANI", "Srinagar", "Snow closed"),
    ("Imphal (Manipur) [India] Nov 20 (ANI): The curfew was relaxed.", "ANI", "Imphal", "The curfew"),
    ("PYONGYANG (AFP) — North Korea said on Monday it had tested a launcher.", "AFP", "Pyongyang", "North Korea said"),
    ("WASHINGTON (Reuters) - Scientists on Monday unveiled a new map.", "Reuters", "Washington", "Scientists on Monday"),
    ("HANOI, Vietnam (AP) — The defence secretary on Wednesday accused Beijing.", "AP", "Hanoi", "The defence secretary"),
    ("HAYWARD, Calif. (AP) — Police say a man was hurt on a train.", "AP", "Hayward", "Police say"),
    ("ST. JOSEPH, Mich. (AP) — Health officials reported a sixth case.", "AP", "St. Joseph", "Health officials"),
    ("THE HAGUE (Reuters) - The court ruled on Monday.", "Reuters", "The Hague", "The court ruled"),
    ("SANTA FE, N.M. (AP) — A cat missing for five years was found.", "AP", "Santa Fe", "A cat missing"),
    ("LOS ANGELES (AP) -- The actors union reached a deal.", "AP", "Los Angeles", "The actors union"),
    ("NEW YORK, Nov 20 (Reuters) - Oil prices fell on Wednesday.", "Reuters", "New York", "Oil prices fell"),
    ("NEW YORK (Reuters) - Stocks rose for a seventh session.", "Reuters", "New York", "Stocks rose"),
    ("BEIJING, Nov. 20 (Xinhua) -- China's exports grew in October.", "Xinhua", "Beijing", "China's exports"),
    ("(Bloomberg) -- Asian stocks slipped as traders weighed the talks.", "Bloomberg", None, "Asian stocks"),
    ("(Reuters) — The state attorney general is investigating the company.", "Reuters", None, "The state attorney"),
    ("London, 22 April (AFP) - Britain said on Monday it would act.", "AFP", "London", "Britain said"),
    ("Washington (AFP) - The US said on Monday it would act.", "AFP", "Washington", "The US said"),
    ("Reuters, Washington, Nov 20 2019\n\nThe Federal Reserve kept rates unchanged.", "Reuters", "Washington", "The Federal Reserve"),
    ("Reuters, Washington, Nov 20 2019 The Federal Reserve kept rates unchanged.", "Reuters", "Washington", "The Federal Reserve"),
    ("Xinhua, Beijing, Nov 20 2019\n\nThe ministry said.", "Xinhua", "Beijing", "The ministry said"),
    ("By Reuters\n\nThe dollar held steady on Thursday.", "Reuters", None, "The dollar held"),
    ("By Reuters\n\nWASHINGTON (Reuters) - The Fed kept rates on hold.", "Reuters", "Washington", "The Fed kept"),
    ("PTI\n\nThe court adjourned the hearing.", "PTI", None, "The court adjourned"),
    ("Mumbai: The Reserve Bank kept its policy rate unchanged.", None, "Mumbai", "The Reserve Bank"),
    ("NEW DELHI: Their savings gone, the families returned home.", None, "New Delhi", "Their savings"),
    ("Mumbai, Jan 5: The city recorded its coldest day.", None, "Mumbai", "The city recorded"),
    ("Washington, DC, United States: Getting to the Moon has been done.", None, "Washington", "Getting to the Moon"),
    ("MADRID — The host nation came back to win the tie.", None, "Madrid", "The host nation"),
    ("BUFFALO, N.Y. — Hours before the game, the coach spoke.", None, "Buffalo", "Hours before"),
    ("DUBAI, United Arab Emirates — The airline signed an order.", None, "Dubai", "The airline signed"),
    ("BERLIN -- The space agency says sleep could help.", None, "Berlin", "The space agency"),
    ("WASHINGTON – Two officers were charged on Tuesday.", None, "Washington", "Two officers"),
    ("SIOUX FALLS, S.D. – People are talking about the slogan.", None, "Sioux Falls", "People are talking"),
    ("HONOLULU, Hawaii (HawaiiNewsNow) - Scientists confirmed water vapour.", None, "Honolulu", "Scientists confirmed"),
    # Story text that must stay whole.
    ("Reuters reported on Monday that the talks had stalled.", None, None, "Reuters reported on Monday"),
    ("Reuters Television showed crowds outside the court.", None, None, "Reuters Television showed"),
    ("AFP Pyongyang says the launch failed.", None, None, "AFP Pyongyang says"),
    ("The Associated Press reported the figures first.", None, None, "The Associated Press reported"),
    ("US President Donald Trump (AP) said on Monday he would sign.", None, None, "US President Donald Trump (AP)"),
    ("Reliance Industries Chairman Mukesh Ambani on Friday urged the government to act.", None, None, "Reliance Industries Chairman"),
    ("Note: Subscription will be auto renewed.", None, None, "Note: Subscription"),
    ("DEAR ABBY: My husband bought plane tickets.", None, None, "DEAR ABBY: My husband"),
    ("Budget 2020: The finance minister proposed a plan.", None, None, "Budget 2020:"),
    ("(CNN) The president made an unscheduled trip.", None, None, "(CNN) The president"),
    ("Indianapolis – Several thousand teachers rallied.", None, None, "Indianapolis – Several"),
    ("GIRLS BASKETBALL\n\nPalm Bay beat Rockledge 70-44.", None, None, "GIRLS BASKETBALL"),
    ("BREAKING — The index fell 3 per cent.", None, None, "BREAKING — The index"),
]

#: (body, agency, how the body must end after removal)
SIGNATURES = [
    ("The dollar rose against the yen.\n\n(with inputs from Reuters)", "Reuters", "against the yen."),
    ("The dollar rose against the yen.\n\n(With inputs from PTI)", "PTI", "against the yen."),
    ("The dollar rose against the yen.\n\nWith inputs from agencies", None, "against the yen."),
    ("The dollar rose against the yen.\n\n(With inputs from Reuters and AFP)", "Reuters", "against the yen."),
    ("The minister spoke at length. -- IANS", "IANS", "spoke at length."),
    ("The minister spoke at length.\n\n--IANS\nrak/sdr", "IANS", "spoke at length."),
    ("The minister spoke at length. (PTI)", "PTI", "spoke at length."),
    ("The minister spoke at length.\n\n(ANI)", "ANI", "spoke at length."),
    ("The minister spoke at length.\n\n— AFP", "AFP", "spoke at length."),
    ("The minister spoke at length.\n\nPTI", "PTI", "spoke at length."),
    # Not signatures: a cited source, a photo credit.
    ("Five songs to hear.\n\nIt's Complicated [ Bloomberg ]", None, "It's Complicated [ Bloomberg ]"),
    ("The chairman addressed the summit (Photo: PTI)", None, "(Photo: PTI)"),
    ("He quoted a figure first published by the AP", None, "published by the AP"),
]


@pytest.mark.parametrize(("text", "expected"), AGENCY_NAMES)
def test_agency_name(text: str, expected: str | None) -> None:
    assert agency_name(text) == expected


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_place_name(text: str | None, expected: str | None) -> None:
    assert place_name(text) == expected


@pytest.mark.parametrize(("text", "agency", "dateline"), BYLINES)
def test_from_byline(text: str, agency: str | None, dateline: str | None) -> None:
    assert from_byline(text) == Credit(agency, dateline)


@pytest.mark.parametrize(("body", "agency", "dateline", "starts"), OPENINGS)
def test_from_body_opening(body: str, agency: str | None, dateline: str | None, starts: str) -> None:
    credit, text = from_body(body)
    assert credit == Credit(agency, dateline)
    assert text.startswith(starts)
    assert body.rstrip().endswith(text[-20:])  # the story's own text is intact


@pytest.mark.parametrize(("body", "agency", "ends"), SIGNATURES)
def test_from_body_signature(body: str, agency: str | None, ends: str) -> None:
    credit, text = from_body(body)
    assert credit.agency == agency
    assert text.endswith(ends)
    assert body.startswith(text[:20])


def test_leading_credit_wins_over_signature() -> None:
    credit, text = from_body("NEW YORK (Reuters) - Oil fell.\n\n(with inputs from AFP)")
    assert credit == Credit("Reuters", "New York")
    assert text == "Oil fell."


def test_paragraphs_after_the_credit_are_kept() -> None:
    body = "PYONGYANG (AFP) — First paragraph.\n\nSecond paragraph.\n\nThird paragraph."
    assert from_body(body) == (Credit("AFP", "Pyongyang"), "First paragraph.\n\nSecond paragraph.\n\nThird paragraph.")


def test_a_body_that_is_only_a_credit_is_left_as_it_is() -> None:
    assert from_body("(PTI)") == (Credit("PTI", None), "(PTI)")
    assert from_body("") == (Credit(), "")


def test_credit_is_frozen() -> None:
    with pytest.raises(AttributeError):
        Credit("AFP").agency = "PTI"  # type: ignore[misc]


#: Real pages in ../shared/bench/india: (file, XPath of the byline, agency, dateline).
REAL_BYLINES = [
    ("business_std_119011800410.html.gz", "//p[contains(., 'Last Updated')]", "PTI", "Gandhinagar"),
    ("business_std_120040100086.html.gz", "//p[contains(., 'Last Updated')]", None, None),
    ("ndtv_2373245.html.gz", "//span[@class='pst-by_li'][contains(., 'Edited by')]", "Reuters", None),
    ("hindu_30713792.html.gz", "(//div[contains(@class, 'author-container')])[1]", None, "Chandigarh"),
]


@pytest.mark.parametrize(("name", "xpath", "agency", "dateline"), REAL_BYLINES)
def test_real_bylines(shared, name: str, xpath: str, agency: str | None, dateline: str | None) -> None:
    import gzip

    import lxml.html

    tree = lxml.html.fromstring(gzip.decompress((shared / "bench" / "india" / name).read_bytes()))
    byline = tree.xpath(xpath)[0].text_content()
    assert from_byline(byline) == Credit(agency, dateline)
    paragraphs = [" ".join(p.text_content().split()) for p in tree.xpath("//p")]
    body = "\n\n".join(p for p in paragraphs if len(p) > 40)
    assert from_body(body)[1] == body  # none of these bodies opens with a credit


@pytest.mark.parametrize(("name", "alias"), [(name, alias) for name, aliases in wire._AGENCIES.items()
                                             for alias in aliases])
def test_every_alias_names_its_agency(name: str, alias: str) -> None:
    assert agency_name(alias) == name
    assert agency_name(f"By {alias}") == name


@pytest.mark.parametrize("alias", sorted(wire.BYLINE_ONLY))
def test_a_short_agency_name_that_is_a_word_too_is_an_agency_in_bylines_only(alias: str) -> None:
    assert from_byline(f"{alias} | Example City").agency is not None
    headline = f"{alias} Wins Example Ward\nThe party kept the seat with a wider margin than before, officials said."
    assert from_body(headline) == (Credit(), headline)
    ending = "The lab said it was ready for the next step of the work.\nWhat comes next — " + alias
    assert from_body(ending) == (Credit(), ending)
    signed = f"The council met on Monday and agreed on the plan for the new road.\n({alias})"
    assert from_body(signed) == (Credit(), signed)


@pytest.mark.parametrize("alias", ["EPD", "Epd", "DPA ", "Dpa"])
def test_a_lower_case_acronym_in_another_case_is_no_agency(alias: str) -> None:
    assert agency_name(alias) == ("DPA" if alias.strip() == "DPA" else None)
    body = "HONG KONG (EPD) — The department said the air was clean on Monday morning."
    assert from_body(body)[0] == Credit(None, "Hong Kong")
