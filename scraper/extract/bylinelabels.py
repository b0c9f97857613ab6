"""Two more shapes of the byline under a headline, read by ``datelines``: a by-word for its label, and a count after it.

A newspaper's or a magazine's article header sets the writer and the date on one line under the headline. ``datelines``
reads the labelled ones ("Text: Ana Lee · 1. 12. 2026"); two more shapes are as common and as much the engine's:

- the writer's name after a by-word instead of a label and its colon ("Por Ana Lee · 03.12.2026", "Von Jan Ruh | 2.
  12. 2026", "Door Eva Smit, 01-12-2026"), the name a link to the writer's page on the site (``datelines`` asks that
  link): ``unlabelled_byline`` reads the line's shape alone, two to five words beside the date, one of them after the
  first capitalised (a name), no sentence;
- the engine's counters after the date, each a label, its colon and a number ("… | Tarih: 02.12.2026 | Okunma: 1.284",
  "… · Views: 1,204", "… · Lecturas: 532"): ``COUNT_TAIL`` reads them after the date, whatever the label's language,
  by shape (a word or two, a colon, figures alone), so that the row goes whole; the date may carry its own label then
  ("İnceleyen: A | Tarih: …"), the name before it a person's (``full_name``: two to four capitalised words, so that a
  review's "Genre: Fantasy | Read: 3 May 2024" stays).

The labelled byline may stand under the headline's standfirst rather than right under the headline ("<h1>…</h1><div
class=lead>One sentence.</div><div>Szerző: A | 2026. december 4.</div>"): ``under_standfirst`` reads the block between
as a standfirst when it is one short sentence or two (40 words at most, no heading, list or picture), the headline
right over it; ``datelines`` still asks that the text has not begun and that the line is a label, a name and a date.

A news engine also sets the writer's name alone under the headline, no label, no date ("<h1>…</h1><div class=by>Ana
Lee</div>"), in scripts with no capitals to tell a name by: ``classed_name`` reads it by the engine's class for a byline
(its token "by", "byline", "author", "writer", "reporter", …), one to four words, no figure or sentence, and no word of
it said again in the headline or the text (the book's author, classed "author" on a catalogue, is named there).

A review's own info line ("Read: 3 March 2024 | Pages: 320") names no writer and stays (``datelines`` asks a name
before the date); a sentence with a date and a name ("I met Ana Lee on 3 May 2024.") is prose, not a byline.
"""

from __future__ import annotations

import re

from .casefold import MARKS
from .nodes import relative_link

# a letter with its vowel signs and joiners (the Indic scripts' labels: "ලියන්නේ"); datelines reads its labels with it too
LETTER = rf"[^\W\d_][{MARKS}\u200c\u200d]*"
# after the date, one or more counters: a separator, a label of a word or two and its colon, and a number alone
COUNT_TAIL = re.compile(rf"^\s*(?:[|·•,;–—-]\s*(?:{LETTER}){{2,}}(?:\s(?:{LETTER})+)?\s*[:：]\s*\d[\d.,\s\u00a0\u202f]*)+$")
_SENTENCE = re.compile(r"[^\W\d_][.!?。！？]\s|[!?。！？]$")
_WORDS = re.compile(r"[^\W\d_]+")


# The engine's reading time beside the writer and the date ("Por Ana Lee · 3 de diciembre de 2026 · 9 minutos de
# lectura", "Ana Lee | 3. 12. 2026 | Lesezeit: 4 Min."): a count of minutes and a word of reading, either order, in the
# article header's languages; ``without_reading_time`` takes it out of a byline's line before its words are counted
# (a review's sentence "read it in two evenings" has no count of minutes). Units: en/fr/de/nl/sv/da/no/pl/cs/sk/sl/hr/ro/
# lt/lv/et/is "min", es/pt/gl "minutos", it "minuti", ca "minuts", fi "minuuttia", hu "perc", tr "dk/dakika", ru/bg/uk
# "мин/минут/хв/хвилин", el "λεπτά", id/ms "menit/minit", vi "phút", he "דקות", ar "دقائق/دقيقة", fa "دقیقه", hi "मिनट",
# th "นาที", ja/zh/ko "分/分钟/分鐘/분"
_UNIT = (r"(?:min(?:s|ut(?:e[ns]?|er|ers|ter|s|o|os|i|a|y|ų|u)?|uuttia|\.)?|minuten|minuti|minuts|minutos|minit|menit|mín\.?|perc(?:es)?|"
         r"dk\.?|dakika(?:lık)?|мин\.?|минут[аы]?|хв\.?|хвилин[аи]?|λεπτά|phút|דקות|دقائق|دقيقة|دقیقه|मिनट|นาที|分(?:钟|鐘)?|분)")
