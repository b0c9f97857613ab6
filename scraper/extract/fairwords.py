"""A book fair named in a post's title, in the languages and scripts classify.EVENT_TITLE does not hold.

A book fair's news ("The 50th city book fair opens on 8 January: 1,000 stalls") is an event report, not a review,
though its title may read as "T: A". The signal is lexical: each language's name for a book fair or a book
festival (the fair itself, not a book's title: classify reads the post's own words, the reviewed book's title cut out).

Scripts whose vowel signs are no word characters to ``re`` (the Indian scripts, Thai) are matched without word
boundaries; the others with a boundary before the phrase.
"""

from __future__ import annotations

import re

BOOK_FAIR = re.compile(
    # Tamil புத்தகக் காட்சி / புத்தகக் கண்காட்சி / புத்தகத் திருவிழா; Hindi पुस्तक मेला, Marathi पुस्तक/ग्रंथ प्रदर्शन;
    # Bengali বইমেলা; Telugu పుస్తక ప్రదర్శన / మహోత్సవం; Kannada ಪುಸ್ತಕ ಮೇಳ / ಹಬ್ಬ; Malayalam പുസ്തകോത്സവം / പുസ്തകമേള;
    # Gujarati પુસ્તક મેળો; Punjabi ਪੁਸਤਕ ਮੇਲਾ; Sinhala පොත් ප්‍රදර්ශනය; Thai งานหนังสือ / มหกรรมหนังสือ
    r"புத்தகக்?\s*(?:கண்)?காட்சி|புத்தகத்?\s*திருவிழா|(?:पुस्तक|किताब)\s*मेल[ाेो]|(?:पुस्तक|ग्रंथ)\s*प्रदर्शन|বই\s*মেলা|গ্রন্থমেলা|"
    r"పుస్తక\s*(?:ప్రదర్శన|మహోత్సవ)|ಪುಸ್ತಕ\s*(?:ಮೇಳ|ಹಬ್ಬ)|പുസ്തക(?:ോത്സവ|\s*മേള)|પુસ્તક\s*મેળ|ਪੁਸਤਕ\s*ਮੇਲ|පොත්\s*ප්\u200d?රදර්ශන|"
    r"งานหนังสือ|มหกรรมหนังสือ|"
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
