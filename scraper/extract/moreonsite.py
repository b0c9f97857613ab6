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

Or the line points at the site by name (``own_site_pointer``): the site's kind, the writer's own or an "also" (or, in
Japanese and Korean, the particle of "also" after the kind and a verb of running it), then an arrow or a colon and a
short name that is no sentence ("I also keep a reading blog → Paper Lanterns", "読書ブログもやってます → X"). A reading
site where readers log their books (``platforms.READING_SITES``, platform knowledge: Goodreads, StoryGraph,
Bookmeter, Booklog, Douban, Babelio, LovelyBooks, Skoob, LiveLib, Lubimyczytać, aNobii …) is such a place of the
writer's too, when the words end on its name and point to a handle or a link: "I'm also on Goodreads → ana_reads",
"読書メーターもやってます → <a>読書記録</a>"; a review's "Goodreads rates it 3.9", "my favourite Goodreads review of it
says: …", "Also shelved on Goodreads as: …" point to no name.

The same position holds the news site's bidding to follow it on a news reader: a short line whose link goes to the
reader's page for the site ("<a href=news.google.com/publications/…>Follow us on Google News</a>", in any language:
the link's address says it, ``follows_on_news_reader``); a link to a news story elsewhere is no such page. With no
link, the reader named in the line (in Latin letters or the page's script) and a verb of following say the same
(``names_news_reader``: "গুগল নিউজ ফিডটি ফলো করুন"); a mention of the reader in the review's prose has no such verb.
The readers by their local names ("Google Știri", "Wiadomości Google", "Google Vijesti"), the news apps (Discover,
Flipboard, Apple News, SmartNews, LINE NEWS, Yandex's Dzen), the follow verbs the callers' table lacks (ro "Urmărește-ne",
hr/sr "Pratite nas", ru "Следите", uk "Слідкуйте"), and Google's "add as a preferred source" page by its address.

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
from .platforms import READING_SITES
from .rating import has_score
from .nodes import text_of
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
# "more" then the writer's own on the work, not on the site ("more of my reviews on the blog X", el "Περισσότερες
# κριτικές μου στο ιστολόγιο", the possessive after its noun): more, own, the site's kind within a few words
_MORE_MINE = guarded(re.compile(rf"(?<!\w){_MORE}\s+(?:[^\W\d_]+\s+){{0,2}}(?:{_OWN}|μου|μας)\s+(?:[^\W\d_]+\s+){{0,3}}{_KIND}(?!\w)", re.I))
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def more_on_own_site(text: str, block: HtmlElement | None = None) -> bool:
    """A short line pointing to more of the writer's work on their own site (module docstring); `block` the line's."""
    short = count_words(text) <= 25 if not _UNSPACED.search(text) else len(text.strip()) <= 70
    if not short or has_score(text):
        return False
    return bool(_OWN_SITE.search(text) and _MORE_RE.search(text) or _MORE_MINE.search(text)) \
        or own_site_pointer(text, block)


# a pointer from the words to a name: an arrow, a pointing hand, a colon
_POINTER = re.compile(r"\s*(?:[→⇒➡➜➔👉▶►»]+|-+>|>>|[:：])\s*")
_OWN_WORD = re.compile(rf"(?<!\w){_OWN}(?!\w)", re.I)  # ("Mein Bücherblog: X", the kind glued into a compound)
# a site of one's own by its kind ("blog", "site", "podcast", "channel" and its forms in our scripts)
_SITE_KIND = re.compile(rf"(?<!\w){_KIND}|blog\w*|(?<!\w)podcast\w*|部落格|博客|網誌|网志|ブログ|サイト|チャンネル|블로그|사이트|채널|頻道|频道", re.I)
# a reading site where the writer logs their books, by its name (module docstring)
_READING = READING_SITES  # (platforms: the reading sites by name)
# ... closing the words before the pointer, or with a verb of using it after (ja/ko "読書メーターもやってます")
_READING_END = re.compile(rf"{_READING}\s?(?:[もで도]\s?(?:やって(?:ます|います|いる)|使って(?:ます|います)|"
                          r"하고\s?있(?:어요|습니다)?|해요)?)?[\W_]*$", re.I)
# a handle: one token, "@" before it or not ("ana_reads", "@leselampe")
_HANDLE = re.compile(r"@?[\w][\w.\-]{1,30}")
# ... the writer's own on it: "my" a few words before its name ("my Goodreads", "Мой профиль на LiveLib")
_OWN_READING = re.compile(rf"(?<!\w){_OWN}\s+(?:\S+\s+){{0,2}}?{_READING}", re.I)
# the writer's own or "also" ("my blog", "I also blog", ja/ko/zh the particle of "also" after the kind: "ブログも",
# "블로그도", "也有部落格"), or a verb of running it in the first person the scripts without spaces leave unsaid
_ALSO = re.compile(
    r"(?<!\w)(?:also|too|as\s+well|auch|aussi|également|también|também|anche|pure|ook|også|också|też|rovněž|také|"
    r"tiež|szintén|și|şi|de\s+asemenea|тоже|также|теж|також|исто|takođe|tudi|ayrıca|juga|cũng|myös|samuti)(?!\w)|"
    r"(?:ブログ|サイト|チャンネル|블로그|사이트|채널)\s?[も도]|也(?:有|在|寫|写|經營|经营)|"
    r"(?:やって(?:ます|います|いる)|書いて(?:ます|います)|運営(?:して|中)|更新中|하고\s?있|운영\s?(?:중|하고)|쓰고\s?있)", re.I)


def own_site_pointer(text: str, block: HtmlElement | None = None) -> bool:
    """A short line pointing to the writer's own site by its name: the site's kind, the writer's own or "also", then a
    pointer and a short name ("I also keep a reading blog → Paper Lanterns", "読書ブログもやってます → X", "Mon blog :
    Les pages du soir"); never a score, and the name is no sentence ("my blog: I started it to…" goes on). On a
    reading site, the name is a handle or the text of a link of the line's `block`."""
    short = count_words(text) <= 14 if not _UNSPACED.search(text) else len(text.strip()) <= 45
    if not short or has_score(text):
        return False
    pointer = _POINTER.search(text)
    if not pointer or not pointer.start():
        return False
    head, name = text[:pointer.start()], text[pointer.end():].strip()
    if not name or re.search(r"[.!?。！？]\s*\S", name) or (count_words(name) > 6 if not _UNSPACED.search(name) else len(name) > 24):
        return False
    if _SITE_KIND.search(head):
        return bool(_OWN_SITE.search(head) or _OWN_WORD.search(head) or _ALSO.search(head))
    # (a reading site: the head ends on its name, the writer's own on it or "also", and the name a handle or a link:
    # "My favourite Goodreads review of it says: …", "Meine Leserunde auf LovelyBooks: mit der Autorin …" go on)
    return bool(_READING_END.search(head) and (_OWN_READING.search(head) or _ALSO.search(head))
                and (_HANDLE.fullmatch(name) or block is not None and any(
                    " ".join(text_of(a).split()) == " ".join(name.split()) for a in block.iter("a"))))


# a news reader's page for a publication (Google News: the site root or its /publications/, /s/ pages; Flipboard's
# profile; MSN's channel), never one story's address
_NEWS_READER = re.compile(r"^(?:news\.google\.[a-z.]+(?:/(?:publications|s)/[\w-]+|/?)(?:\?.*)?|flipboard\.com/@[\w.-]+/?|"
                          r"(?:www\.)?msn\.com/[\w-]+/channel/source/[^/?#]+(?:/[\w-]+)?/?|"
                          # (Google's "add as a preferred source" page for the site; Yandex's Dzen channel of the site)
                          r"(?:www\.)?google\.[a-z.]+/preferences/source(?:\?.*)?|(?:dzen\.ru|zen\.yandex\.ru)/(?!a/|media/)[\w.-]+/?(?:\?.*)?)$", re.I)


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
    r"google\s*(?:news|nieuws|nachrichten|notícias|noticias|notizie|actualités|notícies|wiadomoś\w*|zpráv\w*|správ\w*|haber\w*|"
    r"berita|tin\s+tức|[șş]tiri|stiri|hírek|uutiset|uudised|nyheter|nyheder|vijest\w*|vest\w*|novic\w*|naujienos|ziņas|lajme|"
    r"новост\w*|новин\w*|вест\w*|ειδήσ\w*|חדשות|أخبار|اخبار|समाचार|খবর|ニュース|뉴스|新闻|新聞|ข่าว)|"
    # (the Slavic, Romanian, Greek, Arabic and Hebrew names that set the news before the brand: "Știri Google")
    r"(?:wiadomoś\w+|zpráv\w*|správ\w*|[șş]tiri|ειδήσ\w+|новост\w+|новин\w+|חדשות)\s+google|"
    r"google\s+discover|flipboard|apple\s+news|yahoo\s*!?\s*(?:news|ニュース)|msn\s+news|microsoft\s+start|smartnews|newsbreak|"
    r"line\s*news|dailyhunt|upday|opera\s+news|(?<!\w)дзен[еау]?(?=\W*$)|яндекс\W?(?:дзен|новост)\w*|"
    r"네이버\s*뉴스|다음\s*뉴스|スマートニュース|グノシー|今日头条|頭條新聞|"
    r"গুগল\s*নিউজ|गूगल\s*न्यूज़?|गुगल\s*न्युज|гугл\s*новост\w*|أخبار\s+(?:جوجل|غوغل|قوقل)|(?:جوجل|غوغل)\s+نيوز|"
    r"גוגל\s+ניוז|گوگل\s+نیوز|구글\s*뉴스|谷歌新闻|谷歌新聞|グーグルニュース|กูเกิล\s*นิวส์|கூகுள்\s*நியூஸ்", re.I)


# a news site's other verbs for the same bidding, "get / read / find / keep up with our news there" ("Get the latest on
# Google News", id/ms "Simak / Dapatkan berita terbaru di Google News", fr "Retrouvez-nous sur Google Actualités", es
# "Consulta", pt "Confira / Acompanhe", de "Lesen Sie … bei Google News", it "Leggi", nl "Lees"): at the start of the line
_READ_THERE = re.compile(
    r"^\W*(?:get|read|find|check|catch|stay\s+(?:up|informed|updated)|keep\s+up|simak(?:lah)?|dapatkan(?:lah)?|baca(?:lah)?|"
    r"pantau|cek|kunjungi|ikuti|retrouve[zr]|lisez|consulta|encuentra|ent[ée]rate|lee|mantente|confira|acompanhe|leia|"
    r"fique|lesen\s+sie|finden\s+sie|bleib(?:en\s+sie)?|leggi|trova|resta|lees|vind|blijf|basahin|"
    r"citește|citeşte|citiți|citiţi|čitajte|читајте|читайте|читай|beri|czytaj|przeczytaj|olvass|lue|les|læs|läs)(?!\w)", re.I)
# the verbs of following the callers' table (followpleas.FOLLOW) lacks, in the languages whose news sites bid it most
# (ro "Urmărește-ne", hr/bs/sr "Pratite nas", "Пратите нас", sl "Sledite nam", ru "Следите за нами", uk "Слідкуйте",
# lt "Sekite", lv "Sekojiet", et "Jälgi", sq "Na ndiqni", ur "فالو کریں", sw "Tufuate"): imperatives only, at a word's start
_FOLLOW_THERE = re.compile(
    r"(?<!\w)(?:urmăr(?:e[șş]te|i[țţ]i|i)|urmar(?:este|iti)|prat(?:ite|i)|прат(?:ите|и)|sledite|spremljajte|следете|"
    r"следите|следи|слідкуйте|стежте|sekite|sek|sekojiet|seko|jälgi(?:ge)?|ndiqni|ndiqe|fylgdu|fylgist|tufuate|fuata|sundan)(?!\w)|"
    r"فالو|"
    # (or to stay with the site there, the verb closing the clause as these languages set it: bn "… সঙ্গে থাকুন", hi "… के
    # साथ बने रहें", "जुड़े रहें", mr "सोबत राहा", ur "ساتھ رہیں")
    r"(?:সঙ্গে|সাথে|পাশে)\s+থাকুন|साथ\s+(?:बने\s+)?रहें|जुड़े\s+रहें|सोबत\s+राहा|ساتھ\s+رہیں", re.I)


def names_news_reader(text: str, follow: re.Pattern) -> bool:
    """A short line bidding the reader follow the site on a news reader named in it, with no link ("Follow us on
    Google News", "… গুগল নিউজ ফিডটি অনুসরণ করুন"): `follow` is the caller's verb of following, or the line opens on
    a verb of reading the site's news there (``_READ_THERE``); no score."""
    short = count_words(text) <= 25 if not _UNSPACED.search(text) else len(text.strip()) <= 70
    return short and not has_score(text) and bool(_NEWS_READER_NAME.search(text) and (
        follow.search(text) or _FOLLOW_THERE.search(text) or _READ_THERE.match(text)))
