"""A short post's first-person statement that its writer read the book (readvoice), the citation a paper closes its
review on without a page count (shortverdict.closing_citation), and Tumblr's "/tagged/" links read as a post's tags."""

from types import SimpleNamespace

import pytest

from scraper.extract import extract_page
from scraper.extract.readvoice import reads
from scraper.extract.notewords import PUBLISHER
from scraper.extract.shortverdict import closing_citation, floor


@pytest.mark.parametrize("line", [
    "Ich habe den Roman an einem einzigen Wochenende gelesen und denke noch immer an die Schwester.",
    "Je l'ai lu d'une traite, un dimanche de pluie.",
    "Przeczytałam ją w dwa wieczory i długo nie mogłam zasnąć.",
    "Kitabı bir haftada okudum ve son bölümde ağladım.",
    "Luin kirjan junassa Tampereelta Ouluun.",
    "Lo leí en una tarde, sin levantarme del sillón.",
    "honestly the strangest little novel i've read all year, and i mean that kindly.",
    "It is the best debut I have ever read about a marriage coming apart.",
    "Nilisoma kitabu hiki kwa siku mbili tu.",
    "这本书我读了两遍，第二遍更喜欢。",
])
def test_first_person_reading_is_read(line):
    assert reads(line)


@pytest.mark.parametrize("line", [
    "I can't wait to read this one when it comes out in March!",  # a cover reveal's hope
    "I'm so excited to read the next book in the series.",
    "I have not read it yet, but the cover is gorgeous.",  # negated
    "Ich habe es noch nicht gelesen, aber die Leseprobe klingt gut.",
    "Have you read it yet?",  # a question
    "“The best novel I have read this decade,” says a famous critic.",  # a blurb's quotation
    "> I've read it three times, the author told the festival.",  # a blockquote: another's words
    "2. I've read it and it is amazing, ten out of ten",  # a reply, numbered under the comments' heading
    "| **Moor Light** - A. Venn I have read it twice. 7/10 **Salt** - B. Orr Lovely. 9/10 |",  # a layout table's row
    "The author will read from the novel on Thursday at 7 pm.",  # a reading event
    "Я не прочитал эту книгу до конца.",
])
def test_no_first_person_reading(line):
    assert not reads(line)


def test_citation_with_set_off_title_and_no_pages():
    assert closing_citation(["Some prose about the book.", "«Il mare d'inverno», Carla Neri, Edizioni Lume, Roma."])
    assert closing_citation(["Texto.", "“La casa del faro”, Ana Ruiz, Editorial Brisa, Vigo."])
    assert closing_citation(["نص.", "«ملح الشاطئ»، سليم الحداد، دار الموج للنشر، بيروت."])  # (the Arabic comma)
    # a closing line of prose that opens on a quoted word is no citation (under three fields)
    assert not closing_citation(["Texto.", "«Ironia», as she calls it, is the key."])
    # a quoted title with one field after it is a mention
    assert not closing_citation(["Prose.", "«Weather Report», Ada Vance"])


def test_arabic_house_named_for_publishing():
    # "دار … للنشر" ("house … for publishing"): the word glued to its preposition is a publisher's word too
    assert PUBLISHER.search("دار الموج للنشر والتوزيع")
    assert not PUBLISHER.search("نشرت الصحيفة الخبر")  # (a verb "published", the paper's news: no house)


def _ev(book_source, lines, author=True):  # (the markdown is the lines, one paragraph each)
    return SimpleNamespace(rating=False, scored_lines=0, verdict_lines=0, averaged=0, reply_scores=0, book_title=None,
                           book_source=book_source, book_has_author=author, body=(tuple(lines), "\n".join(lines)))


def test_floor_lowered_only_for_a_book_read_outside_the_text():
    said = ["Ich habe das Buch in einer Nacht gelesen."]
    assert floor(_ev("title", said)) == 60
    assert floor(_ev("body", said)) == 100  # a book read only in passing, in the text
    assert floor(_ev(None, said)) == 100
    assert floor(_ev("title", ["Das Buch erscheint im März."])) == 100


_TUMBLR = """<!DOCTYPE html><html lang="en"><head><title>{title}</title></head><body>
<section id="posts"><article class="post text">
<div class="post-content"><h2 class="title">{title}</h2><div class="body-text">{body}</div></div>
<div class="post-meta"><a href="#">Mar 3, 2026</a> <a href="#notes">12 notes</a></div>
<ul class="taglist">{tags}</ul>
</article></section><footer><p>Theme by Someone</p></footer></body></html>"""


def _tumblr(title, paragraphs, tags):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    tag_html = "".join(f'<li><a href="/tagged/{t.replace(" ", "-")}">#{t}</a></li>' for t in tags)
    return _TUMBLR.format(title=title, body=body, tags=tag_html)


_CAPSULE = [
    "stayed up way too late with this one and regret nothing.",
    "a lighthouse keeper, his estranged daughter and one very long winter on the island. the middle drags a little, "
    "there is a whole chapter about fog that could go, but the last forty pages are the best ending i've read since "
    "spring and i sat on the kitchen floor for a while after.",
    "the daughter's letters are where it really sings. small, angry, funny, true. she writes to him every week for "
    "a year and never posts a single one, and you find out why only at the very end, which is all i'll say.",
    "if you like quiet sad books with good weather in them, you know what to do.",
]


def test_tumblr_tags_are_read_and_a_tagged_capsule_is_a_review():
    html = _tumblr("stayed up way too late with this one", _CAPSULE, ["the keeper's winter", "book review", "lit"])
    record = extract_page(html, "https://someone.tumblr.example.com/post/123456/stayed-up-way-too-late")
    assert "#book review" in record.tags
    assert record.kind == "review", record.reason


