"""Text that is never part of a story, recognised paragraph by paragraph.

Main-text extraction keeps whatever sits inside the story's container; news
sites put their own furniture there: "ALSO READ" links, subscription pitches,
reader appeals, share buttons, disclaimers. A :class:`Rule` recognises one
kind of it and says how much goes:

- ``paragraph``: the matching paragraph;
- ``block``: the matching paragraph and the ones after it, up to and including
  the one matching ``until`` (to the end of the body where ``until`` is None or
  never matches): a plan list after a paywall pitch, an appeal to the reader;
- ``heading``: the matching paragraph and the link titles after it (short
  lines without a full stop), up to the first paragraph of prose: "More From
  This Section" and its links, which some sites put in the middle of a story;
- ``inline``: only the matched text (image alt text glued to the story's first
  words); the paragraph goes only if nothing else is left of it.

Rules are anchored and most have a length cap, so that a story paragraph that
merely mentions a subscription, a disclaimer or "read more" is kept.

``GENERIC`` applies to every site. A site profile adds its own rules as plain
regexes (``SiteProfile.boilerplate``), each removing whole paragraphs; a rule
is named by its first named group (``(?P<first_published>...)``), else by the
site's name.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

Scope = Literal["paragraph", "block", "heading", "inline"]

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
#: A link's title, as listed under a related-links heading: one short line, no full stop
#: (nor a colon: a sentence introducing what follows).
_LINK_TITLE = re.compile(r"^[^\n]{1,160}(?<![.!:\"”])$")
_SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True)
class Rule:
    #: Name counted in stats (``newsspider/boilerplate/<name>``).
    name: str
    #: Searched in each paragraph (whitespace collapsed).
    pattern: re.Pattern[str]
    scope: Scope = "paragraph"
    #: For ``block`` rules: the paragraph that ends the block (removed too).
    until: re.Pattern[str] | None = None
    #: The rule fires only on paragraphs at most this long (characters).
    max_len: int | None = None
    #: Text every match contains (case as in the pattern): where a paragraph lacks it,
    #: the pattern is not run. For rules tried on every paragraph (``inline`` ones, and
    #: those not anchored at the paragraph's start).
    needle: str | None = None
    #: Lower-case texts one of which every match contains, looked for in the lower-cased
    #: paragraph: a needle for a rule ignoring case, tried on every paragraph. None holds
    #: an ``i``, ``s`` or ``k``, which ``re.IGNORECASE`` also matches to "İ", "ı", "ſ" and
    #: the Kelvin sign. (The disclaimer rule's search costs 2 µs a paragraph, the
    #: check 0.3 µs: 0.12 → 0.02 ms per bench page.)
    folded: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if self.folded is not None and any(set(text) & set("isk") or text != text.lower() for text in self.folded):
            raise ValueError(f"folded texts must be lower case, without i, s or k: {self.folded}")

    def matches(self, paragraph: str) -> bool:
        if self.max_len is not None and len(paragraph) > self.max_len:
            return False
        if self.needle is not None and self.needle not in paragraph:
            return False
        if self.folded is not None:
            lowered = paragraph.lower()
            if not any(text in lowered for text in self.folded):
                return False
        return self.pattern.search(paragraph) is not None


def _rule(name: str, pattern: str, scope: Scope = "paragraph", *, until: str | None = None,
          max_len: int | None = None, ignore_case: bool = True, needle: str | None = None,
          folded: tuple[str, ...] | None = None) -> Rule:
    flags = re.IGNORECASE if ignore_case else 0
    return Rule(name, re.compile(pattern, flags), scope,
                re.compile(until, flags) if until else None, max_len, needle, folded)


#: Headings over a list of links to other pages ("Related news", "Lesen Sie auch"), by
#: language, lower case: a paragraph that is one of them alone (with a colon, "…" or
#: "?" after it) starts a ``heading`` block, which takes the link titles after it.
RELATED_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": ("more from this section", "don['’]t miss", "more great [\\w.-]+ stories", "related", "related (?:news|stories|articles|coverage|topics|posts|reads"
           "|reading|content|pages|links|videos)", "related articles that may interest you",
           "(?:you|we think you) (?:may|might) also (?:like|enjoy)", "recommended(?: for you| stories| articles| reading)?",
           "trending (?:stories|topics|news|now)", "most (?:read|popular|viewed)(?: stories| articles)?",
           "what to read next", "more (?:posts|stories|articles|news)", "recent posts",
           "latest (?:posts|stories|articles|news)", "if you (?:liked|enjoyed) this (?:post|article),? you(?:'|’)?(?:ll| will| might| may)"
           " (?:probably )?(?:also )?(?:like|love|enjoy)", "(?:this|these) might (?:also )?be interesting to you",
           "explore more(?: articles| posts| stories)?(?: on\\b.{0,40})?", "see also", "popular posts",
           "more in [\\w&-]+(?: [\\w&-]+)?", "you might (?:also )?like", "(?:other )?posts you (?:may|might) (?:also )?enjoy",
           "what others are reading", "you may (?:also )?be interested in(?: the following\\b.{0,40})?", "more on this (?:topic|story)"),
    "de": ("mehr zu(?:m)? (?:diesem )?thema(?: auf .{1,40})?", "lesen sie auch(?: die(?:se)? (?:folgenden )?beiträge)?",
           "mehr themen", "mehr (?:kolumnen|artikel|beiträge|news|nachrichten)(?: .{1,40})?",
           "weitere beiträge(?: aus .{1,40})?", "lies auch", "auch interessant", "ebenfalls interessant",
           "(?:das|diese|dieses)(?: thema| themen)? (?:könnte|könnten) (?:sie|dich|euch) (?:auch|ebenfalls) interessieren",
           "ähnliche (?:beiträge|artikel|themen|nachrichten)", "verwandte (?:artikel|beiträge|themen|themenbereiche)",
           "empfohlene (?:beiträge|artikel)", "weitere (?:themen|artikel|beiträge|nachrichten|meldungen)",
           "zum weiterlesen", "weiterlesen", "schon gelesen", "passend zum thema", "meistgelesen(?:e artikel)?",
           "neueste beiträge", "aktuelle beiträge", "letzte beiträge"),
    "es": ("notas relacionadas", "noticias relacionadas", "artículos relacionados", "contenido relacionado",
           "(?:también )?te (?:puede|podría) interesar", "lo más leído", "más noticias", "lea también",
           "lee también", "te recomendamos"),
    "pt": ("veja também", "leia também", "notícias relacionadas", "matérias relacionadas", "posts relacionados",
           "mais lidas"),
    "fr": ("(?:à )?lire aussi", "voir aussi", "sur le même sujet", "articles (?:similaires|liés|connexes)",
           "dans la même rubrique", "les plus lus", "vous aimerez aussi", "à découvrir aussi"),
    "it": ("leggi anche", "articoli correlati", "(?:ti )?potrebbe interessarti(?: anche)?", "potrebbe interessarti anche",
           "i più letti"),
    "nl": ("lees ook", "gerelateerde artikelen", "meer over dit onderwerp"),
}
#: Lead-ins of one link to another page inside the body ("Lesen Sie auch: <title>"), by
#: language, lower case; the paragraph goes when a colon, bar or dash follows the lead-in.
SEE_ALSO_LEADS: dict[str, tuple[str, ...]] = {
    "en": ("see also", "related", "recommended", "more on this", "related story", "related article"),
    "de": ("lesen sie auch", "lesen sie mehr", "lies auch", "siehe auch", "mehr zum thema", "mehr dazu", "auch interessant",
           "weiterlesen", "zum weiterlesen", "passend dazu", "passend zum thema"),
    "es": ("lea también", "lea más", "lee también", "lee más", "te puede interesar", "también puedes leer",
           "ver también", "relacionado"),
    "pt": ("leia também", "leia mais", "veja também", "saiba mais"),
    "fr": ("(?:à )?lire aussi", "voir aussi", "lire la suite", "à lire"),
    "it": ("leggi anche", "leggi pure", "vedi anche"),
    "nl": ("lees ook", "lees meer"),
}


#: Invitations to follow the site elsewhere (social networks, its app, its newsletter),
#: by language, lower case, matched at a paragraph's start.
FOLLOW_PROMPTS: dict[str, tuple[str, ...]] = {
    "en": ("download (?:the|our) .{0,40}\\bapps?\\b", "get the latest .{0,60}\\b(?:straight|delivered) to your (?:phone|inbox)",
           "(?:sign up|subscribe|register) (?:now )?(?:for|to) (?:our|the) (?:free )?(?:[\\w-]+ ){0,3}newsletter",
           "join our (?:[\\w-]+ ){0,2}(?:newsletter|mailing list)", "for the latest (?:stories|news).{0,60}\\bdownload\\b",
           "(?:like|join) us on (?:facebook|twitter|instagram|telegram|whatsapp)"),
    "de": ("folgen? (?:sie )?uns (?:auf|bei)", "abonnieren sie (?:unseren|den) (?:\\w+)?newsletter"),
    "es": ("s[ií]guenos en", "únete a nuestro canal", "suscr[ií]bete a nuestro (?:boletín|newsletter)",
           "¿ya sabías que .{0,60} tenemos canal", "¡mira lo que tiene nuestro canal"),
    "fr": ("suivez-nous sur", "(?:abonnez|inscrivez)-vous à (?:notre|la) newsletter"),
    "it": ("seguici su", "iscriviti alla (?:nostra )?newsletter"),
    "pt": ("siga-nos n[oa]s?", "assine (?:a|nossa) newsletter"),
}


#: Prompts of a newsletter sign-up box (its pitch, its consent line, its thank-you), by
#: language, lower case, matched at a paragraph's start.
NEWSLETTER_PROMPTS: dict[str, tuple[str, ...]] = {
    "en": ("by (?:signing up|subscribing|clicking|submitting|registering|entering your email|providing your email)\\b"
           ".{0,80}\\byou(?:'re|’re| are)? (?:agree|consent|accept|acknowledge|confirm)", "thanks? (?:you )?for (?:signing up|subscribing)\\b",
           "you(?:'ve|’ve| have)? (?:been )?(?:successfully )?subscribed\\b", "you(?:'re|’re| are) (?:now )?subscribed\\b",
           "(?:sign up|subscribe) (?:now |today )?(?:to|for) [^.]{0,60}\\bnewsletter",
           "get [^.]{0,80}\\b(?:delivered )?(?:right |straight |directly )?(?:to|in) your inbox",
           "(?:was|is) this (?:newsletter|email) forwarded to you",
           "want (?:more|exclusive)[^.?]{0,60}\\?\\s*(?:sign up|subscribe|join)",
           "(?:like|enjoy|liked|enjoyed) this (?:article|post|story)\\?\\s*(?:subscribe|sign up)"),
    "de": ("melden sie sich (?:jetzt )?(?:für|zu) unser(?:em|en) (?:\\w+)?newsletter an",
           "(?:jetzt )?(?:zum|für den) (?:\\w+)?newsletter anmelden",
           "mit (?:der|ihrer) anmeldung (?:zum newsletter )?(?:akzeptieren|stimmen|erklären) sie",
           "vielen dank für (?:ihre|deine) anmeldung"),
    "fr": ("en vous inscrivant,? vous acceptez", "merci (?:pour votre|de votre) inscription",
           "recevez (?:notre|la) newsletter", "inscrivez-vous (?:gratuitement )?à (?:notre|la) newsletter"),
    "es": ("al (?:suscribirte|registrarte|suscribirse),? aceptas?", "¡?gracias por (?:suscribirte|tu suscripción)",
           "recibe (?:nuestro|el) (?:boletín|newsletter)"),
    "it": ("iscrivendoti,? accetti", "grazie per (?:esserti iscritto|l'iscrizione|l’iscrizione)",
           "ricevi (?:la nostra|la) newsletter"),
    "pt": ("ao se (?:inscrever|cadastrar),? você concorda", "obrigad[oa] por se (?:inscrever|cadastrar)",
           "receba (?:nossa|a) newsletter"),
}
#: A paywall's lines left in the story's container ("This article is exclusive to
#: subscribers", "Already have an account?"), by language, lower case, matched at a
#: paragraph's start. Each removes its own line only: where a page holds the whole
#: story, the pitch may sit before it.
PAYWALL_LINES: dict[str, tuple[str, ...]] = {
    "en": ("already have an account\\?", "this (?:article|story|content|post) is (?:exclusive|only available|reserved"
           "|available only) (?:to|for)\\b", "unlock (?:this|the full|the rest of this) (?:article|story)",
           "subscribe (?:now )?to (?:continue|keep) reading", "(?:create|register for) a free account to (?:continue"
           "|keep) reading", "you(?:'ve|’ve| have) reached your (?:free )?(?:article|monthly) limit",
           "you(?:'ve|’ve| have) read \\d+ of \\d+ free"),
    "de": ("(?:bereits|schon) (?:abonnent(?:in)?|registriert)\\s*\\?", "(?:jetzt )?weiterlesen mit [^,.]{1,30}$",
           "dieser (?:artikel|beitrag|inhalt) ist (?:nur )?(?:für|exklusiv für) abonnent", "sie haben bereits ein "
           "(?:konto|abo|abonnement)\\s*\\?"),
    "fr": ("déjà abonné(?:e)?\\s*\\?", "cet article est réservé aux abonnés",
           "la suite (?:de cet article )?est réservée aux abonnés"),
    "es": ("¿ya eres suscriptor(?:a)?\\?", "este (?:contenido|artículo) es exclusivo para suscriptores"),
    "it": ("sei già abbonato\\?", "questo articolo è riservato agli abbonati"),
    "pt": ("já é assinante\\?", "(?:este )?conteúdo exclusivo para assinantes"),
}
#: Labels of an advertising slot between a story's paragraphs, by language, lower case,
#: alone on their line.
AD_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("advertisements?", "sponsored"),
    "es": ("publicidad", "anuncio"),
    "fr": ("publicité",),
    "it": ("pubblicità",),
    "pt": ("publicidade",),
    "nl": ("advertentie", "reclame"),
    "id": ("iklan",),
    "pl": ("reklama",),
    "ru": ("реклама",),
    "ko": ("광고",),
    "ja": ("広告",),
}
#: "Reading time" in several languages, lower case, before its minutes.
READING_TIME_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("reading time", "read time"), "de": ("lesezeit", "lesedauer"), "fr": ("temps de lecture",),
    "es": ("tiempo de lectura",), "pt": ("tempo de leitura",), "it": ("tempo di lettura",), "nl": ("leestijd",),
    "pl": ("czas czytania",), "ru": ("время чтения",), "tr": ("okuma süresi",),
}
#: Headings of a table of contents (whose entries, links to the page's own anchors,
#: main-text extraction drops), by language, lower case: a line that is one of them
#: alone, with an ez-toc style "show"/"hide" toggle or a colon after it.
CONTENTS_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": ("table of contents", "contents", "in this (?:article|post|guide)", "on this page", "jump to(?: section)?"),
    "de": ("inhaltsverzeichnis", "inhalt", "in diesem artikel", "auf dieser seite"),
    "fr": ("sommaire", "table des matières", "dans cet article"),
    "es": ("índice", "tabla de contenidos?", "contenidos?", "en este artículo"),
    "pt": ("sumário", "conteúdo", "neste artigo"),
    "it": ("indice", "sommario", "in questo articolo"),
    "nl": ("inhoudsopgave", "inhoud", "in dit artikel"),
}
#: Headings of the author's box after a story ("About the author"), by language, lower
#: case: the box's bio (up to its first paragraph of prose) goes with the heading.
AUTHOR_BOX_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": ("about the authors?", "meet the authors?"),
    "de": ("über (?:den|die) autor(?:in|en|innen)?", "zu[mr] autor(?:in)?"),
    "fr": ("à propos de l['’]auteur(?:e)?", "l['’]auteur(?:e)?"),
    "es": ("sobre (?:el|la) autor(?:a)?", "acerca del autor"),
    "pt": ("sobre (?:o|a) autor(?:a)?",),
    "it": ("sull['’]autore", "l['’]autore"),
    "nl": ("over de auteur",),
}
#: A line naming the author's role in an author box ("Contributing Writer", "Written by"),
#: by language, lower case, alone on its line.
AUTHOR_ROLE_LINES: dict[str, tuple[str, ...]] = {
    "en": ("(?:article |post )?written by", "contributing (?:writer|editor)", "staff (?:writer|reporter)",
           "senior (?:writer|editor)", "guest (?:author|writer|post by)"),
    "de": ("geschrieben von", "gastautor(?:in)?"),
    "fr": ("écrit par", "rédigé par"),
    "es": ("escrito por",),
    "pt": ("escrito por",),
    "it": ("scritto da",),
}


#: The label of a line naming where a chart, a picture or a press release comes from
#: ("Quelle: Landesregierung", "Source: Eurostat"), by language, lower case.
SOURCE_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("sources?",),
    "de": ("quellen?", "quellenangaben?"),
    "fr": ("sources?",),
    "es": ("fuentes?",),
    "pt": ("fontes?",),
    "it": ("fonti?",),
    "nl": ("bronn?e?n?",),
}


#: The label opening a figure's caption left in the text ("Abbildung 4: ...",
#: "Figure 2: ..."), by language, lower case; a number may follow it, then a colon.
FIGURE_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("figure", "fig\\."),
    "de": ("abbildung", "abb\\."),
    "fr": ("figure", "fig\\."),
    "es": ("figura",),
    "pt": ("figura",),
    "it": ("figura",),
    "nl": ("afbeelding", "figuur"),
}


def _any_of(table: dict[str, tuple[str, ...]]) -> str:
    return "|".join(phrase for phrases in table.values() for phrase in phrases)


#: Every lead of :data:`SEE_ALSO_LEADS` as one regex alternation, for main-text
#: extraction, which drops the same short inserts before this pipeline runs.
SEE_ALSO_ANY = _any_of(SEE_ALSO_LEADS)


_SHARE_WORD = (r"(?:share|tweet|e-?mail|print|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|pinterest"
               r"|copy (?:link|url)|comments?|save|bookmark|gift(?: this)? article)")

GENERIC: tuple[Rule, ...] = (
    # Alt text of logos glued to the text ("Bs_logoImage") and bare image labels.
    _rule("image_alt", r"\b[A-Za-z]{1,15}_logo(?:\s*Image)?", "inline", ignore_case=False, needle="_logo"),
    _rule("image_alt", r"^(?:image|photo|picture|representational image|representative image|file photo)$"),
    # "Disclaimer: ...", syndication notes.
    _rule("disclaimer", r"^\(?\s*disclaimer\s*(?:[:\-–—]|$)", max_len=800),
    _rule("disclaimer", r"^\(?views expressed (?:above |here |in this \w+ )?are (?:the author'?s?'? own|personal)",
          max_len=200),
    _rule("disclaimer", r"auto-generated from a syndicated feed|has not been edited by .{1,60} staff",
          max_len=400, folded=("auto-generated", "not been ed")),
    # Paywall pitches: everything after the pitch is the plan list.
    _rule("subscription", r"^(?:subscribe to .{1,60}\b(?:digital|premium)\b|to read the full story,? subscribe"
          r"|what you get (?:on|with) .{1,60}\b(?:premium|digital|subscription)\b)", "block", max_len=400),
    _rule("subscription", r"^(?:already a (?:premium )?subscriber\b|subscribe(?: now)?\b.{0,60}$"
          r"|renews automatically|cancel any ?time|unlimited access to\b)", max_len=300),
    # (A rule of its own, told by its words: any first words, in the joined regex, cost
    # every paragraph; see _RuleSet.)
    _rule("subscription", r"^.{0,80}available to (?:premium )?subscribers only", max_len=300, folded=("able to",)),
    # A plan and its price: "Smart Quarterly ₹900 3 Months".
    _rule("subscription", r"^(?:[A-Z][\w-]* ){0,2}(?i:monthly|quarterly|annual|yearly|weekly|digital|premium)"
          r"(?: [A-Z][\w-]*){0,2}:?\s*(?:₹|Rs\.?|INR|\$|€|£)\s?[\d,.]+(?:\s*/?\s*\w+){0,3}$",
          max_len=120, ignore_case=False),
    # Related-links blocks: a heading alone on its line, then the links' titles.
    _rule("related_links", rf"^(?:{_any_of(RELATED_HEADINGS)})\s*(?::|\.\.\.|…|\?|!)?$", "heading", max_len=120),
    _rule("related_links", r"^(?:Read More On|READ MORE ON)\b", "heading", max_len=600, ignore_case=False),
    _rule("also_read", rf"^(?:{_any_of(SEE_ALSO_LEADS)})\s*[:|»>\-–—]", max_len=300),
    _rule("also_read", r"^(?:ALSO READ|READ ALSO|ALSO SEE|ALSO WATCH|ALSO CHECK|MUST READ|READ MORE)\b",
          max_len=400, ignore_case=False),
    _rule("also_read", r"^(?:Also (?:[Rr]ead|[Ss]ee|[Ww]atch|[Cc]heck)|Read [Aa]lso|Must [Rr]ead)\b",
          max_len=300, ignore_case=False),
    _rule("also_read", r"^Read [Mm]ore\s*(?:[:|\-–—]|$)", max_len=300, ignore_case=False),
    _rule("support_journalism", r"^support (?:quality|independent|our) journalism\b", max_len=400),
    # Appeals for money or support in other words and languages.
    _rule("support_journalism", r"^(?:unterstützen sie (?:uns|unsere|diese|den|das)\b|unterstütze (?:uns|unsere"
          r"|\w+ bereits)\b|wenn ihnen (?:unser|dieser) (?:artikel|beitrag) gefallen hat|jede (?:kleine )?spende hilft"
          r"|si te parece valioso|apóyanos|soutenez(?:-nous)?\b|sostieni\b|support (?:us|our work)\b"
          r"|if you (?:enjoyed|liked|value|appreciate)(?: reading)? (?:this|our) (?:post|article|story|work)\b.{0,80}"
          r"\b(?:support|donat|consider))", max_len=400),
    # "Dear Reader, ..." appeals, signed by the editor: the salutation alone, or
    # with the appeal itself in the same paragraph (not a columnist's letter).
    _rule("reader_appeal", r"^dear reader\b,?(?:\s*$|.*\b(?:subscri|support|journalism|a request))", "block",
          until=r"\b(?:digital )?editor\.?$"),
    # Page furniture that main-text extraction sometimes keeps: breadcrumbs, reading
    # time, the end-of-article marker (with what follows it).
    _rule("breadcrumbs", r"^home\s*[>»›/]\s*\S", max_len=200),
    _rule("reading_time", r"^\d{1,3}\s*min(?:ute)?s?\s+read\b", max_len=160),
    _rule("end_of_article", r"^end of (?:the )?article$", "block"),
    # Share and follow widgets.
    _rule("share_widgets", rf"^(?:{_SHARE_WORD}(?:\s+(?:on|this|the|article|story|via|us|link))*\s*[|·•,/:]?\s*)+$",
          max_len=120),
    _rule("share_widgets", r"^(?:click here to )?follow (?:us|.{1,40}) on (?:google news|whatsapp|twitter|x"
          r"|telegram|facebook|instagram|linkedin|youtube)\b", max_len=160),
    _rule("share_widgets", r"^follow us on\b", max_len=160),
    _rule("share_widgets", r"^we respect your thoughts and views\b", max_len=600),
    _rule("share_widgets", r"^(?:(?:enjoy(?:ed)? (?:the|this) (?:post|article)\?|like it\?|liked it\?)\s*)?"
          r"(?:pin (?:it |this )?(?:for later|here|now)|pin (?:it|this)|share it|pinterest image|jetzt teilen|artikel teilen)\s*[!.]?$",
          max_len=80),
    _rule("follow_prompt", rf"^(?:{_any_of(FOLLOW_PROMPTS)})", max_len=300),
    _rule("newsletter_prompt", rf"^(?:{_any_of(NEWSLETTER_PROMPTS)})", max_len=300),
    # (Not anchored: a leading "[^.]{0,80}" in the joined alternation costs every paragraph.)
    _rule("newsletter_prompt", r"\bdelivered (?:right |straight |directly )?to your inbox\b", max_len=160,
          needle="nbox"),
    _rule("subscription", rf"^\W{{0,2}}(?:{_any_of(PAYWALL_LINES)})", max_len=300),
    # A table of contents' heading; its entries (links to anchors) are not kept by main text.
    _rule("table_of_contents", rf"^(?:{_any_of(CONTENTS_HEADINGS)})\s*(?:[\[(]?\s*(?:show|hide|toggle)\s*[\])]?)?"
          r"\s*:?$", max_len=60),
    # The author's box after a story: its heading, the name and role lines under it, and the
    # bio (its first paragraph of prose, or the heading's own: "About the author: Jane ...").
    _rule("author_box", rf"^(?:{_any_of(AUTHOR_BOX_HEADINGS)})\s*(?::|$)", "block", until=r"(?s)^.{60,}",
          max_len=700),
    _rule("author_box", rf"^(?:{_any_of(AUTHOR_ROLE_LINES)})\s*:?$", max_len=40),
    # "This post contains affiliate links...": the site's own disclosure, not a story about them.
    _rule("affiliate_disclosure", r"^\W{0,3}(?:(?:advertiser )?disclosure\s*:\s*|note\s*:\s*)?(?:(?:this|our) (?:post"
          r"|article|page|site|blog|story|guide|website) (?:may |might )?(?:(?:contains?|uses?|includes?|has)\b.{0,40}"
          r"\baffiliate|(?:contains?|includes?) references to products\b)|(?:we|i) (?:may |might |will )?(?:earn|receive|get|make)s?\b.{0,60}\bcommission\b"
          r"|as an (?:amazon )?(?:associate|affiliate)\b.{0,40}\bearn)"
          r"|^\W{0,3}(?:werbung|anzeige)\s*[-.:,*]?\s*(?:$|dieser (?:beitrag|artikel) enthält\b|enthält\b)", max_len=350),
    # (A rule of its own, told by its words, as the paywall's "available to subscribers only".)
    _rule("affiliate_disclosure", r"^\W{0,3}(?:(?:advertiser )?disclosure\s*:\s*|note\s*:\s*)?[^.]{0,40}\bmay earn (?:a )?"
          r"(?:small )?commission\b", max_len=350, folded=("may earn",)),
    # The disclosure in other words, wherever it sits in its paragraph: "If you buy through
    # our links, we may earn a commission", "SoundGuys may receive a commission on orders".
    # Both forms ask for the site's links or the reader's purchase through the site, so that a
    # story's "when you buy a house, the agent makes a commission" or "brokers may earn
    # commissions on orders" stays.
    _rule("affiliate_disclosure", r"\b(?:if|when) you (?:buy|purchase|click|shop|select|make a purchase|decide to "
          r"purchase)\b(?=[^.]{0,100}\b(?:links?|our|us|here)\b)[^.]{0,100}\b(?:earn|receive|get|make)s? (?:an? )?(?:small )?"
          r"(?:share of the sale|(?:affiliate )?commissions?)|\b(?:may|might|could) (?:earn|receive|get|make) (?:a )?"
          r"(?:small )?(?:affiliate )?commissions?\b[^.]{0,100}\b(?:links?|if you|when you|purchases? (?:made )?"
          r"(?:through|via|from|on) (?:our|this|these|the links))", max_len=400, needle="mmission"),
    _rule("editorial_note", r"^(?:learn more about|read(?: more about)?|visit|see) our (?:[\w-]+ ){0,2}(?:editorial"
          r"|review|fact.checking) (?:process|polic(?:y|ies)|guidelines|standards)\b", max_len=200),
    _rule("copyright", r"^(?:copyright\s*)?(?:©|ⓒ|\(c\))\s*(?:copyright\s*)?(?:\d{4}|(?-i:[A-Z]))", max_len=300),
    # "Unauthorised copying and redistribution prohibited", as Korean, Japanese and Chinese
    # news sites sign every story, wherever it sits in the line.
    _rule("copyright", r"무단\s*전재", max_len=300, needle="무단"),
    _rule("copyright", r"無断(?:転載|複製)", max_len=300, needle="無断"),
    _rule("copyright", r"版[权權]所有|未经(?:授权|许可)(?:，|,)?\s*不得转载", max_len=300, needle="所有"),
    # The Korean "article entered/updated" stamp: "기사입력 :[ 2018-08-25 15:24 ]".
    _rule("post_meta", r"^(?:기사\s*)?(?:입력|수정|승인|등록)\s*:?\s*\[?\s*\d{4}[.-]", max_len=80),
    # A picture's caption ending in its credit: "... in June (Image: GETTY)", "(Foto: dpa)".
    _rule("picture_credit", r"\((?:image|photo|picture|credit|foto|fotos|bild|imagen)\s*:\s*[^()]{1,60}\)\s*$",
          max_len=300, needle=")"),
    # A gallery's counter: "Image 1 of 5", "3 / 12".
    _rule("page_furniture", r"^(?:image|photo|picture|slide|bild|foto|imagen)?\s*\d{1,3}\s*(?:of|/|von|de|di|sur|van)"
          r"\s*\d{1,3}$", max_len=30),
    _rule("copyright", r"^(?:this|the) (?:material|article|story|content) (?:may|must) not be (?:published|reproduced"
          r"|republished|copied)|^(?:written )?permission must be obtained\b|^vervielfältigung nur mit\b", max_len=300),
    _rule("subscription", r"^(?:to (?:view|read|continue reading) (?:the full|the rest of (?:the|this)|this) "
          r"(?:story|article),? (?:please )?(?:subscribe|log ?in|sign ?in)|pour lire la suite\b)", "block", max_len=400),
    _rule("subscription", r"\balready (?:a |an )?(?:subscriber|member)\b.{0,80}\b(?:log|sign) ?in\b", max_len=250,
          needle="lready"),
    _rule("comments", r"^(?:leave a (?:reply|comment)|add a comment|no comments(?: yet)?|view comments|post a comment"
          r"|keine kommentare|kommentare? schreiben|schreibe einen kommentar|vos réactions|laisser un commentaire"
          r"|deja (?:un|tu) comentario|deixe (?:um|seu) comentário|lascia un commento)\s*[:!.]?$"),
    # Picture credits: a line that names the picture's source, or a caption ending in its credit.
    _rule("picture_credit", r"^(?:titelbild|beitragsbild|aufmacherbild|bildquelle|bildnachweis|fotos?|photos?"
          r"|crédits? photos?|image credits?|photo credits?|featured image|header image)\s*:", max_len=200),
    _rule("picture_credit", r"(?:^|[\s|.,])©\s*[^.©:]{2,60}$", max_len=250, needle="©"),
    # A chart's, a picture's or a press release's source alone on its line.
    _rule("source_line", rf"^\(?(?:{_any_of(SOURCE_LABELS)})\s*:", max_len=100),
    # A figure's caption, left in the text without its <figcaption>.
    _rule("figure_caption", rf"^(?:{_any_of(FIGURE_LABELS)})\s*(?:\d{{1,3}}[a-z]?)?\s*:", max_len=300),
    # A line naming a picture agency alone ("Getty Images / Jane Doe", "iStock/jdoe"), or a
    # news agency with its photographer ("AFP / JOHN DOE"; a bare "AFP" may be the wire's
    # credit, read later from the body).
    _rule("picture_credit", r"^[(]?(?:(?:photo|image|picture|foto|bild)\s*(?:credit)?\s*[:|]\s*)?(?:(?:getty images"
          r"|shutterstock(?:\.com)?|istock(?:photo)?(?:\.com)?|unsplash|pexels|adobe ?stock|imago(?: images)?"
          r"|picture alliance)\b\s*(?:/|via\b|\||,|$)[^.]{0,60}|(?:ap photo|reuters|afp|dpa|epa(?:-efe)?|anp|ansa"
          r"|keystone)\s*/\s*(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,3})\)?$", max_len=120),
    _rule("picture_credit", r"(?:^|[\s|.,])(?-i:Foto|Fotos|Photo|Bild|Credit)\s*:\s*[^.©:]{2,60}$", max_len=250,
          needle=":"),
    _rule("feedback_prompt", r"^(?:war (?:der|dieser) (?:artikel|beitrag) (?:hilfreich|nützlich)|was this (?:article|page"
          r"|post) (?:helpful|useful)|share your feedback\b|möchten sie (?:den|diesen) artikel teilen)", max_len=120),
    # The post's own metadata printed in the body: its tags or categories, a date line
    # ("Aktualisiert: 11.04.2020, 10:27", "Last reviewed January 2023").
    _rule("post_meta", r"^(?:tags?|schlagw(?:ö|o)rter|stichw(?:ö|o)rter|themen|kategorien?|categories|category"
          r"|posted in|filed under|abgelegt unter|étiquettes|etiquetas)\s*:", max_len=200),
    _rule("post_meta", r"^(?:last )?(?:updated|published|reviewed|modified|posted|aktualisiert|publiziert|mis à jour"
          r"|actualizado)(?: am| on| le| el)?\s*:?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
          r"\b)(?:[^.]|\.(?=\S)){0,40}\.?$", max_len=80),
    # A press release's contact block and its "further information" links: the heading,
    # then the names, addresses and link titles under it.
    _rule("contact_block", r"^(?:kontakt|pressekontakt|medienkontakt|ansprechpartner(?:in)?(?: zum thema)?"
          r"|media contacts?|press contacts?|contact us|contacto|contact presse)\s*:?$", "heading"),
    _rule("contact_block", r"^(?:(?:weitere|weiterführende|zusätzliche) (?:informationen|infos|links)(?: zum thema)?"
          r"|zusatzinformationen)\s*:?$", "heading"),
    _rule("form_message", r"^(?:oops! something went wrong while submitting the form|thank you! your submission has "
          r"been received|thank you! please check your inbox)", max_len=120),
    # Labels the page puts between the story's paragraphs: advertising slots, slideshow
    # controls, placeholders of content loaded later.
    _rule("page_furniture", rf"^(?:{_any_of(AD_LABELS)}|(?:story|article) continues below(?: advertisement)?"
          r"|continue reading (?:the main story|below)|scroll to continue(?: with content)?"
          r"|use (?:the )?(?:left/right )?arrows to navigate\b.{0,80}|text size|loading(?: posts| comments)?\s*(?:…|\.\.\.)?)$",
          max_len=160),
    _rule("view_count", r"^\(?visited [\d,.]+ times\b|^[\d,.]+\s*(?:views|aufrufe)$", max_len=80),
    _rule("reading_time", rf"^\|?\s*(?:{_any_of(READING_TIME_WORDS)})\s*:?\s*\d{{1,3}}\s*(?:min|мин|dk|dak)",
          max_len=80),
    _rule("government_banner", r"^(?:official websites use \.gov|secure \.gov websites use https"
          r"|an official website of the united states government|a \.gov website belongs to an official government"
          r"|a lock \(.{0,20}\) or https:// means)\b", max_len=300),
)


def site_rules(name: str, patterns: Iterable[str]) -> tuple[Rule, ...]:
    """A profile's regexes as paragraph rules, named by their first named group or ``name``."""
    return _site_rules(name, tuple(patterns))


