"""The article's credit and disclaimer lines among the last blocks of a post body (sitelines.mark asks):

- The credit line: a short block that is only a label naming the *article's* writer and a name ("Author of the
  article: Ann Lee", "Written by: Ann Lee", vi "Tác giả bài viết: …", de "Text: …", ru "Автор статьи: …", sl "Piše: …"); a label
  naming the book's author ("Author: Stefan Zweig", a book's info line) is not one, nor a line with a score.
  A shop's or a library's staff pick signs off the same way without a colon: "Recommended by Ana L., Riverside store",
  nb "Anbefalt av Kari, Storgata bibliotek", de "Empfohlen von …": the participle, then a capitalised name (and place).
  A school's or a library's blog credits a pupil's review the same way as the post's first line: "Reviewed by Malik,
  Year 9", de "Rezensiert von …", nl "Gerecenseerd door …" (``reviewed_by``: the class or year's figure after the
  comma, or nothing); a catalogue's staff review sets the credit under the review's own heading, inside the review,
  and keeps it.
- The site's disclaimer that the opinions are the writer's own ("The views expressed above are the author's own",
  hi "ऊपर व्यक्त विचार लेखक के अपने हैं", de "gibt die Meinung des Autors wieder", fr "n'engagent que leur auteur",
  ru "мнение автора может не совпадать с мнением редакции", so "… maqaalkan … aragtida qoraaga", sv "skribentens egna"):
  a short block saying so, with or without its label. Where the language calls the book's author and the article's
  writer alike, the line names the article too (a review's "the novel reflects its author's view" is no disclaimer).
- The site's credit to its public funder, closing each of its pages: "<Site> is published with the support of the Arts
  Council", sl "<Site> je izšla s podporo Javne agencije za knjigo", de "<Site> wird gefördert von …", pl "<Site>
  dofinansowano ze środków …" (``funder_credit``): a short line among the last three naming the site itself (its home
  link's words, followpleas.home_names) and a phrase of support or funding (en, de, fr, es, pt, it, ca, gl, nl, sv, nb/da,
  fi, et, lv, lt, pl, cs, sk, sl, hr/bs/sr, ro, hu, bg, ru, uk, el, tr, id/ms). A book's own grant ("the translation
  was published with the support of …") names no site and stays.
- A professional's disclaimer among the same last lines (``_NOT_ADVICE``): the post or the site is not legal,
  financial or medical advice, or the opinions are not the writer's employer's ("Nothing in this post is tax advice",
  "The views are my own, not those of my employer"): opening the line, not quoted, its clause ending there
  (``_not_advice``: a review's "Nothing in this book is legal advice, the author warns, …" goes on about the book).
- The writer's signature in capitals under the review's closing record ("JANE ROE" after "Name, Title, House, 2005,
  284 pp.", as papers and journals sign a piece at its foot, ``capital_signature``): one of the body's last three
  lines, two to four words in capitals, no figure, no score, right after a line of record (a year and a page count),
  none of its words said in the text before (a book's author is said again), and no word of a verdict in it ("MUST
  READ", "LECTURA OBLIGATORIA", "UNBEDINGT LESEN": a reading bidden, a book recommended, in some twenty languages).
"""

from __future__ import annotations

import re

from .bookbiblio import PAGES
from .rating import has_score
from .words import count_words
from .casefold import guarded

