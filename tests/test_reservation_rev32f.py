"""The hedged fault of the book's craft (reservation.py), narrowed after review rev32f: a negation written on the
fault word or its verb (ta, te, kn endings; the Persian verb prefix "ن/نمی", "نیست"; Bengali "নি") is praise, not a
fault; an Indic stem takes only its own script's endings and a word ends only where no letter or sign follows ("अंत"
is no part of "अंतिम"); words common outside books are no craft noun or hedge (Arabic "قد" before a past verb,
Urdu "انجام", Tamil "முடிவு", Georgian "ფინალ", Persian "فصل", Yoruba "ìtàn", Hebrew "בסוף", Bengali "ধীরে ধীরে");
Yoruba text read in either Unicode composition."""

import unicodedata

import pytest

from scraper.extract.reservation import reserves


@pytest.mark.parametrize("line", [
    # ta: the language is lovely, but in some places the story moves slowly
    "மொழி அழகாக இருக்கிறது, ஆனால் சில இடங்களில் கதை மெதுவாக நகர்கிறது.",
    # te: the prose is fine, but in a few places the story slows down
    "శైలి బాగుంది, కానీ కొన్ని చోట్ల కథ నెమ్మదిస్తుంది.",
    # kn: the characters are strong, but the story slows a little in the middle
    "ಪಾತ್ರಗಳು ಗಟ್ಟಿಯಾಗಿವೆ, ಆದರೆ ಮಧ್ಯದಲ್ಲಿ ಕಥೆ ಸ್ವಲ್ಪ ನಿಧಾನವಾಗುತ್ತದೆ.",
    # fa: the prose is clear, but the story's rhythm gets tedious at times
    "نثر روشن است، اما ریتم داستان گاهی کسل‌کننده می‌شود.",
    # he: the language is rich, but the end is a little rushed
    "השפה עשירה, אבל הסוף קצת חפוז.",
    # hi: the language is fine, but the ending feels a little rushed
    "भाषा अच्छी है, लेकिन अंत थोड़ा जल्दबाज़ी भरा लगता है।",
    # ar: the style is fine, but the plot may seem slow to some
    "الأسلوب جميل، لكن الحبكة قد تبدو بطيئة لبعض القراء.",
])
def test_a_hedged_fault_is_still_a_reservation(line):
    assert reserves([line])


def test_yoruba_is_read_in_either_composition():
    line = "Èdè rẹ̀ dùn, ṣùgbọ́n ìparí rẹ̀ yára jù."
    assert reserves([unicodedata.normalize("NFD", line)]) and reserves([unicodedata.normalize("NFC", line)])


@pytest.mark.parametrize("line", [
    # the negation on the fault word or the verb after it: praise
    "குறுகிய நூல் தான், ஆனால் கதை எங்கும் மெதுவாகவில்லை.",          # ta: the story never slows anywhere
    "చిన్న పుస్తకమే అయినా, కథ ఎక్కడా నెమ్మదించదు.",                 # te: the story slows nowhere
    "కొన్ని పేజీల్లోనే కథ పట్టేస్తుంది, ఎక్కడా విసుగు అనిపించదు.",     # te: nowhere feels tedious
    "ಕಿರು ಪುಸ್ತಕ, ಆದರೆ ಕಥೆ ಎಲ್ಲಿಯೂ ನಿಧಾನವಾಗುವುದಿಲ್ಲ.",            # kn: the story slows nowhere
    "ಸ್ವಲ್ಪವೂ ಬೇಸರವಾಗದ ಕಥೆ, ಆದರೆ ಗಂಭೀರ ಪ್ರಶ್ನೆಗಳಿವೆ.",             # kn: a story never tedious
    "کتابی کوتاه اما جذاب که داستانش هیچ‌وقت کسل‌کننده نمی‌شود.",       # fa: the story never gets tedious
    "شخصیت‌ها سطحی نیستند، اما کتاب کوتاه است.",                     # fa: the characters are not superficial
    "গল্পটি ধীর হয়নি কোথাও, তবে বইটি ছোট।",                        # bn: the story slowed nowhere
    # words common outside a book: a last date, finally, gradually, results, the final, the season, history
    "कुछ ज़िलों में नामांकन धीमा रहा, इसलिए अंतिम तारीख़ आगे बढ़ाई गई है।",
    "התור לכרטיסים היה איטי, אבל בסוף כולם נכנסו לאולם.",
    "החיבור לאינטרנט היה איטי, אבל סוף סוף הגיע הטכנאי.",
    "وقد كان الحضور ضعيفا في اليوم الأول بسبب الأحداث في المدينة.",
    "کچھ علاقوں میں بارش کمزور رہی لیکن فصل کی کٹائی بخیر انجام پائی۔",
    "দোকানে বিক্রি ধীরে ধীরে বাড়ছে, তবে ভাষা দিবসের আগে ভিড় হবে।",
    "சில மையங்களில் வாக்கு எண்ணிக்கை மெதுவாக நடந்தது, ஆனால் முடிவுகள் இன்று வரும்.",
    "ფინალში ჩვენი გუნდი სუსტი იყო, თუმცა მაყურებელი კმაყოფილი დარჩა.",
    "فروش در این فصل بیش از حد پایین بود، اما ناشران امیدوارند.",
    "Ìtàn ìlú yìí gùn jù láti sọ lónìí, ṣùgbọ́n a ó padà wá.",
])
def test_negated_praise_and_non_literary_words_are_no_reservation(line):
    assert not reserves([line])


