"""Byline words, per language: what opens a byline, what joins two names, what
names a newsroom or a credit rather than a person, and what is never a name.

All lower case; :mod:`newsspider.extract.people` folds the text before it looks
them up. Each row is tested in ``tests/test_lang_bylines.py``.
"""

from __future__ import annotations

from newsspider.lang import dates as _dates

#: Words that stand before the names in a byline ("By Jane Doe", "Von Anna Weber",
#: "Par Loïc Le Clerc"), in any order (the longest is tried first); a trailing colon is
#: optional ("Autor: X", "Von: X", "Text: X").
BYLINE_PREFIXES: dict[str, tuple[str, ...]] = {
    "en": ("words and pictures by", "text and photos", "interview by", "interview:", "words:", "view all posts by", "article by", "contributors:", "contributor:", "all posts by", "more posts by", "articles by", "written by", "posted by", "submitted by", "uploaded by", "contributed by", "reported by", "story by", "words by", "text by", "published by",
           "authored by", "post author", "authors", "author", "by"),
    "de": ("text und fotos", "text & fotos", "text und bilder", "text & bilder", "text und bild", "text & bild",
           "zeige alle beiträge von", "alle beiträge von", "blogbeitrag von", "blog-beitrag von", "blog beitrag von", "alle artikel von", "alles von", "mehr von", "ein beitrag von", "beitrag von", "artikel von", "geschrieben von", "verfasst von", "veröffentlicht von",
           "erstellt von", "eingestellt von", "gepostet von", "gespeichert von", "eingereicht von", "text und interview", "text von",
           "von unserem korrespondenten", "von unserer korrespondentin", "von unserem redakteur",
           "von unserer redakteurin", "autorin", "autor", "text", "von",
           "redaktion:",  # with its colon: the editor who signs ("Redaktion: Anna Weber"); alone a desk
           # written for all genders ("Autor/in: Anna Weber", "Autor:in", "Autor*innen")
           "autor/in", "autor:in", "autor*in", "autor_in", "autor/innen", "autor:innen", "autor*innen",
           "autor_innen", "autorinnen", "autoren"),
    "fr": ("texte et photos", "propos recueillis par", "de notre correspondant", "de notre correspondante",
           "de notre envoyé spécial", "de notre envoyée spéciale", "tous les articles de", "tous les articles par", "écrit par", "publié par", "rédigé par", "proposé par", "envoyé par", "autrices", "auteures", "auteurs", "autrice", "auteure", "auteur", "texte", "par"),
    "es": ("texto y fotos", "escrito por", "publicado por", "redactado por", "enviado por", "autoras", "autores", "autora", "autor", "texto", "por"),
    "it": ("testo e foto", "scritto da", "pubblicato da", "a cura di", "dal nostro corrispondente", "dalla nostra corrispondente",
           "dal nostro inviato", "dalla nostra inviata", "autori", "autrice", "autore", "testo", "di"),
    "pt": ("texto e fotos", "escrito por", "publicado por", "autoras", "autores", "autora", "autor", "texto", "por"),
    "nl": ("door onze redacteur", "door onze correspondent", "geschreven door", "auteurs", "auteur", "tekst", "door"),
    "nordic": ("skrevet af", "skrevet av", "skriven av", "skrivet av", "författare", "forfatter", "af", "av"),
    "fi": ("kirjoittanut", "kirjoittaja", "teksti", "toimittaja"),
    "pl": ("napisała", "napisał", "autorka", "autor", "tekst", "przez", "opracowanie", "oprac.", "autorzy", "pisze"),
    "cs": ("autorka", "autor", "text", "napsal", "napsala", "autoři"),
    "sk": ("napísal", "napísala", "autori"),
    "hu": ("szerző", "írta", "szerzők", "szöveg"),
    "ro": ("autor", "scris de"),
    "is": ("eftir", "höfundur", "höfundar"),
    # Tagalog: "Ni Juan dela Cruz" (by); "ni" alone: see FULL_NAME_PREFIXES
    "tl": ("isinulat ni", "sinulat ni", "ulat ni", "ni"),
    # Afrikaans "Deur Jan van der Merwe"; Swahili "Na Juma Hassan" and Albanian "Nga Arben
    # Hoxha" (by): see FULL_NAME_PREFIXES
    "af": ("deur",),
    "sw": ("imeandikwa na", "na"),
    "sq": ("nga",),
    "sl": ("avtor", "avtorica", "napisal", "napisala"),
    "lt": ("autorius", "autorė"),
    "lv": ("autors", "autore"),
    "hr": ("piše", "autor", "autorica", "napisao"),
    "el": ("συντάκτης", "συντάκτρια", "γράφει ο", "γράφει η", "γράφει",
           "του", "της"),  # "Του Γιώργου Παπαδόπουλου": see FULL_NAME_PREFIXES
    "ru": ("материал подготовил", "материал подготовила", "подготовил", "подготовила", "автор текста", "автор",
           "текст", "авторы"),
    "uk": ("матеріал підготував", "матеріал підготувала", "підготував", "підготувала", "автор", "авторка", "текст",
           "автори"),
    "sr": ("аутор", "пише", "аутори"),
    "tr": ("hazırlayan", "yazan", "yazar", "muhabir",
           "haber:"),  # with its colon: the reporter who signs ("Haber: Ahmet Yılmaz"); alone "news"
    "id": ("ditulis oleh", "penulis", "reporter:", "wartawan", "oleh",  # "oleh": see FULL_NAME_PREFIXES
           "oleh:"),  # with its colon: Oleh is a first name too (Ukrainian)
    "vi": ("tác giả", "bởi", "phóng viên", "nhóm phóng viên"),
    "th": ("โดย", "เขียนโดย", "ผู้เขียน"),
    "ar": ("بقلم", "كتب", "كتبت", "إعداد"),
    "fa": ("نویسنده", "به قلم"),
    "bn": ("লেখক", "প্রতিবেদক"),
    "ur": ("تحریر", "رپورٹ:"),
    "hi": ("लेखक", "लेखिका", "रिपोर्ट:", "द्वारा"),
    "he": ("מאת",),
    "ko": ("작성자", "글"),
    "zh": ("责任编辑", "責任編輯", "編輯", "编辑", "作者", "记者", "記者", "通讯员", "通訊員", "執筆者", "筆者", "著者", "文",
           # the paper's own reporter, a special correspondent ("本报记者 王小明")
           "本报记者", "本報記者", "本刊记者", "特约记者", "特約記者", "新华社记者", "新華社記者"),
}

