"""The provenance line's vocabulary (``edges``): the post was published first, or at the same time, elsewhere.

A post syndicated, cross-posted or carried by an aggregator says where it first ran, in a short line of its own at the
post's top or bottom: "Originally published on my blog", "Publié d'abord sur mon blog", "本文来自微信公众号：…",
"本文来自<portal>，原文链接：https://…", "Artikel ini telah tayang di <site>.com", "Dieser Beitrag erschien zuerst auf …".
``CROSSPOST`` holds the words of first publication, ``VENUE`` the place (a blog, a network, a channel, "my", a link, a
handle). ``POST_FIRST`` holds the words the book's own history shares ("erschien zuerst", "d'abord paru", "apparso
prima", "Original article:"), which count only with the post (not the text, the piece, a story) named as what ran and
a place that is a publication or a site (``SITE``: no "my edition", no language); an address written out counts as the
place in the phrase's own clause, with a real top-level domain in lower case ("Vol.IV", "Dr.No" are none); the
original's label ("Original article:", "Artículo original:") is one before its colon.
``PERMISSION`` the leave to publish it, which a line after the review says. ``edges.mark`` reads them only in the lines
around the review, short and apart (``elsewhere_first``).
"""

from __future__ import annotations

import re
from typing import Callable

from .casefold import guarded
from .platforms import READING_SITES

# the post was published elsewhere first, or at the same time, in our languages
CROSSPOST = re.compile(
    r"\b(?:originally\s+(?:published|posted|appeared|written)|first\s+(?:published|posted|appeared)|cross-?posted|"
    r"also\s+(?:published|posted|available)\s+(?:on|at)|publicad[ao]\s+(?:originalmente|primeiro|primero|inicialmente)|"
    r"publi[ée]e?\s+(?:initialement|d'abord|à\s+l'origine)|paru\s+(?:initialement|d'abord)|(?:ursprünglich|"
    r"zuerst)\s+(?:erschienen|veröffentlicht)|pubblicat[oa]\s+(?:originariamente|originalmente|prima)|"
    r"oorspronkelijk\s+(?:verschenen|gepubliceerd)|(?:первоначально|впервые|также)\s+опубликован\w*|(?:спочатку|вперше|"
    r"також)\s+опублікован\w*|ilk\s+olarak|pierwotnie\s+opublikowan\w*)|"
    r"同步(?:刊登|發表|发表|發佈|发布|刊出)|首[發发](?:於|于|在)|原[載载](?:於|于)|[轉转][載载]自|初出|"
    r"本文(?:来自|來自|来源于|來源於|首[發发]|原[載载])|元記事|転載元|に(?:も)?掲載|원문은|원문\s*(?:보기|링크)|처음\s*게재|"
    r"먼저\s*(?:올린|올렸|게시한|게시했)|에도\s*(?:실렸|실린|실립니다|게재)", re.I)
CROSSPOST = guarded(CROSSPOST)  # (casefold.Guarded: its words looked for first)
# the aggregators' and syndicators' notices, and the post (not the book, the text, the piece, a story) named as what
# ran first, where the words could tell a book's history (en de fr es pt it nl pl ru uk tr vi id he ar hi)
POST_FIRST = guarded(re.compile(
    r"\b(?:(?:original\s+(?:article|post|link)|originalartikel|originalbeitrag|article\s+original|"
    r"art[íi]culo\s+original|artigo\s+original|articolo\s+originale|оригинал\s+(?:статьи|публикации|материала)|"
    r"оригінал\s+(?:статті|публікації|матеріалу)|orijinal\s+(?:makale|yazı)|bài\s+gốc)\s*[:：]|"
    r"(?:beitrag|artikel|rezension|besprechung)\s+(?:ist\s+)?(?:erschien\s+|)(?:zuerst|ursprünglich|"
    r"erstmals)\s+(?:erschienen|auf|in|bei)|erstveröffentlichung\s+auf|(?:article|billet|"
    r"chronique)\s+(?:a\s+été\s+|est\s+|a\s+)?(?:initialement|d'abord)\s+paru|(?:art[íi]culo|reseña|entrada|"
    r"artigo|resenha|post)\s+(?:se\s+|foi\s+)?(?:public(?:ó|ou)|apareci(?:ó|o))\s+(?:originalmente|primeiro|"
    r"inicialmente)|(?:articolo|recensione)\s+(?:è\s+)?appars[oa]\s+(?:originariamente|"
    r"per\s+la\s+prima\s+volta|prima)|(?:recensie|artikel|bespreking)\s+(?:is\s+)?(?:eerder\s+verschenen|"
    r"verscheen\s+eerder)|(?:artykuł|recenzja|wpis)\s+ukazał\w*\s+się\s+(?:pierwotnie|po\s+raz\s+pierwszy|"
    r"wcześniej)|(?:bài\s+viết|bài)\s+(?:này\s+)?(?:được\s+)?đăng\s+lần\s+đầu|(?:artikel|tulisan|"
    r"ulasan)\s+ini\s+(?:pertama\s+kali\s+(?:dimuat|tayang|dipublikasikan)|telah\s+(?:tayang|dimuat|"
    r"terbit)\s+di|(?:tayang|dimuat|terbit)\s+(?:lebih\s+(?:dulu|dahulu)|pertama\s+kali)\s+di|"
    r"lebih\s+(?:dulu|dahulu)\s+(?:tayang|dimuat|terbit)\s+di))|(?:(?:המאמר\s+המקורי|المقال\s+الأصلي)\s*[:：]|(?:הפוסט|המאמר|הכתבה|הביקורת|הרשומה)\s+(?:\S+\s+)?"
    r"פורסמ?ה?\s+(?:לראשונה|במקור)|(?:هذا\s+المقال|هذه\s+المراجعة|هذه\s+التدوينة)\s+نُ?شِ?ر\S*\s+"
    r"(?:\S+\s+){0,2}?(?:أولاً?|لأول\s+مرة|أصلاً?|في\s+الأصل)|(?:लेख|समीक्षा|पोस्ट)\s+(?:\S+\s+){0,3}?"
    r"(?:मूल\s+(?:रूप|तौर)\s+से|पहली\s+बार|पहले)\s+(?:\S+\s+){0,4}?प्रकाशित)", re.I))