def test_tumblr_cover_reveal_with_tags_is_no_review():
    paragraphs = [
        "look at this cover!!! the new one from my favourite author comes out in june and the art is by the same "
        "painter who did the first book in the series, with the blue hills and the little fox.",
        "i can't wait to read it. the blurb says a brother and sister go looking for their father in a city that "
        "floats, and there are airships. there are maps on the endpapers too.",
        "preorders are open now at most shops. reblog if you're excited too, i want to know who's with me on this.",
    ]
    html = _tumblr("look at this cover", paragraphs, ["cover reveal", "book news", "preorder"])
    record = extract_page(html, "https://someone.tumblr.example.com/post/123457/look-at-this-cover")
    assert record.kind != "review", record.reason


def test_tumblr_short_post_without_a_reading_statement_is_no_review():
    paragraphs = [
        "our library's spring book sale is on this saturday from ten until four in the hall behind the church.",
        "hardbacks are two for a pound, paperbacks fifty pence, and there is a box of free picture books for the kids. "
        "all the money goes to the reading club for the summer holidays.",
        "bring a bag, bring your friends, and please come early because the crime shelf always goes first.",
    ]
    html = _tumblr("spring book sale", paragraphs, ["book sale", "library"])
    record = extract_page(html, "https://someone.tumblr.example.com/post/123458/spring-book-sale")
    assert record.kind != "review", record.reason


_BLOG = """<!DOCTYPE html><html lang="{lang}"><head><title>{title} – Kleine Leseecke</title></head><body>
<header><a href="/">Kleine Leseecke</a></header><main><article class="post"><h1 class="entry-title">{title}</h1>
<div class="entry-content">{body}</div></article></main><footer>© 2026</footer></body></html>"""


def _blog(lang, title, paragraphs):
    return _BLOG.format(lang=lang, title=title, body="".join(f"<p>{p}</p>" for p in paragraphs))


_CAPSULES = {
    "de": ("Marlene Haushofer: „Die Wand“", [
        "Ich habe diesen Roman in einer verschneiten Woche gelesen und wusste danach lange nicht, wohin mit mir.",
        "Eine Frau ist plötzlich allein hinter einer unsichtbaren Grenze, mit einem Hund, einer Kuh "
        "und sehr viel Zeit. "
        "Haushofer erzählt das nüchtern, fast wie ein Tagebuch der Arbeit, und gerade darin liegt die Wucht.",
        "Manche Seiten über das Heu sind lang. Trotzdem empfehle ich es jedem, der Stille aushält."]),
    "fr": ("Marguerite Duras : « Un barrage contre le Pacifique »", [
        "Je l'ai lu d'une traite pendant un été très chaud, et le livre m'a laissé une sorte de sel sur la peau.",
        "Une mère obstinée, deux enfants qui rêvent de partir, une plantation que la mer mange chaque année. "
        "Duras écrit encore de façon presque classique, mais la colère est déjà là, sous chaque phrase.",
        "Le milieu s'étire un peu. Je vous le conseille quand même, surtout avant L'Amant."]),
    "it": ("Natalia Ginzburg: «Lessico famigliare»", [
        "L'ho letto in due sere di pioggia e da allora mi capita di ripetere a voce alta le frasi di suo padre.",
        "Una famiglia torinese raccontata attraverso le parole che usava, i modi di dire, le sgridate a tavola. "
        "Ginzburg non spiega quasi nulla della storia grande, eppure la guerra e le leggi razziali "
        "entrano in casa lo stesso.",
        "Qualche capitolo è più fiacco. Lo consiglierei a chi ama i libri di memoria."]),
}


@pytest.mark.parametrize("lang", sorted(_CAPSULES))
def test_short_capsule_that_says_it_was_read_is_a_review(lang):
    title, paragraphs = _CAPSULES[lang]
    record = extract_page(_blog(lang, title, paragraphs), f"https://leseecke.example.org/2026/03/{lang}-kapsel/")
    assert record.word_count < 100
    assert record.kind == "review", record.reason


_NOTICES = {
    # a forthcoming book's notice: reading to come, a recommendation, the book in its title
    "de": ("Marlene Haushofer: „Die Wand“", [
        "Im März erscheint eine Neuausgabe des Romans mit einem Nachwort und einem neuen Umschlag.",
        "Ich habe das Buch noch nicht gelesen, aber ich freue mich sehr darauf, es im Frühling endlich zu lesen. "
        "Eine Frau, eine Wand, ein Hund: mehr verrät der Verlag noch nicht.",
        "Ich empfehle euch, die Leseprobe auf der Seite des Verlags anzuschauen."]),
    # a cover reveal in English, with "can't wait to read" and a recommendation of the series
    "en": ("Cover reveal: The Glass Orchard by Mira Castell", [
        "Here it is, the cover for the second book in the series, painted by the same artist as the first.",
        "I can't wait to read it when it comes out in the autumn. The blurb promises a flooded city, two rival "
        "gardeners and a secret kept under the orchard for a hundred years.",
        "I would recommend starting the first book now if you want to be ready."]),
}


@pytest.mark.parametrize("lang", sorted(_NOTICES))
def test_short_notice_that_reads_nothing_yet_is_no_review(lang):
    title, paragraphs = _NOTICES[lang]
    record = extract_page(_blog(lang, title, paragraphs), f"https://leseecke.example.org/2026/03/{lang}-notiz/")
    assert record.kind != "review", record.reason
