"""A book fair or a book's launch named in a post's title, in the languages and scripts classify.EVENT_TITLE does not
hold.

A book fair's news ("The 50th city book fair opens on 8 January: 1,000 stalls") is an event report, not a review,
though its title may read as "T: A". The signal is lexical: each language's name for a book fair or a book
festival (the fair itself, not a book's title: classify reads the post's own words, the reviewed book's title cut out).

A book's launch (its presentation, its "christening", the evening with the author that opens its sales: "lancement du
livre", "Buchpremiere", "křest knihy", "peluncuran buku", "ìfilọ́lẹ̀ ìwé", "新书发布会") is the same kind of post: a notice
or a report of the event, about one book that it names as a review does, and reviews not (launch()). The words for the
event only, not for a book's release ("out now", "premiere" alone: a review may open on them). A book's "presentation"
("Buchvorstellung", "boekvoorstelling", "презентация книги") names the evening and, as often, a blogger's own review:
it counts only beside a meeting's day and hour in the text. (classify asks launch() only of a post that neither rates
the book nor is filed or labelled as a review.)

Scripts whose vowel signs are no word characters to ``re`` (the Indian scripts, Thai) are matched without word
boundaries; the others with a boundary before the phrase.
"""

from __future__ import annotations

import re

from .casefold import bare

BOOK_FAIR = re.compile(
    # Tamil புத்தகக் காட்சி / புத்தகக் கண்காட்சி / புத்தகத் திருவிழா; Hindi पुस्तक मेला, Marathi पुस्तक/ग्रंथ प्रदर्शन;
    # Bengali বইমেলা; Telugu పుస్తక ప్రదర్శన / మహోత్సవం; Kannada ಪುಸ್ತಕ ಮೇಳ / ಹಬ್ಬ; Malayalam പുസ്തകോത്സവം / പുസ്തകമേള;
    # Gujarati પુસ્તક મેળો; Punjabi ਪੁਸਤਕ ਮੇਲਾ; Sinhala පොත් ප්‍රදර්ශනය; Thai งานหนังสือ / มหกรรมหนังสือ /
    # สัปดาห์หนังสือ (the book week fair)
    r"புத்தகக்?\s*(?:கண்)?காட்சி|புத்தகத்?\s*திருவிழா|(?:पुस्तक|किताब)\s*मेल[ाेो]|(?:पुस्तक|ग्रंथ)\s*प्रदर्शन|বই\s*মেলা|গ্রন্থমেলা|"
    r"పుస్తక\s*(?:ప్రదర్శన|మహోత్సవ)|ಪುಸ್ತಕ\s*(?:ಮೇಳ|ಹಬ್ಬ)|പുസ്തക(?:ോത്സവ|\s*മേള)|પુસ્તક\s*મેળ|ਪੁਸਤਕ\s*ਮੇਲ|පොත්\s*ප්\u200d?රදර්ශන|"
    r"งานหนังสือ|มหกรรมหนังสือ|สัปดาห์หนังสือ|"
    # Arabic معرض (…) الكتاب, Persian نمایشگاه (…) کتاب, Urdu کتاب میلہ, Hebrew יריד/שבוע הספר(ים)
    r"معرض\s+(?:[^\s:|]+\s+){0,2}?(?:لل|ال)كتاب|نمایشگاه\s+(?:[^\s:|]+\s+){0,2}?کتاب|کتاب\s*میل[ہے]|(?:יריד|שבוע)\s+הספרי?ם?|"
    # Greek, Indonesian/Malay, Nordic, Dutch, Romanian, Hungarian, Czech/Slovak, Ukrainian
    r"(?<!\w)(?:έκθεση\s+βιβλίου|(?:pameran|pesta|festival)\s+buku|bok(?:mässa|messe|massa)n?|bogmesse[n]?|boekenbeurs|"
    r"t[âa]rg(?:ul)?\s+de\s+carte|k[öo]nyvfesztiv[áa]l|k[öo]nyvh[ée]t|kn[ií]žn[ýy]\s+veľtrh|книжков\w+\s+(?:ярмар|фестивал)\w*|"
    # Basque (the fair, "azoka", alone names the book and record fair in a literature section's title, as "fair" and
    # "feria" do in classify.EVENT_TITLE), Catalan, Galician/Portuguese, Welsh, Estonian, Finnish, Lithuanian, Latvian,
    # Slovene, Croatian/Bosnian/Serbian, Albanian, Icelandic
    r"(?:liburu\s+)?azok(?:a|an|ako|ara|atik)|fira\s+del\s+llibre|feira\s+do\s+livro|ffair\s+lyfrau|raamatumess\w*|kirjamess\w*|"
    r"knyg[uų]\s+mug\w*|gr[āa]matu\s+(?:tirg|festiv)\w*|knji[žz]n\w+\s+sejem|sajam\s+knjiga|panair\w*\s+(?:i|të)\s+librit|b[óo]kamess\w*)(?!\w)",
    re.I,
)

