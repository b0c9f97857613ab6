"""The site's list of its other articles under a heading of its own, in the post body: a related box ("Related
posts", "Elsewhere on the blog this month") or a newspaper's most-read box ("Le plus lu", "Meistgelesen", "الأكثر
قراءة"), a heading over a list of short headlines, their links kept or lost in the copy.

``linkblocks.headed_link_box`` reads a heading over bare links; this is the same box with its headlines set as a list
(``<h3>…</h3><ol><li>…</li></ol>``). Its shape:

- a heading, or a short line, whose whole label names the site's other pieces: a related or read-also label
  (``readalsoline.is_teaser_label``), 'elsewhere on / in the <site>', or the most-read or most-popular label of the
  news sites (``_MOST_READ``, in many languages; up to three words after it, "this week", "de la semaine");
- right after it a list of one to six entries, each a short headline (two to 15 words, no sentence going on, no
  score), any link in them to the site's own pages;
- and the place of a box: the heading and its list alone in a box of their own (a div, aside or section holding
  nothing else), or both after the review's last paragraph (nothing of ``spliced.PROSE`` words after them), there
  with a link to the site in the list or a label naming the site ('elsewhere on the blog').

A heading of the review's over the reviewer's own list ("What stayed with me", "The most-read chapter") names no
pieces of the site, nor does "Most read this year" (the reader's year, not the news site's day or week); entries set
as books' titles (italics, title marks, "T by A") are the review's further reading, and so is an unlinked list after
the review under a related or most-read label (rev-bpchrome37); a most-read heading over long entries (sentences, notes) is the review's list; a list in mid-body
under such a heading but not boxed stays.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import HEADING_TAGS, text_of
from .promo import same_site
from .rating import has_score
from .readalsoline import is_teaser_label
from .spliced import PROSE
from .tailpointer import _BOOK_RECORD
from .words import count_words

RULE = "related list"
# the time the list covers after its label ("this week", "de la semaine", "des Tages", "de hoy", "今日"): en fr de
# es pt it nl
_WHEN = (r"(?:this|last)\s+(?:week|month)|today|now|right\s+now|(?:de\s+la|cette)\s+semaine|du\s+(?:jour|mois)|"
         r"aujourd['’]hui|(?:der|diese[rn]?)\s+woche|des\s+tages|heute|(?:de\s+la|esta|da|desta)\s+semana|de\s+hoy|"
         r"de\s+hoje|hoy|hoje|(?:della|di\s+questa)\s+settimana|di\s+oggi|oggi|van\s+(?:deze\s+)?week|vandaag")
# the news sites' most-read or most-popular box: en fr de es pt it nl sv da/nb pl cs sk ru uk tr ar he fa id vi ja zh ko
_MOST_READ = re.compile((
    r"^\W*(?:(?:the\s+)?most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|(?:le|la|les)\s+plus\s+(?:lus?|lues?|"
    r"populaires?|consultés?|partagés?)|meistgelesene?|am\s+meisten\s+gelesen|meistgeklickt|(?:lo\s+)?más\s+(?:leíd[oa]s?|"
    r"visto|populares)|(?:os\s+|as\s+)?mais\s+(?:lid[oa]s|populares|vist[oa]s)|(?:i\s+|gli\s+)?più\s+(?:lett[ie]|popolari|"
    r"cliccati)|meest\s+gelezen|mest\s+(?:lästa|læste|leste|populära)|najczęściej\s+czytane|najpopularniejsze|"
    r"nejčtenější|najčítanejšie|самое\s+(?:читаемое|популярное)|самые\s+(?:читаемые|популярные)|найчитаніше|"
    r"найпопулярніше|en\s+çok\s+(?:okunan(?:lar)?|izlenen(?:ler)?)|الأكثر\s+(?:قراءة|مشاهدة|شعبية|تداولا)|"
    r"הנקראים\s+ביותר|پربازدیدترین|پرخواننده\s*ترین|(?:paling\s+banyak\s+dibaca|terpopuler)|(?:đọc|xem)\s+nhiều\s+nhất|"
    r"よく読まれている記事|人気記事|热门文章|熱門文章|[阅閱][读讀]排行|最多[阅閱][读讀]|많이\s*본\s*(?:글|기사|뉴스)|"
    r"인기\s*(?:글|기사))(?:\s+(?:{WHEN}))?\W*$|"
    # the site's other pieces elsewhere on it: "Elsewhere on the blog", "Elsewhere in the <letter> this month" (the
    # word after the article the site's own: ``_site_word``)
    r"^\W*elsewhere\s+(?:on|in|at)\s+(?:the|this|our)\s+(?P<site>[^\W\d_]+)(?:\s+(?:{WHEN}))?\W*$").replace("{WHEN}", _WHEN), re.I)
_LISTS = ("ul", "ol")
_BOXES = ("div", "aside", "section", "nav")
_LEADS = ("p", "div", "strong", "b")  # (a short line as the label)
_SENTENCE = re.compile(r"[.!?。！？]\s*\S")
# an entry set as a book's title: its words set in italics or a title's marks, or a title and its author ("T by A")
_TITLE_TAGS = ("em", "i", "cite")
_TITLE_MARKS = re.compile(r"[《「『]")
# the site's own nouns after "elsewhere in the": its blog, site, letter, magazine, paper (or a word of its host's name)
_SITE_NOUN = re.compile(r"blog|site|website|newsletter|letter|magazine|journal|paper|zine", re.I)


def _site_word(found: re.Match, host: str) -> bool:
    word = (found.group("site") or "").casefold()
    return not word or bool(_SITE_NOUN.fullmatch(word)) or len(word) >= 4 and word in host.casefold()


def _entries(listing: HtmlElement, host: str) -> bool:
    entries = [li for li in listing if isinstance(li.tag, str)]
    if not 1 <= len(entries) <= 6 or any(li.tag != "li" for li in entries):
        return False
    for li in entries:
        text = text_of(li)
        if not 2 <= count_words(text) <= 15 or _SENTENCE.search(text.rstrip(" .!?。！？")) or has_score(text):
            return False
        if any(not same_site(a.get("href") or "", host) for a in li.iter("a") if a.get("href")):
            return False
        # (a book's title, not a headline: the reviewer's further reading, rev-bpchrome37)
        if _record(text) or _TITLE_MARKS.search(text) or any(
                count_words(text_of(t)) * 2 >= count_words(text) for t in li.iter(*_TITLE_TAGS)):
            return False
    return True


def _record(text: str) -> bool:
    """"T by A", "T, de A": the name after the word capitalised (or in a script with no case); "muda de recinto", a
    headline's "de" before a common noun, is none."""
    return any(not m.group()[-1].islower() for m in _BOOK_RECORD.finditer(text))