# a label naming the writer of the article, post or text (not the book's author), then a colon
_CREDIT_LABEL = re.compile(
    r"^\W*(?:(?:author|writer)\s+of\s+(?:the|this)\s+(?:article|post|review|text)|(?:written|reviewed|text|words|review)\s+by|"
    r"text|texte|texto|testo|tekst|текст|κείμενο|metin|teks|"
    r"autor(?:in)?\s+(?:des|der)\s+(?:beitrags|artikels|rezension)|verfasst\s+von|rédigé\s+par|écrit\s+par|auteur\s+de\s+l['’]article|"
    r"escrito\s+por|autor(?:a)?\s+del?\s+(?:artículo|texto|post|reseña)|autor(?:a)?\s+do\s+(?:artigo|texto)|scritto\s+da|autore\s+dell['’]articolo|"
    r"geschreven\s+door|autor(?:ka)?\s+(?:tekstu|artykułu|recenzji|článku|textu)|автор\w*\s+(?:статьи|статті|статии|текста|тексту|рецензии|рецензії|публикации|публікації)|"
    r"συντάκτης|yazan|yazının\s+yazarı|penulis(?:\s+artikel)?|ditulis\s+oleh|tác\s+giả\s+bài\s+(?:viết|báo)|người\s+viết|bài\s+viết|"
    r"כתב(?:ה)?|بقلم|نویسنده\s+(?:مطلب|مقاله|یادداشت)|लेखक\s+(?:लेख|आलेख)\s+के|लेख\s*:|"
    r"文|文字|撰文|作者\s*[（(]\s*本文\s*[)）]|글|글쓴이|เขียนโดย|ผู้เขียนบทความ|"
    # (the reviewer credited as such: ja 評者, 筆者, 執筆, zh 书评人, 評論人, ko 평자, 리뷰어)
    r"評者|筆者|執筆者?|レビュアー|书评人|書評人|评论人|評論人|평자|리뷰어|"
    # (a newspaper's book page credits its reviewer with the one character and a middle dot: "評・<name>（<role>）")
    r"[評评](?=\s*・)|"
    # (the desk's editor of the article, as Chinese, Japanese and Korean news pages credit them: 责任编辑, 編集担当, 편집)
    r"责任编辑|責任編輯|核稿编辑|核稿編輯|责编|責編|编辑|編輯|校对|校對|审校|審校|美编|美編|編集担当|編集|校正|校閲|편집(?:자|인)?|교정|교열|"
    # (the verb of writing as the label, the piece's writer: sl/hr/bs/sr "Piše", cs/sk "Píše", pl "Pisze", uk/sr/bg "Пише",
    # ru "Пишет", mk "Пишува", el "Γράφει", sq "Shkruan", lv "Raksta", lt "Rašo", et "Kirjutab", hu "Írta", fi "Kirjoittanut")
    r"piše|pišu|píše|pisze|пише|пишет|пишува|γράφει|shkruan|raksta|rašo|kirjutab|írta|kirjoittanut|"
    r"reviewer)\s*(?:[:：]|(?<=[\u3000-\u9fff])・)\s*(?P<name>.+)$", re.I)  # (after a CJK label, a middle dot: "評者・…")
