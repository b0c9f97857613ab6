"""rev24's findings mended (mend24b): rules that took a reviewer's own lines. Each test holds the reviewer's kind of line
(kept, or read right) and a near case the rule must still catch."""

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.bylinelabels import classed_name
from scraper.extract.commentsclosed import asked_of_us
from scraper.extract.contestbox import contest_box
from scraper.extract.followlines import opening_follow
from scraper.extract.sitelines import writer_bio

_LEAD = ("<p>This second novel follows a family of beekeepers through three wet summers, and it is the best thing I have "
         "read this autumn. The prose is plain and the dialogue quick; each chapter ends on a small turn that pulls you "
         "on. The village, its hives and its quarrels feel lived in, and the writer never stops to explain them.</p>"
         "<p>The youngest son is proud to the point of spite, and still I followed every one of his choices. His mother "
         "is drawn too thinly, and the last pages hurry to tie every thread at once.</p>")


def _page(tail, head="", title="Review: The Honey Year by Tom Reed"):
    html = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{head}{_LEAD}{tail}</article></body></html>"
    return extract_page(html, "https://blog.example/2024/06/review-the-honey-year")


# 1. commentsclosed.asked_of_us: the site's tell-us prompt is the whole block (short questions may go first)
def test_tell_us_closing_a_reviewers_paragraph_stays():
    line = "If you liked Wendell Berry, pick this one up. Have you read it yet? Let us know what you thought in the comments!"
    assert not asked_of_us(line)
    assert "pick this one up" in _page(f"<p>Rating: 4/5.</p><p>{line}</p>").body_text
    assert not asked_of_us("Wer Kafka mag, wird dieses Buch lieben. Schreiben Sie uns in den Kommentaren, wie es Ihnen gefiel.")
    assert not asked_of_us("Un roman à offrir à Noël, sans hésiter. Dites-nous dans les commentaires ce que vous en pensez !")


def test_tell_us_prompt_alone_still_goes():
    assert asked_of_us("Tell us what you are reading this month in the comments below.")
    assert asked_of_us("Have you read it? Tell us in the comments!")
    assert asked_of_us("Schreiben Sie uns in den Kommentaren, was Sie gerade lesen.")
    assert asked_of_us("Dites-nous en commentaire ce que vous lisez en ce moment.")


# 2. followlines._READ_THERE: tr izleyin is "watch" too; a follow line only with "bizi" (us) or our account
# (az "… YouTube'da izləyin" is still read by the older _OPENS bidding: left, not this finding's rule)
def test_watch_it_on_youtube_stays():
    assert not opening_follow("Romanın tiyatro uyarlamasını YouTube'da izleyin, Raif'i sahnede görmek bambaşka.")
    assert not opening_follow("Yazarla yapılan söyleşiyi Instagram'da izleyin; kitabı nasıl yazdığını anlatıyor.")


def test_follow_us_there_still_goes():
    assert opening_follow("Bizi Instagram'da izleyin!")
    assert opening_follow("Bizi Facebook'ta da izləyin.")
    assert opening_follow("Instagram sayfamızdan bizi izleyin.")
    assert opening_follow("Yeni yazılarımızı Telegram'da okuyun.")


# 3. contestbox: a label + a link is a house game only with a stake, a taking part, a closing day or the game's address
def _box(html):
    return contest_box(fragment_fromstring(f"<div>{html}</div>")[0], fragment_fromstring("<div></div>"))


def test_review_line_labelled_competition_stays():
    assert not _box('<p>Competition: the nearest rival this year is <a href="/2023/review-gilead">Gilead</a>, which I liked less.</p>')
    assert not _box('<p>Gewinnspiel: Der nächste Konkurrent ist <a href="/2023/stiller">Stiller</a>, den ich schwächer fand.</p>')
    assert not _box('<p>Concours : le rival le plus proche est <a href="/2023/chanson-douce">Chanson douce</a>, que j\'ai moins aimé.</p>')
    body = _page('<p>Competition: the nearest rival this year is <a href="/2023/review-gilead">Gilead</a>, which I liked less.</p>').body_text
    assert "nearest rival" in body


def test_house_contest_still_goes():
    assert _box('<p>Competition: win one of three copies – enter by Friday.</p><a href="/2023/review-gilead">Gilead</a>')
    assert _box('<p>Gewinnspiel: Zwei Karten für die Lesung – bis Sonntag mitspielen!</p><a href="/aktion">Mitmachen</a>')
    assert _box('<p>Concours : une surprise pour nos lecteurs.</p><a href="/concours/juin">Ici</a>')
    assert _box('<p>Konkurs: trzy egzemplarze dla czytelników.</p><a href="/akcja">Weź udział</a>')


# 4. bylinelabels: the byline class read by its tokens ("byline entry-meta"), not the whole attribute
def test_byline_class_among_others():
    one = lambda block: "Tom Reed headline text"
    assert classed_name(fragment_fromstring('<div class="byline entry-meta">Ana Lee</div>'), one)
    assert classed_name(fragment_fromstring('<span class="post-meta author vcard">Ana Lee</span>'), one)
    assert not classed_name(fragment_fromstring('<div class="authority entry-meta">Ana Lee</div>'), one)
    page = _page("", head='<div class="byline entry-meta">Ana Lee</div>')
    assert "Ana Lee" not in page.body_text


# 5. sitelines.writer_bio: cy "Bu", gv "Ta"/"Va" as the copula only with the copula's own particle (tr "Bu" is "this")
def test_this_opening_a_line_is_no_copula():
    assert not writer_bio("Bu Orhan Pamuk romanı, İstanbul'un eski mahallelerinde geçen sessiz bir aşk hikâyesi anlatıyor.",
                          ["Orhan Pamuk"])
    assert not writer_bio("Ta Olga Tokarczuk napisała powieść o pielgrzymce, która zostaje w pamięci na długo.",
                          ["Olga Tokarczuk"])


def test_celtic_copula_still_read():
    assert writer_bio("Bu Gwenllian Parri yn olygydd y cylchgrawn am ddeng mlynedd cyn troi at ffuglen.", ["Gwenllian Parri"])
    assert writer_bio("Ta Juan Quayle ny screeudeyr as ny lhaihder ayns Doolish rish bleeantyn.", ["Juan Quayle"])
    assert writer_bio("Mae Gwenllian Parri yn athrawes Gymraeg yn Arfon ac yn ysgrifennu am ffuglen.", ["Gwenllian Parri"])