@lru_cache(maxsize=64)
def _site_rules(name: str, patterns: tuple[str, ...]) -> tuple[Rule, ...]:
    rules = []
    for pattern in patterns:
        compiled = re.compile(pattern)
        label = next(iter(compiled.groupindex), name)
        rules.append(Rule(label, compiled))
    return tuple(rules)


def paragraphs(text: str) -> list[str]:
    """The body's paragraphs (blank-line separated), spaces collapsed, empty ones left out.

    (Spaces are collapsed in the whole text at once, before it is split: none of
    :data:`_SPACES` is a line break, so the split falls where it did; and only where
    a run of them is not one space already. A paragraph holding no line break, as
    every one main-text extraction writes, is only stripped. 0.23 → 0.04 ms per page
    on the main texts of the bench's pages.)"""
    found = []
    text = text or ""
    if "  " in text or "\t" in text or "\u00a0" in text:  # else every run of _SPACES is one space
        text = _SPACES.sub(" ", text)
    # Line breaks other than "\n" (str.splitlines() breaks at them too): rare, but then
    # every paragraph is split into lines.
    odd_breaks = _ODD_LINE_BREAK.search(text) is not None
    for part in _PARAGRAPH_BREAK.split(text):
        if odd_breaks or "\n" in part:
            lines = [line.strip() for line in part.splitlines()]
            para = "\n".join(line for line in lines if line)
        else:
            para = part.strip()
        if para:
            found.append(para)
    return found