# ... naming where: a publication or a site (a blog, a network, a channel, a portal), or a link
SITE = re.compile(
    r"blog|instagram|newsletter|substack|\bmedium\b|website|\bsite\b|página|tumblr|facebook|twitter|threads|"
    r"mastodon|youtube|podcast|telegram|" + READING_SITES + r"|部落格|博客|網誌|网志|ブログ|블로그|блог|канал|сайт|公众号|"
    r"公眾號|ब्लॉग|ব্লগ|בלוג|مدون|وبلاگ|بلاگ|https?://|\bwww\.", re.I)
# ... or the writer's own, "my" (a blog of the writer's: the words of first publication are the post's there)
VENUE = re.compile(SITE.pattern + r"|\bmy\b|\bmeu\b|\bmi\b|\bmon\b|\bmein\w*|\bmij\w*|\bmio\b|我的|個人|个人", re.I)
# an address written out, with a real top-level domain, in lower case as addresses are written
_ADDRESS = re.compile(r"(?<![\w.@])[a-z0-9][\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|io|co|blog|news|me|"
                      r"de|fr|es|it|pt|br|nl|be|ch|at|pl|cz|sk|ru|ua|uk|ie|se|dk|fi|ee|lv|lt|hu|ro|bg|gr|tr|il|in|id|"
                      r"vn|cn|tw|hk|jp|kr|au|nz|ca|mx|ar|cl|za|ng|ke|eu|us)(?![\w.])")
# the end of the phrase's clause
_CLAUSE_END = re.compile(r"[;；。]|[.!?](?:\s|$)")


def elsewhere_first(text: str, linked: Callable[[], bool]) -> bool:
    """The line says the post ran first (or also) elsewhere, and where: ``CROSSPOST`` with a ``VENUE``, a handle, a
    link (`linked()`, asked last) or an address in its clause, or ``POST_FIRST`` with a ``SITE``, a handle, a link or
    an address in its clause."""
    found = CROSSPOST.search(text)
    if found is not None and (VENUE.search(text) or "@" in text or _addressed(text, found.start()) or linked()):
        return True
    found = POST_FIRST.search(text)
    return found is not None and bool(SITE.search(text) or "@" in text or _addressed(text, found.start()) or linked())


def _addressed(text: str, start: int) -> bool:
    """An address written out in the clause the phrase at `start` opens ("… tayang di kabarbuku.com"), not after it
    ("Originally published in Italian; translated by … (house.com)": the address is the house's)."""
    return _ADDRESS.search(_CLAUSE_END.split(text[start:], 1)[0]) is not None


# ... or syndicated with its owner's leave: "reprinted by permission of <the books council>", in many languages (a
# free copy's disclosure speaks of a copy, never of a permission to publish)
PERMISSION = guarded(re.compile(
    r"\b(?:(?:reprinted|reproduced|republished|published|shared|appears?|available|used)\s+(?:here\s+)?(?:with|"
    r"by)\s+(?:the\s+)?(?:kind\s+)?permission|mit\s+(?:freundlicher\s+)?Genehmigung|"
    r"avec\s+l'(?:aimable\s+)?autorisation|con\s+(?:el\s+)?(?:permiso|autorización)\s+de|"
    r"per\s+gentile\s+concessione|su\s+concessione\s+d|com\s+(?:a\s+)?(?:permissão|autorização)\s+d|"
    r"met\s+(?:vriendelijke\s+)?toestemming\s+van|trwy\s+ganiatâd|gyda\s+chaniatâd|za\s+(?:uprzejmą\s+)?zgodą|"
    r"med\s+(?:tillstånd|tillatelse|tilladelse)\s+(?:av|fra|från|af)|(?:публикуется|"
    r"перепечатано)\s+с\s+разрешения|se\s+svolením|engedélyével)", re.I))
