"""A short post whose book was not found, filed as a review (reviewaddress.filed_by_address, reviewed.unfound_book), and
the post's own score line in the scripts that write a label's colon or a sentence's stop their own way
(scorelines.own_verdict).

- a post's address files it as a review when it sits under a section named for reviews and nothing else
  ("/books/reviews/<slug>", "/recenze/12345") or its slug ends on the word ("…-review.html"), the word written in
  Latin letters whatever the page's script; not the section's own page, a page about reviewing, a blog whose name
  holds the word;
- a short post (100-179 words) filed as a review (by that address, or a category or tag) is a review when it carries
  one other mark of one work (a set-off title named again, a line of record …); filed and nothing else, or a mark and
  no filing, leave it a short notice;
- "Գնահատական՝ 9/10", "ደረጃ፦ 4/5", "Rating — 4/5", "好看。4/5": the post's own verdict; "I gave it 3.5/5 overall" is
  none (a score inside a sentence), nor "Film — 3/5" (another medium's).

Our own pages and sentences.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.classify import classify
from scraper.extract.reviewaddress import filed_by_address
from scraper.extract.scorelines import own_verdict
from tests.test_anaphora import _page
from tests.test_classify import evidence

TITLE_AGAIN = "names one set-off title again"
RECORD = "has a line of record (year, pages)"


@pytest.mark.parametrize("url", [
    "https://gazeti.example.co.tz/vitabu/reviews/safari-ya-mwisho-4471",
    "https://kitapsever.example.com.tr/book-reviews/kirmizi-sac",
    "https://ctenar.example.cz/recenze/883120",
    "https://lukija.example.fi/2026/11/sininen-talo-aalto-arvostelu/",
    "https://pathak.example.in/blog/ratri-pahara-roy-review.html",
])
def test_an_address_that_files_the_post_as_a_review(url):
    assert filed_by_address(url)


@pytest.mark.parametrize("url", [
    "https://gazeti.example.co.tz/vitabu/reviews/",  # the section's own page
    "https://gazeti.example.co.tz/reviews/index.html",
    "https://kitapsever.example.com.tr/review-policy",  # a page about reviewing
    "https://kitapsever.example.com.tr/reviews-wanted/",
    "https://paragraph.example/@mina-reviews/autumn-notes",  # a blog whose name holds the word
    "https://lukija.example.fi/2026/11/my-review",  # the word alone after one other: too little to be a slug's end
    "https://lukija.example.fi/2026/11/uusi-kirja-ilmestyy/",
    "",
])
def test_near_misses_of_a_review_address(url):
    assert not filed_by_address(url)


REVIEWS_URL = "https://gazeti.example.co.tz/vitabu/reviews/safari-ya-mwisho-4471"


@pytest.mark.parametrize("overrides", [
    dict(url=REVIEWS_URL, work_clues=(TITLE_AGAIN,)),
    dict(url=REVIEWS_URL, work_clues=(RECORD,)),
    dict(categories=["Recensioni"], work_clues=(TITLE_AGAIN,)),
    dict(tags=["book review"], work_clues=(RECORD,)),
])
def test_a_short_post_filed_as_a_review_with_one_mark_of_a_work_is_a_review(overrides):
    k, reason = classify(evidence(title="Safari ya mwisho", words=150, **overrides))
    assert k == "review" and "filed as a review" in reason


@pytest.mark.parametrize("overrides", [
    dict(url=REVIEWS_URL, work_clues=()),  # filed, no mark of a work
    dict(work_clues=(TITLE_AGAIN,)),  # a mark, not filed
    dict(url=REVIEWS_URL, work_clues=(TITLE_AGAIN,), words=99),  # too short to tell
    dict(url=REVIEWS_URL, work_clues=(TITLE_AGAIN,), denies_review=True),
    dict(url=REVIEWS_URL, work_clues=(TITLE_AGAIN,), promo_sections=1),
    dict(url=REVIEWS_URL, work_clues=(TITLE_AGAIN,), scored_lines=3),
    dict(url="https://gazeti.example.co.tz/reviews/index.html", work_clues=(TITLE_AGAIN,)),
])
def test_near_misses_of_a_filed_short_post_stay_no_review(overrides):
    assert classify(evidence(**{"title": "Safari ya mwisho", "words": 150, **overrides}))[0] != "review"


# Swahili and Turkish: languages whose words for "the novel" the anaphora rules do not read; the title is set off in
# guillemets and named again, the book's author is named once
SHORT_SW = ("sw", "Safari ndefu ya Amina", [
    "Nilisoma «Upepo wa Pwani» wiki iliyopita nikiwa safarini kwenda Tanga, na sikuweza kuuweka chini. Hadithi "
    "inamfuata Amina, msichana anayeacha kijiji chake na kwenda mjini kutafuta kazi baada ya kifo cha baba yake.",
    "Mwandishi anaandika kwa sentensi fupi na wazi, na mazungumzo ni ya kweli kabisa; nilisikia sauti za majirani "
    "zangu. Sehemu ya sokoni ni nzuri sana, yenye harufu na kelele za asubuhi.",
    "Udhaifu wake ni mwisho: mambo yanatokea haraka mno na wahusika wawili wa pembeni wanapotea bila maelezo. "
    "Hata hivyo, «Upepo wa Pwani» ni hadithi ninayoipendekeza kwa vijana na wazazi wao, hasa wale wanaopenda "
    "hadithi za pwani na maisha ya kawaida ya watu wa mji mdogo.",
])
SHORT_TR = ("tr", "Kuzey rüzgârı ve bir aile", [
    "«Kuzey Evi» elime geçtiğinde kışın ortasıydı ve ilk sayfalardan itibaren kendimi o soğuk köy evinde buldum. "
    "Hikâye üç kuşak kadının aynı çatı altında geçirdiği tek bir kışı anlatıyor.",
    "Yazarın dili sade ama yer yer şiirsel; özellikle büyükannenin anlattığı eski hikâyeler çok güzel. Diyaloglar "
    "kısa ve doğal, karakterler birbirini az sözle anlıyor.",
    "Beğenmediğim tek şey sonun aceleye gelmesi oldu; torunun kararını daha iyi anlamak isterdim. Yine de «Kuzey Evi» "
    "uzun kış akşamları için güzel bir seçim, sakin anlatımı sevenlere gönül rahatlığıyla öneririm.",
    "Ben iki akşamda bitirdim ama bazı bölümleri yeniden okumak için geri döndüm; özellikle annenin mektupları ve "
    "köy düğünü anlatılan uzun sahne aklımdan çıkmıyor. Çevirisi de akıcı, sayfa düzeni göz yormuyor.",
])


@pytest.mark.parametrize("page", [SHORT_SW, SHORT_TR], ids=["sw", "tr"])
def test_a_short_review_filed_by_its_address_by_extract_page(page):
    lang, title, paragraphs = page
    record = extract_page(_page(lang, title, paragraphs), "https://soma.example.org/books/reviews/kuzey-upepo-2291")
    assert record.kind == "review", record.reason
    # the same page at an address that does not file it: a short notice (no voice of one work, no rating)
    # (without the writer's "I finished it", a first-person reading statement that is a mark of its own: readvoice.py)
    paragraphs = [p.replace("Ben iki akşamda bitirdim ama bazı", "Bazı") for p in paragraphs]
    other = extract_page(_page(lang, title, paragraphs), "https://soma.example.org/2026/11/kuzey-upepo/")
    assert other.kind != "review", other.reason


@pytest.mark.parametrize("line", [
    "Գնահատականս՝ 9/10։ Խորհուրդ եմ տալիս կարդալ դանդաղ։",  # hy: the label mark "՝"
    "ደረጃዬ፦ 4/5። ለሁሉም እመክራለሁ።",  # am: the Ethiopic preface colon
    "Rating — 4/5",  # a spaced dash after the label
    "Ինձ շատ դուր եկավ։ 8/10",  # after an Armenian full stop
    "很好看。4/5",  # after a Chinese full stop, no space
    "मेरी रेटिंग: 4/5।",
])
def test_a_score_after_each_scripts_label_mark_or_stop_is_the_posts_verdict(line):
    assert own_verdict(line)


@pytest.mark.parametrize("line", [
    "I gave it 3.5/5 overall, which surprised me",  # a score inside a sentence ("3." is no stop)
    "Film — 3/5",  # another medium's
    "Фильм՝ 3/5",
    "She gave it 4/5 in her column last week",
])
def test_near_misses_of_the_posts_verdict(line):
    assert not own_verdict(line)


# -- a box of record opening or closing a short post -----------------------------------------------------------------

from scraper.extract.reviewed import record_box  # noqa: E402

BOX_HI = "**पुस्तक:** «धूप की नदी»\n\n**लेखक:** सरला मेहता\n\n**प्रकाशक:** नीलकंठ, 2024\n\nकहानी एक गाँव की है।"
BOX_PL = "Tekst recenzji.\n\n**Tytuł:** Szklany dom\n**Autor:** Ewa Sowa\n**Wydanie:** Znak, 2023"
BOX_EL = "**Τίτλος**: *Το γυάλινο σπίτι*\n**Συγγραφέας**: Ελένη Σπύρου\n\nΚείμενο."


@pytest.mark.parametrize("markdown", [BOX_HI, BOX_PL, BOX_EL], ids=["hi", "pl", "el"])
def test_a_box_of_record_opening_or_closing_the_post(markdown):
    assert record_box(markdown)


@pytest.mark.parametrize("markdown", [
    "**Data:** 12 grudnia 2026\n**Godzina:** 18:30\n**Miejsce:** Biblioteka, ul. Długa 5",  # a meeting's notice
    "**Τίτλος**: Το γυάλινο σπίτι\n\nΚείμενο.",  # one labelled line only
    "**Autor:** Ewa Sowa\n**Wydawca:** Znak",  # no year, page count or set-off title
    "Wstęp.\n\nAkapit.\n\nAkapit.\n\nAkapit.\n\n**Tytuł:** Szklany dom, 2024\n**Autor:** Ewa Sowa\n\nAkapit.\n\nAkapit.\n\nAkapit.\n\nKoniec.",  # mid-post
    "**Link:** https://example.org/ksiazka-2024\n**Autor:** Ewa Sowa",
])
def test_near_misses_of_a_box_of_record(markdown):
    assert not record_box(markdown)


def test_a_short_post_with_a_box_of_record_and_another_mark_is_a_review():
    box = "opens or closes on a box of record"
    assert classify(evidence(title="Szklany dom", words=150, work_clues=(box, TITLE_AGAIN)))[0] == "review"
    assert classify(evidence(title="Szklany dom", words=150, work_clues=(box,)))[0] != "review"  # one mark alone