#: What ``str.splitlines()`` breaks a line at, besides ``"\n"``.
_ODD_LINE_BREAK = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def clean_body(text: str | None, site_rules: Sequence[Rule] = ()) -> tuple[str, list[str]]:
    """``text`` without boilerplate paragraphs, and the names of the rules that fired
    (each once, in the order they first fired). Paragraphs are rejoined by one blank line."""
    rule_set = _rule_set(tuple(site_rules))
    kept: list[str] = []
    fired: list[str] = []
    block_until: re.Pattern[str] | None = None
    in_block = in_links = False
    for para in paragraphs(text or ""):
        if in_block:
            if block_until is not None and block_until.search(para):
                in_block = False
            continue
        if in_links:
            if _LINK_TITLE.match(para):
                continue
            in_links = False
        for rule in rule_set.inline:
            if rule.needle is not None and rule.needle not in para:
                continue
            stripped = rule.pattern.sub("", para).strip()
            if stripped != para:
                _note(fired, rule.name)
                para = stripped
                if not para:
                    break
        if not para:
            continue
        rule = _first_rule(rule_set, para)
        if rule is None:
            kept.append(para)
            continue
        _note(fired, rule.name)
        in_links = rule.scope == "heading"
        if rule.scope == "block":
            # The block ends here already when its own first paragraph holds the end mark.
            in_block = not (rule.until is not None and rule.until.search(para))
            block_until = rule.until
    return "\n\n".join(kept), fired


