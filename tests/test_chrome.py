"""scraper.extract.chrome: the platform's own lines inside a post body (meta rows, ranking badges, closing asks).

Every page here is invented, in markup and words of our own: a microblog card, a forum-like club page, a Polish
photo post, a Korean and a Turkish blog. Each rule is tested both ways: what it removes, and a line of the review
that looks like it and stays.
"""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract import extract_page, find_body
from scraper.extract.boilerplate import CleanReport, clean_body
from scraper.extract.chrome import meta_row
from tests.cleaning import cleaned, paras

HOST = "quillandtide.example"

REVIEW = [
    "Halvard Brekke's novel is set on a sheep island where the ferry comes twice a week, and it never once hurries.",
    "The narrator is a vet who arrives for a season and stays for a decade, and her notes on the flock are the best pages.",
    "Brekke is very good on weather: the fog that sits for days, the one clear morning when the whole island goes outside.",
    "The second half loses its grip when a land dispute takes over, but the last chapter, a lambing at night, is superb.",
    "I finished it on a train and missed my stop, which I take as the highest praise a book of this kind can get.",
]




def line(markup: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(markup)


# -- meta rows ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "markup",
    [
        "<div>3 février 2026 · Membres du club</div>",
        "<p>veröffentlicht von Jule um 08:15 | Kommentare(4) | Lesetagebuch</p>",
        "<div><span>57 polubień</span> · <span>9 komentarzy</span></div>",
        "<div><a href='/tomek.czyta'>tomek.czyta</a> <span>· Obserwuj</span></div>",
        "<p>2026-02-03 21:05 · 読書メモ</p>",
    ],
)
def test_meta_rows_are_recognised(markup):
    assert meta_row(line(markup), HOST) == "meta row"


@pytest.mark.parametrize(
    "markup",
    [
        "<p>★★★★☆ · 4/5 · would lend it to my sister</p>",  # the reviewer's rating line
        "<p>Pages: 412 · Published: 2021 · Hardback</p>",  # the book's facts, under a label
        "<p>Norstedts · 2019 · 412 pages</p>",  # the book's facts: a year is not a date, a page count one count
        "<p>Historical fiction · Islands · Slow burn</p>",  # genre chips of the review's own
        "<p>412 pages · 4 evenings · 2 ferries</p>",  # the reviewer's own tally, written as a paragraph
        "<h2>12 March 2026 · the ferry</h2>",  # a heading
        "<blockquote>“Fog keeps what the sea gives back.” — Halvard Brekke, 2019</blockquote>",  # an epigraph
        "<p><a href='/halvard'>Halvard Brekke</a> · The Sheep Island</p>",  # a linked author beside the title, no follow
        "<p>I read it on 3 March 2026 on the night ferry, which felt right for a book so full of crossings.</p>",
    ],
)
def test_lines_of_the_review_are_not_meta_rows(markup):
    assert meta_row(line(markup), HOST) is None


def test_byline_row_at_the_top_goes_with_the_name_beside_it_and_the_title_stays():
    top = ("<h1>Sheep Island, a season at a time</h1>"
           "<div class='who'><a href='/villa.leseclub'>Villa Leseclub</a><div class='when'>3 février 2026 · Membres</div></div>")
    tail = "<div class='bar'><span>41 réactions</span> · <span>6 commentaires</span></div>"
    text, rules = cleaned(top + paras(*REVIEW) + tail, HOST)
    assert "Villa Leseclub" not in text and "février" not in text and "réactions" not in text
    assert "Sheep Island, a season at a time" in text  # the title over the byline is not its label
    assert rules[0] == "meta row" and not any(rule.startswith("label of") for rule in rules)
    assert all(sentence in text for sentence in REVIEW)


def test_a_dated_line_in_the_middle_of_a_review_stays():
    diary = "<p>12 March 2026 · day three</p>"
    text, rules = cleaned(paras(*REVIEW[:3]) + diary + paras(*REVIEW[3:]), HOST)
    assert "day three" in text and "meta row" not in rules


