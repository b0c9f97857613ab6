"""Lines at a post's edges that say where the post belongs, not what the book is.

A review is often framed by a short line of its own, standing alone at the post's top or bottom, that ties the post
to something outside it. Their wording varies without end; what marks them is where they stand (the three lines
before the review's first paragraph, the four after its last), that they are short lines alone (not the review's
paragraphs, headings or lists), carry no score, and name the thing in a small per-language table:

- provenance: the post was published first, or at the same time, elsewhere ("first posted on my blog", "publié
  d'abord sur mon blog", "首发于我的博客"), naming a venue (a blog, a network, a link or a handle): a
  sentence saying the *book* was first published in 1960 names no venue and stays; after the review, a line saying
  it is published by its owner's permission ("reprinted by permission of …", "mit freundlicher Genehmigung", "trwy
  ganiatâd …"), thirty words at most;
- membership: the post is an entry of a reading challenge, a readathon, an advent calendar or a numbered task
  ("Entry for the Winter Reading Challenge, book 7", "読書アドベントカレンダー5日目の記事です"), or carries on a
  challenge's shared count, a sum alone on its line that holds ("1207 - 1 = 1206");
- above the review, a byline row: the member's name linked, what they did, a date in an element of its own; the
  kicker, the short line a post's <header> sets right over its title (a section, who recommends the book), or the
  body's first line set right before the page's <h1> beside it (a magazine's rubric: "Reviews · Fiction"); and the
  filing row, labelled parts in a box the engine's markup names for its taxonomy ("Category: … · Author: …");
- a licence line: a Creative Commons licence code alone, or under a label (the post's terms, not the review);
- after the review's last paragraph, however far, the readers' score: a short line that is a score (a share, a fraction,
  a decimal, stars) and the count of its voters in brackets ("Readers: 84 % (112 votes)"), the count no score itself;
- anywhere, a related post's link under its label (READ_ALSO, a small per-language table: "Read also:", "Czytaj
  także"): the label, then nothing but the link, on its line or the next (a linked title);
- a channel's signature at the end of a channel post: a line holding only the channel's handle (a pictograph may
  lead it), and the short lines after it (the channel's ask to be passed on).

``boilerplate.clean_body`` applies them with its other rules. What stays: the same words inside the review's own
paragraphs (a review that argues about the challenge it was read for, a review of a book about copyright quoting a
licence), a 'read also' sentence in a paragraph, a line naming the book's first edition, a closing recommendation
of other books.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from . import adslots, alsolead, entryruns, evententry, indicread, readinglog, signatureline
from .datelines import FULL_DATE
from .nodes import HEADING_TAGS, links_of, text_of
from .rating import has_score
from .words import count_words
from .casefold import guarded
from .courtesyline import courtesy_line
from .provenance import PERMISSION, elsewhere_first  # (the provenance line's words)

# the elements of lines written with breaks
_LINE_TAGS = {"br", "a", "span", "em", "i", "b", "strong", "small", "p", "div"}
_NOT_LINES = HEADING_TAGS | {"blockquote", "table", "pre", "ul", "ol", "dl", "figure", "hr"}
# a paragraph of the review (longer than any line): this many words or more; the edges: lines this many before
# it, this many after
PROSE, HEAD, TAIL = 40, 3, 4
# a line this long or longer is the review's paragraph
LINE_WORDS = 40
# an entry of a reading challenge, a readathon, an advent calendar, a numbered task, in our languages: the
# challenge's word after a word of reading, or before its year or number (a book's "biggest challenge" is neither)
_CHALLENGE = (r"(?:challenge|reto|desaf[ií]o|défi|sfida|uitdaging|wyzwani\w*|výzv\w*|kihívás\w*|челлендж\w*|"
              r"марафон\w*|флешмоб\w*|챌린지|チャレンジ|挑战|挑戰)")
_READING = (r"(?:reading|book|lese|lees|lectura|leitura|lecture|lettura|czytelnicz\w*|čtenářsk\w*|olvasás\w*|okuma|"
            r"читательск\w*|книжн\w*|книжков\w*|читацьк\w*|독서|読書|阅读|閱讀)")
MEMBERSHIP = re.compile(
    rf"{_READING}\s*(?:\w+\s+)?{_CHALLENGE}|{_CHALLENGE}\s*[«\x22\u201c\u201e\u2018']?\s*(?:[^\W\d]+\s+){{0,2}}\d|readathon|read-a-thon|"
    r"advent\s*calendar|adventskalender|アドベントカレンダー|の\d+日目|задани[ея]\s*№?\s*\d+|завдання\s*№?\s*\d+|"
    r"تحدي\s+(?:ال)?قراءة|אתגר\s+(?:ה)?קריאה", re.I)
MEMBERSHIP = guarded(MEMBERSHIP)  # (casefold.Guarded: its words looked for first)
# a newsletter's line to a reader who was sent the issue by a friend ("Forwarded this? Sign up below"), in our languages
# (en, de, fr, es, it, nl, ru/uk, pl, pt, ca, sv, da/no, cs/sk, tr, fi, hu, el, eu, ja, ko, zh): at the head or the tail
FORWARDED = re.compile(
    r"\b(?:(?:was|were|been|got)\s+(?:this\s+|it\s+)?forwarded\s+(?:to\s+)?(?:you|this)|forwarded\s+(?:this|to\s+you)|"
    r"(?:wurde|hat)\s+(?:dir|ihnen)\s+(?:\w+\s+){0,3}weitergeleitet|"
    r"(?:vous\s+a|t'a)\s+été\s+transférée?|(?:te|le|os|les)\s+(?:ha|han)\s+reenviado|(?:te|le|os|les)\s+(?:lo\s+|la\s+)?reenvi(?:aron|ó)|"
    r"(?:ti|vi)\s+è\s+stat[oa]\s+inoltrat[oa]|"
    r"(?:naar\s+je|je)\s+doorgestuurd|вам\s+переслал\w*|тебе\s+переслал\w*|przekaza\w*\s+(?:ci|wam|pani|panu)|"
    r"(?:te|lhe|vos)\s+(?:re)?encaminh(?:aram|ou)|(?:foi|foram)[\s-]+(?:te|lhe)\s+(?:re)?encaminhad[oa]|"
    r"(?:t'han|us\s+han)\s+reenviat|(?:et|us)\s+(?:van|va)\s+reenviar|"
    r"vidarebefordrat\s+till\s+(?:dig|er)|videresendt\s+til\s+(?:dig|deg|jer|dere)|"
    r"(?:přeposlal[aiy]?|preposlal[aiy]?)\s+(?:vám|ti)|(?:size|sana)\s+(?:iletildi|yönlendirildi|gönderildi)|"
    r"välitetty\s+sinulle|(?:neked|önnek)\s+továbbított|továbbították\s+(?:neked|önnek)|"
    r"(?:σας|σου)\s+(?:το\s+)?προωθήθηκε|birbidali\s+(?:dizu|dizute|dizkizu))\b|"
    r"転送されて|전달받으셨|(?:转发|轉發)给?(?:你|您)|(?:转发|轉發)給(?:你|您)",
    re.I)
FORWARDED = guarded(FORWARDED)  # (casefold.Guarded: its words looked for first)
# a Creative Commons licence: its code ("CC BY-NC-ND 4.0", "CC0") or its name
LICENCE = re.compile(r"\bCC[\s-]?(?:BY(?:[\s-](?:NC|ND|SA)){0,2}|0)(?:\s*\d\.\d)?\b|creative\s+commons", re.I)
LICENCE_WORDS = 10
BYLINE_WORDS = 12
# an element the engine names for a date, in our languages' class names ('date', 'datum', 'fecha', 'data', 'time')
_DATE_CLASS = re.compile(r"(^|[-_])(date|datum|data|fecha|time|zeit|timestamp|posted|published)([-_]|$)", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_INLINE = ("span", "strong", "b", "em", "i", "small", "label")
# a related post's label, in our languages ("Read also:", "Lesen Sie auch", "Διαβάστε επίσης", "延伸閱讀")
READ_ALSO = re.compile(
    r"^\W*(?:(?:read|see)\s+(?:also|more|next)(?:\s+on\s+(?:the|this|my)\s+blog)?|also\s+read|related(?:\s+(?:posts?|reading|articles?))?|"
    r"(?:διαβάστε|διάβασε|δείτε)\s+(?:επίσης|ακόμη)|lesen\s+sie\s+(?:auch|mehr(?:\s+(?:zum\s+thema|dazu))?)|lies\s+auch|lies\s+mehr|auch\s+interessant|mehr\s+zum\s+thema|"
    r"(?:à\s+)?lire\s+(?:aussi|également)(?:\s+sur\s+(?:le|ce|mon)\s+blog)?|voir\s+aussi|lisez\s+aussi|lee\s+(?:también|más)|leia\s+(?:também|mais)|veja\s+também|"
    r"leggi\s+anche|vedi\s+anche|lees\s+ook|zie\s+ook|(?:prze)?czytaj\s+(?:też|także|również)|zobacz\s+(?:też|także)|"
    r"читайте\s+(?:также|ещё|еще|також)|см\.\s+также|čtěte\s+také|přečtěte\s+si\s+také|đọc\s+thêm|"
    r"ayrıca\s+okuyun|bunu\s+da\s+okuyun|(?:осыны|мұны|мынаны)\s+да\s+оқыңыз|муну\s+да\s+окуңуз|buni\s+ham\s+o['ʻ‘’]qing|"
    r"(?:bunu|buna)\s+da\s+oxuyun|les\s+(?:også|mer|meir)|læs\s+(?:også|mere)|läs\s+(?:också|även|mer)|lestu\s+(?:einnig|líka|meira)|"
    # (a bare 'more' word, with its colon: "Meira: …", "More: …", "Mehr: …")
    r"(?:meira|more|mehr)(?=\s*[:：])|"
    r"lue\s+(?:myös|lisää)|loe\s+(?:ka|lisaks)|lasiet\s+arī|lasi\s+arī|skaitykite\s+(?:taip\s+pat|daugiau)|"
    r"(?:pro)?čitajte\s+(?:i|još|također|takođe)|preberite\s+(?:tudi|še)|(?:pre)?čítajte\s+(?:aj|si\s+aj)|"
    r"cite[sș]te\s+(?:[sș]i|mai\s+mult)|citi[tț]i\s+[sș]i|прочетете\s+(?:още|също)|прочитајте\s+(?:и|уште|још|такође)|"
    r"(?:ከምኡ['’]?ውን|ከምኡውን)\s+(?:ኣንብቡ|ኣንብብ)|(?:በተጨማሪ|እንዲሁም)\s+(?:ያንብቡ|አንብብ)|"  # (ti, am)
    r"olvas(?:sa|d)\s+el\s+(?:ezt|ezeket)\s+is|(?:ezt|ezeket)\s+is\s+olvas(?:sa|d)|llegiu\s+també|llegeix\s+també|"
    # (mt, its imperative and its "you read" alike; cy ga eu gl: the smaller languages of Europe, "see also" left out)
    r"t?aqraw?\s+(?:wkoll|ukoll)|darllenwch\s+hefyd|darllen\s+hefyd|léigh\s+freisin|irakurri\s+ere|le\s+tamén|lea\s+tamén|"
    # (posts on the same subject, related posts: vi fr de es pt it nl pl ru uk tr id he ar; a label only before a colon,
    # the line's end or its link alone, which ``mark`` asks when the group "bare" says none follows: "Sobre el mismo
    # tema escribió X <a>…</a>" is the reviewer's sentence)
    r"(?:(?:bài\s+viết|tin|bài)\s+(?:cùng\s+chủ\s+đề|liên\s+quan)|có\s+thể\s+bạn\s+quan\s+tâm|sur\s+le\s+même\s+(?:sujet|"
    r"thème)|zum\s+(?:selben|gleichen)\s+thema|sobre\s+(?:el|o)\s+mesmo\s+tema|sobre\s+el\s+mismo\s+tema|(?:artículos|"
    r"entradas|artigos|posts|articoli|post)\s+(?:relacionad[oa]s|correlati)|sullo\s+stesso\s+(?:tema|argomento)|"
    r"over\s+hetzelfde\s+onderwerp|gerelateerde\s+(?:artikelen|berichten)|na\s+ten\s+sam\s+temat|"
    r"powiązane\s+(?:artykuły|wpisy)|на\s+ту\s+же\s+тему|на\s+цю\s+ж\s+тему|(?:похожие|схожі)\s+(?:статьи|записи|"
    r"статті|публикации)|(?:ilgili|benzer)\s+yazılar|aynı\s+konuda|(?:artikel|tulisan)\s+terkait|עוד\s+בנושא|"
    r"כתבות\s+קשורות|مقالات\s+ذات\s+صلة|"
    # (hu cs sk sv da nb fi ro el hr/bs sr)
    r"kapcsolódó\s+(?:cikkek|írások|bejegyzések|anyagok)|související\s+články|súvisiace\s+články|"
    r"relaterade\s+(?:artiklar|inlägg)|relatere[dt]e\s+(?:artikler|indlæg|innlegg)|"
    r"aiheeseen\s+liittyvät(?:\s+(?:artikkelit|kirjoitukset))?|"
    r"articole\s+(?:similare|asemănătoare|conexe)|σχετικά\s+άρθρα|(?:povezani|srodni|slični)\s+članci|"
    r"(?:повезани|сродни|слични)\s+чланци)(?=\s*[:：]|\s*$|(?P<bare>))|"
    r"baca\s+(?:juga|lagi)|xem\s+thêm|basahin\s+din|soma\s+(?:pia|zaidi)|بیشتر\s+بخوانید|این\s+را\s+هم\s+بخوانید|延伸閱讀|延伸阅读|相關閱讀|相关阅读|推薦閱讀|推荐阅读|関連記事|あわせて読みたい|함께\s*읽기|관련\s*글|"
    # (CJK pointers to another article: ja "続きを読む", "合わせて読みたい"; zh "相关文章"; ko "관련 기사", "함께 보면 좋은 글")
    r"続きを読む|こちらもおすすめ|おすすめ記事|[合併]わせて読みたい|相[关關]文章|推[荐薦]文章|更多[阅閱][读讀]|관련\s*기사|추천\s*기사|같이\s*읽기|"
    r"(?:함께|같이)\s*(?:보면|읽으면)\s*좋은\s*(?:글|기사|포스트)|"
    # (Thai's neighbours: km "read more"/"read also", lo "read more", my "read also"; Khmer's colon "៖")
    r"อ่านต่อ(?:ได้)?ที่|ອ່ານຕໍ່(?:ໄດ້)?ທີ່|(?:อ่านต่อ|ອ່ານຕໍ່)(?=\s*[:：])|"  # (th, lo "read on at": the rest of the post elsewhere; "read next:")
    r"[اإ]قرأ\s+(?:أيضا[ًً]?|ايضا|كذلك)|קראו\s+גם|อ่านเพิ่มเติม|អានបន្ថែម|អានផងដែរ|ອ່ານເພີ່ມເຕີມ|ອ່ານຕື່ມ|ဆက်လက်ဖတ်ရှုရန်|կարդացեք\s+(?:նաև|նաեւ)|կարդա\s+(?:նաև|նաեւ)|ასევე\s+წაიკითხეთ|წაიკითხეთ\s+ასევე|lexo(?:ni)?\s+(?:edhe|gjithashtu|më\s+shumë)|həmçinin\s+oxuyun|shuningdek\s+o[‘'’`]?qing|сондай-ақ\s+оқыңыз|чытайце\s+таксама|мөн\s+уншаарай|" + indicread.PATTERN + r")\s*[:：៖՝\-–—»›]*\s*", re.I)  # indicread: the Indic labels; hy (its "՝"), ka, sq, az, uz, kk, be, mn
# a line holding only a handle, a pictograph or a label may lead it ("🆔 @booknight", "Channel: @booknight")
HANDLE_LINE = re.compile(r"^[^\w@]{0,4}(?:[^\W\d_]+\s*[:：]\s*)?@[\w.]{3,32}\W{0,4}$")


# the post's filing row above the review: labelled parts ("Category: Classics · Author: …", "Рубрика: … · Автор: …")
# in a box the engine's markup names for its taxonomy (category, rubric, tag, topic), whatever the page's language; a
# review's info line ("Genre: fantasy · Pages: 320") is not filed so
_TAXONOMY = re.compile(r"categor|rubri|(?<![a-z])tags?(?![a-z])|taxonom|topic", re.I)
_LABELLED = re.compile(r"^\W*[^\W\d_][^:：՝]{0,30}[:：՝]\s*\S")


def _filing_row(block: HtmlElement, text: str) -> bool:
    if count_words(text) > 25 or not _LABELLED.match(text):
        return False
    # (its box's name, not its links: a reading note's "Read: 3 May | Format: <a href=/tag/paperback>…</a>" is the review's)
    return bool(_TAXONOMY.search(f"{block.get('class') or ''} {block.get('id') or ''}"))


def _line(block: HtmlElement, boxed: bool = False) -> str | None:
    """The block's text when it is a short line standing alone (no heading, list, quote or table), holding no score.
    `boxed`: a quote box holding that line alone counts (forums and archives set their notes in one)."""
    if block.tag in _NOT_LINES and not (boxed and block.tag == "blockquote" and len(block.xpath("./*[self::p or self::div]")) <= 1):
        return None
    text = text_of(block)
    if not text or count_words(text) > LINE_WORDS or has_score(text):
        return None
    return text


# a score and the count of those who gave it in brackets, closing a short line: "Readers: 91 % (38 votes)", "4.3 (9 ratings)",
# "★★★★☆ (120)"; the count is no score itself (a reviewer's "4/5 (5 stars)" restates theirs)
# (the score a share, a fraction or a decimal: a bare number is a count of pages or copies, "Pages: 320 (2 volumes)")
_VOTERS_SCORE = re.compile(r"^[^\d()（）]{0,40}?(?:\d{1,3}[.,]\d{1,2}(?:\s*/\s*\d{1,3})?|\d{1,3}\s*(?:%|/\s*\d{1,3})|[★☆⭐]{1,5})\s*"
                           r"[(（]\s*(?P<count>\d[\d\s.,]{0,8}(?:\s*[^\W\d_]+)?)\s*[)）]\W*$")


def _voters_score(text: str) -> bool:
    """After the review: a short line that is a score and the count of its voters (``_VOTERS_SCORE``): the readers'."""
    found = _VOTERS_SCORE.match(text)
    return bool(found) and count_words(text) <= 10 and not has_score(found.group("count"))


