"""The conditional ask beyond ja/zh/ko/en (ifpost, read by ifhelped; helper body42a of the holdout42 round), in our own
words and markup: a closing short line that opens on the post as what pleased or helped ("if this was useful", "Bu
incelemeyi beğendiyseniz", "Si esta reseña te ha servido", "Wenn dir dieser Beitrag gefallen hat", "Если этот обзор был
полезен", "Ako vam se ovaj prikaz svidio", "Kama makala hii imekusaidia") and asks (an imperative of the platform's
acts or a modal offer: "you can", "-ebilirsiniz", "možete", "unaweza") goes. Near misses: the book as what pleased ("Bu
romanı beğendiyseniz …", "Si te ha gustado esta novela …", "If you liked her first novel …"), a condition with no ask,
the ask before the review's last paragraph, a score in the line.
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract.ifhelped import conditional_ask
from tests.cleaning import cleaned, paras

EN = [
    "The book follows a ferry captain on a northern fjord through one winter in which the boat breaks down three times "
    "and the village slowly stops expecting it, and the captain stops expecting anything of the village.",
    "What holds it together is the captain's logbook, dry and exact, which says more about loneliness than any of the "
    "scenes on land, and the translation keeps that dryness intact from the first entry to the last.",
    "The middle drags a little, but the final storm chapter is as good as anything I have read this autumn.",
]
TR = [
    "Roman, kuzeyde bir fiyortta kış boyunca üç kez arızalanan bir feribotun kaptanını anlatıyor; köy yavaş yavaş "
    "feribotu beklemeyi bırakıyor, kaptan da köyden bir şey beklemeyi bırakıyor ve ikisi arasında sessiz bir anlaşma kuruluyor.",
    "Kitabı ayakta tutan, kaptanın kuru ve titiz seyir defteri: yalnızlık hakkında karadaki sahnelerin hepsinden daha "
    "fazlasını söylüyor, çeviri de bu kuruluğu ilk kayıttan son kayda kadar koruyor.",
]


def _line(text: str):
    body = fragment_fromstring(f"<div class='post'><p>{EN[0]}</p><p>{text}</p></div>")
    return body[-1]


def test_conditional_asks_in_many_languages():
    for text in (
        "If this was useful, reblog it for the next reader, and subscribe for a review every Sunday.",
        "If this post was helpful, you can sponsor the blog on its support page.",
        "Bu incelemeyi beğendiyseniz bültenime abone olabilir ya da blogu paylaşabilirsiniz.",
        "İşinize yaradıysa lütfen paylaşın.",
        "Si esta reseña te ha servido, puedes invitarme a un café desde la página de apoyo.",
        "Wenn dir dieser Beitrag gefallen hat, kannst du ihn gern weiterempfehlen.",
        "Если этот обзор был полезен, подпишитесь на канал.",
        "Ako vam se ovaj prikaz svidio, možete me častiti kavom.",
        "Jeśli ten wpis ci się przydał, możesz postawić mi kawę.",
        "Kama makala hii imekusaidia, unaweza kutuunga mkono kwa mchango mdogo.",
    ):
        assert conditional_ask(_line(text)), text


def test_conditional_ask_near_misses():
    for text in (
        # the book as what pleased: a reader's suggestion
        "Bu romanı beğendiyseniz Sabahattin Ali'nin öykülerini de okuyabilirsiniz.",
        "Si te ha gustado esta novela, puedes seguir con la segunda parte.",
        "If you liked her first novel, you can skip the opening chapters.",
        # a condition with no ask
        "If this post was useful to anyone, I am glad.",
        # a score in the line
        "If this was useful, subscribe: my verdict 4/5.",
    ):
        assert not conditional_ask(_line(text)), text


def test_the_closing_conditional_ask_goes_en_tr():
    for paragraphs, ask in ((EN, "If this was useful, repost it and follow the blog for the next one."),
                            (TR, "Bu yazıyı beğendiyseniz bültene katılabilir ya da blogu destekleyebilirsiniz.")):
        text, rules = cleaned(paras(*paragraphs, ask), "fiyort.example.org")
        assert ask[:20] not in text and "closing plea" in rules, text[-120:]
        assert all(p[:30] in text for p in paragraphs)


def test_the_ask_before_the_reviews_last_paragraph_stays():
    ask = "If this was useful, repost it and follow the blog for the next one."
    text, _ = cleaned(paras(EN[0], ask, EN[1] + " " + EN[2]), "fiyort.example.org")
    assert ask[:20] in text
