"""An unquoted title after its owner's book noun, which the post's URL spells (bookownedslug), and the Finnish
genitive counted as a mention of the author (bookturkic.suffixed_mentions) — holdout40 round, helper book40a.

Every text here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookownedslug import owned_slug
from scraper.extract.bookturkic import suffixed_mentions

FI = ("Luin Aino K. Sarpan esikoisromaanin Jäinen järvi talvella ensimmäistä kertaa. Kirja kertoo kalastajasta.",
      "Sarppa kirjoittaa lyhyesti ja tarkasti. Sarpan kieli on kylmää ja kaunista.")
EN = ("Agnes Holloway's debut novel The Salt Ledger was the book I took on holiday this summer.",
      "Holloway writes short sentences and lets the sea do the rest.")
SV = ("Ola Brekkes roman Fyret om natten handlar om en fyrvaktare som slutar tala.",
      "Brekke skriver stilla och kort, och Brekke litar på läsaren.")
DE = ("Jonas Webers Roman Die gläserne Stadt habe ich in zwei Nächten gelesen.",
      "Weber schreibt ruhig und genau. Am Ende blieb ich lange sitzen.")


def test_owned_unquoted_title_spelled_by_url_fi_en_sv_de():
    assert owned_slug(list(FI), "https://blog.example.fi/aino/jainen-jarvi-uudelleen/", Context(" ".join(FI), (), "fi")) \
        == ("Jäinen järvi", "Aino K. Sarppa")
    assert owned_slug(list(EN), "https://blog.example.com/2026/12/the-salt-ledger/", Context(" ".join(EN), (), "en")) \
        == ("The Salt Ledger", "Agnes Holloway")
    assert owned_slug(list(SV), "https://bokblogg.example.se/fyret-om-natten", Context(" ".join(SV), (), "sv")) \
        == ("Fyret om natten", "Ola Brekke")
    assert owned_slug(list(DE), "https://buchblog.example.de/die-glaserne-stadt/", Context(" ".join(DE), (), "de")) \
        == ("Die gläserne Stadt", "Jonas Weber")


def test_near_miss_url_not_naming_the_title():
    assert owned_slug(list(FI), "https://blog.example.fi/aino/2026/12/05/", Context(" ".join(FI), (), "fi")) is None
    assert owned_slug(list(EN), "https://blog.example.com/holiday-reading/", Context(" ".join(EN), (), "en")) is None


def test_near_miss_owner_never_named_alone():
    text = ("Agnes Holloway's debut novel The Salt Ledger was the book I took on holiday this summer.",
            "It is slow and salty.")
    assert owned_slug(list(text), "https://blog.example.com/the-salt-ledger/", Context(" ".join(text), (), "en")) is None


def test_near_miss_unmarked_owner_and_wrong_language():
    # Estonian sets the owner unmarked ("Tammsaare romaan"): not read; a Finnish-looking -n on an English page neither
    et = ("Kati Rebase romaan Vaikne saar on selle aasta parim.", "Rebane kirjutab vaikselt.")
    assert owned_slug(list(et), "https://raamat.example.ee/vaikne-saar", Context(" ".join(et), (), "et")) is None
    en = ("I met Aino Sarpan novel Frozen Lake at a fair.", "Sarppa was there.")
    assert owned_slug(list(en), "https://blog.example.com/frozen-lake", Context(" ".join(en), (), "en")) is None


def test_finnish_genitive_counts_as_a_mention():
    text = "Sarpan esikoisromaani on hyvä. Sarppa kirjoittaa hyvin. Sarpan kieli on kylmää."
    assert suffixed_mentions("Sarppa", Context(text, (), "fi")) == 3
    assert suffixed_mentions("Sarppa", Context(text, (), "en")) == 1  # near miss: not a Finnish page


FI_PAGE = """<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8">
<title>Kylmä kevät ja kalastajan hiljaisuus | Aino Lukee</title></head>
<body><main><article>
<h1>Kylmä kevät ja kalastajan hiljaisuus</h1>
<div class="entry-content">
<p>Luin Aino K. Sarpan esikoisromaanin Jäinen järvi ensimmäisen kerran opiskelijana, ja nyt palasin siihen
kaksikymmentä vuotta myöhemmin. Kokemus oli aivan toinen kuin silloin.</p>
<p>Kirja kertoo vanhasta kalastajasta, joka ei enää puhu kenellekään. Hänen tyttärensä tulee kylään keväällä ja
yrittää ymmärtää, mitä isälle on tapahtunut. Järvi on koko ajan läsnä, jäässä ja sulana.</p>
<p>Sarppa kirjoitti kirjan nuorena, ja sen huomaa: kieli on tiheää ja paikoin raskasta. Luonnonkuvaus on silti niin
tarkkaa, että tunsin jään ja tuulen. Kerronta liikkuu hitaasti, ja lukija saa tehdä töitä.</p>
<p>Parasta kirjassa ovat pitkät kohtaukset järven jäällä, kun isä ja tytär kulkevat verkoille sanomatta sanaakaan.
Niissä on enemmän tunnetta kuin monessa keskustelussa. Myös kylän ihmiset ovat elävästi kuvattuja: kauppias, joka
tietää kaiken, naapurin emäntä, joka tuo leipää, ja nuori poliisi, joka ei tiedä, mitä tehdä. Kevään tulo on kuvattu
niin, että odotin itsekin jäiden lähtöä. Loppu on hiljainen mutta ei toivoton, ja jäin miettimään sitä pitkäksi
aikaa. Tällaisia kirjoja luetaan liian vähän.</p>
<p>Heikkoutena pidän sitä, että sivuhenkilöt jäävät ohuiksi. Suosittelen kirjaa silti kaikille, jotka jaksavat
antaa sille aikaa. Sarpan maailmaan kannattaa palata.</p>
</div></article></main></body></html>"""


def test_page_fi():
    record = extract_page(FI_PAGE, "https://ainolukee.example.fi/jainen-jarvi-uudelleen/")
    assert (record.book_title, record.book_author) == ("Jäinen järvi", "Aino K. Sarppa")
