"""Review detection, holdout24 round (det14): a reading club's title with a month (gatherings.club_month), a thread of
several members under a title that asks the readers even when its first post is long (mediumpage.thread with the
page's title). Our own words and markup, several languages and scripts; near misses stay reviews."""

from __future__ import annotations

import pytest
from lxml import html

from scraper.extract import gatherings
from scraper.extract.mediumpage import page_medium, thread
from tests.test_classify import kind


# -- a reading club and a month ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Lesekreis im März: „ “ von Jana Berger",  # de, the book's title taken out by classify
    "Book club, April 2027: the salt one",  # en, a year
    "Club de lectura de mayo: volvemos al mar",  # es
    "Книжный клуб в октябре",  # ru, a month in its case
    "読書会 11月のお知らせ",  # ja, a month in figures
    "نادي القراءة - يناير",  # ar
])
def test_a_reading_club_and_its_month(title):
    assert gatherings.club_month(title)


@pytest.mark.parametrize("title", [
    "Lesekreis Kassel: unsere Empfehlungen",  # a club, no month or year
    "Read in March: a novel of the salt marsh",  # a month, no club
    "Our book club loved it",  # a club, no month
    "Un mes en el mar",  # es, "a month": no month's name
    "Buchclub im März: meine Rezension",  # de, the title calls it a review
    "読書会 11月の課題本の書評",  # ja, the same
])
def test_no_reading_club_with_a_month(title):
    assert not gatherings.club_month(title)


def test_a_club_s_month_makes_an_event_whatever_book_its_title_names():
    # the book read from the title with its author, no verdict of the post's own: the club's notice
    assert kind(title="Lesekreis im März: „ “ von Jana Berger", book_source="title", book_has_author=True,
                words=130) == "event"
    assert kind(title="نادي القراءة - يناير: « » لسلمى حداد", book_source="title", book_has_author=True,
                words=150) == "event"
    # near misses: a member's rated review whose title names the book with its author and the club's month, or whose
    # book was not found (its rating is its own verdict)
    assert kind(title="Book club, April 2027: The Salt Ledger by Jana Berger", book_source="title", book_has_author=True,
                rating=True, scored_lines=1) == "review"
    assert kind(title="Книжковий клуб у березні: «Сіль»", words=300, rating=True, verdict_lines=1) == "review"
    # near miss: a review that names a club but no month stays a review
    assert kind(title="What my book club taught me about The Salt Ledger by Jana Berger", book_source="title",
                book_has_author=True, words=400) == "review"


# -- a thread under a title that asks the readers ----------------------------------------------------------------------

def _page(title: str, posts: list[tuple[str, str]]) -> html.HtmlElement:
    body = "".join(f'<div class="topic-post"><div class="post-author">{who}</div><div class="post-text"><p>{text}</p></div></div>'
                   for who, text in posts)
    return html.fromstring(f"<html><head><title>{title}</title></head><body><div id='topic'>{body}</div></body></html>")


_ASKING = " ".join(["Our reading circle wants six novels set by the sea for the spring, none longer than four hundred pages,"
                    " translated ones welcome, and I have been asked to draw up the shortlist this week."] * 5)
_ASKING_AR = " ".join(["تريد مجموعتنا للقراءة ست روايات تدور أحداثها قرب البحر لفصل الربيع، على ألا تتجاوز أربعمئة صفحة،"
                       " والمترجمة مرحب بها، وقد طُلب مني إعداد القائمة هذا الأسبوع."] * 6)
_REPLY = "The Lighthouse Keeper's Almanac, short and stormy, and the group will argue about its ending for an hour."
_REPLY_AR = "رواية «حارس المنارة» قصيرة وعاصفة، وستتجادل المجموعة حول نهايتها ساعة كاملة."


@pytest.mark.parametrize("title, first, reply", [
    ("Harbour Readers :: Novels set by the sea?", _ASKING, _REPLY),  # en
    ("روايات تدور قرب البحر؟ - منتدى القراء", _ASKING_AR, _REPLY_AR),  # ar, its own question mark
])
def test_a_long_question_with_answers_under_it_is_a_thread(title, first, reply):
    page = _page(title, [("gull", first), ("fen", reply), ("morag", reply + " 5/5")])
    assert "asks the readers" in thread(page, title)
    assert "asks the readers" in page_medium(page, [], title)


@pytest.mark.parametrize("title", [
    "Harbour Readers :: The Salt Ledger by Jana Berger",  # a title that asks nothing
    "Review: is The Salt Ledger worth the hype?",  # a question, but the title calls the post a review
    None,  # no title given: as before
])
def test_a_long_first_post_under_a_title_that_asks_nothing_stays_a_review_with_replies(title):
    page = _page(title or "t", [("gull", _ASKING), ("fen", _REPLY), ("morag", _REPLY)])
    assert thread(page, title) is None


