"""Review detection, holdout28 round (DET): a catalogue's record page filed under its search section
(reviewaddress.search_record) is no results list; a headline that opens on the book's title in single quotation marks
(‘T’: …, as British English, Bengali and Hindi papers set titles) names the post's subject (headline.headline_work);
a post of a few hundred words that lists four titles or more in one sentence, none named again, with no book of its
own, is a list of books in prose, a prize's shortlist or a syllabus (titlerun.listed_in_a_line). Our own words and
markup, in English, French, Arabic, Bengali, Russian and Spanish; near misses for each."""

from __future__ import annotations

import pytest

from scraper.extract.classify import classify
from scraper.extract.headline import headline_work
from scraper.extract.reviewaddress import search_record
from tests.test_classify import evidence, kind


# -- a record's page under a search section ------------------------------------------------------------------------------

@pytest.mark.parametrize("url", [
    "https://lib.example.org/client/en_US/main/search/detailnonmodal/ent:$002f$002fSD_ILS$002f0$002fSD_ILS:55012/one",
    "https://catalogue.example.net/search/detail/48213",
    "https://find.example.edu/discovery/search/fulldisplay?docid=alma9912&vid=MAIN",
    "https://bibliotheque.example.fr/search/record/frbnf4412",
    "https://opac.example.ca/client/fr_CA/public/search/detailnonmodal/ent:SD:9/ada",
    "https://catalog.example.org/polaris/search/title.aspx?ctx=1.1033.0.0.7&pos=1&cn=393254",  # Polaris, its control number
])
def test_a_record_filed_under_the_search_is_one_record(url):
    assert search_record(url)


@pytest.mark.parametrize("url", [
    "https://lib.example.org/client/en_US/main/search/results?qu=river&te=",  # the results list itself
    "https://blog.example.com/search/detail/",  # the word searched for, nothing after it
    "https://blog.example.com/search/details-of-a-life",  # a search for a phrase
    "https://blog.example.com/tag/detail/48213",  # a tag, not a search section
    "https://blog.example.com/search/novels/page/2/",
    "https://catalog.example.org/polaris/search/searchresults.aspx?ctx=1.1033.0.0.7&type=Keyword&term=river",  # its results
    "https://catalog.example.org/polaris/search/title.aspx?ctx=1.1033.0.0.7&pos=1",  # no record's number
])
def test_a_search_or_a_tag_page_is_not_a_record(url):
    assert not search_record(url)


RATED = dict(rating=True, words=160, verdict_lines=1, scored_lines=1, body=(("Line.",), "Line."))


def test_a_rated_readers_note_on_a_record_page_under_the_search_is_no_listing():
    url = "https://lib.example.org/client/en_US/main/search/detailnonmodal/ent:$002f$002fSD_ILS:55012/one"
    assert kind(url=url, **RATED) == "review"
    assert classify(evidence(url="https://catalogue.example.net/search/detail/48213", **RATED))[0] == "review"


@pytest.mark.parametrize("url", [
    "https://lib.example.org/client/en_US/main/search/results?qu=river",
    "https://blog.example.com/search/river/",
    "https://blog.example.com/tag/detail/48213",
])
def test_the_same_note_on_a_results_or_tag_page_is_a_listing(url):
    assert kind(url=url, **RATED) == "listing"


# -- a headline opening on the book's title in single marks ---------------------------------------------------------------

BN_BODY = ("‘নদীর ওপারে ঘর’ বইটি আমি গত শীতে পড়েছি, এক বন্ধুর কাছ থেকে ধার করে।\n"
           "বইটির ভাষা সহজ, কিন্তু শেষ অধ্যায়ে লেখক অনেক কিছু না বলে রেখে দিয়েছেন।")
EN_BODY = ("I picked up The Salt Orchard by Maren Lisle on a wet weekend.\n"
           "The novel is slow at first, and the novel's last chapter made up for all of it.")