# the word of reading: en read(ing), es/ca/gl lectura, pt leitura, fr lecture, it lettura, de Lesezeit/Lesedauer, nl
# leestijd/lezen, sv lästid/läsning, da læsetid/læsning, no lesetid/lesing, is lestími, fi lukuaika, pl czytania, cs čtení,
# sk čítania, sl branja, hr/bs/sr čitanja, hu olvasás(i idő), ro citire/lectură/citit, ru чтени-, uk читання, bg четене,
# tr okuma, el ανάγνωσης, id/ms baca(an), vi đọc, lt skaitymo, lv lasīšanas, et lugemis-, he קריאה, ar قراءة, fa مطالعه,
# hi पढ़, th อ่าน, ja 読, zh 阅读/閱讀, ko 읽
_READ = (r"(?:read(?:ing)?|lectura|leitura|lecture|lettura|lese(?:zeit|dauer)|leestijd|lezen|lästid|läsning|læse?tid|læsning|lesetid|"
         r"lesing|lestími|lukuaika|czytania|čtení|čítania|branja|čitanja|olvasás\w*|citire|lectură|citit|чтени[ея]|читання|четене|"
         r"okuma|ανάγνωσης|baca(?:an)?|đọc|skaitymo|lasīšanas|lugemis\w*|קריאה|(?:لل|ال)?قراءة|مطالعه|पढ़\w*|อ่าน|読|阅读|閱讀|읽\w*)")
# the count first ("9 minutos de lectura", "5 min read", "4 Min. Lesezeit", "5分で読めます", "5 хв читання"), or the word
# first, as a label ("Lesezeit: 4 Min.", "Tiempo de lectura: 9 min", "阅读时间：5分钟", "อ่าน 5 นาที")
_READING_TIME = re.compile(
    rf"(?:(?:ca\.?|approx\.?|~|约|約)\s*)?\d+(?:\s?[-–]\s?\d+)?\s?{_UNIT}\.?\s?(?:of\s|de\s|di\s|d['’]|for\s|за\s|на\s|で|の)?(?:{_READ}\b|読\w*)|"
    rf"(?:(?:tiempo|tempo|temps|durée|čas|czas|vrijeme|vreme|време|время|час|χρόνος|waktu|thời\s+gian|timp|durata|zeit|"
    rf"süresi|laikas|laiks|זמן|وقت|زمن|زمان|ใช้เวลา)\s+(?:de\s+|di\s+|da\s+|za\s+|на\s+)?)?{_READ}\w*(?:\s+(?:time|idő|süresi|aeg|laikas|laiks|"
    rf"時間|时间|시간|का\s+समय))?\s*[:：]?\s*(?:(?:ca\.?|approx\.?|~|约|約|约需)\s*)?\d+(?:\s?[-–]\s?\d+)?\s?{_UNIT}\.?", re.I)


# The engine's mark of an update after the date, a field of the row of its own ("· Atualizado há 2 dias", "| Updated 3
# hours ago", "· Aktualisiert: 4. 12. 2026"): after a field separator, the participle "updated" in the article header's
# languages and a figure within the field; and its clock time written with an "h" ("07h00", pt/fr/es). A field with no
# figure is the writer's words ("· atualizado o mapa da cidade") and stays. Participles: en updated/modified, pt
# atualizad-, es/gl actualizad-, ca actualitzat, fr mis à jour/actualisé, it aggiornat-, de aktualisiert, nl bijgewerkt,
# sv uppdaterad, da opdateret, no oppdatert, fi päivitetty, pl zaktualizowan-, cs/sk aktualizován-, hu frissítve, ro
# actualizat, tr güncellendi, ru обновлен-, uk оновлен-, el ενημερώθηκε, id diperbarui, ms dikemaskini, vi cập nhật
_UPDATED_WORD = (r"updated|modified|atualizad[oa]|actualizad[oa]|actualitzad?[ta]|mis\s+à\s+jour|actualisée?|aggiornat[oa]|"
                 r"aktualisiert|bijgewerkt|uppdaterad|opdateret|oppdatert|päivitetty|zaktualizowan\w*|aktualizován\w*|"
                 r"aktualizovan\w*|frissítve|actualizat|güncellendi|обновлен\w*|оновлен\w*|ενημερώθηκε|diperbarui|dikemaskini|"
                 r"cập\s+nhật")
_UPDATE_FIELD = re.compile(rf"[·|•–—]\s*(?:{_UPDATED_WORD})(?!\w)[^·|•–—\d]{{0,24}}\d[^·|•–—]{{0,30}}|\b\d{{1,2}}h\d{{2}}\b", re.I)


