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
#: Bengali, Gujarati, Punjabi, Tamil, Telugu, Kannada, Malayalam; and (``_MORE``,
#: ``_PERSIAN``, ``_THAI`` below) Icelandic, Latvian, Georgian, Armenian, Persian, Thai. Left out: names
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
#: More languages and abbreviations: Icelandic, Latvian (and its locative, "13. janvārī"),
#: Georgian and Armenian (and their genitives), the abbreviations of Turkish ("13 Oca 2025"),
#: Greek, Russian and Indonesian, Bengali spellings with a long ī (জানুয়ারী) or ষ (আগষ্ট).
_MORE: dict[int, tuple[str, ...]] = {
    1: ("janúar", "janvāris", "janvārī", "oca", "ιαν", "জানুয়ারী", "იანვარი", "იანვრის", "հունվար", "հունվարի"),
    2: ("febrúar", "februāris", "februārī", "şub", "φεβ", "ফেব্রুয়ারী", "თებერვალი", "თებერვლის", "փետրվար", "փետրվարի"),
    3: ("martā", "μαρ", "мар", "მარტი", "მარტის", "մարտ", "մարտի"),
    4: ("apríl", "aprīlis", "aprīlī", "nis", "απρ", "აპრილი", "აპრილის", "ապրիլ", "ապրիլի"),
    5: ("maí", "maijs", "maijā", "μαΐ", "μαι", "მაისი", "მაისის", "մայիս", "մայիսի"),
    6: ("júní", "jūnijs", "jūnijā", "haz", "ιουν", "июн", "ივნისი", "ივნისის", "հունիս", "հունիսի"),
    7: ("júlí", "jūlijs", "jūlijā", "tem", "ιουλ", "июл", "ივლისი", "ივლისის", "հուլիս", "հուլիսի"),
    8: ("ágúst", "augusts", "augustā", "ağu", "agt", "ags", "αυγ", "আগষ্ট", "აგვისტო", "აგვისტოს", "օգոստոս", "օգոստոսի"),
    9: ("septembris", "septembrī", "eyl", "σεπ", "სექტემბერი", "სექტემბრის", "սեպտեմբեր", "սեպտեմբերի"),
    10: ("oktobris", "oktobrī", "eki", "οκτ", "ოქტომბერი", "ოქტომბრის", "հոկտեմբեր", "հոկտեմբերի"),
    11: ("nóvember", "novembris", "novembrī", "kas", "νοε", "ноя", "ნოემბერი", "ნოემბრის", "նոյեմբեր", "նոյեմբերի"),
    12: ("decembris", "decembrī", "ara", "δεκ", "დეკემბერი", "დეკემბრის", "դեկտեմբեր", "դեկտեմբերի"),
}
#: Abbreviations of Polish ("13 sty 2025") and Hungarian ("2025. márc. 13."), the
#: genitive of Serbian and Bosnian in Latin letters ("13. januara 2025."), the nominative
#: of Polish, Slovak and Ukrainian ("czerwiec 2025", "máj 2025", "січень 2025"), Romanian
#: "noi." (November). Left out: Croatian abbreviations ("lip." is June in Croatian, July in
#: Polish; "lis." October and November), Czech and Polish "listopad" (Croatian October),
#: Norwegian and Indonesian "des" (French "des").
_ABBREVIATED: dict[int, tuple[str, ...]] = {
    1: ("sty", "januara", "січень"),
    2: ("lut", "febr", "februara", "лютий"),
    3: ("márc", "marta", "березень"),
    4: ("kwi", "ápr", "aprila", "квітень"),
    5: ("máj", "травень"),
    6: ("cze", "jún", "juna", "czerwiec", "червень"),
    7: ("lip", "júl", "jula", "lipiec", "липень"),
    8: ("sie", "avgusta", "sierpień", "серпень"),
    9: ("wrz", "szept", "wrzesień", "вересень"),
    10: ("paź", "oktobra", "październik", "жовтень"),
    11: ("lis", "noi", "листопад"),
    12: ("gru", "grudzień", "грудень"),
}
#: Persian writes the Gregorian months by their French names ("13 ژانویه 2025");
#: Iran's own calendar is ``SOLAR_HIJRI_MONTHS``. (March, "مارس", is the Arabic word above.)
_PERSIAN: dict[int, tuple[str, ...]] = {
    1: ('ژانویه',),
    2: ('فوریه',),
    3: (),
    4: ('آوریل',),
    5: ('مه',),
    6: ('ژوئن',),
    7: ('ژوئیه',),
    8: ('اوت',),
    9: ('سپتامبر',),
    10: ('اکتبر',),
    11: ('نوامبر',),
    12: ('دسامبر',),
}
#: Thai, full and abbreviated ("13 ม.ค. 2568": the last dot is read as an abbreviation's,
#: as "Jan."); Thai years are Buddhist, 543 ahead (``BUDDHIST_ERA_OFFSET``).
_THAI: dict[int, tuple[str, ...]] = {
    1: ('มกราคม', 'ม.ค'),
    2: ('กุมภาพันธ์', 'ก.พ'),
    3: ('มีนาคม', 'มี.ค'),
    4: ('เมษายน', 'เม.ย'),
    5: ('พฤษภาคม', 'พ.ค'),
    6: ('มิถุนายน', 'มิ.ย'),
    7: ('กรกฎาคม', 'ก.ค'),
    8: ('สิงหาคม', 'ส.ค'),
    9: ('กันยายน', 'ก.ย'),
    10: ('ตุลาคม', 'ต.ค'),
    11: ('พฤศจิกายน', 'พ.ย'),
    12: ('ธันวาคม', 'ธ.ค'),
}
#: Vietnamese names a month by its number: "13 tháng 1, 2025", "ngày 13 tháng 1 năm 2025".
MONTHS = {
    number: (*names, *_MORE[number], *_ABBREVIATED[number], *_PERSIAN[number], *_THAI[number], f"tháng {number}")
    for number, names in MONTHS.items()
}
#: Thai (and Lao, Khmer, Sri Lankan) years count from the Buddha: 2568 is 2025.
#: A year this far ahead is read so (no news date is in the 25th century).
BUDDHIST_ERA_OFFSET = 543
#: Iran's (and Afghanistan's Persian-writing sites') solar calendar: "۲۳ دی ۱۴۰۳"
#: is 12 January 2025. Written with the Persian yeh (ی); the Arabic one (ي) is read as it.
SOLAR_HIJRI_MONTHS: dict[int, str] = {
    1: "فروردین", 2: "اردیبهشت", 3: "خرداد", 4: "تیر", 5: "مرداد", 6: "شهریور",
    7: "مهر", 8: "آبان", 9: "آذر", 10: "دی", 11: "بهمن", 12: "اسفند",
}
#: Japanese era names and the Gregorian year before each era's first ("令和7年" is
#: 2025; "令和元年", the first year, is 2019).
JAPANESE_ERAS: dict[str, int] = {"令和": 2018, "平成": 1988, "昭和": 1925}
#: The word for an era's first year ("元年").
JAPANESE_FIRST_YEAR = "元"

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
    # Polish, Czech, Slovak, Hungarian, Finnish (and its "on Monday": "maanantaina 13.1.2025")
    "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
    "pondělí", "úterý", "středa", "čtvrtek", "pátek", "neděle",
    "pondelok", "utorok", "streda", "štvrtok", "piatok", "nedeľa",
    "hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap",
    "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai",
    "maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina", "lauantaina", "sunnuntaina",
    # Croatian, Bosnian, Serbian (Latin), Slovenian, Icelandic
    "ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja", "ponedeljak", "sreda",
    "nedelja", "ponedeljek", "torek", "četrtek", "petek",
    "mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur", "laugardagur", "sunnudagur",
    # Malay, Tagalog (Indonesian and Tagalog "Minggu", "Linggo", Sunday, are "week" too: left out)
    "isnin", "khamis", "jumaat", "ahad", "jum'at", "miyerkules", "huwebes", "biyernes", "sabado",
    # Russian, Ukrainian, Bulgarian, Serbian (Cyrillic), Greek
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
    "понеділок", "вівторок", "середа", "четвер", "п'ятниця", "п’ятниця", "субота", "неділя",
    "понеделник", "сряда", "четвъртък", "петък", "събота", "неделя",
    "пн", "вт", "ср", "чт", "пт", "сб", "вс", "нд",  # Russian, Ukrainian, Bulgarian abbreviations ("пн, 13 января")
    "понедељак", "уторак", "четвртак", "петак", "недеља",
    "δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή",
    # Vietnamese, Thai, Arabic, Hebrew, Persian, Urdu, Hindi, Bengali, Chinese
    "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật",
    "วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์",
    "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الاحد",
    "יום ראשון", "יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי",
    "یکشنبه", "دوشنبه", "سه‌شنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "پنج‌شنبه", "جمعه", "شنبه",
    "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار",
    "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार",
    "সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার",
    "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天",
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
    "aktualizace", "módosítva", "güncellenme", "актуализирано", "ažurirano", "posodobljeno", "dikemas kini",
    "עודכן", "আপডেট", "به‌روزرسانی", "بروزرسانی", "อัปเดต", "uppfært", "muokattu", "ändrad", "ændret", "endret",
)
#: Words between a date and its time ("13 gennaio 2025 ore 21:37", "13 января 2025 в 21:37"),
#: as regular-expression text, lowercase; "," "." "|" dashes, "/" and "@" are joiners too.
CLOCK_JOINERS: tuple[str, ...] = (
    "at", "um", "à", "a las", "a les", "às", "alle", "ore", "ora", "om", "klo", r"kl\.", "kl", "o", "u", "ob", "в",
    "saat", "pukul", "jam", "lúc", "kell", r"o godz\.", r"godz\.", "الساعة", "ساعت", "เวลา",
    # Ukrainian "о", Serbian "у" (Cyrillic), Greek "στις", Czech "v", Hebrew "בשעה", Romanian "la ora"
    "о", "у", "στις", "v", "בשעה", "la ora",
    # a bullet ("13.01.2025 • 14:05", "Jan 13, 2025 · 2:05 PM"), the Arabic comma ("13 جنوری 2025، 14:05")
    "•", "·", "،",
)
#: Words of the half of the day. Before the time: Japanese, Chinese, Korean
#: ("午後9時", "오후 9:37"); after it: Arabic ("9:37 م", "9:37 مساءً", longest first), Persian
#: ("9:37 ب.ظ": after noon), Vietnamese ("9:37 sáng", "2:05 chiều", "8:05 tối": morning,
#: afternoon, evening; not "trưa", noon, which is 11 as well as 1), Greek ("2:05 μ.μ."),
#: Bengali am and pm in its own letters ("05:30 পিএম").
#: India's languages write the half of the day before the time too, and often the hour alone
#: with the word for "o'clock" (``HOUR_WORDS``): Hindi "शाम 5:30 बजे", "सुबह 10 बजे" (morning,
#: afternoon, evening), Marathi "सकाळी", "दुपारी", "संध्याकाळी", Bengali "সকাল", "দুপুর",
#: "বিকেল", "সন্ধ্যা" (and "in the ...": "সকালে"), Gujarati "સવારે", "બપોરે", "સાંજે", Tamil "காலை", "மதியம்", "மாலை",
#: Telugu "ఉదయం", "మధ్యాహ్నం", "సాయంత్రం". Left out: the night's words (Hindi "रात",
#: Bengali "রাত", Tamil "இரவு": "रात 10 बजे" is 22:00, "रात 2 बजे" 02:00), Urdu "شام"
#: (evening; Arabic "الشام" is Syria).
MORNING_BEFORE = ("午前", "上午", "오전", "सुबह", "सकाळी", "সকাল", "সকালে", "સવારે", "காலை", "ఉదయం")
AFTERNOON_BEFORE = ("午後", "下午", "오후", "दोपहर", "शाम", "दुपारी", "संध्याकाळी", "দুপুর", "দুপুরে", "বিকেল",
                    "বিকেলে", "সন্ধ্যা", "সন্ধ্যায়", "બપોરે", "સાંજે", "மதியம்", "மாலை", "మధ్యాహ్నం", "సాయంత్రం")
