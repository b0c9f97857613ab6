"""Helper body48a of the holdout48 round, in our own words and markup (made-up books, people and sites):

- a paywall's access line after the article in South Slavic, Bulgarian and Baltic languages (sitenotices._ACCESS: sl
  "dostopen naročnikom", hr/bs "dostupan samo pretplatnicima", sr "само за претплатнике", bg "само за абонати", lt, lv, et);
- a subscription offer closing the article, its first month at a token price in sl/hr/cs/hu/lv/sv (couponline.INTRO_PRICE,
  the currency written as the language writes it: "evro", "eura", "eiro") or free (FREE_TRIAL);
- a byline row under the headline and its standfirst, the name and the date each in a span of their own
  (datelines._byline_row);
- a desk's lead picture whose caption closes on the picture's source alone in brackets, a name named nowhere else
  (leadpicture._BARE_BRACKET);
- a library catalogue's page: its record and buttons, a short description section under a heading, then the readers'
  list under its heading and a reader's card (listheading: the list's heading and the blurb over it).

Near misses: an article merely available in another language; a book available in every shop; a first month of reading
told in a review; a price in the review's prose; a dated line of the review's own after its first paragraph; a bracket
holding an imprint and a year, or words in lower case; a blog's own picture inside its text box; a catalogue section with
no shop's head before it, or one holding a content warning.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.couponline import FREE_TRIAL, INTRO_PRICE
from scraper.extract.sitenotices import access_line

_SL = ("<p>Pisateljica tokrat piše o svetilničarki, ki na otoku preživi dolgo zimo z bratom, ki ne govori več. Vsako poglavje "
       "je en dan, in dnevi se počasi zlivajo v en sam dolg, siv in tih mesec, ki ga bralec začuti v kosteh.</p>"
       "<p>Najboljši so prizori z morjem, najslabši dialogi v mestu, ki zvenijo prisiljeno. A konec je tako lep, da sem ga "
       "prebrala dvakrat, in knjigo bom zagotovo priporočala vsem, ki imajo radi tihe romane o otokih in ljudeh.</p>")
_EN = ("<p>I borrowed this for a class on island fiction and expected a slog. It was not one. The brother and sister who "
       "keep the lamp talk past each other for two hundred pages, and the weather does most of the talking for them.</p>"
       "<p>The middle drags and some chapters repeat the same storm, but the last scene on the rocks is worth it, and I "
       "would give it to anyone who likes quiet books about hard places.</p>")


def _body(html: str, url: str = "https://tednik.example.si/12345/otok-in-svetilnik/") -> str:
    return extract_page(html.encode(), url).body_text


def test_access_line_in_more_languages():
    assert access_line("Prispevek je dostopen samo naročnikom spletne izdaje.")
    assert access_line("Tekst je dostupan samo pretplatnicima portala.")
    assert access_line("Ovaj sadržaj je samo za pretplatnike.")
    assert access_line("Текст је доступан само претплатницима.")
    assert access_line("Материалът е достъпен само за абонати.")
    assert access_line("Šis tekstas skirtas tik prenumeratoriams.")
    assert access_line("Saturs pieejams tikai abonentiem.")
    assert access_line("Lugu on kättesaadav ainult tellijatele.")


def test_access_near_misses_stay():
    assert not access_line("Intervju je dostopen tudi v angleščini.")
    assert not access_line("Roman je dostupan u svim knjižarama u gradu.")
    assert not access_line("Junakinja je odpovedala naročnino na časopis, ki ga je brala trideset let.")


def test_first_month_offer_in_more_languages():
    assert INTRO_PRICE.search("Naročite revijo in berite brez omejitev – prvi mesec za 2 evra.")
    assert INTRO_PRICE.search("Pretplatite se danas: prvi mjesec samo 1 euro.")
    assert INTRO_PRICE.search("Předplaťte si nás, první měsíc za 29 Kč.")
    assert INTRO_PRICE.search("Fizessen elő: az első hónap 490 Ft.")
    assert INTRO_PRICE.search("Abonē tagad – pirmais mēnesis par 1 eiro.")
    assert INTRO_PRICE.search("Prenumerera idag, första månaden för 10 kr.")
    assert FREE_TRIAL.search("Prvi mjesec besplatno za nove čitatelje.")


def test_first_month_near_misses_stay():
    assert not INTRO_PRICE.search("Prvi mesec na otoku je junakinja samo molčala.")
    assert not INTRO_PRICE.search("Knjiga stane 24 evrov, prvo poglavje pa je najlepše.")
    assert not FREE_TRIAL.search("Prvi mjesec u novom gradu bio je najteži.")


def test_paywall_lines_and_offer_leave_a_slovenian_review():
    html = ('<html lang="sl"><head><meta charset="utf-8"><title>Otok in svetilnik | Tednik.si</title></head><body>'
            '<div class="clanek"><div class="rubrika">Tednik 12 · Knjige</div><h1>Ana Breg: Otok in svetilnik</h1>'
            '<div class="podnaslov"><p>Zima na otoku in brat, ki molči</p></div>'
            '<div class="vrstica"><span class="ime">Maja Lipnik</span> | <span class="dan">3. 11. 2026</span></div>'
            f'<div class="besedilo">{_SL}<div class="ponudba"><p><strong>Naročite Tednik</strong> in berite vse prispevke '
            'brez omejitev – prvi mesec za 2 evra.</p></div></div>'
            '<div class="opomba"><p>Prispevek je dostopen naročnikom tiskane in spletne izdaje.</p></div>'
            '</div></body></html>')
    body = _body(html)
    assert "svetilničarki" in body and "tihe romane" in body
    assert "Naročite" not in body and "dostopen naročnikom" not in body
    assert "Maja Lipnik" not in body and "3. 11. 2026" not in body


def test_a_dated_row_after_the_text_began_or_no_byline_is_not_read_as_one():
    import lxml.html
    from scraper.extract.datelines import _byline_row
    first, second = _SL.split("</p>", 1)
    root = lxml.html.fromstring(f'<div><h1>Otok</h1>{first}</p><div id="r"><span>Ana Breg</span> <span>3. 11. 2026</span></div>{second}</div>')
    assert not _byline_row(root.get_element_by_id("r"))  # (a name and a date after a paragraph of prose: the text's)
    root = lxml.html.fromstring('<div><h1>Otok</h1><div id="r"><span>Ana Breg</span> | <span>3. 11. 2026</span></div><p>Kratko.</p></div>')
    assert _byline_row(root.get_element_by_id("r"))
    root = lxml.html.fromstring('<div><h1>Otok</h1><div id="r"><span>Izšlo:</span> <span>3. 11. 2026</span></div></div>')
    assert not _byline_row(root.get_element_by_id("r"))  # (a label and a date: no name)
    root = lxml.html.fromstring('<div><h1>Otok</h1><div id="r"><span>pri nas doma</span> <span>3. 11. 2026</span></div></div>')
    assert not _byline_row(root.get_element_by_id("r"))  # (no capitalised name past the first word)


def _picture_page(caption: str, inside: bool = False) -> str:
    figure = f'<figure class="glavna"><img src="/slike/otok.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
    text = f'<div class="tekst">{figure if inside else ""}{_SL}</div>'
    return ('<html lang="sl"><head><meta charset="utf-8"><title>Otok in svetilnik</title></head><body><main><article>'
            '<h1>Otok in svetilnik</h1><div class="meta"><span>Maja Lipnik</span> <span>Sobota, 3.11.2026. 09:12</span></div>'
            f'{"" if inside else figure}{text}</article></main></body></html>')


def test_a_desk_caption_closed_by_its_source_alone_goes():
    body = _body(_picture_page("„Otok in svetilnik“, Ana Breg (Zalozba Galeb)"))
    assert "Zalozba Galeb" not in body and "svetilničarki" in body
    body = _body(_picture_page("Svetilnik na skalah ob nevihti (Pixabay)"))
    assert "Pixabay" not in body and "svetilničarki" in body


def test_captions_that_are_no_desk_credit_stay():
    # (an imprint and its year; an edition noted in lower case; the picture inside the text's own box)
    assert "Galeb, 2024" in _body(_picture_page("Otok in svetilnik, Ana Breg (Galeb, 2024)"))
    assert "nova izdaja" in _body(_picture_page("Otok in svetilnik, Ana Breg (nova izdaja)"))
    assert "Zalozba Galeb" in _body(_picture_page("„Otok in svetilnik“, Ana Breg (Zalozba Galeb)", inside=True))


def _catalogue(head: str, summary: str) -> str:
    return ('<html lang="en"><head><meta charset="utf-8"><title>The Lamp Keepers | Harbour School Library</title></head>'
            '<body><header><a href="/">Library</a> <a href="/search">Search</a></header><main><div class="record-page">'
            f'{head}<div class="about"><h2>About this title</h2><p>{summary}</p></div>'
            '<section class="opinions"><h2>Reader reviews (1)</h2><div class="opinion">'
            '<div class="opinion-head"><span class="who">Reviewed by Year 12 reader Tom K.</span> '
            '<span class="date">14 Nov 2026</span></div>'
            f'<div class="opinion-text">{_EN}<p>Rating: 4 out of 5</p></div></div></section></div></main></body></html>')


_HEAD = ('<div class="title-box"><h1>The Lamp Keepers</h1><p class="by">Breg, Ana, 1970-</p>'
         '<table><tr><th>Publisher</th><td>Gull Press, 2019</td></tr><tr><th>Shelf</th><td>F BRE</td></tr></table>'
         '<div class="actions"><button>Place a hold</button> <button>Save to list</button></div></div>')


def test_a_catalogue_blurb_and_the_readers_list_heading_go():
    body = _body(_catalogue(_HEAD, "Two siblings keep a lighthouse through one long winter on a northern island."),
                 "https://library.harbour.example.nz/catalogue/998877")
    assert "borrowed this for a class" in body and "Rating: 4 out of 5" in body
    assert "Two siblings keep a lighthouse" not in body
    assert "Reader reviews (1)" not in body


def test_a_summary_with_no_shop_head_or_holding_a_warning_stays():
    url = "https://library.harbour.example.nz/catalogue/998877"
    assert "Two siblings keep" in _body(_catalogue("<h1>The Lamp Keepers</h1>", "Two siblings keep a lighthouse through "
                                                   "one long winter on a northern island."), url)
    warned = "Content warning: the book depicts a drowning and grief."
    assert "drowning" in _body(_catalogue(_HEAD, warned), url)
