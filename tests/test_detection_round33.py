"""Round 33 detection rules (helper DET), in our own words and markup, with near misses:

- statusthread.keep_thread: one fediverse status's page (Mastodon, GoToSocial, Akkoma, Misskey addresses) holds the
  status, the author's own self-thread and other people's replies, each an <article>: the author's run is one post,
  the others go; a profile page, a blog's listing, or a status page whose articles name no author stay as they are.
"""

from __future__ import annotations

from lxml import html

from scraper.extract import boilerplate, extract_page
from scraper.extract.statusthread import keep_thread


def _status(author: str, text: str, sid: str = "") -> str:
    ident = f' id="{sid}"' if sid else ""
    return (f'<article class="status"{ident}><header><a href="{author}" class="author">{author.rsplit("/", 1)[-1]}</a>'
            f'</header><div class="status-body"><div class="content">{text}</div></div>'
            f'<aside><time datetime="2026-11-02T10:00:00Z">2 Nov 2026</time></aside></article>')


_EN = [
    "<p>Thread (1/3). Finished “The Salt Orchard” by Tamsin Arkwright last night and I keep thinking about it. It follows "
    "a family of pickers on a failing estate over one hot summer, told by the youngest daughter who notices everything "
    "and says very little to anyone about what she sees.</p><p>The prose is plain and exact, and it hurts because of "
    "that: nothing is inflated, the work, the debts, the quarrels, then the flood that takes the lower field.</p>",
    "<p>(2/3) What stayed with me is the silence after the flood. Nobody in the family talks about it and that silence "
    "carries the whole second half of the novel. The title says it: fruit that keeps, in brine, long after the tree.</p>",
    "<p>(3/3) Rating: 4/5. One point off only because my copy had the tiniest print imaginable.</p>",
]


def _page(statuses: list[str]) -> str:
    return ('<html><head><title>Wren (@wren@tooting.example) - Tooting</title></head><body>'
            '<header><h1>Tooting</h1></header><main class="thread">' + "".join(statuses) +
            '</main><footer><a href="/about">About this server</a></footer></body></html>')


_HOST = "https://tooting.example"
_OWN = f"{_HOST}/@wren"


def _thread_page(url: str) -> str:
    return _page([_status(_OWN, _EN[0], "109871234567890123"), _status(_OWN, _EN[1]), _status(_OWN, _EN[2]),
                  _status("https://elsewhere.example/@pike", "<p>Loved this one at school, I'd give it 10/10!</p>"),
                  _status("https://other.example/users/moss", "<p>Added to my list, thanks for the thread.</p>")])


def test_mastodon_status_page_is_one_review_with_others_replies_gone():
    url = f"{_OWN}/109871234567890123"
    record = extract_page(_thread_page(url), url)
    assert record.is_review, record.reason
    assert "silence after the flood" in record.body_text
    assert "10/10" not in record.body_text and "Added to my list" not in record.body_text


def test_gotosocial_address_and_focal_status_by_the_owner():
    url = f"{_OWN}/statuses/01JFQ7ZK3M8N4P2R6T9V5W0X1Y"  # (a ULID: the focal status found by its author)
    tree = html.fromstring(_thread_page(url))
    report = boilerplate.CleanReport()
    assert keep_thread(tree, url, report)
    assert len(tree.xpath("//article")) == 1
    assert "(2/3)" in tree.xpath("//article")[0].text_content()
    assert len(report.removed) == 2


def test_catalan_thread_on_a_misskey_note_address():
    ca = ["<p>Fil (1/2). He acabat «L'hort de sal», de Tamsin Arkwright, i encara hi penso. Una família de collidors en "
          "una finca que s'enfonsa durant un estiu de calor, explicat per la filla petita.</p>",
          "<p>(2/2) Valoració: 4 de 5. Recomanat per a qui li agradin les novel·les de silencis.</p>"]
    url = f"{_HOST}/notes/9k2m4p7q1x"
    page = _page([_status("https://elsewhere.example/@pike", "<p>Què en penses del final?</p>"),
                  _status(_OWN, ca[0], "9k2m4p7q1x"), _status(_OWN, ca[1]),
                  _status("https://elsewhere.example/@pike", "<p>Jo li donaria un 10!</p>")])
    tree = html.fromstring(page)
    assert keep_thread(tree, url, boilerplate.CleanReport())
    text = tree.xpath("//article")[0].text_content()
    assert "Valoració" in text and "Què en penses" not in text and "Jo li donaria" not in text


# -- near misses ---------------------------------------------------------------------------------------------------


def test_profile_page_is_no_status_page():
    url = _OWN  # (the author's own timeline: a listing of their statuses)
    tree = html.fromstring(_thread_page(url))
    assert not keep_thread(tree, url, boilerplate.CleanReport())
    assert len(tree.xpath("//article")) == 5


def test_blog_listing_with_article_per_post_is_left_alone():
    url = "https://blog.example.com/2026/11/"
    page = _page([f'<article><h2><a href="/2026/11/post-{n}">Post {n}</a></h2><p>{_EN[n]}</p></article>' for n in range(3)])
    tree = html.fromstring(page)
    assert not keep_thread(tree, url, boilerplate.CleanReport())


def test_status_address_whose_articles_name_no_author_is_left_alone():
    url = f"{_OWN}/109871234567890123"
    page = _page([f"<article><p>{text}</p></article>" for text in _EN])
    tree = html.fromstring(page)
    assert not keep_thread(tree, url, boilerplate.CleanReport())
    assert len(tree.xpath("//article")) == 3


