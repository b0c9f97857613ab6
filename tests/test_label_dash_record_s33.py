"""A short unrated review that closes on its book's record under a title label, title and author parted by a spaced
dash and the house after a comma ("Book: T — A, House"), its author named again in the text by family name
(shortjudge, s33): the line is the post's record (its book, a review however short), the house is no author, and the
line is no lead-in of a group invitation set after it. Near misses: a label over a house the text never names as a
person, a dash inside a labelled phrase, a publisher's short announcement and a library's new-arrival note whose
record line names an author the text never names again (English and Hindi), a 'currently reading' note with one
opinion. Texts of our own.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.labeldash import dash_record


def _page(lang: str, title: str, paragraphs: list[str], tail: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}{tail}</div>'
            "</article></body></html>")


_EN = [
    "I picked this slim novel off the library cart on a wet Tuesday and had finished it before the weekend was out. "
    "A ferryman's daughter keeps the crossing going after her father falls ill.",
    "Okafor never raises her voice: the river, the debts, the neighbours who stop paying are all told plainly, and it "
    "hurts more for that. The middle sags a little.",
    "The last crossing, in fog, is as good as anything I have read this year.",
]
_JOIN = "<p>Come to our reading circle on the first Friday of every month, everyone is welcome!</p>"
_URL = "https://riverpages.example.org/2026/12/ferry.html"


def test_english_dash_record_closing_a_short_post_is_its_book():
    record = extract_page(_page("en", "Keeping the crossing open", _EN,
                                "<p><i>Book: The Last Crossing — Ada Okafor, Tidewater Press</i></p>" + _JOIN), _URL)
    assert record.kind == "review", (record.kind, record.reason)
    assert (record.book_title, record.book_author) == ("The Last Crossing", "Ada Okafor")
    assert "Book: The Last Crossing" in record.body_text and "reading circle" not in record.body_text


_HI = [
    "पिछले हफ़्ते पुस्तकालय से लाया यह छोटा उपन्यास दो शामों में पढ़ डाला। एक नाविक की बेटी की कहानी है जो पिता के "
    "बीमार पड़ने पर घाट सँभालती है।",
    "वर्मा कहीं ऊँची आवाज़ में नहीं लिखतीं, नदी, कर्ज़ और पड़ोसी सब सीधे-सादे ढंग से आते हैं। बीच का हिस्सा थोड़ा धीमा है।",
    "आख़िरी पार, कोहरे में, मुझे बहुत दिनों तक याद रहेगा।",
]


def test_hindi_dash_record_in_a_caseless_script_is_its_book():
    record = extract_page(_page("hi", "घाट की बेटी", _HI,
                                "<p><i>पुस्तक: आख़िरी पार — सुधा वर्मा, नदी प्रकाशन</i></p>"),
                          "https://pustak.example.in/2026/12/ghat.html")
    assert record.kind == "review", (record.kind, record.reason)
    assert (record.book_title, record.book_author) == ("आख़िरी पार", "सुधा वर्मा")


def test_a_house_the_text_never_names_makes_no_record():
    text = " ".join(_EN)
    assert dash_record("Book: The Last Crossing — Tidewater Press", text) is None
    assert dash_record("Book: The Last Crossing — Ada Okafor, Tidewater Press", text) == ("The Last Crossing", "Ada Okafor")
    assert dash_record("The Last Crossing — Ada Okafor, Tidewater Press", text) is None  # (no label)


def test_a_dash_inside_a_labelled_phrase_is_no_record():
    record = extract_page(_page("en", "Keeping the crossing open", _EN,
                                "<p><i>Book: a river story — told slowly, in fog</i></p>"), _URL)
    assert record.book_author is None or record.book_author != "told slowly"


_ANNOUNCE_EN = [
    "We are delighted to share that our spring list opens with a debut about a family of boat builders on the coast.",
    "Copies reach the shops in March, and signed editions can be ordered from our website now.",
]
_ANNOUNCE_HI = [
    "हमें यह बताते हुए ख़ुशी है कि हमारी नई सूची तटीय नाव बनाने वाले परिवार के पहले उपन्यास से खुलती है।",
    "प्रतियाँ मार्च में दुकानों तक पहुँचेंगी, हस्ताक्षरित प्रतियाँ अभी हमारी वेबसाइट से मँगाई जा सकती हैं।",
]


def test_publisher_announcement_with_a_record_line_stays_no_review():
    for lang, text, line, url in (
        ("en", _ANNOUNCE_EN, "Book: Salt and Timber — Mira Halden, Tidewater Press",
         "https://tidewater.example.com/news/salt-and-timber"),
        ("hi", _ANNOUNCE_HI, "पुस्तक: नमक और लकड़ी — मीरा हल्दन, नदी प्रकाशन",
         "https://nadi.example.in/news/namak"),
    ):
        record = extract_page(_page(lang, line.split(": ", 1)[1].split(",")[0], text, f"<p>{line}</p>"), url)
        assert record.kind != "review", (lang, record.kind, record.reason)


_ARRIVED_EN = ["New on the shelves this week at the Harbour Road branch: ask at the desk to reserve a copy."]
_ARRIVED_HI = ["इस सप्ताह बंदरगाह रोड शाखा में नई आई पुस्तकें: प्रति आरक्षित कराने के लिए काउंटर पर पूछें।"]


def test_library_new_arrival_note_stays_no_review():
    for lang, text, line in (("en", _ARRIVED_EN, "Book: Salt and Timber — Mira Halden, Tidewater Press"),
                             ("hi", _ARRIVED_HI, "पुस्तक: नमक और लकड़ी — मीरा हल्दन, नदी प्रकाशन")):
        record = extract_page(_page(lang, "New arrivals", text, f"<p>{line}</p>"),
                              "https://library.example.org/2026/12/new-arrivals")
        assert record.kind != "review", (lang, record.kind, record.reason)


def test_currently_reading_note_with_one_opinion_stays_no_review():
    text = ["Currently reading on the bus: fifty pages in and Halden's boat builders already feel like neighbours."]
    record = extract_page(_page("en", "On the bus this week", text,
                                "<p>Book: Salt and Timber — Mira Halden, Tidewater Press</p>"),
                          "https://riverpages.example.org/2026/12/bus")
    assert record.kind != "review", (record.kind, record.reason)
