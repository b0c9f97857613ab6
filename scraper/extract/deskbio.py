"""The paper's one-line note on who wrote the piece, closing it: "The writer is a teacher of literature in Tanga."

A newspaper or magazine closes a contributed review (an opinion piece, a column) with one line of its own about the
contributor, naming no one: the word for "the writer / the author (of this article)" as the subject, a copula, then
what they are ("… is a literary scholar who writes regularly about new novels"). sw "Mwandishi wa makala hii ni …",
is "Höfundur er …", de "Die Autorin ist …", fr "L'auteur est …", pl "Autorka jest …", ru "Автор — …". It is the
desk's line, not the review's. (``sitelines.writer_bio`` reads the bio that opens with the byline's name.)

The shape: a line alone among the post's last three (``sitelines.mark`` asks), six to thirty words, one sentence,
no score, opening on the subject (``_SUBJECT``: the writer's noun, bare and definite, or with "of this article"; in
~30 languages) right before its copula. What stays: the book's author described ("The author of the novel is …":
only the article's own qualifier is read past), a name opening the line (the byline rule's), a longer paragraph or a
second sentence going on about the book, and such a sentence anywhere else in the review.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .bylinelabels import BYLINE_CLASS
from .casefold import guarded
from .rating import has_score
from .words import count_words

_WORDS = 30
# the subject: the writer's noun (definite, or bare where the language has no article) and, perhaps, "of this article /
# review / column" in the language's form, then the copula: en, de, fr, es, pt, it, ca, nl, sv, da/nb, is, fi, et, pl,
# cs, sk, hu, ro, hr/sr/bs, sl, lt, lv, sq, ru, uk, bg, el, sw, id/ms, tl, vi, he, mt
_SUBJECT = re.compile(
    r"^\W*(?:"
    r"the\s+(?:writer|author|reviewer|columnist|contributor)(?:\s+of\s+this\s+(?:article|piece|review|column|essay))?\s+is|"
    r"(?:der|die)\s+(?:autor(?:in)?|verfasser(?:in)?|rezensent(?:in)?)(?:\s+dieses\s+(?:beitrags|artikels|textes)|\s+dieser\s+rezension)?\s+ist|"
    r"l['’]aut(?:eur|rice|eure|or|ora|ore)(?:\s+(?:de\s+cet\s+article|de\s+cette\s+critique|d['’]aquest\s+article|di\s+questo\s+articolo))?\s+(?:est|és|è)|"
    r"(?:el|la)\s+(?:autor|autora)(?:\s+de\s+(?:este\s+artículo|esta\s+reseña))?\s+es|"
    r"(?:o|a)\s+(?:autor|autora)(?:\s+(?:deste\s+artigo|desta\s+resenha))?\s+é|"
    r"de\s+(?:auteur|schrijver|recensent)(?:\s+van\s+dit\s+(?:artikel|stuk))?\s+is|"
    r"(?:författaren|skribenten|recensenten|forfatteren|skribenten|anmelderen|skribenten)\s+(?:är|er)|"
    r"höfundur(?:\s+(?:greinarinnar|pistilsins))?\s+er|kirjoittaja\s+on|(?:artikli\s+)?autor\s+on|"
    # (the reviewer's noun where the list above names the writer only: et, fi, lv, lt, pl/cs/sk/hr/sr/sl, ro, it, es/pt)
    r"(?:arvustaja|retsensent|kirjutaja)\s+on|arvostelija\s+on|recenzent[se]\s+ir|recenzent(?:as|ė)\s+yra|"
    r"recenzent(?:ka|kinja|ica)?\s+(?:jest|je)|recenzent(?:ul|a)\s+este|(?:il|la)\s+recensore\s+è|(?:el|la)\s+reseñista\s+es|"
    r"autor(?:ka)?(?:\s+(?:artykułu|tekstu|recenzji|článku|textu|recenze|teksta|članka|prispevka))?\s+(?:jest|je)|"
    r"a\s+szerző\s+(?:\w+\s+)?(?:a|egy)\s|autor(?:ul|ea)(?:\s+(?:articolului|recenziei))?\s+este|"
    r"autor(?:ius|ė)\s+yra|autor[se]\s+ir|autor(?:i|ja)\s+është|"
    r"автор(?:ка|ът|ката)?(?:\s+(?:статьи|рецензии|текста|статті|рецензії|на\s+(?:статията|рецензията|текста)))?\s*(?:[—–]|е\s|є\s|является)|"
    r"(?:ο|η)\s+(?:συγγραφέας|αρθρογράφος|συντάκτης|συντάκτρια)(?:\s+του\s+άρθρου)?\s+είναι|"
    r"mwandishi(?:\s+wa\s+(?:makala|safu)\s+hii)?\s+ni|"
    r"penulis(?:\s+(?:artikel|tulisan|ulasan)\s+ini)?\s+(?:adalah|merupakan|ialah|ini\s+adalah)|"
    r"ang\s+(?:may-akda|manunulat)(?:\s+ng\s+artikulong\s+ito)?\s+ay|tác\s+giả\s+(?:bài\s+viết\s+)?là|"
    r"הכותב(?:ת)?\s+(?:הוא|היא|הינו|הינה)|il-kittieb\s+huwa|l-awtur\s+huwa)(?!\w)", re.I)
_SUBJECT = guarded(_SUBJECT)  # (casefold.Guarded: its words looked for first)
_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)")
_CLAUSE_BREAK = re.compile(r"[:;：；]\s|\s[—–]\s")


def desk_bio(text: str, bylines: list[str] = ()) -> bool:
    """Whether the line is the paper's one-line note on the piece's writer (module docstring), or a labelled profile
    of the writer the byline names (``profile_bio``)."""
    if bylines and profile_bio(text, bylines):
        return True
    if not 6 <= count_words(text) <= _WORDS or not (subject := _SUBJECT.search(text)):
        return False
    # (one clause: a sentence going on past a colon, a semicolon or a dash after its subject into another, "The author
    # is a GP, but nothing here is medical advice: the book is …", is the review's own about the book's author)
    return len(_SENTENCE_END.findall(text.strip())) <= 1 and not has_score(text) \
        and not _CLAUSE_BREAK.search(text, subject.end())


# A profile's label opening the line, then its colon or dash: "Profile: …", "About the writer: …", "Zur Person: …",
# "プロフィール：…", "作者简介：…" (en de fr es pt it ca nl sv da nb fi et pl cs sk hu ro hr/sr/bs sl ru uk bg el tr id/ms
# tl vi th ja zh ko ar fa he hi)
_LABEL = (
    r"^\W{0,2}(?:(?:writer'?s?|author'?s?|reviewer'?s?|contributor'?s?)\s+)?(?:profile|bio(?:graphy)?|"
    r"about\s+the\s+(?:writer|author|reviewer|contributor)|zur\s+person|profil|über\s+(?:die\s+autorin|den\s+autor)|"
    r"biographie|à\s+propos\s+de\s+l['’]aut(?:eur|rice|eure)|perfil|biograf[íi]a|sobre\s+(?:el|la|o|a)\s+autora?|"
    r"profilo|biografia|sull['’]autore|profiel|over\s+de\s+(?:auteur|schrijver|recensent)|om\s+(?:skribenten|författaren|"
    r"forfatteren|anmelderen)|profiili|kirjoittajasta|o\s+autor(?:ze|ce|ovi|ke)|a\s+szerzőről|despre\s+autor|"
    r"профил[ьі]?|об\s+авторе|про\s+автора|за\s+автора|προφίλ|yazar\s+hakkında|tentang\s+penulis|tungkol\s+sa\s+may-akda|"
    r"tiểu\s+sử|về\s+tác\s+giả|ประวัติผู้เขียน|(?:筆者|執筆者|著者|評者|ライター)?プロフィール|(?:作者|笔者|筆者)?(?:简介|簡介|介紹|介绍)|"
    r"프로필|필자\s*소개|글쓴이\s*소개|نبذة\s+عن\s+الكاتبة?|درباره\s+نویسنده|על\s+הכותבת?|लेखक\s+परिचय)")
_PROFILE = re.compile(_LABEL + r"(?:\s*[:：]\s*|\s+[–—]\s+)", re.I)
# (or the label alone on its line, a profile box's title over the bio's paragraph: ``labelled_profile``)
_LABEL_ALONE = re.compile(_LABEL + r"\s*[:：]?\W{0,2}$", re.I)
_CJK_NAME_END = re.compile(r"[。、，,（(\s]")


def profile_bio(text: str, bylines: list[str]) -> bool:
    """A line that a profile's label opens (``_PROFILE``), then the writer's name as a byline line over the post names
    it (two to four words, or in an unspaced script the letters before the first stop or comma), then a few words about
    them: the writer's profile. A profile of the book's author ("Author's profile: <the novelist> was born …") names no
    one the byline names, and stays; so does a label with no name after it, or a long paragraph. The lines over the post
    are the byline's and the short lines of the post's head (sitelines passes no headings): a line opening with the name
    and a colon, a dash or a possessive is the book's record or headline ("Mara Quill: The Salt Road"), no byline."""
    if len(text) > 400 or not (found := _PROFILE.match(text)):
        return False
    rest = text[found.end():]
    if not 4 <= count_words(rest) <= 60 or has_score(rest):
        return False
    words = rest.split()
    names = [" ".join(words[:size]).rstrip(",.;:") for size in (2, 3, 4)]
    names.append(_CJK_NAME_END.split(rest, 1)[0])
    return any(2 <= len(name) and (len(name) >= 5 or not name.isascii()) and any(
        _names_writer(line, name) for line in bylines if line and line != text and count_words(line) <= 12) for name in names)


