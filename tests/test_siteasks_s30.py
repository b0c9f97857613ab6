"""The site's asks closing a post, outside English: a follow line over a divider (sitelines._closes_box reads a block
with no text and no picture as closing nothing, nodes.blank), a like given to the site's page in Bengali and Hindi
("… ফেসবুক পেজে লাইক দিন", followlines), a 'weblog' as the site's kind (pleas.SITE_KIND), and the bidding to follow
the writer or the blog with its object first in Japanese, Korean and Chinese (pleas._OBJECT_FOLLOW). Near misses: a
story's sentence in the past, a reviewer's line about a network that bids nothing, a blog named in the review's
prose."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page


def _body(lang: str, text: str, tail: str) -> str:
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Review</title></head><body><article class="post">'
            f'<h1 class="entry-title">Harbour Lights</h1><div class="entry-content">{text}{tail}</div>'
            '<div class="share"><a href="https://www.facebook.com/sharer.php?u=x">f</a></div></article></body></html>')
    return extract_page(html, "https://reads.example.org/2026/12/harbour-lights/").body_text


_HI = ("<p>यह उपन्यास एक छोटे बंदरगाह शहर की तीन बहनों की कहानी है। हर अध्याय उनकी चुप्पी में थोड़ा और वज़न जोड़ता है, "
       "और अंत में वह चुप्पी बोल उठती है, बिना किसी झूठे स्वर के। "
       "मुझे सबसे अच्छा यह लगा कि शहर ख़ुद एक पात्र बन जाता है।</p>"
       "<p>भाषा सरल है और कहानी धीरे-धीरे पकड़ बनाती है। "
       "जो पाठक शांत उपन्यास पसंद करते हैं, उन्हें यह ज़रूर पढ़ना चाहिए।</p>")
_BN = ("<p>উপন্যাসটি এক ছোট বন্দর শহরের তিন বোনের গল্প। প্রতিটি অধ্যায় তাদের নীরবতায় একটু করে ভার যোগ করে, আর শেষ "
       "পাতায় সেই নীরবতা কথা বলে ওঠে। শহরটা নিজেই একটা চরিত্র হয়ে ওঠে, আর লেখা কখনো তাড়াহুড়ো করে না।</p>"
       "<p>ভাষা সহজ, গল্প ধীরে ধীরে টানে। যাঁরা শান্ত উপন্যাস ভালোবাসেন, তাঁদের জন্য বইটা অবশ্যই পড়ার মতো।</p>")
_JA = ("<p>港町に暮らす三姉妹のひと冬を描いた長編。章を追うごとに沈黙が少しずつ重くなり、最後の数ページでそれが静かに言葉になる。"
       "町そのものが登場人物のように感じられ、フェリーの時刻表や朝の魚市場が物語を運んでいく。</p>"
       "<p>文章は急がず、読み終えたあともしばらく余韻が残った。静かな小説が好きな人にすすめたい。</p>")
_KO = ("<p>항구 도시에 사는 세 자매의 한겨울을 그린 장편이다. 장이 넘어갈 때마다 침묵이 조금씩 무거워지고, 마지막 몇 쪽에서 "
       "그 침묵이 조용히 말이 된다. 도시 자체가 하나의 인물처럼 느껴지고, 문장은 서두르지 않는다.</p>"
       "<p>다 읽고 나서도 한동안 여운이 남았다. 조용한 소설을 좋아하는 사람에게 권하고 싶다.</p>")
_DE = ("<p>Der Roman erzählt von drei Schwestern in einer Hafenstadt, einen Winter lang; jedes Kapitel legt ein wenig "
       "mehr Gewicht auf ihr Schweigen, bis die letzten Seiten es ganz leise sprechen lassen.</p>"
       "<p>Am besten gefällt mir, wie die Stadt selbst zur Figur wird: Fährplan, Fischmarkt und das geschlossene Kino "
       "tragen die Geschichte so sehr wie die Schwestern.</p>")

ASKS = [
    ("hi", _HI, "<p>फेसबुक पर हमसे जुड़ें।</p><hr>", "हमसे जुड़ें"),
    ("bn", _BN, "<p>আমাদের ফেসবুক পেজে লাইক দিন।</p>", "লাইক দিন"),
    ("de", _DE, "<p><i>Wer dieses Weblog unterstützen mag: mir einen Kaffee spendieren.</i></p>", "Weblog"),
    ("ja", _JA, "<p>このブログをフォローすると更新のお知らせが届きます。</p>", "フォローすると"),
    ("ko", _KO, "<p>블로거를 팔로우하면 새 글 알림을 받을 수 있어요.</p>", "팔로우하면"),
    ("zh", "<p>" + "港口小城里三姐妹的一个冬天，每一章都让她们的沉默更重一点，直到最后几页才轻轻说出口。" * 3 + "</p>",
     "<p>关注博主，每周一本好书。</p>", "关注博主"),
]


@pytest.mark.parametrize("lang,text,tail,words", ASKS)
def test_site_ask_closing_the_post_goes(lang, text, tail, words):
    assert words not in _body(lang, text, tail)


KEPT = [
    # (the story's, in the past: she followed the blogger)
    ("ja", _JA, "<p>ブロガーをフォローした姉は、その夜から毎晩更新を待つようになる。物語の後半はこの小さな習慣から動き出す。</p>",
     "フォローした"),
    # (a reviewer's line about a blog, no bidding)
    ("de", _DE, "<p>Im Weblog der Autorin steht, dass sie den Fischmarkt als Kind jeden Morgen besucht hat.</p>",
     "Im Weblog der Autorin"),
    # (the network named in the story, no bidding)
    ("bn", _BN, "<p>ছোট বোন ফেসবুক পেজে লাইক দেখে খুশি হয়, কিন্তু বড় বোন কিছুই বলে না।</p>", "লাইক দেখে"),
]


@pytest.mark.parametrize("lang,text,tail,words", KEPT)
def test_story_and_reviewer_lines_stay(lang, text, tail, words):
    assert words in _body(lang, text, tail)
