"""Which side of a Vietnamese record line's dash is the author: "T — A. Publisher, year" where both sides are
capitalised throughout.

Vietnamese capitalises every syllable of a name, and a title made of proper nouns ("Mẫu Thượng Ngàn", a place, a
deity, a hero) is capitalised the same way, so ``bookheadline.dashed_name`` sees two names and ``bookbiblio`` gives up
("Name – Name-like Title": which side is no telling). A Vietnamese person's name, though, opens with the family name,
and the family names are a small closed set (a few dozen cover nearly everyone: Nguyễn, Trần, Lê, Phạm …); a title
opens on any word. So where the page is Vietnamese, the side after the dash is two to four capitalised syllables that
open on a family name and the side before it opens on none, the line reads title, then author. A line whose two sides
both open on a family name (a title that is itself a person's name, "Lê Lợi — Trần Văn Giáp") stays unread, as before.
"""

from __future__ import annotations

import re

# the commonest Vietnamese family names (with their southern spellings: Hoàng/Huỳnh, Vũ/Võ)
_FAMILY = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Đoàn Trịnh Lương Trương Tô Cao Chu "
    "Lâm Tạ Vương Kiều Tống Quách Phùng Lưu Triệu Châu Thân Từ Lại Tăng Khúc Đàm Nghiêm Diệp Doãn Hứa Mạc Nông Tôn Đồng "
    "Lã Hàn Chế Mai Hà Thái Giang Quan La Kim Âu Ông Vi".split())
_SYLLABLE = re.compile(r"[^\W\d_]+")


def _opens_family(part: str) -> bool:
    first = part.split()[:1]
    return bool(first) and first[0] in _FAMILY


def vi_dashed_author(left: str, right: str, language: str | None) -> str | None:
    """The author of a Vietnamese page's "left — right" record head when `right` is the person (see the docstring)."""
    if (language or "")[:2].lower() != "vi":
        return None
    words = right.split()
    if not 2 <= len(words) <= 4 or not all(_SYLLABLE.fullmatch(w) and w[0].isupper() for w in words) or not _opens_family(right) \
            or not left.strip() or _opens_family(left):
        return None
    return " ".join(words)
