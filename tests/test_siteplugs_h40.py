"""Body cleaning rules of the holdout40 round (helper body40b), in our own words and markup, with near misses:

- moreonsite.names_news_reader: the news readers by their local names ("Știri Google", "Google Vijesti", "Wiadomości
  Google"), the news apps (Dzen, SmartNews, LINE NEWS), the follow verbs sitelines' table lacks (ro "Urmărește-ne",
  hr "Pratite nas", ru "Следите", uk "Слідкуйте"); follows_on_news_reader: Google's "preferred source" page and a
  Dzen channel by their addresses (a story's address is no such page);
- moreonsite.own_site_pointer: the writer's own site pointed at by name ("I also keep a reading blog → X", ja, ko, fr,
  de), never someone else's blog, a sentence after the colon, or a line with no pointer;
- sitenotices.subscription_link: the subscription page in the South Slavic, Baltic, Greek and Indonesian addresses;
- citedrecord.unlabelled_record: "<author>, <title>, <publisher>, 480 pages" before a follow line is no lead-in of it.
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract.citedrecord import record_line, unlabelled_record
from scraper.extract.moreonsite import follows_on_news_reader, names_news_reader, own_site_pointer
from scraper.extract.followpleas import FOLLOW
from scraper.extract.sitenotices import subscription_link
from tests.cleaning import cleaned, paras

RO = [
    "Romanul se petrece într-un oraș de câmpie, într-o vară fără ploaie, și urmărește trei frați care încearcă să vândă "
    "casa părinților fără să se certe, lucru care, firește, nu le reușește nici măcar o zi întreagă.",
    "Autoarea are un auz excelent pentru felul în care vorbesc oamenii când se tem să spună ce gândesc, iar dialogurile "
    "de la masa de seară sunt cele mai bune pagini ale cărții, pline de tăceri și de glume amare.",
    "Finalul mi s-a părut grăbit, ca și cum editorul ar fi cerut o sută de pagini mai puțin, dar recomand cartea fără "
    "rezerve celor care iubesc romanele de familie.",
]
HR = [
    "Roman prati dvije sestre koje nakon majčine smrti otvaraju njezin stari dućan s tkaninama u malom primorskom mjestu "
    "i pokušavaju shvatiti zašto ga je godinama držala zatvorenim, iako je svaki dan brisala prašinu s polica.",
    "Autorica piše jednostavno, ali precizno, a more, bura i miris soli postaju gotovo ravnopravni likovi priče, što je "
    "rijetko u našoj suvremenoj prozi koja se često boji opisa.",
    "Kraj je možda malo previše uredan, ali knjigu bih preporučila svima koji vole tihe obiteljske romane.",
]
JA = [
    "港町の古い写真館を継いだ女性が、祖父の残した未現像のフィルムを一本ずつ現像していく物語です。写っているのは知らない人ばかりで、"
    "彼女は写真を手がかりに町の人々を訪ね歩きます。",
    "派手な事件は起きませんが、一枚ごとに町の過去が少しずつ見えてくる構成が見事で、最後の一枚には思わず声が出ました。",
    "後半の説明がやや多いのが残念ですが、静かな小説が好きな方にはぜひ読んでほしい一冊です。",
]
EN = [
    "The novel follows a retired ferry pilot who spends one winter writing letters to every passenger he remembers "
    "from forty years of crossings, and slowly realises how few of them ever knew his name.",
    "It is a quiet book, and the weather does half the talking: fog, sleet and one spectacular gale carry chapters "
    "that would otherwise be nothing but a man at a kitchen table.",
    "The last chapter explains too much, but I would still press it on anyone who likes patient, unshowy fiction.",
]


# -- news readers: local names, news apps, follow verbs ---------------------------------------------------------------

def test_news_reader_follow_lines_ro_hr_ru_uk_pl():
    for line in ("Urmărește-ne și pe Google News!", "Urmăriți Cartea Săptămânii pe Știri Google",
                 "Pratite nas na Google Vijestima", "Следите за нами в Яндекс Новостях", "Читайте нас в Дзене",
                 "Слідкуйте за нами в Google Новинах", "Obserwuj nas w Wiadomościach Google",
                 "Follow Paper Harbour on SmartNews", "Sekite mus Google Naujienose"):
        assert names_news_reader(line, FOLLOW), line


def test_news_reader_near_misses():
    # the verb of following in the review's prose, no reader named
    assert not names_news_reader("Romanul urmărește trei frați într-o vară fără ploaie.", FOLLOW)
    assert not names_news_reader("Pratite nas i dalje na ovim stranicama.", FOLLOW)
    # the reader named, but no verb of following or reading the site there
    assert not names_news_reader("Am aflat de carte dintr-un articol găsit pe Google News.", FOLLOW)
    # "Zen" as a word of the review's prose, not the app at the line's end
    assert not names_news_reader("Следите за тем, как герой находит свой дзен в середине книги, это лучшая часть.", FOLLOW)
    # a long sentence of the review
    assert not names_news_reader(
        "Urmărește-ne cum citim: am început romanul după ce l-am văzut recomandat pe Google News, iar apoi nu l-am mai "
        "putut lăsa din mână până la ultima pagină, deși era trecut de miezul nopții.", FOLLOW)


def test_news_reader_line_closing_a_review_goes_ro_hr():
    text, rules = cleaned(paras(*RO) + "<p>Urmărește-ne și pe Google News!</p>", "cartea.example.ro")
    assert "Google News" not in text and all(p in text for p in RO)
    text, rules = cleaned(paras(*HR) + "<p>Pratite nas na Google Vijestima</p>", "knjige.example.hr")
    assert "Google Vijest" not in text and all(p in text for p in HR)
    # the same line at the top of the review, in its first half, stays
    text, rules = cleaned("<p>Pratite nas na Google Vijestima</p>" + paras(*HR), "knjige.example.hr")
    assert "Google Vijest" in text


def test_news_reader_pages_by_address():
    def line(href: str) -> bool:
        block = fragment_fromstring(f"<p><a href='{href}'>Add us</a></p>")
        return follows_on_news_reader(block, "Add us")
    assert line("https://www.google.com/preferences/source?q=paperharbour.example")
    assert line("https://dzen.ru/paperharbour")
    # a story on the reader, not the site's page there
    assert not line("https://dzen.ru/a/Zx12AbCdEf")
    assert not line("https://news.google.com/articles/CBMiX2h0dHBzOi8v")
    assert not line("https://www.google.com/search?q=paper+harbour")


# -- the writer's own site pointed at by name ------------------------------------------------------------------------

def test_own_site_pointer_en_ja_ko_fr_de():
    for line in ("I also keep a reading blog → Paper Lanterns", "感想はブログにも書いています → 雨音文庫",
                 "ブログもやってます👉 港の本箱", "제 블로그 → 책 읽는 밤", "블로그도 운영 중이에요: 밤의 서재",
                 "Mon blog : Les pages du soir", "Mein Bücherblog: Seitenwind", "Tengo también un blog: Hojas sueltas"):
        assert own_site_pointer(line), line


def test_own_site_pointer_near_misses():
    # someone else's blog
    assert not own_site_pointer("Her blog → Lantern Notes")
    assert not own_site_pointer("作者のブログ → 港の本箱")
    # a sentence after the colon: the review goes on
    assert not own_site_pointer("My blog: I started it in 2019 to keep track of my reading. It grew.")
    # no pointer at all
    assert not own_site_pointer("ブログもやってます")
    assert not own_site_pointer("I also write about books on my blog sometimes")
    # a score
    assert not own_site_pointer("My blog rating: 4/5")
    # a long line
    assert not own_site_pointer("I also read the author's blog for years before the novel came out, and one post stayed: "
                                "The Long Winter")


def test_own_site_pointer_closing_a_reader_review_goes_ja_en():
    text, rules = cleaned(paras(*JA) + "<p>ブログもやってます👉 港の本箱</p>", "shop.example.jp")
    assert "港の本箱" not in text and all(p in text for p in JA)
    text, rules = cleaned(paras(*EN) + "<p>I also keep a reading blog → Paper Lanterns</p>", "books.example.com")
    assert "Paper Lanterns" not in text and all(p in text for p in EN)
    # the same words in the first half, among the review's paragraphs, stay
    text, rules = cleaned("<p>I also keep a reading blog → Paper Lanterns</p>" + paras(*EN), "books.example.com")
    assert "Paper Lanterns" in text


# -- subscription pages ----------------------------------------------------------------------------------------------

def test_subscription_pages_south_slavic_baltic():
    for href in ("/pretplata", "https://www.dnevnik.example.hr/pretplata/", "/narocnina", "/prenumeruoti", "/syndromi",
                 "/berlangganan"):
        assert subscription_link(href), href
    for href in ("/kultura/pretplata-na-kazaliste-1234", "/knjige/recenzije", "/pretplatnici-pisu/pismo-1"):
        assert not subscription_link(href), href


def test_subscription_box_closing_a_review_goes_hr_sl():
    box = ("<div class='plus-box'><p>Postanite pretplatnik i čitajte sve recenzije bez ograničenja.</p>"
           "<a href='/pretplata'>Pretplatite se</a></div>")
    text, rules = cleaned(paras(*HR) + box, "novine.example.hr")
    assert "pretplatnik" not in text and all(p in text for p in HR)
    # the same box linking to the paper's culture section, a reader's own book list, stays
    near = ("<div class='plus-box'><p>Postanite pretplatnik kazališta i gledajte sve predstave.</p>"
            "<a href='/kultura/kazaliste'>Kazalište</a></div>")
    text, rules = cleaned(paras(*HR) + near, "novine.example.hr")
    assert "pretplatnik" in text


# -- the book's record line without a label --------------------------------------------------------------------------

def test_unlabelled_record_lines():
    for line in ("Ioana Marin, Vara fără ploaie, Editura Nord, 312 de pagini", "Ana Lee, The Quiet Sea, Harbour Press, 312 pages",
                 "Marta Kos, Dućan s tkaninama, Naklada Luka, 2025"):
        assert unlabelled_record(line) and record_line(line), line
    for line in ("It is long, slow, and worth every one of its 480 pages.", "I read it in 2025, in June, on a night train",
                 "Ana Lee, The Quiet Sea, Harbour Press", "First, second, third and 312 pages of a very long meandering middle",
                 "Tuesday, March 3, 2026", "19,90 € 24,50 € -20%"):
        assert not unlabelled_record(line), line


def test_record_line_before_a_follow_line_stays_ro():
    record = "<p><em>Ioana Marin, Vara fără ploaie, Editura Nord, 312 de pagini</em></p>"
    text, rules = cleaned(paras(*RO) + record + "<p>Urmărește-ne și pe Google News!</p>", "cartea.example.ro")
    assert "Editura Nord, 312 de pagini" in text and "Google News" not in text