# the opinions are the writer's own: the site's disclaimer, in many languages
_OWN_VIEWS = re.compile(
    r"(?:views|opinions)\b.{0,60}\b(?:author|writer|reviewer|contributor|blogger)s?['’]?s?\s+own|"
    r"(?:views|opinions)\b.{0,40}\bdo\s+not\s+(?:necessarily\s+)?reflect|"
    r"meinung\w*\s+(?:des|der)\s+(?:autors|autorin|verfassers|verfasserin)\s+wieder|n['’]engagent\s+que\s+(?:leurs?|son|ses)\s+auteurs?|"
    r"opini(?:on|ón|ão)(?:es|i|s|ões)?\s+(?:expresad\w*|espress\w*|express\w*|exprimées?|emitid\w*).{0,70}\b(?:autor|autora|autore|autrice|auteur)|"
    r"(?:мнени\w*|позици\w*)\s+(?:автор\w*\s+)?(?:может\s+не\s+совпадать|не\s+обязательно\s+совпадает)|мнением\s+редакции|"
    r"(?:думк\w*|позиці\w*)\s+(?:автор\w*\s+)?може\s+не\s+збігатися|позицією\s+редакції|"
    r"विचार.{0,40}(?:लेखक|लेखिका)\s+के\s+(?:अपने|निजी|व्यक्तिगत)|मते?\s+.{0,30}लेखकाच\w*\s+(?:वैयक्तिक|स्वतःच)|"
    r"মতামত.{0,40}লেখকের\s+(?:নিজস্ব|ব্যক্তিগত)|"
    r"görüşler\w*.{0,40}yazar\w*\s+(?:ait|kendi)|pendapat.{0,40}penulis|quan\s+điểm.{0,40}(?:tác\s+giả|người\s+viết)|"
    # the views ... not necessarily (the site's): Arabic, Persian, Hebrew, Polish, Czech, Dutch, Swedish, Greek, Thai;
    # "does not represent this site" in Chinese, Japanese, Korean
    r"(?:الآراء|آراء).{0,80}بالضرورة|(?:نظرات|دیدگاه|آرای).{0,80}(?:لزوما|لزوماً|الزاما)|(?:הדעות|דעות).{0,80}בהכרח|"
    r"(?:opinie|poglądy).{0,80}niekoniecznie|názory.{0,80}nemusí|meningen.{0,80}niet\s+noodzakelijk|"
    r"åsikter.{0,80}nödvändigtvis|απόψεις.{0,80}απαραίτητα|ความคิดเห็น.{0,80}ไม่จำเป็นต้อง|"
    r"不代表本(?:站|网|網|报|報|刊|平台)|"
    # the article's views said to be its writer's (the article or the writer named as such, never a book's author
    # alone): so "fikradaha … maqaalkan … aragtida qoraaga", sw "maoni … ni ya mwandishi", ro "aparțin autorului",
    # sv/nb/da "skribentens egna/egne", ur "مصنف کی ذاتی رائے", am "የጸሐፊው የግል አስተያየት", ms "pandangan peribadi penulis"
    r"maqaal\w*\s.{0,60}(?:ka\s+turjum\w*|matal\w*)\s+(?:aragti|fikrad|ra['’]yi)\w*\s+qoraa(?:ga|ha)|"
    r"maoni\s.{0,60}\bni\s+ya\s+mwandishi|opinii\w*\s.{0,60}apar[țţ]in\s+(?:în\s+exclusivitate\s+|exclusiv\s+)?autor\w*|"
    r"skribentens\s+(?:egn[ae]\s+)?(?:åsikt\w*|mening\w*|holdning\w*|synspunkt\w*|egna|egne)|"
    r"(?:آرا|آراء|رائے|خیالات)\s.{0,60}(?:مصنف|لکھاری|مضمون\s+نگار)\s+(?:کی|کے)\s+(?:ذاتی|اپنی|اپنے)|"
    r"(?:የጸሐፊው|የፀሐፊው|የጸሃፊው)\s+(?:የግል|ብቻ)|pandangan\s+(?:peribadi\s+)?penulis\s+(?:sendiri|semata)|"
    # (China's self-media platforms, NetEase's, Sohu's, Baidu's, Toutiao's: "the platform only provides information storage")
    r"(?:仅|僅)提供信息存(?:储|儲)(?:空间|空間)?服(?:务|務)|(?:仅|僅)提供資訊儲存(?:空間)?服務|見解を(?:代表|反映)するものではありません|입장과\s*(?:다를|무관)|"
    # the opinions of the site's reviews (articles, posts) said to be their writers': "Opinions in reviews are those of
    # the writer" (the reviews named: "the heroine's views are those of the author" is a review's sentence), a sentence
    # of its own that ends on the writer (a review's "The opinions in these pieces are those of the author at
    # twenty-five, and …" goes on)
    r"(?:^|(?<=[.!?])\s)\W*(?:the\s+)?(?:views|opinions)\s+(?:expressed\s+)?(?:in|on)\s+(?:\w+\s+)?(?:reviews?|"
    r"articles?|posts?|columns?|pieces?)\s+(?:are|is)\s+(?:solely\s+|entirely\s+)?(?:those|that)\s+of\s+(?:the|their|"
    r"its|each)\s+(?:author|writer|reviewer|contributor)s?(?:\s+alone)?\W*$|"
    # who writes the site's reviews, said of them all: "Staff reviews are written by our booksellers", de "Unsere
    # Rezensionen werden von unseren Buchhändlerinnen geschrieben", fr "Les critiques sont rédigées par nos libraires",
    # es, pt, it, nl, sv, da/nb, pl, cs: the reviews (plural) opening the line, written by "our" people
    r"^\W*(?:(?:all|our|these|the)\s+)?(?:(?:staff|member|customer|reader|bookseller|volunteer|student|guest|book)s?"
    r"['’]?\s+)?reviews\s+(?:on\s+this\s+(?:site|blog|page)\s+)?(?:are|get)\s+"
    r"(?:all\s+)?written\s+by\s+(?:our|members\s+of\s+our)\b|"
    r"^\W*(?:(?:unsere|alle|die)\s+)?rezensionen\s+(?:werden|sind)\s+(?:\w+\s+)?von\s+unseren?\b|"
    r"^\W*(?:(?:les|nos|toutes\s+les)\s+)?(?:critiques|chroniques|avis)\s+(?:\w+\s+)?sont\s+(?:\w+\s+)?"
    r"r[ée]dig[ée]e?s\s+par\s+nos\b|"
    r"^\W*(?:(?:las|nuestras|todas\s+las)\s+)?(?:reseñas|críticas)\s+(?:\w+\s+)?(?:son|están)\s+"
    r"(?:escritas|redactadas)\s+por\s+nuestr|"
    r"^\W*(?:(?:as|nossas|todas\s+as)\s+)?(?:resenhas|críticas)\s+(?:\w+\s+)?são\s+(?:escritas|redigidas)\s+"
    r"(?:pel[oa]s|por)\s+noss|"
    r"^\W*(?:(?:le|tutte\s+le)\s+)?recensioni\s+(?:\w+\s+)?sono\s+scritte\s+da(?:i|gli|lle)?\s+nostr|"
    r"^\W*(?:(?:de|onze|alle)\s+)?recensies\s+(?:\w+\s+)?worden\s+(?:\w+\s+)?geschreven\s+door\s+onze\b|"
    r"^\W*(?:(?:våra|alla)\s+)?recensioner(?:na)?\s+skrivs\s+av\s+våra\b|"
    r"^\W*(?:(?:vores|alle)\s+)?anmeldelser(?:ne)?\s+(?:\w+\s+)?(?:er\s+skrevet|skrives)\s+af\s+vores\b|"
    r"^\W*(?:(?:våre|alle)\s+)?anmeldelse(?:r|ne)\s+(?:\w+\s+)?(?:er\s+skrevet|skrives)\s+av\s+våre\b|"
    r"^\W*(?:(?:nasze|wszystkie)\s+)?recenzje\s+(?:\w+\s+)?(?:piszą\s+(?:je\s+)?nasi|(?:są\s+)?pisane\s+(?:są\s+)?"
    r"przez\s+naszych)\b|"
    r"^\W*(?:(?:naše|všechny)\s+)?recenze\s+(?:\w+\s+)?(?:(?:píší|píšou)\s+(?:je\s+)?naši|jsou\s+ps[aá]n[éýáyoa]\s+"
    r"(?:\w+\s+)?našimi)\b", re.I)