# -- a screen series' season or episode count in the title ------------------------------------------------------------

from scraper.extract.medium import title_medium  # noqa: E402


@pytest.mark.parametrize("title", [
    "《 》剧集第三季明年开播：从小说到荧幕的五处改动",  # zh, a season beside "novel"
    "« » من جديد.. مسلسل في 30 حلقة عن رواية سلمى حداد",  # ar, an episode count
    "الموسم الثاني من « » يبدأ تصويره",  # ar, "the second season"
    "Η σειρά σε 10 επεισόδια για το μυθιστόρημα « »",  # el
    "सीज़न 2: उपन्यास से कितना अलग है « »",  # hi, a season beside "novel"
    "« »: the novel's second life in Season 2",  # en, a season beside "novel"
    "Stagione 2: i cambiamenti rispetto al romanzo",  # it, its article "i" is no first person
])
def test_a_title_that_names_a_season_or_counts_episodes(title):
    assert title_medium(title)


@pytest.mark.parametrize("title", [
    "Season 2 is out, so I reread the novel",  # the writer read the book
    "第二季之前，我重讀了原著",  # zh, the same
    "قرأت الرواية قبل الموسم الثاني",  # ar, "I read the novel before the second season"
    "موسم الهجرة إلى الشمال",  # ar, "Season of Migration to the North": a season with no number, a novel's title
    "A Season of Salt and Silence",  # a season with no number
    "Roman in 12 Kapiteln",  # de, chapters are a book's
    "« » في 12 فصلًا",  # ar, chapters
])
def test_no_season_or_episode_count(title):
    assert title_medium(title) is None


def test_a_season_read_as_the_title_s_author_is_no_author():
    news = dict(book_title="三體", book_source="title", book_has_author=True, words=213)
    # the title's news ("the series' second season starts filming") read as the author: another medium's title
    assert kind(title="《 》劇集第二季將開拍", book_author="劇集第二季將開拍", **news) == "other"
    # near misses: a real author beside the season keeps the title the book's (named with its author) — though a title
    # whose own words are only the series' numbered season, with no verdict in the post, is news of the screen version
    # (adaptgets.new_season, since the holdout49 round) — and a reader's title that says they reread it stays a review
    assert kind(title="劉慈欣《 》：劇集第二季", book_author="劉慈欣", **news) == "announcement"
    assert kind(title="《 》劉慈欣：劇集第二季之前，我重讀了原著", book_author="劉慈欣", **news) == "review"
    assert kind(title="Before season two of the show, I reread the novel", book_author="劉慈欣", **news) == "review"


# -- a short review whose book was not found: its free-copy note is a mark of one work ---------------------------------

from scraper.extract.notegift import free_copy  # noqa: E402

_SHORT_EN = ("The harbour town wakes slowly in these pages, and the novel never hurries it. Its people are fishermen, widows,"
             " a schoolteacher who counts the boats each evening, and a boy who wants to leave. The novel lets each of them"
             " speak, and the voices stay with you long after the last chapter. Not everything works: the middle sags, and"
             " one storm too many is brought in to move the plot. But the book is honest about small lives, and its ending,"
             " quiet as it is, lands hard. I would give it to anyone who grew up near the sea and left.")
_SHORT_DE = ("Die Stadt am Hafen erwacht in diesem Buch langsam, und der Roman lässt sich Zeit. Seine Menschen sind Fischer,"
             " Witwen, eine Lehrerin, die abends die Boote zählt, und ein Junge, der fort will. Der Roman lässt jeden von"
             " ihnen sprechen, und die Stimmen bleiben lange. Nicht alles gelingt: Die Mitte hängt durch, und ein Sturm zu"
             " viel treibt die Handlung an. Aber das Buch ist ehrlich zu kleinen Leben, und sein leises Ende trifft. Ich würde"
             " es allen schenken, die am Meer aufgewachsen und dann fortgegangen sind und noch heute von Gezeiten, Booten"
             " und den langen Abenden am Kai träumen, so wie ich.")
_NOTE_EN = "*The publisher sent me a copy of the book; the opinions are my own.*"
_NOTE_DE = "*Das Buch wurde mir vom Verlag kostenlos zur Verfügung gestellt.*"


def _short(text: str, note: str | None):
    markdown = text + ("\n\n" + note if note else "")
    return dict(title="Where the tide turns", words=len(markdown.split()), body=(tuple(markdown.replace("*", "").split("\n\n")), markdown))


