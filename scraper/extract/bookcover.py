"""A book's cover in a figure: its caption names the book ("T — A, publisher", "T, A. First published …", "A, „T“ — new
edition", "„T“ — the first edition's cover") and its image says it shows a cover (its alt text, or its file's name when
it has none: "kasap-cover.jpg"). Moved out of ``bookclues``; read by ``bookbody``.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from lxml import etree
from lxml.html import HtmlElement

from .book import QUOTES, Context
from .bookheadline import by_pattern
from .bookcaptioncite import cited_caption
from .bookcellcaption import cell_captions
from .bookcoverof import cover_of
from .bookheadof import genitive_after_quote
from .bookcoversentence import cover_sentence, filed_caption
from .bookcoverhead import bare_pattern, cover_head
from .bookcredit import plain_credit
from .bookcaselessname import caseless_name
from .bookdashowner import CASED, owner
from .bookscripts import KO_NOT_ROLE_NAME, ko_name
from .nodes import class_of, rows, shown_text


def figure_captions(tree: HtmlElement) -> list[tuple[str, str]]:
    """Each figure's caption and its images' alt texts (read before cleaning readies figures for trafilatura); an image
    without one is named by its file's words ("kasap-cover.jpg": "file: kasap cover")."""
    found = []
    for figure in tree.iter("figure"):
        captions, alts = figure.xpath(".//figcaption"), " ".join(a for a in figure.xpath(".//img/@alt") if a.strip())
        if not alts.strip():
            # (a lazy-loading theme's image, Squarespace's and many plugins', names its file in data-src alone)
            files = [unquote(src.split("?")[0].rsplit("/", 1)[-1].rsplit(".", 1)[0])
                     for src in figure.xpath(".//img/@src") or figure.xpath(".//img/@data-src")]
            alts = "file: " + " ".join(re.sub(r"[\W_]+", " ", f).strip() for f in files) if files else ""
        if captions and alts:
            found.append((shown_text(captions[0]), alts))
    # a theme's picture box without a figure: an image and, beside it, an element classed as its caption
    # ("//*[contains(@class, 'caption') and not(ancestor::figure) and not(self::figcaption)][../img or ../a/img]": the
    # class asked of each element in Python, the rest by XPath of the few so classed; the XPath walk cost ~0.1 ms)
    root = tree.getroottree().getroot()
    page = rows(root)  # (every node's class, read once for the page's walks: nodes.rows)
    for caption, classes in ((n, c) for n, c, _ in page if isinstance(n.tag, str)) if page is not None else \
            ((e, class_of(e)) for e in root.iter(etree.Element)):
        if "caption" in (classes or "") and _CAPTION_PLACE(caption) and _CAPTION_CLASS.search(caption.get("class") or ""):
            alts = " ".join(caption.xpath("../img/@alt | ../a/img/@alt | ../*/img/@alt")).strip()  # (or its file's)
            files = [] if alts else [unquote(src.split("?")[0].rsplit("/", 1)[-1].rsplit(".", 1)[0])
                                     for src in caption.xpath("../img/@src | ../a/img/@src | ../*/img/@src")]
            found.append((shown_text(caption),
                          "file: " + " ".join(re.sub(r"[\W_]+", " ", f).strip() for f in files) if files else alts))
    return found + cell_captions(root)  # (a layout table's cell: its one image, then its caption: bookcellcaption)


# (the image beside the caption, bare, linked, or in its own box as an editor's image module sets it: "<div><div
# class='image'><img></div><div class='caption'>…</div></div>")
_CAPTION_PLACE = etree.XPath(
    "boolean(self::*[not(ancestor::figure) and not(self::figcaption)][../img or ../a/img or ../*/img])")
_CAPTION_CLASS = re.compile(r"(?:^|\s)(?:[a-z\d]+[-_]{1,2})*caption(?:$|\s)", re.I)