#: Words for "o'clock" after an hour written alone, read only after a half of the day
#: ("सुबह 10 बजे" is 10:00, "शाम 5 बजे" 17:00): Hindi, Marathi, Gujarati, Tamil.
HOUR_WORDS = ("बजे", "वाजता", "વાગ્યે", "மணி")
MORNING_AFTER = ("صباحاً", "صباحا", "صباح", "ص", "ق.ظ", "sáng", "π.μ.", "এএম")
AFTERNOON_AFTER = ("مساءً", "مساءا", "مساء", "م", "ب.ظ", "chiều", "tối", "μ.μ.", "পিএম")

#: Digits of other scripts, read as 0-9: Arabic-Indic, Persian, Devanagari,
#: Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam,
#: Thai, Lao, Myanmar, Khmer, full-width (Japanese, Chinese). Each maps to one character, so
#: positions in a text stay the same.
DIGIT_ZEROS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0E50,
               0x0ED0, 0x1040, 0x17E0, 0xFF10)
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

#: Phrases that name the zone of the time before them ("21:37 بتوقيت مكة", "às 21h37
#: (horário de Brasília)", "北京时间 21:37"): the time is read in that zone. Lowercase;
#: the Arabic ones are "by the time of ...". One word is an abbreviation, read in an ASCII
#: text only in capitals (``newsspider.dates``: "TSI"). Left out: names of two places
#: ("عمان" is Amman and Oman, "طرابلس" Tripoli in Libya and in Lebanon).
ZONE_PHRASES: dict[str, str] = {
    "بتوقيت مكة المكرمة": "Asia/Riyadh", "بتوقيت مكة": "Asia/Riyadh", "بتوقيت السعودية": "Asia/Riyadh",
    "بتوقيت الرياض": "Asia/Riyadh", "بتوقيت غرينتش": "UTC", "بتوقيت جرينتش": "UTC", "بتوقيت غرينيتش": "UTC",
    "بتوقيت جرينيتش": "UTC", "بتوقيت القاهرة": "Africa/Cairo", "بتوقيت مصر": "Africa/Cairo",
    "بتوقيت الإمارات": "Asia/Dubai", "بتوقيت أبوظبي": "Asia/Dubai", "بتوقيت دبي": "Asia/Dubai",
    "بتوقيت الدوحة": "Asia/Qatar", "بتوقيت قطر": "Asia/Qatar", "بتوقيت القدس": "Asia/Jerusalem",
    "بتوقيت بيروت": "Asia/Beirut", "بتوقيت دمشق": "Asia/Damascus", "بتوقيت بغداد": "Asia/Baghdad",
    "بتوقيت الكويت": "Asia/Kuwait", "بتوقيت البحرين": "Asia/Bahrain", "بتوقيت مسقط": "Asia/Muscat",
    "بتوقيت صنعاء": "Asia/Aden", "بتوقيت الخرطوم": "Africa/Khartoum", "بتوقيت الجزائر": "Africa/Algiers",
    "بتوقيت تونس": "Africa/Tunis", "بتوقيت المغرب": "Africa/Casablanca", "بتوقيت الرباط": "Africa/Casablanca",
    "horário de brasília": "America/Sao_Paulo", "hora de brasília": "America/Sao_Paulo",
    "horário de brasilia": "America/Sao_Paulo", "hora de brasilia": "America/Sao_Paulo",
    "hora de lisboa": "Europe/Lisbon", "hora peninsular": "Europe/Madrid", "hora de canarias": "Atlantic/Canary",
    "hora de méxico": "America/Mexico_City", "hora del centro de méxico": "America/Mexico_City",
    "hora de argentina": "America/Argentina/Buenos_Aires", "hora argentina": "America/Argentina/Buenos_Aires",
    "hora de chile": "America/Santiago", "hora de colombia": "America/Bogota", "hora de perú": "America/Lima",
    "heure de paris": "Europe/Paris", "ora italiana": "Europe/Rome", "по московскому времени": "Europe/Moscow",
    "мск": "Europe/Moscow", "北京时间": "Asia/Shanghai", "北京時間": "Asia/Shanghai", "日本時間": "Asia/Tokyo",
    "한국시간": "Asia/Seoul", "한국 시간": "Asia/Seoul", "waktu indonesia barat": "Asia/Jakarta",
    # Polish, Hungarian, Romanian, Russian and Ukrainian (Kyiv), Vietnamese, Persian, Taiwan, Hong Kong
    "czasu polskiego": "Europe/Warsaw", "magyar idő szerint": "Europe/Budapest", "ora româniei": "Europe/Bucharest",
    "ora romaniei": "Europe/Bucharest", "по киевскому времени": "Europe/Kyiv", "за київським часом": "Europe/Kyiv",
    "giờ hà nội": "Asia/Ho_Chi_Minh", "giờ việt nam": "Asia/Ho_Chi_Minh", "به وقت تهران": "Asia/Tehran",
    "台北時間": "Asia/Taipei", "香港時間": "Asia/Hong_Kong",
    # Turkish "TSİ" (Türkiye saatiyle, "by Turkey's time"; its dotted capital İ lowercases to
    # two characters: see ``newsspider.dates.zone_of_phrase``), "Türkiye saati"
    "tsi": "Europe/Istanbul", "türkiye saati": "Europe/Istanbul", "türkiye saatiyle": "Europe/Istanbul",
}
#: Phrases of ``ZONE_PHRASES`` written before the date or the time they zone ("北京时间2025年1月13日
#: 21:37", "日本時間13日午後9時37分", "한국시간 13일 오후 9시 37분"); the others are read only after a time.
LEADING_ZONE_PHRASES = frozenset({"北京时间", "北京時間", "日本時間", "한국시간", "한국 시간", "台北時間", "香港時間"})
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
    "in": "Asia/Kolkata", "uk": "Europe/London", "gb": "Europe/London", "ie": "Europe/Dublin", "de": "Europe/Berlin",
    "at": "Europe/Vienna", "ch": "Europe/Zurich", "fr": "Europe/Paris", "it": "Europe/Rome",
    "nl": "Europe/Amsterdam", "be": "Europe/Brussels", "pl": "Europe/Warsaw", "cz": "Europe/Prague",
    "dk": "Europe/Copenhagen", "se": "Europe/Stockholm", "no": "Europe/Oslo", "fi": "Europe/Helsinki",
    "jp": "Asia/Tokyo", "kr": "Asia/Seoul", "sg": "Asia/Singapore", "pk": "Asia/Karachi", "il": "Asia/Jerusalem",
    "za": "Africa/Johannesburg", "gr": "Europe/Athens", "hu": "Europe/Budapest", "ro": "Europe/Bucharest",
    "tr": "Europe/Istanbul", "hk": "Asia/Hong_Kong", "tw": "Asia/Taipei", "cn": "Asia/Shanghai",
    "es": "Europe/Madrid", "pt": "Europe/Lisbon", "sk": "Europe/Bratislava", "si": "Europe/Ljubljana",
    "hr": "Europe/Zagreb", "rs": "Europe/Belgrade", "ba": "Europe/Sarajevo", "bg": "Europe/Sofia",
    "lt": "Europe/Vilnius", "lv": "Europe/Riga", "ee": "Europe/Tallinn", "ua": "Europe/Kyiv",
    "by": "Europe/Minsk", "lu": "Europe/Luxembourg", "is": "Atlantic/Reykjavik", "cy": "Asia/Nicosia",
    "al": "Europe/Tirane", "mk": "Europe/Skopje", "md": "Europe/Chisinau", "ge": "Asia/Tbilisi",
    "am": "Asia/Yerevan", "az": "Asia/Baku",
    "th": "Asia/Bangkok", "vn": "Asia/Ho_Chi_Minh", "ph": "Asia/Manila", "my": "Asia/Kuala_Lumpur",
    "bd": "Asia/Dhaka", "lk": "Asia/Colombo", "np": "Asia/Kathmandu", "ir": "Asia/Tehran", "af": "Asia/Kabul",
    "ae": "Asia/Dubai", "sa": "Asia/Riyadh", "qa": "Asia/Qatar", "kw": "Asia/Kuwait", "bh": "Asia/Bahrain",
    "om": "Asia/Muscat", "jo": "Asia/Amman", "lb": "Asia/Beirut", "sy": "Asia/Damascus", "iq": "Asia/Baghdad",
    "ye": "Asia/Aden", "ps": "Asia/Hebron",
    "eg": "Africa/Cairo", "ma": "Africa/Casablanca", "dz": "Africa/Algiers", "tn": "Africa/Tunis",
    "ly": "Africa/Tripoli", "sd": "Africa/Khartoum", "ng": "Africa/Lagos", "gh": "Africa/Accra",
    "ke": "Africa/Nairobi", "tz": "Africa/Dar_es_Salaam", "ug": "Africa/Kampala", "et": "Africa/Addis_Ababa",
    "rw": "Africa/Kigali", "zw": "Africa/Harare", "zm": "Africa/Lusaka", "sn": "Africa/Dakar",
    "ci": "Africa/Abidjan", "cm": "Africa/Douala",
    "nz": "Pacific/Auckland", "ar": "America/Argentina/Buenos_Aires", "co": "America/Bogota",
    "pe": "America/Lima", "ve": "America/Caracas", "uy": "America/Montevideo", "py": "America/Asuncion",
    "bo": "America/La_Paz", "ec": "America/Guayaquil", "cu": "America/Havana", "do": "America/Santo_Domingo",
    "gt": "America/Guatemala", "cr": "America/Costa_Rica", "pa": "America/Panama", "sv": "America/El_Salvador",
    "hn": "America/Tegucigalpa", "ni": "America/Managua", "jm": "America/Jamaica", "pr": "America/Puerto_Rico",
    # more countries of one clock (Chile's and Mongolia's press keep their capital's), and Macau
    "cl": "America/Santiago", "ht": "America/Port-au-Prince", "tt": "America/Port_of_Spain",
    "bb": "America/Barbados", "bs": "America/Nassau", "gy": "America/Guyana",
    "mt": "Europe/Malta", "li": "Europe/Vaduz", "mc": "Europe/Monaco", "ad": "Europe/Andorra",
    "kz": "Asia/Almaty", "uz": "Asia/Tashkent", "kg": "Asia/Bishkek", "tj": "Asia/Dushanbe",
    "mn": "Asia/Ulaanbaatar", "mm": "Asia/Yangon", "kh": "Asia/Phnom_Penh", "mo": "Asia/Macau",
    "bn": "Asia/Brunei", "bt": "Asia/Thimphu", "kp": "Asia/Pyongyang", "mv": "Indian/Maldives",
    "na": "Africa/Windhoek", "bw": "Africa/Gaborone", "mz": "Africa/Maputo", "ao": "Africa/Luanda",
    "bf": "Africa/Ouagadougou", "ne": "Africa/Niamey", "mg": "Indian/Antananarivo", "mw": "Africa/Blantyre",
    "sl": "Africa/Freetown", "lr": "Africa/Monrovia", "gm": "Africa/Banjul", "gn": "Africa/Conakry",
    "bj": "Africa/Porto-Novo", "tg": "Africa/Lome", "td": "Africa/Ndjamena", "dj": "Africa/Djibouti",
    "er": "Africa/Asmara", "ss": "Africa/Juba", "ls": "Africa/Maseru", "sz": "Africa/Mbabane",
    "bi": "Africa/Bujumbura", "cv": "Atlantic/Cape_Verde", "mr": "Africa/Nouakchott",
    "fj": "Pacific/Fiji", "pg": "Pacific/Port_Moresby",
}
#: Left out: countries of many clocks (``.ru``, ``.us``, ``.ca``, ``.au``, ``.br``, ``.mx``, ``.id``),
#: and domains given away free (``.tk``, ``.ml``, ``.ga``, ``.cf``, ``.gq``), whose pages are anywhere.
#: Country domains sold to all, whose pages are anywhere (``t.co``, ``bit.ly``, radio's ``.am``):
#: their country's zone is read from a language tag's region only.
GENERIC_TLDS = frozenset({"co", "am", "ly", "fm", "me", "tv", "io", "ai", "to", "ws", "cc", "la", "gg", "so", "sh"})
#: Language tags that publishing software sets by default for a language of many
#: countries and clocks: a Guatemalan WordPress site says ``es-ES``, a Senegalese one ``fr-FR``.
#: ``ar-ar`` is Facebook's code for Arabic (``og:locale``), whose "region" is no country (AR is Argentina).
CMS_DEFAULT_LANGUAGES = frozenset({"es-es", "fr-fr", "pt-pt", "ar-sa", "ru-ru", "en-gb", "ar-ar"})
#: The zone of a page's language where the language is spoken in one country (or one
#: clock) above all: the page's zone where its domain names no country (a ``.com`` in
#: Korean is in Seoul, not Tokyo, though both say +09:00). A region in the page's
#: language tag (``pt-BR``, ``ar-EG``) is a country (``ZONES_BY_TLD``) and decides first.
#: Left out: languages of many countries and clocks (English, Spanish, Portuguese,
#: French, Arabic, Russian, Bengali, Persian: Iran and Afghanistan, Pashto, Kurdish).
#: Chinese is in: every country whose press writes it keeps +08:00 (see ``ZONES_BY_SCRIPT``).
ZONES_BY_LANGUAGE: dict[str, str] = {
    "ja": "Asia/Tokyo", "ko": "Asia/Seoul", "th": "Asia/Bangkok", "vi": "Asia/Ho_Chi_Minh",
    "id": "Asia/Jakarta", "tl": "Asia/Manila", "fil": "Asia/Manila", "hi": "Asia/Kolkata", "mr": "Asia/Kolkata",
    "gu": "Asia/Kolkata", "ta": "Asia/Kolkata", "te": "Asia/Kolkata", "kn": "Asia/Kolkata",
    "ml": "Asia/Kolkata", "pa": "Asia/Kolkata", "or": "Asia/Kolkata", "ur": "Asia/Karachi", "ne": "Asia/Kathmandu",
    "si": "Asia/Colombo", "he": "Asia/Jerusalem", "iw": "Asia/Jerusalem", "tr": "Europe/Istanbul",
    "el": "Europe/Athens", "uk": "Europe/Kyiv", "pl": "Europe/Warsaw",
    "cs": "Europe/Prague", "sk": "Europe/Bratislava", "hu": "Europe/Budapest", "ro": "Europe/Bucharest",
    "bg": "Europe/Sofia", "hr": "Europe/Zagreb", "sr": "Europe/Belgrade", "sl": "Europe/Ljubljana",
    "lt": "Europe/Vilnius", "lv": "Europe/Riga", "et": "Europe/Tallinn", "fi": "Europe/Helsinki",
    "sv": "Europe/Stockholm", "da": "Europe/Copenhagen", "nb": "Europe/Oslo", "nn": "Europe/Oslo",
    "no": "Europe/Oslo", "is": "Atlantic/Reykjavik", "nl": "Europe/Amsterdam", "de": "Europe/Berlin",
    "it": "Europe/Rome", "ca": "Europe/Madrid", "eu": "Europe/Madrid", "gl": "Europe/Madrid",
    "sq": "Europe/Tirane", "mk": "Europe/Skopje", "ka": "Asia/Tbilisi", "hy": "Asia/Yerevan",
    "az": "Asia/Baku", "sw": "Africa/Nairobi", "am": "Africa/Addis_Ababa",
    # Malay (Malaysia, Brunei, Singapore: all +08:00; Indonesian is "id"), and more languages of one clock
    "ms": "Asia/Kuala_Lumpur", "kk": "Asia/Almaty", "uz": "Asia/Tashkent", "ky": "Asia/Bishkek",
    "mn": "Asia/Ulaanbaatar", "my": "Asia/Yangon", "km": "Asia/Phnom_Penh", "lo": "Asia/Vientiane",
    "dv": "Indian/Maldives", "as": "Asia/Kolkata", "jv": "Asia/Jakarta", "su": "Asia/Jakarta",
    "be": "Europe/Minsk", "mt": "Europe/Malta", "lb": "Europe/Luxembourg", "ga": "Europe/Dublin",
    "cy": "Europe/London", "bs": "Europe/Sarajevo", "ha": "Africa/Lagos", "yo": "Africa/Lagos",
    "ig": "Africa/Lagos", "rw": "Africa/Kigali", "so": "Africa/Mogadishu", "mg": "Indian/Antananarivo",
    "mi": "Pacific/Auckland", "zh": "Asia/Shanghai",
}
#: The zone of a page that names no language (no ``lang``, no locale), by the script of its
#: title, where the press that writes the script keeps one clock: kana (Japan; before Han,
#: which Japanese writes too), Hangul (both Koreas keep +09:00), Han (China, Taiwan, Hong Kong,
#: Macau, Singapore and Malaysia have all kept +08:00 since 1992: the zone's name differs,
#: the time does not; Chinese papers abroad are the wrong guess, and mostly tag their
#: language), Thai, Hebrew, Greek (Greece and Cyprus keep one clock), Georgian, Armenian,
#: the scripts of India's languages but Devanagari (Nepal's too) and Bengali (Bangladesh's),
#: Sri Lanka's Sinhala. As character ranges.
ZONES_BY_SCRIPT: tuple[tuple[str, str], ...] = (
    ("\u3040-\u30ff", "Asia/Tokyo"),
    ("\u1100-\u11ff\u3130-\u318f\uac00-\ud7af", "Asia/Seoul"),
    ("\u4e00-\u9fff", "Asia/Shanghai"),
    ("\u0e00-\u0e7f", "Asia/Bangkok"),
    ("\u05d0-\u05ea", "Asia/Jerusalem"),
    ("\u0386-\u03ce\u1f00-\u1ffc", "Europe/Athens"),
    ("\u10a0-\u10ff", "Asia/Tbilisi"),
    ("\u0531-\u0587", "Asia/Yerevan"),
    ("\u0a00-\u0d7f", "Asia/Kolkata"),  # Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam
    ("\u0d80-\u0dff", "Asia/Colombo"),
)
#: Zones tried, in order, for an offset a page states.
OFFSET_ZONES: tuple[str, ...] = (
    "Asia/Kolkata", "Europe/London", "Europe/Berlin", "America/New_York", "America/Chicago", "America/Denver",
    "America/Los_Angeles", "Asia/Tokyo", "Asia/Shanghai", "Australia/Sydney", "Asia/Dubai", "Asia/Karachi",
    "Asia/Dhaka", "Asia/Kathmandu", "Europe/Helsinki", "Europe/Moscow", "Asia/Bangkok", "Asia/Tehran",
    "Asia/Kabul", "Asia/Yangon", "Australia/Adelaide", "Pacific/Auckland", "America/Sao_Paulo",
    "America/Halifax", "America/St_Johns", "Pacific/Honolulu", "America/Anchorage",
)

