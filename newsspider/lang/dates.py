"""How dates are written, as data: month and weekday names, zone abbreviations
and their offsets, the words of relative times and of the half of the day.

The one home of this knowledge: the date library (``newsspider.dates``) reads
single date strings with it, the page-date candidates
(``newsspider.extract.datecandidates``) find dates inside a page's text with it,
and discovery reads listed dates through the library. Every name is lowercase
as written (with its usual spelling without accents where sites use one);
every row is tested (``tests/test_lang_dates.py``).
"""

from __future__ import annotations

#: Month names by number: full names, usual abbreviations, the genitive where a
#: language writes the day's month in it ("13 января", "13 stycznia").
#: Languages: English, German, French, Spanish, Catalan, Portuguese, Italian,
#: Dutch, Swedish, Danish, Norwegian, Finnish, Romanian, Turkish, Indonesian,
#: Polish, Czech, Slovak, Croatian, Serbian and Slovenian (Latin and Cyrillic),
#: Bulgarian, Russian, Ukrainian, Greek, Hungarian, Lithuanian, Estonian, Albanian,
#: Galician, Afrikaans, Malay, Filipino, Swahili, Hebrew ("13 בינואר"), Arabic
#: (Egyptian and Gulf, Maghreb, Levantine names), Urdu, and India's: Hindi, Marathi,
#: Bengali, Gujarati, Punjabi, Tamil, Telugu, Kannada, Malayalam. Left out: names
#: that mean another month in another language (Croatian "listopada" is October,
#: Polish November: Croatian October is read only as a number), and Marathi
#: "मे" (May), which is Hindi "में" ("in") without its nasal mark. Japanese,
#: Chinese and Korean number their months (``1月``, ``1월``): see ``CJK_*``.
MONTHS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gener",
        "janeiro", "gennaio", "gen", "januari", "tammikuuta", "ianuarie", "ian", "ocak",
        "stycznia", "styczeń", "styczen", "ledna", "leden", "января", "январь", "янв", "січня",
        "ιανουαρίου", "ιανουαριου", "január", "जनवरी", "يناير", "جانفي", "كانون الثاني",
        "januára", "siječnja", "sijecnja", "siječanj", "јануар", "јануара", "януари", "sausio", "jaanuar",
        "januarie", "janar", "xaneiro", "জানুয়ারি", "ஜனவரி", "जानेवारी", "જાન્યુઆરી", "ਜਨਵਰੀ", "జనవరి", "ಜನವರಿ",
        "ജനുവരി", "جنوری", "בינואר", "ינואר"),
    2: ("february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febrer",
        "fevereiro", "fev", "febbraio", "februari", "helmikuuta", "februarie", "şubat", "subat",
        "lutego", "luty", "února", "unora", "февраля", "февраль", "фев", "лютого",
        "φεβρουαρίου", "φεβρουαριου", "február", "फरवरी", "फ़रवरी", "\u095e\u0930\u0935\u0930\u0940", "فبراير", "فيفري", "شباط",
        "februára", "veljače", "veljace", "veljača", "фебруар", "фебруара", "февруари", "vasario", "veebruar",
        "pebrero", "shkurt", "febreiro", "ফেব্রুয়ারি", "பிப்ரவரி", "फेब्रुवारी", "ફેબ્રુઆરી", "ਫ਼ਰਵਰੀ", "ਫਰਵਰੀ",
        "ఫిబ్రవరి", "ಫೆಬ್ರವರಿ", "ഫെബ്രുവരി", "فروری", "בפברואר", "פברואר"),
    3: ("march", "mar", "märz", "maerz", "mär", "mars", "marzo", "març", "março", "marco", "maart",
        "mrt", "marts", "maaliskuuta", "martie", "mart", "maret", "marca", "marzec", "března",
        "brezna", "марта", "март", "березня", "μαρτίου", "μαρτιου", "március", "marcius",
        "मार्च", "مارس", "آذار",
        "ožujka", "ozujka", "ožujak", "marec", "kovo", "märts", "marso", "mac", "machi", "মার্চ", "மார்ச்",
        "માર્ચ", "ਮਾਰਚ", "మార్చి", "ಮಾರ್ಚ್", "മാർച്ച്", "مارچ", "במרץ", "מרץ"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile", "huhtikuuta", "aprilie", "nisan",
        "kwietnia", "kwiecień", "dubna", "апреля", "апрель", "апр", "квітня", "απριλίου",
        "απριλιου", "április", "aprilis", "अप्रैल", "अप्रेल", "أبريل", "ابريل", "إبريل", "أفريل", "نيسان",
        "apríla", "travnja", "travanj", "април", "априла", "balandžio", "balandzio", "aprill", "aprili", "prill",
        "এপ্রিল", "ஏப்ரல்", "एप्रिल", "એપ્રિલ", "ਅਪ੍ਰੈਲ", "ఏప్రిల్", "ಏಪ್ರಿಲ್", "ഏപ്രിൽ", "اپریل", "באפריל",
        "אפריל"),
    5: ("may", "mai", "mayo", "maig", "maio", "maggio", "mag", "mei", "maj", "toukokuuta", "mayıs",
        "mayis", "maja", "května", "kvetna", "мая", "май", "травня", "μαΐου", "μαιου", "május",
        "majus", "मई", "مايو", "ماي", "أيار",
        "mája", "svibnja", "svibanj", "мај", "маја", "gegužės", "geguzes", "মে", "மே", "મે", "ਮਈ", "మే", "ಮೇ",
        "മേയ്", "مئی", "במאי", "מאי"),
    6: ("june", "jun", "juni", "juin", "junio", "juny", "junho", "giugno", "giu", "kesäkuuta",
        "iunie", "iun", "haziran", "czerwca", "června", "cervna", "июня", "июнь", "червня",
        "ιουνίου", "ιουνιου", "június", "junius", "जून", "يونيو", "يونية", "جوان", "حزيران",
        "júna", "lipnja", "lipanj", "junij", "јун", "јуна", "юни", "birželio", "birzelio", "juuni", "hunyo",
        "junie", "xuño", "qershor", "জুন", "ஜூன்", "જૂન", "ਜੂਨ", "జూన్", "ಜೂನ್", "ജൂൺ", "جون", "ביוני", "יוני"),
    7: ("july", "jul", "juli", "juillet", "juil", "julio", "juliol", "julho", "luglio", "lug",
        "heinäkuuta", "iulie", "iul", "temmuz", "lipca", "července", "cervence", "июля", "июль",
        "липня", "ιουλίου", "ιουλιου", "július", "julius", "जुलाई", "يوليو", "يولية", "جويلية", "تموز",
        "júla", "srpnja", "srpanj", "julij", "јул", "јула", "юли", "liepos", "juuli", "hulyo", "julai", "julie",
        "xullo", "korrik", "জুলাই", "ஜூலை", "जुलै", "જુલાઈ", "ਜੁਲਾਈ", "జూలై", "ಜುಲೈ", "ജൂലൈ", "جولائی", "ביולי",
        "יולי"),
    8: ("august", "aug", "août", "aout", "agosto", "agost", "ago", "augustus", "augusti",
        "elokuuta", "ağustos", "agustos", "agustus", "sierpnia", "srpna", "августа", "август",
        "авг", "серпня", "αυγούστου", "αυγουστου", "augusztus", "अगस्त", "أغسطس", "اغسطس", "أوت", "آب",
        "augusta", "kolovoza", "kolovoz", "avgust", "rugpjūčio", "rugpjucio", "ogos", "agosti", "gusht", "আগস্ট",
        "ஆகஸ்ட்", "ऑगस्ट", "ઑગસ્ટ", "ਅਗਸਤ", "ఆగస్టు", "ಆಗಸ್ಟ್", "ഓഗസ്റ്റ്", "اگست", "באוגוסט", "אוגוסט"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembre", "setembro",
        "set", "settembre", "syyskuuta", "septembrie", "eylül", "eylul", "września", "wrzesnia",
        "září", "zari", "сентября", "сентябрь", "сен", "сент", "вересня", "σεπτεμβρίου",
        "σεπτεμβριου", "szeptember", "सितंबर", "सितम्बर", "سبتمبر", "أيلول",
        "septembra", "rujna", "rujan", "septembar", "септембар", "септембра", "септември", "rugsėjo", "rugsejo",
        "setyembre", "septemba", "shtator", "সেপ্টেম্বর", "செப்டம்பர்", "सप्टेंबर", "સપ્ટેમ્બર", "ਸਤੰਬਰ",
        "సెప్టెంబర్", "ಸೆಪ್ಟೆಂಬರ್", "സെപ്റ്റംബർ", "ستمبر", "בספטמבר", "ספטמבר"),
    10: ("october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "out", "ottobre",
         "ott", "lokakuuta", "octombrie", "ekim", "października", "pazdziernika", "října", "rijna",
         "октября", "октябрь", "окт", "жовтня", "οκτωβρίου", "οκτωβριου", "október",
         "अक्टूबर", "अक्तूबर", "أكتوبر", "اكتوبر", "تشرين الأول",
         "októbra", "oktobar", "октобар", "октобра", "октомври", "spalio", "oktoober", "oktubre", "oktoba",
         "tetor", "অক্টোবর", "அக்டோபர்", "ऑक्टोबर", "ઑક્ટોબર", "ਅਕਤੂਬਰ", "అక్టోబర్", "ಅಕ್ಟೋಬರ್", "ഒക്ടോബർ",
         "اکتوبر", "באוקטובר", "אוקטובר"),
    11: ("november", "nov", "novembre", "noviembre", "novembro", "marraskuuta", "noiembrie",
         "kasım", "kasim", "listopada", "listopadu", "ноября", "ноябрь", "листопада",
         "νοεμβρίου", "νοεμβριου", "नवंबर", "नवम्बर", "نوفمبر", "تشرين الثاني",
         "novembra", "studenoga", "studenog", "studeni", "novembar", "новембар", "новембра", "ноември",
         "lapkričio", "lapkricio", "nobyembre", "novemba", "nëntor", "nentor", "নভেম্বর", "நவம்பர்", "नोव्हेंबर",
         "નવેમ્બર", "ਨਵੰਬਰ", "నవంబర్", "ನವೆಂಬರ್", "നവംബർ", "نومبر", "בנובמבר", "נובמבר"),
    12: ("december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic",
         "desembre", "dezembro", "dicembre", "desember", "joulukuuta", "decembrie", "aralık",
         "aralik", "grudnia", "prosince", "декабря", "декабрь", "дек", "грудня", "δεκεμβρίου",
         "δεκεμβριου", "दिसंबर", "दिसम्बर", "ديسمبر", "كانون الأول",
         "decembra", "prosinca", "prosinac", "decembar", "децембар", "децембра", "декември", "gruodžio",
         "gruodzio", "detsember", "disyembre", "disember", "desemba", "decembro", "dhjetor", "ডিসেম্বর",
         "டிசம்பர்", "डिसेंबर", "ડિસેમ્બર", "ਦਸੰਬਰ", "డిసెంబర్", "ಡಿಸೆಂಬರ್", "ഡിസംബർ", "دسمبر", "בדצמבר",
         "דצמבר"),
}
#: Vietnamese names a month by its number: "13 tháng 1, 2025", "ngày 13 tháng 1 năm 2025".
MONTHS = {number: (*names, f"tháng {number}") for number, names in MONTHS.items()}