@pytest.mark.parametrize("text, note", [(_SHORT_EN, _NOTE_EN), (_SHORT_DE, _NOTE_DE)])
def test_a_short_post_calling_its_book_the_novel_with_a_free_copy_note_is_a_review(text, note):
    assert free_copy(text + "\n\n" + note)
    assert kind(**_short(text, note)) == "review"
    # near miss: the same post without the note is one mark short, as before (a short notice is as short)
    assert kind(**_short(text, None)) != "review"


def test_a_free_copy_note_without_the_reviewer_s_voice_is_no_review():
    notice = ("Our spring list is out. Twelve new titles arrive in the shops in March, among them three debuts, a cookery"
              " book from the coast and a new translation of a Danish classic. Readers' groups can ask us for reading"
              " notes and for a visit from one of the authors. The catalogue can be downloaded from our website, and"
              " booksellers will find the order forms there too. We look forward to seeing you at the fair in April.")
    assert kind(**_short(notice, "*The publisher sent me a copy of the book.*")) != "review"


# -- replies headed by a reply's subject ("Re: …"): a thread by its text, whatever its address -------------------------

from scraper.extract.announce import replies_start, reply_subjects  # noqa: E402
from scraper.extract.threads import thread_of_voices  # noqa: E402


_THREAD_MD = [
    "| Novels set by the sea? Posted on: 3 March 2027 |",
    "Our circle wants six sea novels for spring. What would you put on the list?",
    "| Re: Novels set by the sea? Posted on: 3 March 2027 |",
    "The Lighthouse Keeper's Almanac. 5/5 from me every time.",
    "| AW: Novels set by the sea? |",  # de mail clients' "Antwort"
    "Das Salzhaus am Deich, kurz und stürmisch.",
]


def test_reply_subjects_in_any_engine_s_markup():
    assert reply_subjects(_THREAD_MD) == [2, 4]
    assert replies_start(_THREAD_MD) == 2
    assert reply_subjects(["**Odp: Powieści nad morzem?**", "tekst", "Ynt: Deniz romanları?"]) == [0, 2]  # pl, tr


@pytest.mark.parametrize("lines", [
    ["Re: one reply alone is a quoted subject, not a thread", "text"],
    ["Resumen: una novela del mar", "Rescue: the plot", "Reading: slow"],  # words that open with the letters
    ["Note: the publisher sent me a copy", "Review: four stars"],
])
def test_no_thread_of_replies(lines):
    assert replies_start(lines) is None


def test_a_thread_by_its_replies_under_a_title_that_asks_is_a_discussion_whatever_its_address():
    url = "https://harbour-readers.example/read.php?4,2188"  # an address no engine rule knows
    assert thread_of_voices(url, "Novels set by the sea?", 1, replies=2)
    assert thread_of_voices(url, "Novels set by the sea?", 1, replies=0) is None  # no replies: nothing says thread
    assert thread_of_voices(url, "The Salt Ledger by Jana Berger", 1, replies=2) is None  # a title that asks nothing


def test_a_score_given_only_in_the_replies_is_no_rated_post():
    body = (tuple(line.strip("| ") for line in _THREAD_MD), "\n".join(_THREAD_MD))
    # (the rated post rescue asks for a score of the post's own: this one is in the first reply)
    assert kind(title="Sea novels", words=150, rating=True, scored_lines=1, verdict_lines=1, reply_scores=1,
                body=body) != "review"
    # near miss: the same score in the post itself is its verdict
    assert kind(title="Sea novels", words=150, rating=True, scored_lines=1, verdict_lines=1, reply_scores=0,
                body=body) == "review"


# -- a title whose subject is a screen work made from a book ("a series based on the novel") ---------------------------

@pytest.mark.parametrize("title", [
    "Harbour Films orders a series based on Jana Berger's novel",  # en
    "Une série adaptée du roman de Jana Berger",  # fr
    "Neue Serie nach dem Roman von Jana Berger",  # de
    "Serie basada en la novela de Jana Berger",  # es
    "Сериал по роману Яны Бергер выйдет весной",  # ru
    "مسلسل في حلقات عن رواية سلمى حداد",  # ar, no count of its episodes
    "סדרה חדשה על פי הספר של יעל",  # he
    "改编自刘慈欣小说的剧集明年开拍",  # zh
])
def test_a_screen_work_made_from_a_book_in_the_title(title):
    assert "made from a book" in title_medium(title)


@pytest.mark.parametrize("title", [
    "The novel behind the series, and why I loved it",  # the book first: a reader's title
    "Reading the book the film was based on",  # the same
    "The film based on the book? I read the novel first",  # the writer read it
    "Сериал по-моему хорош, а книга лучше",  # ru "по-моему", "in my view": no "after"
    "A film about books",  # no "based on"
])
def test_no_screen_work_made_from_a_book(title):
    assert title_medium(title) is None
