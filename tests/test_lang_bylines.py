"""Every row of the byline tables in :mod:`newsspider.lang.bylines`, read the way
:mod:`newsspider.extract.people` reads real bylines."""

from __future__ import annotations

import pytest

from newsspider.extract.people import authors, is_opened, is_slug, opens_byline, person_names, same_person
from newsspider.lang import bylines as words

PREFIXES = [p for ps in words.BYLINE_PREFIXES.values() for p in ps]
CJK = {"责任编辑", "編輯", "编辑", "作者", "记者", "記者", "通讯员", "通訊員", "執筆者", "筆者", "著者", "文"}


def _opened(prefix: str, names: str) -> str:
    if prefix in CJK:
        return f"{prefix}：{names}"
    return f"{prefix[:1].upper()}{prefix[1:]} {names}"


@pytest.mark.parametrize("prefix", PREFIXES)
def test_every_byline_word_opens_a_byline(prefix: str) -> None:
    assert person_names(_opened(prefix, "Anna Weber")) == ["Anna Weber"]
    # with a colon, as a label ("Autor: Anna Weber", "责任编辑：孔德明")
    assert person_names(f"{prefix}: Anna Weber") == ["Anna Weber"]


@pytest.mark.parametrize("prefix", [p for p in PREFIXES if p not in CJK])
def test_a_byline_word_after_the_date_opens_the_names(prefix: str) -> None:
    assert person_names(f"12. Juni 2017 {prefix} Anna Weber") == ["Anna Weber"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Автор текста: Иван Петров", ["Иван Петров"]),
        ("Материал подготовила Анна Петрова", ["Анна Петрова"]),
        ("Підготувала Олена Коваленко", ["Олена Коваленко"]),
        ("Аутор: Марко Марковић", ["Марко Марковић"]),
        ("Hazırlayan: Ahmet Yılmaz", ["Ahmet Yılmaz"]),
        ("نویسنده: علی رضایی", ["علی رضایی"]),
        ("लेखक: राहुल शर्मा", ["राहुल शर्मा"]),
        ("रिपोर्ट: राहुल शर्मा", ["राहुल शर्मा"]),
        ("작성자 홍길동", ["홍길동"]),
        ("執筆者：山田太郎", ["山田太郎"]),
        ("筆者：山田太郎", ["山田太郎"]),
        ("著者：山田太郎", ["山田太郎"]),
        ("Του Γιώργου Παπαδόπουλου", ["Γιώργου Παπαδόπουλου"]),
        ("Της Μαρίας Νικολάου και του Γιάννη Κωστόπουλου", ["Μαρίας Νικολάου", "Γιάννη Κωστόπουλου"]),
        ("Του Αγίου Νικολάου", []),  # of Saint Nicholas: a church, a feast
        ("Της Αγίας Σοφίας", []),
        ("إعداد: محمد أحمد", ["محمد أحمد"]),
        ("به قلم علی رضایی", ["علی رضایی"]),
        ("লেখক: রাহুল দাস", ["রাহুল দাস"]),
        ("প্রতিবেদক: রাহুল দাস", ["রাহুল দাস"]),
        ("تحریر: علی احمد", ["علی احمد"]),
        ("Napsal Jan Novák", ["Jan Novák"]),
        ("Napísala Jana Kováčová", ["Jana Kováčová"]),
        ("Napisao Ivan Horvat", ["Ivan Horvat"]),
        ("Napsal jsem dopis", []),  # I wrote a letter: a sentence
    ],
)
def test_bylines_in_other_scripts(line: str, names: list[str]) -> None:
    assert person_names(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("05.02.2020 - Redaktion: Eberhard Example (Pressesprecher des Vereins)", ["Eberhard Example"]),
        ("Redaktion: Online-Team", []),
        ("Von Online-Team", []),
        ("By Web-Desk", []),
        ("Von Hans-Peter Weber", ["Hans-Peter Weber"]),
    ],
)
def test_the_newsrooms_editor_and_the_newsroom(line: str, names: list[str]) -> None:
    assert person_names(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Kristen Example Kristen Example", ["Kristen Example"]),  # the name, then its link's text
        ("Finian Example. Example International", ["Finian Example"]),  # a sentence's end, then the publication
        ("By Jeffrey A. Example", ["Jeffrey A. Example"]),  # an initial's point is no sentence's end
        ("By Perry Example Jr.", ["Perry Example Jr."]),
        ("Außenministerium der Republik Österreich", []),
        ("Von Bündnis 90/Die Grünen", []),
        ("Publisher", []),
    ],
)
def test_a_name_twice_and_organisations(line: str, names: list[str]) -> None:
    assert person_names(line) == names


def test_a_report_word_without_its_colon_opens_no_byline() -> None:
    # Hindi "रिपोर्ट" opens sentences ("the report says ..."): a byline word with its colon only
    assert not is_opened("रिपोर्ट में कहा गया")
    assert is_opened("रिपोर्ट: राहुल शर्मा")


@pytest.mark.parametrize("suffix", words.BYLINE_SUFFIXES)
def test_a_title_after_the_name(suffix: str) -> None:
    assert person_names(f"홍길동 {suffix}") == ["홍길동"]


@pytest.mark.parametrize("joiner", words.JOINERS)
def test_every_joiner_splits_two_people(joiner: str) -> None:
    assert person_names(f"By Monika Bolliger {joiner} Anna Trechsel") == ["Monika Bolliger", "Anna Trechsel"]


@pytest.mark.parametrize("joiner", words.WITH_JOINERS)
def test_a_co_author_or_an_agency_with_the_author(joiner: str) -> None:
    assert person_names(f"By Monika Bolliger {joiner} Anna Trechsel") == ["Monika Bolliger", "Anna Trechsel"]
    assert person_names(f"Von Monika Bolliger {joiner} dpa") == ["Monika Bolliger"]
    # no byline word: a headline's "Interview mit Sharon Stein"
    assert person_names(f"Interview {joiner} Anna Trechsel") == []


@pytest.mark.parametrize("word", sorted(words.NEWSROOM_WORDS))
def test_newsroom_and_organisation_words_are_no_people(word: str) -> None:
    assert person_names(f"By Example {word[:1].upper()}{word[1:]}") == []


@pytest.mark.parametrize("ending", words.NEWSROOM_ENDINGS)
def test_compounds_naming_an_organisation_are_no_people(ending: str) -> None:
    assert person_names(f"Von Example Finanz{ending}") == []
    assert person_names(f"Von Anna Weber, Finanz{ending}") == ["Anna Weber"]


