"""Boilerplate rules (generic and a site's) and the pipeline that applies them."""

from __future__ import annotations

import pytest
from scrapy.utils.test import get_crawler

from newsspider.extract.boilerplate import (
    _LINK_TITLE,
    GENERIC,
    clean_body,
    paragraphs,
    site_rules,
)
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
    (["Lesen Sie auch: Die Bahn erhöht die Preise zum Fahrplanwechsel"], "also_read"),
    (["Lea también: El Congreso aprueba la reforma tributaria"], "also_read"),
    (["Leia também | Governo anuncia novo pacote"], "also_read"),
    (["À lire aussi : La réforme des retraites adoptée"], "also_read"),
    (["Leggi anche: Il governo approva la manovra"], "also_read"),
    (["Lees ook: Kabinet presenteert begroting"], "also_read"),
    (["Enjoy the post? Pin it for later!"], "share_widgets"),
    (["Jetzt teilen!"], "share_widgets"),
    (["For the latest stories and breaking news updates download the Daily News apps for iOS and Android."],
     "follow_prompt"),
    (["Get the latest news straight to your phone with the Island Times app."], "follow_prompt"),
    (["Sign up for our free weekly newsletter"], "follow_prompt"),
    (["Folgen Sie uns auf Facebook und Instagram"], "follow_prompt"),
    (["Síguenos en Telegram, Instagram, Facebook y Twitter"], "follow_prompt"),
    (["Suivez-nous sur Twitter"], "follow_prompt"),
    (["Seguici su Facebook"], "follow_prompt"),
    (["Siga-nos no Instagram"], "follow_prompt"),
    (["This post may contain affiliate links. If you buy through them, I may earn a small commission."],
     "affiliate_disclosure"),
    (["Disclosure: The Daily Gadget may earn a commission from products featured on this page."],
     "affiliate_disclosure"),
    (["Note: Harbour Views may earn a small commission on purchases made through these links."],
     "affiliate_disclosure"),
    (["This interactive map is available to premium subscribers only"], "subscription"),
    (["We may earn commission from links on this page, but we only recommend products we back."],
     "affiliate_disclosure"),
    (["This post contains references to products from one or more of our advertisers. We may receive "
      "compensation when you click on links to those products."], "affiliate_disclosure"),
    (["The following content is brought to you by our partners. If you buy a product featured here, we may "
      "earn an affiliate commission or other compensation."], "affiliate_disclosure"),
    (["*Werbung. Dieser Beitrag enthält Werbung für eine Modemarke."], "affiliate_disclosure"),
    (["Anzeige"], "affiliate_disclosure"),
    (["© 2022, DailyNews.com. All rights reserved."], "copyright"),
    (["Copyright © 2024 Example Broadcasting. All Rights Reserved."], "copyright"),
    (["This material may not be published, broadcast, rewritten or redistributed."], "copyright"),
    (["Vervielfältigung nur mit Genehmigung der Redaktion."], "copyright"),
    (["If you're seeing this message but you're already a subscriber, you can log in for access."],
     "subscription"),
    (["Leave a Reply"], "comments"),
    (["Kommentar schreiben"], "comments"),
    (["Kommentare schreiben"], "comments"),
    (["Vos réactions"], "comments"),
    (["Oops! Something went wrong while submitting the form."], "form_message"),
    (["(Visited 1,902 times, 364 visits today)"], "view_count"),
    (["1,693 views"], "view_count"),
    (["| Reading Time: 7 minutes"], "reading_time"),
    (["Lesezeit: 4 Min."], "reading_time"),
    (["Official websites use .gov"], "government_banner"),
    (["A .gov website belongs to an official government organization in the United States."], "government_banner"),
    (["A lock ( ) or https:// means you've safely connected to the .gov website."], "government_banner"),
    (["Titelbild: Max Muster/dpa"], "picture_credit"),
    (["Getty Images / Jane Doe Photography"], "picture_credit"),
    (["iStock/jdoe"], "picture_credit"),
    (["AFP / JOHN DOE"], "picture_credit"),
    (["(Photo: Reuters/Jane Doe)"], "picture_credit"),
    (["Crédits photos : Agence Exemple"], "picture_credit"),
    (["Skiers at the start of the downhill in Wengen. © AFP / JOHN DOE"], "picture_credit"),
    (["Son tres los periodos de vacaciones durante el año escolar. Foto: Agencia Ejemplo"], "picture_credit"),
    (["Unterstützen Sie unsere Arbeit mit einer Spende."], "support_journalism"),
    (["Si te parece valioso el trabajo de La Voz, apóyanos para seguir."], "support_journalism"),
    (["If you enjoyed reading this post – would you consider supporting our work? Just click here. Thanks!"],
     "support_journalism"),
    (["Advertisement"], "page_furniture"),
    (["Publicidad"], "page_furniture"),
    (["Anuncio"], "page_furniture"),
    (["Publicité"], "page_furniture"),
    (["Pubblicità"], "page_furniture"),
    (["Publicidade"], "page_furniture"),
    (["Advertentie"], "page_furniture"),
    (["Reclame"], "page_furniture"),
    (["Iklan"], "page_furniture"),
    (["Reklama"], "page_furniture"),
    (["Реклама"], "page_furniture"),
    (["광고"], "page_furniture"),
    (["広告"], "page_furniture"),
    (["Text size"], "page_furniture"),
    (["Image 1 of 5"], "page_furniture"),
    (["3 / 12"], "page_furniture"),
    (["Read time: 4 min"], "reading_time"),
    (["Lesedauer: 3 Min."], "reading_time"),
    (["Tempo de leitura: 1 minuto"], "reading_time"),
    (["Tempo di lettura: 2 minuti"], "reading_time"),
    (["Leestijd: 3 minuten"], "reading_time"),
    (["Czas czytania: 4 min"], "reading_time"),
    (["Время чтения: 5 мин"], "reading_time"),
    (["Okuma süresi: 3 dk"], "reading_time"),
    (["Temps de lecture : 3 min"], "reading_time"),
    (["Tiempo de lectura: 5 min"], "reading_time"),
    (["Copyright ⓒ Ledger.co.kr. 무단전재 및 재배포 금지"], "copyright"),
    (["記事の無断転載を禁じます。"], "copyright"),
    (["版权所有，未经授权不得转载"], "copyright"),
    (["기사입력 :[ 2018-08-25 15:24 ]"], "post_meta"),
    (["The ferry leaves the harbour at dawn (Image: GETTY )"], "picture_credit"),
    (["Der Minister auf dem Weg zur Sitzung. (Foto: dpa)"], "picture_credit"),
    (["Story continues below advertisement"], "page_furniture"),
    (["Use left/right arrows to navigate the slideshow or swipe left/right if using a mobile device"],
     "page_furniture"),
    (["Loading..."], "page_furniture"),
    (["PIN FOR LATER"], "share_widgets"),
    (["Add A Comment"], "comments"),
    (["Join our mailing list! Get a newsletter when an episode is published."], "follow_prompt"),
    (["As an Amazon Associate we earn from qualifying purchases."], "affiliate_disclosure"),
    (["Tags: Employment, Health & Fitness, Small Businesses"], "post_meta"),
    (["Kategorie: News, Vereinsleben"], "post_meta"),
    (["Aktualisiert: 11.04.2020, 10:27"], "post_meta"),
    (["Last reviewed January 2023"], "post_meta"),
    (["War der Artikel hilfreich?"], "feedback_prompt"),
    (["Was this article helpful?"], "feedback_prompt"),
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
    (["To view the full story, please subscribe to The Island Times. You can choose an annual plan.",
      "Join now to get:", "Instant access to special reports"], "subscription"),
    (["Pour lire la suite, abonnez-vous.", "Déjà abonné ? Connectez-vous"], "subscription"),
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


