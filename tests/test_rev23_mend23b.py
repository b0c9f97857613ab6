"""rev23 (mend23b): three rules that misread an ordinary review, mended; each with its counter-example and a near case
the rule must still catch. Pages written for these tests."""

from __future__ import annotations

import pytest
from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.adaptrights import rights_bought
from scraper.extract.commenthead import _named_entry


# 1. adaptrights: a reader's voice in the lead, rights as a whole word or a screen compound, narrower buy verbs

@pytest.mark.parametrize("line", [
    "A streaming service bought the film rights to Ada Brenn's The Quiet Harbour before it came out, and now that I have read it I see why.",
    "Ich habe den Roman im Urlaub gelesen, lange nachdem eine Produktionsfirma die Filmrechte gekauft hatte.",
    "J'ai lu ce roman bien après que des producteurs ont acheté les droits pour une série.",
    "Die Produktionsfirma kauft Land am See und verletzt dabei die Menschenrechte der Fischer.",
    "The studio secured the rights to use an old song in its film about the harbour.",
    "La productora compra papel reciclado y defiende los derechos de sus trabajadores.",
])
def test_rights_not_bought(line):
    assert not rights_bought(line)


@pytest.mark.parametrize("line", [
    "A production company has acquired the film rights to Ada Brenn's novel The Quiet Harbour.",
    "Eine Produktionsfirma hat sich die Filmrechte an dem Roman gesichert.",
    "Les droits du roman ont été acquis par une société de production.",
    "Una productora ha comprado los derechos de la novela para una serie.",
    "Ett produktionsbolag har köpt filmrättigheterna till romanen.",
    "Một hãng phim đã mua bản quyền cuốn tiểu thuyết.",
])
def test_rights_still_bought(line):
    assert rights_bought(line)


def _page(title, paras, lang="en"):
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f'<html lang="{lang}"><head><title>{title}</title></head><body><article><h1>{title}</h1>'
            f'<div class="entry-content">{body}</div></article></body></html>')


_REVIEW_PARAS = [
    "The novel follows a lock keeper and her brother through one wet autumn on the canal, told in short chapters that move like scenes.",
    "Brenn is very good on weather and on the silences between people, and I loved how little she explains; the middle drags, "
    "and one subplot about a mill never lands, but the last hundred pages are superb and I finished it on a train in tears.",
    "What stays with me is the brother, who keeps the lock working long after the boats stop coming. His stubbornness is "
    "funny, then sad, then brave, and Brenn never tells us which of those to feel. Read it before the series arrives.",
]


def test_reader_lead_under_screen_title_is_review():
    html = _page("Before the Netflix series: reading The Quiet Harbour",
                 ["Netflix bought the film rights to Ada Brenn's The Quiet Harbour before it was published, and having "
                  "finally read it I understand why: it is the most cinematic novel I have read in years.", *_REVIEW_PARAS])
    assert extract_page(html, url="https://quietpages.example/harbour").kind == "review"


# 2. bookfinnishowned: a publisher's series is not the book, a house is not the author

_FI_REST = [
    "Kerronta on hidasta mutta tarkkaa, ja henkilöt ovat uskottavia. Äidin ja tyttären suhde on kuvattu kauniisti eikä "
    "mitään selitetä liikaa. Loppu jäi minulle hieman avoimeksi, mutta ehkä niin kuuluukin olla.",
    "Päähenkilöiden taustat paljastuvat vähitellen, ja lukija kokoaa palaset itse. Pidin siitä, että kirjailija luottaa "
    "lukijaan. Kieli on kaunista, vaikka muutama kohta tuntui kankealta, ja luvut vaihtavat näkökulmaa taitavasti.",
    "Rakenne on taitava: jokainen luku alkaa eri henkilön näkökulmasta, ja vähitellen lukija ymmärtää, mitä perheelle on "
    "tapahtunut. Isän luvut olivat minulle vaikeimpia lukea, koska hänen syyllisyytensä tuntuu niin todelta. Maisemat on "
    "kuvattu niin elävästi, että melkein kuulin lokkien huudot. Tähän kirjaan palaan varmasti vielä uudelleen syksyllä.",
]


