"""A post that names its book in two hashtags, each a title or a name written as one word ("#thesaltledger #adaberg",
"#DerstilleHafen #LenaVogt"), and spells each out again somewhere in its text or its photo's alt text: the shape of a
photo-sharing or microblog post (Pixelfed, Instagram, Mastodon, Tumblr), headed by its account ("Post by jane"), not by
the book, so that no headline rule finds it.

A tag counts only where a run of two or more words of the page, the first capitalised, spells it letter for letter
(accents, case and punctuation aside); a run that is a person's name (``book.is_name``) is an author, any other the
title. The pair is taken when the text sets the title right before the name, after a "by" of our languages or a dash
or comma ("T by A", "T van A", "T – A"), and that pair is the only one; or, with no such place, when the tags spell one
title and one name alone and the text names the author's surname (``Context.vouches_for``). (bookrescue asks it last,
for a review whose book the other rules left unfound.)

A microblog's tags may be phrases written with spaces ("#tenth of december #george saunders"), and a post written in
lower case may name only the author's surname, never the title (``spaced_pair``). Such posts tag the book first, its
title and its author: of the first two spaced tags, one of two or three words that reads as a name once capitalised,
whose surname the text names, is the author, and the other the title, when it is no label: not a person, not the blog,
and neither ending nor opening in a word for a kind of book, a genre, reading or a review (``_KIND_END``), as a
post's other tags do ("#short stories", "#book review", "#nigerian literature", "#literatura juvenil"). Where both read
as names, neither is taken. A tag all in lower case holding a shelf's word (``_SHELF_WORD``: a genre, fiction, a
translation, writers, rereads) that the text never names, even without its apostrophes, on a page that writes its
sentences with capitals, is a shelf the blog files posts on ("#crime in translation", "#letteratura del sud"): such a
page would name its book, and write its title with a capital (a tag list sorted A to Z, as a blog's labels are, may put
the author's name first and a shelf second).
"""

from __future__ import annotations

import re

from .book import BY, Book, Context, capitalise, is_name
from .slugspell import fold

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_MIN_LETTERS, _MAX_WORDS = 6, 10
_BETWEEN = re.compile(rf"\s*(?:\s(?:{BY}|of|af|deur|oleh|od|від|от)\s+|\s*[,–—-]\s*)", re.I)


def _squashed(text: str) -> str:
    return fold(text).replace(" ", "")


def _runs(key: str, texts: list[str]) -> list[str]:
    """The runs of two or more words in `texts` that spell `key` (a folded, squashed tag), the first word capitalised."""
    found = []
    for text in texts:
        words = [(m.start(), m.end(), _squashed(m.group(0))) for m in _WORD.finditer(text)]
        for i, (start, _, first) in enumerate(words):
            if not key.startswith(first) or not text[start].isupper():
                continue
            spelled, j = first, i
            while len(spelled) < len(key) and j + 1 < len(words) and j + 1 - i < _MAX_WORDS:
                j += 1
                spelled += words[j][2]
            if spelled == key and j > i:
                found.append(text[start:words[j][1]])
    return found


def hashtag_book(tags: list[str], texts: list[str], context: Context | None) -> tuple[str, str] | None:
    """(title, author) that two of the post's tags name and its `texts` (lines, alt texts) spell out, or None."""
    not_authors = {_squashed(n) for n in (context.not_authors if context else ()) if n}
    titles: dict[str, str] = {}
    names: dict[str, str] = {}
    for tag in dict.fromkeys(t.strip().lstrip("#") for t in tags):
        key = _squashed(tag)
        if len(key) < _MIN_LETTERS or key in not_authors:
            continue
        runs = _runs(key, texts)
        if not runs:
            continue
        run = runs[0]
        (names if is_name(run) else titles)[key] = run
    candidates = {**titles, **names}
    placed = {(title, name) for tk, title in candidates.items() for nk, name in names.items() if tk != nk
              for text in texts for m in re.finditer(re.escape(title), text)
              if (between := _BETWEEN.match(text, m.end())) and text.startswith(name, between.end())}
    if placed:
        return placed.pop() if len(placed) == 1 else None
    if len(titles) == 1 and len(names) == 1:
        (title,), (name,) = titles.values(), names.values()
        if context is not None and context.vouches_for(name):
            return title, name
    return None


# a tag's last (or first) word that makes it a label, not a title: a kind of book, a genre, reading, a review, a
# literature (en, fr, de, es, it, pt, nl, sv/da/nb, pl, id/ms, tl, tr, fi), and the microblogs' labels for book posts
_KIND_END = re.compile(
    r"(?:reviews?|books?|reads?|reading|novels?|novellas?|fiction|nonfiction|literature|lit|stories|story|poetry|poems|"
    r"fantasy|romance|thrillers?|mystery|horror|classics?|memoirs?|biography|essays|recs|recommendations|tbr|ya|"
    r"bookblr|booklr|bookstagram|booktok|bookish|livres?|lectures?|littérature|nouvelles|poésie|polar|chronique|avis|"
    r"bücher|buch|literatur|lesen|rezension|erzählungen|krimi|lyrik|romane?|novelas?|libros?|lectura|literatura|"
    r"reseña|cuentos|poesía|romanzi|romanzo|libri|lettura|letteratura|recensione|racconti|poesia|livros?|leitura|"
    r"resenha|contos|boeken|boek|lezen|literatuur|recensie|verhalen|bok|böcker|bøker|bøger|romaner|litteratur|"
    r"recension|anmeldelse|läsning|lesning|noveller|książk[ai]|recenzja|powieść|buku|sastra|ulasan|resensi|aklat|"
    r"panitikan|pagsusuri|kitap|kitaplar|edebiyat|inceleme|kirjat?|arvostelu|kirjallisuus)",
    re.I,
)


