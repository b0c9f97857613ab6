"""Helper fields70 of the holdout70 round: a free copy "put at the writer's disposal" (notewords.PROVIDED).

Found on a Persian review closing on a note in italics: the publisher put a free copy "at the disposal" of the writer.
The note named the publisher and "free", but its giving was the phrase "at the disposal of", which PROVIDED knew only in
hu, cs/sk, pl, hr/bs/sr and sl. It now reads it in fa, ar, ur, tr, es/gl/ca, pt, it, fr, ro, de, nl, sv, da/no, en,
ru/uk, el and id, for the set-apart note (notes._marked_disclosure) and the edge note (notegift.edge_gift) alike.

Near misses: the publisher putting the book at the bookshops' disposal in the review's prose, a giving denied.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.notes import read_notes


def _disclosure(paragraph: str, note: str) -> str | None:
    return read_notes("\n\n".join([paragraph] * 3 + [note])).disclosure


def test_disposal_notes_in_italics():
    assert _disclosure("هذه مراجعة طويلة عن الرواية وأحداثها وشخصياتها ولغتها الجميلة.",
                       "*وضعت دار النشر نسخة مجانية من الكتاب تحت تصرفي للمراجعة.*")
    assert _disclosure("Bu roman hakkında uzun bir inceleme yazısı, karakterler ve dil üzerine düşünceler.",
                       "*Kitap, yayınevi tarafından ücretsiz olarak kullanımıma sunuldu.*")
    assert _disclosure("O recenzie lungă despre roman, despre personaje și despre limba lui limpede.",
                       "*Editura a pus gratuit cartea la dispoziția mea pentru această recenzie.*")
    assert _disclosure("Μια μακριά κριτική για το μυθιστόρημα, τους χαρακτήρες και τη γλώσσα του βιβλίου.",
                       "*Οι εκδόσεις διέθεσαν δωρεάν ένα αντίτυπο για την παρουσίαση.*")
    assert _disclosure("یہ ناول پر ایک طویل تبصرہ ہے جس میں کرداروں اور زبان پر بات کی گئی ہے۔",
                       "*یہ کتاب ناشر نے مفت فراہم کی۔*")


def test_disposal_note_in_a_page():
    html = """<html lang="ar" dir="rtl"><head><title>قراءة في رواية البحر البعيد</title></head><body><article>
    <h1>قراءة في رواية البحر البعيد</h1><div class="entry-content">
    <p>رواية هادئة عن قرية على الساحل، يكتبها المؤلف بلغة صافية لا تستعجل الأحداث ولا تثقلها بالشرح.</p>
    <p>الشخصيات حية ومقنعة، والحبكة تتقدم ببطء لكنها تحتفظ بالتوتر حتى الصفحات الأخيرة من الكتاب.</p>
    <p>أنصح بها كل قارئ يحب حكايات العائلة والبحر والذاكرة.</p>
    <p><em>وضعت دار النشر نسخة مجانية من الرواية تحت تصرفي لكتابة هذه القراءة.</em></p>
    </div></article></body></html>"""
    record = extract_page(html, url="https://qiraat.example.org/al-bahr")
    assert record.disclosure and "تحت تصرفي" in record.disclosure


def test_disposal_that_discloses_nothing():
    middle = "ناشر این کتاب را در اختیار کتابفروشی‌ها قرار داد و خیلی زود نایاب شد."
    paragraph = "متن بلند نقد دربارهٔ رمان و شخصیت‌ها و زبان آن است که ادامه دارد و ادامه دارد."
    blocks = [paragraph] * 4 + [middle] + [paragraph] * 4
    assert read_notes("\n\n".join(blocks)).disclosure is None
    assert _disclosure("Μια μακριά κριτική για το μυθιστόρημα, τους χαρακτήρες και τη γλώσσα του βιβλίου.",
                       "*Οι εκδόσεις δεν διέθεσαν αντίτυπο· το αγόρασα.*") is None