def from_caption(captioned: list[tuple[str, str]], context: Context, labels: list[str] = ()) -> tuple[str, str] | None:
    """A figure whose caption reads "T — A, …" and whose image's alt text names T too: the book and its author, in
    any script (the dash and the picture set them off), the author named again in the text (by a word of the name);
    or a cover's caption that quotes the title ("A, „T“ — …", "„T“ — …", the author then one of the post's tags)."""
    for caption, alts in captioned:
        cover = COVER_WORD.search(alts) is not None or COVER_WORD.search(caption) is not None  # ("表紙の角が丸い")
        # (another figure's caption may open with the author's name: a portrait's "A at home, 1983")
        portraits = [" ".join(other.split()[:2]) for other, _ in captioned if other != caption]
        quoted = _quoted_cover(caption, context, [*labels, *portraits]) if cover else None
        if quoted:
            return quoted
        if cover and (worded := cover_of(caption, context, COVER_WORD)):  # "Cover of T, a novel by A" (bookcoverof)
            return worded
        parts = re.split(r"\s+[—–-]\s+", caption, maxsplit=1)
        if len(parts) != 2 and cover and not alts.startswith("file: "):  # "T, A. First published …" under a cover's alt text
            parts = re.split(r"\s*[,،，、]\s*", caption, maxsplit=1)
        if len(parts) != 2:
            continue
        title, author = parts[0].strip(QUOTES + " "), re.split(r"[,،;(।|·]|(?<![A-Z])\.", parts[1])[0].strip()
        credited = _unprefixed(author, context)  # "T, de A", "T — by A": the caption's "by" is no part of the name
        # (the text names the author twice; once is enough when the caption credits the name with "by" under a cover)
        times, author = 1 if credited != author and cover else 2, credited
        if title and (title in alts or cover) and len(title.split()) <= 10 and 1 < len(author.split()) <= 4 \
                and not re.search(r"\d", author) and any(context.text.count(word) >= times for word in author.split() if len(word) > 2) \
                and not _phrase(author, context.text):
            return title, author
    return cover_head(captioned, context, labels, _COVER_BARE, _person) \
        or thai_cover(captioned, context, labels) \
        or cited_caption(captioned, context, COVER_WORD) \
        or cover_sentence(captioned, context, COVER_WORD) \
        or filed_caption(captioned, context, COVER_WORD)  # (bookcoversentence.filed_caption: "T oleh A, …" under "t.jpg"); "T, my mother's copy", a tagged author (bookcoverhead); Thai's phrases; "A, T (1953)" (bookcaptioncite); "Cover of the new edition of T by A" (bookcoversentence)


def _unprefixed(author: str, context: Context) -> str:
    """The name after the page's language's word for "by" ("de Ana Lima", "von Eva Roth", "by Ann Lee", "d’Émile Roy"),
    when what follows is a name of two words or more (a lone "de Vries" is a surname with its particle)."""
    author = plain_credit(author).strip()  # ("written by A and illustrated by B": the author's credit, bookcredit)
    match = re.match(rf"(?:{by_pattern(context)})\s+(?=\S+\s+\S)|d[’']\s*(?=[^\W\d_]\S*\s+\S)", author)
    rest = author[match.end():] if match else author
    return rest if match and rest[:1].isupper() else author


# an image's alt text that says it shows a book's cover, in our languages and scripts ("বইয়ের প্রচ্ছদ", "Το εξώφυλλο")
COVER_WORD = re.compile(
    r"\b(?:cover|couverture|portada|copertina|capa|umschlag|buchcover|omslag|okładka|kansi|obálka|kapak|sampul|bìa|"
    r"обложк\w*|обкладинк\w*|корица|εξώφυλλο|"
    # ro, hu, hr/bs/sl, sr, lt, tl, sw
    r"copert[ăa]|copertei|coperți|borító\w*|naslovnic\w*|korice|корице|viršel\w*|pabalat|jalada)\b|"
    # es "tapa(s) del libro" (a lid or a snack alone: not read), ca/gl coberta, is kápa, lv vāks, sq kopertin-, cy clawr,
    # mt qoxra, uz muqova, kk мұқаба, mn хавтас, et kaanepilt (the cover's picture), eu azala (with "liburu"); the
    # book's cover as one compound word: is "bókarkápa", sv/nb "bokomslag", da "bogomslag", nl "boekomslag",
    # de "Buchumschlag"
    r"\b(?:tapas?\s+(?:del|de\s+los|de)\s+libros?|coberta|(?:bókar)?kápa|bokomslag\w*|bogomslag\w*|boekomslag\w*|"
    r"buchumschlag\w*|vāks\w*|kopertin\w*|clawr|qoxra|muqova\w*|мұқаба\w*|хавтас\w*|"
    r"kaanepilt\w*|liburu(?:aren)?\s+azala)\b|"
    r"প্রচ্ছদ|आवरण|कवर|表紙|封面|표지|غلاف|جلد\s+کتاب|כריכה|หน้าปก|"
    # kn, ta, te, ml, gu, mr/hi, pa, ur: a cover (its page, its picture)
    r"ಮುಖಪುಟ|அட்டைப்படம்|முகப்பு\s*அட்டை|ముఖచిత్రం|പുറംചട്ട|મુખપૃષ્ઠ|मुखपृष्ठ|ਸਰਵਰਕ|سرورق|"
    # Thai and Lao: a phrase opening with the word for a cover ("ปกหนังสือ", the book's cover; "ปกฉบับใหม่", the new
    # edition's; "ປົກປຶ້ມ"), not the words it begins (normal, to govern, to protect, to hide, to blanket; a given name; a collar);
    # Khmer and Burmese: a book's cover
    r"(?<![\u0e00-\u0e7f\u0e80-\u0eff])(?:ปก|ປົກ)(?!ติ|ครอง|ป้อง|ปิด|คลุม|รณ|เกล้า|เสื้อ|คอ|ກະຕິ|ຄອງ|ປ້ອງ|ປິດ|ເສື້ອ)|"
    r"ក្របសៀវភៅ|គម្របសៀវភៅ|မျက်နှာဖုံး", re.I)