#: Weekday names and abbreviations that may stand before a date ("Tue, 19 Nov 2019"),
#: or between a date and its time ("13 Ocak 2025 Pazartesi 21:37").
WEEKDAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "mo", "di", "mi", "do", "fr", "sa", "so",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lun", "mar", "mer", "jeu", "ven", "sam", "dim",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
    "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
    "sonnabend", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mandag", "tirsdag", "lørdag", "søndag",
    "pazartesi", "salı", "sali", "çarşamba", "carsamba", "perşembe", "persembe", "cuma", "cumartesi", "pazar",
    "luni", "marți", "marti", "miercuri", "joi", "vineri", "sâmbătă", "sambata", "duminică", "duminica",
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu",
)

#: Japanese, Chinese and Korean dates: ``2025年1月13日 21時37分``, ``2025년 1월 13일 오후 9:37``.
CJK_YEAR = "年년"
CJK_MONTH = "月월"
CJK_DAY = "日일"
CJK_HOUR = "時时시点點"
CJK_MINUTE = "分분"
#: Words that label a date line as the last change, not the publication ("Updated: 13 Jan
#: 2025", "Aktualisiert am 13.01.2025", "수정 2025.01.13."): the label stands before the date.
CHANGE_WORDS: tuple[str, ...] = (
    "update", "updated", "modified", "edited", "revised", "aktualisiert", "geändert", "mis à jour", "modifié",
    "actualizado", "actualización", "modificado", "aggiornato", "aggiornamento", "atualizado", "atualização",
    "bijgewerkt", "gewijzigd", "uppdaterad", "opdateret", "oppdatert", "päivitetty", "zaktualizowano",
    "aktualizacja", "aktualizacji", "aktualizováno", "aktualizované", "frissítve", "actualizat", "güncellendi", "güncelleme",
    "обновлено", "оновлено", "ενημερώθηκε", "ενημέρωση", "diperbarui", "cập nhật", "تحديث", "अपडेट", "更新",
    "수정",
)
#: Words between a date and its time ("13 gennaio 2025 ore 21:37", "13 января 2025 в 21:37"),
#: as regular-expression text, lowercase; "," "." "|" dashes, "/" and "@" are joiners too.
CLOCK_JOINERS: tuple[str, ...] = (
    "at", "um", "à", "a las", "a les", "às", "alle", "ore", "ora", "om", "klo", r"kl\.", "kl", "o", "u", "ob", "в",
    "saat", "pukul", "jam", "lúc", "kell", r"o godz\.", r"godz\.", "الساعة",
)
#: Words of the half of the day. Before the time: Japanese, Chinese, Korean
#: ("午後9時", "오후 9:37"); after it: Arabic ("9:37 م", "9:37 مساءً", longest first).
MORNING_BEFORE = ("午前", "上午", "오전")
AFTERNOON_BEFORE = ("午後", "下午", "오후")
MORNING_AFTER = ("صباحاً", "صباحا", "صباح", "ص")
AFTERNOON_AFTER = ("مساءً", "مساءا", "مساء", "م")

