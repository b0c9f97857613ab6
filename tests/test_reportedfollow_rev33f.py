"""A character's words retold are no follow line (review rev33f), in our own words.

followlines.opening_follow refuses a line opening with the imperative of following beside a network's name when
someone's words are reported in it (reportedspeech: tl "daw", "sabi ni", yo "ó ní", "sọ pé", en "she writes", sw
"alisema"); the site's own biddings still read.
"""

from __future__ import annotations

from scraper.extract.followlines import opening_follow
from scraper.extract.reportedspeech import quoted_speech, reported


def test_the_sites_biddings_still_read():
    for line in ("Mag-follow sa amin sa Facebook para sa iba pang rebyu!",
                 "Ẹ tẹ̀lé wa lórí Instagram fún àwọn àtúnyẹ̀wò tuntun.",
                 "Follow us on Instagram for more reviews.",
                 "Síguenos en Instagram para más reseñas."):
        assert opening_follow(line), line


def test_reported_words_are_the_storys():
    for line in ("Mag-follow daw tayo sa sariling puso, sabi ni Lorna sa Facebook post niya.",
                 "Ẹ tẹ̀lé wa lọ sí oko, Bọ́lá sọ pé ní Facebook.",
                 "Follow your nose, she writes on Instagram, and the plot follows.",
                 "Tufuate kwenye Instagram, alisema mhusika mkuu kwa mzaha."):
        assert not opening_follow(line), line


def test_reported_speech_markers():
    assert reported("“Stay,” he says.") and quoted_speech("“Stay,” he says.")
    assert not quoted_speech("Follow us on Instagram.") and not reported("Follow us on Instagram.")
