"""A cover's caption that opens with the book's bare title and goes on about the copy ("T, my mother's edition, with
underlined lines"), the author nowhere in it: the title, by the one person among the post's tags whose family name the
text says again. The picture must say it is a cover: a cover word in its alt text, the caption or its file's name,
compared without diacritics (a file is named "panna-obalka.jpg" for an "obálka", "kapak" for a "kapak").
Read by ``bookcover.from_caption`` when its own forms find nothing.
"""

from __future__ import annotations

import re

from .book import QUOTES, Context
from .casefold import bare

# the title before the first comma, dash or colon, then more words about the copy
_LEAD = re.compile(r"^([^,،，(—–:;|\d]{2,60}?)\s*(?:[,،，]|\s[—–-]\s|:)\s*\S")


# the label of a picture's credit or source before its colon ("Photo: …", "Foto: …", "Source: …", "ছবি: …", "写真：…"), in our
# languages and scripts
_PICTURE_LABEL = re.compile(
    r"(?:photo(?:graph)?s?|photo\s+credit|picture|image|illustration|credits?|source|foto(?:s|grafía|grafia|grafie|grafija|ğraf)?|"
    r"imagen|imagem|immagine|bild|bilde|billede|beeld|kuva|kép|fénykép|zdjęcie|fot\.?|źródło|zdroj|izvor|kaynak|sumber|"
    r"gambar|ảnh|nguồn|quelle|fuente|fonte|bron|kilde|källa|lähde|forrás|sursa|sursă|фото(?:графия)?|снимок|источник|джерело|"
    r"світлина|φωτογραφία|πηγή|צילום|תצלום|מקור|صورة|تصوير|المصدر|مصدر|عکس|منبع|تصویر|فوٹو|ছবি|ফটো|আলোকচিত্র|সূত্র|छवि|"
    r"फोटो|चित्र|तस्वीर|तस्बिर|छायाचित्र|स्रोत|ફોટો|તસવીર|ਫੋਟੋ|ਤਸਵੀਰ|படம்|புகைப்படம்|ఫోటో|చిత్రం|ಚಿತ್ರ|ಫೋಟೋ|ചിത്രം|ഫോട്ടോ|"
    r"ภาพ|รูป|ที่มา|写真|画像|出典|图片|圖片|照片|图|圖|来源|來源|사진|출처|그림)", re.I)

# letters with a stroke that no decomposition strips, as file names write them
_STROKED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h", "ŧ": "t"})


def _bare(text: str) -> str:
    """Without diacritics and in lower case, as file names are written."""
    return bare(text.translate(_STROKED)).casefold()


def cover_head(captioned: list[tuple[str, str]], context: Context, labels: list[str], cover_word: re.Pattern,
               person) -> tuple[str, str] | None:
    """(title, author) from a cover's caption lead and the one tagged person, or None."""
    titles = set()
    for caption, alts in captioned:
        lead = _LEAD.match(caption)
        if not lead or not 1 <= len(lead.group(1).split()) <= 6 or any(q in lead.group(1) for q in QUOTES):
            continue
        if not cover_word.search(_bare(f"{alts} {caption}")):
            continue
        # the picture's alt text or file name spells the lead's first word, or the text names the lead: "My copy, bought
        # in 1998" under "cover-1998.jpg" is the copy's remark, no title
        lead_ = lead.group(1).strip()
        if _PICTURE_LABEL.fullmatch(lead_):
            continue  # "Photo: archive", "ছবি: সংগৃহীত": the picture desk's credit, its label no title
        first = _bare(lead_.split()[0])
        if not (len(first) >= 3 and first in _bare(alts).split() or context.mentions(lead_)):
            continue
        titles.add(lead_)
    if len(titles) != 1:
        return None
    title = titles.pop()
    people = {label.strip() for label in labels if person(label.strip(), context)}
    # (a portrait's caption "A, 1958" opens with the person: no title)
    people = {p for p in people if _bare(p.split()[-1]) not in _bare(title)}
    return (title, people.pop()) if len(people) == 1 and not title[:1].islower() else None


def bare_pattern(pattern: re.Pattern) -> re.Pattern:
    """A pattern of words matched without their diacritics."""
    return re.compile(bare(pattern.pattern.translate(_STROKED)), re.I)
