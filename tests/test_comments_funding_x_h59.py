"""Holdout57 leftovers (the holdout59 round): three closing parts of a page read by shape. Written in our own words.

- the network 'X' (the former Twitter) named in a follow line by structure only: an account word beside the letter,
  a handle on the line, or the letter as the place of the request ("on X", "X'te") (``followlines``);
- a funding plea boxed in a layout table of one row and one cell, its words Indic as often (``fundbox``);
- the readers' comments under a heading naming them, each a short line opened by a bold name (``commenthead``).
"""

import pytest

from scraper.extract import extract_page
from scraper.extract.commenthead import comments_heading
from scraper.extract.followlines import opening_follow


@pytest.mark.parametrize("text", [
    "Yeni yazılardan ilk siz haberdar olun, X hesabımızı takip edin: @okumakosesi",
    "Bizi X hesabımızdan takip edin!",
    "Follow our X account for a new review every morning.",
    "Follow us on X",  # (the letter as the place of the follow request, "on X": body63, holdout63 round)
    "Follow the books desk on X: @paperbooks",
    "Suivez notre compte X pour les prochaines critiques.",
    "Síguenos en nuestra cuenta de X y no te pierdas nada.",
    "Folgen Sie unserem X-Konto für neue Besprechungen.",
    "Obserwuj nasze konto na X, a nic cię nie ominie.",
    "Подписывайтесь на наш аккаунт в X, чтобы не пропустить новые рецензии.",
])
def test_x_follow_lines(text):
    assert opening_follow(text)


@pytest.mark.parametrize("text", [
    "Follow Part X of the saga to its end.",  # (a numeral)
    "X-Men hayranları bizi takip edin: @kahramanlar",  # (a letter joined to a word)
    "Takip edin: X",  # (nothing beside it)
    "Kahraman X hesabını takip ediyor ve her gün yazıyor.",  # (tr: the story's indicative)
    "Write to ana@kitap.example and follow X",  # (an address, no handle; no account word)
    "Follow our X account, rated 4/5 by readers",  # (a score)
])
def test_x_near_misses(text):
    assert not opening_follow(text)


_BN = [
    "উপন্যাসটা এক নদীর ধারের গ্রামের তিন প্রজন্মের গল্প বলে, যেখানে বন্যা আসে প্রতি বছর আর মানুষ আবার ঘর বাঁধে। "
    "লেখকের ভাষা সহজ, কিন্তু প্রতিটি বাক্যে একটা চাপা কষ্ট আছে।",
    "মাঝের অধ্যায়গুলো একটু লম্বা, তবু শেষের দিকে ঠাকুমার চিঠির অংশটা পড়ে চোখ ভিজে গেল। পুরোনো গ্রামের "
    "মানুষের কথা যাঁরা ভালোবাসেন, তাঁদের জন্য এই বই।",
    "অনুবাদ নয়, মূল বাংলায় লেখা বলেই হয়তো সংলাপগুলো এত জীবন্ত লাগে, আর নদীর বর্ণনা পড়ে মনে হয় পাশেই বসে আছি।",
]
_HI = [
    "यह उपन्यास पहाड़ के एक छोटे कस्बे की डाकिया लड़की की कहानी है, जो हर सुबह चिट्ठियाँ बाँटती है और हर शाम "
    "अपनी माँ के लिए एक पत्र लिखती है जिसे वह कभी भेजती नहीं।",
    "लेखिका की भाषा बहुत सधी हुई है, कहीं कोई अतिरिक्त शब्द नहीं। बीच के हिस्से में कथा थोड़ी धीमी पड़ती है, "
    "पर अंत तक आते-आते हर पात्र अपनी जगह पा लेता है।",
    "जो पाठक धीमी, भीतर उतरने वाली किताबें पसंद करते हैं, उन्हें यह ज़रूर पढ़नी चाहिए।",
]


