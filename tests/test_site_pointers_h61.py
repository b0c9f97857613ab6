"""holdout60 (spent) leftovers, in invented posts of our own (left60):

- readalsoline._SAME_AUTHOR: a line or box of the site's own links to more of the book's author's works under a bold
  label of its own ("Also by this author on our pages:", "Du même auteur :", "Weitere Bücher der Autorin", "Того же
  автора", "同作者的其他书评") goes, its links set apart by marks (·, |) as much as by spaces; the reviewer's own 'also by'
  line with the titles unlinked or linked to a shop stays, and so do a series line and a bold label over the
  reviewer's own words.
- forumline: the site's link to its forum's thread on the book with the thread's count ("<a>Talk about this book in the
  forum</a> (4 messages)", en fr de ru pl sv) goes; a link to an earlier review with its year, a shop's link with a
  count, and a sentence around a linked thread stay.
"""

from __future__ import annotations

from scraper.extract import extract_page
from tests.cleaning import cleaned, paras

EN = ["The novel follows a lighthouse keeper's daughter who inherits a ledger of every ship that passed the cape.",
      "Each chapter opens on an entry of the ledger, and the entries slowly start to contradict what her father told her.",
      "The last third loses some tension, but the ending is quiet and earned, and I closed the book grateful."]
FR = ["Le roman suit la fille d'un gardien de phare qui hérite d'un registre de tous les navires passés au large du cap.",
      "Chaque chapitre s'ouvre sur une entrée du registre, et ces entrées finissent par contredire ce que disait son père.",
      "Le dernier tiers perd un peu de tension, mais la fin est juste et discrète, et j'ai refermé le livre reconnaissant."]
DE = ["Der Roman folgt der Tochter eines Leuchtturmwärters, die ein Buch über alle Schiffe am Kap erbt.",
      "Jedes Kapitel beginnt mit einem Eintrag, und die Einträge widersprechen allmählich dem, was der Vater erzählte.",
      "Das letzte Drittel verliert etwas an Spannung, aber das Ende ist still und verdient, ich war dankbar."]
RU = ["Роман о дочери смотрителя маяка, которой достаётся журнал всех кораблей, проходивших мимо мыса.",
      "Каждая глава начинается с записи из журнала, и записи постепенно расходятся с тем, что говорил отец.",
      "Последняя треть чуть проседает, но финал тихий и заслуженный, и я закрыл книгу с благодарностью."]
ZH = ["小说讲述灯塔看守人的女儿继承了一本记录所有经过海角船只的航海日志，文字安静而准确。",
      "每一章都以日志里的一条记录开头，而这些记录渐渐和父亲讲过的故事对不上了，越读越沉重。",
      "最后三分之一稍显松散，但结尾克制而有力，合上书时我心怀感激，适合冬夜慢慢读。"]


def _post(words, line):
    """The line set between the review's paragraphs (a closing line may go by the tail's own rules)."""
    return paras(*words[:2]) + line + paras(words[2])


# -- readalsoline._SAME_AUTHOR: the site's own links to the author's other works, under a bold label

def test_same_author_lines_of_site_links_go():
    for words, label, titles in (
            (EN, "Also by this author on our pages:", ("The Salt Ledger", "Harbour Lights")),
            (FR, "Du même auteur :", ("Le Registre", "Feux du port", "La Digue")),
            (DE, "Weitere Bücher der Autorin", ("Das Salzbuch", "Hafenlichter")),
            (RU, "Того же автора на сайте:", ("Соляная книга",)),
            (ZH, "同作者的其他书评：", ("盐之书", "港口灯火"))):
        links = " · ".join(f"<a href='/reviews/{n}.html'>{t}</a>" for n, t in enumerate(titles))
        line = f"<div class='more'><b>{label}</b> {links}</div>"
        text, rules = cleaned(_post(words, line), "www.example.org")
        assert all(t not in text for t in titles) and words[2] in text and rules, label  # (some by older rules: 'related post')


def test_same_author_box_with_absolute_links_to_the_site_goes():
    links = " | ".join(f"<a href='https://www.example.org/r/{n}'>{t}</a>" for n, t in enumerate(("The Salt Ledger", "Harbour Lights")))
    text, _ = cleaned(_post(EN, f"<p><strong>More by Ada Merrow:</strong> {links}</p>"), "example.org")
    assert "Harbour Lights" not in text and EN[2] in text


