"""The comment system's notice that an article takes no comments, left as the post's last line ("Comments are closed.").

A newspaper's or a blog engine's template puts a one-line notice where the comment form would be when comments are
off for the article: "Comments are closed", "Reacties zijn gesloten", "Kommentare sind deaktiviert", "Les commentaires
sont fermés", "Комментарии закрыты", "コメントは受け付けていません". The extraction keeps it when it sits in the
article's box under the text. It is the platform's, never the review's. Its shape, whatever the language:

- it is the body's last line left (``tailasks.mark`` reads it there, after the review's last paragraph);
- short: twelve words at most (a sentence of the review about a blog that closed its comments is longer, or is
  followed by the review's own lines);
- it names commenting (the noun or the verb: comments, reactions, replies, "reageren", "kommentieren") and says it is
  closed, switched off or not possible ("closed", "disabled", "niet mogelijk", "nicht möglich", "zamknięte"), or is one
  of the unspaced scripts' set phrases; no score.

``count_line``: the comment system's counter left as the last line, the noun and its count and perhaps its link to add
one ("Comments: 0 · Add a comment", "3 Kommentare", "Komentoj (2)"): the count's own shape, no sentence around it.

A closing line that asks for comments ("Tell me in the comments!") names nothing closed; a review's line on a character
who "closed the comments" runs longer or is not the last line.
"""

from __future__ import annotations

import re

from .rating import has_score
from .words import count_words

# commenting: the noun (comments, reactions, replies, a discussion) or the verb, in ~35 languages
COMMENTING_WORDS = (
    "comments?", "commenting", "replies", "responses", "discussion", "reageren", "reacties", "reactie",
    "kommentare?", "kommentieren", "kommentarfunktion", "commentaires?", "commenter", "comentarios?", "comentar",
    "comentários?", "comentaris", "commenti", "commentare", "comentariile", "comentarii", "comentarea", "komentarze",
    "komentowanie", "komentowania", "komentáře", "komentování", "komentáre", "komentovanie", "hozzászólás(?:ok)?",
    "kommentelés", "kommentarer", "kommentering", "kommentarfeltet", "kommentarfältet", "kommentere", "kommentera",
    "kommentit", "kommentointi", "kommenteerimine", "kommentaarid", "komentarai", "komentuoti", "komentāri",
    "komentēt", "komentari", "komentarji", "komentiranje", "komentarisanje", "коментари(?:те)?", "коментарисање",
    "комментарии", "комментирование", "коментарі", "коментування", "σχόλια", "σχολιασμός", "yorumlar",
    "yorum(?:a|lara)?", "komentar", "komen", "ulasan", r"bình\s+luận", "athugasemdir", "athugasemda", "sylwadau",
    "tráchtanna", "iruzkinak", "תגובות", "התגובות", "التعليقات", "التعليق", "نظرات", "دیدگاه(?:ها)?",
)
_COMMENTING = re.compile(rf"(?<!\w)(?:{'|'.join(COMMENTING_WORDS)})(?!\w)", re.I)
# closed, switched off, not possible / not allowed
_CLOSED = re.compile(
    r"(?<!\w)(?:closed|disabled|turned\s+off|switched\s+off|not\s+(?:possible|allowed|enabled|available|open)|"
    r"gesloten|uitgeschakeld|niet\s+(?:mogelijk|toegestaan)|geschlossen|deaktiviert|nicht\s+(?:möglich|mehr\s+möglich)|"
    r"fermés?|désactivés?|pas\s+possible|cerrados?|desactivados?|no\s+(?:es\s+)?posible|encerrados?|fechados?|"
    r"desativados?|não\s+é\s+possível|chiusi|disabilitati|non\s+(?:è\s+)?possibile|tancats?|închise|dezactivate|"
    r"nu\s+(?:este|e)\s+posibil[ăa]?|zamknięte|wyłączone|wyłączona|nie\s+jest\s+możliwe|uzavřeny|vypnuty|není\s+možné|"
    r"uzavreté|vypnuté|nie\s+je\s+možné|lezárva|le\s+vannak\s+zárva|kikapcsolva|nem\s+lehetséges|stängda|avstängda|"
    r"avstängd|lukket|lukkede|stengt|ikke\s+mulig[t]?|inte\s+möjligt|suljettu|pois\s+käytöstä|ei\s+ole\s+mahdollista|"
    r"suletud|išjungti|uždaryti|slēgti|izslēgti|zatvoreni|isključeni|onemogućeni|zaprti|onemogočeni|затворени|"
    r"изключени|искључени|закрыты|закрыто|отключены|отключено|закрито|вимкнено|вимкнені|κλειστά|απενεργοποιημένα|"
    r"kapalı|kapatılmıştır|kapatıldı|ditutup|dinonaktifkan|tidak\s+(?:dapat|bisa)|đã\s+(?:bị\s+)?(?:đóng|tắt)|"
    r"lokaðar|lokað|ar\s+gau|dúnta|itxita|נעולות|סגורות|مغلقة|مغلق|بسته\s+(?:شده|است))(?!\w)", re.I)
# the unspaced scripts' set phrases: ja, zh, ko, th
_UNSPACED = re.compile(r"コメントは(?:受け付けていません|締め切りました|できません)|(?:评论|評論|留言)(?:已|功能已)?(?:关闭|關閉)|"
                       r"댓글(?:이|은|\s)?(?:\s?기능이\s?)?(?:닫혀|비활성화|허용되지\s?않|달\s?수\s?없)|ปิด(?:การแสดง)?ความคิดเห็น")


def closed_note(text: str) -> bool:
    """A short line saying the article takes no comments (see the module docstring)."""
    text = " ".join(text.split())
    if not text or has_score(text):
        return False
    if _UNSPACED.search(text):
        return len(text) <= 40
    return count_words(text) <= 12 and bool(_COMMENTING.search(text) and _CLOSED.search(text))


