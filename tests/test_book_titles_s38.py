"""Book titles cut short or run long (bookworld38):

- a comma part after the title is kept when the post's address spells the whole title and not the headline
  (bookrescue._trim_remark: "A: T, pav in jezuit" at ".../t-pav-in-jezuit");
- a citation's colon subtitle mostly of short words ("The Making of a Town") is a title's, not a description
  (bookcitedhead.cited_head);
- an English title in a Tagalog/Indonesian line keeps its words before its lower-case small words ("Married to the
  Billionaire ni A": bookownby.plain_own_by);
- a headline's lead the text writes in lower case before the capitalised title is the blogger's verb
  ("Membaca Ulang T karya A" over "… membaca ulang T …": booklowerlead);
- a cover's caption "T by A (House, Year), …" needs the surname named once in the text (bookcaptionby._plain_by);
- a deck "A's T, the book that …" names the book though the text never repeats T (bookstandfirst._plain_owned).
"""

from __future__ import annotations

from scraper.extract import extract_page


def _blogger(headline: str, paragraphs: list[str], url: str, lang: str = "sl"):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Bralnica: {headline}</title>'
            '<meta name="generator" content="blogger"></head><body><div class="post">'
            f'<h3 class="post-title entry-title">{headline}</h3><div class="post-body entry-content">{body}'
            '<p><b>Ocena: 4/5</b></p></div></div></body></html>')
    return extract_page(html, url)


_SL = [
    "Ivo Brenk je napisal roman o mlinarjevi hčeri Marti, ki se neke zime izgubi v gozdu in tam sreča lisico.",
    "Marta je trmasta in pametna, Brenk pa jo opisuje z veliko nežnosti in humorja, brez pridigarskega tona.",
    "Pripoved teče počasi, skozi letne čase na vasi, med mlinom, kovačnico in župniščem, in vsak prizor ima svoje "
    "majhne skrivnosti, ki jih Marta odkriva sama.",
    "Najbolj so mi bili všeč pogovori z lisico, ki so hkrati smešni in žalostni, saj žival ve več o ljudeh, kot bi "
    "si mislili, in jih zna tudi lepo povedati.",
    "Zadnja poglavja so malce prehitra in nekaj stranskih likov ostane nedorečenih, vendar je knjiga topla in lepo "
    "napisana, prava za dolge zimske večere ob peči.",
]


def test_slug_spelling_the_whole_title_keeps_its_comma_part():
    record = _blogger("Ivo Brenk: Marta, lisica in mlinar", _SL,
                      "https://bralnica.blogspot.com/2026/11/marta-lisica-in-mlinar.html")
    assert (record.book_title, record.book_author) == ("Marta, lisica in mlinar", "Ivo Brenk")


def test_near_miss_slug_spelling_the_whole_headline_is_no_evidence():
    record = _blogger("Ivo Brenk: Marta, lisica in mlinar", _SL,
                      "https://bralnica.blogspot.com/2026/11/ivo-brenk-marta-lisica-in-mlinar.html")
    assert record.book_title == "Marta"


def test_near_miss_slug_spelling_the_bare_title_still_drops_the_remark():
    record = _blogger("Ivo Brenk: Marta, lisica in mlinar", _SL,
                      "https://bralnica.blogspot.com/2026/11/marta.html")
    assert record.book_title == "Marta"


# --- a citation's subtitle of short words --------------------------------------------------------------------------

_EN = [
    "I picked this up in the harbour museum shop after a wet afternoon of looking at rope and old photographs.",
    "Delacroix walks through three centuries of the port, from the first fish market to the container cranes, "
    "and lets the dock workers and their families speak for themselves.",
    "The chapters on the great strike are the strongest, patient and clear about who gained and who lost.",
    "It drags in the middle, but I finished it in two evenings and have recommended it to my whole family.",
    "<strong>Rating:</strong> ★★★★☆",
]


def _cited(citation: str):
    body = "".join(f"<p>{p}</p>" for p in _EN) + f"<p><em>{citation}</em></p>"
    html = ('<html lang="en"><head><meta charset="utf-8"><title>Salt on the quay | Dockside Notes</title></head><body>'
            '<main><article class="post-single"><h1 class="post-title">Salt on the quay</h1>'
            f'<div class="post-content">{body}</div></article></main></body></html>')
    return extract_page(html, "https://dockside.example.org/posts/2026/salt-on-the-quay/")


def test_subtitle_of_short_words_stays_with_the_title():
    record = _cited("Harbour: The Making of a Town, by Louise Delacroix (Tidewater Press, 2020).")
    assert (record.book_title, record.book_author) == ("Harbour: The Making of a Town", "Louise Delacroix")


