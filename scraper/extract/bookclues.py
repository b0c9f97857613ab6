"""More places a post names its book and author, for ``bookbody.find_book``; each checked against the post.

- pictures: an image's alt text that reads "Title by Author" ("Omslag till X av Y", a photo of "X de Y,
  édition de poche"), when the post names that title (or the image sits in the post body and says it is a cover);
- a credit line: "Author · Publisher, 2021, 114 pages" or "Author, Publisher, 2009" at the top or bottom of
  the post, which gives the author of the book the headline names;
- an opening "Title <by> Author …" in the post's language ("De stille kamer van Pieter Baas lag …"), when the
  post's URL is named after that title;
- the person the post is about: named in full once and by surname alone again (as reviews name authors;
  characters go by their first names), and either owning something in the opening ("Agnes Holloway's …")
  or named in the post's own labels (its tags, categories, keywords or URL);
- the writer ("Gabrielle Zevin writes …") and the owner of the book the opening talks about ("Maggie
  O'Farrell's novel", "le dernier roman d’Odile Mercier").

The page's label lines and picture texts these read are gathered by ``bookpagetext``; how a URL spells a title or a
name (``fold``, ``slug_words``, ``spells``) is ``slugspell``'s.
"""

from __future__ import annotations

import re

from .bookopeningverb import unopened
from .book import BY, NAME_WORD, REVIEW_PREFIX, REVIEW_SUFFIX, QUOTES, Context, leading_author, is_name
from .bookheadline import from_title
from .bookownby import own_by
from .bookbiblio import BIBLIO_TAIL, SEGMENTS
from .casefold import first_chars
from .booksentenceopener import without_opener
from .bookslugname import name_head
from .slugspell import fold, slug_words, spells

COVER = re.compile(
    r"^\s*(?:the\s+)?(?:book\s*)?(?:cover|couverture|portada|copertina|capa|umschlag|buchcover|omslag|okładka|kansi|obálka)"
    r"(?:\s+(?:image|art|photo|(?-i:[a-zà-ÿ]{1,5}))\b){0,3}\s*[:\-–]?\s*",
    re.I,
)
# a name: capitalised words (no apostrophe: "Holloway's" ends the name), with particles between
_CAP = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž\-]+|[A-Z]\.)"
_FULL_NAME = re.compile(rf"(?<![\w'’.])(?:{_CAP}[^\S\n]+(?:(?:de|da|del|der|den|di|du|van|von|le|la)[^\S\n]+)*){{1,3}}{_CAP}(?![\w])")  # on one line

NAME_RUN = rf"(?:{NAME_WORD}\s+){{0,3}}{NAME_WORD}"
TITLE_RUN = r"[A-Z0-9À-Þ][\w'’:\-]*(?:\s+(?:(?:of|the|and|a|an|in|on|to|for|with|at|from|or)\s+)*[A-Z0-9À-Þ][\w'’:\-]*)*"
# "… read The Glass Road by Ines Marlow …": an unmarked title run before "by"
# (with an old-style alternative title after it: "Ambrose; or, The Lost Harbour by …")
PLAIN_BY = re.compile(rf"(?:^|[a-z,;:]\s)({TITLE_RUN}(?:[;,]\s+or,?\s+{TITLE_RUN})?),?\s+by\s+(.+)$")
_BOOK_NOUN = (
    r"(?:novel|novella|book|debut|memoir|collection|stories|poems|essays|trilogy|roman|romans|buch|debüt|libro|novela|"
    r"romanzo|livro|boek|bok|powieść|książka)"
)
# (a year between: "Ada Roe's 2015 collection")
OWNER = re.compile(rf"({NAME_RUN})(['’]s?|(?<=s))\s+(?:[a-zà-ÿ][\w-]*\s+|1[5-9]\d\d\s+|20\d\d\s+){{0,2}}"
                    rf"(?i:{_BOOK_NOUN})\b")