def without_reading_time(text: str) -> str:
    """The line with the engine's reading time taken out (the line as it is when it has no count of minutes), and its
    mark of an update with it (``_UPDATE_FIELD``)."""
    if not any(c.isdigit() for c in text):
        return text
    return _UPDATE_FIELD.sub(" ", _READING_TIME.sub(" ", text))


def unlabelled_byline(text: str) -> bool:
    """A short line of a by-word and a name beside its date: two to five words besides the figures, one after the first
    capitalised, no sentence in it (the engine's reading time aside: ``without_reading_time``)."""
    text = without_reading_time(text)
    if len(text) > 120 or _SENTENCE.search(text):
        return False
    words = _WORDS.findall(text)
    return 2 <= len(words) <= 5 and any(w[0].isupper() and len(w) >= 2 for w in words[1:])


# a line opening on a by-word and a capitalised name ("Af Ane Berg · 3. december 2026", "By Ana Lee · 3 Dec 2026"): the
# by-words of _BY_LAST (below), the line's first word
_BY_FIRST = re.compile(r"^\W{0,2}(?:by|par|von|door|por|di|da|per|av|af|eftir|oleh|przez|od|autor|autorka|de|από|от|від|"
                       r"ni|autorius|autors|deur|nga|minn|le|gan|gant|gans)\s+(?=[^\W\d_])", re.I)
# a date spelt as the day, one to three words and the year, whatever the words are: the month with its particles ("30 a
# viz Du 2026" br, "3 de desembre de 2026" ca, "3. joulukuuta 2026" fi), read only on a by-word line (``by_word_first``)
SPELT_DATE = re.compile(r"(?<!\d)\d{1,2}\.?\s+(?:[^\W\d_]+['’]?\s+){1,3}(?:19|20)\d\d(?!\d)")


def by_word_first(text: str) -> bool:
    """A short by-word byline: the by-word first, then a capitalised name, the rest unlabelled_byline's shape (a date
    spelt in words not counted as the line's words: "Gant Soazig Le Gall · 30 a viz Du 2026")."""
    found = _BY_FIRST.match(text)
    return bool(found) and text[found.end()].isupper() and unlabelled_byline(SPELT_DATE.sub(" ", text) if "20" in text or "19" in text else text)


# the by-word before the writer's name, per language: en by, fr par, de von, nl door, es/pt/gl por, it di/da, ca per,
# sv/nb/nn av, da af, is/fo eftir, id/ms oleh, pl przez, cs/sk od, sl/hr/bs/sr/ro autor, ro de, el από, ru от, uk від,
# bg от, tl ni, eo de, lt/lv autorius/autors, fi/et kirjoittanut/autor, af deur, sq nga, mt minn, ga le, cy gan (br gant, kw
# gans: _BY_FIRST)
_BY_LAST = re.compile(r"(?:^|[·|•–—,\-]\s*)(?:by|par|von|door|por|di|da|per|av|af|eftir|oleh|przez|od|autor|autorka|de|από|от|від|"
                      r"ni|autorius|autors|kirjoittanut|deur|nga|minn|le|gan)\s*$", re.I)


def credited(block) -> bool:
    """The line closes on a by-word and the writer's name as a link to a page of the site itself, nothing after it
    ("Critique published on 2. 12. 2026 in the section « Rereadings » · by <a href=/critics/388>Ana Lee</a>"): the
    engine's credit row under the headline, however long the words before the by-word (``datelines`` asks the date and
    the place, the text not begun)."""
    children = [c for c in block if isinstance(c.tag, str)]
    if not children or children[-1].tag != "a" or (children[-1].tail or "").strip(" ."):
        return False
    link = children[-1]
    if not relative_link(link):
        return False  # (an address with its scheme or host: a book's author on a catalogue, a mail link, not the site's writer)
    name = " ".join(link.text_content().split())
    before = (link.getprevious().tail if link.getprevious() is not None else block.text) or ""
    return full_name(name) and _BY_LAST.search(before.strip()) is not None and not _SENTENCE.search(block.text_content())


