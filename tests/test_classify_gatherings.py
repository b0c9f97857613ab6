"""scraper.extract.gatherings and headline: a meeting's notice or report told from a review (a title naming a meeting
and its month or year, a when-and-where block of labelled lines, a score called an average), a giveaway's entry steps
in more languages (announce.entry_steps), and a review whose book the text names once but the headline opens on.
Our own words, several languages and scripts; near misses stay reviews."""

from __future__ import annotations

import pytest

from scraper.extract import gatherings
from scraper.extract.announce import entry_steps
from tests.test_classify import classify, evidence, kind


# -- a title that names a meeting and its month or year ---------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Träffen i mars: Jana Berger och havet",  # sv
    "جلسة يناير 2027",  # ar, "the January 2027 session"
    "Réunion de février : le sel et la mer",  # fr
    "Spotkanie w październiku – Salt Ledger",  # pl
    "2027年の例会まとめ",  # ja, a year
    "Встреча в апреле: обсуждаем «Соляную книгу»",  # ru
])
def test_a_meeting_and_its_month_or_year(title):
    assert gatherings.meeting_title(title)


@pytest.mark.parametrize("title", [
    "Meeting the Sea: The Salt Ledger by Jana Berger",  # a meeting's word, no month or year
    "Read in March: The Salt Ledger",  # a month, no meeting
    "A Session of Salt",  # a book's title with the word
    "لقاء مع البحر",  # ar, "an encounter with the sea": no month
])
def test_no_meeting_title(title):
    assert not gatherings.meeting_title(title)


def test_a_meeting_title_makes_an_event_unless_a_rated_review_names_its_book():
    assert kind(title="Träffen i mars: vargen och sjön", words=190, rating=True, scored_lines=1) == "event"
    assert kind(title="جلسة يناير 2027", words=150, book_source="body", book_has_author=True) == "event"
    # a rated review whose title names its book with its author, a meeting's word and a month beside it
    assert kind(title="Meeting the Sea in May: The Salt Ledger by Jana Berger", book_source="title", book_has_author=True,
                rating=True, scored_lines=1) == "review"


# -- a when-and-where block -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lines", [
    ["الكتاب: «ملح البحر» لجانا برغر", "الموعد: الخميس 14 يناير، السابعة مساءً", "المكان: مكتبة الحي، الطابق الأول"],
    ["**Wann:** Dienstag, 9. März, 19 Uhr", "**Ort:** Stadtbibliothek, Raum 2", "Bitte anmelden."],
    ["We are reading The Salt Ledger next.", "Venue: the back room of the Lantern café", "When: Friday 12th, 7 pm"],
    ["場所：駅前の喫茶店", "日時：3月14日 19時から"],
])
def test_a_place_and_a_time_labelled(lines):
    assert gatherings.when_where(lines)


@pytest.mark.parametrize("lines", [
    # a review's book record: a place of publication and a year are no meeting's
    ["Publisher: Lantern Press", "Place: London", "Date: 2019", "Pages: 312"],
    # a setting, not a venue; a date read
    ["Setting: a fishing town, 1950s", "Date read: 12 March"],
    # a place alone, its time far below
    ["Ort: Hamburg", "Der Roman beginnt im Hafen.", "Die Schwester kehrt zurück.", "Dann ein Brief.", "Ein Sturm.",
     "Zeit: 1953 und 14 Jahre später"],
])
def test_no_when_where_block(lines):
    assert not gatherings.when_where(lines)


def test_a_when_where_block_with_no_verdict_is_a_notice():
    body = (("Venue: the Lantern café", "When: Friday 12 March, 7 pm", "Bring the book and a friend."), "")
    assert kind(title="Next up: The Salt Ledger", words=150, body=body) == "announcement"
    # the same block under a rated review of a book its title names: a review (a reading's place and time beside it)
    assert kind(title="The Salt Ledger by Jana Berger", book_source="title", book_has_author=True, rating=True,
                scored_lines=1, body=body) == "review"


# -- a score called an average ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Snittet blev 4,1 av 5, det högsta i år.",  # sv
    "The circle's average came out at 3.8/5.",  # en
    "وكان متوسط تقييم الحاضرين ٤ من ٥.",  # ar
    "参加者の平均は5点中4点でした。",  # ja
    "Średnia ocen uczestników: 4,5/6.",  # pl
])
def test_an_average(line):
    assert gatherings.averaged([line]) == 1


@pytest.mark.parametrize("line", [
    "Le doy cuatro estrellas y media.",  # es "and a half", not an average
    "My score: 4/5, no more.",
    "Social media loved it, I give it 3/5.",
])
def test_no_average(line):
    assert gatherings.averaged([line]) == 0


def test_an_averaged_score_is_no_verdict_of_the_clubs_post():
    # a club's post naming its book only in the text: rated by the members' average, it is the club's meeting
    assert kind(title="Book club: the salt and the sea", book_source="body", book_has_author=True, book_mentions=4,
                rating=True, scored_lines=1, averaged=1) == "event"
    # the writer's own score (not an average): left a review
    assert kind(title="Book club: the salt and the sea", book_source="body", book_has_author=True, book_mentions=4,
                rating=True, scored_lines=1) == "review"