#: Digits of other scripts, read as 0-9: Arabic-Indic, Persian, Devanagari,
#: Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam,
#: full-width (Japanese, Chinese). Each maps to one character, so
#: positions in a text stay the same.
DIGIT_ZEROS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0xFF10)
DIGITS = str.maketrans({chr(zero + value): str(value) for zero in DIGIT_ZEROS for value in range(10)})

# --- Zones --------------------------------------------------------------------

#: Abbreviations with one fixed meaning, in minutes east of UTC. Stated
#: literally: a page that says EST in July means UTC-5.
ZONE_OFFSETS: dict[str, int] = {
    "UTC": 0, "UT": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 60, "BST": 60,
    "CET": 60, "CEST": 120, "MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180,
    "MSK": 180, "IST": 330, "PKT": 300, "NPT": 345, "WIB": 420, "WITA": 480, "WIT": 540, "SGT": 480,
    "HKT": 480, "PHT": 480, "AWST": 480, "JST": 540, "KST": 540, "ACST": 570,
    "ACDT": 630, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
    "SAST": 120, "EAT": 180, "WAT": 60, "CAT": 120, "IDT": 180, "TRT": 180,
    "AST": -240, "ADT": -180, "NST": -210, "NDT": -150,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420,
    "MDT": -360, "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600,
}
#: Where the publisher's zone gives an abbreviation another meaning. Without
#: a zone (or in any other one) the meaning in ``ZONE_OFFSETS`` holds: IST is
#: India's (our publishers are Indian first), CST and AST North America's, BST British.
ZONE_BY_PUBLISHER: dict[str, dict[str, int]] = {
    "IST": {"Europe/Dublin": 60, "Eire": 60,  # Irish Standard Time (the summer clock)
            "Asia/Jerusalem": 120, "Asia/Tel_Aviv": 120, "Israel": 120},
    "CST": {"Asia/Shanghai": 480, "Asia/Chongqing": 480, "Asia/Harbin": 480, "PRC": 480,
            "Asia/Taipei": 480, "ROC": 480, "Asia/Macau": 480,
            "America/Havana": -300, "Cuba": -300},
    "BST": {"Asia/Dhaka": 360, "Asia/Dacca": 360},
    "AST": {"Asia/Riyadh": 180, "Asia/Qatar": 180, "Asia/Kuwait": 180, "Asia/Bahrain": 180,
            "Asia/Baghdad": 180, "Asia/Aden": 180},
}
#: Abbreviations that name a region's clock rather than an offset: the
#: publisher's zone is used where it keeps the same time at that instant
#: (``ET`` on a Toronto site), the region's own zone otherwise.
ZONE_FAMILIES: dict[str, str] = {
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
    "PT": "America/Los_Angeles", "UK": "Europe/London",
}
#: Abbreviations that are also words or letters: read only in capitals.
CASED_ZONES = frozenset({"ET", "CT", "MT", "PT", "UK", "UT", "Z", "EAT", "CAT", "WAT", "MEZ", "WIT", "WITA"})