def headed_list(heading: HtmlElement, host: str) -> HtmlElement | None:
    """The list the heading opens when the two are the site's list of its other articles (module docstring, but
    for the place), else None."""
    label = text_of(heading)
    if not label or count_words(label) > 10:
        return None
    found = _MOST_READ.match(label)
    if not (found and _site_word(found, host) or is_teaser_label(label)):
        return None
    listing = heading.getnext()
    if listing is None or listing.tag not in _LISTS or (heading.tail or "").strip():
        return None
    return listing if _entries(listing, host) else None


def mark(items: list[HtmlElement], drop: dict[int, str], boxes: dict[int, HtmlElement], host: str = "") -> None:
    """Mark each heading and entry of the site's headed list of its other articles (module docstring)."""
    # (the cheapest test first: a heading or a short line with a list right after it; most pages have none)
    heads = [i for i, block in enumerate(items) if i not in drop and (block.tag in HEADING_TAGS or block.tag in _LEADS)
             and (nxt := block.getnext()) is not None and nxt.tag in _LISTS]
    if not heads:
        return
    left = [i for i in range(len(items)) if i not in drop and text_of(items[i])]
    prose = [i for i in left if items[i].tag not in HEADING_TAGS and count_words(text_of(items[i])) >= PROSE]
    last_prose = prose[-1] if prose else -1
    for i in heads:
        heading = items[i]
        if i in drop or (listing := headed_list(heading, host)) is None:
            continue
        box = heading.getparent()
        boxed = box is not None and box.tag in _BOXES and box.getprevious() is not None \
            and [c for c in box if isinstance(c.tag, str)] == [heading, listing] and not (box.text or "").strip()
        # (a list of no links under a related or most-read label, not boxed: the reviewer's own list, as likely as
        # the site's headlines that lost their links; only the label naming the site's own pieces takes it there)
        named = (found := _MOST_READ.match(text_of(heading))) is not None and found.group("site") is not None
        if not boxed and not named and listing.find(".//a[@href]") is None:
            continue
        inside = [k for k in left if k == i or items[k] is listing or listing in items[k].iterancestors()]
        # (not boxed: after the review's last paragraph, no paragraph of the review after it but its own entries)
        if not boxed and (i < last_prose and any(k > i and k not in inside for k in prose)):
            continue
        for k in inside:
            drop[k], boxes[k] = RULE, (box if boxed else items[k])