_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{h}</title></head>
<body class="single-post"><header><a href="/">Pustaka Mane</a></header><main><article><h1>{h}</h1>
<div class="entry-content">{body}</div></article></main><footer><p>© 2026 Pustaka Mane</p></footer></body></html>"""

# a publisher's catalogue entry that praises its new novel by a negated fault (no review: it sells the book)
_BLURBS = {
    "te": ("కొత్త విడుదల: కొండ మీది బడి", [
        "మా సంస్థ నుంచి కొత్త నవల వచ్చే సోమవారం విడుదల అవుతోంది. ఈ నవల ఒక కొండ గ్రామంలోని చిన్న బడి కథ. "
        "కొత్తగా వచ్చిన ఉపాధ్యాయురాలు పిల్లలతో కలిసి వర్షాకాలంలో కూలిన బడి గోడను మళ్ళీ కడుతుంది. "
        "ఊరి పెద్దలు మొదట ఒప్పుకోరు, తర్వాత మెల్లగా సాయం చేస్తారు.",
        "చిన్న పుస్తకమే అయినా, కథ ఎక్కడా నెమ్మదించదు. రచయిత మొదటి కథల సంపుటికి జిల్లా బహుమతి వచ్చింది.",
        "మా వెబ్‌సైట్‌లో ముందుగా బుక్ చేసుకున్నవారికి పదిహేను శాతం తగ్గింపు ఉంది. వచ్చే నెల నుంచి అన్ని "
        "పుస్తక దుకాణాల్లో దొరుకుతుంది. హైదరాబాద్ పుస్తక ప్రదర్శనలో మా స్టాల్‌లో రచయిత సంతకాలు చేస్తారు."]),
    "kn": ("ಹೊಸ ಬಿಡುಗಡೆ: ಬೆಟ್ಟದ ಮೇಲಿನ ಶಾಲೆ", [
        "ನಮ್ಮ ಪ್ರಕಾಶನದಿಂದ ಹೊಸ ಕಾದಂಬರಿ ಮುಂದಿನ ಸೋಮವಾರ ಬಿಡುಗಡೆಯಾಗುತ್ತಿದೆ. ಈ ಕಾದಂಬರಿ ಒಂದು ಬೆಟ್ಟದ ಹಳ್ಳಿಯ ಚಿಕ್ಕ "
        "ಶಾಲೆಯ ಕಥೆ. ಹೊಸದಾಗಿ ಬಂದ ಶಿಕ್ಷಕಿ ಮಕ್ಕಳ ಜೊತೆ ಸೇರಿ ಮಳೆಗಾಲದಲ್ಲಿ ಕುಸಿದ ಶಾಲೆಯ ಗೋಡೆಯನ್ನು ಮತ್ತೆ ಕಟ್ಟುತ್ತಾಳೆ. "
        "ಊರಿನ ಹಿರಿಯರು ಮೊದಲು ಒಪ್ಪುವುದಿಲ್ಲ, ನಂತರ ನಿಧಾನವಾಗಿ ಸಹಾಯ ಮಾಡುತ್ತಾರೆ.",
        "ಕಿರು ಪುಸ್ತಕ, ಆದರೆ ಕಥೆ ಎಲ್ಲಿಯೂ ನಿಧಾನವಾಗುವುದಿಲ್ಲ. ಲೇಖಕರ ಮೊದಲ ಕಥಾಸಂಕಲನಕ್ಕೆ ಜಿಲ್ಲಾ ಪ್ರಶಸ್ತಿ ಬಂದಿತ್ತು.",
        "ನಮ್ಮ ವೆಬ್‌ಸೈಟ್‌ನಲ್ಲಿ ಮುಂಚಿತವಾಗಿ ಕಾಯ್ದಿರಿಸುವವರಿಗೆ ಹದಿನೈದು ಶೇಕಡಾ ರಿಯಾಯಿತಿ ಇದೆ. ಮುಂದಿನ ತಿಂಗಳಿಂದ ಎಲ್ಲಾ "
        "ಪುಸ್ತಕದ ಅಂಗಡಿಗಳಲ್ಲಿ ಸಿಗುತ್ತದೆ. ಮೈಸೂರು ಪುಸ್ತಕ ಮೇಳದಲ್ಲಿ ನಮ್ಮ ಮಳಿಗೆಯಲ್ಲಿ ಲೇಖಕರು ಸಹಿ ಹಾಕುತ್ತಾರೆ."]),
}


@pytest.mark.parametrize("lang", sorted(_BLURBS))
def test_a_catalogue_entry_praising_by_a_negated_fault_is_no_review(lang):
    from scraper.extract import extract_page
    h, paragraphs = _BLURBS[lang]
    page = _PAGE.format(lang=lang, h=h, body="".join(f"<p>{p}</p>" for p in paragraphs))
    record = extract_page(page, f"https://pustakamane.example.org/2026/11/{lang}-hill-school/")
    assert record.kind != "review", record.reason