# --- Relative times -----------------------------------------------------------

#: Units of relative times ("13 hours ago", "vor 9 Stunden", "acum 2 ore"), by their length in seconds;
#: Hungarian's before "ezelőtt" are in the instrumental case ("3 órával ezelőtt").
TIME_UNITS: dict[int, tuple[str, ...]] = {
    1: ("s", "sec", "secs", "second", "seconds", "sekunde", "sekunden", "seconde", "secondes",
        "segundo", "segundos", "secondi", "seconden", "secunde", "saniye", "sekunder", "detik",
        "секунд", "секунды", "секунду", "sekund", "sekundy", "sekundę", "giây", "सेकंड", "ثانية", "ثوان", "ثانیه",
        "sekuntia", "sekundi", "секунди", "שניות", "সেকেন্ড", "سیکنڈ", "másodperccel"),
    60: ("m", "min", "mins", "minute", "minutes", "minuten", "minuto", "minutos", "minuti",
         "minut", "minuter", "dakika", "menit", "минут", "минуты", "минуту", "хвилин", "хвилини",
         "хвилину", "minuty", "minutę", "minutami", "minutou", "phút", "मिनट", "دقيقة", "دقائق", "دقیقه", "λεπτά",
         "λεπτό", "minuuttia", "minuta", "minútami", "минути", "минута", "דקות", "মিনিট", "منٹ", "perccel"),
    3600: ("h", "hr", "hrs", "hour", "hours", "stunde", "stunden", "std", "heure", "heures",
           "hora", "horas", "ora", "ore", "uur", "oră", "saat", "timme", "timmar", "timer",
           "jam", "час", "часа", "часов", "годину", "години", "годин", "godzinę", "godziny", "godzin",
           "hodinou", "hodinami", "giờ", "घंटे", "घंटा", "ساعة", "ساعات", "ساعت", "ώρα", "ώρες",
           "tuntia", "tunti", "sata", "sati", "urami", "uro", "сата", "сати", "שעות", "שעה", "ঘণ্টা", "گھنٹے", "órával",
           "گھنٹہ"),
    86400: ("d", "day", "days", "tag", "tage", "tagen", "jour", "jours", "día", "días", "dia",
            "dias", "giorno", "giorni", "dag", "dagen", "dagar", "dage", "zi", "zile", "gün", "gun",
            "hari", "день", "дня", "дней", "дні", "днів", "dzień", "dni", "dnem", "dny", "ngày", "दिन", "يوم",
            "أيام", "ايام", "روز", "μέρα", "μέρες", "ημέρες", "päivää", "dana", "dnevi", "дни", "дана", "ימים",
            "দিন", "دن", "nappal"),
    604800: ("w", "wk", "wks", "week", "weeks", "woche", "wochen", "semaine", "semaines",
             "semana", "semanas", "settimana", "settimane", "weken", "săptămână", "săptămâni",
             "hafta", "vecka", "veckor", "uke", "uker", "minggu", "неделю", "недели", "недель", "тиждень",
             "тижні", "tydzień", "tygodnie", "tygodni", "týdnem", "týdny", "tuần", "हफ्ते", "सप्ताह", "أسبوع",
             "أسابيع", "هفته", "εβδομάδα", "εβδομάδες", "viikkoa", "tjedna", "tjedan", "nedelje", "седмици",
             "недеље", "שבועות", "সপ্তাহ", "ہفتے", "héttel"),
}
#: Words for "one" that stand for a number ("an hour ago", "vor einer Stunde").
ONE: frozenset[str] = frozenset(
    {"a", "an", "one", "ein", "eine", "einer", "einem", "un", "une", "una", "uno", "uma", "een", "bir", "jedną",
     "jeden"})
