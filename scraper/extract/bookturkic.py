"""An author named in the genitive before a quoted title, as the Turkic languages say "by": Azerbaijani "Anarın “T”
romanı" (Anar's novel "T"), Kazakh "Мұхтар Әуезовтің «T» романы", Kyrgyz "Чыңгыз Айтматовдун «T» повести", Uzbek
"Abdulla Qodiriyning «T» romani", Tatar "Габдулла Тукайның «T» поэмасы", Turkmen "Berdi Kerbabaýewiň «T» romany".

The name takes the genitive suffix on its last word (after an apostrophe in Turkish and often in Azerbaijani), the
title follows in quotes, and a book noun with its possessive suffix closes the phrase ("romanı", "романы", "kitobi").
The suffix is regular, so the nominative is the word without it: after a vowel the suffix has an "n" of its own
("Nizaminin" is "Nizami"), after a consonant not ("Anarın" is "Anar"); where a stem may end either way ("Elçinin":
"Elçin" or "Elçi") the form the page names on its own wins.

A capitalised word before a quote may be a common noun opening the sentence ("Müəllifin “T” romanı", "the author's"):
the stem must be capitalised once more on the page and never written in lower case there; a capitalised word before
the genitive is a given name only where the page never writes it in lower case either ("Sonra" opening a sentence is
"then"). The blog's or the blogger's name is no author.
"""

from __future__ import annotations

import re

from .book import Context, letters_of
from .bookfinnish import finnish_genitives

_VOWELS = "aeıioöuüəâîûä"
_LATIN_CAP = r"[A-ZÇĞİÖŞÜƏÂÎÛÄŇÝŽ]"
_CYRILLIC_CAP = r"[А-ЯЁӘҒҚҢӨҰҮҺІЈҖҘҪ]"
_REST = r"[\w'’ʻʼ\-]"
# the genitive suffixes: Azerbaijani and Turkish (-ın/-in/-un/-ün, -nın … after a vowel), Turkmen (-yň/-iň, -nyň/-niň),
# Uzbek (-ning); Kazakh, Kyrgyz, Tatar and Bashkir (-ның/-нің/-дың/-тың, -нын/-дун/-түн, -нең, -ҙың …), Uzbek Cyrillic -нинг
_LATIN_GENITIVE = r"(?:ning|n[ıiuü]n|[ıiuü]n|n[yi]ň|[yi]ň)"
_CYRILLIC_GENITIVE = r"(?:нинг|[нтдҙл](?:ың|ің|ын|ин|ун|үн|ең))"
_GENITIVE_WORD = (rf"(?:({_LATIN_CAP}{_REST}*?)(['’])?({_LATIN_GENITIVE})"
                  rf"|({_CYRILLIC_CAP}{_REST}*?)({_CYRILLIC_GENITIVE}))")
# the book noun after the title, with its possessive (and any case) suffix: Azerbaijani, Turkish, Turkmen, Uzbek in
# Latin script; Kazakh, Kyrgyz, Tatar, Bashkir in Cyrillic
_BOOK_NOUN = (r"(?:roman|povest|hekay|hikây|hikay|hikoya|öykü|kitab|kitap|kitob|əsər|eser|asar|şeir|şiir|she['’ʻ]r|"
              r"poema|pyes|dram|trilogiya|dastan|doston|topl|to['’ʻ]plam|deneme|anlatı|novella|qissa|powest|hekaýa|"
              r"роман|повес|әңгіме|аңгеме|хикә|хикая|кітаб|кітап|китеп|китеб|китап|китаб|шығарма|чыгарма|әсәр|әҫәр|"
              r"жинақ|җыентык|поэма|пьеса|трилогия|дастан)\w{0,8}")
_PHRASE = re.compile(
    rf"(?<![\w'’ʻʼ\-])((?:(?:{_LATIN_CAP}|{_CYRILLIC_CAP}){_REST}+\s+){{0,2}}){_GENITIVE_WORD}\s+"
    rf"[“\"«„]([^“”\"«»„\n]{{2,80}})[”\"»“]\s+{_BOOK_NOUN}(?![\w'’])")
