"""Indonesian/Malay "kami" as the site's "our" only after its noun (review rev33f), in our own words.

siteaccounts.OWN_NEWS reads id/ms "kami" as "our" only as the possessive ending its noun phrase ("newsletter kami.",
"kanal kami setiap …"); "Kami membaca …" (we read) is the subject of a reviewer's sentence. The lines using OWN_NEWS
(newsletter_notice, houseads.house_ad, ownchannel.own_channel) follow.
"""

from __future__ import annotations

from scraper.extract.siteaccounts import OWN_NEWS, newsletter_notice


def test_the_possessive_after_its_noun_is_the_sites():
    for line in ("Berlangganan newsletter kami setiap Jumat.", "Buletin kami terbit setiap Senin pagi.",
                 "Daftarkan emailmu untuk nawala kami.", "Baca suplemen buku kami di edisi Sabtu."):
        assert OWN_NEWS.search(line), line
    assert newsletter_notice("Newsletter kami terbit setiap Jumat.")


def test_we_as_the_subject_is_no_possessive():
    for line in ("Kami pertama kali membaca bab awalnya di newsletter penerbit yang terbit setiap Kamis.",
                 "Lalu kami menemukan ulasan itu di buletin sekolah setiap Senin.",
                 "Sejak itu kami berlangganan buletin perpustakaan kota."):
        assert not OWN_NEWS.search(line), line
        assert not newsletter_notice(line), line