#: Words after the amount ("13 hours ago", "2 saat önce", "2 jam yang lalu").
#: Russian "3 часа назад", Ukrainian "3 години тому", Polish "3 godziny temu", Vietnamese
#: "3 giờ trước", Hindi "3 घंटे पहले", Persian "3 ساعت پیش", Finnish "3 tuntia sitten",
#: Bengali "৩ ঘণ্টা আগে", Urdu "3 گھنٹے پہلے", Hungarian "3 órával ezelőtt".
AGO_AFTER: tuple[str, ...] = ("ago", "fa", "geleden", "önce", "once", "sedan", "siden", "yang lalu", "lalu", "назад",
                              "тому", "temu", "trước", "पहले", "پیش", "sitten", "আগে", "پہلے", "ezelőtt")
#: Words before the amount ("vor 9 Stunden", "il y a 2 jours", "hace 3 horas", "acum 2 ore").
#: Czech "před 3 hodinami", Arabic "منذ 3 ساعات" and "قبل 3 ساعات", Greek "πριν από 3 ώρες",
#: Slovak and Slovenian "pred 3 hodinami", "pred 3 urami", Croatian "prije 3 sata", Serbian
#: "pre 3 sata", "пре 3 сата", Bulgarian "преди 3 часа", Hebrew "לפני 3 שעות".
AGO_BEFORE: tuple[str, ...] = ("vor", "il y a", "hace", "há", "acum", "för", "před", "منذ", "قبل", "πριν από", "πριν",
                               "pred", "prije", "pre", "пре", "преди", "לפני")