def test_reviewers_own_also_by_line_stays():
    # unlinked titles, and titles linked to a shop: the reviewer's pointer, not the site's
    text, _ = cleaned(_post(EN, "<p><b>Also by this author:</b> The Salt Ledger · Harbour Lights</p>"), "example.org")
    assert "Harbour Lights" in text
    shop = " · ".join(f"<a href='https://shop.example.com/b/{n}'>{t}</a>" for n, t in enumerate(("Le Registre", "Feux du port")))
    text, _ = cleaned(_post(FR, f"<p><b>Du même auteur :</b> {shop}</p>"), "example.org")
    assert "Feux du port" in text


def test_series_line_and_bold_lead_stay():
    series = " · ".join(f"<a href='https://publisher.example.com/series/{n}'>{t}</a>" for n, t in enumerate(("The Salt Ledger", "Harbour Lights")))
    text, _ = cleaned(_post(EN, f"<p><b>The Lantern Cycle, in order:</b> {series}</p>"), "example.org")
    assert "Harbour Lights" in text
    text, _ = cleaned(_post(FR, "<p><b>Dans la même série :</b> Le Registre, puis La Digue</p>"), "example.org")
    assert "La Digue" in text
    line = "<p><b>Also by this author</b> <a href='/r/1.html'>The Salt Ledger</a>, which I liked far less than this one.</p>"
    text, _ = cleaned(_post(EN, line), "example.org")
    assert "which I liked far less" in text


# -- forumline: the site's forum thread on the book and its count

def test_the_pages_shape_goes_by_the_new_rules():
    # a bold label, then the site's links set apart by a middle dot; a forum link with its count: read by no older rule
    line = ("<div class='x'><b>Du même auteur sur nos pages :</b> <a href='/livres/1'>Le Registre</a> · "
            "<a href='/livres/2'>La Digue</a></div><p class='y'><a href='/forum/sujet?id=3'>En parler sur le forum</a> (4 messages)</p>")
    text, rules = cleaned(paras(*FR) + line, "www.example.org")
    assert "La Digue" not in text and "forum" not in text and FR[2] in text and rules.count("related link") == 2


def test_forum_thread_lines_go():
    for words, line in (
            (EN, "<p><a href='/forum/topic/812'>Talk about this book in the forum</a> (4 messages)</p>"),
            (FR, "<p><a href='/forum/sujet.php?id=9'>En parler sur le forum</a> — 12 réponses</p>"),
            (DE, "<p><a href='https://www.example.org/board/t/55'>Im Forum über das Buch reden (3 Beiträge)</a></p>"),
            (RU, "<p><a href='/forum/77'>Обсудить книгу на форуме</a> (7 сообщений)</p>"),
            (EN, "<p><a href='/community/threads/90'>Join the discussion</a> (15)</p>")):
        text, rules = cleaned(_post(words, line), "www.example.org")
        assert "forum" not in text.casefold() and "discussion" not in text and words[2] in text, line
        assert rules, line


def test_forum_near_misses_stay():
    for line, kept in (
            ("<p><a href='/2019/06/salt-ledger.html'>My review of her first novel</a> (2019)</p>", "My review of her first novel"),
            ("<p><a href='https://shop.example.com/b/1'>Read the shop's forum</a> (4 messages)</p>", "Read the shop's forum"),
            ("<p>I found <a href='/forum/t/8'>a thread about it</a> (4 messages) that spoils the ending.</p>", "a thread about it")):
        text, _ = cleaned(_post(EN, line), "www.example.org")
        assert kept in text, line


def test_an_ordinary_swedish_review_stays_whole():
    # an ordinary review in another language: the reviewer names the author's other books and a forum in prose
    sv = ["Romanen följer en fyrvaktares dotter som ärver en liggare över alla fartyg som passerat udden.",
          "Av samma författare har jag tidigare läst två böcker, och den här är den bästa; forumet på biblioteket "
          "diskuterade den i fyra möten.",
          "Slutet är stilla och förtjänat, och jag stängde boken tacksam."]
    html = ("<html><head><title>Liggaren</title></head><body><article><h1>Liggaren</h1>"
            + "".join(f"<p>{p}</p>" for p in sv)
            + "<p><b>Av samma författare:</b> Saltboken, Hamnljus</p></article></body></html>")
    record = extract_page(html, "https://bokblogg.example.se/2026/12/liggaren/")
    assert all(p in record.body_text for p in sv) and "Saltboken, Hamnljus" in record.body_text
