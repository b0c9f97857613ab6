"""Detection, holdout55 round (det55): adaptation news in Flemish, a paper's imprint line with its price as a mark of
one work, and a book read twice in the text of a review in the reviewer's voice.

- newslead._COMPOUND: the Flemish screen's noun "reeks" in a compound ("tv-reeks", "fictiereeks", "dramareeks"), so
  "T van A wordt tv-reeks" is news of an adaptation; a book's series ("boekenreeks", "romanreeks", "stripreeks") and a
  bare "een reeks van" are none;
- pricedrecord.priced_record (reviewed.work_clues): a short line in three fields or more, one a page count and another
  a price ("A 지음 | House | 204쪽 | 13,000원", "Verlag, 320 Seiten, 26 Euro"), is a line of record as one dated by a
  year is; a sentence that speaks of pages and money is none;
- classify: a book read only in the text, named twice and unrated, is reviewed when the post carries two marks of one
  work in the reviewer's voice (shortmarks.short_review, the test an unread book's short review passes); a news item
  naming a book twice without that voice stays "other", and so does a poll that sets off five titles (its "the novel"
  is said of any of them).

Our own pages and sentences.
"""

from __future__ import annotations

import pytest

from scraper.extract.classify import classify
from scraper.extract.newslead import made_into
from scraper.extract.pricedrecord import priced_record
from scraper.extract.reviewed import work_clues
from tests.test_classify import evidence


@pytest.mark.parametrize("title", [
    "‘De zoutmolen’ van Mieke Verhaeghe wordt tv-reeks: opnames in Brugge",
    "Roman over de haven wordt fictiereeks op de openbare omroep",
    "Bestseller van Gentse schrijver wordt dramareeks van zes afleveringen",
    "Jeugdboek wordt televisiereeks",
])
def test_flemish_adaptation_titles(title):
    assert made_into(title)


@pytest.mark.parametrize("title", [
    "Haar debuut wordt een nieuwe boekenreeks",  # a book series
    "Deel drie van de romanreeks wordt in maart verwacht",
    "Nieuwe stripreeks wordt gelanceerd",
    "Het festival wordt een reeks van lezingen",  # a bare "reeks": a series of anything
    "Mijn reeks over de Vlaamse romans, deel 4",
])
def test_flemish_near_misses(title):
    assert not made_into(title)


def test_flemish_adaptation_news_is_no_review():
    lines = ("Een productiehuis heeft de rechten op de roman gekocht; de opnames beginnen in het voorjaar.",)
    k, reason = classify(evidence(title="‘De zoutmolen’ van Mieke Verhaeghe wordt tv-reeks: opnames in Brugge",
                                  words=140, book_source="title", book_has_author=True, book_title="De zoutmolen",
                                  book_author="Mieke Verhaeghe", book_mentions=3, body=(lines, lines[0])))
    assert k == "other" and "film or a series" in reason


@pytest.mark.parametrize("line", [
    "윤하진 지음 | 바다출판 | 236쪽 | 14,500원",  # ko
    "海鳴社・288ページ・2200円",  # ja
    "Verlag Nordlicht, 320 Seiten, 24 Euro",  # de
    "Harbor & Finch, 272 pp., $27",  # en
    "Wydawnictwo Mewa, 312 s., 49,90 zł",  # pl
    "Forlaget Fjord, 280 sider, 399 kr",  # nb
    "Éditions du Quai, 224 p., 20 €",  # fr
    "Naklada Val / 198 str. / 18 €",  # hr
])
def test_priced_imprint_lines(line):
    assert priced_record([line])


@pytest.mark.parametrize("line", [
    "I paid twenty euros for 300 pages, and I would pay it again.",  # a sentence
    "It costs 26 euros, has 320 pages, and reads in a weekend",  # a sentence's clauses
    "Verlag Nordlicht, 2024, 320 Seiten",  # no price (the year's line of record is read apart)
    "Harbor & Finch, $27, hardcover",  # no page count
    "320 Seiten für 24 Euro",  # one field
])
def test_priced_near_misses(line):
    assert not priced_record([line])