_OWN_VIEWS = guarded(_OWN_VIEWS)  # (casefold.Guarded: its words looked for first)
# a professional's disclaimer: the post, the site or "this" is not advice of a profession's (legal, financial, medical,
# tax, investment), or the opinions are not the writer's employer's ("Nothing on this blog is tax advice", "This is
# not financial advice", "The views are my own, not my employer's"): en, de, fr, es, pt, it, nl. A review's "her uncle
# swears this is not legal advice" tells what a character says (mid-sentence), and stays.
_NOT_ADVICE = re.compile(  # (each opening its sentence: a disclaimer is said outright, not told)
    r"(?:^|(?<=[.!?])\s+)\W{0,3}(?:(?:all\s+|the\s+)?(?:nothing\s+(?:here|in\s+this\s+\w+|on\s+this\s+\w+)|"
    r"this(?:\s+(?:post|article|review|blog|newsletter|site|piece|letter))?\s+(?:is|does)\s+not(?:\s+constitute)?|"
    r"(?:views|opinions)\s+(?:\w+\s+){0,3}(?:are\s+)?(?:mine|my\s+own|our\s+own)\s*,?\s*not)"
    r"\s+(?:\w+\s+){0,2}?(?:(?:legal|financial|investment|medical|tax|professional)\s+advice|(?:those\s+of\s+)?(?:my|our)\s+"
    r"(?:employer|firm|company|practice|chambers|clients?)['’]?s?)(?!\w)|"
    r"(?:dies|das|dieser\s+(?:beitrag|artikel|text))\s+(?:ist|stellt)\s+keine\s+(?:rechts|anlage|steuer|finanz|medizinische\s+)?beratung|"
    r"(?:ceci|cet\s+article|ce\s+billet)\s+ne\s+constitue\s+pas\s+un\s+(?:avis|conseil)\s+(?:juridique|financier|médical|fiscal)|"
    r"(?:esto|este\s+(?:art[íi]culo|post|texto))\s+no\s+(?:es|constituye)\s+(?:un\s+)?(?:asesoramiento|consejo)\s+"
    r"(?:legal|jur[íi]dico|financiero|m[ée]dico|fiscal)|(?:isto|este\s+(?:artigo|post|texto))\s+n[ãa]o\s+(?:[ée]|constitui)\s+"
    r"(?:um\s+)?(?:aconselhamento|conselho)\s+(?:jur[íi]dico|financeiro|m[ée]dico|fiscal)|"
    r"(?:questo(?:\s+(?:articolo|post|testo))?)\s+non\s+(?:è|costituisce)\s+(?:una\s+)?consulenza\s+(?:legale|finanziaria|medica|fiscale)|"
    r"(?:dit(?:\s+(?:artikel|stuk|bericht))?)\s+is\s+geen\s+(?:juridisch|financieel|medisch|fiscaal)\s+advies)", re.I)