#: Zones whose publishers write numeric dates month first (03/14/2020).
MONTH_FIRST_ZONES = frozenset({
    "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
    "America/Los_Angeles", "America/Anchorage", "America/Juneau", "America/Sitka",
    "America/Yakutat", "America/Nome", "America/Adak", "America/Metlakatla",
    "America/Detroit", "America/Boise", "America/Menominee", "America/Puerto_Rico",
    "Pacific/Honolulu", "Pacific/Guam", "EST5EDT", "CST6CDT", "MST7MDT", "PST8PDT",
})
MONTH_FIRST_PREFIXES = ("US/", "America/Indiana/", "America/Kentucky/", "America/North_Dakota/")
#: Page languages (``<html lang>``) written month first.
MONTH_FIRST_LANGUAGES = frozenset({"en-us", "en_us"})

#: The zone of a country's domain, for countries with one zone: tried first for an
#: offset a page states, and the page's zone where it states none.
ZONES_BY_TLD: dict[str, str] = {
    "in": "Asia/Kolkata", "uk": "Europe/London", "ie": "Europe/Dublin", "de": "Europe/Berlin",
    "at": "Europe/Vienna", "ch": "Europe/Zurich", "fr": "Europe/Paris", "it": "Europe/Rome",
    "nl": "Europe/Amsterdam", "be": "Europe/Brussels", "pl": "Europe/Warsaw", "cz": "Europe/Prague",
    "dk": "Europe/Copenhagen", "se": "Europe/Stockholm", "no": "Europe/Oslo", "fi": "Europe/Helsinki",
    "jp": "Asia/Tokyo", "kr": "Asia/Seoul", "sg": "Asia/Singapore", "pk": "Asia/Karachi", "il": "Asia/Jerusalem",
    "za": "Africa/Johannesburg", "gr": "Europe/Athens", "hu": "Europe/Budapest", "ro": "Europe/Bucharest",
    "tr": "Europe/Istanbul", "hk": "Asia/Hong_Kong", "tw": "Asia/Taipei", "cn": "Asia/Shanghai",
}
#: Zones tried, in order, for an offset a page states.
OFFSET_ZONES: tuple[str, ...] = (
    "Asia/Kolkata", "Europe/London", "Europe/Berlin", "America/New_York", "America/Chicago", "America/Denver",
    "America/Los_Angeles", "Asia/Tokyo", "Asia/Shanghai", "Australia/Sydney", "Asia/Dubai", "Asia/Karachi",
    "Asia/Dhaka", "Asia/Kathmandu", "Europe/Helsinki", "Europe/Moscow", "Asia/Bangkok", "Asia/Tehran",
    "Asia/Kabul", "Asia/Yangon", "Australia/Adelaide", "Pacific/Auckland", "America/Sao_Paulo",
    "America/Halifax", "America/St_Johns", "Pacific/Honolulu", "America/Anchorage",
)

