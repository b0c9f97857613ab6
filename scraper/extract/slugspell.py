"""How a post's URL spells words, for the book rules that check a title or a name against the address.

Slugs write words folded (accents dropped, "ß" as "ss", "ð" as "d") and other scripts transliterated, each blog by
its own scheme: ``slug_words`` reads a URL's path as words, ``fold`` folds a text the same way, ``skeleton`` keeps a
word's consonants (Cyrillic, Greek, Georgian, Armenian transliterated), and ``spells`` says whether a slug spells a
text either way. Read by ``bookclues`` and by bookslugtag, bookownedslug, bookslugpair, bookheadtail, booktags,
bookgenitive, bookhashtags and bookscripts: pure functions of strings, kept apart from the rules that use them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import unquote, urlsplit


def slug_words(url: str) -> str:
    """The URL's path as words: "/posts/2024-05-het-diner/" → " posts 2024 05 het diner "."""
    return f" {fold(unquote(urlsplit(url).path))} "


# letters that no decomposition takes to ASCII, as URL slugs write them
_UNFOLDABLE = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                             "œ": "oe", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th"})  # (fo/is "ð" as "d", "þ" as "th")


@lru_cache(maxsize=8192)  # (bookhashtags folds each word of the page's lines: the same words on every page)
def fold(text: str) -> str:
    text = "".join(c for c in unicodedata.normalize("NFKD", text.translate(_UNFOLDABLE))
                   if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", text.replace("'", "").replace("’", "")).casefold().split())


# Cyrillic, Greek and Georgian letters as slugs transliterate them; the vowels and the many spellings of й/ю/я/х
# differ from one scheme to the next, so slugs and names are compared by their consonants (`skeleton`)
TRANSLIT = str.maketrans({
    **dict(zip("абвгдезийклмнопрстуфыэіґ", "abvgdezijklmnoprstufyeig")), "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ъ": "", "ь": "", "ё": "e", "ю": "yu", "я": "ya", "ї": "yi", "є": "ye",
    **dict(zip("αβγδεζηικλμνξοπρστυφωάέήίόύώϊϋς", "avgdeziiklmnxoprstyfoaeiiouoiis")), "θ": "th", "χ": "ch", "ψ": "ps",
    # Georgian (the national romanisation): "ნოდარ დუმბაძე" is "nodar-dumbadze"
    **dict(zip("აბგდევზთიკლმნოპრსტუფქყჯჰ", "abgdevztiklmnoprstupkqjh")), "ჟ": "zh", "ღ": "gh", "შ": "sh", "ჩ": "ch",
    "ც": "ts", "ძ": "dz", "წ": "ts", "ჭ": "ch", "ხ": "kh",
    # the Cyrillic letters of Kazakh, Kyrgyz, Tatar, Bashkir, Tajik, Uzbek, Belarusian:
    # "Мұхтар Әуезов" is "mukhtar-auezov"
    **dict(zip("әөүұқғңһҳӣӯўҡҙҫ", "aouukgnhhiuukzs")), "ҷ": "j",
    # Armenian (the common romanisation): "Գուրգեն Մահարի" is "gurgen-mahari"
    **dict(zip("աբգդեզէըթիլկհմյնոպռսվտրփքօֆ", "abgdezeytilkhmynoprsvtrpkof")), "ժ": "zh", "խ": "kh", "ծ": "ts",
    "ձ": "dz",
    "ղ": "gh", "ճ": "ch", "շ": "sh", "չ": "ch", "ջ": "j", "ց": "ts", "ւ": "",
})


def skeleton(text: str) -> str:
    """Words by their consonants, Cyrillic and Greek transliterated: "Лев Громов" and "lev-gromov" are "lv hrmv"."""
    words = fold(text).translate(TRANSLIT).replace("kh", "h").replace("g", "h").split()  # Ukrainian г is "h"
    return " ".join(w for w in (re.sub(r"[aeiouyj]+", "", w) for w in words) if w)


def spells(slug: str, text: str) -> bool:
    """The URL's words spell `text`, letter for letter or (Cyrillic, Greek) transliterated."""
    if f" {fold(text)} " in slug:
        return True
    return not re.fullmatch(r"[\x00-\u024f]*", text) and len(skeleton(text)) >= 3 \
        and f" {skeleton(text)} " in f" {skeleton(slug)} "