def test_a_page_drawn_in_divs_is_read_from_its_main_landmark():
    page = ("<html><body><div role='banner'><a href='/'>photoapp</a></div><div id='feed' role='main'>"
            "<div class='x1'><a href='/tomek.czyta'>tomek.czyta</a> <span>· Obserwuj</span></div>"
            + "".join(f"<div class='x2'>{t}</div>" for t in REVIEW) + "</div><div role='contentinfo'>© photoapp</div></body></html>")
    body, posts = find_body(lxml.html.fromstring(page))
    assert posts == 1 and body.get("role") == "main"
    record = extract_page(page, f"https://{HOST}/p/abc123/")
    assert "Obserwuj" not in record.body_text and REVIEW[2] in record.body_text


# -- ranking badges -----------------------------------------------------------------------------------------------------


def test_a_blog_ranking_badge_goes_with_its_plea():
    badge = "<p>順位を見てもらえると励みになります。<br><a href='https://book.blogmura.com/bookreview/'>読書ブログの順位はこちら</a></p>"
    text, rules = cleaned(paras(*REVIEW) + badge, HOST)
    assert "順位" not in text and rules == ["ranking badge"]


def test_a_link_to_another_site_in_a_closing_line_stays():
    line_ = "<p>I first heard of the book on <a href='https://www.radiosheep.example/show/12'>a radio show</a> about islands.</p>"
    text, rules = cleaned(paras(*REVIEW) + line_, HOST)
    assert "a radio show" in text and rules == []


# -- asks to act on the platform ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ask",
    [
        "<p>FAVORITE IT and leave a comment if you want part two next week!!</p>",  # shouting, two kinds
        "<p>Podobała się recenzja? Obserwuj profil, żeby nie przegapić kolejnych 🌿</p>",  # Polish, a pictograph
        "<p>Takip edin, yeni incelemeler her cuma geliyor!</p>",  # Turkish, an exclamation
        "<p>좋아요 눌러 주시고 구독도 부탁드려요</p>",  # Korean: like and subscribe
    ],
)
def test_a_closing_ask_after_the_review_goes(ask):
    text, rules = cleaned(paras(*REVIEW) + ask, HOST)
    assert rules == ["platform ask"]
    assert all(sentence in text for sentence in REVIEW)


def test_two_asks_in_one_line_go_even_in_the_middle():
    ask = "<p>Если понравилось — подпишитесь и ставьте лайк, мне это правда помогает.</p>"
    text, rules = cleaned(paras(*REVIEW[:2]) + ask + paras(*REVIEW[2:]), HOST)
    assert "подпишитесь" not in text and rules == ["platform ask"]
    assert all(sentence in text for sentence in REVIEW)


def test_a_pictograph_led_invitation_to_a_messenger_channel_goes_anywhere():
    ask = "<p>📣 Seguiteci sul canale Telegram per le recensioni in anteprima</p>"
    text, rules = cleaned(paras(*REVIEW[:2]) + ask + paras(*REVIEW[2:]), HOST)
    # (promo's pictograph-led social ask or chrome's platform ask: one rule, the line alone)
    assert "Telegram" not in text and len(rules) == 1 and rules[0] in ("platform ask", "follow-me line")


@pytest.mark.parametrize(
    "line_",
    [
        "<p>If you loved the island, follow it up with her short stories: just as windy, half as long!</p>",  # a recommendation
        "<p>My verdict: ★★★★☆, subscribe to this author's whole backlist! 🐑</p>",  # a rating line
        "<blockquote>“Follow me,” the ferryman says, “and don't look at the water.”</blockquote>",  # a quotation
        "<h3>Share this with someone who grew up by the sea!</h3>",  # a heading
        "<p>The novel follows the sisters through a year of storms, and the book is better than any film!</p>",
        "<p>The vet refuses to subscribe to the island's superstitions, and votes against the ferry every spring!</p>",
    ],
)
def test_the_reviewers_own_closing_lines_stay(line_):
    text, rules = cleaned(paras(*REVIEW) + line_, HOST)
    assert rules == []


def test_a_single_ask_in_the_middle_without_a_cue_stays():
    line_ = "<p>The sisters vote on everything, from the roof to the dog's name, and always lose to the town.</p>"
    text, rules = cleaned(paras(*REVIEW[:2]) + line_ + paras(*REVIEW[2:]), HOST)
    assert "vote on everything" in text and rules == []