# --- Relative times -----------------------------------------------------------

#: Units of relative times ("13 hours ago", "vor 9 Stunden", "acum 2 ore"), by their length in seconds.
TIME_UNITS: dict[int, tuple[str, ...]] = {
    1: ("s", "sec", "secs", "second", "seconds", "sekunde", "sekunden", "seconde", "secondes",
        "segundo", "segundos", "secondi", "seconden", "secunde", "saniye", "sekunder", "detik"),
    60: ("m", "min", "mins", "minute", "minutes", "minuten", "minuto", "minutos", "minuti",
         "minut", "minuter", "dakika", "menit"),
    3600: ("h", "hr", "hrs", "hour", "hours", "stunde", "stunden", "std", "heure", "heures",
           "hora", "horas", "ora", "ore", "uur", "oră", "saat", "timme", "timmar", "timer",
           "jam"),
    86400: ("d", "day", "days", "tag", "tage", "tagen", "jour", "jours", "día", "días", "dia",
            "dias", "giorno", "giorni", "dag", "dagen", "dagar", "dage", "zi", "zile", "gün", "gun",
            "hari"),
    604800: ("w", "wk", "wks", "week", "weeks", "woche", "wochen", "semaine", "semaines",
             "semana", "semanas", "settimana", "settimane", "weken", "săptămână", "săptămâni",
             "hafta", "vecka", "veckor", "uke", "uker", "minggu"),
}
#: Words for "one" that stand for a number ("an hour ago", "vor einer Stunde").
ONE: frozenset[str] = frozenset(
    {"a", "an", "one", "ein", "eine", "einer", "einem", "un", "une", "una", "uno", "uma", "een", "bir"})
