"""A person who wrote the quoted title, as a review's opening says it: "Сергій Жадан написав «Т» ще 2010 року",
"Ada Berg wrote “T” the winter her mother died", "Jan Novák napsal „T“ …" — a full name, a verb of writing or
publishing in the past, and right after it (a book noun or an article between them at most) the title set off in
quotation marks or emphasis (bookopening.marked_paragraphs wraps an emphasised title in “ ”).

A news site's review often heads its text with a headline that names no book and opens with a lead about the column
("In our «Book of the evening» column this week …"): the sentence that says who wrote what is where it names its
book. Only the opening paragraphs are read (a review opens with its book; a book named later is a comparison); the
person is one the text names again (by surname, a declined surname too), as reviews name their author; a quoted title
after a preposition ("… wrote in «The Daily Post»") is a paper or a prize, not the book written.

Verbs of writing and publishing in the past: a word list by nature, each language's third person (both genders where
the verb marks one), our Germanic, Romance, Slavic (Latin and Cyrillic), Baltic, Finnic, Greek and Hungarian.
"""

from __future__ import annotations

import re

from .book import QUOTES, Context, is_name
from .booksentenceopener import without_opener

WROTE = (
    r"wrote|published|has\s+written|had\s+written|schrieb|veröffentlichte|schreef|publiceerde|skrev|publicerade|"
    r"publicerede|publiserte|udgav|utgav|gav\s+ut|a\s+(?:écrit|publié)|avait\s+(?:écrit|publié)|écrivit|publia|"
    r"escribió|publicó|ha\s+(?:escrito|publicado|scritto|pubblicato)|escreveu|publicou|scrisse|pubblicò|a\s+(?:scris|publicat)|"
    r"va\s+(?:escriure|publicar)|napisał[a]?|wydał[a]?|opublikował[a]?|napsal[a]?|vydal[a]?|napísal[a]?|napisal[a]?|"
    r"izdal[a]?|napisao|napisala|objavio|objavila|написал[а]?|опубликовал[а]?|издал[а]?|выпустил[а]?|написав|"
    r"написала|опублікував|опублікувала|видав|видала|випустив|випустила|напісаў|напісала|выдаў|выдала|написа|"
    r"издаде|публикува|написао|објавио|објавила|напиша|објави|έγραψε|εξέδωσε|δημοσίευσε|parašė|išleido|uzrakstīja|"
    r"izdeva|kirjutas|avaldas|kirjoitti|julkaisi|írta|írt"
)
_VERB = re.compile(rf"(?<!\w)(?:{WROTE})(?!\w)", re.I)
# the title set off right after the verb: a book noun, an article or a possessive between them at most (two words)
_SET_OFF = re.compile(r"\s+((?:[^\W\d_][\w'’\-]*\s+){0,2}?)[«“„\"”»*_]\s*([^«»“”„\"*_]{2,100}?)\s*[»“”\"«*_]")
# a word that makes the quoted name a place of publication, a prize or a paper ("wrote in «The Post»", "for „Gazeta“")
_PREPOSITION = re.compile(
    r"^(?:in|for|on|about|to|at|into|im|in|für|über|zu|dans|pour|sur|en|à|au|para|por|sobre|per|su|nel|nella|sul|"
    r"voor|over|op|i|på|för|om|til|w|we|dla|o|do|na|v|ve|pro|za|в|во|у|для|про|о|об|на|до|за|σε|στο|στη|στην|για|"
    r"apie|į|par|kohta|varten|ról|ről|számára)$", re.I)
_GREEK_ARTICLE = re.compile(r"^(?:Ο|Η|Οι)\s+\S+\s+\S")
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")
_PARAGRAPHS = 4
_TITLE_WORDS = 10


def _name_before(words: list[str], text: str) -> str | None:
    """The run of capitalised words that ends right before the verb (a lower-case word or two between: "ще", "already"),
    as a person's name, without the sentence's capitalised first word."""
    words = list(words)
    for _ in range(2):
        if words and not words[-1][:1].isupper():
            words.pop()
    run: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper() or word[-1:] in ",;:" and run:
            break
        run.insert(0, word)
        if len(run) == 4:
            break
    if len(run) < 2:
        return None
    name = " ".join(run).strip(QUOTES + ",;:")
    if len(run) >= 3:
        name = without_opener(name, text)
    if _GREEK_ARTICLE.match(name) and is_name(rest := name.split(None, 1)[1]):
        name = rest  # Greek names a person with the article ("Ο Νίκος Δράκος έγραψε …")
    while name and not is_name(name) and len(name.split()) > 2:
        name = " ".join(name.split()[1:])
    return name if is_name(name) else None


def opening_verbs(paragraphs: list[str], verb: re.Pattern[str], limit: int):
    """Each sentence of the first `limit` paragraphs with each match of the writing `verb` in it, in order."""
    for paragraph in paragraphs[:limit]:
        for sentence in _SENTENCE.split(paragraph):
            for found in verb.finditer(sentence):
                yield sentence, found


def writer_before(sentence: str, verb: re.Match[str], title: str, context: Context, not_authors: set[str]) -> str | None:
    """The full name right before the verb, if it is not the title or a known non-author and the text names it again."""
    name = _name_before(sentence[:verb.start()].split(), context.text)
    if not name or name.casefold() in not_authors or name.casefold() == title.casefold():
        return None
    return name if context.vouches_for(name, times=2) else None


def wrote_quoted(paragraphs: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author) from an opening sentence "A wrote «T»" whose author the text names again."""
    not_authors = {n.casefold() for n in context.not_authors if n}
    for sentence, verb in opening_verbs(paragraphs, _VERB, _PARAGRAPHS):
        found = _SET_OFF.match(sentence, verb.end())
        if not found:
            continue
        between = found.group(1).split()
        if between and _PREPOSITION.match(between[-1]) or any(_PREPOSITION.match(w) for w in between[:1]):
            continue
        title = found.group(2).strip(QUOTES + " ,.:;")
        if not title[:1].isupper() and not title[:1].isdigit() or len(title.split()) > _TITLE_WORDS \
                or title[-1:] in ".!?…":
            continue  # (a quoted sentence, a critic's words "… is the best novel of the year.", is no title)
        name = writer_before(sentence, verb, title, context, not_authors)
        if name:
            return title, name
    return None