def _first_rule(rule_set: _RuleSet, para: str) -> Rule | None:
    """The first of ``rule_set``'s rules (but its inline ones) that fires on ``para``."""
    length = len(para)
    for anchored in rule_set.anchored_long if length > _SHORT else rule_set.anchored:
        if anchored.match(para):
            return next((rule for rule in rule_set.rules if rule.matches(para)), None)
    # None of the anchored rules fires: the others, told first by their length cap,
    # needle and folded texts, most paragraphs failing them (Rule.matches, inline: a call
    # for each of them cost a sixth of clean_body; the paragraph lower-cased once for all
    # of them, not once per rule)
    lowered = ""
    for cap, needle, folded, rule in rule_set.gated:
        if length > cap or needle not in para:
            continue
        if folded:
            lowered = lowered or para.lower()
            if not any(text in lowered for text in folded):
                continue
        if rule.pattern.search(para) is not None:
            return rule
    return None


@dataclass(frozen=True)
class _RuleSet:
    """``GENERIC`` and a site's rules, arranged so that a paragraph costs a regex match
    or two rather than one search per rule, with the same outcome.

    Most rules are anchored at the paragraph's start: ``anchored`` joins them in one
    alternation for the generic rules and one for the site's, each tried once at the
    start. Where none matches, none of those rules can, and only the ``unanchored``
    rules are tried; where one does, every rule is tried in order as written (which one
    fires first, and the length caps, decide as before). (The generic rules are joined
    and compiled once per process, not again with each site's: 25 ms a site profile.)
    A rule with a ``needle`` or ``folded`` texts is never joined, anchored or not: its
    texts tell most paragraphs apart at once, where a branch of the joined regex that
    may match any first words (``^.{0,80}available to subscribers``) costs each
    paragraph a scan of its first words (two such rules out of it: 4.69 → 3.93 µs per
    paragraph of 300 chars or less for the joined regex, on the main texts of aeb, trafeval
    and wcxb; with the paragraph lower-cased once for the gated rules, clean_body 2-4%
    less CPU).
    """

    #: The leading ``inline`` rules, applied to every paragraph first.
    inline: tuple[Rule, ...]
    #: The other rules, in order.
    rules: tuple[Rule, ...]
    #: Those of ``rules`` whose pattern is not part of ``anchored``, in order.
    unanchored: tuple[Rule, ...]
    anchored: tuple[re.Pattern[str], ...]
    #: ``anchored`` without the rules capped at :data:`_SHORT` characters or less, for
    #: longer paragraphs (most of a story's), which those rules never fire on.
    anchored_long: tuple[re.Pattern[str], ...]
    #: ``unanchored`` with the longest paragraph each fires on (unbounded: ``math.inf``),
    #: the text every match contains ("" where none is known) and its ``folded`` texts.
    gated: tuple[tuple[float, str, tuple[str, ...], Rule], ...]