#: Class words of a byline's or an author's element in other languages than English, where
#: a class's word opens with one (``class="verfasser"``, ``article-skribent``): Spanish and
#: Romanian "redactor", German "Verfasser", Danish and Norwegian "forfatter", Swedish
#: "skribent", Hungarian "szerző", Finnish "kirjoittaja", Indonesian "wartawan", Turkish
#: "muhabir" (reporter), Chinese "jizhe" and Japanese "kisha" (reporter) in Latin letters.
#: Not Italian and Spanish "firma" (signature): German's company ("meistgeklickt_firma": a
#: list of companies); nor Polish and Czech "podpis" (signature): a picture's caption too
#: ("podpis-zdjecia", "foto-podpis"; the author's, "podpis-autora", holds "autor"); nor
#: "vcard": an encyclopedia's rows of people mentioned.
BYLINE_CLASS_WORDS: tuple[str, ...] = ("redactor", "verfasser", "forfatter", "skribent", "szerzo", "kirjoittaja",
                                       "wartawan", "muhabir", "jizhe", "kisha")

#: Byline words of one word that open a byline with no colon after them, as "By" does
#: ("بقلم محمد أحمد", "מאת ישראל ישראלי", "द्वारा राहुल शर्मा", "โดย สมชาย ใจดี", Afrikaans "Deur", the Slavic
#: languages' "wrote": "Napsal Jan Novák", "Napisao Ivan Horvat", Polish "pisze" (writes); Turkish
#: "Yazan": see :data:`FULL_NAME_PREFIXES`); the table's other words of one word
#: ("Autor", "Text") open a line on their own only with their colon ("Text: Jane Doe"),
#: a sentence's first word else.
OPEN_WITHOUT_COLON: tuple[str, ...] = ("بقلم", "מאת", "द्वारा", "โดย", "deur", "pisze", "napisał", "napisała", "napsal",
                                       "napsala", "napísal", "napísala", "napisal", "napisala", "napisao")

#: Byline words that are first names too ("Oleh" in Indonesian: by; in Ukrainian: a
#: first name; Turkish "Yazan": written by; in Arabic a first name), or a language's
#: everyday words (Greek "Του", "Της": of the, which open a byline's name in the
#: genitive: "Του Γιώργου Παπαδόπουλου"): a byline word only before a name of two words
#: or more ("Oleh Budi Santoso", "Yazan Ahmet Yılmaz"); "Oleh Petrenko", "Yazan Haddad"
#: are the person.
FULL_NAME_PREFIXES: tuple[str, ...] = ("oleh", "yazan", "του", "της",
                                       "ni",  # Tagalog "by"; Spanish "nor" ("Ni Juan ni Pedro")
                                       "na",  # Swahili "by"; a Korean surname ("Na Young")
                                       "nga")  # Albanian "by"; a Vietnamese first name
#: Byline words of :data:`FULL_NAME_PREFIXES` that are a common preposition too (Slavic "na":
#: on, at: "Na Příkopě", "Na Slovensku havaroval autobus"; Albanian "nga": from): read only
#: in an element marked as a byline, never at the head of a line no markup calls one.
MARKED_ONLY_PREFIXES: tuple[str, ...] = ("na", "nga")

#: Roles after the author's names that name someone else, the story's editor: the names
#: end where one starts after them ("作者：张三 责任编辑：李四", "By Jane Doe Edited by John
#: Roe"); alone, the line names the one who signs (Chinese papers' "责任编辑：焦鹏", Indian
#: web desks' "Edited by").
EDITOR_ROLES: tuple[str, ...] = ("责任编辑", "責任編輯", "编辑", "編輯", "审核", "審核", "校对", "校對",
                                 "edited by", "editor", "editora", "redaktor", "penyunting", "biên tập")

#: A recipe's or a product card's labels, each before its colon ("Recipe by Jane Doe
#: Course: Dessert Cuisine: Thai"): where a byline's names end.
CARD_LABELS: tuple[str, ...] = ("course", "cuisine", "category", "servings", "serves", "prep time", "cook time",
                                "total time", "difficulty", "yield")