_COVER_WORD = COVER_WORD  # (its older private spelling, which the caption readers import)
_COVER_BARE = bare_pattern(COVER_WORD)

# a quoted title in a caption, with what stands before it
_CAPTION_QUOTED = re.compile(r"^(?P<before>[^„“”«»\"「『《]*?)[,:]?\s*(?:„(?P<a>[^“”„]{1,80})[“”]|«(?P<b>[^»]{1,80})»|“(?P<c>[^”]{1,80})”|"
                             r"\"(?P<d>[^\"]{1,80})\"|『(?P<e>[^』]{1,60})』|《(?P<f>[^》]{1,60})》)")


def _quoted_cover(caption: str, context: Context, labels: list[str]) -> tuple[str, str] | None:
    """A cover's caption that quotes the book's title: by the name before it ("A, „T“ — new edition"), or, with nothing or
    a phrase before it ("the new edition's cover of „T“"), by the one person of two or three words among the tags or
    another figure's caption opening (a portrait's) whose family name the text names (declined too)."""
    match = _CAPTION_QUOTED.match(caption)
    if not match:
        return None
    title = next(match.group(g) for g in "abcdef" if match.group(g)).strip()
    before = match.group("before").strip(" ,:—–-")
    worded = COVER_WORD.search(before) is not None  # ("Cover of", "Bìa sách", "Обложка": the caption's words, no one)
    if before and not worded and _person(before, context):
        return title, before
    if len(before.split()) <= 3 and before[:1].isupper() and not worded:
        return None  # a name-like part before the title that is no one the text names
    if after := _after_quote(caption[match.end():], context, labels):  # "Cover of „T“ by (the novelist) A. Photo: …"
        return title, after
    # nothing before the title, or words ("the new edition's cover of"): the one person among the tags (or a portrait)
    people = {label.strip() for label in labels if _person(label.strip(), context) or _han_person(label.strip(), context)} - {title}
    return (title, people.pop()) if len(people) == 1 else None


def _after_quote(rest: str, context: Context, labels: list[str]) -> str | None:
    """The name a cover's caption gives after the quoted title with the language's "by" ("by A", "de A", "của A"), past
    up to three words in lower case that say who they are ("de l'écrivain A", "của nhà văn A", "by the novelist A"): a
    person the text names (its family name twice) or one of the post's tags."""
    match = re.match(rf"\s*,?\s*(?:{by_pattern(context)})\s+(.+)", rest)
    if not match:
        return genitive_after_quote(rest, context)  # sq "«T» të Migjenit" (bookheadof)
    words = re.split(r"[,،;(।|·:]|(?<![A-Z])\.(?!\w)", match.group(1))[0].split()
    skipped = 0
    while words and words[0][:1].islower() and skipped < 3:
        words, skipped = words[1:], skipped + 1
    name = " ".join(words)
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or re.search(r"\d", name):
        return None
    folded = name.casefold()
    if any(n and folded == n.casefold() for n in context.not_authors):
        return None  # (the blog's or the blogger's name: a photo's credit)
    return name if any(label.strip().casefold() == folded for label in labels) or _person(name, context) else None