# -- a giveaway's entry steps, in more languages (announce.entry_steps) -----------------------------------------------

@pytest.mark.parametrize("lines", [
    ["- Ακολουθήστε τη σελίδα μας", "- Γράψτε στα σχόλια το αγαπημένο σας βιβλίο", "- Κάντε tag έναν φίλο"],  # el
    ["1. Följ oss på Instagram", "2. Kommentera med din favoritbok", "3. Tagga en vän"],  # sv
    ["1. Sledujte nás na Facebooku", "2. Sdílejte příspěvek"],  # cs
])
def test_entry_steps_in_more_languages(lines):
    assert entry_steps(["Tre exemplar att vinna!", *lines, "Lycka till!"])


def test_a_greek_reviews_list_is_no_entry_steps():
    assert not entry_steps(["- Η γλώσσα της είναι λιτή", "- Οι αδελφές μοιάζουν αληθινές", "- Το τέλος βιάζεται"])


# -- the headline opens on the book the text names once (headline.py) ------------------------------------------------

_AR = (("أعدت قراءة هذا الكتاب بعد سنوات، ووجدت الكتاب مختلفا تماما عما أذكره.",), "")
_RU = (("Я перечитала эту книгу летом. В этой книге почти ничего не происходит, и это прекрасно.",), "")


@pytest.mark.parametrize("title,body,book", [
    ("«ملح البحر».. قراءة ثانية بعد عشرين عاما", _AR, "ملح البحر"),
    ("«Соляная книга» — двадцать лет спустя", _RU, "Соляная книга"),
])
def test_a_headline_that_opens_on_the_book_keeps_the_review(title, body, book):
    k, reason = classify(evidence(title=title, words=220, book_source="body", book_has_author=True, book_mentions=1,
                                  book_title=book, body=body))
    assert k == "review", reason


@pytest.mark.parametrize("title,book", [
    ("После «Соляной книги»: что читать дальше?", "Соляной книги"),  # asks, and opens on no set-off title
    ("«Соляная книга»: что читать после неё?", "Соляная книга"),  # opens on it but asks for read-alikes
    ("Море и соль, от книги к экрану", "Море и соль"),  # nothing set off: a comparison with its film
])
def test_headlines_that_keep_the_mention_in_passing(title, book):
    assert kind(title=title, words=220, book_source="body", book_has_author=True, book_mentions=1, book_title=book,
                body=_RU) == "other"


def test_a_set_off_headline_without_the_voice_of_a_review():
    # the text never calls its book "the book": one mention stays a mention
    assert kind(title="«ملح البحر».. حفل توقيع في المكتبة", words=220, book_source="body", book_has_author=True,
                book_mentions=1, book_title="ملح البحر", body=(("حضر الحفل عدد كبير من القراء ووقعت الكاتبة النسخ.",), "")) in ("other", "event")  # (a signing: an event, round 26)


# -- an essay under a title about books in the plural (reviewed._about_books, more languages) -------------------------

_ONLY_NAMES = ("names an author in full and again by surname",)


@pytest.mark.parametrize("title", [
    "Buku-buku yang menemani saya di kereta",  # id
    "Vitabu vilivyonifundisha kusoma tena",  # sw
    "퇴근길에 읽은 책들",  # ko
    "წიგნები, რომლებმაც კითხვა მასწავლეს",  # ka
])
def test_books_in_the_plural_with_no_voice_of_one_work_is_an_essay(title):
    k, reason = classify(evidence(title=title, words=220, work_clues=_ONLY_NAMES, body=(("x",), "x")))
    assert k == "other" and "title about books" in reason


def test_near_misses_under_a_title_about_books_stay_reviews():
    # the voice of one work: "calls its book 'the book'" beside the names
    voice = ("calls its book 'the book', 'the novel' 3×", *_ONLY_NAMES)
    assert kind(title="Buku-buku yang menemani saya di kereta", words=220, work_clues=voice, body=(("x",), "x")) == "review"
    # the same names under a title about one thing: length and shape keep it a review
    assert kind(title="Sebuah novel tentang laut", words=220, work_clues=_ONLY_NAMES, body=(("x",), "x")) == "review"
    # a title read in the text (no author): a mark of one work
    assert kind(title="Buku-buku yang menemani saya di kereta", words=220, book_source="body", book_title="Laut Garam",
                work_clues=_ONLY_NAMES, body=(("x",), "x")) == "review"


# -- a title that tells the reader to win a copy (announce.giveaway) ------------------------------------------------

@pytest.mark.parametrize("title", [
    "Χριστουγεννιάτικος διαγωνισμός: κερδίστε «Το αλάτι»",  # el
    "Win a signed copy of The Salt Ledger!",  # en
    "Drei Exemplare zu gewinnen: Die Salzkammer",  # de
    "Wygraj egzemplarz „Soli”",  # pl
    "Выиграйте книгу «Соль» с автографом",  # ru
])
def test_a_title_that_offers_a_copy_to_win(title):
    assert kind(title=title, words=150) == "announcement"