def test_paragraphs_set_inside_a_pre_are_read_one_by_one():
    story = "<pre class='reader'>" + paras(*REVIEW) + "<p>VOTE and FOLLOW ME for the sequel review 💫</p></pre>"
    text, rules = cleaned(story, HOST)
    assert "VOTE" not in text and rules == ["platform ask"]
    assert all(sentence in text for sentence in REVIEW)


# -- readers' comment rows ----------------------------------------------------------------------------------------------


def test_comment_rows_after_the_review_go():
    rows = ("<div class='c9'><div><a href='/maren.liest/'>maren.liest</a> <span>die Lämmer-Szene!! ich heule</span></div>"
            "<div><a href='/@tor_h'>tor_h</a> <span>next up: his first book, it is even windier</span></div></div>")
    text, rules = cleaned(paras(*REVIEW) + rows, HOST)
    assert "maren.liest" not in text and "windier" not in text
    assert set(rules) == {"comment rows"} and all(sentence in text for sentence in REVIEW)


def test_closing_links_to_posts_and_a_single_handle_stay():
    # the reviewer's own pointers: titles linked to posts, not handles; and one linked handle alone is a credit
    pointers = ("<p><a href='/salt-year/'>Salt Year</a> is her first novel, and just as windy.</p>"
                "<p><a href='/ferry-tales/'>Ferry Tales</a> is the one to read next.</p>")
    credit = "<p><a href='/jonas.fotos/'>jonas.fotos</a> took the photo of my copy on the pier.</p>"
    text, rules = cleaned(paras(*REVIEW) + pointers + credit, HOST)
    assert "Salt Year" in text and "Ferry Tales" in text and "jonas.fotos" in text and rules == []


# -- a caption's closing row of hashtags ----------------------------------------------------------------------------------


def test_the_hashtag_row_closing_a_caption_goes_and_the_caption_stays():
    caption = ("<div class='cap'><span>" + "<br><br>".join(REVIEW) + "<br><br>#islandbooks #sheep #slowreads #nordiclit</span></div>")
    root = lxml.html.fromstring(f"<html><body><div class='entry-content'>{caption}</div></body></html>")
    body = root.cssselect(".entry-content")[0]
    report = CleanReport()
    clean_body(body, HOST, report)
    text = body.text_content()
    assert "#islandbooks" not in text and all(sentence in text for sentence in REVIEW)
    assert [r.rule for r in report.removed] == ["tags"]
    assert not body.xpath(".//span/br[last()][not(following-sibling::node()[normalize-space()])]")  # no dangling breaks


def test_a_closing_line_that_is_not_only_hashtags_stays():
    caption = "<p>" + "<br>".join(REVIEW) + "<br>#1 of my year, easily, and #2 is not close</p>"
    text, rules = cleaned(caption, HOST)
    assert "#1 of my year" in text and rules == []


# -- other readers' reviews listed after the review -----------------------------------------------------------------------


def test_other_readers_reviews_after_the_review_go_with_their_heading():
    others = ("<h4>What other members said</h4><div class='rv'><p>lotta.läser · ★★★★</p><p>Slow, and worth it.</p></div>"
              "<div class='rv'><p>b_ekberg · 2.5/5</p><p>Too many sheep for me.</p></div>")
    text, rules = cleaned(paras(*REVIEW) + others, HOST)
    assert "b_ekberg" not in text and "Too many sheep" not in text and "What other members said" not in text
    assert all(sentence in text for sentence in REVIEW)


def test_the_reviewers_own_score_breakdown_stays():
    breakdown = "<p>plot · ★★★</p><p>prose · ★★★★★</p><p>sheep · ★★★★</p><p>Overall a four, and a warm one.</p>"
    text, rules = cleaned(paras(*REVIEW) + breakdown, HOST)
    assert "prose · ★★★★★" in text and "sheep · ★★★★" in text and rules == []


# -- a newsletter issue's template, links to the comments with their count --------------------------------------------------