#: Folders of authors' pages in a site's addresses ("/author/jane-doe", "/autores/juan-perez",
#: "/penulis/budi-santoso", "/yazar/ahmet-yilmaz"): a link to one is a byline's name, and
#: its last part spells the name.
AUTHOR_PAGE_FOLDERS: tuple[str, ...] = ("author", "authors", "autor", "autoren", "autorinnen", "autores", "autore",
                                        "autori", "auteur", "auteurs", "penulis", "yazar", "yazarlar", "redaktor",
                                        "redakteur",
                                        # Polish, Hungarian, Russian and Slovenian (in Latin letters),
                                        # Vietnamese, Finnish, Danish and Norwegian, Swedish, Turkish
                                        "autorzy", "szerzo", "szerzok", "avtor", "avtory", "avtorji", "tac-gia",
                                        "kirjoittaja", "kirjoittajat", "forfatter", "forfattere", "skribent",
                                        "skribenter", "muhabir")

#: Folders that hold a newsroom's people's pages and its other pages too ("/staff/jane-doe",
#: "/staff/newsletters", "/reporter/tips", "/journalist/code-of-ethics"): a link to one
#: is a byline's name only where the address's last part spells the link's text, a name.
STAFF_PAGE_FOLDERS: tuple[str, ...] = ("staff", "journalist", "journalists", "reporter", "reporters", "contributor",
                                       "contributors")

#: A piece's kind, then its author's byline word ("Ein Kommentar von Jane Doe", "Eine
#: Analyse von ...", "Articolo di ..."): read as byline words inside a byline, where
#: "von" after a capitalised word would be a name's particle ("Christoph von Ritter");
#: not looked for at the start of every text of a page (:data:`BYLINE_PREFIXES` are):
#: "Ein", "In", "An" open too many texts for the cost of a regex on each.
KIND_PREFIXES: tuple[str, ...] = (
    *(f"{article}{kind} von" for kind, article in (
        ("kommentar", "ein "), ("gastkommentar", "ein "), ("gastbeitrag", "ein "), ("essay", "ein "),
        ("interview", "ein "), ("analyse", "eine "), ("kolumne", "eine "), ("rezension", "eine "),
        ("glosse", "eine "), ("reportage", "eine ")) for article in (article, "")),
    "articolo di", "intervista di", "commento di",
)

#: Words that, alone in their element, label the author's name in the element after it
#: (a magazine's credits: "<div>Interview</div><div>SVEN MICHAELSEN</div>", "Reportage /
#: Anna Weber"); never a line's opening, as :data:`BYLINE_PREFIXES` are: "Interview mit
#: Sharon Stone" is a headline.
AUTHOR_LABELS: frozenset[str] = frozenset({
    "interview", "reportage", "entretien", "intervista", "entrevista", "wywiad", "rozhovor", "intervju",
    "haastattelu", "interjú", "röportaj", "интервью", "інтерв'ю", "інтерв’ю", "συνέντευξη",
})

#: Byline words that label a link to an author's page ("Articles by Juliette", "Alle
#: Beiträge von jane"), where the name is often a short one: a line they open is not
#: read as a byline on its own; a name element they label is.
AUTHOR_PAGE_LABELS: tuple[str, ...] = (
    "view all posts by", "all posts by", "more posts by", "articles by", "zeige alle beiträge von",
    "alle beiträge von", "alle artikel von", "alles von", "mehr von", "tous les articles de",
    "tous les articles par")

#: Words after a name that make it a byline in languages that put the role last:
#: "홍길동 기자" (Korean: reporter), "山田太郎記者" (Japanese), "特派员".
BYLINE_SUFFIXES: tuple[str, ...] = ("기자", "특파원", "記者", "记者", "特派員", "特派员")

#: Words after a Chinese or Japanese name that close its dateline ("記者李明／台北報導":
#: Taipei reports): a part ending with one is a place, not a person.
DATELINE_SUFFIXES: tuple[str, ...] = ("報導", "報道", "报道", "报导")

#: Prepositions that put a place after a byline's name ("Jane Doe in Washington", "Anna
#: Weber aus Berlin", "Marie Dupont à Kiev"): the name ends before one that only
#: capitalised words (the place) follow.
PLACE_PREPOSITIONS: tuple[str, ...] = ("in", "aus", "à", "em", "desde", "from")

#: Words that join two names in one byline ("Monika Bolliger und Anna Trechsel", Romanian "și", Ukrainian "та", Vietnamese "và", Arabic
#: and Persian "و" (written apart), Hindi "और", Urdu "اور", Bengali "ও" and "এবং", Thai
#: "และ", Korean "및", Chinese "和", "与", "與", "及" written apart: "张三 和 李四").
JOINERS: tuple[str, ...] = ("and", "und", "sowie", "et", "y", "e", "og", "och", "i", "и", "ja", "és",
                            "ve", "dan", "en", "και", "&", "și", "şi", "та", "và", "و", "और", "اور", "ও",
                            "এবং", "และ", "및", "和", "与", "與", "及")
#: Words that join a conversation's two people in its byline, both credited ("Richard Roe im
#: Gespräch mit Karin Example", a radio's interview as text).
CONVERSATION_JOINERS: tuple[str, ...] = ("im gespräch mit", "in conversation with", "en conversation avec",
                                         "in gesprek met", "in conversazione con", "en conversación con",
                                         "em conversa com", "i samtal med")
