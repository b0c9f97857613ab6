"""Follow lines in more shapes (holdout57 round): Latvian/Lithuanian 'follow us' imperatives, the networks named before a
colon and the imperative after it, Devanagari/Bengali verb-last biddings, Korean/Japanese polite imperatives after a
network as the place. Written in our own words."""

import pytest

from scraper.extract.followlines import opening_follow


@pytest.mark.parametrize("text", [
    "Seko mums Instagram, lai neko nepalaistu garām!",
    "Sekite mus Facebook ir sužinokite pirmieji.",
    "We're on Instagram and TikTok: follow the desk for weekly picks.",
    "Estamos en Facebook: síguenos para más reseñas.",
    "Nous sommes sur Instagram : suivez-nous pour les nouveautés.",
    "हर नई समीक्षा के लिए हमें फ़ेसबुक पर फ़ॉलो करें।",
    "नए लेखों के लिए यूट्यूब चैनल सब्सक्राइब करें",
    "নতুন লেখার খবর পেতে আমাদের ফেসবুকে ফলো করুন।",
    "블로그 인스타그램에서 더 많은 서평을 확인하세요.",
    "유튜브에서 새 글 소식을 받아 보세요!",
    "インスタグラムでも最新のレビューをチェックしてください。",
])
def test_follow_lines(text):
    assert opening_follow(text)


@pytest.mark.parametrize("text", [
    "Viņš seko savai māsai pa visu pilsētu.",  # (Latvian indicative, no network)
    "Estamos no Facebook o dia todo, diz a narradora; ninguém a segue.",  # (no imperative after a colon)
    "उसने फ़ेसबुक पर अपने पुराने दोस्त को फ़ॉलो किया और पछताई।",  # (she followed him: the story)
    "ফেসবুকে তার ছবি দেখে মেয়েটি চমকে যায়।",  # (the story)
    "인스타그램에서 유명해진 작가의 책, 꼭 읽어 보세요.",  # (the reviewer's recommendation)
    "인스타그램에서 그를 처음 만났다.",  # (the story)
    "Rating: 4/5 — follow us on Instagram",  # (a score)
])
def test_near_misses(text):
    assert not opening_follow(text)


@pytest.mark.parametrize("text", [
    "Stille Wasser / Ana Berg / Nordhaus, Kiel / Taschenbuch",
    "नदी के पार / सुधा वर्मा / लोकभारती, प्रयागराज / पेपरबैक",
])
def test_slashed_record_never_lead_in(text):
    from lxml import html
    from scraper.extract.leadin import never_lead_in
    assert never_lead_in(html.fragment_fromstring(f"<p>{text}</p>"), [])


@pytest.mark.parametrize("text", [
    "Liked it? / Share it / Tell a friend!",  # (an ask's lead-in, exclaimed)
    "Facebook / Instagram / Telegram",  # (networks named)
])
def test_slashed_lead_ins_stay_lead_ins(text):
    from scraper.extract.leadin import _slashed_record
    assert not _slashed_record(text)