# a participle of publishing or posting opening the engine's line (sitelines' published-on lines; ``date_first`` below)
PUBLISHED = re.compile(
    r"^\W*(?:published|posted|publié|publiée|publicado|publicada|pubblicato|veröffentlicht|gepubliceerd|publicerad|publiceret|"
    r"publisert|julkaistu|opublikowano|publikováno|publikované|опубликовано|опубліковано|публикувано|објављено|objavljeno|"
    r"δημοσιεύτηκε|δημοσιεύθηκε|yayınlanma|yayınlandı|diterbitkan|dipublikasikan|đăng\s+(?:lúc|ngày)|פורסם|نُ?شر|منتشر\s+شده|"
    r"प्रकाशित|প্রকাশিত|公開日|投稿日|发布于|發佈於|发表于|發表於|게시일|작성일|เผยแพร่)(?!\w)",
    re.I,
)
# the date first: the participle's label and the whole date, then a separator, a label of a word or two, its colon and
# the writer's name ("Objavljeno: 04.12.2026. | Autor: Ana Lee", "Publié le : 03/12/2026 · Par : Jean Roy", "Veröffentlicht:
# 2. 12. 2026 | Text: Eva Berg"); the counters may close it (COUNT_TAIL)
_DATE_FIRST_HEAD = re.compile(r"^\W*\w+(?:\s\w+)?\s*[:：]?\s*$")
_NAME_AFTER = re.compile(rf"^\s*\.?\s*[|·•,;–—-]\s*(?:{LETTER}){{2,}}(?:\s(?:{LETTER})+)?\s*[:：]\s*(?P<name>[^\d:：|·•,;–—]+?)\s*(?P<tail>[|·•,;–—-].*)?$")


def date_first(plain: str, date) -> bool:
    """The engine's published-on line with the date before the writer ("Published: 3. 12. 2026 | Author: Ana Lee"): a
    participle of publishing and the date, then one labelled field, a person's name (``full_name``: two to four
    capitalised words), the engine's counters at most after it. A review's info line ("Read: 3 May 2024 | Genre: Science
    Fiction") opens with no participle of publishing; "Published: 3 May 2024 | Pages: 320" names no one: both stay."""
    head = plain[:date.start()]
    if len(head) > 40 or not PUBLISHED.match(head) or not _DATE_FIRST_HEAD.match(head):
        return False
    after = _NAME_AFTER.match(plain[date.end():])
    if after is None or after.group("tail") and not COUNT_TAIL.match(after.group("tail")):
        return False
    return full_name(after.group("name"))


def full_name(name: str) -> bool:
    """Two to four words, each capitalised (or a particle of one to three letters between them): a person's name."""
    words = name.split()
    return 2 <= len(words) <= 4 and words[0][:1].isupper() and words[-1][:1].isupper() \
        and all(w[:1].isupper() or len(w) <= 3 for w in words)


def under_standfirst(block, heading_tags) -> bool:
    """The block's previous sibling is a standfirst (one to three sentences, 40 words at most, a paragraph or a box of
    text only) and the headline stands right over that; the lead picture (a figure) may stand between the standfirst
    and the line, as news engines set the article's head: headline, standfirst, picture, byline."""
    lead = block.getprevious()
    if lead is not None and lead.tag == "figure":  # (the lead picture and its caption, skipped)
        lead = lead.getprevious()
    if lead is not None and lead.tag == "div" and len(lead) == 1 and lead[0].tag == "p" and not (lead.text or "").strip():
        lead = lead[0] if lead[0].getprevious() is None else lead  # (a standfirst box of one paragraph: its paragraph)
        over = lead.getparent().getprevious()
    else:
        over = lead.getprevious() if lead is not None else None
    if lead is None or lead.tag not in ("p", "div") or len(lead) > 3 or any(c.tag not in ("em", "strong", "i", "b", "span", "br") for c in lead):
        return False
    if over is None or over.tag not in heading_tags:
        return False
    text = " ".join(lead.text_content().split())
    return 0 < len(text.split()) <= 40 and len(re.findall(r"[.!?…](?:\s|$)", text)) <= 3


# a theme's class token for the writer's line (news and blog engines, whatever the page's language)
BYLINE_CLASS = re.compile(r"(?:^|[-_\s])(?:by|byline|author|writer|reporter|columnist|autor|auteur|autore|yazar)(?=$|[-_\s])", re.I)
_NAME_ONLY = re.compile(rf"^(?:{LETTER})+(?:[ .'’-]+(?:{LETTER})+){{0,3}}\.?$")


def classed_name(block, page_text) -> bool:
    """The writer's name alone on a line classed as the byline (module docstring); `page_text()` gives the page's
    headline and text, the line's own words once among them (asked last: the class and the shape first)."""
    if block.tag not in ("div", "p", "span", "address") or not BYLINE_CLASS.search(block.get("class") or ""):
        return False
    text = " ".join(block.text_content().split())
    if not text or len(text) > 60 or not _NAME_ONLY.match(text):
        return False
    words = [w for w in re.split(r"[ .'’-]+", text) if w]
    if not 1 <= len(words) <= 4:
        return False
    root_text = page_text(block)
    return all(root_text.count(w) <= 1 for w in words)
