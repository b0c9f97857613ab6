"""A short rated review in the languages and digits the short-post gate did not read (scorelines, reviewed.work_clues,
notegift's "for review").

A capsule review of 60 to 100 words that closes on its own score line was called an announcement when the score was
written in another script's digits ("४/५": not counted as a score line at all, so the 60-word floor for rated posts
never applied) or labelled with a rating word reviewed's own label list does not know ("Hinne: 4/5", "Puanım: 8/10"):
its one score line was then its only mark, and two are asked. A short review whose copy the publisher gave "for
review" in Tagalog or Swahili carried no disclosure, the voice mark it would otherwise have had.

Every page, post, book and person here is invented for these tests, in our own words and markup.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.notegift import edge_gift
from scraper.extract.scorelines import own_verdict, scored
from scraper.extract import scorelines


def _post(lang: str, title: str, paragraphs: list[str], url: str) -> tuple[bytes, str]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            f'<link rel="canonical" href="{url}"></head><body>'
            f'<header class="masthead"><a href="/">Lugemislaud</a><nav><a href="/info/">Info</a></nav></header>'
            f'<main><article class="story"><h1 class="story-title">{title}</h1>'
            f'<div class="story-text">{body}</div></article></main>'
            f'<footer class="foot"><p>© 2025 Lugemislaud</p></footer></body></html>')
    return html.encode(), url


# --- score lines in other scripts' digits -------------------------------------------------------------------------

def test_other_scripts_digits_are_score_lines():
    for line in ("रेटिंग: ४/५", "রেটিং: ৪/৫", "التقييم: ٤/٥", "評価：４／５", "मेरी रेटिंग: ३.५/५"):
        assert scored([line]) == [line], line  # (returned as written)
        assert own_verdict(line), line


def test_dates_in_other_digits_are_no_score_lines():
    for line in ("मंसिर १४, २०८३ आइतबार", "৪ ডিসেম্বর ২০২৫", "١٢ مارس ٢٠٢٤", "第４章を読んだ。"):
        assert scored([line]) == [], line


# --- a score under a rating word, in more languages -----------------------------------------------------------------

def test_labelled_score_in_many_languages():
    for line in ("Hinne: 4/5", "Įvertinimas: ★★★★", "Puanım: 8/10", "Nilai saya: 4/5", "Einkunn: 3/5", "Baho: 4/5",
                 "റേറ്റിംഗ്: 4/5", "रेटिङ : ४/५", "Tathmini yangu: 4/5"):
        assert scorelines.labelled_score(line), line


def test_labelled_score_near_misses():
    for line in ("Note: the author signs copies on 4/5 at the library.", "Film: 3/5", "Hinne",
                 "Nota: the novel came out in 2019.",
                 "Puan durumu açıklandı, takım ligde ikinci.", "The reader rated it 4/5: Puan said so."):
        assert not scorelines.labelled_score(line), line


_ET = [
    "Mari Kase esikromaan algab talvel väikeses sadamalinnas, kus vana majakavaht leiab jäält kirja, "
    "mis on adresseeritud tema ammu surnud õele.",
    "Kase kirjutab lühikeste lausetega ja jätab palju ütlemata; just see vaikus hoiab pinget viimase leheküljeni. "
    "Kõrvaltegelased jäävad kohati õhukeseks ja keskmine osa venib.",
    "Lõpp on aga julge ja ootamatu ning jääb meelde veel mitmeks päevaks. Kase oskab kirjeldada merd, jääd ja "
    "tuult nii, et lugeja tunneb külma oma kätel, ning vanamehe üksildus ei muutu kordagi sentimentaalseks.",
    "Hinne: 4/5",
]
_TR = [
    "Deniz Aksoy'un ilk romanı, İzmir'de eski bir terzi dükkânını devralan genç bir kadının hikâyesini anlatıyor. "
    "Dükkânda bulduğu yarım kalmış bir gelinlik, onu annesinin hiç anlatmadığı bir geçmişe götürüyor.",
    "Aksoy'un dili sade ve sıcak; bazı bölümler biraz aceleye gelmiş olsa da karakterler canlı ve inandırıcı. "
    "Son sayfalarda duygusal bir doruk var. Dükkânın eski müşterileri, mahallenin sesleri ve deniz kokusu kitabı "
    "kapattıktan sonra da insanın aklında kalıyor; kısa ama dolu bir okuma.",
    "Puanım: 8/10",
]
_HI = [
    "रीना वर्मा का पहला उपन्यास लखनऊ की एक पुरानी हवेली में रहने वाले तीन भाई-बहनों की कहानी है, "
    "जो पिता की मृत्यु के बाद घर बेचने या न बेचने का फैसला करते हैं।",
    "वर्मा की भाषा सरल है, पर संवादों में गहराई है। बीच का हिस्सा थोड़ा धीमा है, फिर भी अंत तक कहानी बाँधे रखती है। "
    "हवेली खुद एक पात्र की तरह जीवित लगती है और पुरानी यादें हर कमरे में बसी हैं।",
    "रेटिंग: ४/५",
]


def test_short_rated_capsules_are_reviews_with_their_rating():
    for lang, title, paragraphs, url, value in (
            ("et", "Majakavahi kiri", _ET, "https://lugemislaud.example.ee/2025/03/majakavahi-kiri", 0.8),
            ("tr", "Terzi dükkânı", _TR, "https://lugemislaud.example.com.tr/yazi/terzi-dukkani", 0.8),
            ("hi", "हवेली के तीन दरवाज़े", _HI, "https://lugemislaud.example.in/post/haveli", 0.8)):
        record = extract_page(*_post(lang, title, paragraphs, url))
        assert record.is_review, (lang, record.kind, record.reason)
        assert record.rating == value, (lang, record.rating)


def test_short_announcement_stays_no_review():
    paragraphs = [
        "Kirjastus Lainela annab märtsis välja Mari Kase esikromaani. Raamatu esitlus toimub 14. märtsil kell 18 "
        "linnaraamatukogu saalis, kus autor loeb katkendeid ja vastab küsimustele.",
        "Sissepääs on tasuta, kohtade arv on piiratud. Registreerimine kirjastuse kodulehel kuni 10. märtsini.",
        "Hinnakiri: eeltellimus 18 eurot, hiljem 22 eurot.",
    ]
    record = extract_page(*_post("et", "Esitlus linnaraamatukogus", paragraphs,
                                 "https://lugemislaud.example.ee/2025/02/esitlus"))
    assert not record.is_review, (record.kind, record.reason)


# --- "for review" in Tagalog and Swahili ---------------------------------------------------------------------------

def test_for_review_copy_notes():
    for note in ("Ang kopyang nabasa ay bigay ng tagapaglathala para sa rebyung ito.",
                 "Ang aklat ay ipinadala ng tagapaglathala para sa pagsusuring ito.",
                 "Ipinadala ng tagapaglathala ang libro para sa isang rebyu.",
                 "Kitabu hiki nilipewa na mchapishaji kwa ajili ya uhakiki."):
        assert edge_gift(note, 5, 6), note


def test_for_review_near_misses():
    for note in ("Nagpadala ang tagapaglathala ng imbitasyon para sa book launch.",
                 "Para sa rebyung ito, binasa ko ang libro nang dalawang beses.",
                 "Mchapishaji hakutoa nakala kwa ajili ya uhakiki; nilikinunua mwenyewe."):
        assert not edge_gift(note, 5, 6), note