#: Chinese joiners written between names with no space ("张三和李四", "記者 王小明與李大華"): read
#: only between two names of two to four characters ("王和平", Wang Heping, is one name; a role
#: glued to the first, "記者王小明與李大華", makes it five: not read).
CJK_GLUED_JOINERS: tuple[str, ...] = ("和", "与", "與", "及")
#: Hebrew "and" ("ו") is the first letter of the word it joins ("דני כהן ודנה לוי"): read only
#: between names of two words or more ("ורד", Vered, is a name that opens with it).
GLUED_JOINERS: tuple[str, ...] = ("ו",)
#: Joiners that are a language's everyday words too, in lower case, between names of two
#: words or more only (Czech and Slovak "Jan Novák a Petr Svoboda"; "John A Smith" has an
#: initial, "Entrevista a Juan Pérez" a preposition).
NAMES_JOINERS: tuple[str, ...] = ("a",)

#: A byline's words that open an interview's credit: the interviewer's name follows; a
#: with-joiner after it names the one interviewed ("Ein Interview von Eugen Zentner mit
#: Sonja Silberhorn", "Interview by Jane Doe with John Roe"), no co-author.
INTERVIEW_OPENERS: tuple[str, ...] = ("ein interview von", "interview von", "interview by", "intervista di",
                                      "entretien réalisé par")

#: Words that join a co-author or an agency to a byline's name ("By Jane Doe with John
#: Roe", "Von Anna Weber mit dpa", "Par Marie Dupont avec AFP"): read as joiners after a
#: byline word only ("Interview mit Sharon Stein" is a headline).
WITH_JOINERS: tuple[str, ...] = ("with", "mit", "avec", "con", "com", "met", "med")

#: Joiners that also mean "in" in another language ("Jan de Vries en Piet Jansen" in Dutch,
#: "Ana Pérez en Madrid" in Spanish): one word after one is a place, not a person.
PLACE_JOINERS: tuple[str, ...] = ("en", "i")

#: Notes of a date that end a byline's names ("Av Kari Nordmann Publisert 12.03.2024",
#: "By Jane Doe Updated 3 hours ago"), in any language.
DATE_NOTES: tuple[str, ...] = (
    "updated", "published", "posted on", "modified", "last updated", "first published",
    "aktualisiert", "veröffentlicht", "publiziert", "publié", "mis à jour", "publicado", "actualizado",
    "atualizado", "pubblicato", "aggiornato", "gepubliceerd", "bijgewerkt", "publisert", "oppdatert",
    "publiceret", "opdateret", "publicerad", "uppdaterad", "julkaistu", "päivitetty", "opublikowano",
    "zaktualizowano", "publikováno", "aktualizováno", "güncelleme", "yayınlanma", "publicat", "actualizat",
    "опубликовано", "обновлено",
    "aktualizacja", "vydáno", "publikované", "aktualizované", "publikálva", "frissítve", "megjelent",
    "güncellenme", "yayın tarihi", "опубліковано", "оновлено", "публикувано", "актуализирано", "objavljeno",
    "ažurirano", "posodobljeno", "δημοσίευση", "δημοσιεύθηκε", "ενημέρωση", "ενημερώθηκε", "diterbitkan",
    "dipublikasikan", "diperbarui", "cập nhật", "تاريخ النشر", "نشر في", "آخر تحديث", "פורסם", "עודכן",
    "प्रकाशित", "প্রকাশিত", "منتشر شده", "uppfært",
    # Korean (entered, modified, approved: "입력 2024.03.01 12:00 | 김철수 기자"), Chinese
    "입력", "수정", "승인", "등록", "기사입력", "최종수정", "업데이트", "发布时间", "發布時間", "更新时间", "更新時間",
)

#: Prepositions before a date or a time that a byline's names leave dangling where the
#: date is cut off ("Jane Doe on", "Anna Weber am", "Jan de Vries op", "Maria Souza em",
#: "Mette Hansen d.", "Jan Novák dne"): dropped with it.
DATE_PREPOSITIONS: tuple[str, ...] = ("on", "at", "am", "um", "le", "el", "il", "den", "the", "de", "vor", "hace",
                                      "há", "em", "op", "d.", "dne", "dnia", "kl.")

#: Words that name a newsroom, a desk or a site's own account ("Redaktion", "Staff",
#: "Rédaction", "Web Desk"): a byline line holding one and no person's name credits
#: the newsroom, and no other part of that line is read for names ("TOI Lifestyle
#: Desk / etimes.in / ... Text Size").
DESK_WORDS: frozenset[str] = frozenset({
    "staff", "desk", "bureau", "team", "editorial", "editors", "newsroom", "admin", "administrator", "webmaster",
    "redaktion", "redaktionen", "online-redaktion", "nachrichtenredaktion",
    "rédaction", "redaction", "redacción", "redaccion", "redazione", "redação", "redacao", "redactie",
    "redakcja", "redakce", "redaksjonen", "redaktionen", "toimitus", "редакция", "редакція", "편집부", "编辑部",
    # a collective signing as one ("Collectif", "Autorenkollektiv")
    "collectif", "collective", "kollektiv", "autorenkollektiv", "colectivo", "collettivo",
    # a newsroom in Turkish ("Haber Merkezi": the news centre), Indonesian ("Tim Redaksi"),
    # Vietnamese ("Ban biên tập", "Tòa soạn"), Japanese, Arabic, Hindi, Hungarian, Romanian,
    # the Balkans' languages
    "haber merkezi", "merkezi", "redaksi", "ban biên tập", "tòa soạn", "編集部", "編輯部",
    "هيئة التحرير", "أسرة التحرير", "संवाददाता", "एजेंसी", "डेस्क", "ब्यूरो",
    "szerkesztőség", "redacția", "redactia", "uredništvo", "redakcija",
    # Slovak, Greek, Serbian and Macedonian (Cyrillic), Icelandic, Hebrew, Persian, Thai, Bengali, Urdu
    "redakcia", "σύνταξη", "редакција", "ritstjórn", "מערכת", "تحریریه", "กองบรรณาธิการ", "ডেস্ক", "ڈیسک",
})

