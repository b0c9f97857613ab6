"""covercaption (holdout42 round, helper body42b), in our own words and markup, with near misses: a credited caption
under the book's cover that names the book by its quoted title stays, credit and all (vi, ru, de, ja); a cover's
caption naming no title, a quoted title under another picture, and a caption that is a credit from its first word go
as the picture desk's credit (housekeeping.credited_caption).
"""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract.housekeeping import credited_caption
from tests.cleaning import cleaned, paras


def figure(caption: str):
    return lxml.html.fromstring(f"<figure><img src='/upload/anh.jpg' alt=''><figcaption>{caption}</figcaption></figure>")


@pytest.mark.parametrize("caption", [
    'Bìa sách "Con đường ven sông" của nhà văn Lê Minh Khuê. Ảnh: Nhà xuất bản',  # vi
    'Bìa bản in lần thứ hai của "Mùa nước nổi" (Ảnh: NXB Kim Đồng)',  # vi, bracketed credit
    "Обложка нового издания романа «Ночной паром». Фото: пресс-служба издательства",  # ru
    "Das Cover der Taschenbuchausgabe von „Die Schleusenwärterin“. Foto: Verlag",  # de
    "新装版『川の向こうの家』の表紙。写真：出版社提供",  # ja
])
def test_a_cover_caption_naming_its_book_stays(caption):
    assert not credited_caption(figure(caption))


@pytest.mark.parametrize("caption", [
    "Bìa cuốn tiểu thuyết mới. Ảnh: Nhà xuất bản",  # vi: the cover, no title
    "Обложка романа. Фото: пресс-служба",  # ru: the cover, no title
    "Die Autorin bei der Lesung aus „Die Schleusenwärterin“ in Kiel. Foto: Verlag",  # de: a portrait, quoted title
    '"Con đường ven sông" của Lê Minh Khuê, bản in mới. Ảnh: PR',  # vi: a title, no word for a cover
    "Ảnh: bìa sách \"Mùa nước nổi\"",  # vi: a credit from its first word
])
def test_other_credited_captions_go(caption):
    assert credited_caption(figure(caption))


VI = [
    "Tôi đọc cuốn tiểu thuyết này trong ba buổi tối mưa, và nó giữ tôi lại lâu hơn tôi tưởng. Người kể chuyện là một "
    "cô giáo làng chài, ghi lại từng mùa nước lên xuống như ghi nhật ký của chính mình.",
    "Điểm mạnh là giọng văn chậm rãi và những trang tả sông nước rất đẹp; điểm yếu là phần cuối hơi vội, nhiều nút "
    "thắt được gỡ trong vài trang.",
]


def test_the_caption_stays_in_a_cleaned_post_and_a_titleless_one_goes():
    kept = 'Bìa sách "Con đường ven sông" của nhà văn Lê Minh Khuê. Ảnh: Nhà xuất bản'
    text, rules = cleaned(f"<figure><img src='/b.jpg' alt=''><figcaption>{kept}</figcaption></figure>" + paras(*VI),
                          "bao.example.vn")
    assert kept in text and "photo credit" not in rules
    gone = "Bìa cuốn tiểu thuyết mới. Ảnh: Nhà xuất bản"
    text, rules = cleaned(f"<figure><img src='/b.jpg' alt=''><figcaption>{gone}</figcaption></figure>" + paras(*VI),
                          "bao.example.vn")
    assert gone not in text and "photo credit" in rules