@pytest.mark.parametrize("word", words.CREDIT_WORDS)
def test_credits_are_no_authors(word: str) -> None:
    assert person_names(f"{word[:1].upper()}{word[1:]}: Jane Doe") == []
    # a credit after the byline ends it
    assert person_names(f"Von Anna Weber {word[:1].upper()}{word[1:]}: Jane Doe") == ["Anna Weber"]


@pytest.mark.parametrize("label", words.NOT_BYLINE_LABELS)
def test_a_label_ends_the_names(label: str) -> None:
    assert person_names(f"By Barbara Russ / {label[:1].upper()}{label[1:]}: Event, Fashion") == ["Barbara Russ"]


@pytest.mark.parametrize("day", words.WEEKDAYS)
def test_weekdays(day: str) -> None:
    assert person_names(day[:1].upper() + day[1:]) == []
    assert person_names(f"Von Anna Weber am {day[:1].upper()}{day[1:]}") == ["Anna Weber"]


@pytest.mark.parametrize("month", words.MONTHS)
def test_a_month_after_the_name_ends_it(month: str) -> None:
    assert person_names(f"By Jane Doe {month[:1].upper()}{month[1:]} 3, 2024") == ["Jane Doe"]


@pytest.mark.parametrize("role", sorted(words.ROLE_WORDS))
def test_a_role_is_no_name(role: str) -> None:
    assert person_names(f"Jane Doe, Senior {role[:1].upper()}{role[1:]} Of Things") == ["Jane Doe"]


@pytest.mark.parametrize("word", sorted(words.NOT_NAMES))
def test_words_that_are_never_names(word: str) -> None:
    assert person_names(word[:1].upper() + word[1:]) == []


@pytest.mark.parametrize("value", sorted(words.PLACEHOLDERS))
def test_a_template_placeholder_is_no_name_but_may_open_one(value: str) -> None:
    assert person_names(value, strict=False) == []
    assert authors([value, "Ana Lima"]) == [{"name": "Ana Lima"}]
    if value.isalpha():
        assert person_names(f"By {value.capitalize()} Whaley") == [f"{value.capitalize()} Whaley"]


@pytest.mark.parametrize("ending", words.CJK_PUBLICATION_ENDINGS)
def test_a_cjk_publication_s_name_after_the_story_is_the_site_s(ending: str) -> None:
    from newsspider.extract.headline import strip_site

    assert strip_site(f"北京今冬首场降雪 - 北京{ending}", ()) == "北京今冬首场降雪"
    assert strip_site(f"北京今冬首场降雪 - 北京{ending}的记者在现场报道", ()) == f"北京今冬首场降雪 - 北京{ending}的记者在现场报道"


@pytest.mark.parametrize("tail", words.NAME_TAILS)
def test_link_labels_after_the_name(tail: str) -> None:
    assert person_names(f"Johanna Kropfitsch {tail[:1].upper()}{tail[1:]}") == ["Johanna Kropfitsch"]


@pytest.mark.parametrize("article", sorted(words.ARTICLES - {w.casefold() for w in words.FULL_NAME_PREFIXES}))
def test_a_publication_is_no_person(article: str) -> None:
    assert person_names(f"{article[:1].upper()}{article[1:]} Morning Ledger") == []


@pytest.mark.parametrize("honorific", sorted(words.HONORIFICS))
def test_a_form_of_address_in_the_address_is_no_owner(honorific: str) -> None:
    from newsspider.extract.people import not_people

    title = honorific[:1].upper() + honorific[1:]
    assert not_people([f"{title} Figaro"], f"{honorific}.lefigaro.example") == (f"{honorific} figaro",)
    assert not_people([f"{title} Figaro"], f"{honorific}.lefigaro.example") != ()


@pytest.mark.parametrize("particle", sorted(words.NAME_PARTICLES))
def test_particles_inside_a_name_stay(particle: str) -> None:
    assert person_names(f"Christoph {particle} Ritter") == [f"Christoph {particle} Ritter"]


@pytest.mark.parametrize("role", sorted(words.ROLES_AFTER_NAME))
def test_a_job_title_after_the_name_is_dropped(role: str) -> None:
    assert person_names(f"By Rachel Macdonald {role[:1].upper()}{role[1:]}") == ["Rachel Macdonald"]
    # and the title's modifiers with it
    assert person_names(f"by Linda Rosencrance Contributing {role[:1].upper()}{role[1:]}") == ["Linda Rosencrance"]


@pytest.mark.parametrize("beat", sorted(words.BEAT_WORDS))
def test_a_beat_between_the_name_and_the_role_is_dropped(beat: str) -> None:
    title = beat[:1].upper() + beat[1:]
    assert person_names(f"By Jane Doe {title} Reporter") == ["Jane Doe"]
    assert person_names(f"Jane Doe Senior {title} Correspondent") == ["Jane Doe"]
    # a beat and a role after one word: a desk's name ("Example Sports Editor"), no person's
    assert person_names(f"Example {title} Editor") == []


@pytest.mark.parametrize("letters", sorted(words.POSTNOMINALS))
def test_degrees_after_the_name_are_dropped(letters: str) -> None:
    assert person_names(f"Article by: Cara Dumaplin {letters.upper()}") == ["Cara Dumaplin"]
    # each after a comma, as many as they are (no list of topics, no people)
    assert person_names(f"Cara Dumaplin, {letters.upper()}, MS, RD") == ["Cara Dumaplin"]


@pytest.mark.parametrize("label", words.OTHER_ROLES)
def test_other_roles_end_the_authors(label: str) -> None:
    opened = f"{label[:1].upper()}{label[1:]}"
    assert person_names(f"By Benjamin Preston {opened} Jon Linkov") == ["Benjamin Preston"]
    assert person_names(f"{opened}: Monika Nemcova") == []


@pytest.mark.parametrize("word", sorted(words.LOWER_CASE_PARTICLES - set(words.JOINERS)))
def test_small_words_inside_a_name_stay(word: str) -> None:
    assert person_names(f"Anna {word} Merwe Weber") == [f"Anna {word} Merwe Weber"]


@pytest.mark.parametrize("word", sorted(words.LOWER_CASE_PARTICLES & set(words.JOINERS)))
def test_small_joining_words_make_no_prose(word: str) -> None:
    # one word after a joiner that also means "in" is a place (see test_place_joiners)
    assert person_names(f"Center for Drug Evaluation {word} Research", strict=False) \
        == ["Center for Drug Evaluation"] + ([] if word in words.PLACE_JOINERS else ["Research"])


@pytest.mark.parametrize("day", words.WEEKDAY_ABBREVIATIONS)
def test_short_weekdays(day: str) -> None:
    assert person_names(f"{day[:1].upper()}{day[1:]}") == []
    assert person_names(f"Tomas Spahn {day[:1].upper()}{day[1:]} 12.03.2021") == ["Tomas Spahn"]


