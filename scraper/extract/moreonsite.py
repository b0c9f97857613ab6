"""A pointer to more of the writer's work on their own blog, closing the review: "More reviews on my blog 'X'".

A reviewer who posts a copy of a review elsewhere (a shop's customer reviews, a reading site, a magazine's readers'
page, a forum) signs it off with where the rest of their reviews live: "More book tips on my blog «X»", "Find more of
my reviews at my blog", "Plus de chroniques sur mon blog", "Więcej recenzji na moim blogu", "更多書評在我的部落格".
It speaks of the writer's site, not of the book. Its shape in every language:

- a word of "more" (more, other, further: a small per-language table, ``_MORE``);
- the writer's own ("my", "our") site named by its kind (blog, site, channel: ``_OWN_SITE``), or the possessive
  glued to it: a suffix in Finnish, Hungarian, Turkish ("blogissani", "blogomon", "blogumda"), a particle in the
  scripts written without spaces ("我的部落格", "私のブログ");
- short (25 words; an unspaced line 70 characters), no score.

The same position holds the news site's bidding to follow it on a news reader: a short line whose link goes to the
reader's page for the site ("<a href=news.google.com/publications/…>Follow us on Google News</a>", in any language:
the link's address says it, ``follows_on_news_reader``); a link to a news story elsewhere is no such page. With no
link, the reader named in the line (in Latin letters or the page's script) and a verb of following say the same
(``names_news_reader``: "গুগল নিউজ ফিডটি ফলো করুন"); a mention of the reader in the review's prose has no such verb.

``sitelines.mark`` asks them only of a line that closes the review's box late in the body (the position of a follow
plea). What stays: the same words inside a paragraph of the review ("I wrote more about her earlier novels on my blog,
but this one…" goes on for longer), a line about someone else's blog ("more on her blog" names no own site), a
review's closing wish for more books.
"""

from __future__ import annotations

import re

from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .casefold import guarded
from .rating import has_score
from .words import count_words

# a word of "more", "other", "further" in our languages
_MORE = (r"(?:more|further|other|mehr|weitere\w*|andere\w*|plus|autres|d'autres|más|otr[oa]s|mais|outr[oa]s|più|altr[ei]|"
         r"meer|andere|fler|flere|mer|mere|więcej|inne|innych|další\w*|víc|více|ďalší\w*|viac|további|több|"
         r"больше|ещё|еще|други[ехм]\w*|більше|ще|інш\w*|daha|diğer|περισσότερ\w*|άλλ\w*|lebih|lainnya|thêm|"
         r"lisää|enemmän|muita|muut|rohkem|veel|teisi\w*)")
# "my", "our" (a word of its own) and the site's kind after it, an adjective or two between ("on my little blog")
_OWN = (r"(?:my|our|mi|mis|nuestr[oa]|ma|mon|mes|notre|nos|mein\w*|unser\w*|mio|mia|nostr[oa]|meu|minha|nosso|nossa|"
        r"mijn|onze|min|mitt|vår\w*|moj\w*|moim|mym|m[ée]m|mého|můj|mojom|mój|saját|az\s+én|minu|мо[йеёюяїє]\w*|наш\w*|"
        r"τ[οη]\s+(?:μπλογκ|ιστολόγιο)\s+μου)")
_KIND = (r"(?:blog\w*|блог\w*|блоз\w*|μπλογκ|ιστολόγιο\w*|site\w*|sitio|web\w*|seite|webseite|strona|stronie|stránk\w*|"
         r"сайт\w*|channel|chaîne|canal|kanal\w*|канал\w*|instagram|bookstagram|booktube|newsletter|substack)")
_OWN_SITE = re.compile(
    rf"(?<!\w){_OWN}\s+(?:[^\W\d_]+\s+){{0,2}}?{_KIND}(?!\w)|(?<!\w)(?:blogum\w*|sitem\w*|kanalım\w*|blogi\w*ni|sivu\w*ni|kanava\w*ni|blogom\w*|oldalam\w*|csatorná\w*m\w*)(?!\w)|"
    r"(?:我的|我們的|我们的|本人的?|私の|僕の|自分の|제|내|나의|저의)\s?(?:部落格|博客|網誌|网志|個人網站|个人网站|頻道|频道|ブログ|サイト|블로그|채널)", re.I)