def test_near_miss_descriptive_subtitle_is_still_cut():
    record = _cited("Harbour: Dockers, Merchants and Smugglers of the Northern Coast, by Louise Delacroix "
                    "(Tidewater Press, 2020).")
    assert (record.book_title, record.book_author) == ("Harbour", "Louise Delacroix")


def test_near_miss_subtitle_of_long_words_is_cut():
    record = _cited("Harbour: Salt Traders, Fishwives and Their Fleets, by Louise Delacroix (Tidewater Press, 2020).")
    assert record.book_title == "Harbour"


# --- an English title inside a Tagalog line ----------------------------------------------------------------------------

def _wordpress(headline: str, paragraphs: list[str], lang: str, url: str, extra_head: str = ""):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline} – Tala ng Pahina</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1>{extra_head}'
            f'<div class="entry-content">{body}<p>Rating: 4/5</p></div></article></body></html>')
    return extract_page(html, url)


_TL_REST = [
    "Si Rosa ay isang tindera sa palengke na napilitang magpakasal sa anak ng may-ari ng isla, at doon nagsimula ang "
    "gulo. Magaling si Reyes sa mga eksena ng away at bati, at tawa ako nang tawa sa bus.",
    "Pero hindi lang ito puro kilig. Yung huling bahagi ay mabigat, at may mga linya na tumatak sa akin hanggang "
    "ngayon. May ilang tauhan na parang palamuti lang, pero sulit pa rin basahin ulit.",
]


def test_english_title_keeps_its_words_before_a_small_word():
    record = _wordpress("Basa ulit: isang lumang paborito", [
        "Binasa ko ulit ang Married to the Billionaire ni Carmela Reyes ngayong Disyembre, matapos ang sampung taon.",
        *_TL_REST], "tl", "https://talangpahina.example.ph/2026/12/basa-ulit/")
    assert (record.book_title, record.book_author) == ("Married to the Billionaire", "Carmela Reyes")


def test_near_miss_a_tagalog_word_before_the_title_is_not_taken():
    record = _wordpress("Basa ulit: isang lumang paborito", [
        "Binasa ko ulit ang Billionaire sa Isla ni Carmela Reyes ngayong Disyembre, matapos ang sampung taon.",
        *_TL_REST], "tl", "https://talangpahina.example.ph/2026/12/basa-ulit/")
    assert (record.book_title, record.book_author) == ("Billionaire sa Isla", "Carmela Reyes")


def test_near_miss_a_lower_case_english_word_before_the_article_stops_the_title():
    record = _wordpress("Basa ulit: isang lumang paborito", [
        "Binasa ko ulit yung kwento about the Billionaire ni Carmela Reyes ngayong Disyembre, matapos ang sampung taon.",
        *_TL_REST], "tl", "https://talangpahina.example.ph/2026/12/basa-ulit/")
    assert record.book_title != "about the Billionaire" and "about" not in (record.book_title or "")


# --- a headline's verb before the title --------------------------------------------------------------------------------

_ID = [
    "Kumpulan cerita ini bercerita tentang kota pelabuhan kecil di pesisir utara, para nelayan, pedagang dan anak-anak "
    "yang menunggu kapal pulang. Hartati menulis dengan kalimat pendek yang tajam.",
    "Yang paling saya suka adalah cerita tentang mercusuar tua, yang dulu saya lewati begitu saja. Tidak semua cerita "
    "sama kuatnya, tetapi buku ini tetap layak dibaca ulang oleh siapa saja yang pernah tinggal di pesisir.",
]


def test_headline_verb_written_in_lower_case_in_the_text_is_cut():
    record = _wordpress("Membaca Ulang Senja di Pelabuhan karya Rina Hartati", [
        "Waktu kuliah saya pernah meminjam buku ini dari perpustakaan. Sepuluh tahun kemudian saya membaca ulang Senja "
        "di Pelabuhan dari awal sampai akhir, dan rasanya berbeda sekali.", *_ID],
        "id", "https://rakit.example.id/2026/11/senja-di-pelabuhan/")
    assert (record.book_title, record.book_author) == ("Senja di Pelabuhan", "Rina Hartati")


def test_near_miss_text_writing_the_whole_title_capitalised_keeps_it():
    record = _wordpress("Menunggu Kapal Pulang karya Rina Hartati", [
        "Menunggu Kapal Pulang adalah buku yang saya pinjam dari perpustakaan. Sepuluh tahun kemudian saya masih "
        "menunggu Kapal Pulang yang lain dari penulis ini.", *_ID],
        "id", "https://rakit.example.id/2026/11/menunggu-kapal-pulang/")
    assert record.book_title == "Menunggu Kapal Pulang"