# a staff pick's signature: the participle of recommending or picking, "by", then the bookseller's or librarian's name
_PICKED_BY = re.compile(
    r"^\W*(?:(?:recommended|picked|chosen|selected|reviewed)\s+by|(?:anbefalt|anbefales|anbefalet|valgt)\s+a[vf]|"
    r"(?:rekommenderad|rekommenderas|vald|tipsad)\s+av|(?:empfohlen|ausgewählt|vorgestellt)\s+von|"
    r"(?:recommandé|conseillé|choisi|sélectionné)e?s?\s+par|(?:recomendad|seleccionad|escolhid|indicad)[oa]s?\s+por|"
    r"(?:consigliat|scelt|selezionat)[oa]\s+da|(?:aanbevolen|getipt|gekozen|uitgekozen)\s+door|(?:polecan[aey]|wybran[aey])\s+przez|"
    r"(?:doporučuje|doporučil[a]?|vybral[a]?)|suosittelee|(?:рекомендует|рекомендовано|рекомендує|советует))\s+(?P<name>.+)$", re.I)
_BRACKETED = re.compile(r"^[（(]\s*([^()（）]+?)\s*[)）]$")
_ROLE_AFTER = re.compile(r"\s*[（(][^()（）\d]{1,30}[)）]\s*$")


# a desk's role label in Chinese, Japanese and Korean, where a news page sets its credits one to a line, run together
# in the block's text ("責任編輯：…<br>核稿編輯：…"): each label opens one credit
_CJK_ROLE = re.compile(r"(?:责任编辑|責任編輯|核稿编辑|核稿編輯|责编|責編|校对|校對|审校|審校|美编|美編|编辑|編輯|"
                       r"編集担当|編集|校正|校閲|評者|執筆|撰文|편집(?:자|인)?|교정|교열)\s*[:：]")


def credit_lines(text: str) -> bool:
    """A single credit line, or a run of two or three of a desk's CJK credits, each a credit line (a role and a name)."""
    if credit_line(text):
        return True
    starts = [m.start() for m in _CJK_ROLE.finditer(text)]
    if not 2 <= len(starts) <= 3 or text[:starts[0]].strip(" \t\n·|｜/／"):
        return False
    parts = [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)])]
    return all(credit_line(part.strip(" \t\n·|｜/／")) for part in parts)


def credit_line(text: str) -> bool:
    """A short line crediting the article's writer by name (module docstring); the writer's role may follow the name in
    brackets ("Reviewer: Ann Lee (editor)")."""
    text = _BRACKETED.sub(r"\1", text.strip())  # (the whole credit in brackets: "（評者・… 文芸評論家）")
    # (the role's bracket closes the line: a line that does not end with one is not scanned for it, ~7 µs a line)
    text = _ROLE_AFTER.sub("", text) if text.rstrip().endswith((")", "）")) else text
    if count_words(text) > 10 or has_score(text) or not (label := _CREDIT_LABEL.match(text.strip())):
        return False
    name = label.group("name").strip(" .")
    return 1 <= count_words(name) <= 5 and not re.search(r"\d", name)


def _not_advice(text: str) -> bool:
    """The line opens on the professional's disclaimer (``_NOT_ADVICE``), said outright, not quoted, and the clause ends
    with it: its sentence stops there, or goes on after a stop or a conjunction for a few words at most ("…; ask your own
    doctor"); a review's "This is not financial advice in the usual sense", "Nothing in this book is legal advice, the
    author warns, …" or a quoted lawyer's "“This is not legal advice,” she says" goes on about the book."""
    found = _NOT_ADVICE.match(text)
    if found is None or any(q in text[:found.start() + 4] for q in _QUOTES):
        return False
    rest = re.split(r"(?<=[.!?])\s", text[found.end():], maxsplit=1)[0]
    if not re.search(r"\w", rest) or _PARTICLE.match(rest):
        return True
    return bool(_CLAUSE_ON.match(rest)) and count_words(rest) <= 6


