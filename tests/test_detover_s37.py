"""Non-reviews and fields read wrongly (detover37): a die face after a rating label is a throw out of six
(``ratingglyphs.DIE_FACE``); a word of the blog's own scale is valued by the scale's legend on the page
(``ratinglegend``); an excerpt a publisher sent is no free copy (``notedesk.part_only``); a shop's average beside a
count of reviews set one level down is the readers' (``ratingblocks.aggregate``); a list's bold titles joined to
their makers by the language's "by" count as listed books (``listedbook._BOLD_SPAN``)."""

from scraper.extract import extract_page

_PARAS = [
    "A ferryman's widow takes over his route across the sound for one winter, and the novel follows her crossings, "
    "the passengers who trust her and the ones who do not, in short chapters named after the weather.",
    "The prose is plain and exact, the dialogue is sparse, and the village is drawn with a patience that makes the "
    "single storm near the end land with real force, though one subplot about a land sale goes nowhere.",
    "I closed it wanting to stand on a cold quay and watch boats, which is the best thing I can say of any book.",
]
_URL = "https://sundferry.example.org/2026/12/the-winter-ferry/"


def _page(score="", aside="", lang="en", title="The Winter Ferry by Ragna Holm", extra=""):
    body = "".join(f"<p>{p}</p>" for p in _PARAS)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title} | Sound Ferry</title></head><body>"
            f"<header><a href='/'>Sound Ferry</a></header><main><article class='post'><h1 class='entry-title'>{title}</h1>"
            f"<div class='entry-content'>{body}{extra}{score}</div></article>"
            f"<aside class='sidebar'>{aside}</aside></main></body></html>")


def _record(**kw):
    return extract_page(_page(**kw), _URL)


# --- a die face after a label is n of six ----------------------------------------------------------------------------

def test_a_die_face_after_a_rating_label_is_its_pips_out_of_six():
    record = _record(score="<p><strong>Terningkast:</strong> ⚄</p>", lang="nb")
    assert record.rating == 0.833 and record.rating_raw == "⚄"
    assert _record(score="<p>Rating: ⚅</p>").rating == 1.0


def test_a_die_face_in_a_sentence_is_no_rating():
    # (near miss: a die drawn in the story, no label before it)
    record = _record(extra="<p>At the card table in the ferry's saloon someone always rolls ⚂ and loses.</p>")
    assert record.rating is None


def test_a_row_of_other_pictographs_after_a_label_still_counts_as_before():
    # (near miss: the pictograph range the die faces were taken out of still reads a repeated emoji)
    assert _record(score="<p>Rating: ☕☕☕☕</p>").rating == 0.8


# --- a scale's word valued by its legend ------------------------------------------------------------------------------

_LEGEND = "<div class='widget'><h3>How I rate</h3><div class='widget-content'>poor · fair · good · very good · superb</div></div>"


def test_a_word_of_the_blogs_scale_is_valued_by_its_legend_on_the_page():
    record = _record(score="<p><b>Verdict:</b> very good</p>", aside=_LEGEND)
    assert record.rating_raw == "very good" and record.rating == 0.8


def test_a_scale_word_with_no_legend_on_the_page_has_no_score():
    # (near miss: the same line, no key to read it by)
    assert _record(score="<p><b>Verdict:</b> very good</p>").rating is None


def test_a_word_that_is_not_a_step_of_the_legend_has_no_score():
    # (near miss: the legend is there, the value is no step of it; and a list of genres is no legend of the verdict)
    assert _record(score="<p><b>Verdict:</b> worth a winter</p>", aside=_LEGEND).rating is None
    genres = "<div class='widget-content'>crime · poetry · essays · sagas</div>"
    assert _record(score="<p><b>Verdict:</b> a saga</p>", aside=genres).rating is None


# --- an excerpt sent is no free copy ----------------------------------------------------------------------------------

_RU_PARAS = ("<p>Издательство прислало мне отрывок из романа, который выйдет весной, и разрешило его опубликовать.</p>"
             "<p>Ниже — первые страницы. Саму книгу я ещё не читала, поэтому оценки не будет.</p>")


def _ru(note):
    page = ("<html lang='ru'><head><meta charset='utf-8'><title>Отрывок: «Зимний паром» | Книжная полка</title></head><body>"
            "<article class='post'><h1>Отрывок: «Зимний паром»</h1><div class='entry-content'>"
            f"{note}<blockquote><p>{_PARAS[0]}</p><p>{_PARAS[1]}</p></blockquote></div></article></body></html>")
    return extract_page(page, "https://polka.example.org/2026/12/otryvok/")


def test_an_excerpt_the_publisher_sent_is_no_disclosure():
    assert _ru(_RU_PARAS).disclosure is None


def test_a_copy_the_publisher_sent_is_still_a_disclosure():
    # (near misses: the book itself sent, in either order, the house named after "from")
    assert _ru("<p>Издательство прислало мне роман для рецензии, за что ему спасибо.</p>").disclosure
    assert _ru("<p>Из издательства мне прислали книгу до выхода, спасибо им.</p>").disclosure


# --- a shop's average with its count one level down -------------------------------------------------------------------