def test_near_miss_a_bare_article_in_lower_case_is_no_lead():
    record = _wordpress("Review: The Lantern Keeper by Ada Brennan", [
        "I first read the Lantern Keeper on a ferry years ago, and Brennan's lighthouse has stayed with me since.",
        "The story follows a widow who keeps the light on a small island while the village argues about the new "
        "electric beacon, and Brennan gives every neighbour a voice of their own.",
        "It is slow in the middle, but the storm chapter is among the best things I have read this year."],
        "en", "https://slowshelf.example.org/2026/11/lantern-keeper/")
    assert (record.book_title, record.book_author) == ("The Lantern Keeper", "Ada Brennan")


# --- a cover's caption "T by A (House, Year), …" -------------------------------------------------------------------------

_POEMS = [
    "Novak was a poet of rivers and kitchens long before the floods, and these poems keep that plain, exact voice "
    "while the water rises around them.",
    "The collection moves between the everyday and the frightening: a poem about sandbags sits next to one about "
    "a grandmother's recipe for plum dumplings, and both are about staying alive.",
    "The translation keeps the short lines short and does not smooth the rough places. A few puns are lost, but the "
    "notes at the back help, and I read several poems twice before I understood them.",
]


def _ghost(src: str, caption: str, paragraphs: list[str] = _POEMS):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = ('<html lang="en"><head><meta charset="utf-8"><title>Poems against the water</title>'
            '<meta name="generator" content="Ghost 5.96"></head><body><article class="article">'
            '<h1 class="article-title">Poems against the water</h1>'
            f'<figure class="article-image"><img src="{src}" alt=""><figcaption>{caption}</figcaption></figure>'
            f'<section class="gh-content">{body}<p>Rating: 4/5</p></section></article></body></html>')
    return extract_page(html, "https://riververse.example.com/poems-against-the-water/")


_CAPTION = "Sandbags and Plum Trees by Mila Novak, translated from the Slovene"


def test_cover_caption_by_needs_the_surname_once():
    record = _ghost("/content/images/2026/12/novak-cover.jpg",
                    "Sandbags and Plum Trees by Mila Novak (Lindenhall Press, 2022), translated from the Slovene")
    assert (record.book_title, record.book_author) == ("Sandbags and Plum Trees", "Mila Novak")


def test_near_miss_a_photo_caption_still_needs_the_surname_twice():
    record = _ghost("/content/images/2026/12/river-at-dusk.jpg", _CAPTION)
    assert record.book_author != "Mila Novak"


def test_near_miss_a_cover_caption_whose_writer_the_text_never_names():
    record = _ghost("/content/images/2026/12/novak-cover.jpg", _CAPTION,
                    [p.replace("Novak was", "She was") for p in _POEMS])
    assert record.book_author != "Mila Novak"


# --- a deck that calls its title a book --------------------------------------------------------------------------------

_DECK_TEXT = [
    "In the winter of 1961 a ferry sank off the northern cape, and the coast guard's report blamed the weather. "
    "Ruiz, then a young court reporter, heard that one survivor told another story, and went to find him.",
    "What she wrote reads like a thriller but every name is real. Ruiz gives each drowned passenger a kitchen and a "
    "job before the night itself, minute by minute, and then the inquiry that buried it.",
    "It is essential reading for anyone who thinks they know what reporting can do, and I wish it were better known.",
]


def _substack(deck: str):
    body = "".join(f"<p>{p}</p>" for p in _DECK_TEXT)
    html = ('<html lang="en"><head><meta charset="utf-8"><title>A night off the cape - Harbour Letters</title></head>'
            '<body><article class="newsletter-post post"><div class="post-header">'
            '<h1 class="post-title published">A night off the cape</h1>'
            f'<h3 class="subtitle">{deck}</h3></div><div class="available-content"><div class="body markup">{body}'
            '<p><strong>Rating:</strong> ★★★★☆</p></div></div></article></body></html>')
    return extract_page(html, "https://harbourletters.substack.com/p/a-night-off-the-cape")


def test_deck_calling_its_title_a_book():
    record = _substack("Ana Ruiz's The Cold Crossing, the book that taught a country to read its own reports")
    assert (record.book_title, record.book_author) == ("The Cold Crossing", "Ana Ruiz")


def test_near_miss_deck_apposition_that_is_no_book():
    record = _substack("Ana Ruiz's Northern Cape, the coast she never stopped writing about")
    assert record.book_title != "Northern Cape"


def test_near_miss_deck_with_a_remark_after_the_title():
    record = _substack("Ana Ruiz's The Cold Crossing, sixty years after the night it tells")
    assert record.book_title != "The Cold Crossing"