#: Units that say "ago" themselves, by their length in seconds: Hungarian writes "3 hours ago"
#: as "3 órája" ("its 3 hours"), "2 napja", "10 perce", "1 hete", "5 másodperce".
AGO_UNITS: dict[int, tuple[str, ...]] = {
    1: ("másodperce",), 60: ("perce",), 3600: ("órája",), 86400: ("napja",), 604800: ("hete",),
}
JUST_NOW: tuple[str, ...] = ("just now", "moments ago", "moment ago", "à l'instant", "gerade eben")
#: Left out: Hungarian "ma" (today; "ma" is a word of many languages), Arabic "اليوم" (a
#: paper's name: "اليوم السابع"), Hindi and Urdu "कल", "کل" (yesterday and tomorrow).
TODAY: tuple[str, ...] = ("today", "heute", "aujourd'hui", "hoy", "hoje", "oggi", "vandaag", "astăzi",
                          "azi", "bugün", "idag", "i dag", "dzisiaj", "dziś", "dnes", "danas", "danes", "сегодня",
                          "сьогодні", "днес", "σήμερα", "hari ini", "hôm nay", "tänään", "í dag", "היום", "आज",
                          "امروز", "วันนี้", "今天", "오늘")
YESTERDAY: tuple[str, ...] = ("yesterday", "gestern", "hier", "ayer", "ontem", "ieri", "gisteren", "dün",
                              "igår", "i går", "wczoraj", "včera", "jučer", "juče", "včeraj", "tegnap", "вчера",
                              "вчора", "χθες", "kemarin", "hôm qua", "eilen", "í gær", "אתמול", "دیروز",
                              "เมื่อวาน", "昨天", "어제")
#: Relative times in Japanese, Chinese and Korean, written without spaces ("2時間前",
#: "3小时前", "5분 전"): unit → seconds; the word for "ago" follows.
CJK_TIME_UNITS: dict[str, int] = {
    "秒": 1, "초": 1, "分": 60, "分钟": 60, "分鐘": 60, "분": 60,
    "時間": 3600, "小时": 3600, "小時": 3600, "시간": 3600,
    "日": 86400, "天": 86400, "일": 86400, "週間": 604800, "周": 604800, "주": 604800,
}
CJK_AGO: tuple[str, ...] = ("前", "전")
