"""The book's cover closing the article's <header>, captioned with the book's record, kept at the top of the text (round
s28), in our own words and markup.

``bodyfields.prepend_record_box``: a theme (Ghost's, a paper's) sets its header as rubric, headline, byline and the lead
picture, the text's box right after the header. A lead picture captioned with the book's record ("A, «T», House") that
the page calls the cover is the review's record line; it stood outside the text's box and was lost. Now a <figure>
closing the <header> right before the body is read as one right before it. ``recordcaption.names_book``: a picture's
file name that spells a title of two words or more, transliterated from its script ("ta-nera-tou-votsi.jpg" for
"Τα νερά του βοτσί"), calls it the book's as a "cover" in its name does.

Near misses: a header picture captioned with a photo's credit, one whose file name spells nothing of the title, and a
record caption whose author the text never names, all stay out.
"""

from __future__ import annotations

from scraper.extract import extract_page

URL = "https://reader.example/p/1/"


def _page(lang: str, headline: str, src: str, caption: str, paras: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{headline}</title></head><body>"
            "<article class='article post'><header class='article-header'>"
            f"<h1 class='article-title'>{headline}</h1><div class='byline'><a href='/author/x/'>Ρ. Σ.</a></div>"
            f"<figure class='article-image'><img src='{src}' alt=''><figcaption>{caption}</figcaption></figure>"
            f"</header><section class='gh-content'>{body}</section></article></body></html>")


EL = ["Άρχισα το βιβλίο περιμένοντας μια απλή οικογενειακή ιστορία και βρέθηκα σε κάτι πολύ πιο σκοτεινό και τρυφερό.",
      "Η Σταματίου γράφει με μικρές προτάσεις, και κάθε κεφάλαιο κλείνει με μια εικόνα που μένει στο μυαλό για μέρες.",
      "Το τέλος βιάζεται λίγο, αλλά η φωνή της αφηγήτριας αξίζει κάθε σελίδα αυτού του μικρού μυθιστορήματος."]
RU = ["Я взяла эту книгу в дорогу и прочитала её за два вечера, не отрываясь даже в шумном вагоне поезда.",
      "Орлова пишет коротко и точно, и каждая глава заканчивается сценой, которую долго не можешь забыть.",
      "Финал немного скомкан, но голос рассказчицы стоит того, чтобы прочитать этот небольшой роман целиком."]
EN = ["I took this one on a long train journey and finished it in two evenings, barely looking up at the view.",
      "Marlow writes in short, exact sentences, and every chapter closes on an image that stays with you for days.",
      "The ending hurries a little, but the narrator's voice is worth every page of this small and careful novel."]


def test_header_cover_with_a_transliterated_file_name_is_kept():
    for lang, src, caption, paras in (
        ("el", "/content/images/2026/12/ta-nera-tou-votsi.jpg", "Ε. Σταματίου, «Τα νερά του βοτσί», εκδ. Πόλις", EL),
        ("ru", "/img/2026/tikhaya-gavan.jpg", "Анна Орлова, «Тихая гавань», изд. Гнездо", RU),
        ("en", "/img/2026/the-salt-orchard-cover.jpg", "Ines Marlow, “The Salt Orchard”, Harbour Press", EN),
    ):
        text = extract_page(_page(lang, "Headline of the post", src, caption, paras), URL).body_text
        assert caption in " ".join(text.split()), (lang, text[:200])
        assert paras[0][:40] in text


def test_header_picture_with_a_credit_or_an_unrelated_file_stays_out():
    for src, caption, paras in (
        ("/img/2026/harbour.jpg", "Το λιμάνι τον χειμώνα. Φωτογραφία: Αρχείο", EL),
        ("/img/2026/portrait-of-the-author.jpg", "Ε. Σταματίου, «Τα νερά του βοτσί», εκδ. Πόλις", EL),
        # (the text never names Белова)
        ("/img/2026/tikhaya-gavan.jpg", "Мария Белова, «Тихая гавань», изд. Гнездо", RU),
    ):
        text = extract_page(_page("el", "Headline of the post", src, caption, paras), URL).body_text
        assert caption not in " ".join(text.split()), (caption, text[:200])
        assert paras[0][:40] in text