#: Words that, inside a byline's name, say it names a newsroom, a desk, an
#: organisation or a site's own account, not a person.
NEWSROOM_WORDS: frozenset[str] = DESK_WORDS | frozenset({
    "editor", "correspondent", "correspondents", "contributor", "contributors", "reporter", "reporters", "redakteur",
    "agencies", "agenturen", "agences", "agencias", "agenzie", "agências", "agency", "agencia", "agence",
    "agentur", "agenzia", "news", "service", "wire",
    # an agency and the news in more languages ("Anadolu Ajansı", "Agencja Informacyjna", "Example Hírek")
    "agencja", "agentura", "ügynökség", "ajans", "ajansı", "агентство", "агенція", "πρακτορείο", "وكالة",
    "noticias", "notícias", "notizie", "nachrichten", "nieuws", "nyheter", "nyheder", "uutiset", "wiadomości",
    "zprávy", "hírek", "haberler", "știri", "stiri", "новости", "новини", "berita", "أخبار",
    *(word.casefold() for word in ("ειδήσεις",)),  # casefolded: see ARTICLES
    # a channel, a paper or a site credited as the author ("ET Now", "Times Now", "ABC Online")
    "online", "digital", "media", "web", "times", "express", "post", "now", "feed", "feeds", "syndicated",
    "guest", "author", "authors", "e-mail", "email", "blog", "blogger",
    # an organisation's legal form ("Bund der Energieverbraucher e.V.", "Example GmbH")
    "e.v", "gmbh", "ag", "inc", "ltd", "llc", "plc", "sarl", "s.a", "verein",
    # an organisation, not a person ("... Learning Network", "Example University")
    "network", "institute", "institut", "university", "universität", "université", "universidad", "foundation",
    "stiftung", "association", "society", "council", "zeitung", "magazine", "magazin", "company",
    "clinic", "klinik", "hospital", "press", "presse", "tribune", "gazette", "herald", "journal", "daily",
    "bündnis",
    # links and buttons around a byline read with it
    "read", "more", "subscribe", "share",
    # a book's edition before its editor ("Revised Edition Edited by ...")
    "edition", "ausgabe", "auflage", "édition", "edición", "edizione",
})

#: Ends of a compound word that make it an organisation's name ("Finanzmagazin",
#: "Tageszeitung", "Offshore-Stiftung", "Onlineredaktion"), in languages that join words.
NEWSROOM_ENDINGS: tuple[str, ...] = ("zeitung", "magazin", "redaktion", "stiftung", "verlag", "agentur", "verband",
                                     "institut", "zentrum", "verein",
                                     # a ministry, a party, an office ("Außenministerium", "Tierschutzpartei")
                                     "ministerium", "partei", "fraktion", "behörde", "verwaltung",
                                     # a weekly ("Automobilwoche", "Wirtschaftswoche")
                                     "woche")

#: How the names of Chinese, Japanese and Korean publications end ("新华网", "人民日报",
#: "日本経済新聞", "NHKニュース", "조선일보", "연합뉴스"): a short last part of a title
#: ending so ("武汉的声音……！-新华网") is the site's name, whether or not it spells the domain.
CJK_PUBLICATION_ENDINGS: tuple[str, ...] = (
    "网", "網", "报", "報", "新闻", "新聞", "频道", "頻道", "新聞社", "通信", "ニュース", "テレビ", "放送",
    "신문", "일보", "뉴스", "방송",
)

#: Words that open a credit for a picture or a source, never an author ("Foto: Jane
#: Doe", "Quelle: SID", "Photograph by EAG"): the part they open is dropped.
CREDIT_WORDS: tuple[str, ...] = (
    "foto", "fotos", "fotografie", "fotografia", "fotograf", "photo", "photos", "photograph", "photography",
    "picture", "pictures", "bild", "bilder", "image", "images", "illustration", "grafik", "graphic", "video",
    "kamera", "quelle", "quellen", "source", "sources", "fuente", "fonte", "crédit", "credit", "credits",
    "copyright", "©", "bildquelle", "bildnachweis",
    # photo and source in other languages, each before its colon ("Źródło: PAP", "Forrás: MTI")
    "fot", "zdjęcie", "zdjęcia", "źródło", "zdroj", "fotó", "forrás", "fotoğraf", "kaynak", "sursa", "sursă",
    "kilde", "kjelde", "källa", "lähde", "kuva", "izvor", "bron", "heimild", "mynd", "sumber", "nguồn", "ảnh",
    "источник", "фото", "джерело", "източник", "снимка", "извор", "πηγή", "φωτογραφία", "المصدر", "مصدر",
    "צילום", "מקור", "स्रोत", "फोटो", "সূত্র", "ছবি", "منبع", "عکس", "ذریعہ", "出典", "来源", "來源", "图片",
    "圖片", "摄影", "攝影", "출처", "사진", "ที่มา", "ภาพ",
    # Chinese picture credits of one letter after the writer's ("文/王小明 图/李大华", "攝／李大華")
    "图", "圖", "摄", "攝",
)