# A short review (some 160 words' worth) whose book is not read: it calls its book "this novel", "this book" and closes
# on the imprint line with a price
KO = (
    "윤하진의 장편소설은 바닷가 마을의 한 여름을 따라간다. 등대지기의 딸 수아가 돌아오지 않는 아버지를 기다리는 동안, "
    "마을 사람들은 저마다 다른 이야기를 꺼내 놓는다.",
    "이 소설의 장점은 기다림을 서두르지 않는다는 데 있다. 장면은 짧고 대화는 적지만, 읽고 나면 파도 소리가 오래 남는다.",
    "아쉬움도 있다. 후반부의 전개는 조금 급하고, 몇몇 인물은 이름만 남은 채 사라진다. 그럼에도 이 책은 상실을 다루는 "
    "방식에서 오래 기억될 만하다.",
    "윤하진 지음 | 바다출판 | 236쪽 | 14,500원",
)


def test_a_short_korean_review_closing_on_a_priced_imprint_is_a_review():
    assert "has a line of record (pages, price)" in work_clues(list(KO), "\n\n".join(KO))
    k, reason = classify(evidence(title="[이 주의 책] 바닷가의 여름", words=150, body=(KO, "\n\n".join(KO))))
    assert k == "review", reason
    # without the imprint line, one mark alone: a short notice, as before
    bare = KO[:-1]
    assert classify(evidence(title="[이 주의 책] 바닷가의 여름", words=140, body=(bare, "\n\n".join(bare))))[0] != "review"


# A book read in the text twice (a caption and once more), no rating
EN_REVIEW = (
    "*The Salt Lamp* by Corin Vale. Harbor & Finch.",
    "*Content warning: this review discusses the drowning of a child and a long illness.*",
    "Tam is twelve and spends the summer with an aunt who keeps a lamp in every window of a house on the dunes. Vale "
    "lets the summer pass slowly, and for most of the book nothing happens that a neighbour would notice.",
    "I first read it as a ghost story. Reading it again, I found it is about how grown-ups lie to children kindly, and "
    "how the children know. Vale never raises her voice.",
    "The middle drags a little, and one chapter of letters could go. But the last pages are as good as anything I read "
    "this year.",
)
EN_NEWS = (
    "*The Salt Lamp* by Corin Vale. Harbor & Finch.",
    "The publisher Harbor & Finch said on Tuesday that it had sold the translation rights to eleven countries, and that "
    "a new paperback edition is planned for the spring, with a foreword by the festival's director.",
    "The festival takes place in the old harbour hall from Friday to Sunday. Tickets go on sale next week, and the "
    "organisers expect more visitors than last year, when the hall was full on two of the three evenings.",
    "Vale will read on the closing night, together with two poets from the region and a translator.",
)


def _read_in_text(lines):
    return evidence(title="A Lamp in Every Window", words=190, book_source="body", book_has_author=True,
                    book_title="The Salt Lamp", book_author="Corin Vale", book_mentions=2, warned="warning" in lines[1],
                    body=(lines, "\n\n".join(lines)))


def test_a_voiced_review_whose_book_is_read_twice_in_its_text_is_a_review():
    k, reason = classify(_read_in_text(EN_REVIEW))
    assert k == "review", reason


def test_news_naming_a_book_twice_without_a_voice_stays_other():
    k, reason = classify(_read_in_text(EN_NEWS))
    assert k == "other" and "neither rates it" in reason


# A readers' poll: five titles set off, the first named twice, "the novel" said of several
EN_POLL = (
    "Forty critics and booksellers were asked to name their five favourite novels of the region; the first on each "
    "list earned five points.",
    "**1. *The Salt Lamp*, Corin Vale – 142 points.** Most voters named the novel's summer on the dunes as the reason.",
    "**2. *Grey Orchard*, Lene Sato – 137 points.** Several admitted they never finished the novel, all four volumes.",
    "**3. *The Night Ferry*, Ben Ader – 119 points.** The only title before the war among the first three.",
    "**4. *Ash Year*, Ola Brenn – 98 points.** **5. *Low Tide*, Mira Holt – 91 points.**",
    "The organisers say *The Salt Lamp* led by a small margin and that they will repeat the poll next year.",
)


def test_a_poll_setting_off_five_titles_stays_other():
    lines = EN_POLL
    k, reason = classify(evidence(title="The Region's Favourite Novels", words=190, book_source="body",
                                  book_has_author=True, book_title="The Salt Lamp", book_author="Corin Vale",
                                  book_mentions=2, body=(lines, "\n\n".join(lines))))
    assert k != "review", reason