def _shop(summary):
    page = ("<html lang='en'><head><meta charset='utf-8'><title>The Winter Ferry | Harbour Books</title></head>"
            "<body class='catalog-product-view'><main><div class='product-info-main'><h1 class='page-title'>The Winter "
            f"Ferry</h1>{summary}<div class='product-info-price'><span class='price'>$24.90</span></div>"
            "<div class='box-tocart'><button class='action tocart'>Add to Cart</button></div></div>"
            "<div class='product attribute description'><p>Publisher's description: one winter on a ferry route across a "
            "northern sound, a widow at the wheel and a village that watches her, told in short chapters named after the "
            "weather and the tides.</p><p>Author: Ragna Holm · Publisher: Quay Press · Paperback, 232 pages</p></div>"
            "</main></body></html>")
    return extract_page(page, "https://harbourbooks.example.com/the-winter-ferry.html")


def test_a_shops_average_beside_a_box_holding_its_review_count_is_no_rating():
    record = _shop("<div class='product-reviews-summary'><div class='rating-summary'><span>Rating:</span>"
                   "<div class='rating-result' title='86%'><span>4.3 out of 5</span></div></div>"
                   "<div class='reviews-actions'><a>41 Reviews</a><a>Add Your Review</a></div></div>")
    assert record.rating is None and not record.is_review


def test_a_reviewers_score_widget_beside_a_long_box_is_kept():
    # (near miss: the sibling box holds a count, but it is a long run of text, not the widget's count of reviews)
    page = _page(score="<div class='review-box'><div class='score-wrap'><div class='review-stars' title='80%'>"
                       "<span>4 out of 5</span></div></div><div class='review-notes'><p>I read this over three ferry "
                       "crossings and 12 chapters in; the rest on the quay.</p></div></div>")
    record = extract_page(page, _URL)
    assert record.rating == 0.8 and record.is_review


# --- a list's bold titles joined by the language's "by" ---------------------------------------------------------------

_SHORTLIST = ("<p>Juryn har läst femtio böcker och valt fem. Vinnaren avslöjas i februari på biblioteket.</p><ul>"
              "<li><strong>Vinterfärjan</strong> av Ragna Holm — en änka tar över sin mans färjerutt. Jag gav den 4/5.</li>"
              "<li><strong>Kajen</strong> av Sten Borg — en hamn som stänger, berättad av hamnkaptenen.</li>"
              "<li><strong>Tidvatten</strong> av Elin Sand — dikter från en ö i ytterskärgården.</li>"
              "<li><strong>Saltet</strong> av Nils Wiik — en familjekrönika kring ett salteri.</li></ul>"
              "<p>Mitt tips? Vinterfärjan, men juryn brukar överraska.</p>")


def test_a_shortlist_of_bold_titles_joined_by_the_languages_by_is_a_list():
    page = ("<html lang='sv'><head><meta charset='utf-8'><title>Kortlistan till Kustpriset | Bokvåg</title></head><body>"
            f"<article class='post'><h1>Kortlistan till Kustpriset</h1><div class='post-content'>{_SHORTLIST}</div>"
            "</article></body></html>")
    record = extract_page(page, "https://bokvag.example.se/2026/12/kortlistan/")
    assert record.kind == "list" and not record.is_review


def test_a_review_naming_its_book_once_in_bold_with_by_stays_a_review():
    # (near miss: one bold title joined to its maker, then the review's prose)
    page = ("<html lang='sv'><head><meta charset='utf-8'><title>Vinterfärjan | Bokvåg</title></head><body>"
            "<article class='post'><h1>Vinterfärjan</h1><div class='post-content'>"
            "<p><strong>Vinterfärjan</strong> av Ragna Holm — min bok den här vintern.</p>"
            "<p>En änka tar över sin mans färjerutt över sundet, en vinter lång, och romanen följer hennes överfarter, "
            "passagerarna som litar på henne och de som inte gör det, i korta kapitel uppkallade efter vädret.</p>"
            "<p>Prosan är enkel och exakt, dialogen sparsam, och byn tecknas med ett tålamod som gör att stormen mot "
            "slutet slår hårt. En sidohandling om en markaffär leder ingenstans, men det gör inte mycket.</p>"
            "<p>Betyg: 4/5</p></div></article></body></html>")
    record = extract_page(page, "https://bokvag.example.se/2026/12/vinterfarjan/")
    assert record.is_review and record.book_title == "Vinterfärjan"



def test_a_rating_line_in_the_body_under_an_article_info_bar_with_a_read_count_is_kept():
    # (near miss: a newspaper's info bar above the text, "1 284 reads", beside the box the rating line sits in)
    body = "".join(f"<p>{p}</p>" for p in _PARAS)
    page = ("<html lang='en'><head><meta charset='utf-8'><title>The Winter Ferry | Daily Sound</title></head><body><main>"
            "<article class='art'><h1>The Winter Ferry by Ragna Holm</h1><div class='art-info'><span>1 284 reads</span>"
            f"<span>3 December</span></div><div class='art-body'>{body}<p class='rating-line'>Our rating: ★★★★☆</p></div>"
            "</article></main></body></html>")
    record = extract_page(page, _URL)
    assert record.rating == 0.8 and "Our rating" in record.body_text
