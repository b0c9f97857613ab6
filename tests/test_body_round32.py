"""Boilerplate in the post body (holdout32 round, helper BODY), in our own words and markup, with near misses: a related
post's label set inline beside its link (edges), a picture desk's credit in South Asian and other scripts
(housekeeping), a first period at a token price (couponline.INTRO_PRICE), a framed advertising slot (adslots), a
button's label named in a sentence of an unspaced script (spliced.button_ask), the short forms of "comment" in a
comment section's class (platforms.COMMENT_TOKEN)."""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.couponline import INTRO_PRICE
from scraper.extract.housekeeping import credited_caption
from scraper.extract.platforms import COMMENT_TOKEN
from scraper.extract.spliced import button_ask

_RU = ("<p>Роман рассказывает о смотрительнице маяка на северном острове, которая ведёт журнал всех проходящих судов. "
       "Автор пишет терпеливо и скупо, и книга страница за страницей завоёвывает доверие читателя.</p>"
       "<p>Вторая часть слабее: воспоминания о детстве героини почти ничего не добавляют к тому, что мы уже знаем. И всё же "
       "я прочитала её за два вечера и до сих пор вспоминаю сцену со штормом в самом конце.</p>")
_DE = ("<p>Der Roman erzählt von einer Fährfrau am Fluss, die jeden Abend die Lichter der anderen Seite zählt. Die Autorin "
       "lässt sich Zeit, und gerade das trägt das Buch über seine dreihundert Seiten, ohne dass es je langweilig wird.</p>"
       "<p>Schwächer sind die Rückblenden in die Kindheit der Heldin, die wenig erzählen, was wir nicht schon ahnen. Trotzdem "
       "habe ich es in zwei Abenden gelesen und denke noch oft an die letzte Überfahrt im Nebel.</p>")
_IT = ("<p>Il romanzo segue una postina in un paese di montagna dove quasi nessuno scrive più lettere. L'autrice tiene le "
       "frasi corte e ironiche, e ogni capitolo è una casa diversa con il suo piccolo segreto da scoprire.</p>"
       "<p>L'ultimo terzo accelera senza una vera ragione, ma il ritratto del paese d'inverno è tra le cose più belle che ho "
       "letto quest'anno, e lo regalerei a chiunque cerchi un libro quieto per le feste.</p>")
_JA = ("<p>北の島で灯台を守る女性が、通り過ぎる船を一隻ずつ日誌に書きとめていく長編です。文章は短く静かで、読んでいるうちに"
       "こちらまで潮の匂いがしてくるようでした。前半はゆっくり進みますが、それがまた心地よいのです。</p>"
       "<p>後半は少し駆け足で、子ども時代の回想もあまり効いていない気がしました。それでも二晩で読み終え、最後の嵐の場面は"
       "いまも思い出します。寒い夜に一冊だけ選ぶなら、これをすすめたいと思います。</p>")


def _page(article: str, lang: str, title: str) -> bytes:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<header><a href="/">Site</a></header><main><article><h1>{title}</h1>'
            f'<div class="post-content">{article}</div></article></main></body></html>').encode()


def _body(html: bytes, url: str = "https://mayak.example.org/2026/12/smotritelnica/") -> str:
    return extract_page(html, url).body_text


# --- a related post's label set inline in the link's line ---

def _split(text: str) -> tuple[str, str]:
    head, _, tail = text.partition("</p><p>")
    return head + "</p>", "<p>" + tail


def test_inline_label_beside_related_link_goes_ru():
    first, second = _split(_RU)
    line = '<div class="inject"><span>Читайте также</span> <a href="/2026/11/ostrov/">Пять романов о северных островах</a></div>'
    body = _body(_page(first + line + second, "ru", "Смотрительница"))
    assert "Пять романов" not in body and "Читайте также" not in body and "сцену со штормом" in body


def test_inline_label_beside_related_link_goes_de():
    first, second = _split(_DE)
    line = '<p><strong>Lesen Sie auch</strong> <a href="/2026/10/fluss/">Zehn Bücher über Flüsse</a></p>'
    body = _body(_page(first + line + second, "de", "Die Fährfrau"), "https://fluss.example.de/2026/12/faehrfrau/")
    assert "Zehn Bücher" not in body and "letzte Überfahrt" in body


def test_inline_label_with_prose_after_the_link_stays_ru():
    # near miss: the label opens a sentence of the review's own, the link one word in it
    first, second = _split(_RU)
    line = ('<div><span>Читайте также</span> <a href="/2026/11/ostrov/">первую книгу</a> автора: в ней та же героиня '
            'ещё молода и только приезжает на остров, и многие сцены второго романа без неё непонятны.</div>')
    body = _body(_page(first + line + second, "ru", "Смотрительница"))
    assert "только приезжает на остров" in body