_MORE_RE = re.compile(rf"(?<!\w){_MORE}(?!\w)|更多|其他|其它|もっと|他の|ほかの|その他|더\s*많은|다른", re.I)
_OWN_SITE = guarded(_OWN_SITE)  # (casefold.Guarded: its words looked for first)
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def more_on_own_site(text: str) -> bool:
    """A short line pointing to more of the writer's work on their own site (module docstring)."""
    short = count_words(text) <= 25 if not _UNSPACED.search(text) else len(text.strip()) <= 70
    if not short or has_score(text):
        return False
    return bool(_OWN_SITE.search(text) and _MORE_RE.search(text))


# a news reader's page for a publication (Google News: the site root or its /publications/, /s/ pages; Flipboard's
# profile; MSN's channel), never one story's address
_NEWS_READER = re.compile(r"^(?:news\.google\.[a-z.]+(?:/(?:publications|s)/[\w-]+|/?)(?:\?.*)?|flipboard\.com/@[\w.-]+/?|"
                          r"(?:www\.)?msn\.com/[\w-]+/channel/source/[^/?#]+(?:/[\w-]+)?/?)$", re.I)


def follows_on_news_reader(block: HtmlElement, text: str) -> bool:
    """A short line linking to the site's own page on a news reader (module docstring), no score."""
    if count_words(text) > 25 or has_score(text):
        return False
    for a in block.iter("a"):
        parts = urlsplit((a.get("href") or "").strip())
        if parts.scheme in ("http", "https") and _NEWS_READER.match((parts.hostname or "") + parts.path + ("?" + parts.query if parts.query else "")):
            return True
    return False


# a news reader by its name, in Latin letters or as the page's script writes it (bn "গুগল নিউজ", hi "गूगल न्यूज़", ru
# "Гугл Новости", ar "أخبار جوجل", ja "Googleニュース", ko "구글 뉴스", zh "谷歌新闻")
_NEWS_READER_NAME = re.compile(
    r"google\s*(?:news|nieuws|nachrichten|notícias|noticias|notizie|actualités|wiadomoś\w*|zpráv\w*|haber\w*|berita|tin\s+tức|"
    r"новост\w*|новин\w*|ειδήσ\w*|ニュース|뉴스|新闻|新聞|ข่าว)|google\s+discover|flipboard|apple\s+news|yahoo\s*!?\s*news|msn\s+news|"
    r"গুগল\s*নিউজ|गूगल\s*न्यूज़?|गुगल\s*न्युज|гугл\s*новост\w*|أخبار\s+(?:جوجل|غوغل|قوقل)|(?:جوجل|غوغل)\s+نيوز|"
    r"גוגל\s+ניוז|گوگل\s+نیوز|구글\s*뉴스|谷歌新闻|谷歌新聞|グーグルニュース|กูเกิล\s*นิวส์|கூகுள்\s*நியூஸ்", re.I)


# a news site's other verbs for the same bidding, "get / read / find / keep up with our news there" ("Get the latest on
# Google News", id/ms "Simak / Dapatkan berita terbaru di Google News", fr "Retrouvez-nous sur Google Actualités", es
# "Consulta", pt "Confira / Acompanhe", de "Lesen Sie … bei Google News", it "Leggi", nl "Lees"): at the start of the line
_READ_THERE = re.compile(
    r"^\W*(?:get|read|find|check|catch|stay\s+(?:up|informed|updated)|keep\s+up|simak(?:lah)?|dapatkan(?:lah)?|baca(?:lah)?|"
    r"pantau|cek|kunjungi|ikuti|retrouve[zr]|lisez|consulta|encuentra|ent[ée]rate|lee|mantente|confira|acompanhe|leia|"
    r"fique|lesen\s+sie|finden\s+sie|bleib(?:en\s+sie)?|leggi|trova|resta|lees|vind|blijf|basahin)(?!\w)", re.I)


def names_news_reader(text: str, follow: re.Pattern) -> bool:
    """A short line bidding the reader follow the site on a news reader named in it, with no link ("Follow us on
    Google News", "… গুগল নিউজ ফিডটি অনুসরণ করুন"): `follow` is the caller's verb of following, or the line opens on
    a verb of reading the site's news there (``_READ_THERE``); no score."""
    short = count_words(text) <= 25 if not _UNSPACED.search(text) else len(text.strip()) <= 70
    return short and not has_score(text) and bool(_NEWS_READER_NAME.search(text) and (follow.search(text) or _READ_THERE.match(text)))