_LANGUAGES = frozenset("az tr tk uz kk ky tt ba crh kaa".split())  # (and pages that declare none)


def _stems(stem: str, suffix: str, apostrophe: bool) -> list[str]:
    """The nominatives a genitive may come from, the regular one first."""
    if apostrophe or suffix == "ning" or suffix[0] != "n":
        return [stem]  # (Cyrillic: the suffix's first letter is always its own: "Тукай-ның", "Мағжан-ның", "Әуезов-тің")
    if stem[-1:].lower() in _VOWELS:
        return [stem, stem + "n"]  # "Nizami-nin"; or "Elçin-in"
    return [stem + "n"]  # "Hüseyn-in", read first as "Hüsey-nin": after a consonant the n is the stem's


def _lower_named(word: str, text: str) -> bool:
    """The page writes `word` in lower case somewhere (a common noun capitalised only to open a sentence)."""
    lower = word[:1].lower() + word[1:]
    return lower != word and re.search(rf"(?<![\w'’]){re.escape(lower)}", text) is not None


def turkic_genitive(paragraphs: list[str], context: Context, headline: str | None = None) -> tuple[str, str] | None:
    """(title, author) from the opening's "Name-GEN “T” book-noun-POSS", the author in the nominative; a name the text
    says once only counts as said twice where the `headline` opens on the same genitive and title."""
    if (context.language or "")[:3].lower().rstrip("-_") not in _LANGUAGES and context.language:
        return None
    for paragraph in paragraphs:
        found = [book for match in _PHRASE.finditer(paragraph) if (book := _read(match, context, headline))]
        if len({title for title, _ in found}) > 1:
            return None  # two books with their authors side by side: a comparison, no telling which is reviewed
        if found:
            return found[0]
    return None


def _read(match: re.Match, context: Context, headline: str | None = None) -> tuple[str, str] | None:
    given, latin, apostrophe, latin_suffix, cyrillic, cyrillic_suffix, title = match.groups()
    text = context.text
    stem, suffix = (latin, latin_suffix) if latin else (cyrillic, cyrillic_suffix)
    title = title.strip()
    if len(stem) < 2 or title.endswith((".", "!", "?", ",")):
        return None  # a quoted sentence, not a title
    stems = _stems(stem, suffix, bool(apostrophe))
    named = [s for s in stems if context.mentions(s)]
    surname = max(named, key=context.mentions) if named else stems[0]
    if not named and not given.strip() and len(stems) == 2 and stems[0][-1:].lower() in _HIGH and not stems[0].lower().endswith(_SURNAME_ENDS):
        surname = stems[1]  # a lone name the text never writes bare: "Elçinin" is Elçin's (see _HIGH)
    # a name, not a common noun opening the sentence: capitalised once more on the page (or in a headline opening on
    # the same genitive and title, the name no word for a writer), never in lower case
    if len(re.findall(rf"(?<![\w'’]){re.escape(stem)}", text)) < 2 and not _headlined(match, title, headline) or _lower_named(stem, text):
        return None
    givens = given.split()
    while givens and _lower_named(givens[0], text):
        givens.pop(0)  # "Sonra" (then) opening the sentence, no given name
    if any(_lower_named(g, text) for g in givens):
        givens = []
    author = " ".join([*givens, surname])
    if any(n and letters_of(author) == letters_of(n) for n in context.not_authors):
        return None
    return title, author


# A lone name (a pen name, a given name alone) before "-nin" after a high vowel may end in that vowel or in -n: Azerbaijani
# and Turkish names end in -in/-ın/-un/-ün (Elçin, Aydın, Ceyhun, Aygün) far more often than in a bare high vowel, save
# the surnames' -lı/-li/-lu/-lü, -oğlu and the Uzbek -iy; a low vowel's (Zərifə, Leyla) is the name's own
_HIGH = "ıiuü"
_SURNAME_ENDS = ("lı", "li", "lu", "lü", "oğlu", "iy")
# words for a writer, which a headline may put in the genitive as it would a name ("the author's “T”"): az, tr, uz, tk,
# kk, ky, tt, ba
_WRITER = ("müəllif", "yazıçı", "şair", "ədib", "yazar", "müellif", "şâir", "edip", "yozuvchi", "muallif", "shoir",
           "adib", "ýazyjy", "şahyr", "awtor", "автор", "жазушы", "ақын", "жазуучу", "акын", "язучы", "шагыйрь", "яҙыусы", "шағир")