# "the new novel by Mara Holt", "le dernier roman d’Odile Mercier", "il romanzo di Paolo Venturi"
# (the first letters of the nouns looked ahead for first, case-insensitively as the nouns: the engine passes over the
# other places of a paragraph without trying twenty nouns at each; the same matches)
_NOUN_OF = re.compile(rf"(?i:(?=[{first_chars(_BOOK_NOUN)}]))(?:(?i:{_BOOK_NOUN})\s+(?:[a-zà-ÿ][\w-]*\s+){{0,2}}(?:{BY}|of)\s+({NAME_RUN})"
                      rf"|(?i:{_BOOK_NOUN})\s+d[’']({NAME_RUN}))")
# Romanian sets the owner after the noun in the genitive, its article "al/a/ai/ale" first where a word stands between:
# "romanul de debut al Gabrielei Adameșteanu", "noul roman al Anei Blandiana", "cartea nouă a lui Mircea Cărtărescu"
# ("lui" before a man's name, which stays as it is); a woman's given name declines "-a" to "-ei"/"-ăi" (Gabriela,
# Ilinca), her family name stays. Without the article the genitive reads as the dative too ("am dat cartea Mariei
# Popescu": gave it to her): not read
_RO_NOUN_OF = re.compile(r"(?<!\w)(?i:roman|romanul|romanului|carte|cartea|cărții|volum|volumul|volumului|debutul|"
                         r"nuvela|nuvelele|povestirile|proza|eseurile|memoriile|jurnalul|trilogia)\s+"
                         r"(?:[a-zăâîșşțţ][\w-]*\s+){0,2}?"
                         rf"(?:al|a|ai|ale)\s+(lui\s+)?({NAME_RUN})")


def _ro_owner(paragraph: str) -> list[str]:
    """The owners the Romanian genitive names after a book noun, given back in the nominative."""
    names = []
    for match in _RO_NOUN_OF.finditer(paragraph):
        first, _, rest = match.group(2).partition(" ")
        if not match.group(1):  # (no "lui": a woman's given name in the genitive, or no owner at all)
            if not first.endswith(("ei", "ăi")) or len(first) < 4:
                continue
            first = first[: -2] + "a"
        names.append(leading_author(f"{first} {rest}".strip()))
    return names


def trim_name(run: str) -> str | None:
    """The longest name at the end of a run of capitalised words ("Last year Kim Stanley Robinson" → …)."""
    words = run.split()
    for start in range(len(words)):
        candidate = " ".join(words[start:]).strip(QUOTES)
        if is_name(candidate):
            return candidate
    return None


# "Gabrielle Zevin writes…", "Towles writes…": the person the review says is writing (several languages)
_WRITES = r"(?:writes|wrote|has\s+written|escribe|escribió|écrit|schreibt|schrieb|scrive|escreve|schrijft|skriver|pisze)\b"


LINE_NAME_RUN = NAME_RUN.replace(r"\s+", r"[^\S\n]+")


_WORK_BY = re.compile(
    rf"\b(?i:novel|book|novella|memoir|debut|roman|romanzo|novela|livro|livre|buch|boek|powieść|kniha|kitap|buku|"
    rf"novelnya|bukunya)\w{{0,3}}(?:[^\S\n]+\w+){{0,8}}?,?[^\S\n]+(?:by|de|von|di|door|karya|oleh|av)[^\S\n]+({LINE_NAME_RUN})")


# a verb of writing or publishing in the past, in our languages
_PUBLISHED = re.compile(
    r"\b(?:wrote|published|escreveu|publicou|escribió|publicó|écrivit|publia|a\s+(?:écrit|publié)|schrieb|veröffentlichte|"
    r"scrisse|pubblicò|ha\s+(?:scritto|pubblicato)|schreef|publiceerde|skrev|publicerade|udgav|napisał[a]?|wydał[a]?|"
    r"написал[а]?|опубликовал[а]?|издал[а]?|napsal[a]?|vydal[a]?)\b", re.I)