@lru_cache(maxsize=64)
def _rule_set(site: tuple[Rule, ...]) -> _RuleSet:
    rules = (*GENERIC, *site)
    lead = next((i for i, rule in enumerate(rules) if rule.scope != "inline"), len(rules))
    inline, rest = rules[:lead], rules[lead:]
    if any(rule.scope == "inline" for rule in rest):
        raise ValueError("inline rules must come before all other rules")
    generic = max(len(GENERIC) - lead, 0)
    parts = [joined for part in (rest[:generic], rest[generic:]) if part and (joined := _joined(part))]
    joinable = frozenset().union(*(joined.rules for joined in parts))
    unanchored = tuple(rule for rule in rest if rule not in joinable)
    gated = tuple((math.inf if rule.max_len is None else rule.max_len, rule.needle or "", rule.folded or (), rule)
                  for rule in unanchored)
    return _RuleSet(inline, rest, unanchored, tuple(joined.anchored for joined in parts),
                    tuple(joined.anchored_long for joined in parts), gated)


@dataclass(frozen=True)
class _Joined:
    """Anchored rules joined in one alternation (see :class:`_RuleSet`)."""

    rules: frozenset[Rule]
    anchored: re.Pattern[str]
    anchored_long: re.Pattern[str]


@lru_cache(maxsize=64)
def _joined(rules: tuple[Rule, ...]) -> _Joined | None:
    """Those of ``rules`` anchored at the paragraph's start, joined; None where there are
    none, or where two of them name a group alike."""
    joinable = {rule: wrapped for rule in rules
                if rule.needle is None and rule.folded is None and (wrapped := _anchored_source(rule.pattern))}
    try:
        return _joined_as_is(joinable)
    except re.error:
        # A pattern setting global flags itself fails in a group: tried on its own. (Told
        # only where the joined regex fails, not by compiling each pattern so wrapped,
        # which cost 15 of the 35 ms of building the generic rules' set, in every process.)
        joinable = {rule: wrapped for rule, wrapped in joinable.items() if _compiles(wrapped)}
    try:
        return _joined_as_is(joinable)
    except re.error:  # the same group name in two patterns
        return None