def spaced_pair(tags: list[str], context: Context | None) -> tuple[str, str] | None:
    """(title, author) from the first two spaced tags, "#T #A" (or "#A #T"), where the text names A's surname."""
    if context is None or not tags:
        return None
    spaced = [t for t in dict.fromkeys(t.strip().lstrip("#").strip() for t in tags) if " " in t and len(t) <= 80][:2]
    if len(spaced) < 2 or any(_squashed(t) in {_squashed(n) for n in context.not_authors if n} for t in spaced):
        return None
    folded = context.text.casefold()

    def person(tag: str) -> bool:  # reads as a name, and the text names its last word (a title is named whole)
        surname = tag.split()[-1].casefold()
        return 2 <= len(tag.split()) <= 3 and is_name(" ".join(w[:1].upper() + w[1:] for w in tag.split())) \
            and len(surname) >= 4 and not _KIND_END.fullmatch(surname) \
            and re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", folded) is not None

    # lower-case tags of a shelf's words the capitalised text never names (not even without its apostrophes,
    # "handmaids" for "Handmaid's"); the whole text folded and read for capitals once, only for such a tag
    shelves = [t for t in spaced if t == t.lower() and t.casefold() not in folded
               and any(_SHELF_WORD.fullmatch(w) or _KIND_END.fullmatch(w) for w in t.split())]
    if shelves:
        plain = f" {fold(context.text)} "
        shelves = [t for t in shelves if f" {fold(t)} " not in plain] if _capitalised(context.text) else []

    found = []
    for tag, other in (spaced, spaced[::-1]):
        if person(tag) and 1 < len(other.split()) <= 8 and not _label(other) and not person(other) \
                and other not in shelves:
            name = " ".join(w[:1].upper() + w[1:] for w in tag.split())
            found.append((other if any(c.isupper() for c in other) else _cased(other, context.language), name))
    return found[0] if len(found) == 1 else None


# a shelf's words besides a kind's (_KIND_END): a genre, fiction ("narrativa", "Belletristik", "skönlitteratur"), a
# translation, writers, rereads, a series of issues, in the languages above ("#crime in translation", "#autoras del
# sur", "#releituras de verão", "#nordische hefte")
_SHELF_WORD = re.compile(
    r"crime|krimis?|giallo|gialli|noir|kryminał|deckare?|translations?|translated|traductions?|traduits?|"
    r"übersetzungen?|übersetzt|traducci[oó]n|traducidos?|traduzioni|traduzione|tradotti|tradu[cç][aãõ]o|"
    r"tradu[cç][oõ]es|vertalingen?|vertaald|översatt|oversat|oversatt|przekłady?|tłumaczenia|terjemahan|çeviri|"
    r"käännös|authors|writers|autoras?|autores|autrices|auteurs|autori|autrici|autoren|autorinnen|schrijvers|"
    r"schrijfsters|författare|forfattere|pisarki|autorki|penulis|yazarlar|kirjailijat|rereads?|rereading|relectures?|"
    r"relecturas?|riletture|releituras?|herlezingen|omläsningar?|wiedergelesen|hefte|cahiers|quaderni|cuadernos|"
    r"cadernos|notebooks|zeszyty|shelf|shelves|narrativas?|narrative|prosa|proza|fiksi|kurgu|belletristik|"
    r"sk[öø]nlitteratur|skjønnlitteratur|beletrystyka|beletrie|kaunokirjallisuus"
)


_STARTS = re.compile(r"(?:^|[.!?]\s+)([^\W\d_])", re.M)


def _capitalised(text: str) -> bool:
    """Three sentences or more, most of them opening on a capital: a page that writes as print does."""
    starts = _STARTS.findall(text)
    return len(starts) >= 3 and sum(c.isupper() for c in starts) > 0.5 * len(starts)


def _label(tag: str) -> bool:
    """A kind's, a genre's or a review's word ends the tag or opens it (after an article): "#book review", "#short
    stories", "#literatura juvenil", "#la novela negra"."""
    words = [w.strip(".,!?") for w in tag.split()]
    return any(_KIND_END.fullmatch(w) for w in (words[-1], words[0], *words[1:2] * (len(words[0]) <= 3)))


def _cased(title: str, language: str | None) -> str:
    """A tag's title as a title: English in title case, other languages in sentence case, as each writes titles."""
    return capitalise(title, language) if (language or "en")[:2].lower() == "en" else title[:1].upper() + title[1:]


def hashtagged(page) -> Book | None:
    """bookrescue's Page (its tags, alt texts, lines and context): the book its hashtags name, or None."""
    found = hashtag_book(page.tags, [*page.alts, *page.lines], page.context) or spaced_pair(page.tags, page.context)
    return Book(*found, source="rescue") if found else None