# a line opening with a name, then a colon, a dash or a possessive: "Mara Quill: The Salt Road", "Mara Quill – The Salt
# Road", "Mara Quill's novel" (the name is the book's author's; a dash before a date or a number is a byline's)
_RECORD_HEAD = re.compile(r"^[\s\"'“„«»]*(?P<name>[^:：–—«»„“\"\d]{2,60}?)(?:\s*[:：]|['’]s?\s|\s[–—-]\s(?!.*\d))")


def _names_writer(line: str, name: str) -> bool:
    """Whether a line over the post names the profiled name as its writer: it holds the name, not as the book's author
    opening a record line or a headline (``_RECORD_HEAD``)."""
    if name not in line:
        return False
    head = _RECORD_HEAD.match(line)
    return not (head and head.group("name").startswith(name.split()[0]))


def profile_label(text: str) -> bool:
    """The line is a profile's label and nothing more ("Profile", "About the author:", "著者プロフィール"): the title of
    a profile box, its bio in the block under it (``labelled_profile``)."""
    return len(text) <= 40 and _LABEL_ALONE.match(text) is not None


def labelled_profile(label: str, text: str, bylines: list[str], body: HtmlElement | None = None) -> bool:
    """The block under a profile box's title (``profile_label``) is the bio of the writer the byline names, read as one
    line with its label ("Profile: Ana Lee reads …", ``profile_bio``); the book's author's profile names no one the
    byline names, and stays. The byline may stand in the article's header outside the post body (`body`): a short
    line the theme classes as the byline or the author's ("<div class='post-author'>By <a>Ana Lee</a></div>"),
    before the body (``header_bylines``)."""
    if not profile_label(label):
        return False
    line = f"{label.rstrip(' :：')}: {text}"
    if profile_bio(line, bylines):
        return True
    # (the header's byline: the bio's first two words or more in it, an honorific alone, "Dr.", naming no one)
    headers = header_bylines(body) if body is not None else []
    words = text.split()
    return bool(headers) and profile_bio(line, headers) and any(
        " ".join(words[:size]).rstrip(",.;:") in h for size in (2, 3, 4) for h in headers)


