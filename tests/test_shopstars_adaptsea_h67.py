"""holdout67 round (det67b): a shop's product page with one customer's stars under its record's identifier row is the
shop's record, not a review (productstars.py, reviewed.product_record); news that a novel will become a film or a
series in Khmer, Lao, Burmese and Vietnamese (adaptbecomes._BECOMES_SEA). All text is our own."""

from scraper.extract import extract_page
from scraper.extract.adaptbecomes import becomes
from scraper.extract.productstars import customers_tail


def _shop(lang: str, title: str, author: str, price: str, cart: str, about: str, rows: str, stars_box: str) -> str:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Shop</title></head>
<body><header><a href="/">Shop</a><a href="/cart/">0</a></header><main class="product">
<div class="item"><h1>{title}</h1><p><a href="/a/x/">{author}</a></p>
<div><span>{price}</span> <button>{cart}</button></div>
<div class="desc"><h2>O książce</h2><p>{about}</p><p>{_PL_MORE}</p></div>
<table>{rows}</table></div>
{stars_box}
</main><footer><p>© 2026 Shop</p></footer></body></html>"""


_PL_ABOUT = ("Nowe wydanie powieści o rodzinie rybaków z północnego wybrzeża, którzy przez trzy pokolenia walczą z morzem, "
             "z bankiem i ze sobą nawzajem, opowiedziane głosem najmłodszej córki, która wraca do domu po latach.")
_PL_MORE = ("Książka, która przy pierwszym wydaniu wywołała spór o to, ile wolno powiedzieć o małych miastach i o "
            "tym, co skrywają, wraca w serii współczesnej klasyki z posłowiem historyka literatury i nową okładką. Do tego wydania "
            "dołączono mapę wybrzeża i krótki słownik dawnych słów rybackich, których używają bohaterowie.")
_PL_ROWS = "<tr><th>Wydawnictwo</th><td>Przykładowe</td></tr><tr><th>Strony</th><td>312</td></tr><tr><th>EAN</th><td>9781234567897</td></tr>"
_PL_STARS = ('<section class="product-reviews"><h2>Opinie klientów</h2><div class="review"><b>Anna K.</b> <span>1. 12. 2026</span> '
             '<span class="stars">★★★★☆</span><p>Przeczytałam w dwa wieczory, polecam.</p></div>'
             '<a href="#" class="btn">Dodaj opinię</a></section>'
             '<section class="also"><h2>Polecamy też</h2><ul><li><a href="#">Inna: Rzeka</a></li><li><a href="#">Ktoś: Las</a></li></ul></section>')


def test_polish_product_page_with_a_customers_stars_is_no_review():
    page = _shop("pl", "Sól na wietrze", "Jan Przykładny", "39,90 zł", "Do koszyka", _PL_ABOUT, _PL_ROWS, _PL_STARS)
    record = extract_page(page, "https://ksiegarnia.example.pl/ksiazki/sol-na-wietrze-123")
    assert not record.is_review, record.reason


def test_customers_tail_rows_in_several_languages():
    for label in ("EAN", "ISBN", "ISBN-13", "Kód"):
        lines = ["Opis", "Text o knihe.", f"| {label} | 978-80-1234-567-8 |", "Hodnocení", "★★★★★", "Skvělé."]
        assert customers_tail(lines) == 2, label
    # a labelled line, Portuguese, a ten-digit ISBN
    lines = ["Sinopse do livro.", "ISBN: 0-123-45678-X", "Avaliações", "4/5", "Gostei muito."]
    assert customers_tail(lines) == 1


def test_near_misses_stay_reviews():
    # a blogger's record with its ISBN, then the review written out and rated (Dutch): prose after the record
    lines = ["| Titel | De lange winter |", "| ISBN | 9781234567897 |",
             "Ik begon aan dit boek op een regenachtige zondag en kon het daarna niet meer wegleggen, want de schrijver "
             "weet als geen ander hoe een dorp zwijgt wanneer er iets gebeurd is dat niemand wil benoemen.", "4/5"]
    assert customers_tail(lines) is None
    # a score before the record (a review opening on its verdict), Spanish
    lines = ["Mi nota: 5/5", "Reseña breve.", "ISBN: 9781234567897", "Opiniones", "★★★★★"]
    assert customers_tail(lines) is None
    # no identifier row: a page number and a year are no code
    lines = ["| Páginas | 312 |", "| Año | 2026 |", "★★★★★", "Muy bueno."]
    assert customers_tail(lines) is None
    # an unlabelled ten-digit number (a phone) is no ISBN
    lines = ["Tel: 0123456789", "★★★★★"]
    assert customers_tail(lines) is None


def test_shop_page_with_a_written_customer_review_is_left_to_the_review_rules():
    written = ('<section class="opinie"><h2>Opinie klientów</h2><div><b>Anna K.</b> <span>★★★★☆</span><p>'
               + "Czytałam tę powieść powoli, rozdział po rozdziale, i z każdą stroną bardziej rozumiałam, dlaczego "
                 "najmłodsza córka wraca; zakończenie zostawia czytelnika z pytaniem, które długo nie daje spokoju, "
                 "a opisy morza są najpiękniejszym, co czytałam w tym roku." + "</p></div></section>")
    page = _shop("pl", "Sól na wietrze", "Jan Przykładny", "39,90 zł", "Do koszyka", _PL_ABOUT, _PL_ROWS, written)
    lines = ["Opis.", "| EAN | 9781234567897 |", "★★★★☆", written]
    assert customers_tail(lines) is None
    assert extract_page(page, "https://ksiegarnia.example.pl/ksiazki/sol-na-wietrze-123").kind != "listing"


def test_becomes_in_khmer_lao_burmese_vietnamese():
    assert becomes("ប្រលោមលោក «ផ្កាព្រៃ» នឹងក្លាយជាខ្សែភាពយន្ត")  # km: will become a film
    assert becomes("រឿងនេះ នឹងត្រូវកែសម្រួលជារឿងភាគ")  # km: will be adapted into a series
    assert becomes("ນະວະນິຍາຍ «ດອກໄມ້ປ່າ» ຈະຖືກດັດແປງເປັນຮູບເງົາ")  # lo: will be adapted into a film
    assert becomes("ဝတ္ထု «တောပန်း» ကို ရုပ်ရှင်အဖြစ် ရိုက်ကူးမည်")  # my: will be shot as a film
    assert becomes("Tiểu thuyết «Hoa dại» sẽ được dựng thành phim")  # vi: will be made into a film


def test_becomes_near_misses():
    assert not becomes("ប្រលោមលោកនេះបានក្លាយជាខ្សែភាពយន្តកាលពីឆ្នាំ ១៩៩៥")  # km: became a film (past)
    assert not becomes("ខ្ញុំនឹងអានសៀវភៅនេះម្តងទៀត")  # km: I will read this book again
    assert not becomes("ໜັງສືຫົວນີ້ ໄດ້ກາຍເປັນຮູບເງົາ ແລ້ວ")  # lo: has become a film
    assert not becomes("ຂ້ອຍຈະອ່ານໜັງສືເຫຼັ້ມນີ້")  # lo: I will read this book ("ໜັງສື", not the film's "ໜັງ")
    assert not becomes("ဒီဝတ္ထုကို ရုပ်ရှင်အဖြစ် ရိုက်ကူးခဲ့သည်")  # my: was shot as a film (past)
    assert not becomes("Cuốn tiểu thuyết đã trở thành phim năm 1990")  # vi: past


def test_lao_adaptation_news_page_is_no_review():
    body = ("<p>ວຽງຈັນ: ບໍລິສັດຜະລິດຮູບເງົາເອກະຊົນແຫ່ງໜຶ່ງ ໄດ້ປະກາດໃນວັນຈັນຜ່ານມາວ່າ ຈະເລີ່ມຖ່າຍທຳຮູບເງົາທີ່ອີງໃສ່ນະວະນິຍາຍ "
            "«ດອກໄມ້ປ່າ» ຂອງນັກຂຽນ ສົມສີ ວົງພະຈັນ ໃນຕົ້ນປີໜ້າ ໂດຍໃຊ້ທຶນຮອນຈາກນັກລົງທຶນພາຍໃນປະເທດ.</p>"
            "<p>ຜູ້ກຳກັບໄດ້ບອກນັກຂ່າວວ່າ ການຖ່າຍທຳຈະເຮັດຢູ່ແຂວງຫຼວງພະບາງ ແລະ ແຂວງຊຽງຂວາງ ແລະ ນັກສະແດງນຳທັງສອງຄົນ"
            "ຈະຖືກຄັດເລືອກຜ່ານການທົດສອບທີ່ເປີດກວ້າງໃຫ້ໄວໜຸ່ມທົ່ວປະເທດເຂົ້າຮ່ວມ ເຊິ່ງຈະເລີ່ມຮັບສະໝັກໃນເດືອນໜ້າ.</p>"
            "<p>ຕົວແທນຄອບຄົວຂອງນັກຂຽນໄດ້ຢືນຢັນວ່າ ພວກເຂົາໄດ້ເຫັນດີກັບບົດພາບຍົນແລ້ວ ໂດຍມີເງື່ອນໄຂວ່າເລື່ອງເດີມຕ້ອງຖືກຮັກສາໄວ້"
            "ຢ່າງຊື່ສັດ. ຮູບເງົາເລື່ອງນີ້ມີກຳນົດສາຍໃນໂຮງຮູບເງົາໃນຊ່ວງບຸນປີໃໝ່ລາວ ປີ 2028 ແລະ ຈະຖືກສົ່ງເຂົ້າປະກວດໃນງານມະຫະກຳຮູບເງົາອາຊຽນ.</p>")
    page = f"""<!DOCTYPE html><html lang="lo"><head><meta charset="utf-8">
<title>ນະວະນິຍາຍ «ດອກໄມ້ປ່າ» ຈະກາຍເປັນຮູບເງົາ | ຂ່າວ</title></head><body><div class="article">
<h1>ນະວະນິຍາຍ «ດອກໄມ້ປ່າ» ຈະກາຍເປັນຮູບເງົາ</h1><div class="meta">ໂດຍ: ສົມພອນ</div><div class="body">{body}</div></div></body></html>"""
    record = extract_page(page, "https://news.example.la/article/2026/12/991.html")
    assert not record.is_review, record.reason