def _page(paras: list[str], extra: str, lang: str, title: str) -> str:
    return (f"<html lang='{lang}'><head><title>{title} | Patrika</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/books'>Books</a></nav><main><article>"
            f"<h1>{title}</h1><div class='lekha'>" + "".join(f"<p>{p}</p>" for p in paras) + extra
            + "</div></article></main><div class='footer'>Patrika 2026</div></body></html>")


def _body(paras, extra, lang="bn", title="নদীর ধারে"):
    return extract_page(_page(paras, extra, lang, title), "https://patrika.example/books/nodir-dhare.html").body_text


@pytest.mark.parametrize("paras,lang,box", [
    (_BN, "bn", "<table width='100%'><tr><td bgcolor='#eee'><b>এই পত্রিকা চলে পাঠকের চাঁদায়।</b> কোনো বিজ্ঞাপন "
                "নেই। লেখাটা ভালো লাগলে <a href='/give'>কিছু দিন</a>।</td></tr></table>"),
    (_HI, "hi", "<table><tr><td><b>पत्रिका पाठकों के सहयोग से चलती है।</b> अगर यह लेख अच्छा लगा तो "
                "<a href='/sahyog'>सहयोग करें</a>।</td></tr></table>"),
    (_BN, "bn", "<table><tr><td><font size='-1'>কোনো অনুদান নেই, আমরা চলি পাঠকের দানে। <a href='/d'>দান করুন</a></font>"
                "</td></tr></table>"),
])
def test_a_one_cell_funding_table_goes(paras, lang, box):
    body = _body(paras, box, lang)
    assert "<a" not in body and not any(w in body for w in ("চাঁদায়", "सहयोग से", "দানে")), body[-200:]
    for p in paras:
        assert p[:30] in body


@pytest.mark.parametrize("paras,lang,box,kept", [
    # (a record in a one-cell table: no funding word)
    (_BN, "bn", "<table><tr><td><b>নদীর ধারে</b> — অমিয় সেন; দীপ প্রকাশন, কলকাতা; ২৫০ টাকা</td></tr></table>", "দীপ প্রকাশন"),
    # (a quotation in a one-cell table: 'बलिदान', sacrifice, holds 'दान' inside a word)
    (_HI, "hi", "<table><tr><td><i>“माँ का बलिदान इस कस्बे ने कभी नहीं गिना।”</i></td></tr></table>", "बलिदान"),
    # (two cells: a layout of its own, not a box)
    (_BN, "bn", "<table><tr><td>পাঠকের চাঁদায় চলে এই পত্রিকা, <a href='/g'>কিছু দিন</a></td><td>"
                "নদীর বর্ণনাটা আমার খুব ভালো লেগেছে, বিশেষ করে বর্ষার অংশটা।</td></tr></table>", "বর্ষার অংশটা"),
])
def test_one_cell_tables_that_stay(paras, lang, box, kept):
    assert kept in _body(paras, box, lang)


_DE = [
    "Der Roman folgt einer Fährfrau an der Elbe, die ein Jahr lang jeden Tag dieselben Menschen übersetzt und dabei "
    "mehr über das Dorf erfährt, als ihr lieb ist.",
    "Die Sprache ist knapp und genau, die Jahreszeiten ordnen das Buch. Im Herbst wird es etwas langatmig, aber der "
    "Winter entschädigt für alles, besonders die Nacht auf dem Eis.",
    "Wer leise Bücher über Arbeit und Nachbarschaft mag, sollte hier zugreifen. Ich habe es in zwei Abenden gelesen.",
]


def _comments_page(paras, heading, entries, lang="de"):
    return ("<html lang='" + lang + "'><head><title>Die Fährfrau | Lesezeichen</title></head><body><main><article>"
            "<h1>Die Fährfrau</h1>" + "".join(f"<p>{p}</p>" for p in paras)
            + "<div class='stimmen'>" + heading + "".join(entries) + "</div></article></main></body></html>")


def _cbody(paras, heading, entries, lang="de"):
    return extract_page(_comments_page(paras, heading, entries, lang), "https://lesezeichen.example/faehrfrau").body_text