def _han_person(name: str, context: Context) -> bool:
    """A name in Han characters (three to five, one word: "樋口一葉"), its family or given name (its first or last two
    characters) named in the text, as Japanese and Chinese call a writer ("一葉の話")."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff\u3005]{3,5}", name)) and (name[:2] in context.text or name[-2:] in context.text)


def _person(name: str, context: Context) -> bool:
    """Two or three words, no figures, the last (the family name) named in the text twice, or its stem (all but its last
    letter, of a name of five letters or more) as a declining language names it ("დუმბაძე", "დუმბაძის"); or one word of
    a script without capitals that the text calls a book's owner (bookdashowner: "A ಅವರ … ಕಾದಂಬರಿ", A's novel)."""
    words = name.split()
    if re.search(r"\d", name) or any(n and name.casefold() == n.casefold() for n in context.not_authors):
        return False
    if len(words) == 1:  # a pen name of one word in a script without capitals, which the text calls a book's owner
        return bool(caseless_name(name)) and not CASED.search(name) and owner(name, context.text)
    if len(words) > 3 or not CASED.search(name) and _KIND_NOUN.match(words[-1]):
        return False  # (a tag for the book's kind, "ಕನ್ನಡ ಕಾದಂಬರಿ", Kannada novel: its last word is a novel, no family name)
    family = words[-1].strip(QUOTES + ".,")
    if family[:1].islower() and CASED.match(family):
        return False  # (a tag of common words in Latin, Greek or Cyrillic letters, "picture books", is no one's name;
        # Georgian's letters are lower case to Unicode, its names written so)
    stem = family[:-1] if len(family) >= 5 else family
    return len(family) >= 3 and context.text.count(stem) >= 2


# the word for a novel or a book in the scripts without capitals (kn, ta, te, ml, hi, bn, gu, pa, ur/ar/fa)
_KIND_NOUN = re.compile(r"^(?:ಕಾದಂಬರಿ|ಪುಸ್ತಕ|ಕೃತಿ|நாவல்|நூல்|புத்தகம்|నవల|పుస్తకం|നോവൽ|പുസ്തകം|उपन्यास|किताब|पुस्तक|উপন্যাস|বই|"
                        r"નવલકથા|પુસ્તક|ਨਾਵਲ|ਕਿਤਾਬ|ناول|رواية|روایت|کتاب|كتاب|رمان)")


def _phrase(words: str, text: str) -> bool:
    """In a script without capitals, words the text says apart from each other, two or more of them ("ಹೊಸ ಮುದ್ರಣದ ಮುಖಪುಟ",
    the new edition's cover: "new" and "edition" recur): a phrase, not a name (the text says a person's family name
    alone, never the given name)."""
    if any(ch.isupper() for ch in words):
        return False
    whole = text.count(words)
    return sum(text.count(w) > whole for w in words.split() if len(w) > 2) >= 2


# an alt text that names a cover after its title, as Korean, Japanese, Chinese and Thai write it: "T 1권 표지", "T 表紙",
# "T的封面", "ปกหนังสือ T" (Thai names the cover first)
_ALT_COVER = re.compile(r"^(?:ปก(?:หนังสือ)?\s*)?(?P<title>[^\s].{0,60}?)\s*(?:\d+\s*(?:권|巻|卷|冊)\s*)?(?:의|の|的)?\s*(?:표지|表紙|封面|書影)"
                        r"\s*(?:이미지|사진|画像|写真|图片|圖片)?$")
# a writer named with their script's cue: "이미예 작가", "이미예 지음", "山本千尋さんの", "作者：李明"
_CUED_WRITER = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{2,4})\s*(?:작가|지음|저자)(?:님|[의가는도이]|(?![\uac00-\ud7a3]))|"
                          r"(?:作者|著者)\s*[:：]\s*([\u4e00-\u9fff\u3040-\u30ff]{2,8})")


def cover_alt_book(pictures: list[str], context: Context, headline: str | None) -> tuple[str, str] | None:
    """The title an image's alt text calls the cover of ("달러구트 꿈 백화점 1권 표지"), where the headline or the text names
    it (or its first word), by the one writer the text names with its script's cue ("이미예 작가")."""
    titles = {m.group("title").strip() for m in map(_ALT_COVER.match, pictures) if m}
    named = [t for t in titles if t in context.text or t.split()[0] in (headline or "")]
    if len(named) != 1:
        return None  # (the text's cued writers, a scan of all of it, read only for a cover it names)
    writers = {a or b for a, b in _CUED_WRITER.findall(context.text) if b or ko_name(a) and a not in KO_NOT_ROLE_NAME} - set(named)
    return (named[0], writers.pop()) if len(named) == 1 and len(writers) == 1 else None