def test_a_newsletter_template_is_read_cell_by_cell_and_its_chrome_goes():
    issue = ("<table class='tpl'><tr><td><p style='font-size:11px'>This week: sheep, fog, a lambing. · "
             "<a href='https://us3.campaign-archive.com/?u=ab12&id=cd34'>Open this issue on the web</a></p></td></tr>"
             "<tr><td><h1>Issue 41: the sheep island</h1>" + paras(*REVIEW) + "</td></tr>"
             "<tr><td><p><a href='https://quill.us3.list-manage.com/unsubscribe?u=ab12'>Stop these letters</a></p></td></tr></table>")
    text, rules = cleaned(issue, HOST)
    assert "Open this issue" not in text and "Stop these letters" not in text
    assert "Issue 41" in text and all(sentence in text for sentence in REVIEW)
    assert rules.count("newsletter chrome") == 2


def test_a_data_table_in_a_review_stays_one_block():
    scores = "<table><tr><th>Part</th><th>Score</th></tr><tr><td>Spring</td><td>4/5</td></tr><tr><td>Winter</td><td>5/5</td></tr></table>"
    text, rules = cleaned(paras(*REVIEW) + scores, HOST)
    assert "Winter" in text and rules == []


def test_a_link_to_the_comments_with_their_count_goes_after_the_review():
    text, rules = cleaned(paras(*REVIEW) + "<h3>Diskussion</h3><p><a href='/forum/t/912'>Zur Diskussion (23 Beiträge)</a></p>", HOST)
    assert "Zur Diskussion" not in text and "Diskussion" not in text and "meta row" in rules
    # a book's page count in brackets at the top is a fact of the review, not a count of comments
    text, rules = cleaned("<p><a href='/tag/novellas/'>A short one</a> (96 pages)</p>" + paras(*REVIEW), HOST)
    assert "96 pages" in text and rules == []


def test_a_captions_closing_ask_and_framed_affiliate_line_go_and_its_recommendation_stays():
    caption = ("<div class='cap'><span>" + "<br><br>".join(REVIEW)
               + "<br><br>liked it? try Ferry Tales next, same fog, fewer sheep"
               + "<br><br>🌿 affiliate links for every book I mention are on my profile page 🌿"
               + "<br><br>VOTE for the next island book in my stories!!</span></div>")
    root = lxml.html.fromstring(f"<html><body><div class='entry-content'>{caption}</div></body></html>")
    body = root.cssselect(".entry-content")[0]
    report = CleanReport()
    clean_body(body, HOST, report)
    text = body.text_content()
    assert "VOTE" not in text and "affiliate links" not in text
    assert "try Ferry Tales next" in text and all(sentence in text for sentence in REVIEW)
    assert [r.rule for r in report.removed] == ["platform ask", "affiliate note"]


def test_a_caption_ending_in_its_rating_stays_whole():
    caption = "<p>" + "<br>".join(REVIEW) + "<br>rating: ★★★★ — follow the sheep!</p>"
    text, rules = cleaned(caption, HOST)
    assert "rating: ★★★★" in text and rules == []


# -- a closing line that writes out the site's own domain -----------------------------------------------------------------


def test_a_closing_line_naming_the_sites_domain_goes_and_other_domains_stay():
    note = "<p><small>Leserbriefe geben die Meinung der Schreibenden wieder, nicht die der Redaktion von Quillandtide.example.</small></p>"
    text, rules = cleaned(paras(*REVIEW) + note, "blog.quillandtide.example")
    assert "Redaktion" not in text and rules == ["the site about itself"]
    other = "<p>The map of the island is on the author's own site, brekke-books.example, and it is lovely.</p>"
    text, rules = cleaned(paras(*REVIEW) + other, "blog.quillandtide.example")
    assert "brekke-books.example" in text and rules == []
    # the site's name at the top, in the review's first lines, is not a closing line
    opening = "<p>Quillandtide.example turns ten this year, and this island novel is the book I chose to mark it.</p>"
    text, rules = cleaned(opening + paras(*REVIEW), "quillandtide.example")
    assert "turns ten" in text and rules == []


