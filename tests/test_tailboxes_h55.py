"""holdout55 (spent) body leftovers, in invented posts of our own:

- commentids: a comments box whose id or class is the site's word for comments written in ASCII, its accents dropped
  by the template (hu "hozzaszolasok", cs/sk "komentare", pt "comentarios"), goes like the accented one; an id that
  only starts like the word, or a box that wraps the post (its h1) stays.
- readalsoline.inline_teaser: a teaser box that is one line of the body, its 'you may also like' label inline in
  bold and then only a link (tr, hu, de, fr); a paragraph opening on a bold phrase and going on in prose stays, and
  so does a bold label followed by the reviewer's own sentence.
"""

from __future__ import annotations

import lxml.html

from scraper.extract.boilerplate import CleanReport
from scraper.extract.commentids import remove_comment_boxes
from tests.cleaning import cleaned, paras

HU = ["A regény egy tengerparti faluban játszódik, ahol három nővér próbálja eladni a szüleik házát egy hosszú nyáron.",
      "A mondatok lassúak és pontosak, a párbeszédek keveset mondanak ki, mégis minden jelenetben ott a régi sérelem.",
      "A vége kissé elsietett, de a könyv utolsó oldalai után is sokáig a verandán ültem gondolkodva."]
CS = ["Román sleduje jednu zimu v pohraniční vesnici, kde starý hajný zapisuje do sešitu každou stopu ve sněhu.",
      "Autorka píše úsporně a přesně, dialogy jsou krátké a mezi řádky je cítit dávná křivda mezi sousedy.",
      "Konec je trochu uspěchaný, ale poslední kapitolu jsem četl dvakrát a pořád na ni myslím."]
TR = ["Roman, kıyıda küçük bir kasabada babalarının evini satmaya çalışan üç kardeşin uzun bir yazını anlatıyor.",
      "Cümleler yavaş ve dikkatli, diyaloglar az şey söylüyor ama her sahnede eski bir kırgınlık hissediliyor.",
      "Sonu biraz aceleye gelmiş, yine de son sayfadan sonra uzun süre balkonda oturup düşündüm."]
DE = ["Der Roman erzählt einen Winter in einem Grenzdorf, in dem ein alter Förster jede Spur im Schnee in ein Heft schreibt.",
      "Die Sätze sind knapp und genau, die Dialoge sagen wenig, und doch liegt in jeder Szene ein alter Streit.",
      "Das Ende kommt etwas überstürzt, aber das letzte Kapitel habe ich zweimal gelesen."]


def _boxes_left(after: str, words: list[str]) -> str:
    """The page's text after commentids removed the comment boxes it names."""
    root = lxml.html.fromstring(f"<html><body><div id='wrap'><h1>Cím</h1><div class='post-text'>{paras(*words)}</div>"
                                f"{after}</div></body></html>")
    remove_comment_boxes(root, CleanReport())
    return " ".join(root.text_content().split())


def _comment_box(attr: str, heading: str, who: str, said: str) -> str:
    return (f"<div {attr}><h3>{heading} (1)</h3><div class='entry'><b>{who}</b> <i>2026-11-02 08:40</i>"
            f"<p>{said}</p></div></div>")


def test_hungarian_comments_box_by_unaccented_id_goes():
    said = "Én a nővérek közül a legfiatalabbat szerettem a legjobban, de a befejezéssel egyetértek."
    text = _boxes_left(_comment_box("id='hozzaszolasok'", "Hozzászólások", "kata.b", said), HU)
    assert said not in text and "kata.b" not in text and HU[0] in text and HU[2] in text


def test_czech_comments_box_by_unaccented_class_goes():
    said = "Hajného jsem si oblíbil hned od první stránky, konec mi ale taky přišel rychlý."
    text = _boxes_left(_comment_box("class='clanek-komentare'", "Komentáře", "petr_n", said), CS)
    assert said not in text and CS[1] in text


def test_id_that_only_starts_like_the_word_stays():
    # near miss: "komentator" (a commentator's column) is not the comments box, nor a box that wraps the post (its h1)
    note = "Rovatunk kommentátora minden héten egy régi könyvet olvas újra, és elmondja, mit talált benne most."
    assert note in _boxes_left(f"<div id='komentator'><p>{note}</p></div>", HU)
    root = lxml.html.fromstring(f"<html><body><div id='hozzaszolasok'><h1>Cím</h1>{paras(*HU)}</div></body></html>")
    remove_comment_boxes(root, CleanReport())
    assert HU[1] in root.text_content()


def test_turkish_inline_teaser_box_goes():
    box = "<div class='ek'><b>Bunlar da ilginizi çekebilir</b> <a href='/yazi/kis-romanlari,41'>Kışın okunacak beş roman</a></div>"
    text, rules = cleaned(paras(*TR[:2]) + box + paras(TR[2]), "kitap.example.com.tr")
    assert "Kışın okunacak beş roman" not in text and "ilginizi" not in text and "related link" in rules
    assert TR[1] in text and TR[2] in text