#: Labels whose text is not a byline's names ("Kategorien: Event, Fashion", "Tags:",
#: "in Rubrik:"): a byline is cut where one starts.
NOT_BYLINE_LABELS: tuple[str, ...] = (
    "kategorie", "kategorien", "rubrik", "rubriken", "schlagwörter", "schlagworte", "themen", "tags", "tag",
    "category", "categories", "filed under", "posted in", "topics", "catégorie", "catégories", "étiquettes",
    "categoría", "categorías", "etiquetas", "categoria", "categorie", "projekte", "share", "teilen",
    # a date's label ("Stand: 12.03.2020", "Updated: Dec 17, 2025")
    "stand", "datum", "date", "fecha", "data", "updated", "published", "posted", "aktualisiert", "veröffentlicht",
    "publié", "mis à jour", "actualizado", "publicado", "aggiornato", "pubblicato",
)

#: Month and weekday names of the date tables that are people's names too (Polish "Tomasz
#: Lis", "Magdalena Środa", "Jan Sobota", Serbian "Marta"): a byline's names do not end at one.
NAMES_TOO: frozenset[str] = frozenset({"lis", "marta", "sobota", "środa", "piątek", "petek", "petak"})

#: Weekday names (the full names of the date tables, ``newsspider.lang.dates``): a
#: byline's names end where one starts ("von anna am Samstag"), and one alone is a
#: date line read as a byline ("Donnerstag"), never a person. Abbreviations ("Mo",
#: "Di", "Sun") are left out: they are names and words too.
#: Left out too: names that end in a mark (Thai "วันจันทร์"), after which no word boundary is
#: found: the names' end is looked for between words.
WEEKDAYS: tuple[str, ...] = tuple(day for day in _dates.WEEKDAYS
                                  if len(day) > 4 and day not in NAMES_TOO and day[-1].isalnum())

#: Month names and their short forms in Latin script (from the date tables): a
#: byline's names end at one that follows them ("Jason Bates June 3", "Russell
#: Miller Dec"); one first ("April Roach") is a name.
MONTHS: tuple[str, ...] = tuple(
    name for names in _dates.MONTHS.values() for name in names
    if len(name) >= 3 and all(ch.isalpha() and ch < "\u0250" for ch in name) and name not in NAMES_TOO)

#: Job titles: a part holding one is a role ("Head of Marketing", "Certified Sleep
#: Consultant"), and one after a name is dropped ("Rachel Macdonald Writer").
ROLE_WORDS: frozenset[str] = frozenset({
    "writer", "editor", "coordinator", "consultant", "expert", "director", "manager", "founder", "co-founder", "ceo",
    "cto", "head", "lead", "officer", "specialist", "strategist", "analyst", "attorney", "lawyer", "professor",
    "dietitian", "nutritionist", "journalist", "journalistin", "redakteurin", "photographer", "intern",
    "president", "chairman", "partner", "marketing", "leiter", "leiterin", "projektleiterin", "projektleiter",
    "rédacteur", "rédactrice", "journaliste", "periodista", "redactor", "redactora", "giornalista",
    "columnist", "kolumnist", "kolumnistin", "experte", "expertin", "korrespondent", "korrespondentin",
    "chroniqueur", "chroniqueuse", "senior", "junior", "chief", "deputy",
    # a correspondent's post after the name ("Marie Dupont, correspondante à Bruxelles")
    "correspondante", "correspondant", "envoyé", "envoyée", "corrispondente", "inviato", "inviata", "corresponsal",
    "enviado", "enviada",
    # a lawyer's title before the name ("Autor: Rechtsanwalt Sebastian Example")
    "rechtsanwalt", "rechtsanwältin", "fachanwalt", "fachanwältin", "anwalt", "anwältin", "avocat", "avocate",
    "abogado", "abogada", "avvocato",
    "managing", "executive", "associate", "contributing", "certified", "assistant", "trial",
    "content", "communications", "product", "sales", "growth", "brand", "seo", "freier", "freie", "freelance",
    # Arabic: the head (of the desk: "رئيس التحرير", editor-in-chief), a director, an editor, a correspondent
    "رئيس", "مدير", "محرر", "مراسل",
})

#: Job titles that stand after a person's name with no comma ("Rachel Macdonald
#: Writer", "Linda Rosencrance Contributing Writer"): dropped there. The other
#: :data:`ROLE_WORDS` ("Luxury Travel Expert", "Top Growth Marketing") end an
#: organisation's name as often as they follow a person's.
ROLES_AFTER_NAME: frozenset[str] = frozenset({
    "writer", "journalist", "journalistin", "redakteurin", "photographer", "intern", "columnist",
    "kolumnist", "kolumnistin", "rédacteur", "rédactrice", "journaliste", "periodista", "giornalista",
    # newsroom words, a role only after a person's name ("Jane Doe Tech Reporter", "Anna
    # Weber Redakteur"): alone or after a site's name they name a desk ("Example Editor")
    "reporter", "reporterin", "editor", "correspondent", "contributor", "redakteur", "korrespondent",
    "korrespondentin", "producer", "critic", "corresponsal", "reportero", "reportera", "redactor", "redactora",
    # a journalist, a correspondent, an editor in more languages ("Kovács Péter újságíró", "Иван
    # Петров корреспондент"); not the byline words ("Toimittaja", "Muhabir"), which end a link's label
    "újságíró", "tudósító", "dziennikarz", "dziennikarka", "redaktor", "redaktorka", "reporterka", "novinar",
    "novinarka", "jurnalist", "корреспондент", "журналист", "кореспондент", "журналіст", "مراسل",
    *(word.casefold() for word in ("δημοσιογράφος",)),  # casefolded: see ARTICLES
})