def _headline(title: str, book: str, body: str, **more):
    lines = tuple(body.splitlines())
    return evidence(title=title, book_source="body", book_has_author=True, book_mentions=1, book_title=book,
                    words=220, body=(lines, body), **more)


@pytest.mark.parametrize("title, book, body", [
    ("‘নদীর ওপারে ঘর’: এক গ্রামের পঞ্চাশ বছর", "নদীর ওপারে ঘর", BN_BODY),
    ("‘The Salt Orchard’: a mother’s long winter", "The Salt Orchard", EN_BODY),
    ("〈The Salt Orchard〉 a winter read", "The Salt Orchard", EN_BODY),
])
def test_a_headline_opening_on_the_title_in_single_marks_names_its_subject(title, book, body):
    ev = _headline(title, book, body)
    assert headline_work(ev)
    assert classify(ev)[0] == "review"


@pytest.mark.parametrize("title, book, body", [
    ("‘নদীর ওপারে ঘর’ কি এখনও পড়ার মতো?", "নদীর ওপারে ঘর", BN_BODY),  # the headline asks
    ("‘The Salt Orchard’ and six other books for winter", "The Winter Ledger", EN_BODY),  # another title than the book read
    ("‘Tis the season: notes from the reading chair", "The Salt Orchard", EN_BODY),  # an apostrophe, no title set off
    ("‘The Salt Orchard’: a mother’s long winter", "The Salt Orchard", "I read it on a wet weekend.\nIt rained."),  # no "the book"
])
def test_near_misses_of_the_single_marks_headline(title, book, body):
    ev = _headline(title, book, body)
    assert not headline_work(ev)
    assert classify(ev)[0] == "other"


# -- a list of books written out in one sentence ---------------------------------------------------------------------------

AR_SHORTLIST = (
    "أعلنت لجنة جائزة النخلة للأدب مساء الأحد أسماء الأعمال التي بلغت المرحلة الأخيرة من دورتها الجديدة بعد أشهر من القراءة.",
    "وتضم القائمة: «بيت على التلة» لسعاد الكرمي، و«مطر الخريف» لفادي نجم، و«ظل النخلة» لليلى حداد، و«طريق الملح» لعمر سالم، و«الميناء القديم» لهند زيدان.",
    "وقالت رئيسة اللجنة إن المفاضلة كانت صعبة هذا العام، وإن الأعمال المختارة تمثل أجيالاً مختلفة من الكتاب والقراء في المنطقة.",
    "ويُعلن اسم العمل الفائز في حفل يقام في الربيع المقبل، وتذهب قيمة الجائزة إلى طباعة العمل وتوزيعه على المكتبات العامة.",
)
FR_SYLLABUS = (
    "Cette année, le cours de littérature du soir change de programme, et les inscriptions ouvrent lundi prochain.",
    "Au menu : « La Maison du lac » de Claire Dumas, « Les Heures lentes » de Paul Vigne, « Le Sel » d’Anne Roux et « Nuit d’octobre » de Marc Ferrand.",
    "Chaque séance dure deux heures et commence par une lecture à voix haute, puis une discussion libre entre les participants.",
    "Les livres sont disponibles à la médiathèque, et une liste d’attente est ouverte pour ceux qui préfèrent emprunter.",
)


def _prose(paragraphs, words=240, **more):
    return evidence(title="Some post", words=words, body=(tuple(paragraphs), "\n\n".join(paragraphs)), **more)


@pytest.mark.parametrize("paragraphs", [AR_SHORTLIST, FR_SYLLABUS])
def test_four_titles_or_more_in_one_sentence_are_a_list_of_books(paragraphs):
    found, reason = classify(_prose(paragraphs))
    assert found == "list" and "in one sentence" in reason