def writer(context: Context, title: str) -> str | None:
    """The author a review names as the one writing: in full before a writing verb, or by surname there and in
    full elsewhere in the text (characters are named in full too, but are not said to write)."""
    text = context.text
    not_authors = {n.casefold() for n in context.not_authors if n}
    # a name sharing a word with the book's title is its title character ("Doktor Glas writes in his diary")
    title_words = {w.casefold() for w in re.findall(r"\w+", title) if w[:1].isupper()}

    def fits(name: str | None) -> bool:
        return bool(name) and name.casefold() not in not_authors and not title_words & {w.casefold() for w in name.split()}

    # in the opening, the book noun "by" a name ("this novel by Leila S. Chudori", "novel karya …", "ce roman de …"):
    # the work the post opens on is the headline's
    opening = "\n".join(text.split("\n")[:3])
    for match in _WORK_BY.finditer(opening):
        name = trim_name(match.group(1))
        if fits(name) and name and len(name.split()) > 1:
            return name
    # a sentence that opens with a full name and goes on to a verb of writing or publishing, then the title ("Ada Berg
    # was nineteen when she published T", "Rachel de Queiroz … publicou T")
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text) if title in text else []:
        start, at = _FULL_NAME.match(sentence) or re.match(LINE_NAME_RUN, sentence), sentence.find(title)
        name = without_opener(start.group(0), text) if start else ""  # "Keď Peter Pišťanek …": "when" (booksentenceopener)
        if start and at > start.end() and _PUBLISHED.search(sentence, start.end(), at) and fits(name) and is_name(name):
            return name
    # one line at a time: a heading's last words and the next line's name are no one name ("Salt Ledger\nChidi Okafor")
    for match in re.finditer(rf"({LINE_NAME_RUN})[^\S\n]+{_WRITES}", text):
        name = trim_name(match.group(1))
        if fits(name):
            return name
        surname = match.group(1).split()[-1]
        full = re.search(rf"({NAME_RUN})\s+{re.escape(surname)}\b", text)
        if full:
            name = trim_name(f"{full.group(1)} {surname}")
            if fits(name) and name.endswith(surname):
                return name
    return None


def possessor(lines: list[str], context: Context) -> str | None:
    """Whose book the opening paragraphs say it is: "Maggie O'Farrell's novel", "John Ousterhout's short book",
    "Hjalmar Söderbergs roman" (genitive -s), "le dernier roman d’Odile Mercier", "the new novel by Mara Holt",
    "romanul de debut al Gabrielei Adameșteanu" (Romanian's genitive, ``_ro_owner``)."""
    for paragraph in lines[:3]:
        names = [trim_name(unopened(m.group(1) if m.group(2) else re.sub(r"s$", "", m.group(1)), paragraph, m.start(),
                                    context.text)) for m in OWNER.finditer(paragraph)]
        names += [leading_author(m.group(1) or m.group(2)) for m in _NOUN_OF.finditer(paragraph)]
        names += _ro_owner(paragraph) if (context.language or "ro")[:2] in ("ro", "mo") else []
        for name in names:
            if name and not any(name.casefold() == n.casefold() for n in context.not_authors if n):
                return name
    return None


_PHOTO_CREDIT = re.compile(r"\b(?:photo(?:graph)?|image|picture|illustration|foto|bild|imagen|immagine)\s+(?:by|von|de|di|par|door|av)\b", re.I)


def from_pictures(in_body: list[str], on_page: list[str], context: Context, titles: list[str]) -> tuple[str, str] | None:
    """An image that names the book: a cover in the post body, or any picture whose title the post names."""
    named = {t.casefold() for t in titles}
    for alt in dict.fromkeys(in_body + on_page):
        cover = bool(COVER.match(alt)) and alt in in_body
        # an image description says several things: "Photo by Ann Lee on May 2. May be an image of T by A on a table."
        for sentence in re.split(r"(?<=[a-z\d)])\.\s+(?=[A-Z])", alt):
            if _PHOTO_CREDIT.search(sentence):
                continue  # "Harbour at dawn, photo by Jane Doe": who took the picture, not who wrote a book
            found = _pictured(COVER.sub("", sentence), cover, context, named)
            if found:
                return found
    return None