@pytest.mark.parametrize("title", [
    "Why The Salt Ledger should win the Booker",  # en, an opinion on a prize
    "Die Salzkammer gewinnt den Buchpreis",  # de, news of a prize: "wins"
    "Το βιβλίο που κέρδισε το βραβείο",  # el, "the book that won the prize"
    "Da Vinci and the salt",
])
def test_titles_that_offer_nothing_to_win(title):
    from scraper.extract.announce import giveaway
    assert not giveaway(title)


def test_a_rated_review_whose_title_names_its_book_beside_a_win_stays_a_review():
    assert kind(title="Win a copy? No: my review of The Salt Ledger by Jana Berger", book_source="title",
                book_has_author=True, rating=True, scored_lines=1) == "review"


# -- a club's address and the members' average (gatherings.club_address) -----------------------------------------------

@pytest.mark.parametrize("url", [
    "https://forum.example.se/cirklar/lasecirkeln-i-umea/traff-3",  # sv, the slug without its accents
    "https://example.org/book-club/march-notes",  # en
    "https://example.de/lesekreis-nord/2026/rueckblick",  # de
    "https://example.gr/%CE%BB%CE%AD%CF%83%CF%87%CE%B7-%CE%B1%CE%BD%CE%AC%CE%B3%CE%BD%CF%89%CF%83%CE%B7%CF%82/post-4",  # el, encoded
])
def test_a_clubs_address(url):
    assert gatherings.club_address(url)


@pytest.mark.parametrize("url", [
    "https://bookclubreviews.example.com/2026/salt-ledger",  # the host: a blog's name
    "https://example.org/reviews/the-book-club-murders",  # the post's own slug
])
def test_no_clubs_address(url):
    assert not gatherings.club_address(url)


def test_a_post_under_a_clubs_address_scored_by_its_members_average_is_a_meeting():
    url = "https://forum.example.se/cirklar/lasecirkeln-i-umea/traff-3"
    assert kind(url=url, title="Vargen vid sjön", words=190, rating=True, scored_lines=1, averaged=1) == "event"
    # the member's own score under the club's address: a review posted on a club's site stays one
    assert kind(url=url, title="Vargen vid sjön", words=190, rating=True, scored_lines=1) == "review"


# -- more clubs, months in the unspaced scripts, a meeting's opening line beside the members' average -----------------

@pytest.mark.parametrize("title", ["Círculo de lectura de marzo: volvimos al mar", "Círculo de leitura: o sal e o mar",
                                   "Cercle de lecture : la mer et le sel"])
def test_reading_circles_in_es_pt_fr(title):
    from scraper.extract.announce import club
    assert club(title)


@pytest.mark.parametrize("title", ["3月の例会まとめ", "11월 정모 후기", "12月聚会记录"])
def test_a_meeting_and_its_month_in_the_unspaced_scripts(title):
    assert gatherings.meeting_title(title)


@pytest.mark.parametrize("title", ["例会のお知らせ", "정모 후기", "聚会上读的书"])  # a meeting, no month in figures
def test_a_meeting_without_its_month_in_the_unspaced_scripts(title):
    assert not gatherings.meeting_title(title)


def test_a_post_opening_on_a_meeting_scored_by_the_members_average_is_a_meeting():
    body = (("지난 토요일 11월 정모가 있었습니다. 이번 달 책은 모두 열 명이 함께 읽었어요.", "열 명 평균이 4.1점이었습니다."), "")
    assert kind(title="카페 게시판", words=190, book_source="body", book_has_author=True, book_mentions=2, rating=True,
                scored_lines=1, averaged=1, body=body) == "event"
    # the same opening with the writer's own score: a member's review after the meeting stays one
    assert kind(title="카페 게시판", words=190, book_source="body", book_has_author=True, book_mentions=2, rating=True,
                scored_lines=1, body=body) == "review"
    # an opening that names a meeting, and no average: a review written after a club's meeting stays one
    body = (("На встрече клуба в сентябре мы решили перечитать этот роман, и я перечитала его дважды.",), "")
    assert kind(title="В защиту дивана", words=190, book_source="body", book_has_author=True, book_mentions=3,
                body=body) == "review"


# -- a count of books in a title (booksplural._COUNTED) -----------------------------------------------------------------

@pytest.mark.parametrize("title", ["Tantangan 30 Buku: catatan bulan Maret", "Bir yılda 12 kitap", "50 книг за год: итоги",
                                   "Wyzwanie: 10 książek w kwartał", "Thử thách 20 cuốn sách"])
def test_a_count_of_books_in_the_title(title):
    from scraper.extract.booksplural import about_books
    assert about_books(title)
    k, reason = classify(evidence(title=title, words=220, body=(("x",), "x")))
    assert k == "other" and "title about books" in reason


@pytest.mark.parametrize("title", ["Vol. 2 kitap: Tuz", "Jilid 2 buku Laut", "1 buku, 3 malam", "Salt: a novel in 3 parts"])
def test_no_count_of_books(title):
    from scraper.extract.booksplural import about_books
    assert not about_books(title)