_QUOTES = "\"“”„«»‘‚‹›「『"
_PARTICLE = re.compile(r"\s*dar\W*$", re.I)  # (the German verb's particle: "stellt keine Rechtsberatung dar")
_CLAUSE_ON = re.compile(r"\s*(?:[,;:—–(-]|(?:or|and|nor|oder|und|ou|et|ni|o|y|e|of|en)(?!\w))", re.I)


def own_views_disclaimer(text: str) -> bool:
    """The site's line saying the opinions are the writer's own (module docstring); short, without a score, and not
    a note the review carries that says it too ("The publisher sent me the copy. The opinions are my own.")."""
    if count_words(text) > 40 or has_score(text) or not (_OWN_VIEWS.search(text) or _not_advice(text)):
        return False
    from .housekeeping import a_note  # (late: housekeeping reads the cleaning's modules)
    return not a_note(text)


# a staff pick signed on a line of its own after a dash: a given name (an initial after it), then the desk and the
# branch, one to three parts after commas ("— Saoirse, Teen Services, Central Branch", "– Jonas, Filiale Mitte")
_DASH_SIGNED = re.compile(r"^\s*[—–―-]\s*[^\W\d_][\w'’-]*(?:\s+[^\W\d_]\.)?"
                          r"(?:\s*,\s*[^\W\d_][^\d,.!?;:()]{1,40}){1,3}$")


def dash_signed(text: str, before: str, before_block=None, lead_in: str = "") -> bool:
    """A pick's signature alone on its line (``_DASH_SIGNED``), ten words at most; not a quotation's attribution (the
    line before it closes on a quotation mark: "— Rilke, Letters to a Young Poet" under a quoted line; or it is set
    wholly as a quotation or in italics, `before_block`: an epigraph's "<p><em>…</em></p>" with no marks; or the line
    before that, `lead_in`, introduces it with a colon or a comma: "As the ferryman says near the end,")."""
    return count_words(text) <= 10 and bool(_DASH_SIGNED.match(text)) and not before.rstrip().endswith(_QUOTE_ENDS) \
        and not (before_block is not None and quoted_block(before_block)) and not lead_in.rstrip().endswith(_LEAD_INS)


_QUOTE_ENDS = ("\"", "”", "»", "’", "“", "«", "」", "』", "„")
_LEAD_INS = (":", "：", ",", "，", "、")
_QUOTING = ("blockquote", "q", "em", "i", "cite")


def quoted_block(block) -> bool:
    """A block set wholly as a quotation or in italics: a blockquote, or a paragraph whose one child (and that
    child's one child, and so on) is an <em>, <i>, <q> or <cite> holding all of its text."""
    while block.tag not in _QUOTING:
        if len(block) != 1 or (block.text or "").strip() or (block[0].tail or "").strip():
            return False
        block = block[0]
    return True


def picked_by(text: str) -> bool:
    """A staff pick's signature closing its box: "Recommended by" and a capitalised name, the store or library after
    it (module docstring); short, no digits, no score ("Recommended by most critics, it …" is a sentence)."""
    if not (picked := _PICKED_BY.match(text.strip())) or count_words(text) > 12 or has_score(text):
        return False
    name = picked.group("name").strip(" .")
    return name[:1].isupper() and count_words(name) <= 8 and not re.search(r"\d", name) and not name.endswith(("!", "?"))


# the participle of reviewing and "by", then the reviewer: en de nl sv da/nb fr es pt it pl cs sk ru uk fi (not fr
# "critiqué par", criticised by, nor de "besprochen von", discussed by: a review's sentence opens with them)
_REVIEWED_BY = re.compile(
    r"^\W*(?:reviewed\s+by|rezensiert\s+von|gerecenseerd\s+door|besproken\s+door|recenserad\s+av|"
    r"anmeldt\s+a[fv]|chroniqu[ée]e?\s+par|reseñad[oa]\s+por|resenhad[oa]\s+por|recensit[oa]\s+da|"
    r"zrecenzował[a]?|recenzoval[a]?|zrecenzoval[a]?|рецензировал[а]?|отрецензировал[а]?|рецензував(?:ла)?|"
    r"arvioinut|arvioija)\s+(?P<name>.+)$", re.I)