@pytest.mark.parametrize("word", sorted(words.DESK_WORDS))
def test_a_desk_ends_the_byline(word: str) -> None:
    # a line crediting a desk is read no further ("... Text Size Small Medium Large")
    assert person_names(f"Example {word[:1].upper()}{word[1:]} / Updated: Dec 17, 2025 Text Size Small") == []


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # the kinds of failure seen on pages of many sites and languages
        ("Von Monika Bolliger und Anna Trechsel", ["Monika Bolliger", "Anna Trechsel"]),
        ("von david straub", ["david straub"][:0]),  # lower case after a byline word: two words are prose
        ("Par Barbara Stiegler", ["Barbara Stiegler"]),
        ("Accueil | Par Loïc Le Clerc | 30 septembre 2018", ["Loïc Le Clerc"]),
        ("Por Alberto Ávila y Rocío Latorre", ["Alberto Ávila", "Rocío Latorre"]),
        ("Di Mario Rossi e Luca Bianchi", ["Mario Rossi", "Luca Bianchi"]),
        ("Av Kari Nordmann og Ola Nordmann", ["Kari Nordmann", "Ola Nordmann"]),
        ("김철수 기자", ["김철수"]),
        ("山田太郎記者", ["山田太郎"]),
        ("责任编辑：孔德明", ["孔德明"]),
        ("Frankfurt, Germany", []),
        ("hessenschau.de, Frankfurt, Germany", []),
        ("Auburn, Wash. —", []),
        ("Foto: Jane Doe", []),
        ("Quelle: SID", []),
        ("Accueil", []),
        ("Donnerstag", []),
        ("Redaktion", []),
        ("Staff", []),
        ("Veröffentlicht am 12. Juni 2017 von gizzmo", ["gizzmo"]),
        ("Post author By Helge Fahrnberger", ["Helge Fahrnberger"]),
        ("September 17, 2019 Helmut Rubik 0", ["Helmut Rubik"]),
        ("26. September 2019 Ulrike Stockhausen Schreibe einen Kommentar", ["Ulrike Stockhausen"]),
        ("Tanja Karrasch3.11.2023", ["Tanja Karrasch"]),
        ("Donnerstag, 4. November 2021 von Example Redaktion in Rubrik: Autos", []),
        ("By Md Aynal Haque RAJSHAHI, Dec 20, 2025 (BSS) - Homestead", ["Md Aynal Haque"]),
        ("Glen Owen and Brendan Carlin for the Mail on Sunday", ["Glen Owen", "Brendan Carlin"]),
        ("By Perry Bacon Jr.", ["Perry Bacon Jr."]),
        ("Markus M. Haefliger, London, Beat Bumbacher", ["Markus M. Haefliger", "Beat Bumbacher"]),
        ("By combining these strategies, you save", []),
        ("Design: Scott McDaniel", []),
        ("https://www.facebook.com/someone", []),
        ("Bild © hr", []),
        ("Tom May", ["Tom May"]),
        ("Russell Miller Dec 3", ["Russell Miller"]),
        ("ARD", []),
        ("01.12.2022 / CSP / International / Photovoltaik / Speicher", []),
        ("von Ulrike 18.10.2019 16:06 Uhr", ["Ulrike"]),
        ("Christoph von Ritter", ["Christoph von Ritter"]),
        ("Zeige alle Beiträge von Petra Ruland", ["Petra Ruland"]),
        # prose after a byline word, labels and dates read as names
        ("A total of 6,000 surgical masks have been lost", []),
        ("Von Atemschutzmaske über Exit-Strategie und Kontaktverbot bis Zoonose", []),
        ("GARDEN MAINTENANCE annette thurmon June 17, 2021", []),
        ("Personal finance January 27, 2025", []),
        ("Einen Studienplatz, aber keine Wohnung? So geht es momentan einigen Erstis.", []),
        ("[Submitted on 18 Dec 2025]", []),
        ("Sat, 20 Dec, 2025 - 06:36", []),
        ("© GettyImages/Nastasic", []),
        # a name in capitals after a first name is the surname, not a dateline
        ("Par Chokri GHARBI", ["Chokri GHARBI"]),
        ("By Alyssa Maio on January 21, 2023", ["Alyssa Maio"]),
        ("Rui Ma", ["Rui Ma"]),
        # roles, employers and avatars around the name
        ("by Daniel Burstein, Senior Director, Content & Marketing, Example Institute", ["Daniel Burstein"]),
        ("This post was written by Danielle Padula, Head of Marketing and Community Development", ["Danielle Padula"]),
        ("By Cort Honey, Home- and Digital-Security Expert", ["Cort Honey"]),
        ("Reviewed by Justin C. Meserole, Trial Attorney at Example & Example", []),
        ("CM Craig McCarthy Last updated on 17 December 2025", ["Craig McCarthy"]),
        ("FOCUS-Online-Experte Robin Tschöpe", ["Robin Tschöpe"]),
        ("Disko Von Ernst Lohoff", ["Ernst Lohoff"]),
        ("26/12/2019 von revamp-it Webteam", ["revamp-it Webteam"]),
        ("Hardtail Canada →", ["Hardtail Canada"]),
        ("Collectif", []),
        # a label's date before the byline's label; an account's handle; a theme's dash after the name
        ("Datum: 19.11.2021 Autor: Jana Imhof Quelle: Example", ["Jana Imhof"]),
        ("Datum: 03.11.2021 Autor: Peter Maas/SP-X", ["Peter Maas"]),
        ("Example Staff / Updated: Dec 17, 2025 Text Size Small", []),
        ("Por Williams Pérez @wperez -", ["Williams Pérez"]),
        ("By Jane Doe -", ["Jane Doe"]),
        ("FRANKFURT -", []),
        ("Text & Fotos: Ivan Valet", ["Ivan Valet"]),
        ("Interview: Julia Laut", ["Julia Laut"]),
        ("Interview mit Sharon Stein", []),
        ("Eurosport publiziert 05/02/2022", ["Eurosport"]),
        # job titles after the name, two words or more ("Luxury Travel Expert" is a site's name)
        ("Updated January 08, 2026 Written by Meghan Nevil Content Marketing Coordinator", ["Meghan Nevil"]),
        ("Luxury Travel Expert", ["Luxury Travel Expert"]),
        # a newsroom's role after a person's name, with no comma, is a role; alone, a desk
        ("By Jane Doe Tech Reporter", ["Jane Doe"]),
        ("Jessica Holly Senior Political Correspondent", ["Jessica Holly"]),
        ("Mary Ann Smith Reporter", ["Mary Ann Smith"]),
        ("Von Anna Weber Redakteur", ["Anna Weber"]),
        ("Example Sports Editor", []),
        ("By Antrim Court Reporter Published 9th Nov 2023, 09:34 GMT", []),
        ("Web Editor", []),
        ("Jane Doe, Senior Editor", ["Jane Doe"]),
        # the paper a byline's person writes for; a role before the name
        ("By Jane Doe For Dailymail.com", ["Jane Doe"]),
        ("By JANE DOE FOR MAILONLINE", ["Jane Doe"]),
        ("Par Marie Dupont avec AFP", ["Marie Dupont"]),
        ("Por María García con información de EFE", ["María García"]),
        ("Redakteurin Anna Weber", ["Anna Weber"]),
        ("Korrespondentin Anna Weber, Washington", ["Anna Weber"]),
        ("Senior Editor Jane Doe", ["Jane Doe"]),
        ("Chief Executive Officer", []),
        ("Autor: Rechtsanwalt Sebastian Einbock", ["Sebastian Einbock"]),
        # a correspondent's post, a place or a desk after a slash
        ("Marie Dupont, correspondante à Bruxelles", ["Marie Dupont"]),
        # an organisation after the name: its place is no person, the names after "and" are
        ("By Jane Doe, CNN Business", ["Jane Doe"]),
        ("CNN Business", []),
        ("By Jane Doe, Example Times, New Delhi", ["Jane Doe"]),
        ("By Jane Doe, BBC Sport, and John Roe", ["Jane Doe", "John Roe"]),
        ("By Jane Doe and AJ Smith", ["Jane Doe", "AJ Smith"]),
        ("By Chris Roe, CNN Editor-at-large", ["Chris Roe"]),
        # a surname in capitals before the given name is a person's, not an acronym's organisation
        ("By YAMADA Taro", ["YAMADA Taro"]),
        ("Par DUPONT Marie", ["DUPONT Marie"]),
        ("By WANG Xiaoming and LI Hua", ["WANG Xiaoming", "LI Hua"]),
        ("BY JANE DOE AND JOHN ROE", ["Jane Doe", "John Roe"]),
        # "by" in Afrikaans, Swahili and Albanian; a name they open as a first name is the person
        ("Deur Jan van der Merwe", ["Jan van der Merwe"]),
        ("Na Juma Hassan", ["Juma Hassan"]),
        ("Imeandikwa na Juma Hassan", ["Juma Hassan"]),
        ("Nga Arben Hoxha", ["Arben Hoxha"]),
        ("Nga Pham", ["Nga Pham"]),
        ("Na Young", ["Na Young"]),
        # a preposition before the date cut off after the names
        ("Door Jan de Vries op 12 maart 2024", ["Jan de Vries"]),
        ("Por Maria Souza em 12 de março de 2024", ["Maria Souza"]),
        ("Af Mette Hansen d. 12. marts 2024", ["Mette Hansen"]),
        ("Jan Novák dne 12. března 2024", ["Jan Novák"]),
        ("Von Anna Weber am 12.03.2024", ["Anna Weber"]),
        ("José Miguel Roe Hace 2 horas", ["José Miguel Roe"]),
        # a capital initial or a short surname like a preposition ends the name, and stays
        ("By John D. 13.03.2024", ["John D."]),
        ("Von Anna Op 13.03.2024", ["Anna Op"]),
        ("By Mark Em 12:00", ["Mark Em"]),
        # a Korean date's label before the byline
        ("입력 2024.03.01 12:00 | 김철수 기자", ["김철수"]),
        ("수정 2024.03.01 12:00 | 김철수 기자", ["김철수"]),
        # a conversation's two people; a headline's two surnames are no byline
        ("Richard Roe im Gespräch mit Karin Example", ["Richard Roe", "Karin Example"]),
        ("Jane Doe in conversation with John Roe", ["Jane Doe", "John Roe"]),
        ("Marie Dupont en conversation avec Jean Martin", ["Marie Dupont", "Jean Martin"]),
        ("Merkel im Gespräch mit Macron", []),
        # a trade in lower case after the name, then the employer
        ("Written by Jane Doe, MD, gastroenterologist, Example Health.", ["Jane Doe"]),
        ("By Jane Doe, reporter, Example Times", ["Jane Doe"]),
        # ... unless a joiner brings a co-author after it
        ("By Jane Doe, correspondent, and John Roe, photographer", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, staff writer, and John Roe", ["Jane Doe", "John Roe"]),
        ("Von Anna Weber, freie Journalistin, Berlin", ["Anna Weber"]),
        ("di Mario Rossi, inviato a Kiev", ["Mario Rossi"]),
        ("María García / Madrid", ["María García"]),
        ("Anna Weber / Jan Müller", ["Anna Weber", "Jan Müller"]),
        ("Words: Jane Doe", ["Jane Doe"]),
        # a translator after the author
        ("Von Lena Bergmann | Übersetzung: Tom Kessler", ["Lena Bergmann"]),
        ("By Emily Way Fact-checked by Paul Rankin Tested by Katie Band and Mary Henn", ["Emily Way"]),
        # scripts without capitals, bylines of East Asian papers
        ("[서울=뉴시스] 김철수 기자 =", ["김철수"]),
        ("김철수 기자 kim@example.co.kr", ["김철수"]),
        ("本报记者 王小明", ["王小明"]),
        ("（记者 王小明）", ["王小明"]),
        ("文/王小明", ["王小明"]),
        ("文・山田太郎", ["山田太郎"]),
        ("记者从市教育局获悉", []),
        ("记者 王小明 李华", ["王小明", "李华"]),
        ("김철수 이영희 기자", ["김철수", "이영희"]),
        # a middle dot joins Korean names before the title; elsewhere it parts segments
        ("김철수·이영희 기자", ["김철수", "이영희"]),
        ("[서울=뉴스1] 김철수 · 이영희 · 박민수 특파원 =", ["김철수", "이영희", "박민수"]),
        ("정치·사회", ["정치"]),
        # a Taiwanese paper's byline in brackets, its dateline after the slash
        ("【記者王小明／台北報導】", ["王小明"]),
        ("（記者王小明/綜合報導）", ["王小明"]),
        # a role and a joiner glued to the names
        ("記者王小明與李大華", ["王小明", "李大華"]),
        ("本報記者王小明及李大華／台北報導", ["王小明", "李大華"]),
        ("記者王和平", ["王和平"]),  # one name holding a joiner's letter
        # a picture's credit of one letter after the writer's
        ("文/王小明 图/李大华", ["王小明"]),
        ("文／王小明圖／李大華", ["王小明"]),
        ("摄/李大华 文/王小明", ["王小明"]),
        # a credit alone after the name: he took the photos too
        ("記者王小明／攝影", ["王小明"]),
        ("記者王小明/攝影", ["王小明"]),
        ("王小明／李大華", ["王小明", "李大華"]),
        ("[서울=뉴시스] 김철수 기자 = 기사 본문", ["김철수"]),
        ("بقلم محمد علي", ["محمد علي"]),
        ("โดย สมชาย ใจดี", ["สมชาย ใจดี"]),
        ("Συντάκτης: Γιώργος Παπαδόπουλος", ["Γιώργος Παπαδόπουλος"]),
    ],
)
def test_real_looking_bylines(byline: str, names: list[str]) -> None:
    assert person_names(byline) == names


