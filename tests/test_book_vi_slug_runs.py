"""Vietnamese writes a book's title in sentence case ("Mùa lúa chín muộn") and every syllable of a person's or a
place's name capitalised ("Lê Minh Khuê", "Hải Phòng"): a capitalised run that the URL spells is a name there, no title.
Near misses: the same shape in English and Spanish stays a title.

Every text here is invented for these tests (invented books, people and places, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookclues import slugged_runs


def test_a_vietnamese_place_the_url_spells_is_no_title():
    lines = ["Mùa lúa chín muộn là cuốn sách tôi đọc trong một tuần mưa ở Hải Phòng.",
             "Hải Phòng hiện lên qua từng trang, và người viết nhớ Hải Phòng như nhớ một người thân."]
    context = Context("\n".join(lines), language="vi")
    assert slugged_runs(lines, "https://b.example.vn/nho-hai-phong-qua-mot-cuon-sach-12345.html", context) == []


def test_a_vietnamese_person_the_url_spells_is_no_title():
    lines = ["Tôi mở lại cuốn tiểu thuyết của Lê Minh Khuê mà hồi cấp ba chỉ đọc qua."]
    context = Context("\n".join(lines), language="vi")
    assert slugged_runs(lines, "https://b.example.vn/doc-lai-le-minh-khue-mot-lan-nua", context) == []


def test_the_same_shape_in_english_or_spanish_stays_a_title():
    en = ["The Salt Ledger kept me up two nights running.", "It is a slow book and a good one."]
    assert slugged_runs(en, "https://b.example/the-salt-ledger-review", Context("\n".join(en), language="en")) == ["The Salt Ledger"]
    es = ["Casa Tomada me tuvo despierta dos noches.", "Es un libro breve y extraño."]
    assert slugged_runs(es, "https://b.example/resena-casa-tomada-en-una-tarde", Context("\n".join(es), language="es")) == ["Casa Tomada"]
