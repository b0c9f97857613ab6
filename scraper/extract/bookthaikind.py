"""Thai and Lao: a post that opens on the book's bare title, then its kind and "of" its writer ("T นวนิยายรางวัล…ของA B
…", T a novel of A B; "T ນະວະນິຍາຍຂອງA …"), the headline naming the same title ("อ่าน T อีกครั้ง", reading T again).

The scripts write words unspaced and set a space between phrases: the title is what stands before the space that a
kind's word follows (a novel, a book, a collection of stories, poems, essays), the title may hold a comma or spaces, and
the headline must write it whole, set off by spaces, a colon or quotes. The writer's name runs on after the possessive
("ของ", "โดย") to the next space; its family name after the following space is kept when a tag names the two together, or
the text writes them together again (papers tag the writer). Not a pronoun, a publisher, nor the blog's own name
(bookthaiof's NOT_WRITER). Read by ``bookunspaced.unspaced_book``.
"""

from __future__ import annotations

import re

from .book import Context
from .bookthaiof import NOT_WRITER, OF, RUN

# a book's kind: Thai novel, book, (collection of) short stories, literature, essays, poems, non-fiction, memoir, work;
# Lao novel, book, short stories, literature, poems
_KIND = re.compile(r"\s(?:นวนิยาย|นิยาย|หนังสือ|รวมเรื่องสั้น|เรื่องสั้น|วรรณกรรม|ความเรียง|รวมบทกวี|กวีนิพนธ์|บทกวี|สารคดี|บันทึก|"
                   r"ผลงาน|งานเขียน|ນະວະນິຍາຍ|ນິຍາຍ|ປຶ້ມ|ເລື່ອງສັ້ນ|ວັນນະກຳ|ບົດກະວີ)")
# the rest of the kind's phrase ("…รางวัลซีไรต์", award-winning), unspaced, then "of" and the name's runs
_OWNED = re.compile(rf"^\S{{0,40}}?{OF}\s?(?P<first>{RUN})(?:\s(?P<second>{RUN}))?")


def kind_of(headline: str | None, lines: list[str], tags: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author) of an opening "T <kind>…ของA" whose T the headline writes whole."""
    if not headline:
        return None
    for line in lines[:4]:
        for kind in _KIND.finditer(line[:80]):
            title = line[:kind.start()].strip()
            if not 2 <= len(title) <= 60 or title == headline.strip() \
                    or not re.search(rf"(?:^|[\s:：\"“«‘]){re.escape(title)}(?=$|[\s\"”»’])", headline):
                continue
            owned = _OWNED.match(line[kind.end():])
            if not owned or NOT_WRITER.match(owned.group("first")):
                continue
            name = _name(owned.group("first"), owned.group("second"), tags, context)
            if name and name.casefold() not in {n.casefold() for n in context.not_authors if n} and name not in title:
                return title, name
    return None


def _name(first: str, second: str | None, tags: list[str], context: Context) -> str | None:
    """The writer's name: both runs when a tag or the text again writes them together, else the first run the text names
    again (as Thai calls a person by the given name)."""
    both = f"{first} {second}" if second else None
    if both and (any(t.strip().lstrip("#") == both for t in tags) or context.text.count(both) >= 2):
        return both
    return first if context.text.count(first) >= 2 else None
