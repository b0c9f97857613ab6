"""Mend of review rev25, finding 1: a "thanks to" (notegift._THANKS_TO) names a cause, not a thanks.

A short note at the review's edge that reads the book "thanks to" the copy the house sent is a free-copy disclosure
(notegift.edge_gift): a giving next to the copy word, or the thanks "for" the copy. A "thanks to" whose cause is the
house's print run, its price or a paperback (the copy word in "a run of 20,000 copies", "a copy costs …") is none,
in the new "thanks to" words and in the old thanks words used the same way (en "thanks to", es "gracias a", de "dank",
ru "благодаря"). French "grâce au(x)" is read as well as "grâce à".
"""

from __future__ import annotations

from scraper.extract import extract_page, notes
from scraper.extract.notegift import edge_gift

_BEFORE = ("Powieść prowadzi nas przez trzy pokolenia jednej rodziny w portowym mieście, a każdy rozdział opowiada "
           "ktoś inny, kto spiera się z poprzednim narratorem.\n\nDruga połowa jest wolniejsza, ale finał wynagradza "
           "cierpliwość i ostatnie strony zostają w pamięci na długo.\n\n")


def _disclosed(note: str) -> str | None:
    return notes.read_notes(_BEFORE + note + "\n", None).disclosure


def test_thanks_to_the_copy_the_house_gave():
    assert edge_gift("Datorită exemplarului trimis de editură am citit romanul înainte de lansare.", 5, 6)  # ro
    assert edge_gift("Tänu kirjastuse saadetud eksemplarile lugesin raamatu enne ilmumist.", 5, 6)  # et
    assert edge_gift("Pateicoties izdevniecības atsūtītajam eksemplāram, grāmatu izlasīju agrāk.", 5, 6)  # lv
    assert edge_gift("Благодарение на екземпляра, който ми изпрати издателството, прочетох книгата рано.", 5, 6)  # bg
    assert edge_gift("Díky výtisku, který mi poslalo nakladatelství, jsem román četla mezi prvními.", 5, 6)  # cs


def test_grace_aux_and_au():
    # ("grâce aux", "grâce au": the contracted forms, not only "grâce à")
    assert edge_gift("Grâce aux éditions du Phare, qui m'ont envoyé un exemplaire, j'ai lu ce roman en avance.", 5, 6)
    assert edge_gift("Grâce au service presse des éditions du Phare, qui m'a envoyé un exemplaire, je l'ai lu.", 5, 6)


def test_thanks_to_for_the_copy():
    # ("thanks to the house for the copy": a thanks proper, the copy what it is for)
    assert edge_gift("Thanks to the publisher for the review copy.", 5, 6)
    assert edge_gift("Díky nakladatelství Most za recenzní výtisk!", 5, 6)
    assert edge_gift("Gracias a la editorial Faro por el ejemplar.", 5, 6)


def test_thanks_to_a_print_run_or_a_price_is_none():
    assert not edge_gift("Dzięki wydawnictwu Most powieść wyszła w nakładzie trzydziestu tysięcy egzemplarzy.", 5, 6)
    assert not edge_gift("Díky nakladatelství Most vyšla kniha i v levném vydání, výtisk stojí sto korun.", 5, 6)
    assert not edge_gift("Grâce aux éditions du Phare, le roman sort en poche : un exemplaire coûte sept euros.", 5, 6)
    assert not edge_gift("Thanks to its publisher, the novel has now sold a million copies.", 5, 6)
    assert not edge_gift("Gracias a la editorial Faro, la novela salió en una tirada de diez mil ejemplares.", 5, 6)
    assert not edge_gift("Dank dem Verlag erschien der Roman in einer Auflage von zehntausend Exemplaren.", 5, 6)
    assert not edge_gift("Благодаря издательству роман вышел тиражом в десять тысяч экземпляров.", 5, 6)


def test_review_s_last_paragraph_on_its_print_run():
    # (the review's own last paragraph, where a note would sit: no disclosure; a note there: the disclosure)
    assert not _disclosed("Dzięki wydawnictwu Most książka ukazała się w nakładzie trzydziestu tysięcy egzemplarzy.")
    assert _disclosed("Dzięki egzemplarzowi przesłanemu przez wydawnictwo Most przeczytałam ją przed premierą.")


def test_extract_page_print_run_note():
    paras = ["Ce roman suit trois générations d'une famille dans un port du Nord ; chaque chapitre donne la parole "
             "à un autre narrateur, qui contredit le précédent.",
             "La seconde moitié est plus lente, mais la fin récompense la patience et les dernières pages restent "
             "longtemps en mémoire.", "Je le conseille à qui aime les sagas."]
    body = "".join(f"<p>{p}</p>" for p in paras)
    html = ("<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>Chronique : Le port</title></head><body>"
            "<main><article><h1>Chronique : Le port</h1>{}<p>{}</p></article></main><footer>Blog</footer>"
            "</body></html>")
    run = html.format(body, "Grâce aux éditions du Phare, le roman sort en poche : un exemplaire coûte sept euros.")
    sent = html.format(body, "Grâce aux éditions du Phare, qui m'ont envoyé un exemplaire, j'ai lu ce roman en avance.")
    assert extract_page(run.encode(), "https://blog.example.org/2026/port/").disclosure is None
    assert extract_page(sent.encode(), "https://blog.example.org/2026/port/").disclosure