def test_the_site_itself_is_no_author() -> None:
    assert person_names("Jobs & Hire", ("jobs & hire",)) == []
    # the site's name in another spelling
    assert person_names("By HomeFixer Staff", ("home fixer",)) == []
    assert person_names("By HomeFixer", ("home fixer",)) == []
    assert person_names("Interscenario", ("interscenar.io",), strict=False) == []


def test_lines_no_markup_calls_a_byline_need_capitals() -> None:
    assert person_names("By mid 2019, the number of failures had fallen", lower_opened=False) == []
    assert person_names("By default, we use the photos on your website", lower_opened=False) == []
    assert person_names("von gizzmo") == ["gizzmo"]


def test_names_from_markup_need_no_capital() -> None:
    assert person_names("kirstin boatto", strict=False) == ["kirstin boatto"]
    assert person_names("r23", strict=False) == ["r23"]
    assert person_names("kirstin boatto") == []
    assert person_names("Mobasir hassan", strict=False) == ["Mobasir hassan"]


def test_labels_of_author_pairs() -> None:
    assert opens_byline("Written by") and opens_byline("Geschrieben von") and opens_byline("Écrit par")
    assert not opens_byline("Est. reading time")


def test_handles() -> None:
    assert is_slug("edilson.la.rosa") and is_slug("ganesh-sitaraman") and not is_slug("Ganesh Sitaraman")
    assert same_person("edilson.la.rosa", "Edilson La Rosa") and not same_person("jane-doe", "John Roe")