def _headlined(match: re.Match, title: str, headline: str | None) -> bool:
    """The headline names the same genitive before the same title ("Elçinin “T” romanı: …" over "Elçinin “T” romanı
    …"): a name the page says twice, unless it is a word for a writer."""
    word = match.group(0)[len(match.group(1)):].split()[0] if headline else ""
    return bool(word) and word in headline and title in headline and headline.index(word) < headline.index(title) \
        and not word.casefold().startswith(_WRITER)


# a headline that opens on the genitive name and its quoted title, the post's remark after a colon or dash, or nothing
_HEADLINE = re.compile(rf"^((?:(?:{_LATIN_CAP}|{_CYRILLIC_CAP}){_REST}+\s+){{0,2}}){_GENITIVE_WORD}\s+[“\"«„]([^“”\"«»„\n]{{2,80}})[”\"»“]"
                       r"\s*(?:$|[:|–—-])")


def headline_nominative(author: str, title: str, headline: str | None, context: Context) -> str | None:
    """The nominative of `author` read whole off a headline "Name-GEN “T”: remark" (Uzbek "Hamid Ismoilovning “T”: …",
    Kazakh "Мұхтар Әуезовтің «T» — …"), as no book noun follows to let ``turkic_genitive`` read it; else None.

    The suffix is taken off only where it can be nothing else: Uzbek -ning/-нинг, a suffix after an apostrophe, one ending
    in ň/ң; any other (-in, -нин: "Puşkin", "Ленин" end so) only when the text names the stem on its own too."""
    language = (context.language or "")[:3].lower().rstrip("-_")
    if language not in _LANGUAGES or not headline or "“" not in headline and "«" not in headline and '"' not in headline and "„" not in headline:
        return None
    match = _HEADLINE.match(headline.strip())
    if not match or match.group(7).strip() != title:
        return None
    given, latin, apostrophe, latin_suffix, cyrillic, cyrillic_suffix = match.groups()[:6]
    stem, suffix = (latin, latin_suffix) if latin else (cyrillic, cyrillic_suffix)
    if " ".join([*given.split(), stem + (apostrophe or "") + suffix]) != author or len(stem) < 3:
        return None
    stems = _stems(stem, suffix, bool(apostrophe))
    named = [s for s in stems if context.mentions(s)]
    plain = bool(apostrophe) or suffix in ("ning", "нинг") or suffix.endswith(("ň", "ң"))
    if not named and not (plain and re.search(rf"(?<![\w'’ʻʼ]){re.escape(stem)}", context.text)) or _lower_named(stem, context.text):
        return None  # a nominative that merely ends so, or a stem the text never names
    return " ".join([*given.split(), max(named, key=context.mentions) if named else stems[0]])


def suffixed_mentions(surname: str, context: Context) -> int:
    """How often a Turkic page names `surname`, bare or with a case suffix glued on ("Anar", "Anarın", "Anara",
    "Әуезовтің", "Pamuk'un"): these languages name an author mostly in a case other than the nominative; a Finnish
    page, bare or in the genitive (bookfinnish)."""
    bare = context.mentions(surname)
    if genitives := finnish_genitives(surname, context.language):  # Finnish too names an author in the genitive ("Mukan")
        return bare + sum(context.mentions(g) for g in genitives if g != surname)
    if (context.language or "")[:3].lower().rstrip("-_") not in _LANGUAGES or not surname[:1].isupper():
        return bare
    return max(bare, len(re.findall(rf"(?<![\w'’]){re.escape(surname)}(?:['’]?[^\W\d_]{{1,4}})?(?![\w'’])", context.text)))