# Headings over links to other pages, one per language; the links after them go too.
@pytest.mark.parametrize("heading", [
    "Related Posts:", "You may also like...", "If you liked this post you might also like:",
    "Mehr zum Thema", "Das könnte Sie auch interessieren:", "Das Thema könnte dich auch interessieren:",
    "Mehr Themen:", "Lesen Sie auch die folgenden Beiträge:", "Weitere Beiträge aus der Kolumne:", "Ähnliche Beiträge", "Weiterlesen:", "Schon gelesen?",
    "NOTAS RELACIONADAS", "Te puede interesar", "Veja também:", "Sur le même sujet", "Articoli correlati",
    "Gerelateerde artikelen", "Popular posts", "DON'T MISS", "More Great Ledger Stories", "More in Tech", "Other Posts You May Enjoy",
    "You may be interested in the following topics as well:",
])
def test_related_links_headings_in_several_languages(heading: str) -> None:
    junk = [heading, "Sensex ends flat as IT gains offset bank losses", "Rupee gains 5 paise"]
    cleaned, fired = clean_body(body(STORY[0], *junk, *STORY[1:]))
    assert cleaned == body(*STORY)
    assert fired == ["related_links"]


@pytest.mark.parametrize("heading", ["Kontakt:", "Pressekontakt", "Media contact", "Weitere Informationen:",
                                     "Weiterführende Informationen"])