# a name's lowercase particles ("Ana de Souza", "Jan van Dijk")
_PARTICLES = frozenset(("de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "ten",
                        "ter", "le", "la", "bin", "ibn", "al", "el"))

# after the credit's comma, the reviewer's class, role or branch: a word of one (en de nl fr es pt it sv da/nb pl cs
# ru fi), else capitalised words ("Year Nine", "Bibliothek Nord") or a figure; never a conjunction or a second agent's
# "by" (a sentence going on: "Kirkus, Booklist and now me", "Oprah, loved by millions")
_ROLE = re.compile(
    r"(?<!\w)(?:librarian|teacher|student|pupil|reader|volunteer|intern|bookseller|editor|class|grade|year|group|form|"
    r"aged?|branch|library|staff|klasse|jahrgang|sch[üu]ler\w*|bibliothekar\w*|lehrer\w*|leser\w*|groep|klas|"
    r"leerling\w*|bibliothecaris|leraar|lezer\w*|classe|[ée]l[èe]ve|biblioth[ée]caire|libraire|lect\w+|clase|curso|"
    r"alumn[oa]|bibliotec[áa]ri[oa]|a[ñn]os|anos|anni|grado|turma|s[ée]rie|klass|elev|bibliotekari\w*|klasa|"
    r"ucze[ńn]\w*|bibliotekar\w*|třída|žák\w*|класс|учени\w+|библиотекар\w+|лет|luokka|oppilas)(?!\w)", re.I)
_GOES_ON = re.compile(r"(?<!\w)(?:and|und|en|et|y|e|och|og|i|и|ja|by|von|door|par|por|da|av|af|przez|от)(?!\w)",
                      re.I)


def reviewed_by(text: str) -> bool:
    """A review's credit to its reviewer without a colon, opening the post: "Reviewed by" and a name (one to four
    words, each capitalised or a particle, no figure), then nothing, or after its comma a class, a year or a branch
    (a figure, a role's word or capitalised words: "Reviewed by Malik, Year 9", "Rezensiert von Jonas, Klasse 8b",
    "Reviewed by Ana, school librarian", as a school's or a library's blog heads its pupils' reviews: ``_ROLE``); ten
    words at most, no score. A sentence that opens with the participle ("Reviewed by Kirkus, Booklist and now me",
    "Reviewed by half the papers this autumn, the novel …") names more than one person, or goes on after its comma
    (a conjunction, a second "by": ``_GOES_ON``)."""
    if count_words(text) > 10 or not (credit := _REVIEWED_BY.match(text.strip())) or has_score(text):
        return False
    name, comma, after = credit.group("name").strip(" .").partition(",")
    words = name.split()
    if not 1 <= len(words) <= 4 or re.search(r"\d", name) or not words[0][:1].isupper() \
            or any(not w[:1].isupper() and w.casefold() not in _PARTICLES for w in words):
        return False
    if not comma:
        return True
    if count_words(after) > 4 or after.rstrip().endswith(("!", "?")) or _GOES_ON.search(after):
        return False
    return bool(re.search(r"\d", after) or _ROLE.search(after)
                or all(w[:1].isupper() for w in after.split() if w[:1].isalpha()))


# support or funding named as what the publication was made with (module docstring)
_FUNDED = guarded(re.compile(
    r"(?<!\w)(?:with\s+(?:the\s+)?(?:generous\s+|financial\s+)?(?:support|funding|assistance)\s+(?:of|from)|supported\s+by|funded\s+by|"
    r"made\s+possible\s+by|mit\s+(?:freundlicher\s+|finanzieller\s+)?unterstützung|gefördert\s+(?:von|durch)|"
    r"avec\s+le\s+soutien|soutenue?s?\s+par|avec\s+l['’]aide\s+d|con\s+el\s+apoyo|con\s+la\s+ayuda\s+de|"
    r"(?:subvencionad|financiad|apoiad|finanziat|sostenut)[oa]s?\s+(?:por|da|de)|com\s+o\s+apoio|co\s+apoio|amb\s+el\s+suport|"
    r"con\s+il\s+(?:sostegno|contributo)|met\s+(?:de\s+)?(?:financiële\s+)?steun\s+van|mede\s+mogelijk\s+gemaakt|"
    r"med\s+stöd\s+(?:från|av)|med\s+støtte\s+fra|støttet\s+a[vf]|tuella|toetusel|atbalstu|remia\w*|finansuoja|"
    r"(?:przy|dzięki)\s+wsparciu|dofinansowan\w+|współfinansowan\w+|s\s+(?:finanční\s+|finančnou\s+|finančno\s+)?podpor(?:ou|o)|"
    r"za\s+podpory|sofinancira\w*|sufinancira\w*|uz\s+(?:financijsku\s+|finansijsku\s+)?(?:potporu|podršku)|"
    r"cu\s+sprijinul|finan[țţ]at\w*\s+de|támogatásával|с\s+(?:финансовата\s+)?подкрепата|при\s+(?:финансовой\s+)?поддержке|"
    r"за\s+(?:фінансової\s+)?підтримки|με\s+την\s+(?:οικονομική\s+)?(?:υποστήριξη|στήριξη|ενίσχυση)|desteğiyle|katkılarıyla|"
    r"(?:dengan|atas)\s+dukungan|didukung\s+oleh|dengan\s+sokongan|disokong\s+oleh|dibiayai\s+oleh)(?!\w)", re.I))