# A book's launch event, matched on the title lowercased with its combining marks taken off (Yoruba's tones and dots,
# Vietnamese, Czech, Hungarian, Polish, Turkish letters: "ìfilọ́lẹ̀" as "ifilole"): en, fr, pt, de, pl, cs, sk, hu, ro,
# tr, id, ms, sw, yo, ha, vi
_LAUNCH = re.compile(
    r"(?<!\w)(?:book\s+launch|launch\s+of\s+(?:the|my|her|his|their|our)\s+(?:new\s+)?(?:book|novel|collection)|"
    r"lancement\s+(?:du|de|d['’]un|de\s+son)\s+(?:livre|roman|recueil)|"
    r"lancamento\s+(?:do|de|da)\s+(?:livro|romance|obra)|noite\s+de\s+autografos|buch(?:premiere|taufe)|"
    r"boeklancering|promocj\w+\s+ksiazki|krest\s+knihy|krst\s+knihy|konyvbemutato\w*|"
    r"lansare\w*\s+(?:de\s+)?cart\w+|kitap\s+lansman\w*|(?:peluncuran|pelancaran)\s+buku|"
    r"uzinduzi\s+wa\s+kitabu|ifilole\s+iwe|[kƙ]addamar\s+da\s+littafi|"
    r"ra\s+mat\s+sach)(?!\w)"
    # in scripts whose letters a decomposition splits (kana, Hangul), on the title as written: zh, ja, ko, hi
    r"|新书发布会|新書發表會|新书首发式|新書首發式|出版記念(?:会|イベント|パーティー|トーク)|(?:출간|출판)\s?기념회|पुस्तक\s+(?:का\s+)?विमोचन",
    re.I,
)
# A book's presentation: the evening that presents it, and as often a blogger's own presentation of a book she read,
# her review (de "Buchvorstellung", nl "boekvoorstelling", ru/uk "презентация/презентація книги", bg "представяне на
# книга", es/it/fr/pt/ca "presentación/presentazione/présentation/apresentação del/du/do libro", sr/hr "predstavljanje
# knjige", sl "predstavitev knjige"): an event's only beside a meeting's day and hour in the text (launch()'s `meets`).
_PRESENTATION = re.compile(
    r"(?<!\w)(?:buchvorstellung|boekvoorstelling|презентаци\w+\s+(?:книги|книга|книжки|на\s+книга)|"
    r"представяне\s+на\s+(?:книга(?:та)?|книжка(?:та)?)|"
    r"presentacion\s+(?:del|de\s+(?:su|un|mi))\s+(?:libro|novela)|"
    r"presentazione\s+(?:del|di\s+un)\s+(?:libro|romanzo)|"
    r"presentation\s+(?:du|d['’]un|de\s+son)\s+(?:livre|roman)|apresentacao\s+(?:do|de\s+um)\s+(?:livro|romance)|"
    r"presentacio\s+del\s+llibre|predstavljanje\s+knjige|predstavitev\s+knjige)(?!\w)",
    re.I,
)


def launch_named(title: str) -> bool:
    """The title names a book's launch event itself (_LAUNCH: "Buchpremiere", "book launch"), no presentation's word:
    an event's whether or not the post is filed or labelled as a review (a launch notice under "Reviews")."""
    return bool(title) and bool(_LAUNCH.search(bare(title).lower()) or _LAUNCH.search(title))


def launch(title: str, meets: bool = False) -> bool:
    """The title names a book's launch event (_LAUNCH), or its presentation (_PRESENTATION) when the text gives a
    meeting's day and hour (`meets`: announce.appointment): with its letters' marks taken off, or as written."""
    if not title:
        return False
    folded = bare(title).lower()
    return bool(_LAUNCH.search(folded) or _LAUNCH.search(title) or meets and _PRESENTATION.search(folded))