def test_contact_block_takes_the_names_under_it(heading: str) -> None:
    junk = [heading, "Dr. Erika Muster", "Institut für Beispielkunde, Musterstraße 1, 12345 Musterstadt"]
    cleaned, fired = clean_body(body(*STORY, *junk))
    assert cleaned == body(*STORY)
    assert fired == ["contact_block"]


# One real-shaped line per row of NEWSLETTER_PROMPTS, CONTENTS_HEADINGS and AUTHOR_ROLE_LINES.
@pytest.mark.parametrize(("line", "rule"), [
    ("By signing up, you agree to our Terms of Use and Privacy Policy.", "newsletter_prompt"),
    ("Thanks for signing up!", "newsletter_prompt"),
    ("You have been successfully subscribed!", "newsletter_prompt"),
    ("You're now subscribed to The Morning Ledger.", "newsletter_prompt"),
    ("Subscribe to The Harbour Post, a free daily newsletter about the islands.", "newsletter_prompt"),
    ("Get the day's top headlines right in your inbox.", "newsletter_prompt"),
    ("The best of The Ledger, delivered to your inbox every morning", "newsletter_prompt"),
    ("Sign up today and have it Delivered To Your Inbox every morning", "newsletter_prompt"),
    ("Was this newsletter forwarded to you? Sign up to get it in your inbox.", "newsletter_prompt"),
    ("Want more from The Ledger? Sign up for our weekly briefing.", "newsletter_prompt"),
    ("Like this article? Subscribe to our blog for more.", "newsletter_prompt"),
    ("Melden Sie sich jetzt für unseren Newsletter an", "newsletter_prompt"),
    ("Jetzt zum Newsletter anmelden", "newsletter_prompt"),
    ("Mit der Anmeldung akzeptieren Sie unsere Datenschutzbestimmungen.", "newsletter_prompt"),
    ("Vielen Dank für Ihre Anmeldung!", "newsletter_prompt"),
    ("En vous inscrivant, vous acceptez nos conditions générales.", "newsletter_prompt"),
    ("Merci pour votre inscription !", "newsletter_prompt"),
    ("Recevez notre newsletter chaque matin", "newsletter_prompt"),
    ("Inscrivez-vous gratuitement à notre newsletter", "newsletter_prompt"),
    ("Al suscribirte, aceptas nuestra política de privacidad.", "newsletter_prompt"),
    ("¡Gracias por suscribirte!", "newsletter_prompt"),
    ("Recibe nuestro boletín cada semana", "newsletter_prompt"),
    ("Iscrivendoti, accetti l'informativa sulla privacy.", "newsletter_prompt"),
    ("Grazie per l'iscrizione!", "newsletter_prompt"),
    ("Ricevi la nostra newsletter", "newsletter_prompt"),
    ("Ao se inscrever, você concorda com a política de privacidade.", "newsletter_prompt"),
    ("Obrigado por se inscrever!", "newsletter_prompt"),
    ("Receba nossa newsletter", "newsletter_prompt"),
    ("Already have an account? Log in", "subscription"),
    ("This article is exclusive to Ledger+ subscribers", "subscription"),
    ("Unlock this article — plus analysis, newsletters and events.", "subscription"),
    ("Subscribe to continue reading", "subscription"),
    ("Create a free account to keep reading.", "subscription"),
    ("You've reached your free article limit.", "subscription"),
    ("You have read 3 of 5 free articles this month.", "subscription"),
    ("Bereits Abonnent? Einloggen", "subscription"),
    ("Weiterlesen mit Ledger+", "subscription"),
    ("Dieser Artikel ist nur für Abonnenten verfügbar.", "subscription"),
    ("Sie haben bereits ein Konto? Hier anmelden", "subscription"),
    ("Déjà abonné ? Connectez-vous", "subscription"),
    ("Cet article est réservé aux abonnés.", "subscription"),
    ("La suite est réservée aux abonnés.", "subscription"),
    ("¿Ya eres suscriptor? Inicia sesión", "subscription"),
    ("Este contenido es exclusivo para suscriptores.", "subscription"),
    ("Sei già abbonato? Accedi", "subscription"),
    ("Questo articolo è riservato agli abbonati.", "subscription"),
    ("Já é assinante? Entre", "subscription"),
    ("Conteúdo exclusivo para assinantes", "subscription"),
    ("Table of Contents", "table_of_contents"),
    ("Contents hide", "table_of_contents"),
    ("Table of Contents [Show]", "table_of_contents"),
    ("In this article:", "table_of_contents"),
    ("On this page", "table_of_contents"),
    ("Jump to:", "table_of_contents"),
    ("Inhaltsverzeichnis", "table_of_contents"),
    ("Inhalt", "table_of_contents"),
    ("In diesem Artikel", "table_of_contents"),
    ("Auf dieser Seite", "table_of_contents"),
    ("Sommaire", "table_of_contents"),
    ("Table des matières", "table_of_contents"),
    ("Dans cet article", "table_of_contents"),
    ("Índice", "table_of_contents"),
    ("Tabla de contenidos", "table_of_contents"),
    ("Contenido", "table_of_contents"),
    ("En este artículo", "table_of_contents"),
    ("Sumário", "table_of_contents"),
    ("Conteúdo", "table_of_contents"),
    ("Neste artigo", "table_of_contents"),
    ("Indice", "table_of_contents"),
    ("Sommario", "table_of_contents"),
    ("In questo articolo", "table_of_contents"),
    ("Inhoudsopgave", "table_of_contents"),
    ("Inhoud", "table_of_contents"),
    ("In dit artikel", "table_of_contents"),
    ("Written by", "author_box"),
    ("Article written by:", "author_box"),
    ("Contributing Writer", "author_box"),
    ("Staff Reporter", "author_box"),
    ("Senior Editor", "author_box"),
    ("Guest post by", "author_box"),
    ("Geschrieben von", "author_box"),
    ("Gastautorin", "author_box"),
    ("Écrit par", "author_box"),
    ("Rédigé par", "author_box"),
    ("Escrito por", "author_box"),
    ("Scritto da", "author_box"),
    ("If you buy something through our links, we may earn a commission.", "affiliate_disclosure"),
    ("Every item was chosen by our editors. The Ledger may receive a commission on orders placed through "
     "its retail links.", "affiliate_disclosure"),
    ("Learn more about our editorial process.", "editorial_note"),
    ("Read our editorial guidelines", "editorial_note"),
])
def test_furniture_lines_in_several_languages(line: str, rule: str) -> None:
    cleaned, fired = clean_body(body(STORY[0], line, *STORY[1:]))
    assert cleaned == body(*STORY)
    assert fired == [rule]