def _pictured(text: str, cover: bool, context: Context, named: set[str]) -> tuple[str, str] | None:
    """The book one sentence of an alt text shows: "T by A", "T (A)", "… a paperback of T by A beside …"."""
    bracketed = re.match(r"^(.+?)\s*\(\s*([^()]+?)\s*\)\s*$", text)  # "T (A)", T a title the page names
    if bracketed and bracketed.group(1).casefold() in named and is_name(bracketed.group(2)):
        return bracketed.group(1), bracketed.group(2)
    for candidate in dict.fromkeys((text, re.split(r"\s*[,;(\[]\s*|\s+[-–—|]\s+", text)[0])):
        # a cover says what it shows: its own words vouch for the split; another picture needs the post's text
        book = from_title(candidate, Context(candidate) if cover else context)
        if book and book.author and (cover or context.mentions(book.title) or book.title.casefold() in named):
            return book.title, book.author
    match = PLAIN_BY.search(text)  # a title inside a description, which the page names
    author = leading_author(match.group(2)) if match else None
    if author and match.group(1).casefold() in named:
        return match.group(1), author
    return None


_BULLETS = re.compile(r"^\s*(?:\\?[-–•*·]\s+)+")  # (Markdown escapes a leading dash: "\- ")


def record_lines(lines: list[str], title: str):
    """The lines of the post's opening and close (the close read backwards) that end on a record's tail (a year, pages),
    each with its parts: bullets and emphasis stripped, none longer than 200 characters or naming `title`."""
    for line in lines[:4] + lines[-8:][::-1]:
        line = _BULLETS.sub("", line).strip("*_ ")
        if len(line) > 200 or not BIBLIO_TAIL.search(line) or title.casefold() in line.casefold():
            continue
        yield line, [s.strip() for s in SEGMENTS.split(line) if s.strip()]


def credit_line(lines: list[str], title: str | None, context: Context) -> str | None:
    """The author from "Maren Holt · Kestrel Press, 2019, 212 pages" or "Jan Kowalik, Wydawnictwo Sosna, 2015".

    The line names a person (the text calls them by surname again), then a publisher or book details and a year;
    the book is the one the headline names, which the line does not repeat.
    """
    if not title:
        return None
    for line, segments in record_lines(lines, title):
        head, rest = segments[0], segments[1:]
        # after the name: a publisher (capitalised words, no date) or book details, not only a date
        publisher = any(re.match(r"[A-ZÀ-Þ]", s) and not re.search(r"\d", s) for s in rest)
        if not rest or not is_name(head) or not (publisher or re.search(r"pages|pp|isbn|seiten|blz", line, re.I)):
            continue
        if context.person(head) and not any(head.casefold() == n.casefold() for n in context.not_authors if n):
            return head
    return None


def opening_by(paragraphs: list[str], url: str, context: Context) -> tuple[str, str] | None:
    """"De stille kamer van Pieter Baas lag al maanden …": a title and the author in the post's first sentence, in any of our
    languages' "by", when the post's URL is named after the title and the text names the author again."""
    slug = slug_words(url)
    for paragraph in paragraphs[:2]:
        sentence = re.split(r"(?<=[.!?])\s+", paragraph, maxsplit=1)[0]
        for match in re.finditer(rf"\s(?:{BY})\s", sentence):
            author = leading_author(sentence[match.end():])
            words = sentence[: match.start()].split()
            if not author or not context.vouches_for(author):
                continue
            for start in range(max(0, len(words) - 8), len(words)):  # the title is the part the URL names
                title = " ".join(words[start:]).strip("“”\"'‘’,:;")
                if title[:1].isupper() and len(fold(title)) > 3 and f" {fold(title)} " in slug:
                    return title, author
    return None