@pytest.mark.parametrize("heading,entries", [
    ("<h3>Leserkommentare</h3>", ["<p><b>Jutta K.</b>, Hamburg, 4. Mai 2026: Klingt genau nach meinem Buch für den Urlaub.</p>",
                                 "<p><b>Malte</b>: Ich fand den Herbst gar nicht langatmig.</p>"]),
    ("<h3>Comments (2)</h3>", ["<p><strong>Rita Okafor</strong>, Leeds: lovely review, ordered it.</p>",
                               "<p><strong>dan_reads</strong> — the ice night chapter is the best thing in it.</p>"]),
    ("<h4>পাঠকের মন্তব্য</h4>", ["<p><b>রুমা দাস</b>, দিল্লি, ২ মে ২০২৬: বইটা খুঁজে পড়ব।</p>"]),
])
def test_a_comments_heading_and_its_named_lines_go(heading, entries):
    body = _cbody(_DE, heading, entries)
    assert "Malte" not in body and "Rita" not in body and "রুমা" not in body, body[-300:]
    assert "Kommentar" not in body and "Comments" not in body and "মন্তব্য" not in body
    for p in _DE:
        assert p[:40] in body


def test_review_sections_that_stay():
    # a review's own section of characters, bold names opening its lines: no comments word in its heading
    entries = ["<p><b>Hanna</b>, die Fährfrau: wortkarg, aber nie kalt.</p>", "<p><b>Der Pfarrer</b>, ihr Gegenspieler.</p>"]
    assert "wortkarg" in _cbody(_DE, "<h3>Die Figuren</h3>", entries)
    # a comments heading over lines that open otherwise, or over a long paragraph of the review
    long = ("<p>" + " ".join(["Kommentare der Figuren untereinander tragen den Roman, jede Szene lebt davon."] * 9) + "</p>")
    assert "tragen den Roman" in _cbody(_DE, "<h3>Kommentare</h3>", [long])
    # a label in bold ("Fazit:") is no name
    assert "Lesenswert" in _cbody(_DE, "<h3>Kommentare</h3>", ["<p><b>Fazit:</b> Lesenswert, ruhig, genau.</p>"])


def test_comments_heading_shape():
    assert comments_heading("Readers' comments")
    assert comments_heading("Commentaires des lecteurs")
    assert comments_heading("Yorumlar (3)")
    assert not comments_heading("টিপ্পণী")
    assert not comments_heading("Comments on the new translation")
    assert not comments_heading("Ein Kommentar zur Übersetzung")


def test_a_comments_heading_in_the_first_half_stays():
    paras = _DE[:1]
    entries = ["<p><b>Jutta</b>, Hamburg: " + _DE[1] + "</p>", "<p><b>Malte</b>: " + _DE[2] + "</p>"]
    html = ("<html lang='de'><head><title>Die Fährfrau</title></head><body><main><article><h1>Die Fährfrau</h1>"
            "<h3>Kommentare</h3>" + "".join(entries) + "".join(f"<p>{p}</p>" for p in paras * 3)
            + "</article></main></body></html>")
    body = extract_page(html, "https://lesezeichen.example/faehrfrau").body_text
    assert "Jutta" in body


def test_an_ordinary_turkish_review_naming_x_stays():
    paras = [
        "Roman, İzmir'de bir matbaada çalışan genç bir dizgicinin bir yazını anlatıyor; X adlı gizemli bir müşteri her "
        "hafta aynı şiiri bastırmaya geliyor ve kimse onun kim olduğunu bilmiyor.",
        "Yazar, X'in hesabını kimseye vermeyen sessizliğini çok iyi kuruyor. Ortalarda tempo biraz düşüyor ama final "
        "bütün parçaları yerine oturtuyor.",
        "Matbaa kokusunu, mürekkebi ve eski İzmir'i seven herkese öneririm; bu kitabı takip edin, pişman olmazsınız.",
    ]
    html = ("<html lang='tr'><head><title>Dizgici | Kitap Notları</title></head><body><main><article><h1>Dizgici</h1>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</article></main></body></html>")
    body = extract_page(html, "https://kitapnotlari.example/dizgici").body_text
    for p in paras:
        assert p[:40] in body