# the counter's noun beside the languages above (eo, br, gd, cy, mt, sw, ht, fy, lb, ca, gl, eu, sq, az, uz, tl)
COUNTED_MORE = (
    "komentoj?n?", "evezhiadenn(?:où)?", "beachdan", "sylw(?:adau)?", "kummenti", "maoni", "kòmantè", "reaksjes?",
    "kommentaren", "comentaris?", "comentarios?", "iruzkin(?:ak)?", "komente", "şərhlər", "izohlar", "komento",
    r"mga\s+komento",
)
_COUNTED = re.compile(rf"(?<!\w)(?:{'|'.join(COMMENTING_WORDS + COUNTED_MORE)})(?!\w)", re.I)
_COUNT_SHAPE = re.compile(r"^\W{0,2}(?:(?P<a>[^\d:：()（）]{3,30}?)\s*(?:[:：]\s*|[(（]\s*)\d{1,5}\s*[)）]?|\d{1,5}\s+(?P<b>[^\d·|•]{3,30}?))"
                          r"\s*(?:$|[·|•–—]\s*(?P<rest>[^\d]*)$)")


def count_line(text: str) -> bool:
    """The comment counter alone as a line, perhaps with its link to add one (see the module docstring)."""
    text = " ".join(text.split())
    if not text or len(text) > 90 or not any(ch.isdigit() for ch in text):
        return False
    match = _COUNT_SHAPE.match(text)
    if not match or match.group("rest") and count_words(match.group("rest")) > 7:
        return False
    noun = (match.group("a") or match.group("b") or "").strip()
    return count_words(noun) <= 2 and bool(_COUNTED.fullmatch(noun))


# the reader bidden to tell "us" (the site, in the plural of its desk): en, de, fr, es, pt, it, ca, nl, sv, da/nb, fi, et,
# lv, lt, pl, cs/sk, hr/bs/sr, sl, ru, uk, bg, el, tr, az, hu, ro, id/ms, vi
_TELL_US = re.compile(
    r"(?<!\w)(?:tell\s+us|let\s+us\s+know|share\s+with\s+us|(?:sagen|schreiben|verraten)\s+sie\s+uns|(?:sagt|schreibt|verratet)\s+uns|"
    r"dites-nous|racontez-nous|partagez\s+avec\s+nous|cu[ée]ntanos|dinos|d[ée]janos\s+saber|contadnos|conte-nos|conta-nos|"
    r"diga-nos|diz-nos|diteci|dicci|raccontateci|raccontaci|fateci\s+sapere|digues-nos|expliqueu-nos|laat\s+(?:het\s+)?ons\s+weten|"
    r"vertel\s+(?:het\s+)?ons|berätta\s+för\s+oss|fortæl\s+os|fortell\s+oss|kerro(?:kaa)?\s+meille|andke\s+meile\s+teada|"
    r"kirjutage\s+meile|pastāstiet\s+mums|uzrakstiet\s+mums|parašykite\s+mums|papasakokite\s+mums|napiszcie\s+nam|"
    r"dajcie\s+(?:nam\s+)?znać|napište\s+nám|napíšte\s+nám|dejte\s+nám\s+vědět|dajte\s+nám\s+vedieť|recite\s+nam|javite\s+nam|"
    r"napišite\s+nam|povejte\s+nam|pišite\s+nam|расскажите\s+нам|напишите\s+нам|поделитесь\s+с\s+нами|розкажіть\s+нам|"
    r"напишіть\s+нам|кажете\s+ни|пишете\s+ни|πείτε\s+μας|γράψτε\s+μας|bize\s+(?:yazın|söyleyin|anlatın)|bizə\s+yazın|"
    r"írjátok\s+meg\s+nekünk|írja\s+meg\s+nekünk|spune[țţ]i-ne|scrie[țţ]i-ne|beri(?:kan)?\s+tahu\s+kami|ceritakan\s+kepada\s+kami|"
    r"hãy\s+cho\s+chúng\s+tôi\s+biết)(?!\w)", re.I)


# the comments in their case forms ("in den Kommentaren", "в комментариях", "nei commenti", "yorumlarda")
_IN_COMMENTS = re.compile(r"(?<!\w)(?:comment\w*|kommentar\w*|koment\w*|coment\w*|reacties|reactie|коммент\w*|комент\w*|"
                          r"σχόλι\w*|yorum\w*|şərh\w*|hozzászól\w*|kommentit\w*|kommenteissa|kommentaari\w*|bình\s+luận)", re.I)


def asked_of_us(text: str) -> bool:
    """A closing line bidding the reader tell the site ("us": its desk's plural) something in the comments ("Tell us
    what you are reading in the comments below", "Schreiben Sie uns in den Kommentaren …"): the site's prompt under
    its articles. The writer's own "Tell me in the comments" is the review's voice and stays; a line with a score stays.
    The bidding is the whole block, or only short questions go before it ("Have you read it? Tell us …"): a paragraph
    of the review's own that ends on it ("If you loved Haruf, pick this one up. … Let us know …") stays."""
    text = " ".join(text.split())
    if not text or count_words(text) > 25 or has_score(text) or not (_TELL_US.search(text) and _IN_COMMENTS.search(text)):
        return False
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    ask = next((n for n, s in enumerate(sentences) if _TELL_US.search(s)), 0)
    return all(s.rstrip().endswith(("?", "？", ";", "؟")) and count_words(s) <= 8 for s in sentences[:ask])


# a sentence's end: its mark and the space after it
_SENTENCE_END = re.compile(r"(?<=[.!?;？！。؟])\s+")