# Thai sets phrases apart by spaces: a cover's caption says "the cover (of my copy …)", the title, then its printing
# ("ปกเล่มที่ซื้อมา T พิมพ์ครั้งที่สิบ", "ปกหนังสือ T ฉบับพิมพ์ใหม่")
# (and Lao, which spaces its phrases so too: "ປົກ T ຂອງ A ສະບັບພິມໃໝ່")
_THAI_PHRASE = re.compile(r"^[\u0e00-\u0e7f\u0e80-\u0eff]+$")
_THAI_COVER = re.compile(r"^(?:ปก|ປົກ)")
_THAI_PRINTING = re.compile(r"^(?:พิมพ์ครั้ง|ฉบับ|พิมพ์ใหม่|ปกแข็ง|ปกอ่อน|ພິມຄັ້ງ|ສະບັບ|ພິມໃໝ່)")
_THAI_NOT_WRITER = re.compile(r"^(?:ฉัน|ผม|เรา|ดิฉัน|สำนักพิมพ์|สนพ|ร้าน|ຂ້ອຍ|ເຮົາ|ສຳນັກພິມ|ຮ້ານ)")  # (mine, a publisher's, a shop's: no writer)


def thai_cover(captioned: list[tuple[str, str]], context: Context, labels: list[str]) -> tuple[str, str] | None:
    """The title between a Thai cover caption's cover phrase and its printing phrase, by the one person among the post's
    tags (a given name and a family name, in Thai) whom the text names by the given name too, as Thai does."""
    titles, owned = set(), set()
    for caption, alts in captioned:
        # (the cover phrase may be the picture's alt text, the caption then the title and its writer alone)
        phrases = (["ปก"] if _THAI_COVER.match(alts) and not _THAI_COVER.match(caption) else []) + caption.split()
        if len(phrases) < 3 or not all(_THAI_PHRASE.match(p) for p in phrases) or not _THAI_COVER.match(phrases[0]):
            continue
        end = next((i for i, p in enumerate(phrases[2:], 2) if _THAI_PRINTING.match(p)), None)
        if end == 2:  # one phrase between them, and no cover or printing word in it
            titles.add(phrases[1])
        # "ปกหนังสือ T ของ A (ฉบับ…)": the title "of" (ของ) or "by" (โดย) its writer, one to three phrases up to the
        # printing phrase or the caption's end, whom the text names whole as phrases of its own; "of" may be written
        # on to a given and family name ("ของลาว คำหอม")
        # (or "work of", "written by": "ผลงานของ A", "เขียนโดย A")
        of = next((w for w in ("ของ", "โดย", "ผลงานของ", "เขียนโดย", "ຂອງ", "ໂດຍ", "ຜົນງານຂອງ", "ຂຽນໂດຍ")
                   if phrases[2].startswith(w)), None) if len(phrases) > 2 else None
        glued = of is not None and phrases[2] != of
        writer = " ".join(([phrases[2][len(of):]] if glued else []) + phrases[3:end or len(phrases)])
        if of and (2 if glued else 1) <= len(writer.split()) <= (2 if glued else 3) \
                and re.search(rf"(?:^|\s){re.escape(writer)}(?:\s|$)", context.text, re.M) \
                and not _THAI_COVER.match(phrases[1]) and not _THAI_PRINTING.match(writer) and not _THAI_NOT_WRITER.match(writer):
            owned.add((phrases[1], writer))
    if len(owned) == 1:
        return owned.pop()
    people = {label.strip() for label in labels if len(label.split()) == 2 and all(_THAI_PHRASE.match(w) for w in label.split())
              and label.split()[0] in context.text}
    if len(titles) != 1 or len(people) != 1:
        return None
    title, person = titles.pop(), people.pop()
    return (title, person) if not _THAI_COVER.match(title) and not _THAI_PRINTING.match(title) and person not in title else None