@pytest.mark.parametrize("word", sorted(words.ORGANISATION_SMALL_WORDS - set(words.JOINERS)))
def test_a_dated_line_naming_a_section_is_no_byline(word: str) -> None:
    from newsspider.extract.people import dated_name

    assert dated_name("11.12.2019 - Mahua Das Project") == ["Mahua Das Project"]
    assert dated_name(f"11.12.2019 - Mahua Das {word} Project") == []


@pytest.mark.parametrize("word", words.CREDIT_WORDS)
def test_a_credit_after_the_names_ends_them(word: str) -> None:
    for particle in ("von", "by", "par", "de", "di", "por"):
        assert person_names(f"Text von Anna Weber {word[:1].upper()}{word[1:]} {particle} Jane Doe") == ["Anna Weber"]


@pytest.mark.parametrize("label", words.AUTHOR_PAGE_LABELS)
def test_author_page_labels_are_byline_words(label: str) -> None:
    # a name element they label is read ("View all posts by Jane Doe"); bylines.py reads
    # no line they open on its own
    assert label in PREFIXES
    assert person_names(f"{label[:1].upper()}{label[1:]} Anna Weber") == ["Anna Weber"]


@pytest.mark.parametrize("joiner", words.PLACE_JOINERS)
def test_place_joiners(joiner: str) -> None:
    assert joiner in words.JOINERS
    # two people, or a person and a place
    assert person_names(f"Door Jan de Vries {joiner} Piet Jansen") == ["Jan de Vries", "Piet Jansen"]
    assert person_names(f"Por Ana Pérez {joiner} Madrid") == ["Ana Pérez"]
    assert person_names(f"Por Ana Pérez y Juan López, {joiner} Madrid") == ["Ana Pérez", "Juan López"]


@pytest.mark.parametrize(("line", "names"), [("Na Nowym Świecie", []), ("Na Slovensku Havaroval Autobus", []),
                                             ("Nga Tirana Deri Në Durrës", []), ("Nga Pham", ["Nga Pham"])])
def test_a_preposition_that_is_a_byline_word_opens_no_unmarked_line(line: str, names: list[str]) -> None:
    assert person_names(line, lower_opened=False) == names


@pytest.mark.parametrize("note", words.DATE_NOTES)
def test_a_date_note_ends_the_names(note: str) -> None:
    assert person_names(f"Av Kari Nordmann {note[:1].upper()}{note[1:]} 12.03.2024") == ["Kari Nordmann"]
    assert person_names(f"By Jane Doe | {note[:1].upper()}{note[1:]} 3 hours ago") == ["Jane Doe"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # an agency's name after the person's is the agency's credit
        ("By JANE DOE Associated Press", ["Jane Doe"]),
        ("Von ANNA WEBER Deutsche Presse-Agentur", ["Anna Weber"]),
        ("By Jane Doe Reuters", ["Jane Doe"]),
        ("Economy Press Trust of India", []),
        ("PTI NEW DELHI", []),
        # a joiner after the comma of a list ("Jane Doe, John Roe, and Max Moe")
        ("By Jane Doe, John Roe, and Max Moe", ["Jane Doe", "John Roe", "Max Moe"]),
        ("Von Jan Müller, Hamburg, und Anna Weber, Berlin", ["Jan Müller", "Anna Weber"]),
        # a correspondent's byline
        ("Von unserem Korrespondenten Jan Müller", ["Jan Müller"]),
        ("De notre correspondant à Bruxelles, Jean Dupont", ["Jean Dupont"]),
        ("Dal nostro inviato Mario Rossi", ["Mario Rossi"]),
    ],
)
def test_bylines_in_other_forms(byline: str, names: list[str]) -> None:
    assert person_names(byline) == names


def test_names_from_markup_in_lower_case_after_a_byline_word() -> None:
    # a JSON-LD or meta author written as its byline ("von david straub")
    assert person_names("von david straub", strict=False) == ["david straub"]
    assert person_names("par barbara stiegler", strict=False) == ["barbara stiegler"]
    # a line no markup calls a byline keeps needing capitals
    assert person_names("by combining these strategies") == []


@pytest.mark.parametrize("suffix", words.DATELINE_SUFFIXES)
def test_a_chinese_dateline_after_the_name(suffix: str) -> None:
    assert person_names(f"記者李明／台北{suffix}") == ["李明"]
    assert person_names(f"记者：李明/北京{suffix}") == ["李明"]