def funder_credit(text: str, names) -> bool:
    """The site's credit to its funder (module docstring): 35 words at most, a phrase of support, no score, and the
    site's own name (``names()``: the home link's words) in the line."""
    if count_words(text) > 35 or not _FUNDED.search(text) or has_score(text):
        return False
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name in names())


_CAPITAL_WORDS = re.compile(r"^[^\W\d_][^\W\d_'’.\-]*(?:\s+[^\W\d_][^\W\d_'’.\-]*){1,3}$")
_YEAR = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")
_RECORD_PAGES = re.compile(PAGES, re.I)
_WORD = re.compile(r"\w+")
# a verdict or a bidding to read set in capitals under the record ("MUST READ", "LECTURA OBLIGATORIA", "UNBEDINGT
# LESEN", "À LIRE ABSOLUMENT", "DA LEGGERE", "AANRADER"): the words of reading, of recommending, of must and of praise
# (en, de, nl, sv/da/nb, fr, es, ca, it, pt, ro, pl, cs/sk, sl/hr/sr, hu, fi, et, tr, ru/uk/bg, el, id/ms, vi), none
# a person's name: a line holding one is the reviewer's verdict, not their signature
_VERDICT = re.compile(
    r"(?<!\w)(?:read|reading|must|recommended|essential|unmissable|masterpiece|"
    r"lesen|lesenswert|leseempfehlung|lektüre|unbedingt|empfehlenswert|empfohlen|pflichtlektüre|meisterwerk|"
    r"lezen|aanrader|aanbevolen|verplicht|meesterwerk|läs|läsa|läsvärd|læs|læse|lese|lesing|anbefales|rekommenderas|"
    r"lire|lecture|absolument|recommandé|incontournable|indispensable|chef-d['’]œuvre|"
    r"leer|lectura|obligatori[ao]|recomendad[ao]|recomanat|imprescindible|imperdible|obra\s+maestra|llegir|"
    r"leggere|lettura|obbligatori[ao]|consigliat[oa]|imperdibile|capolavoro|ler|leitura|imperdível|obra-prima|"
    r"citi[țt]i|lectur[ăa]|obligatori[eu]|czytać|przeczytać|lektura|obowiązkow[ae]|polecam|arcydzieło|"
    r"číst|přečíst|povinn[áé]|doporučuj[ie]|prečítať|čitati|pročitati|obvezno|obavezno|olvasni|kötelező|ajánlott|"
    r"lue|lukekaa|suosittelen|loe|okuyun|okunmalı|okunası|mutlaka|читать|прочитать|обязательно|рекомендую|прочетете|"
    r"διαβάστε|απαραίτητο|bacalah|wajib|đọc|nên)(?!\w)",
    re.I,
)


def capital_signature(text: str, before: str, elsewhere) -> bool:
    """The line `text`, among the body's last, is its writer's name in capitals signing the piece under its closing
    record line `before`; `elsewhere()` gives the text before the record, where none of the name's words may stand,
    and it holds no word of a verdict (a reading bidden, a book recommended: the review's last word, not a name)."""
    if not text.isupper() or not _CAPITAL_WORDS.match(text) or not _YEAR.search(before) or has_score(text) \
            or not _RECORD_PAGES.search(before) or _VERDICT.search(text):
        return False
    said = set(_WORD.findall(elsewhere().casefold()))
    return not any(word.casefold() in said for word in text.split())