def header_bylines(body: HtmlElement) -> list[str]:
    """The short lines (six words at most) before the post body, outside it, in an element whose class names a byline
    or an author (``bylinelabels.BYLINE_CLASS``): the article header's byline. (A book's card inside the body is no
    header; its author, named there, is not read as the writer; nor is the book's facts card in the header, its
    author a field of it: ``_facts_field``.)"""
    lines = []
    for element in body.getroottree().getroot().iter():
        if element is body:
            break
        if isinstance(element.tag, str) and BYLINE_CLASS.search(element.get("class") or "") \
                and body not in element.iterdescendants() and not _facts_field(element, body):
            text = " ".join(element.text_content().split())
            if text and count_words(text) <= 6:
                lines.append(text)
    return lines


_FIELD = re.compile(r"(?:^|\s)[^\W\d_][^\s:：]{1,24}\s?[:：]")
_FACT_TAGS = ("li", "dd", "dt", "td", "th")


def _facts_field(element: HtmlElement, body: HtmlElement) -> bool:
    """The element is a field of a book's facts card in the header: in a list's item or a table's cell ("<li
    class='author'>Ana Lee</li><li>320 pages</li>"), or in a box (three levels up at most) of three labelled fields or
    more ("Title: … Author: <span class='autor'>Ana Lee</span> Publisher: …"), the box outside the post body. A byline
    row, its name and date, is none."""
    box = element
    for _ in range(3):
        if body in box.iterdescendants():
            return False
        if box.tag in _FACT_TAGS or len(_FIELD.findall(" ".join(box.text_content().split()))) >= 3:
            return True
        box = box.getparent()
        if box is None:
            return False
    return False