def _joined_as_is(joinable: dict[Rule, str]) -> _Joined | None:
    """``joinable`` (rules and their :func:`_anchored_source`) joined; re.error where a
    regex so joined does not compile."""
    if not joinable:
        return None
    anchored = re.compile("|".join(dict.fromkeys(joinable.values())))
    anchored_long = re.compile("|".join(dict.fromkeys(
        wrapped for rule, wrapped in joinable.items() if rule.max_len is None or rule.max_len > _SHORT)) or "(?!)")
    return _Joined(frozenset(joinable), anchored, anchored_long)


def _compiles(source: str) -> bool:
    try:
        re.compile(source)
    except re.error:
        return False
    return True


#: Paragraph length (characters) above which the rules capped at it are not tried at all
#: (the joined regex is a third cheaper without them, measured on 121,000 bench paragraphs).
_SHORT = 300


_FLAG_LETTERS = ((re.IGNORECASE, "i"), (re.DOTALL, "s"), (re.VERBOSE, "x"))
_QUANTIFIERS = ("*", "+", "?", "{")
#: The start of a group that matches what its content matches (``(?:``, ``(?P<name>``,
#: ``(?i:`` ...), as opposed to lookarounds, back-references, comments, conditionals.
_PLAIN_GROUP = re.compile(r"\?(?:P<\w+>|:|([aiLsux]*)(?:-[imsx]+)?:)")