# --- a picture desk's credit in a caption ---

def _fig(caption: str) -> object:
    return fragment_fromstring(f'<figure><img src="/c.jpg" alt=""><figcaption>{caption}</figcaption></figure>')


def test_photo_credit_bn_ta_ka():
    assert credited_caption(_fig("ছবি: প্রকাশকের সৌজন্যে"))
    assert credited_caption(_fig("படம்: பதிப்பகம்"))
    assert credited_caption(_fig("ფოტო: გამომცემლობა"))


def test_caption_of_own_words_stays_bn():
    # near miss: the reviewer's caption, no label of a credit
    assert not credited_caption(_fig("আমার পুরোনো কপিটা, বইমেলা থেকে কেনা"))
    assert not credited_caption(_fig("প্রচ্ছদটা দেখেই বইটা কিনেছিলাম"))


# --- a subscription at a token price for the first period ---

def test_intro_price_in_several_languages():
    assert INTRO_PRICE.search("Abbonati alla rivista: il primo mese a 2 euro")
    assert INTRO_PRICE.search("Join today, your first month for $1")
    assert INTRO_PRICE.search("Оформите подписку: первый месяц за 99 ₽")
    assert INTRO_PRICE.search("今なら初月100円で読み放題")


def test_intro_price_near_misses():
    assert not INTRO_PRICE.search("In the first month of 1943 she writes 12 letters home")
    assert not INTRO_PRICE.search("Il primo mese di scuola è raccontato in 30 pagine")


def test_intro_price_plea_closing_the_review_goes_it():
    plea = '<div class="plea"><p>Le recensioni costano lavoro. <a href="/abbonati/">Abbonati</a>: il primo mese a 2 euro.</p></div>'
    body = _body(_page(_IT + plea, "it", "La postina"), "https://rivista.example.it/2026/12/postina/")
    assert "primo mese" not in body and "libro quieto per le feste" in body


# --- a framed advertising slot between the paragraphs ---

def test_framed_ad_slot_goes_ja():
    first, second = _split(_JA)
    slot = ("<div><p>━━━━━ 広告 ━━━━━</p><p>広告 冬の新刊フェア開催中、送料無料キャンペーン実施中です</p>"
            "<p>━━━━━━━━━━━━</p></div>")
    body = _body(_page(first + slot + second, "ja", "灯台守の日誌"), "https://yoru.example.jp/back/213")
    assert "送料無料" not in body and "━━" not in body and "最後の嵐の場面" in body


def test_framed_ad_slot_goes_de():
    first, second = _split(_DE)
    slot = "<p>===== ANZEIGE =====</p><p>Hörbücher im Abo, der erste Titel geschenkt</p><p>====================</p>"
    body = _body(_page(first + slot + second, "de", "Die Fährfrau"), "https://fluss.example.de/2026/12/faehrfrau/")
    assert "Hörbücher im Abo" not in body and "letzte Überfahrt" in body


def test_section_heading_set_in_rules_stays_ja():
    # near miss: a rule around the newsletter's own section title, not an advertising label
    first, second = _split(_JA)
    head = "<p>――――― 今週の一冊 ―――――</p><p>北の灯台と日誌の話、今週はこの本を選びました。</p><p>――――――――――</p>"
    body = _body(_page(head + first + second, "ja", "灯台守の日誌"), "https://yoru.example.jp/back/213")
    assert "今週はこの本を選びました" in body


# --- a button's label in a sentence of an unspaced script ---

def test_button_label_inside_a_han_sentence():
    line = fragment_fromstring("<p>觉得有用的话请帮我收藏本文 ✨ 谢谢！</p>")
    assert button_ask(line, ["收藏", "转发"])
    kana = fragment_fromstring("<p>よかったらこの記事をお気に入りして応援してね✨</p>")
    assert button_ask(kana, ["お気に入り"])


def test_button_label_ending_the_line_stays_zh():
    # near miss: the button's word is the line's last, nothing asked after it
    line = fragment_fromstring("<p>这本书我已经收藏！</p>")
    assert not button_ask(line, ["收藏"])


# --- a comment section's class in short form ---

def test_comment_token_short_forms():
    for name in ("cmt-area", "cmt_list", "cmts", "cmnt-box", "post-cmt"):
        assert COMMENT_TOKEN.match(name), name
    for name in ("cmtx", "no-cmt", "acmeta"):
        assert not COMMENT_TOKEN.match(name), name