def test_finnish_series_is_not_the_book():
    html = _page("Kesän paras lukukokemus", [
        "Luin Tammen ”Sininen sarja” -kokoelmasta kesällä romaanin, joka jäi mieleen pitkäksi aikaa ja kertoo "
        "perheestä, joka muuttaa saaristoon.", *_FI_REST, "Tammi on taas julkaissut hienon käännöksen."], "fi")
    rec = extract_page(html, url="https://lukupino.example/kesa")
    assert rec.book_title != "Sininen sarja" and rec.book_author != "Tammi"


def test_finnish_house_is_not_the_author():
    html = _page("Syksyn lukemista", [
        "Luin Otavan ”Pimeä vesi” viime viikolla ja olen ajatellut sitä siitä asti.", *_FI_REST,
        "Otava julkaisi romaanin viime keväänä, ja käännös on sujuva."], "fi")
    assert extract_page(html, url="https://lukupino.example/syksy").book_author != "Otava"


def test_finnish_surname_still_owns_the_book():
    html = _page("Syksyn lukemista", [
        "Luin Waltarin ”Sinuhe egyptiläinen” viime viikolla ja olen ajatellut sitä siitä asti.", *_FI_REST,
        "Waltari kirjoittaa niin, että vanha Egypti tuntuu lähellä olevalta."], "fi")
    rec = extract_page(html, url="https://lukupino.example/sinuhe")
    assert (rec.book_title, rec.book_author) == ("Sinuhe egyptiläinen", "Waltari")


# 3. commenthead: a bare figure in the comment is no stamp; a date, a clock or a time ago beside the name is

_POST = "the pacing of the novel is slow and I would recommend it"


@pytest.mark.parametrize("html", [
    "<p><b>Pacing</b> slow for the first 80 pages, then it flies.</p>",
    "<p><b>Would I recommend it</b> yes, my favourite novel of 2024 so far.</p>",
    "<p><b>Tempo</b> langsam auf den ersten 120 Seiten, dann 1999 spannend.</p>",
])
def test_review_lines_are_not_comments(html):
    assert not _named_entry(fragment_fromstring(html), _POST)


@pytest.mark.parametrize("html", [
    "<p><b>Rita Okafor</b> 3 May 2026: loved the ending too.</p>",
    "<p><b>dan</b> 14:02 great review, adding it to my list</p>",
    "<p><b>Jutta</b> vor 3 Stunden – klingt nach meinem Buch</p>",
    "<p><b>Ann</b> 2 days ago thanks, ordered it.</p>",
    "<p><b>Marek</b> 02.12.2026 świetna recenzja</p>",
])
def test_stamped_comments_still_caught(html):
    assert _named_entry(fragment_fromstring(html), _POST)


def test_review_sections_under_comments_heading_kept():
    html = ("<html><head><title>The Salt Road by Ada Brenn – review</title></head><body><article><h1>The Salt Road by Ada "
            "Brenn – review</h1><div class='entry-content'><p>Ada Brenn's new novel follows a salt trader across a drowned "
            "coast in the winter of 1891. I read it over two evenings and it has stayed with me, mostly for how patiently "
            "Brenn builds her world out of small, exact details.</p><p>The trader is hard to love at first: she lies to "
            "everyone, the reader too, and the novel lets those lies sit a long time before it explains them. The payoff "
            "is enormous and the last fifty pages are among the best I have read this year.</p><h3>Comments</h3>"
            "<p><b>Pacing</b> slow for the first 80 pages, then it flies.</p><p><b>Would I recommend it</b> yes, my "
            "favourite novel of 2024 so far.</p></div></article></body></html>")
    text = extract_page(html, url="https://quietpages.example/salt").body_text
    assert "first 80 pages" in text and "favourite novel of 2024" in text
