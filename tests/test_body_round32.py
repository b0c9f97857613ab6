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


# --- a bid to follow the site on a news reader, named with no link ---

def test_news_reader_named_with_follow_verb():
    from scraper.extract.moreonsite import names_news_reader
    from scraper.extract.followpleas import FOLLOW
    assert names_news_reader("আমাদের সব খবর পেতে গুগল নিউজে আমাদের ফলো করুন", FOLLOW)
    assert names_news_reader("Follow The Evening Shelf on Google News for every new review", FOLLOW)
    assert names_news_reader("Подписывайтесь на нас в Google Новостях", FOLLOW)


def test_news_reader_in_prose_stays():
    # near misses: the reader named without a bid to follow, and a long paragraph of the review
    from scraper.extract.moreonsite import names_news_reader
    from scraper.extract.followpleas import FOLLOW
    assert not names_news_reader("I first saw the cover on Google News, in a story about the prize", FOLLOW)
    long = ("The heroine works nights sorting headlines for an app much like Google News, and the novel follows her "
            "through one winter in which she slowly stops reading anything she sorts, until a story about her own street "
            "comes through")
    assert not names_news_reader(long, FOLLOW)


def test_news_reader_plea_closing_the_review_goes_en():
    plea = "<p>Follow Quiet Shelf on Google News to get every new review first.</p>"
    en = ("<p>The novel follows a postwoman in a mountain village where hardly anyone writes letters any more. The author "
          "keeps her sentences short and funny, and every chapter is a different house with its own small secret.</p>"
          "<p>The last third speeds up for no good reason, but the picture of the village in winter is among the best "
          "things I read this year, and I would give it to anyone who wants a quiet book for the holidays.</p>")
    body = _body(_page(en + plea, "en", "The Postwoman"), "https://quietshelf.example.com/postwoman/")
    assert "Google News" not in body and "quiet book for the holidays" in body


# --- a book's journal of members' entries: the long one is the review ---

def _journal(entries: list[tuple[str, str, str]], lang: str, title: str) -> bytes:
    boxes = "".join(f'<div class="entry"><div class="entry-head">{head} <a href="/people/{who}">{who}</a></div>'
                    f'<div class="entry-text">{text}</div></div>' for head, who, text in entries)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body><main><h1>{title}</h1>'
            f'<div class="entries">{boxes}</div></main></body></html>').encode()


def test_journal_keeps_the_long_entry_pl():
    review = ("<p>Powieść opowiada o latarniczce z małej wyspy, która zapisuje w dzienniku każdy przepływający statek. "
              "Autorka pisze cierpliwie i oszczędnie, a książka z każdą stroną zdobywa zaufanie czytelnika.</p>"
              "<p>Druga część jest słabsza, wspomnienia z dzieciństwa niewiele wnoszą. Mimo to przeczytałam ją w dwa "
              "wieczory i wciąż wracam myślami do sceny burzy na samym końcu.</p>")
    html = _journal([("Wpis 1, 3 marca 2026,", "morska_sowa", review),
                     ("Wpis 2, 9 listopada 2026,", "morska_sowa", "<p>Zostawiona na ławce przy dworcu. Szerokiej drogi!</p>"),
                     ("Wpis 3, 20 listopada 2026,", "gosc", "<p>Znaleziona w pociągu, dzięki!</p>")], "pl", "Latarniczka")
    body = _body(html, "https://ksiazki.example.pl/dziennik/4411/")
    assert "scenie burzy" in body or "sceny burzy" in body
    assert "Zostawiona na ławce" not in body and "Znaleziona w pociągu" not in body and "Wpis 1" not in body


def test_journal_keeps_the_long_entry_ja():
    html = _journal([("2026年3月3日", "umi", _JA),
                     ("2026年11月9日", "umi", "<p>駅のベンチに置いてきました。よい旅を！</p>")], "ja", "灯台守の日誌")
    body = _body(html, "https://hon.example.jp/journal/4411/")
    assert "最後の嵐の場面" in body and "駅のベンチ" not in body


def test_thread_of_like_entries_stays_en():
    # near miss: entries of like length (a thread of equals): no one of them is the review, none is dropped here
    from scraper.extract.entryruns import mark
    from scraper.extract.bodyblocks import blocks
    text = ("I liked the lighthouse keeper and her log of ships a great deal, though the middle drags for a while and "
            "the ending came too fast for me to feel it; still a good winter read. ")
    html = ('<div class="entries">' + "".join(
        f'<div class="entry"><div class="head"><a href="/people/p{k}">p{k}</a> 3 May 2026</div><p>{text}</p></div>'
        for k in range(3)) + "</div>")
    items = blocks(fragment_fromstring(html))
    drop: dict = {}
    mark(items, drop, {})
    assert not drop


# --- the "add yours" line after a list of other readers' entries ---

def _with_others(review: str, after: str, lang: str) -> bytes:
    section = ('<div class="others"><h3>{h}</h3><div class="o"><p>"Kısa ama güzel bir kitap."</p> — <a href="/u/ayse">ayse</a></div>'
               '<div class="o"><p>"Bana göre biraz uzun."</p> — <a href="/u/mert">mert</a></div></div>').format(
        h="diğer yorumlar" if lang == "tr" else "other readers")
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>t</title></head><body><main><div id="c"><h1>t</h1>'
            f'<div class="post">{review}</div>{section}{after}</div></main></body></html>').encode()


_TR = ("<p>Roman, küçük bir adada deniz fenerini bekleyen bir kadını anlatıyor; kadın geçen her gemiyi bir deftere yazıyor. "
       "Yazar sabırlı ve az sözle yazıyor, kitap her sayfada okurun güvenini biraz daha kazanıyor.</p>"
       "<p>İkinci bölüm daha zayıf, çocukluk anıları pek bir şey katmıyor. Yine de iki akşamda bitirdim ve sondaki fırtına "
       "sahnesini hâlâ düşünüyorum.</p>")


def test_add_yours_line_after_the_section_goes_tr():
    after = '<p>yorum yazmak için <a href="#">giriş yapın</a> ya da <a href="#">üye olun</a>.</p>'
    body = _body(_with_others(_TR, after, "tr"), "https://fener.example.com.tr/kitap/fener/")
    assert "giriş yapın" not in body and "fırtına" in body


def test_line_after_the_section_with_more_after_it_stays_tr():
    # near miss: the line is not the last of its box (the page goes on), so it is not the section's closing line
    after = ('<p>yorum yazmak için <a href="#">giriş yapın</a>.</p><p>Fener üzerine ikinci yazımız yakında burada olacak, '
             'o zamana kadar adanın haritasına bakabilirsiniz; yazarın önceki romanını da bu hafta yeniden okuyoruz.</p>')
    body = _body(_with_others(_TR, after, "tr"), "https://fener.example.com.tr/kitap/fener/")
    assert "fırtına" in body and "yorum yazmak için" in body