#: A reporter's beat or rank between the name and the role ("Jane Doe Senior Political
#: Reporter", "John Roe Staff Writer", "Ana Ruiz Science Editor"): dropped with the role
#: where two words of the name stay before them.
BEAT_WORDS: frozenset[str] = frozenset({
    "staff", "tech", "technology", "science", "health", "political", "politics", "business", "sports", "sport",
    "features", "feature", "news", "breaking", "local", "metro", "city", "national", "foreign", "international",
    "investigative", "entertainment", "education", "environment", "environmental", "climate", "legal", "crime",
    "arts", "culture", "food", "travel", "fashion", "data", "video", "weather", "economics", "economy",
    "finance", "financial", "markets", "opinion", "enterprise", "general", "assignment", "world", "copy",
    "audience", "engagement", "digital", "web", "photo", "social", "media", "technical", "court", "county",
    "community", "parliamentary", "lobby", "transport", "property", "motoring", "music", "film", "books", "theatre",
    "religion", "royal", "crime", "senior", "chief", "deputy", "associate", "contributing",
})

#: Letters after a name that are degrees or certificates, not part of it ("Cara
#: Dumaplin RN", "Jeffrey A. Slotnick CPP", "Grant Tinsley PhD"): dropped.
POSTNOMINALS: frozenset[str] = frozenset({
    "phd", "ph.d", "md", "m.d", "rn", "bsn", "msn", "mba", "msc", "bsc", "ma", "ba", "cpp", "psp", "cfa", "cpa",
    "rd", "rdn", "lcsw", "dds", "dvm", "jd", "esq", "llm", "mph", "ms", "np", "pa-c", "facs", "mbbs", "fand",
    "ldn", "cdces", "cssd", "lmft", "lpc", "cpt",
})

#: Roles other than the story's author (not "Edited by": Indian sites' web desks
#: sign their stories so) whose byline words open a line of their own
#: ("Reviewed by", "Updated by", "Fotos von"): the authors' names end where one
#: starts, and a line one opens names nobody who wrote the story.
OTHER_ROLES: tuple[str, ...] = (
    "medically reviewed by", "reviewed by", "fact checked by", "fact-checked by", "updated by",
    "researched by", "photos by", "photographs by", "photography by", "illustrations by", "illustrated by",
    "produced by", "narrated by", "read by", "tested by", "translated by", "translation by", "translation",
    "geprüft von", "aktualisiert von", "fotos von", "bilder von", "gelesen von", "übersetzt von", "übersetzung",
    "révisé par", "relu par", "photos par", "revisado por", "fotos de", "fotos por", "traduit par", "traduction",
    "traducido por", "traducción", "tradotto da", "traduzione", "traduzido por", "tradução", "vertaald door",
    "vertaling",
    # a picture's credit ("Photo: John Roe", "Foto: Jan Kowalski", Polish "Fot. Jan Kowalski")
    "photo by", "photo:", "foto:", "fot.",
)

#: Words written in lower case inside a name: a person's particles ("Marna van der
#: Merwe", "Jacobo Betancur de la Cruz"), the small words of an organisation's name
#: ("Center for Drug Evaluation", "Ask the Doctors"). Any other word in lower case
#: among capitalised ones makes the text prose or a label ("Atemschutzmaske über
#: Exit-Strategie", "A total of", "GARDEN MAINTENANCE annette thurmon"), not a name.
LOWER_CASE_PARTICLES: frozenset[str] = frozenset({
    "von", "van", "vom", "zu", "zum", "zur", "der", "den", "de", "del", "della", "delle", "degli", "dei", "di", "da",
    "das", "dos", "do", "du", "des", "la", "le", "lo", "ter", "ten", "te", "op", "y", "e", "i", "bin", "binti",
    "dela", "delos",  # Tagalog ("Juan dela Cruz")
    "ibn", "bint", "al", "el", "af", "av",
    "of", "for", "the", "on", "at", "in", "und", "and", "et", "für", "pour", "para", "per",
})
#: The small words of an organisation's or a page's name, never of a person's ("Code of
#: Ethics", "Send a tip"): a link's text holding one names no one.
TITLE_PARTICLES: frozenset[str] = frozenset({"of", "for", "the", "on", "at", "in", "und", "and", "et", "für", "pour",
                                             "para", "per", "a", "an"})

#: A template's value where the CMS had none ("undefined", "[object Object]"): never a
#: name as the whole of one, though "Nan" may open one ("Nan Goldin").
PLACEHOLDERS: frozenset[str] = frozenset({"undefined", "null", "none", "nan", "[object object]"})

#: Short weekday names (from the date tables): a byline's names end at one before a
#: date ("Tomas Spahn Fr 12.03.2021"), and one alone is a date, not a person ("Sat").
#: "Sam" and "Mar" (French) are first names too, "Di" a byline word: left out.
WEEKDAY_ABBREVIATIONS: tuple[str, ...] = tuple(
    day for day in _dates.WEEKDAYS if len(day) <= 4 and day not in ("sam", "mar", "di"))