@pytest.mark.parametrize("preposition", words.PLACE_PREPOSITIONS)
def test_a_place_after_the_name(preposition: str) -> None:
    assert person_names(f"By Jane Doe {preposition} New York") == ["Jane Doe"]
    assert person_names(f"Von Anna Weber und Ben Roth {preposition} Berlin") == ["Anna Weber", "Ben Roth"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("文｜李明", ["李明"]),
        ("글 김철수", ["김철수"]),
        ("Texto y fotos: Ana López", ["Ana López"]),
        ("Door onze redacteur Jan de Vries", ["Jan de Vries"]),
        ("编辑王小明", ["王小明"]),
    ],
)
def test_bylines_of_more_forms(byline: str, names: list[str]) -> None:
    assert person_names(byline) == names


@pytest.mark.parametrize("prefix", words.KIND_PREFIXES)
def test_a_pieces_kind_then_the_byline_word(prefix: str) -> None:
    assert person_names(f"{prefix[:1].upper()}{prefix[1:]} Anna Weber") == ["Anna Weber"]
    assert person_names(f"{prefix[:1].upper()}{prefix[1:]} Anna Weber und Ben Roth") == ["Anna Weber", "Ben Roth"]


@pytest.mark.parametrize("opener", words.INTERVIEW_OPENERS)
def test_an_interviews_credit_names_the_interviewer_only(opener: str) -> None:
    joiner = {"intervista di": "con", "entretien réalisé par": "avec", "interview by": "with"}.get(opener, "mit")
    assert person_names(f"{opener[:1].upper()}{opener[1:]} Anna Weber {joiner} Ben Roth") == ["Anna Weber"]


@pytest.mark.parametrize("word", words.OPEN_WITHOUT_COLON)
def test_words_that_open_a_byline_without_a_colon(word: str) -> None:
    from newsspider.extract.bylines import _OPENING

    line = f"{word[:1].upper()}{word[1:]} Anna Weber"
    assert word in PREFIXES
    assert _OPENING.match(line) is not None  # a line of its own, as "By Jane Doe"
    assert person_names(line) == ["Anna Weber"]


@pytest.mark.parametrize("word", words.FULL_NAME_PREFIXES)
def test_a_byline_word_that_is_a_first_name_too(word: str) -> None:
    first = f"{word[:1].upper()}{word[1:]}"
    assert person_names(f"{first} Budi Santoso") == ["Budi Santoso"]
    if word.casefold() in words.ARTICLES:  # Greek "Της Κυριακής": of Sunday
        assert person_names(f"{first} Κυριακής") == []
    else:
        assert person_names(f"{first} Petrenko") == [f"{first} Petrenko"]  # the person's own first name
    assert person_names(f"{first}: Petrenko", strict=False) == ["Petrenko"]


@pytest.mark.parametrize("role", words.EDITOR_ROLES)
def test_the_editor_after_the_author(role: str) -> None:
    if any("\u3000" <= c <= "\u9fff" for c in role):
        assert person_names(f"作者：张三 {role}：李四") == ["张三"]
        if role in PREFIXES:
            assert person_names(f"{role}：李四") == ["李四"]  # alone, the one who signs
    else:
        label = f"{role[:1].upper()}{role[1:]}"
        assert person_names(f"Penulis: Budi Santoso {label}: Siti Rahma") == ["Budi Santoso"]
        if role in PREFIXES:
            assert person_names(f"{label}: Siti Rahma") == ["Siti Rahma"]  # alone, the one who signs


@pytest.mark.parametrize("particle", sorted(words.FROM_PARTICLES))
def test_where_from_after_the_names(particle: str) -> None:
    assert person_names(f"Por João Silva e Maria Souza, {particle} Agência Exemplo") == ["João Silva", "Maria Souza"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("det/dpa", []),  # a desk editor's code beside the agency
        ("Jane Doe/dpa", ["Jane Doe"]),
        ("Autorin Lena Vogt: Was der Winter bringt", ["Lena Vogt"]),  # the names end at their colon
        ("By Jane Doe and John Roe: Why markets fell", ["Jane Doe", "John Roe"]),  # any count of words
        ("Von Lena Vogt, Paul Berg und Eva Kern: Ein Jahr danach", ["Lena Vogt", "Paul Berg", "Eva Kern"]),
        ("来源：示例日报 作者：张三 责任编辑：李四", ["张三"]),
        ("本报记者 王小明", ["王小明"]),
        ("Haber: Ahmet Yılmaz", ["Ahmet Yılmaz"]),
        ("Haber Merkezi", []),
        ("Opracowanie: Jan Kowalski", ["Jan Kowalski"]),
        ("Γράφει ο Γιώργος Παπαδόπουλος", ["Γιώργος Παπαδόπουλος"]),
        ("द्वारा राहुल शर्मा", ["राहुल शर्मा"]),
    ],
)
def test_bylines_of_many_languages(byline: str, names: list[str]) -> None:
    assert person_names(byline, strict=False) == names


@pytest.mark.parametrize("label", words.CARD_LABELS)
def test_a_cards_label_ends_the_names(label: str) -> None:
    line = f"Recipe by Jane Doe {label[:1].upper()}{label[1:]}: Dessert Cuisine: Thai"
    assert person_names(line, strict=False) == ["Jane Doe"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By The Editor: note", []),  # a role opens no name before it
        ("By Jane Coeditor: x", ["Jane Coeditor"]),  # "editor" inside a word is no role
        ("By Jane Doe Edited by John Roe", ["Jane Doe"]),  # "Edited by" with no colon
        ("Revised Edition Edited by John Roe", []),  # a book's editor after its title, no author
        ("Jane Doe Edited by John Roe", ["Jane Doe"]),
        ("Edited by John Roe", ["John Roe"]),  # alone: the one who signs (a web desk's editor)
        ("[纠错] 责任编辑： 焦鹏", ["焦鹏"]),  # a link's label before a Chinese paper's editor
        ("Por João Silva, de Brasília, e Maria Souza, do Rio", ["João Silva", "Maria Souza"]),  # both co-authors
        ("Yazan Haddad", ["Yazan Haddad"]),  # an Arabic first name, not Turkish "written by"
        ("Yazan Ahmet Yılmaz", ["Ahmet Yılmaz"]),
        ("بقلم محمد أحمد، رئيس التحرير", ["محمد أحمد"]),  # his role, the editor-in-chief, after the Arabic comma
        ("بقلم محمد أحمد، سارة علي", ["محمد أحمد", "سارة علي"]),
        ("أسرة التحرير", []),
    ],
)
def test_bylines_the_review_found(byline: str, names: list[str]) -> None:
    assert person_names(byline) == names