def labelled_person(lines: list[str], labels: list[str], url: str, context: Context, title: str) -> str | None:
    """The person the post is about: named in full and by surname alone, and either owning something in the opening
    ("Agnes Holloway's prize winner") or named in the post's labels (a tag "holloway", the URL)."""
    labelled = f' {" ".join(fold(label) for label in labels)} {slug_words(url)} '
    opening = " ".join(lines[:2])
    title_words = {w.casefold() for w in re.findall(r"\w+", title)}
    not_authors = {n.casefold() for n in context.not_authors if n}
    lower = set(re.findall(r"\b[a-zà-ÿ]\w*", context.text))
    seen = set()
    for match in _FULL_NAME.finditer(context.text):
        words = match.group(0).split()
        while len(words) > 2 and words[0].lower() in lower:
            words = words[1:]  # "Then Agnes Holloway": a word the text also writes in lower case opens a sentence, no name
        if len(words) == 2 and words[0].lower() in lower and (context.text[max(0, match.start() - 4):match.start()].rstrip(" \t")[-1:] or ".") in ".!?…\n":
            continue  # "But Holloway knows": a sentence's first word, which the text also writes in lower case, and a surname
        name = " ".join(words)
        if words != match.group(0).split() and _lower_lead(match.group(0), context.text) and f" {fold(match.group(0))} " in labelled:
            continue  # "The Enchanted April" that the URL spells with its article: a title, whatever its last word
        if name in seen or not is_name(name) or name.casefold() in not_authors or title_words & {w.casefold() for w in words}:
            continue
        seen.add(name)
        owns = name in opening and re.search(rf"(?<!\w){re.escape(name)}['’]s?\s", opening)  # (the name first: no compile)
        if (owns or f" {fold(words[-1])} " in labelled) and context.person(name):
            return name
    return None


def slug_book(titles: list[str], labels: list[str], url: str, context: Context) -> tuple[str, str] | None:
    """A title and a full name the post's URL both spells ("/kurk-mantolu-madonna-sabahattin-ali/", "/severnyj-veter-lev-gromov/"),
    the name being one of the post's tags or categories: two places that pair them independently of the text, which
    may never say the name."""
    slug = slug_words(url)
    not_authors = {fold(n) for n in context.not_authors if n}
    names = [label.strip() for label in labels if is_name(label.strip()) and fold(label) not in not_authors
             and spells(slug, label.strip())]
    for title in titles:
        key = fold(title)
        if len(key) < 4 or not spells(slug, title):
            continue
        found = [n for n in names if fold(n) not in key and key not in fold(n)]
        if len(set(found)) == 1:
            return title, found[0]
    return None


def tagged_person(labels: list[str], context: Context, title: str) -> str | None:
    """The one full name among the post's tags, categories and keywords whose surname alone the text names: book
    blogs tag a review with its author ("Chidi Okafor", and the text says "Okafor"). Two such names: no telling."""
    title_words = {w.casefold() for w in re.findall(r"\w+", title)}
    not_authors = {n.casefold() for n in context.not_authors if n}
    names = {label.strip() for label in labels if is_name(label.strip()) and label.strip().casefold() not in not_authors
             and not title_words & {w.casefold() for w in label.split()}}
    # named by surname only: a person the text names in full, or by first name, is more often a character or a
    # historical figure (an author named in full and by surname and tagged is ``labelled_person``'s)
    names = [n for n in names if context.vouches_for(n) and not context.mentions(n) and not context.mentions(n.split()[0])]
    return names[0] if len(names) == 1 else None


def slugged_runs(lines: list[str], url: str, context: Context) -> list[str]:
    """Capitalised runs of two words or more in the opening lines that the URL spells ("/the-salt-ledger-review/"), and
    that the text does not call by their last word alone, as it calls people (two runs and the small words between
    them, where the URL spells them whole: ``_joined_runs``)."""
    slug = slug_words(url) if url else ""
    # (Vietnamese writes a title in sentence case, "Thương nhớ mười hai", and every syllable of a name capitalised,
    # "Nam Cao", "Hà Nội": a run capitalised throughout is a person or a place there, never a title)
    if len(slug.split()) < 3 or (context.language or "")[:2].lower() == "vi":
        return []
    runs = [run for line in lines[:4] if len(line) < 2000 for run in _joined_runs(line, slug)]
    # (a run right after the language's own word for "by", Tagalog "ni", Indonesian "karya", credits a person: the
    # author the slug names, never the title, "the first book ni A, ang «T»": bookownby)
    by = own_by(context.language)
    if by != r"(?!)":
        opening = "\n".join(lines[:4])
        runs = [r for r in runs if not re.search(rf"(?<!\w){by}\s+{re.escape(r)}", opening)]
    # (a run led by a word the text writes in lower case too, an article, names no person however its last word
    # recurs: "The Enchanted April", whose "April" the text says as the month)
    return [r for r in dict.fromkeys(runs) if len(r.split()) >= 2 and f" {fold(r)} " in slug
            and not (context.person(r) and not _lower_lead(r, context.text)) and not name_head(r, context)]  # (bookslugname)


