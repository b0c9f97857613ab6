"""How often a post written in Chinese, Japanese, Korean or Thai comes back to the book it names.

In English a reviewer names the book again and again or calls its author by surname, and the word rules count
those names. A reviewer writing in these languages names the book once, in its title marks (『沈黙』, 《活着》), and
then calls it "this book", "this work", "the novel": 本書, 本作, この小説, 这本书, 书中, 이 책, หนังสือเล่มนี้. The
languages have no articles, so the bare noun for "novel" or "story" is already the definite one ("小説は…",
"物語の大半は…": "the novel …", "most of the story …"). These demonstratives and nouns are grammar and a handful of
words per language, not one page's phrasing. The title is counted as a string too: these scripts put no space
around a word, and Korean glues its particles to it ("아몬드는"), so a count of whole words misses it.

They are the book's only when it is the one work the post names in title marks: in a post naming several (a month's
reading, a comparison, a club's next pick) "this book" may be any of them. And a post about a film or a series says
"the story" of the film: when another medium's word is as frequent as these references, they are not the book's.
A review that names its book first and, late in the text, one other work once ("compared with 《T2》 of the same
years, it …") still speaks of its own book before that: the references before the other title are the book's (a comparison
or a list names its works early, or again). "In the book" (书里, 書裡) and "the author" (作者, 著者, 저자, ผู้เขียน) are
references too: these languages call the book's writer so, as English calls the author by surname.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from .booktitles import part_before
from .bookturkic import suffixed_mentions

if TYPE_CHECKING:  # annotations only
    from .book import Book, Context

# Chinese, Japanese (kanji and kana), Korean (Hangul) and Thai letters: the scripts these references are counted in.
SCRIPTS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u0e00-\u0e7f]")

_REFERENCE = re.compile(
    # Japanese: this/that book, novel, work, story; "this book", "this work", "the same book" as one word; in the work;
    # the bare novel (not 小説家 "novelist") and story (not 物語る "to tell")
    r"(?:この|その)(?:本(?![屋棚])|小説|作品|物語|一冊)|本書|本作(?!り)|同書|同作|作中|小説(?!家)|物語(?![るらりれろっ])|"
    # Chinese (simplified and traditional): this/that/the said/the whole book, this novel or work; in the book;
    # the bare novel (not 小说家 "novelist"); "本书" is "this book" but "一本书" is "a book"
    r"(?:这|這|那|此|该|該|全)(?:本|部)?(?:书|書|小说|小說|作品)|(?<![一二两兩三四五几幾每某整])本(?:书|書)|"
    r"(?:书|書)(?:中|里|裡|裏|内|內)|小说(?!家)|小說(?!家)|作者|著者|"
    # Korean: this/that book, novel, work, story (a word of its own); the bare novel (not 소설가 "novelist")
    r"(?<!\w)(?:이|그)\s+(?:책|소설|작품|이야기)|(?<!\w)소설(?!가)|(?<!\w)저자|"
    # Thai: this book, this volume, this novel; the bare novel; the writer
    r"หนังสือเล่มนี้|เล่มนี้|(?:นว)?นิยาย|ผู้เขียน|ผู้แต่ง"
)
# Another medium named in the same scripts: a film, a series, an anime, a play.
_OTHER_MEDIUM = re.compile(r"映画|电影|電影|영화|ภาพยนตร์|ドラマ|电视剧|電視劇|드라마|アニメ|动画|動畫|ซีรีส์|ละคร|舞台|话剧|話劇|연극")


_HANGUL = re.compile(r"[\uac00-\ud7af]")
# A work's title in the marks these languages set titles in: 『』 (Japanese, Korean), 《》 and 〈〉 (Chinese, Korean).
MARKED = re.compile(r"『([^』\n]{1,80})』|《([^》\n]{1,80})》|〈([^〉\n]{1,80})〉")


def references(text: str, title: str) -> int:
    """How often the text calls the book `title` "this book", "the novel", "this work" in these languages (0 for
    other languages, and when the text names another work in title marks)."""
    if not SCRIPTS.search(text, 0, 1000):  # (a post in these languages is in them from its start)
        return 0
    # (a chapter's title, "第三章《T》", is a part of the book, not another work)
    # (Chinese sets a piece of a book, a story or an essay in it, in 〈〉, and the book in 《》: a 〈〉 title in a text
    # without Hangul is a part of the book; Korean sets other works in 〈〉 too)
    pieces = not _HANGUL.search(text, 0, 1000)
    marks = [("".join(m.groups("")).strip(), m.start()) for m in MARKED.finditer(text)
             if not part_before(text, m.start() + 1) and not (pieces and m.group(3))]
    others = [(name, at) for name, at in marks if name and name not in title and title not in name]
    end = len(text)
    if others:
        # (the book marked first, one other work named once in the text's second half: its references are those before;
        # a club's post names this month's book, the next one and last month's, a list several)
        end = others[0][1]
        if not title or len(others) > 1 or end < len(text) // 2 or text.count(others[0][0]) > 1 \
                or not any(at < end for name, at in marks if (name, at) not in others):
            return 0
    found = len(_REFERENCE.findall(text, 0, end))
    return found if found > len(_OTHER_MEDIUM.findall(text)) else 0


def title_count(title: str, text: str) -> int:
    """How often a title in these scripts occurs in the text, with no word boundary asked for (0 for other titles,
    and for a title of one or two letters, which is as often a word of the text: 活着 "to live", 雪国 "snow country";
    the word rules count it where its title marks set it off)."""
    if len(title) < 3 or not SCRIPTS.search(title):
        return 0
    return text.count(title)


def book_mentions(book: Book | None, context: Context) -> int:
    """How often the text names the book (its title, or its author's surname), or, in Chinese, Japanese, Korean and
    Thai, calls it "this book", "the novel" (anaphora)."""
    if not book:
        return 0
    count = max(context.mentions(book.title), title_count(book.title, context.text)) if book.title else 0
    return count + (suffixed_mentions(book.author.split()[-1], context) if book.author else 0) + references(context.text, book.title or "")  # (bookturkic)