#: Words after the amount ("13 hours ago", "2 saat önce", "2 jam yang lalu").
AGO_AFTER: tuple[str, ...] = ("ago", "fa", "geleden", "önce", "once", "sedan", "siden", "yang lalu", "lalu")
#: Words before the amount ("vor 9 Stunden", "il y a 2 jours", "hace 3 horas", "acum 2 ore").
AGO_BEFORE: tuple[str, ...] = ("vor", "il y a", "hace", "há", "acum", "för")
JUST_NOW: tuple[str, ...] = ("just now", "moments ago", "moment ago", "à l'instant", "gerade eben")
TODAY: tuple[str, ...] = ("today", "heute", "aujourd'hui", "hoy", "hoje", "oggi", "vandaag", "astăzi",
                          "azi", "bugün", "idag", "i dag")
YESTERDAY: tuple[str, ...] = ("yesterday", "gestern", "hier", "ayer", "ontem", "ieri", "gisteren", "dün",
                              "igår", "i går")
#: Relative times in Japanese, Chinese and Korean, written without spaces ("2時間前",
#: "3小时前", "5분 전"): unit → seconds; the word for "ago" follows.
CJK_TIME_UNITS: dict[str, int] = {
    "秒": 1, "초": 1, "分": 60, "分钟": 60, "分鐘": 60, "분": 60,
    "時間": 3600, "小时": 3600, "小時": 3600, "시간": 3600,
    "日": 86400, "天": 86400, "일": 86400, "週間": 604800, "周": 604800, "주": 604800,
}
CJK_AGO: tuple[str, ...] = ("前", "전")