# one or two lower-case words between two capitalised runs: a title's small words in any language ("si", "dan", "de la")
# (never a word that credits a person, "by" in any language: "T by A" under "/t-by-a/" is a title and its author; the
# by-words that are also a title's "of", "de", "di", "van", stay)
_GAP = re.compile(r"^\s+(?!.*(?<!\w)(?:by|von|vom|door|av|af|przez|oleh|karya|của|ni|nang|tarafından|által|"
                  r"kirjoittanut|от|від|od|autorstwa|írta|tekijä)\s)(?:[^\W\d_A-ZÀ-Þ][\w'’]*\s+){1,2}$")


def _joined_runs(line: str, slug: str) -> list[str]:
    """The line's capitalised runs, two of them joined with the small words between where the URL spells the whole:
    "Raden Mandasia si Pencuri Daging Sapi" under "/raden-mandasia-si-pencuri-daging-sapi-…" (a title's small words
    are lower case in the title case of every language, and few are in TITLE_RUN's English list)."""
    found = [(m.start(), m.end()) for m in re.finditer(TITLE_RUN, line)]
    runs, skip = [], False
    for (start, end), after in zip(found, found[1:] + [None]):
        if skip:
            skip = False
            continue
        if after and _GAP.match(line[end:after[0]]) and f" {fold(line[start:after[1]])} " in slug:
            runs.append(line[start:after[1]])
            skip = True
        else:
            runs.append(line[start:end])
    return runs


def _lower_lead(run: str, text: str) -> bool:
    """The run's first word is one the text also writes in lower case ("The", "Die", "La"), as no name's first word is."""
    lead = run.split()[0]
    return lead[:1].isupper() and len(lead) <= 3 and len(re.findall(rf"(?<![\w'’]){re.escape(lead.lower())}(?![\w'’])", text)) >= 2


def slugged_product(title: str | None, url: str | None) -> tuple[str, str] | None:
    """A shop's product name, "Title - Author (Edition)", whose URL spells both title and author ("/ronggeng-dukuh-
    paruk-ahmad-tohari-edisi-baru/review"): the slug vouches for the split the text alone may not."""
    if not title or not url:
        return None
    bare = re.sub(r"\s*[(（\[][^)）\]]{1,25}[)）\]]\s*$", "", title)
    bare = REVIEW_SUFFIX.sub("", REVIEW_PREFIX.sub("", bare, count=1)).strip()  # ("Resenha – Torto Arado": a label, a title)
    parts = re.split(r"\s+[-–—|]\s+", bare)
    if len(parts) != 2 or not is_name(parts[1].strip()) or len(parts[0].split()) > 10:
        return None
    slug = slug_words(url)
    if not all(f" {fold(p.strip())} " in slug for p in parts):
        return None
    # (both parts name-like, "A – T" under ".../t-a/": the slug's title-then-author order says which is which)
    swapped = is_name(parts[0].strip()) and slug.find(f" {fold(parts[1].strip())} ") < slug.find(f" {fold(parts[0].strip())} ")
    return (parts[1].strip(), parts[0].strip()) if swapped else (parts[0].strip(), parts[1].strip())


_QUOTED_TITLE = re.compile(r"[„“”\"«»‚‘](?P<t>[^„“”\"«»‚‘’\n]{2,60}?)[“”\"»«‘’]")


def quoted_by(person: str, lines: list[str]) -> str | None:
    """The one title the text quotes first in a sentence that names `person` by surname ("Ernesto Sabatos kurzen
    Roman „Der Tunnel“ (im Original „El túnel“)"): the book a headline that the text never names stands for."""
    surname = person.split()[-1]
    found = []
    for line in lines[:8]:
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            quoted = [m.group("t").strip() for m in _QUOTED_TITLE.finditer(sentence) if m.group("t")[:1].isupper()]
            if surname in sentence and quoted:
                found.append(quoted[0])
    found = list(dict.fromkeys(found))
    return found[0] if len(found) == 1 else None