# One per row of AUTHOR_BOX_HEADINGS: the heading, the name and the bio under it go.
@pytest.mark.parametrize("heading", [
    "About the Author", "Meet the authors:", "Über den Autor", "Zur Autorin", "À propos de l'auteur",
    "L’auteure", "Sobre el autor", "Acerca del autor", "Sobre a autora", "Sull'autore", "L'autore",
    "Over de auteur",
])
def test_author_box_takes_the_name_and_the_bio_under_its_heading(heading: str) -> None:
    bio = ["Jane Doe", "Jane Doe covers banking for the paper and has written two books on the euro crisis."]
    cleaned, fired = clean_body(body(*STORY[:2], heading, *bio, STORY[2]))
    assert cleaned == body(*STORY)
    assert fired == ["author_box"]


def test_author_box_in_one_paragraph_takes_only_that_paragraph() -> None:
    bio = "About the author: Jane Doe covers banking for the paper and has written two books on the euro."
    cleaned, fired = clean_body(body(*STORY[:2], bio, STORY[2]))
    assert cleaned == body(*STORY)
    assert fired == ["author_box"]


def test_related_links_block_ends_at_a_sentence_introducing_links() -> None:
    intro = "A detailed overview of the new interface is in the help centre, and more on the partner's pages:"
    cleaned, fired = clean_body(body(STORY[0], "Mehr zum Thema", intro, *STORY[1:]))
    assert cleaned == body(STORY[0], intro, *STORY[1:])
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
        "Affiliate programs: streamers earn a commission when viewers buy games via affiliate links.",
        "When you buy a house, the seller's agent usually makes a commission of around 3 percent.",
        "Brokers may earn commissions on orders placed by retail clients, regulators said.",
        "Reuters/Ipsos poll shows tight race",
        "I use this liquid castile soap, just in case you were wondering (both are affiliate links).",
        "Related to that, the minister said the budget would be presented in March.",
        "Trending",
        "Read Next",
        "Lea el informe completo en la página del ministerio, dijo el portavoz.",
        "Anzeigen gegen den Betreiber wurden bereits erstattet, sagte die Polizei.",
        "Updated figures for 2020 will be published in March, the statistics office said.",
        "Kontakt zur Familie hatte die Polizei erst am Abend, sagte ein Sprecher.",
        "Advertisements for the new model ran in every paper, the company said.",
        "Unterstützung kam am Ende von der Opposition, sagte die Ministerin.",
        "Lea: Ich glaube, das war die richtige Entscheidung, auch wenn es wehgetan hat.",
        "Loading the ferry took three hours, the captain said.",
        "Tags are cheap, the shop owner said, but the labels cost more.",
        "The photo: a man, a dog and a bicycle, taken in 1952 in Paris, is now worth a fortune.",
        "© is the sign the court looked at in the trademark case, the judge said, before adjourning until May.",
        "Contents of the container were seized by customs, the police said.",
        "In this article, the author argues that the euro was a mistake.",
        "Written by hand, the letter was found in the archive in 1998.",
        "By signing up to the treaty, the country agreed to cut emissions by half.",
        "The agency will earn a commission of 2% on every sale, the contract says.",
        "Sign up for the marathon closes on Friday, the organisers said.",
        "About the author of the letter, the police said little.",
        "Already have an account with the bank, the couple asked for a second one.",
        "Weiterlesen mit Bedacht, riet der Lehrer seinen Schülern.",
        "Reuters",
        "The minister (photo: left) met the crew of the ferry, who had sailed through the storm.",
        "Sponsored by the city, the festival drew 20,000 visitors, the organisers said.",
        "Seven of the ten members voted for the plan.",
        "Getty Images said on Monday it would buy a rival picture agency for $2 billion.",
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
    # the generic date-line rule takes "Last Updated : ..." before the site's own rule
    assert fired == ["first_published", "post_meta", "disclaimer", "reader_appeal", "full_coverage",
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


def _one_by_one(text: str, rules: tuple) -> tuple[str, list[str]]:
    """clean_body as first written: every rule searched in every paragraph, in order."""
    kept: list[str] = []
    fired: list[str] = []
    block_until = None
    in_block = in_links = False
    for para in paragraphs(text):
        if in_block:
            in_block = not (block_until is not None and block_until.search(para))
            continue
        if in_links and _LINK_TITLE.match(para):
            continue
        in_links = False
        for rule in (*GENERIC, *rules):
            if rule.scope == "inline":
                stripped = rule.pattern.sub("", para).strip()
                if stripped != para:
                    fired += [rule.name] if rule.name not in fired else []
                    para = stripped
                    if not para:
                        break
                continue
            if rule.matches(para):
                fired += [rule.name] if rule.name not in fired else []
                in_links = rule.scope == "heading"
                if rule.scope == "block":
                    in_block = not (rule.until is not None and rule.until.search(para))
                    block_until = rule.until
                para = ""
                break
        if para:
            kept.append(para)
    return "\n\n".join(kept), fired


#: Paragraphs that each rule, generic or of a profile, fires on, and near misses.
MIXED = [
    "Bs_logoImageThe summit opened.", "image", "Disclaimer: no", "Views expressed are personal",
    "(This story is auto-generated from a syndicated feed.)", "Subscribe to Business Standard Digital",
    "Already a subscriber? Log in", "Smart Quarterly ₹900 3 Months", "Related stories", "A link title",
    "More from this section", "Read More On Markets", "ALSO READ: a story", "Also read | another",
    "Read more: this", "Support quality journalism today", "Dear Reader, please support journalism",
    "Thank you.", "Digital Editor", "Home > Markets > Stocks", "3 min read", "Share this article",
    "Follow us on Google News", "We respect your thoughts and views here", "First Published: Jan 1 2024",
    "Last Updated at noon", "Premium", "Topics", "Save", "Synopsis", "Subscribe to Mint Newsletter",
    "Tags: #markets", "Promoted", "By Asha Rao", "TAGS", "Published: 3rd March 2024 10:00 IST",
    "Updated: 12 Mar 2024, 10:30 AM IST", "The end of article came early, said the minister.",
    "end of article", "A plain story paragraph that mentions a subscription and says read more.",
]


def test_fast_paths_fire_the_same_rules_as_one_by_one() -> None:
    from newsspider.extract.sites import all_profiles

    bodies = ["\n\n".join(MIXED[i:] + MIXED[:i]) for i in range(0, len(MIXED), 3)]
    rule_sets = [(), *(site_rules(p.name, p.boilerplate) for p in all_profiles())]
    fired_any = set()
    for rules in rule_sets:
        for text in bodies:
            assert clean_body(text, rules) == _one_by_one(text, rules)
            fired_any.update(clean_body(text, rules)[1])
    assert len(fired_any) > 15


@pytest.mark.parametrize("pattern,anchored", [
    (r"^read more", True),
    (r"\Aread more", True),
    (r"^(?:also read|read also)\b", True),
    (r"(?P<promo>^Watch Live$|^Featured Video$)", True),
    (r"(?i:^follow us)", True),
    (r"((^a)|^b)c", True),
    (r"^a|b", False),  # the second alternative matches anywhere
    (r"(?P<promo>^Watch$|Featured)", False),
    (r"(^a)?b", False),  # the anchored group is optional
    (r"(?m:^a)", False),  # MULTILINE: ^ matches after every newline
    (r"(?=^a)a", False),  # lookahead: not read, so not trusted
    (r"[(|]^a", False),
    (r"\(^a", False),
    (r"a^", False),
    (r"^[^|]+$", True),  # a bar inside a class is not an alternative
    (r"^[]|]x", True),
    (r"^(?P<n>a)(?P=n)", False),  # back-references are never joined
    (r"(a)?(?(1)b|c)", False),  # nor are conditional groups
    (r"^\(?(?:source|quelle)\s*:", True),  # an escaped parenthesis opens no group
])
def test_anchored_rules_are_recognised_from_the_pattern_text(pattern: str, anchored: bool) -> None:
    import re

    from newsspider.extract.boilerplate import _anchored_source

    assert (_anchored_source(re.compile(pattern)) is not None) is anchored


@pytest.mark.parametrize("pattern", [
    r"^(?:see also|related|recommended|read more)\s*:",
    r"^(?:a|ab|b)c$|^x",
    r"^(?:re(?:lated|ad)|rest)?\s*\d",
])
def test_heads_grouped_by_first_letter_match_where_the_pattern_does(pattern: str) -> None:
    import re

    from newsspider.extract.boilerplate import _heads_by_first_letter

    grouped = re.compile(_heads_by_first_letter(pattern), re.IGNORECASE)
    texts = ["See also: more", "RELATED:", "recommended :", "read more: x", "related news:", "abc", "ac", "bc",
             "abcd", "xyz", "rest 4", "read 4", "4", "story", ""]
    expected = [re.match(pattern, t, re.IGNORECASE) is not None for t in texts]
    assert [grouped.match(t) is not None for t in texts] == expected


def test_rules_told_by_their_texts_are_tried_on_their_own_not_joined() -> None:
    """A rule with a needle or folded texts is gated by them (see ``_RuleSet``): the
    paywall's "available to subscribers only" and the "may earn a commission" disclosure,
    which may follow any first words, are out of the joined regex."""
    from newsspider.extract.boilerplate import _rule_set

    rule_set = _rule_set(())
    told = [rule for rule in rule_set.rules if rule.needle is not None or rule.folded is not None]
    assert {"subscription", "affiliate_disclosure"} <= {rule.name for rule in told}
    assert all(rule in rule_set.unanchored for rule in told)


def test_a_site_rule_setting_global_flags_is_tried_on_its_own() -> None:
    """Wrapped in a group to be joined, a pattern setting global flags (``(?i)``) does not
    compile: the joined regex is made without it, and the rule still fires."""
    from newsspider.extract.boilerplate import _rule_set, site_rules

    rules = site_rules("harbour_times", [r"(?i)^promo: .{1,60}$", r"^Sponsored by \w+$"])
    rule_set = _rule_set(tuple(rules))
    assert rules[0] in rule_set.unanchored and rules[1] not in rule_set.unanchored
    assert clean_body(body(*STORY, "PROMO: two tickets for one this weekend"), rules) == (body(*STORY), ["harbour_times"])
    assert clean_body(body(*STORY, "Sponsored by Acme"), rules) == (body(*STORY), ["harbour_times"])


def test_joined_rules_remove_what_the_rules_one_by_one_remove() -> None:
    """The joined prefilter (``_RuleSet.anchored``) is only a shortcut: every
    site's rules with the generic ones give the same body as trying each rule."""
    from newsspider.extract.boilerplate import GENERIC, Rule, _rule_set, site_rules
    from newsspider.extract.sites import all_profiles

    paragraphs = ["ALSO READ: a story", "Read more on markets", "Story text, in full. It goes on.",
                  "Follow us on Twitter", "Subscribe now", "Disclaimer: views are personal"]
    for profile in all_profiles():
        rules = site_rules(profile.name, profile.boilerplate)
        joined = _rule_set(tuple(rules))
        assert joined.anchored, profile.name
        plain = [rule for rule in (*GENERIC, *rules) if rule.scope != "inline"]
        for para in paragraphs:
            tried = joined.rules if any(anchored.match(para) for anchored in joined.anchored) else joined.unanchored
            first: Rule | None = next((rule for rule in tried if rule.matches(para)), None)
            assert first == next((rule for rule in plain if rule.matches(para)), None), (profile.name, para)


# One real-shaped line per row of SOURCE_LABELS (a chart's, a picture's or a press
# release's source alone on its line) and of FIGURE_LABELS (a figure's caption left in the
# text): each goes.
@pytest.mark.parametrize(("line", "rule"), [
    *((line, "source_line") for line in (
        "Source: Eurostat, 2023", "Sources: company reports", "Quelle: Landesregierung Hessen",
        "Quellenangaben:", "Quelle: Deutscher Jagdverband (DJV), 02. Februar 2022, Berlin", "Source : INSEE",
        "Fuente: Banco Central", "Fonte: IBGE", "Fonti: Istat", "Bron: CBS", "(Source: Statistics Office)")),
    *((line, "figure_caption") for line in (
        "Figure 2: Changing the font size of the axis titles.", "Fig. 3: The plant's output by month",
        "Abbildung 4: Klassische Schwachschicht in der Schneedecke.", "Abb.: Collage aus Archivbildern",
        "Abbildung: Vergleich auf dem Gletscher, links die Messung", "Figure 1 : Évolution du chômage",
        "Figura 2: Evolución de los precios", "Figuur 1: Verloop van de prijzen", "Afbeelding 3: De kaart")),
])
def test_source_lines_and_figure_captions_in_every_language_of_their_tables(line: str, rule: str) -> None:
    cleaned, fired = clean_body(body(*STORY, line))
    assert cleaned == body(*STORY)
    assert fired == [rule]


@pytest.mark.parametrize("line", [
    "Sources close to the minister said the budget would be cut again next year, as it was in 2023.",
    "Figures: the ministry published them on Monday, and they show the deficit growing again.",
])
def test_a_sentence_opening_like_a_source_or_figure_label_is_story(line: str) -> None:
    cleaned, fired = clean_body(body(*STORY, line))
    assert cleaned == body(*STORY, line) and fired == []


def test_folded_texts_may_not_hold_letters_ignore_case_stretches() -> None:
    import re

    from newsspider.extract.boilerplate import Rule

    with pytest.raises(ValueError):
        Rule("x", re.compile("disk", re.IGNORECASE), folded=("disk",))
    rule = Rule("x", re.compile("auto-generated", re.IGNORECASE), folded=("auto-generated",))
    assert rule.matches("This story was AUTO-GENERATED.")
    assert not rule.matches("This story was written.")


@pytest.mark.parametrize("pattern", [
    r"(?:comment|credit|c(?<![a-z]c)ta(?![a-z])|(?:ad|promo)-box|sidebar)",
    r"tweet|instagram|tiktok|fb-post|facebook",
    r"a?b|ab|x{2}y|z",
])
def test_alternatives_grouped_by_first_letter_find_the_same(pattern: str) -> None:
    import re

    from newsspider.extract.boilerplate import by_first_letter

    grouped = re.compile(by_first_letter(pattern))
    texts = ["comments", "photo-credit", "cta", "fancta", "promo-box", "has-sidebar", "fb-post-embed",
             "a-tweet", "b", "xxy", "xy", "z", "plain", "", "ab"]
    assert [grouped.search(t) is not None for t in texts] == [re.search(pattern, t) is not None for t in texts]
    assert by_first_letter("one") == "one"