def test_a_slug_after_a_user_is_no_status_id():
    url = "https://writing.example.com/@wren/the-salt-orchard-review"  # (a blog host's post under its writer's name)
    tree = html.fromstring(_thread_page(url))
    assert not keep_thread(tree, url, boilerplate.CleanReport())


# -- newslead: a title naming the screen or the stage over a lead that reports the adaptation ----------------------

from scraper.extract.classify import classify  # noqa: E402
from scraper.extract.newslead import made_into  # noqa: E402
from tests.test_classify import evidence  # noqa: E402


def _news(title: str, lines: list[str], **more) -> str:
    values = dict(title=title, book_source="title", book_has_author=True, words=220, body=(tuple(lines), "\n\n".join(lines)))
    values.update(more)
    return classify(evidence(**values))[0]


_AR_LEAD = ("قالت دار إنتاج سينمائية إنها اشترت حقوق تحويل رواية «بيت الملح» للكاتبة سلمى النوري إلى فيلم طويل، "
            "على أن يبدأ التصوير في الخريف المقبل.")
_EN_LEAD = ("A London studio has bought the rights to The Salt Orchard and says the novel will be adapted into a "
            "six-part TV series, with filming to start next spring on the Kent coast.")
_JA_LEAD = "青木遥の小説「塩の果樹園」が舞台化され、来年の春に大阪の劇場で上演されることが明らかになった。"


def test_title_naming_a_screen_over_a_lead_reporting_the_adaptation_is_news():
    assert _news("رواية «بيت الملح» في فيلم سينمائي", ["القاهرة", _AR_LEAD, "وتدور الرواية حول عائلة في الإسكندرية."]) == "other"
    assert _news("The Salt Orchard as a six-part series", [_EN_LEAD, "The novel follows a family of pickers."]) == "other"
    assert _news("「塩の果樹園」舞台に", ["青木遥", _JA_LEAD]) == "other"


def test_japanese_first_stage_adaptation_title():
    assert made_into("青木遥「塩の果樹園」初の舞台化、主演は森川りな")
    assert made_into("「塩の果樹園」ミュージカル化決定")
    assert not made_into("「塩の果樹園」初めて読んだ感想")


def test_near_misses_a_review_that_mentions_the_adaptation():
    # the title names no screen: a review whose lead recalls the series
    assert _news("The Salt Orchard by Tamsin Arkwright", [_EN_LEAD, "I loved it."]) == "review"
    # a screen in the title, but the lead is the reviewer's reading, not the news
    lead = "I read the novel in two evenings before the series started, and I am glad I did: its quiet chapters are the best."
    assert _news("The Salt Orchard, before the series", [lead]) == "review"
    # the news lead, but the post gives its own verdict
    assert _news("The Salt Orchard as a six-part series", [_EN_LEAD, "Verdict: read the book first."], verdict_lines=1) == "review"
    # a Japanese review's lead: heard of the film, read the book (no passive report of the adaptation in the lead)
    assert _news("「塩の果樹園」映画を観る前に", ["映画を観る前に原作を読んでおこうと思い、週末に一気に読み終えた。とても良かった。"]) == "review"


# -- reviewed.zero_reviews_heading: a catalogue record's reviews area that counts none ---------------------------

from scraper.extract.reviewed import zero_reviews_heading  # noqa: E402

_BLURB = "A widow returns to the coast with her son and a borrowed name, and the village talks about her all winter."


def test_heading_counting_no_reviews_under_a_short_record():
    assert zero_reviews_heading(["# The Salt Orchard", "## by Tamsin Arkwright", _BLURB, "### Community Reviews (0)",
                                 "Nobody has reviewed this work.", "### Editions"])
    assert zero_reviews_heading(["# Der Salzgarten", _BLURB, "## Rezensionen (0)", "### Ausgaben"])  # de
    assert zero_reviews_heading(["# 塩の果樹園", "青木遥 著", "## レビュー（０）"])  # ja, full-width count
    assert zero_reviews_heading(["# Сад соли", _BLURB, "## 0 отзывов"])  # ru, the count before the noun


def test_near_misses_for_zero_reviews():
    long_post = ["# The Salt Orchard", *([_BLURB] * 8), "## Reader reviews (0)"]  # a blogger's review above it
    assert not zero_reviews_heading(long_post)
    assert not zero_reviews_heading(["# The Salt Orchard", _BLURB, "## Comments (0)"])  # comments, not reviews
    assert not zero_reviews_heading(["# The Salt Orchard", _BLURB, "## Reviews (10)"])  # a count of ten
    assert not zero_reviews_heading(["# The Salt Orchard", "Reviews (0)"])  # no heading


def test_content_warning_toggle_goes_its_warning_stays():
    url = f"{_OWN}/109871234567890123"
    cw = ('<details><summary><p>CW: grief, a flood</p><span class="button" role="button">Show more</span></summary>'
          f"{_EN[0]}</details>")
    page = _page([_status(_OWN, cw, "109871234567890123"), _status(_OWN, _EN[1]),
                  _status("https://elsewhere.example/@pike", "<p>Lovely thread.</p>")])
    tree = html.fromstring(page)
    assert keep_thread(tree, url, boilerplate.CleanReport())
    text = tree.xpath("//article")[0].text_content()
    assert "CW: grief, a flood" in text and "Show more" not in text