def _anchored_source(pattern: re.Pattern[str]) -> str | None:
    """``pattern`` as a group carrying its own flags, to be joined with others, where
    every match of it starts at the string's start (``search`` is then ``match``);
    None for any other pattern, and for one that refers to its groups by number. (One
    setting global flags itself fails to compile so wrapped: see :func:`_joined`.)"""
    if pattern.flags & (re.MULTILINE | re.ASCII | re.LOCALE | re.VERBOSE) or _refers_to_groups(pattern.pattern):
        return None
    if not _starts_at_start(pattern.pattern):
        return None
    on = "".join(letter for flag, letter in _FLAG_LETTERS if pattern.flags & flag)
    off = "".join(letter for flag, letter in _FLAG_LETTERS if not pattern.flags & flag)
    source = _heads_by_first_letter(pattern.pattern)
    return f"(?{on}-{off}:{source})" if off else f"(?{on}:{source})"


def _refers_to_groups(source: str) -> bool:
    """Whether the regex ``source`` refers to its groups (a back-reference by number or
    name, a conditional group): it could not be joined with others. (An escaped
    parenthesis opens no group: ``^\\(?(?:source|...)`` refers to none.)"""
    return re.search(r"\\\d", source) is not None or any(
        char == "(" and source.startswith(("?P=", "?("), i + 1) for i, char in _scan(source))


