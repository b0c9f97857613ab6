"""The provenance line's vocabulary (``edges``): the post was published first, or at the same time, elsewhere.

A post syndicated, cross-posted or carried by an aggregator says where it first ran, in a short line of its own at the
post's top or bottom: "Originally published on my blog", "Publié d'abord sur mon blog", "本文来自微信公众号：…",
"本文来自<portal>，原文链接：https://…", "Artikel ini telah tayang di <site>.com", "Dieser Beitrag erschien zuerst auf …".
``CROSSPOST`` holds the words of first publication or of the original article (the post named where the words say
"first appeared" of a book as much: a novel "erschien zuerst 1962" is the book's history; the original's link alone,
"原文链接：…", is ``spliced``'s source signature); ``VENUE`` the place (a blog,
a network, a channel, "my", a link or an address written out); ``PERMISSION`` the leave to publish it, which a line
after the review says. ``edges.mark`` reads them only in the lines around the review, short and apart.
"""

from __future__ import annotations

import re

from .casefold import guarded

# the post was published elsewhere first, or at the same time, in our languages
CROSSPOST = re.compile(
    r"\b(?:originally\s+(?:published|posted|appeared|written)|first\s+(?:published|posted|appeared)|cross-?posted|"
    r"also\s+(?:published|posted|available)\s+(?:on|at)|publicad[ao]\s+(?:originalmente|primeiro|primero|inicialmente)|"
    r"publi[ée]e?\s+(?:initialement|d'abord|à\s+l'origine)|paru\s+(?:initialement|d'abord)|(?:ursprünglich|"
    r"zuerst)\s+(?:erschienen|veröffentlicht)|pubblicat[oa]\s+(?:originariamente|originalmente|prima)|"
    r"oorspronkelijk\s+(?:verschenen|gepubliceerd)|(?:первоначально|впервые|также)\s+опубликован\w*|(?:спочатку|вперше|"
    r"також)\s+опублікован\w*|ilk\s+olarak|pierwotnie\s+opublikowan\w*|"
    # (and the aggregators' and syndicators' notices: the post as it first ran, or its original's link, "Original
    # article:", en de fr es pt it nl pl ru uk tr vi id he ar hi)
    r"original\s+(?:article|post|story|link)\s*[:：]|originalartikel|originalbeitrag|article\s+original|"
    r"art[íi]culo\s+original|artigo\s+original|articolo\s+originale|оригинал\s+(?:статьи|публикации|материала)|"
    r"оригінал\s+(?:статті|публікації|матеріалу)|orijinal\s+(?:makale|yazı)|bài\s+gốc|המאמר\s+המקורי|المقال\s+الأصلي|"
    # (the post, not the book, named as what ran first: a novel "erschien zuerst 1962" stays)
    r"(?:beitrag|artikel|text|rezension|besprechung)\s+(?:ist\s+)?(?:erschien\s+|)(?:zuerst|ursprünglich|"
    r"erstmals)\s+(?:erschienen|auf|in|bei)|erstveröffentlichung\s+(?:auf|unter)|(?:article|billet|texte|"
    r"chronique)\s+(?:a\s+été\s+|est\s+)?(?:initialement|d'abord)\s+paru|(?:art[íi]culo|reseña|texto|entrada|"
    r"artigo|resenha|post)\s+(?:se\s+|foi\s+)?(?:public(?:ó|ou)|apareci(?:ó|o))\s+(?:originalmente|primeiro|"
    r"inicialmente)|(?:articolo|recensione|pezzo)\s+(?:è\s+)?appars[oa]\s+(?:originariamente|"
    r"per\s+la\s+prima\s+volta|prima)|(?:recensie|artikel|stuk|bespreking|"
    r"tekst)\s+(?:is\s+)?(?:eerder\s+verschenen|verscheen\s+eerder)|(?:tekst|artykuł|recenzja|"
    r"wpis)\s+ukazał\w*\s+się\s+(?:pierwotnie|po\s+raz\s+pierwszy|wcześniej)|(?:bài\s+viết|"
    r"bài)\s+(?:này\s+)?(?:được\s+)?đăng\s+lần\s+đầu|(?:artikel|tulisan|"
    r"ulasan)\s+ini\s+(?:pertama\s+kali\s+(?:dimuat|tayang|dipublikasikan)|telah\s+(?:tayang|dimuat|"
    r"terbit)\s+di)|(?:הפוסט|המאמר|הכתבה|הביקורת|הרשומה)\s+(?:\S+\s+)?פורסמ?ה?\s+(?:לראשונה|במקור)|"
    r"(?:هذا\s+المقال|هذه\s+المراجعة|هذه\s+التدوينة)\s+نُ?شِ?ر\S*\s+(?:\S+\s+){0,2}?(?:أولاً?|لأول\s+مرة|أصلاً?|"
    r"في\s+الأصل)|(?:लेख|समीक्षा|पोस्ट)\s+(?:\S+\s+){0,3}?(?:मूल\s+(?:रूप|तौर)\s+से|पहली\s+बार|"
    r"पहले)\s+(?:\S+\s+){0,4}?प्रकाशित)|同步(?:刊登|發表|发表|發佈|发布|刊出)|首[發发](?:於|于|在)|原[載载](?:於|于)|[轉转][載载]自|初出|"
    r"本文(?:来自|來自|来源于|來源於|首[發发]|原[載载])|元記事|転載元|に(?:も)?掲載|원문은|원문\s*(?:보기|링크)|처음\s*게재|먼저\s*(?:올린|올렸|게시한|게시했)|"
    r"에도\s*(?:실렸|실린|실립니다|게재)", re.I)
CROSSPOST = guarded(CROSSPOST)  # (casefold.Guarded: its words looked for first)
# ... naming where: a blog, a network, a channel (or a link, or a handle: read from the block)
VENUE = re.compile(
    r"blog|instagram|newsletter|substack|\bmedium\b|website|\bsite\b|"
    r"página|tumblr|goodreads|storygraph|facebook|twitter|threads|"
    r"mastodon|youtube|podcast|telegram|部落格|博客|網誌|网志|ブログ|블로그|блог|канал|"
    r"сайт|公众号|公眾號|\bmy\b|\bmeu\b|\bmi\b|\bmon\b|\bmein\w*|\bmij\w*|"
    r"\bmio\b|我的|個人|个人|ब्लॉग|ব্লগ|בלוג|مدون|وبلاگ|بلاگ|https?://|\bwww\.|"
    r"(?<![\w.@])[\w-]{2,}(?:\.[\w-]+)*\.(?:com|net|org|[a-z]{2})(?![\w.])", re.I)  # (or its address: "原文链接：https://…")


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