def prose(block: HtmlElement) -> bool:
    return block.tag not in _NOT_LINES and count_words(text_of(block)) >= PROSE


def _provenance(block: HtmlElement, text: str) -> bool:
    return elsewhere_first(text, lambda: bool(links_of(block))) or courtesy_line(text)  # (a source's credit: courtesyline)


def mark(items: list[HtmlElement], drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the edge lines among a post body's blocks (``drop`` and ``boxes`` are the cleaning's)."""
    adslots.mark(items, drop, boxes)  # (a framed advertising slot between the paragraphs)
    entryruns.mark(items, drop, boxes)  # (a book's journal of members' entries: the long one is the review)
    evententry.mark(items, drop, boxes)  # (a platform's "this post takes part in our writing event", anywhere)
    signatureline.mark(items, drop, boxes)  # (a board's signature after a bare "--" line in a pre-formatted post)
    # the review's edges: the lines just before its first paragraph and just after its last (of what is left: the
    # page's menus and lists already marked, and other readers' short posts further down, stand outside it)
    left = [i for i, block in enumerate(items) if i not in drop and text_of(block)]
    paragraphs = [k for k, i in enumerate(left) if prose(items[i])] or [  # (a post of short paragraphs: half as long)
        k for k, i in enumerate(left) if items[i].tag not in _NOT_LINES and count_words(text_of(items[i])) >= PROSE // 2]
    first, last = (paragraphs[0], paragraphs[-1]) if paragraphs else (0, len(left))
    head = set(left[max(0, first - HEAD):first])
    # a member's posted-by row may stand anywhere above, over a review site's rows of scores (its own mark is strong)
    for i in left[:max(0, first - HEAD)]:
        text = _line(items[i], boxed=True)
        if text is not None and (_posted_by(items[i], text) or items[i].tag in ("span", "a", "time", "small")
                                 and items[i].getparent() is not None and _posted_by(items[i].getparent(), text_of(items[i].getparent()))):
            row = _row(items[i], text)
            drop[i], boxes[i] = "byline row", row if row is not None else items[i]
    for i in left[:first]:  # (anywhere above the review, as the header may be followed by an info box)
        text = _line(items[i])
        if i not in drop and _member_byline(items[i]):  # (kept in the tree for the book rules: boilerplate.TEXT_ONLY)
            drop[i], boxes[i] = "member byline", items[i]
        elif i not in drop and _kicker(items, i, text):
            drop[i], boxes[i] = "kicker", items[i]
        elif text is not None and i not in drop and _filing_row(items[i], text):
            drop[i], boxes[i] = "filing row", items[i]
        elif text is not None and i not in drop and FORWARDED.search(text):  # (a mailed issue's first line, over its greeting and its lead)
            drop[i], boxes[i] = "newsletter chrome", items[i]
    for i in sorted({*head, *left[last + 1:last + 1 + TAIL]}):
        text = _line(items[i], boxed=True)
        if text is None:
            continue
        quote = items[i].tag == "blockquote"  # (a quote box is no byline row, and may quote a licence)
        row = _row(items[i], text) if i in head and not quote else None
        if row is not None:
            drop[i], boxes[i] = "byline row", row
        elif _provenance(items[i], text) or i not in head and count_words(text) <= 30 and PERMISSION.search(text):
            drop[i], boxes[i] = "provenance line", items[i]
        elif MEMBERSHIP.search(text) and not text.rstrip().endswith(("?", "？", "؟")) and (i in head or not readinglog.own_note(items[i], text)) or _counter(text):  # (an interview's question; after the review, the reader's own note stays)
            drop[i], boxes[i] = "series line", items[i]
        elif not quote and count_words(text) <= LICENCE_WORDS and LICENCE.search(text):
            drop[i], boxes[i] = "licence line", items[i]
        elif FORWARDED.search(text):  # (at the head too: a mailed issue's web copy opens on it as often)
            drop[i], boxes[i] = "newsletter chrome", items[i]
    # after the review's last paragraph, however far: the readers' score and the count of its voters
    for i in left[last + 1:]:
        if i not in drop and items[i].tag not in _NOT_LINES and _voters_score(text_of(items[i])):
            drop[i], boxes[i] = "readers' score", items[i]
    # anywhere, a related post's link under its label: the label, then nothing but the link (in the same line, or
    # the next line alone); a 'read also' sentence in a paragraph says more than its link
    for n, i in enumerate(left):
        label = READ_ALSO.match(text_of(items[i])) if i not in drop and _line(items[i], boxed=True) is not None else None
        if label is None:
            continue
        rest = alsolead.after_label(items[i], text_of(items[i]), label.end())  # (past a bold label's run-on words)
        if label.group("bare") is not None and not _only_links(items[i], rest):
            continue  # (a 'same subject' label with words of its own after it: a sentence)
        if rest and (_only_links(items[i], rest, n > last and alsolead.bold_lead(items[i])) or _ends_on_link(items[i], rest)
                     or n > last and alsolead.unlinked_title(items[i], text_of(items[i]), label.end())):
            drop[i], boxes[i] = "related link", items[i]
        elif not rest and (line := _inline_label_line(items[i], items)) is not None:  # (the label a span in the link's line)
            drop[i], boxes[i] = "related link", line
        elif not rest and n + 1 < len(left) and left[n + 1] not in drop:
            following = items[left[n + 1]]
            if following.tag not in _NOT_LINES - HEADING_TAGS and _only_links(following, text_of(following)) \
                    or alsolead.link_list(following):  # (a linked title, or a list of them)
                drop[i], boxes[i] = "related link", items[i]
                drop[left[n + 1]], boxes[left[n + 1]] = "related link", following
    # the channel's signature: a handle alone among the last lines of the post's box, and the short lines after it
    for i in left:
        if i not in drop and _line(items[i]) is not None and HANDLE_LINE.match(text_of(items[i])):
            after = _signed(items[i])
            if after is not None:
                for k in left:
                    if k == i or k not in drop and any(items[k] is e or e in items[k].iterancestors() for e in after):
                        drop[k], boxes[k] = "channel signature", items[k]
                return


# a counter alone on its line: a sum that holds ("1207 - 1 = 1206", "35 + 1 = 36"), how a tag's shared count of books
# read (a microblog's reading challenge) is carried on by each entry
_SUM = re.compile(r"^\W{0,3}(\d{1,7})\s*([-+−–])\s*(\d{1,4})\s*=\s*(\d{1,7})\W{0,3}$")


def _counter(text: str) -> bool:
    match = _SUM.match(text)
    if not match:
        return False
    a, sign, b, c = match.groups()
    return int(a) + (int(b) if sign == "+" else -int(b)) == int(c)


def _kicker(items: list[HtmlElement], i: int, text: str) -> bool:
    """The line a post's header sets over its title (a section, a series, who recommends it): a short line, no sentence,
    right before the title heading in the same <header>."""
    title = items[i + 1] if i + 1 < len(items) else None
    text = text if text is not None or title is None or title.tag != "h1" or items[i].tag not in HEADING_TAGS else text_of(items[i])  # (or a smaller heading over the h1)
    if text is None or title is None or title.tag not in ("h1", "h2") or count_words(text) > 8 or text.rstrip().endswith((".", "!", "?", "。")):
        return False
    header = next((a for a in items[i].iterancestors("header")), None)
    if header is not None and header in title.iterancestors():
        return True
    # (no <header>: the body's first line, set right before the page's <h1> beside it, as a magazine's rubric)
    return i == 0 and title.tag == "h1" and items[i].getnext() is title


def _row(block: HtmlElement, text: str) -> HtmlElement | None:
    """The byline row the line is, or is a part of (the parts may be read as blocks of their own), or None."""
    if _byline_row(block, text) or _posted_by(block, text):
        return block
    parent = block.getparent()
    if block.tag in ("span", "a", "time", "small") and parent is not None and (_byline_row(parent, text_of(parent))
                                                                           or _posted_by(parent, text_of(parent))):
        return parent
    return None


# a member's page on a catalogue, forum or review site: the path names the member area ("/utenti/ana", "/userPage.php?id=5",
# "/explorateur/margot", "/members/12-ana")
MEMBER_PATH = re.compile(
    r"(?:^|/)(?:@[\w.-]+|u|users?|utent[ei]|usuari[oa]s?|utilisateurs?|benutzer|nutzer|profil[es]?|people|members?|membres?|"
    r"explorateur|lecteurs?|readers?|userpage(?:\.php)?|profile\.php|uzivatel\w*|u[zż]ytkownik\w*|пользовател\w*|"
    r"kullanici|gebruikers?|kayttaja)(?=/|$)", re.I)


def _posted_by(block: HtmlElement, text: str) -> bool:
    """A line over the review saying which member posted it and when, in whatever words ("Opinione inserita da <a>Ana</a>
    il 18 novembre 2026", "ביקורת מאת <a>…</a> · 21/11/2026"): a link to a member's page named by one to three words, a
    whole date, and at most a few words more."""
    if count_words(text) > BYLINE_WORDS + 4 or has_score(text):
        return False
    members = [a for a in links_of(block) if 0 < count_words(text_of(a)) <= 3 and MEMBER_PATH.search(urlsplit(a.get("href", "")).path)]
    dates = FULL_DATE.findall(text)
    if len(members) != 1 or not dates:
        return False
    rest = text.replace(text_of(members[0]), " ")
    for date in dates:
        rest = rest.replace(date, " ")
    return count_words(re.sub(r"(?<!\S)[·•|–—/]+(?!\S)", " ", rest)) <= 7  # (the row's separators, '·', '|', no words)


def _member_byline(block: HtmlElement) -> bool:
    """The line right under the title, in its box, that is a member's name linked to their page and a word before or
    after it ("<h1>T</h1><h4>by <a href=/profile/61221>ana</a></h4>", "<p><a href=/users/ana>ana</a> 作</p>"): whose the
    work or the post is, a byline, whatever the language's word for "by". It leaves the body's text, not the tree: on a
    serial's or a catalogue's page it names the book's author."""
    previous = block.getprevious()
    if previous is None or previous.tag != "h1" or block.tag in ("ul", "ol", "table", "blockquote", "figure"):
        return False
    links = links_of(block)
    if len(links) != 1 or not 0 < count_words(text_of(links[0])) <= 3 \
            or not MEMBER_PATH.search(urlsplit(links[0].get("href", "")).path):
        return False
    text = text_of(block)
    return count_words(text) - count_words(text_of(links[0])) <= 1 and not has_score(text)


def _byline_row(block: HtmlElement, text: str) -> bool:
    """A row over the review of parts each in an element of its own: the member's name linked, what they did, a
    date (a <time>, or an element the engine names for the date, holding a whole date): a byline ("Ana_reads
    reviewed the book 12 March 2026"), not an info line of the review (a label and a colon)."""
    if count_words(text) > BYLINE_WORDS or ":" in text or (block.text or "").strip():
        return False
    links = [a for a in links_of(block) if 0 < count_words(text_of(a)) <= 3]
    dates = [e for e in block.iter("time", "span", "small", "div") if e is not block and (e.tag == "time" or _DATE_CLASS.search(
        e.get("class") or "")) and (FULL_DATE.search(text_of(e)) or _YEAR.search(text_of(e)) and count_words(text_of(e)) <= 5)]
    return bool(links) and bool(dates)


def _ends_on_link(block: HtmlElement, text: str) -> bool:
    """After the label, a few words and the one link that ends the line ("Les også min omtale av <a>Fuglane</a>.")."""
    links = links_of(block)
    if len(links) != 1:
        return False
    linked = text_of(links[0])
    before, _, after = text.rpartition(linked)
    return bool(linked) and count_words(before) <= 4 and not re.search(r"\w", after)


def _inline_label_line(label: HtmlElement, items: list[HtmlElement]) -> HtmlElement | None:
    """The line a label set inline belongs to ("<div><span>Read also</span> <a>…</a></div>"), when the line holds the
    label and then only the related post's link, and no other block of the body; or the teaser box a label's own
    paragraph opens ("<div><p>Read more on this</p><a>…</a></div>"), the link its box's, outside any paragraph."""
    line = label.getparent()
    own_line = label.tag in _INLINE or label.tag == "p" and line is not None and line.tag in ("div", "aside")
    if not own_line or line is None or line.tag not in ("div", "p", "aside", "section"):
        return None
    text, own = text_of(line), text_of(label)
    rest = text[len(own):].strip() if text.startswith(own) else ""
    if not rest or not _only_links(line, rest):
        return None
    return None if any(other is not label and (other is line or line in other.iterancestors()) for other in items) else line


def _only_links(block: HtmlElement, text: str, dead: bool = False) -> bool:
    """The text is a link's (or a few links'), of a post's title's length; `dead`: links whose address was lost count
    (under a bold label after the review: a bare "See also: <a>…</a>" is the reviewer's, readalsoline's to judge)."""
    links = links_of(block) or (alsolead.bare_links(block) if dead else [])
    joined = " ".join(text_of(a) for a in links)
    return 0 < len(links) <= 3 and count_words(text) <= 25 and alsolead.linked_words(joined) == alsolead.linked_words(text)


def _signed(line: HtmlElement) -> list[HtmlElement] | None:
    """The elements after a handle line up to the end of its box, when they are a few short lines with no score and
    the box holds the post's text before it; else None."""
    box = line.getparent()
    if box is None:
        return None
    after = list(line.itersiblings())
    rest = " ".join(text_of(e) + " " + (e.tail or "") for e in after)
    if any(e.tag not in _LINE_TAGS for e in after) or count_words(rest) > LINE_WORDS or has_score(rest):
        return None
    before = (box.text or "") + "".join(text_of(e) + (e.tail or "") for e in line.itersiblings(preceding=True))
    return after if count_words(before) >= PROSE else None