ES_REVIEW = (
    "Terminé la novela en dos noches y todavía no sé muy bien qué pensar de su final, tan abierto como una ventana.",
    "La narradora vuelve al pueblo de su madre y encuentra la casa vendida; desde ahí todo es memoria y ruido de trenes.",
    "Si te gustaron «La casa del río», «Ceniza» o «El puerto», aquí encontrarás el mismo tono, aunque más seco y más triste.",
    "Me quedo con la segunda parte, donde la autora deja de explicar y simplemente mira; la primera se alarga demasiado.",
)
RU_REVIEW_SPREAD = (
    "Я читала этот роман медленно, по главе в вечер, и он того стоил: язык плотный, как зимний воздух.",
    "Кому-то он напомнит «Белый дом», мне же скорее вспоминались «Снег над рекой» и ранние рассказы того же автора.",
    "Героиня уезжает из города, и дальше всё держится на её голосе, упрямом и насмешливом, как в «Долгой дороге».",
    "Финал резкий, почти как в «Северном ветре», но мне он показался честным: автор не обещает утешения.",
)


def test_three_read_alikes_in_one_sentence_leave_a_review():
    assert classify(_prose(ES_REVIEW))[0] == "review"


def test_four_titles_one_to_a_sentence_leave_a_review():
    assert classify(_prose(RU_REVIEW_SPREAD))[0] == "review"


def test_a_title_named_again_is_the_posts_own_book():
    again = AR_SHORTLIST + ("وكانت «مطر الخريف» قد صدرت قبل ثلاثين عاماً وما زالت تُقرأ في المدارس.",)
    assert classify(_prose(again))[0] == "review"


@pytest.mark.parametrize("more", [
    dict(categories=["Reseñas"]),  # filed as a review: a review whose read-alikes run long
    dict(book_source="body", book_has_author=False, book_title="La casa del río"),  # its book read (no author) in the text
])
def test_a_list_in_a_sentence_in_a_filed_or_read_post_is_left_alone(more):
    assert classify(_prose(FR_SYLLABUS, **more))[0] != "list"


# -- a question in Armenian and Ethiopic --------------------------------------------------------------------------------

from scraper.extract.questions import asks  # noqa: E402
from scraper.extract.reviewed import ASKING  # noqa: E402


def test_armenian_asks_inside_the_line_and_ethiopic_at_its_end():
    assert asks("**Ինչո՞ւ եք գրում գյուղի մասին։**")  # "Why do you write about the village?": the mark over the word
    assert asks("Ո՞ր գիրքն եք հիմա կարդում")
    assert asks("ምን መጽሐፍ ታነባለህ፧")  # am: the Ethiopic question mark ends it
    assert ASKING.search("Ո՞ր գրքերը կարդալ ամռանը") and ASKING.search("የትኛውን መጽሐፍ ላንብብ፧")


def test_an_armenian_answer_that_asks_on_the_way_does_not_ask():
    # a line whose last sentence states: an answer may ask a question of its own first
    assert not asks("Ինչո՞ւ։ Որովհետև ես սիրում եմ գրել այս քաղաքի մասին։")
    assert not asks("Գիրքը կարդացի երկու երեկոյում։")  # no mark at all
    assert not ASKING.search("Գիրքը կարդացի երկու երեկոյում։ Լավն էր։")


def test_an_armenian_interviews_bold_questions_make_it_an_interview():
    md = "\n\n".join([
        "**Ինչո՞ւ եք գրում գյուղի մասին։**", "Որովհետև այնտեղ եմ մեծացել, և ամեն ամառ վերադառնում եմ։ " * 3,
        "**Ո՞րն է ձեր սիրելի գիրքը։**", "Դժվար է ընտրել, բայց միշտ վերադառնում եմ պապիկիս գրադարանի գրքերին։ " * 3,
        "**Ի՞նչ եք գրում հիմա։**", "Նոր վեպ եմ գրում մի կնոջ մասին, ով վերադառնում է իր քաղաքը։ " * 3,
    ])
    from scraper.extract.classify import body_signals
    signals = body_signals([line for line in md.split("\n\n")], md)
    assert signals["qa_blocks"] >= 3
    found, _ = classify(evidence(title="Զրույց գրողի հետ", words=260, **{k: signals[k] for k in ("qa_blocks", "body")}))
    assert found == "interview"