#: Words that are never a person's name by themselves: navigation ("Accueil",
#: "Home"), form labels ("Name *"), placeholders ("Anonymous").
NOT_NAMES: frozenset[str] = frozenset({
    "home", "homepage", "start", "startseite", "accueil", "inicio", "início", "portada", "menu", "menü",
    "über", "about", "à propos", "acerca", "profil", "profile", "copier", "copy", "kopieren", "print", "drucken",
    "imprimer",
    "anonymous", "anonym", "anonyme", "unknown", "name", "guest", "gast", "user", "comments", "kommentare",
    "anónimo", "anonimo", "anônimo", "anonimowy", "anonymní", "анонимно", "аноним",
    # a reading time or a clip's length ("5 Min.", "Video 01:30 Min.")
    "min", "mins", "minuten", "minutes", "minutos", "lesezeit", "video", "audio",
    # a marked byline's label read alone ("[Submitted on 18 Dec 2025]", "Posted"), a field's name
    "submitted", "posted", "published", "updated", "written", "default", "publisher", "herausgeber",
    # a date's preposition left of a byline ("von Anna Weber | Am 12.03.2024")
    "am", "um",
    # a badge that says no machine wrote the story ("Written by Human, Not by AI")
    "human", "humans",
    # a link to the author's page by its label ("Full Bio", "Read bio", "mehr")
    "bio", "full bio", "read bio", "biography", "mehr", "weiterlesen",
    # a saint's day or church after a Greek byline word ("Του Αγίου Νικολάου": of Saint Nicholas)
    *(word.casefold() for word in ("αγίου", "αγίας", "αγίων")),  # casefolded: see ARTICLES
})

#: Particles in lower case that say where a byline's person writes from, opening a part
#: after the names ("Por João Silva e Maria Souza, da Agência Brasil", "Ana Pérez, desde
#: Madrid", "Mario Rossi, da Roma"): the part names a place or a newsroom, not a person.
FROM_PARTICLES: frozenset[str] = frozenset({"da", "de", "do", "das", "dos", "del", "desde", "dal", "dalla", "from",
                                            "aus", "depuis", "z", "ze", "iz", "из"})

#: Articles: a name that opens with one is a publication's ("The Guardian", "El
#: Colombiano", "Die Furche"), never a person's.
ARTICLES: frozenset[str] = frozenset({"the", "el", "la", "los", "las", "die", "der", "das", "il", "lo", "het", "les",
                                      # Greek's genitive ("Της Κυριακής": of Sunday), a byline word before
                                      # two words or more (:data:`FULL_NAME_PREFIXES`); casefolded, as
                                      # words are looked up (a final sigma folds to "σ")
                                      *(word.casefold() for word in ("του", "της"))})

#: Small words of an organisation's or a section's name, never of a person's ("Mahua Das
#: in Project Management" after a date is a teaser's line, not a byline).
ORGANISATION_SMALL_WORDS: frozenset[str] = frozenset({
    "of", "for", "the", "on", "at", "in", "und", "and", "et", "für", "pour", "para", "per"})

#: Particles inside names ("Christoph von Ritter", "Leonardo da Vinci") that are also
#: byline words: one counts as a byline word only at the start, or after a date, a
#: digit, a mark or a word in lower case ("12. Juni 2017 von gizzmo").
NAME_PARTICLES: frozenset[str] = frozenset({"von", "di", "da", "af", "av", "door", "por"})

#: Class or id words of readers' comments in other languages than English ("comment",
#: "reply"): a byline inside one names a reader ("leserbrief": a reader's letter).
COMMENT_MARKS: tuple[str, ...] = ("kommentar", "leserbrief", "leserpost", "commentaire", "comentario", "commento",
                                  "reactie", "kommentti")

#: Ends of an author element's text that are links, not the name ("Jane Doe Alle
#: Artikel", "karstenruppert More Posts", "View all posts by Jane Doe").
NAME_TAILS: tuple[str, ...] = (
    "alle artikel", "alle beiträge", "weitere artikel", "mehr artikel", "more posts", "all posts", "more articles",
    "on behalf of", "im auftrag von", "view all posts", "view full profile", "view profile", "full profile",
    "profil ansehen", "tous ses articles", "tous les articles", "ver más", "leggi tutti",
    "schreibe einen kommentar", "hinterlasse einen kommentar", "kommentar", "leave a comment", "leave a reply",
    "comments", "laisser un commentaire", "deja un comentario", "follow", "folgen", "abonnieren", "suivre",
)

#: Forms of address that open a publication's name as a first name opens a person's
#: ("Madame Figaro" on madame.example.fr, "Monsieur Cuisine"): a site's address that
#: spells one is not a person's own.
HONORIFICS: frozenset[str] = frozenset({
    "madame", "monsieur", "mademoiselle", "mister", "missus", "miss", "lady", "lord", "dame", "herr", "frau",
    "fräulein", "doctor", "doktor", "señor", "señora", "señorita", "signor", "signora", "signore", "senhor",
    "senhora", "meneer", "mevrouw",
})

#: The verb that opens an author's bio after their name, in a box after the story or in
#: its sidebar ("Jane Doe is a travel writer", "Anna Weber ist Redakteurin", "Loïc Le
#: Clerc est journaliste", "Ana Pérez es periodista", "Marco Rossi è giornalista", "João
#: Silva é jornalista", "Eva Berg är reporter", "Ole Hansen er journalist", "Jan Kowalski
#: jest dziennikarzem"; "Anna Weber schreibt über ..."): with the name alone in an element just
#: before, the box's author.
BIO_VERBS: tuple[str, ...] = ("is", "ist", "est", "es", "è", "é", "är", "er", "jest", "was", "war",
                              # writes ("Anna Weber schreibt über Politik", "Jane Doe writes about ...")
                              "writes", "schreibt", "écrit", "escribe", "scrive", "escreve", "schrijft", "skriver",
                              "pisze", "píše")