def _heads_by_first_letter(source: str) -> str:
    """The regex ``source`` with the alternatives of a group opening a branch at the
    string's start (``^(?:related|recommended|see also)...``) grouped by first letter
    (:func:`by_first_letter`). Whether it matches is unchanged, and so is where (at the
    start), which is all the joined prefilter of :func:`_rule_set` asks; a match may end
    elsewhere, which it never reads. (The joined regex tries a paragraph's first letter
    once per group, not once per alternative: 0.235 → 0.180 ms per trafeval page.)"""
    branches = _branches(source)
    if not branches:
        return source
    grouped = []
    for branch in branches:
        end = _group_end(branch[1:]) if branch.startswith("^(?:") else None
        if end is not None and not branch[end + 2:].startswith(_QUANTIFIERS):
            branch = f"^(?:{by_first_letter(branch[4:end + 1])}){branch[end + 2:]}"
        grouped.append(branch)
    return "|".join(grouped)


def _starts_at_start(source: str) -> bool:
    """Whether every match of the regex ``source`` starts at the string's start: each
    of its top-level alternatives starts with ``^`` or ``\\A``, or with a plain group
    (not repeated, not turning ``MULTILINE`` on) whose alternatives all do.

    Read from the pattern's text (not Python's private ``re._parser``); where the text
    is too unusual to be sure (unbalanced, odd group kinds), the answer is False,
    which only costs speed: the rule is then tried on its own.
    """
    branches = _branches(source)
    return bool(branches) and all(_branch_starts_at_start(branch) for branch in branches)


def _branch_starts_at_start(branch: str) -> bool:
    if branch.startswith(("^", "\\A")):
        return not branch[1 if branch[0] == "^" else 2:].startswith(_QUANTIFIERS)
    if not branch.startswith("("):
        return False
    end = _group_end(branch)
    if end is None or branch[end + 1:].startswith(_QUANTIFIERS):
        return False
    inside = branch[1:end]
    if inside.startswith("?"):
        kind = _PLAIN_GROUP.match(inside)
        if kind is None or "m" in (kind.group(1) or ""):
            return False
        inside = inside[kind.end():]
    return _starts_at_start(inside)


def by_first_letter(source: str) -> str:
    """The regex ``source`` with its top-level alternatives that open with a lower-case
    letter grouped by that letter (``comment|credit|cookie`` → ``c(?:omment|redit|ookie)``):
    the same matches, but a search tries one group per position rather than every
    alternative (twice as fast on class strings, see ``maintext._ClassMatcher``). A
    pattern that is one non-capturing group is read inside it; one whose text is too
    unusual to split is returned as it is."""
    branches = _branches(source)
    if branches == [source] and source.startswith("(?:") and _group_end(source) == len(source) - 1:
        branches = _branches(source[3:-1])
    if not branches or len(branches) < 2:
        return source
    groups: dict[str, list[str]] = {}
    others = []
    for branch in branches:
        if branch[:1].isascii() and branch[:1].islower() and not branch[1:].startswith(_QUANTIFIERS):
            groups.setdefault(branch[0], []).append(branch[1:])
        else:
            others.append(branch)
    grouped = [letter + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})") for letter, rests in groups.items()]
    return "|".join(grouped + others)


def _scan(source: str) -> list[tuple[int, str]]:
    """The parentheses and bars of ``source`` outside escapes and character classes,
    with their positions."""
    marks: list[tuple[int, str]] = []
    i = 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i += 1
            if source[i:i + 1] == "^":
                i += 1
            if source[i:i + 1] == "]":  # a literal ] first in the class
                i += 1
            while i < len(source) and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif char in "()|":
            marks.append((i, char))
        i += 1
    return marks


def _branches(source: str) -> list[str] | None:
    """The top-level alternatives of ``source``; None where its parentheses do not balance."""
    depth, start, found = 0, 0, []
    for i, char in _scan(source):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif depth == 0:
            found.append(source[start:i])
            start = i + 1
    if depth:
        return None
    return [*found, source[start:]]


def _group_end(source: str) -> int | None:
    """Where the group opening at ``source[0]`` closes."""
    depth = 0
    for i, char in _scan(source):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
    return None


def _note(fired: list[str], name: str) -> None:
    if name not in fired:
        fired.append(name)