def test_hungarian_and_german_inline_teasers_go():
    for words, label, link in ((HU, "Ez is érdekelheti", "Egy nyár a tónál"),
                               (DE, "Das könnte Sie auch interessieren", "Zehn Romane für den Winter")):
        box = f"<div><strong>{label}</strong> <a href='/artikel/77'>{link}</a></div>"
        text, rules = cleaned(paras(*words[:2]) + box + paras(words[2]), "example.org")
        assert link not in text and label not in text and words[2] in text


def test_bold_opening_of_a_prose_paragraph_stays():
    # near miss: the reviewer's own bold lead-in, a sentence after it and a link inside the sentence
    line = ("<p><b>Ez is érdekelheti</b> azt, aki szereti <a href='/szerzo/9'>a szerző</a> korábbi könyveit: "
            "ugyanaz a tengerpart, csak harminc évvel később.</p>")
    text, _ = cleaned(paras(*HU[:2]) + line + paras(HU[2]), "example.hu")
    assert "ugyanaz a tengerpart" in text


def test_bold_label_with_own_words_after_the_link_stays():
    # near miss: the box holds more than the label and its link
    box = ("<div><b>İlginizi çekebilir</b> <a href='/yazi/9'>Yazarın ilk romanı</a> da aynı kasabada geçiyor ve "
           "bence bundan daha cesur bir kitap.</div>")
    text, _ = cleaned(paras(*TR[:2]) + box + paras(TR[2]), "example.com.tr")
    assert "daha cesur bir kitap" in text


# -- siteaccounts.newsletter_notice: a linkless newsletter sign-up closing the post (followlines.OPENS, tailasks.NEWSLETTER)

LV = ["Romāns seko vienai ziemai pierobežas ciematā, kur vecais mežsargs burtnīcā pieraksta katru pēdu sniegā.",
      "Teikumi ir īsi un precīzi, dialogi saka maz, tomēr katrā ainā jūtams sens kaimiņu aizvainojums.",
      "Beigas šķita mazliet sasteigtas, bet pēdējo nodaļu izlasīju divreiz un joprojām par to domāju."]
EN = ["The novel follows one winter in a border village where an old forester writes every track in the snow into a notebook.",
      "The sentences are short and exact, the dialogue says little, and an old quarrel between neighbours sits in every scene.",
      "The ending felt a little rushed, but I read the last chapter twice and I am still thinking about it."]


def test_latvian_and_lithuanian_signup_lines_go():
    for words, line in ((LV, "Piesakies mūsu ikmēneša vēstulei un saņem jaunākās grāmatu apskates pirmdienās."),
                        (LV, "Pierakstieties mūsu jaunumu vēstulei, lai neko nepalaistu garām."),
                        (EN, "Užsiprenumeruokite mūsų naujienlaiškį ir gaukite naujausias apžvalgas kiekvieną penktadienį.")):
        text, rules = cleaned(paras(*words) + f"<div class='box'><p>{line}</p></div>", "example.lv")
        assert line not in text and words[2] in text, line


def test_english_and_croatian_weekly_letter_signups_go():
    for words, line in ((EN, "Sign up for our weekly letter and get the new reviews every Sunday morning."),
                        (EN, "Prijavite se na naše tjedno pismo i primajte nove recenzije svakog petka.")):
        text, _ = cleaned(paras(*words) + f"<p>{line}</p>", "example.org")
        assert line not in text and words[2] in text, line


def test_review_sentences_about_letters_stay():
    # near misses: the reviewer's own sentence about a character's weekly letters, not opening on a bid; a bid to
    # sign up that names no newsletter
    for line in ("Every week the forester's weekly letter to his daughter is the only warmth in the book.",
                 "Mežsargs katru nedēļu raksta vēstuli meitai, un šīs vēstules ir grāmatas siltākās lappuses.",
                 "Sign up for a library card and borrow this one: the waiting list in our town was short."):
        text, _ = cleaned(paras(*EN) + f"<p>{line}</p>", "example.org")
        assert line in text, line


# -- eventagenda: a headed agenda whose entries open on the day and month in figures and a dash

def test_agenda_with_figure_dates_goes():
    for words, head, entries in ((CS, "Události v knihkupectví", ("4. 3. – autorské čtení, Brno, 18 h", "11. 3. – dílna pro děti, Olomouc")),
                                 (EN, "Upcoming events", ("12/3 – poetry evening, town library", "19/3 – children's story hour"))):
        box = "<div class='box'><h4>" + head + "</h4><ul>" + "".join(f"<li>{e}</li>" for e in entries) + "</ul></div>"
        text, _ = cleaned(paras(*words[:2]) + box + paras(words[2]), "example.org")
        assert entries[0] not in text and head not in text and words[2] in text


def test_chronology_and_unheaded_dates_stay():
    # near misses: a chronology headed as the author's life, and a dated list under no events heading
    for head in ("Život autorky", "Reading log"):
        entries = ("4. 3. – first chapters, slow going", "11. 3. – finished it on the train")
        box = "<div><h4>" + head + "</h4><ul>" + "".join(f"<li>{e}</li>" for e in entries) + "</ul></div>"
        text, _ = cleaned(paras(*EN) + box, "example.org")
        assert entries[1] in text, head