@pytest.mark.parametrize("byline", [
    "Written by Tamsin Orr on 2nd March 2026",
    "Von Jonas Berg · 7. März 2026",
    "Publié par Léa Marchal le 21st of June 2026",
])
def test_a_byline_with_the_posts_date_at_the_top_goes_and_the_title_stays(byline):
    text, rules = cleaned(f"<h1>The salt road north</h1><p>{byline}</p>" + paras(*REVIEW), HOST)
    assert "2026" not in text and "2026" not in " ".join(REVIEW), rules
    assert "The salt road north" in text and not any(rule.startswith("label of") for rule in rules)
    assert all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize("line", [
    "I finished it on 3rd May 2026",          # the reader's own note, no name
    "Started: 14th April 2026, Vilnius",      # an info line under a label
    "Lent to me by Aunt Dora on 2nd May 2026.",  # a sentence
])
def test_a_dated_note_of_the_reader_at_the_top_stays(line):
    text, rules = cleaned(f"<h1>The salt road north</h1><p>{line}</p>" + paras(*REVIEW), HOST)
    assert line.rstrip(".") in text, rules


def test_a_published_on_line_naming_the_posts_category_goes_with_the_engines_lines():
    # (it stayed once, for the classifier; the engine's published-on line goes now, category and all (sitelines.py):
    # left in, its category was read as the book's title; the classifier reads the page's own category links)
    line = "Julkaistu pe 6. maaliskuuta 2026 blogin kategoriassa Kuukauden Luetut"
    text, rules = cleaned(f"<h1>Maaliskuu</h1><p>{line}</p>" + paras(*REVIEW), HOST)
    assert "Kuukauden Luetut" not in text and rules == ["dateline"], rules
    assert all(sentence in text for sentence in REVIEW)


def _toot(author: str, replies: str) -> str:
    return f"<div class='who'>{author}</div>" + paras(*REVIEW) + replies


def test_replies_under_a_federated_post_go_from_the_first_replying_handle():
    replies = ("<div class='who'>Bram @bram_leest@boekensocial.nl</div><p>@halvard_reads Het eiland uit dit boek bestaat echt, "
               "ik ben er geweest!</p><div class='who'>Oona</div><p>Op mijn lijstje gezet, dankjewel.</p>"
               "<p>Je kunt op dit bericht reageren met een account op elke server.</p>")
    text, rules = cleaned(_toot("Halvard @halvard_reads@readers.town", replies), HOST)
    assert "Bram" not in text and "lijstje" not in text and "elke server" not in text, rules
    assert all(sentence in text for sentence in REVIEW)


def test_a_handle_inside_the_posts_own_closing_line_stays():
    # the post thanks someone by handle (not opening a reply); a blog post with no author handle keeps '@ana ...' lines
    own = "<p>Thanks to @mira.bsky.social for pressing it into my hands last winter.</p>"
    text, rules = cleaned(_toot("Halvard @halvard.bsky.social", own), HOST)
    assert "pressing it into my hands" in text, rules
    blog = paras(*REVIEW) + "<p>@ana asked whether the audiobook is any good: it is, the narrator does the sheep voices.</p>"
    text, rules = cleaned(blog, HOST)
    assert "sheep voices" in text, rules


def test_the_authors_own_handle_line_does_not_open_the_replies():
    # the author's name and handle on lines of their own over the post: the post stays whole
    page = "<div>Post</div><div>Halvard Brekke</div><div>@halvard.bsky.social</div>" + paras(*REVIEW)
    text, rules = cleaned(page, HOST)
    assert all(sentence in text for sentence in REVIEW), rules


@pytest.mark.parametrize("row", [
    "Mitglied seit Februar 2017",
    "Участник с 2021",
    "Top Reviewer · Verified Member",
    "Trackback-Adresse dieses Beitrags: https://lanternshelf.example/trackback/88213",
])
def test_reviewer_card_rows_and_a_trackback_address_go(row):
    text, rules = cleaned("<p>Mireille O.</p>" + f"<p>{row}</p>" + paras(*REVIEW), HOST)
    assert row.split()[0] not in text, rules
    assert all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize("line", [
    "A member since 1998 of the island's rowing club, the narrator counts strokes instead of sheep.",
    "Reviewer copy · hardback",                           # not every part a role
    "The trackback of a comet, the vet says, is what the sheep are afraid of.",  # no address
])
def test_lines_like_them_stay(line):
    text, rules = cleaned(paras(*REVIEW[:2]) + f"<p>{line}</p>" + paras(*REVIEW[2:]), HOST)
    assert line in text, rules