@pytest.mark.parametrize("word", sorted(words.TITLE_PARTICLES))
def test_a_pages_title_is_no_staff_name(word: str) -> None:
    from lxml import html

    from newsspider.extract.bylines import _spells_name

    assert _spells_name("jane-doe", html.fromstring('<a href="/staff/jane-doe">Jane Doe</a>'))
    text = f"Code {word} Ethics"
    assert not _spells_name(text.casefold().replace(" ", "-"), html.fromstring(f'<a>{text}</a>'))


@pytest.mark.parametrize("label", sorted(words.AUTHOR_LABELS))
def test_a_label_alone_names_the_author_after_it(label: str) -> None:
    from newsspider.extract import extract
    from newsspider.extract.page import Page

    story = "<p>" + "A paragraph of the story that is long enough to be the body of the page. " * 8 + "</p>"
    credits = (f"<div class='credits'><div class='label'>{label.capitalize()}</div><div>SVEN MICHELSON</div>"
               "<div class='label'>Fotos</div><div>ANNA BERG</div></div>")
    page = Page("https://mag.example/story/a-story/", f"<html><body><article><h1>A story</h1>{story}{credits}"
                "</article></body></html>")
    assert [a["name"] for a in extract(page)["authors"]] == ["Sven Michelson"]
    # never a line's opening: a headline's words, the one interviewed
    assert person_names(f"{label.capitalize()} mit Sharon Stone") != ["Sharon Stone"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # the byline words of more languages, and their plurals ("Autorzy:", "Autoři:")
        ("Autorzy: Jan Kowalski, Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),
        ("Authors: Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
        ("Authors:Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
        ("Autoren: Anna Weber und Jan Koch", ["Anna Weber", "Jan Koch"]),
        ("Autoren Anna Weber und Jan Koch", ["Anna Weber", "Jan Koch"]),
        ("Auteurs : Marie Dupont et Jean Martin", ["Marie Dupont", "Jean Martin"]),
        ("Autores: Juan Pérez y María López", ["Juan Pérez", "María López"]),
        ("Auteurs: Jan de Vries en Piet Jansen", ["Jan de Vries", "Piet Jansen"]),
        ("Auswärtige Autoren", []),  # a desk for outside writers, not a person
        ("Autoři: Jan Novák, Petr Svoboda", ["Jan Novák", "Petr Svoboda"]),
        ("Autori: Ján Kováč, Eva Horváthová", ["Ján Kováč", "Eva Horváthová"]),
        ("Szerzők: Kovács Péter, Nagy Anna", ["Kovács Péter", "Nagy Anna"]),
        ("Szöveg: Kovács Péter", ["Kovács Péter"]),
        ("Авторы: Иван Петров, Анна Смирнова", ["Иван Петров", "Анна Смирнова"]),
        ("Автори: Олена Коваленко, Іван Петренко", ["Олена Коваленко", "Іван Петренко"]),
        ("Аутори: Марко Марковић, Ана Јовановић", ["Марко Марковић", "Ана Јовановић"]),
        ("Eftir Jón Jónsson", ["Jón Jónsson"]),
        ("Höfundur: Jón Jónsson", ["Jón Jónsson"]),
        ("Höfundar: Jón Jónsson og Anna Sigurðardóttir", ["Jón Jónsson", "Anna Sigurðardóttir"]),
        ("Ni Juan dela Cruz", ["Juan dela Cruz"]),
        ("Isinulat ni Maria Santos", ["Maria Santos"]),
        ("Ulat ni Juan dela Cruz", ["Juan dela Cruz"]),
        ("Ni Messi ni Ronaldo", []),  # Spanish "nor"
        ("Phóng viên: Nguyễn Văn An", ["Nguyễn Văn An"]),
        ("Nhóm phóng viên: Nguyễn Văn An và Trần Thị Bình", ["Nguyễn Văn An", "Trần Thị Bình"]),
        ("ผู้เขียน: สมชาย ใจดี", ["สมชาย ใจดี"]),
        ("رپورٹ: علی احمد", ["علی احمد"]),
        # joiners
        ("Andrei Popescu și Maria Ionescu", ["Andrei Popescu", "Maria Ionescu"]),
        ("Andrei Popescu şi Maria Ionescu", ["Andrei Popescu", "Maria Ionescu"]),
        ("Олена Коваленко та Іван Петренко", ["Олена Коваленко", "Іван Петренко"]),
        ("Nguyễn Văn An và Trần Thị Bình", ["Nguyễn Văn An", "Trần Thị Bình"]),
        ("محمد أحمد و علي حسن", ["محمد أحمد", "علي حسن"]),
        ("राहुल शर्मा और प्रिया सिंह", ["राहुल शर्मा", "प्रिया सिंह"]),
        ("علی احمد اور حسن رضا", ["علی احمد", "حسن رضا"]),
        ("রাহুল দাস ও প্রিয়া সেন", ["রাহুল দাস", "প্রিয়া সেন"]),
        ("রাহুল দাস এবং প্রিয়া সেন", ["রাহুল দাস", "প্রিয়া সেন"]),
        ("สมชาย ใจดี และ สมหญิง รักไทย", ["สมชาย ใจดี", "สมหญิง รักไทย"]),
        ("김철수 및 이영희 기자", ["김철수", "이영희"]),
        ("作者：张三、李四", ["张三", "李四"]),
        ("山田太郎、佐藤花子", ["山田太郎", "佐藤花子"]),
        # a credit for a picture or a source after the names ends them
        ("Autor: Jan Kowalski Fot. PAP", ["Jan Kowalski"]),
        ("Fot. Jan Kowalski", []),
        ("Jan Kowalski Źródło: PAP", ["Jan Kowalski"]),
        ("Autor: Jan Kowalski Zdjęcie: Anna Nowak", ["Jan Kowalski"]),
        ("Jan Novák Zdroj: ČTK", ["Jan Novák"]),
        ("Kovács Péter Forrás: MTI", ["Kovács Péter"]),
        ("Ahmet Yılmaz Kaynak: AA", ["Ahmet Yılmaz"]),
        ("Andrei Popescu Sursa: Agerpres", ["Andrei Popescu"]),
        ("Иван Петров Источник: ТАСС", ["Иван Петров"]),
        ("Γιώργος Παπαδόπουλος Πηγή: ΑΠΕ-ΜΠΕ", ["Γιώργος Παπαδόπουλος"]),
        ("Matti Virtanen Kuva: Liisa Korhonen", ["Matti Virtanen"]),
        ("Budi Santoso Sumber: Antara", ["Budi Santoso"]),
        ("Nguyễn Văn An Nguồn: TTXVN", ["Nguyễn Văn An"]),
        ("作者：张三 来源：新华社", ["张三"]),
        ("来源：新华社", []),
        # a date note after the names ends them
        ("Kovács Péter Publikálva: 2025. január 13.", ["Kovács Péter"]),
        ("Γιώργος Παπαδόπουλος Δημοσίευση: 13.01.2025", ["Γιώργος Παπαδόπουλος"]),
        ("Budi Santoso Diterbitkan: 13/01/2025", ["Budi Santoso"]),
        ("Олена Коваленко Оновлено: 13.01.2025", ["Олена Коваленко"]),
        ("Ivan Horvat Objavljeno: 13.01.2025.", ["Ivan Horvat"]),
        ("Nguyễn Văn An Cập nhật: 13/01/2025", ["Nguyễn Văn An"]),
        # a weekday after the names ends them
        ("Jan Kowalski Poniedziałek, 13.01.2025", ["Jan Kowalski"]),
        ("Jan Kowalski poniedziałek 13 stycznia 2025", ["Jan Kowalski"]),
        ("Kovács Péter hétfő", ["Kovács Péter"]),
        ("Jan Novák pondělí 13. 1. 2025", ["Jan Novák"]),
        ("Poniedziałek", []),
        # a role after the name
        ("Kovács Péter Újságíró", ["Kovács Péter"]),
        ("Autor: Kovács Péter újságíró", ["Kovács Péter"]),
        ("Иван Петров Корреспондент", ["Иван Петров"]),
        ("Ivan Horvat Novinar", ["Ivan Horvat"]),
        # an agency signs
        ("Anadolu Ajansı", []),
        ("Autor: Polska Agencja Prasowa", []),
        ("Πρακτορείο Ειδήσεων", []),
        # a newsroom signs
        ("Σύνταξη", []),
        ("Redakcia", []),
        ("Ritstjórn", []),
    ],
)
def test_bylines_of_more_languages(line: str, names: list[str]) -> None:
    assert person_names(line) == names


@pytest.mark.parametrize("joiner", words.NAMES_JOINERS)
def test_a_names_joiner_joins_names_of_two_words(joiner: str) -> None:
    assert person_names(f"Jan Novák {joiner} Petr Svoboda") == ["Jan Novák", "Petr Svoboda"]
    # a word of one word on either side: a preposition ("Entrevista a Juan Pérez"), no joiner
    assert person_names(f"Entrevista {joiner} Juan Pérez") == []
    assert person_names(f"John {joiner.upper()} Smith") == [f"John {joiner.upper()} Smith"]  # an initial


@pytest.mark.parametrize("joiner", words.CJK_GLUED_JOINERS)
def test_a_chinese_joiner_without_spaces_joins_two_names(joiner: str) -> None:
    assert person_names(f"记者 张伟{joiner}李娜") == ["张伟", "李娜"]
    assert person_names(f"文/欧阳明{joiner}王小华") == ["欧阳明", "王小华"]
    assert person_names(f"记者 张三、李四{joiner}王五") == ["张三", "李四", "王五"]
    assert person_names(f"记者 张三 {joiner} 李四") == ["张三", "李四"]
    # one name with the character in it (王和平, Wang Heping): two names need two characters each
    assert person_names(f"记者 王{joiner}平") == [f"王{joiner}平"]


@pytest.mark.parametrize("joiner", words.GLUED_JOINERS)
def test_a_joiner_glued_to_the_next_name_joins_names_of_two_words(joiner: str) -> None:
    assert person_names(f"מאת דני כהן {joiner}דנה לוי") == ["דני כהן", "דנה לוי"]
    assert person_names(f"מאת דני כהן, משה לוי {joiner}דנה לוי") == ["דני כהן", "משה לוי", "דנה לוי"]
    # a name that opens with the letter (ורד, Vered), and one of one word before it: no joiner
    assert person_names(f"מאת {joiner}רד לוי") == [f"{joiner}רד לוי"]
    assert person_names(f"מאת דני {joiner}רד לוי") == [f"דני {joiner}רד לוי"]


@pytest.mark.parametrize("name", sorted(words.NAMES_TOO))
def test_a_date_word_that_is_a_name_too_stays_in_the_name(name: str) -> None:
    surname = name[:1].upper() + name[1:]
    assert person_names(f"Tomasz {surname}") == [f"Tomasz {surname}"]
    assert person_names(f"Autor: Tomasz {surname} 13.01.2025") == [f"Tomasz {surname}"]


@pytest.mark.parametrize("preposition", words.DATE_PREPOSITIONS)
def test_a_dates_preposition_left_dangling(preposition: str) -> None:
    assert person_names(f"By Jane Doe {preposition} 12.03.2024") == ["Jane Doe"]


@pytest.mark.parametrize("joiner", words.CONVERSATION_JOINERS)
def test_a_conversations_joiner(joiner: str) -> None:
    assert person_names(f"Richard Roe {joiner} Karin Example") == ["Richard Roe", "Karin Example"]
    assert person_names(f"Merkel {joiner} Macron") == []


@pytest.mark.parametrize(
    ("value", "names"),
    [
        # a structured Person in Japanese (kana) or a family name alone before the given: one person
        ({"@type": "Person", "name": "佐藤 ひかり"}, ["佐藤 ひかり"]),
        ({"@type": "Person", "name": "王 小明"}, ["王 小明"]),
        ({"@type": "Person", "name": "김 철수"}, ["김 철수"]),
        # Chinese and Korean write a name without a space: two people
        ({"@type": "Person", "name": "张三 李四"}, ["张三", "李四"]),
        ({"@type": "Person", "name": "王小明 李华"}, ["王小明", "李华"]),
        ({"@type": "Person", "name": "김철수 이영희"}, ["김철수", "이영희"]),
        ({"@type": "Person", "name": "김철수 기자"}, ["김철수"]),
        # a byline string's space parts two people
        ("记者 王小明 李华", ["王小明", "李华"]),
        # an agency a with-joiner adds to a structured name
        ("Marie Dupont avec AFP", ["Marie Dupont"]),
        ("Jane Doe with Reuters", ["Jane Doe"]),
    ],
)
def test_structured_author_values(value: object, names: list[str]) -> None:
    assert [a["name"] for a in authors([value])] == names


@pytest.mark.parametrize(("language", "names"), [("ja", ["山田 太郎"]), ("ja-JP", ["山田 太郎"]),
                                                 ("zh-CN", ["山田", "太郎"]), (None, ["山田", "太郎"])])
def test_a_spaced_name_in_han_letters_is_one_person_on_a_japanese_page(language: str | None,
                                                                      names: list[str]) -> None:
    assert [a["name"] for a in authors([{"@type": "Person", "name": "山田 太郎"}], language=language)] == names
