"""Follow pleas: the lines bidding the reader follow, subscribe to or join the writer's or the site's own account.

Read for ``sitelines.mark`` (and the other cleaning rules that ask whether a line bids the reader follow): a short line
naming a network with a handle, or an account word and a verb of following in many languages (``follow_plea``); a
handle in Latin letters in a line of another script (``foreign_handle``); a bidding between the paragraphs to join the
writer's own account on a named network, or to vote for the blog (``interjected_plea``); and the site itself named as
its home links write it, or a publication as a platform's page title names it (``home_names``, ``follow_site``). Kept
apart from the other site lines because they share one vocabulary: the networks, the account words and the verbs of
following (``FOLLOW``).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .casefold import guarded
from .nodes import text_of
from .platforms import SOCIAL_NAME
from .pleas import SITE_KIND
from .rating import has_score
from .words import count_words


# the networks' names in Devanagari as Hindi, Nepali and Marathi write them (beside platforms.SOCIAL_NAME's)
_MORE_NETWORKS = re.compile(
    r"फ़?ेसबुक|युट्युब|युट्यूब|इन्स्टाग्राम|इंस्टाग्राम|ट्विटर|टिकटक|टिकटॉक|ह्वाट्सएप|व्हाट्सऐप|"
    # ... and in Tamil script
    r"யூடியூப்|யூட்யூப்|ஃபேஸ்புக்|பேஸ்புக்|இன்ஸ்டாகிராம்|இன்ஸ்டா|ட்விட்டர்|டெலிகிராம்|"
    r"(?<!\w)(?:ВК|VK|vk\.com)(?!\w)|"
    # ... and the Arabic spellings with غ or ق for the g (Egypt, the Levant, the Gulf), an article or preposition before
    r"تيليغرام|تليغرام|تلغرم|إنستغرام|انستغرام|إنستقرام|انستقرام"
)  # (VKontakte by its short name, in capitals: "в ВК")
_MORE_NETWORKS = guarded(_MORE_NETWORKS)  # (casefold.Guarded: its words looked for first)
# a network's book community named as the place itself ("find me on Bookstagram: @handle"): Instagram, TikTok, YouTube
_BOOK_COMMUNITY = re.compile(
    r"(?<!\w)(?:bookstagram|booktok|booktube|bookblr|букстаграм\w*|буктьюб\w*|буктюб\w*|букток\w*)(?!\w)", re.I
)
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_][\w.]{1,29}")
# where one follows a writer: a page, a channel, a profile, an account, a group (in many languages)
_ACCOUNT = re.compile(
    r"(?<!\w)(?:page|channel|profile|account|group|página|pagina|canal|perfil|cuenta|conta|profilo|chaîne|compte|profil|"
    r"groupe|grupo|gruppo|seite|stranic\w*|kanal|konto|gruppe|groep|grupa|grupp|ryhmä|sivu|oldal\w*|csatorn\w*|csoport\w*|страниц\w*|канал\w*|профил\w*|акк?аунт\w*|"
    r"club|clube|klub\w*|клуб\w*|kulüb\w*|"  # (a reading club the writer runs on a network)
    # (the account by its book community's name, in any language)
    r"bookstagram|booktok|booktube|bookblr|букстаграм\w*|буктьюб\w*|"
    r"групп?\w*|σελίδα|κανάλι|προφίλ|ομάδα|sayfa\w*|hesab\w*|grub\w*|halaman|akun|grup|trang|kênh|nhóm|"
    r"صفح\w*|قنا\w*|حساب\w*|مجموع\w*|کانال|گروه|[ובלהמשכ]{0,2}(?:עמוד|ערוץ|חשבון|פרופיל|קבוצ\w*)|"
    r"გვერდ\w*|არხ\w*|ჯგუფ\w*|პროფილ\w*|էջ\w*|ալիք\w*|խումբ\w*|խմբ\w*|պրոֆիլ\w*)(?!\w)|"
    r"පිටුව|පිටුවේ|පිටුවට|චැනලය|නාලිකාව|ගිණුම|"
    r"পেজ|পেইজ|চ্যানেল|প্রোফাইল|গ্রুপ|পেজে|पेज|च्यानल|चैनल|चॅनल|चॅनेल|प्रोफाइल|ग्रुप|ग्रूप|समूह|"
    r"채널|페이지|계정|프로필|그룹|チャンネル|ページ|アカウント|プロフィール|グループ|頻道|频道|帳號|账号|主頁|主页|粉絲專頁|粉专|粉專|群組|群组|"
    r"專欄|专栏|公众号|公眾號|"
    r"เพจ|ช่อง|บัญชี|กลุ่ม|சேனல|பக்கத|பக்கம|குழு",
    re.I,
)
# a verb root of following, subscribing or joining (a bidding in these lines)
FOLLOW = re.compile(
    r"(?<!\w)(?:(?:follow|subscribe|join)\b|folg|abonn|suiv|rejoign|sigue|siga|segu|volg|följ|følg|seuraa|tilaa|obserwuj|subskryb|"
    r"sleduj|odebír|(?:za)?pratite|(?:za)?prati\s+nas|(?:за)?пратите|(?:за)?прати\s+нас|sledite|spremljajte|следете|kövess|urmări|takip|abone|katıl|abunə|qoşul|obuna|a['ʻ‘’]zo\s+bo|agza\s+bol|жазылыңыз|мүше\s+бол|ikuti|gabung|langgan|theo\s+dõi|đăng\s+ký|tham\s+gia|последва|следв|абонир|"
    r"подпиш|подпис|вступ|присоедин|стежте|підпис|ακολουθ|εγγραφ|تابع|اشترك|انضم|دنبال|عضو|"
    r"[ולשות]{0,2}(?:עקו?ב|הירשמ|הרשמ|הצטרפ)|გამოიწერ|გამოგვყევ|მოგვყევ|შემოგვიერთდ|հետևե|բաժանորդագր|միացե)|"
    r"ෆලෝ|සබ්ස්ක්‍රයිබ්|එකතු\s+වෙන්න|"
    r"ফলো|অনুসরণ\s+কর|अनुसरण\s+कर|সাবস্ক্রাইব|যুক্ত\s+হোন|যোগ\s+দিন|সদস্য\s+হোন|फॉलो|फ़ॉलो|सब्सक्राइब|सबस्क्राइब|सब्स्क्राइब|सब्सक्राईब|सबस्क्राईब|सब्स्क्राईब|सदस्य\s+(?:व्हा|बनें|बन्नु)|जुड़ें|जोडिनु|"
    r"팔로우|구독|가입|フォロー|登録|参加|關注|关注|追蹤|追踪|訂閱|订阅|加入|ติดตาม|สมัคร|பின்தொடர|சப்ஸ்(?:கி|க்|க்கி)ரைப்|இணை(?:யுங்கள்|ந்திடுங்கள்)",
    re.I,
)
# the bidding to follow the writer's own account, named without its network: a verb of following and "my"/"our" account
# ("follow my page", "abonnez-vous à ma chaîne", "подпишитесь на мой канал"), or, in the scripts written without spaces,
# the verb and the account word as one ("ติดตามเพจ", "关注公众号"); "la historia sigue al grupo" is the story
_OWN = (r"(?:my|our|mi|mis|nuestr[oa]s?|ma|mon|mes|notre|nos|mein(?:e[mnr]?)?|unser(?:e[mnr]?)?|(?:il\s+|la\s+)?mi[oa]|"
        r"(?:il\s+|la\s+)?nostr[oa]|(?:o\s+|a\s+)?(?:meu|minha|nosso|nossa)|мо[йюеия]|наш\w*|moj\w*|nasz\w*)")
# "my", "our" as a word of its own (a review's "her blog 'X' on Instagram" is someone else's)
OWN_WORD = re.compile(
    rf"(?<!\w){_OWN}(?!\w)|(?<!\w)(?:мі[йю]|мо[єїя]|իմ|մեր|ჩემ\w*|ჩვენ\w*)(?!\w)|שלי|שלנו|මගේ|අපේ|"
    # (nb, nn, da, sv; nl; cs, sk; ro)
    r"(?<!\w)(?:min|mitt|mine|mina|vår|vårt|våre|våra|vor|vort|vores|mijn|onze|můj|moje|náš|naše|môj|naša|"
    r"meu|mea|nostru|noastr[ăe])(?!\w)",
    re.I,
)
_FOLLOW_MINE = re.compile(
    rf"(?:{FOLLOW.pattern})\w*(?:-\w+)?\s+(?:(?:to|on|à|a|an|auf|na|на|no|di|de|en|in|al)\s+)?{_OWN}\s+(?:{_ACCOUNT.pattern})|"
    # (in Chinese "my" may stand between: "追蹤我的粉專", "关注一下我的专栏")
    r"(?:ติดตาม|关注|關注|追蹤|追踪|訂閱|订阅|フォロー)\s?(?:一下)?(?:我們|我们|我|本站)?的?"
    r"(?:เพจ|ช่อง|กลุ่ม|公众号|公眾號|頻道|频道|主頁|主页|粉絲專頁|粉絲頁|粉丝页|粉專|粉专|專欄|专栏|部落格|博客|アカウント|チャンネル)",
    re.I,
)
_FOLLOW_MINE = guarded(_FOLLOW_MINE)  # (casefold.Guarded: its words looked for first)
# the writer's own account word, an adjective or two between ("my book club", "мой книжный клуб"), or the network's
# name joined to it by a hyphen ("наш Telegram-канал", "unserem Instagram-Kanal", "our YouTube-channel")
_OWN_ACCOUNT = re.compile(rf"(?<!\w){_OWN}(?:\s+[^\W\d_]+){{0,2}}(?:\s+|(?<=[^\W\d_])-)(?:{_ACCOUNT.pattern})", re.I)
# a bidding to vote for the blog (a blog contest's, a ranking's button): a vote imperative, the blog its object within
# three words ("vote for the blog", "гласувайте за блога", "votez pour ce blog", "głosujcie na mojego bloga")
_VOTE_BLOG = re.compile(
    r"(?<!\w)(?:vote|votez|votad|votate|voten|votem|stemt?|rösta|głosuj\w*|zagłosuj\w*|голосуй\w*|проголосуй\w*|гласувай\w*|"
    r"гласајте|hlasuj\w*|szavazz\w*|ψηφίστε)(?:\W+[^\W\d_]+){0,3}?\W+(?:blog\w*|блог\w*|μπλογκ|ιστολόγιο)(?!\w)",
    re.I,
)
_VOTE_BLOG = guarded(_VOTE_BLOG)  # (casefold.Guarded: its words looked for first)
# the social platforms' pointer to the writer's own page: "link in bio", pl "link w profilu", de "Link im Profil", es "enlace
# en mi perfil", fr "lien dans ma bio", pt "link na bio", it "link nel profilo"
_LINK_IN_BIO = re.compile(
    r"(?<!\w)(?:link|lien|enlace|linku)\s+(?:in|on|w|im|in\s+der|en|dans|na|no|nel|op|i)\s+(?:(?:my|mi|ma|mon|moim|meinem|meiner|"
    r"mijn|min)\s+)?(?:bio|profil\w*|perfil|profile|profilo)(?!\w)",
    re.I,
)
# a platform's follow button by its own name: KakaoStory's "receive news" (소식받기)
# ... and the Chinese bidding to press the follow button ("点个关注", "點一下追蹤"); the Japanese blog platforms' own
# follow, registering as the blog's reader ("読者登録", "読者になる": Ameba, Hatena, livedoor), bidden ("…してね", "…お願いします")
FOLLOW_BUTTON = re.compile(r"소식\s?받기|[點点按](?:個|个|一?下)(?:關注|关注|追蹤|追踪|訂閱|订阅)|読者登録(?:して(?:ね|ください|下さい|くれ|もらえ)|(?:を|も)?(?:お願い|よろしく))|読者になって(?:ね|ください|下さい|くれ|もらえ)")


_WORDS = re.compile(r"[^\s\d.,:;!?()\[\]|/·–—\"'“”«»]+")
_QUOTED = re.compile(r"[\"“”„«'‘’「『][^\"“”„«»'‘’」』]{2,40}[\"“”»'‘’」』]")


def follow_plea(text: str) -> bool:
    """A short line naming where to follow the writer (module docstring), never a line with a score."""
    if count_words(text) > 30 or has_score(text):
        return False
    network = SOCIAL_NAME.search(text) or _MORE_NETWORKS.search(text) or _BOOK_COMMUNITY.search(text)
    if network and _HANDLE.search(text) or foreign_handle(text):
        return True
    if FOLLOW_BUTTON.search(text) or _FOLLOW_MINE.search(text) or _LINK_IN_BIO.search(text):
        return True
    if network and FOLLOW.search(text) and OWN_WORD.search(text):  # ("follow our reading circle on Facebook: X")
        return True
    quoted = _QUOTED.search(text)
    if not (network or quoted) or not (_ACCOUNT.search(text) or SITE_KIND.search(text)):
        return False
    # a place the writer keeps (a page, a channel, a blog) and a verb of following; or, on a network, by its own name
    # in quotation marks ("my channel on YouTube «Ana reads», drop in!"), whatever the verb
    return bool(
        FOLLOW.search(text) or network and quoted and (OWN_WORD.search(text) or text.rstrip().endswith(("!", "！")))
    )


_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def foreign_handle(text: str) -> bool:
    """A short line in a script other than Latin that holds an account's handle in Latin letters ("… ይከተሉን፦
    @mesehafbet", "關注我們 @lin.reads"): where to follow the writer, whatever the network is called in that script;
    never a free-copy disclosure thanking a publisher's account."""
    handle = _HANDLE.search(text)
    if not handle or count_words(text) > 20:
        return False
    rest = text[:handle.start()] + text[handle.end():]
    letters = [c for c in rest if c.isalpha()]
    if len(letters) < 6 or sum(1 for c in letters if _LATIN.match(c)) > 0.2 * len(letters):
        return False
    from .notes import disclosure_in  # (late: notes reads the cleaned body)
    return not disclosure_in(text)


def interjected_plea(text: str) -> bool:
    """A short line anywhere in the body bidding the reader follow or join the writer's own account on a named network
    ("My book club on VK, join us!": the network, "my" account word and a verb of joining, all three), or vote for the
    blog ("Vote for the blog if you like it!"); never a line with a score. (A story's "she joins a group on Facebook"
    is no one's own account.) The account may be the site's by the site's kind instead of "my" ("the blog's channel":
    ``_SITE_ACCOUNT``) when the line opens on the imperative (a pictograph before it): "📌 Follow the blog's channel on
    Telegram", "Suivez la chaîne du blog sur Telegram"; "The heroine follows the site's channel on Telegram" opens on
    its subject."""
    if count_words(text) > 25 or has_score(text):
        return False
    if _VOTE_BLOG.search(text) or FOLLOW_BUTTON.search(text):  # (or the platform's follow button bidden: a line of its own)
        return True
    if not (SOCIAL_NAME.search(text) or _MORE_NETWORKS.search(text)) or not FOLLOW.search(text):
        return False
    return bool(_OWN_ACCOUNT.search(text) or _OPENS_FOLLOW.match(text) and not _ARABIC_PAST.match(text)
                and _SITE_ACCOUNT.search(text))


# the line opening on a verb of following (a pictograph or a bullet before it: no subject, no quotation mark)
_OPENS_FOLLOW = re.compile(rf"^[^\w\"'“”„«»「『‘’]{{0,3}}\s*(?:{FOLLOW.pattern})", re.I)
# (Arabic's past opening the line, its suffix -t, -tu, -tum: "تابعت البطلة …", the heroine followed; the imperative is
# تابع، تابعوا، تابعي)
_ARABIC_PAST = re.compile(r"^\W{0,3}\s*[\u0600-\u06ff]+(?:ت|تم|تن)(?!\w)")
# an account word of the site's kind: the channel, page or group with the blog, the site, the club as its owner after
# it ("the channel of the blog", "la chaîne du blog", "канал блога", "قناة المدونة"), or before it ("the blog's channel")
_SITE_ACCOUNT = re.compile(
    rf"(?:{_ACCOUNT.pattern})\s+(?:[^\W\d_]{{1,5}}\s+){{0,2}}(?:{SITE_KIND.pattern})|"
    rf"(?:{SITE_KIND.pattern})['’]s\s+(?:{_ACCOUNT.pattern})",
    re.I,
)


def home_names(body: HtmlElement) -> tuple[str, ...]:
    """The site's own name as its pages write it: the words (five letters or more: not "Home", "होम"; or three
    ideographs or kana: ``_name_word``) of the links to its home page ("/"), the logo's and the breadcrumb's; and a
    publication's name, whole, as a platform's page title gives it before the platform's own, after the writer's byline
    ("<post> | by <writer> | <publication> | Medium": ``title_publication``)."""
    root = body.getroottree().getroot()
    words = {w for a in root.iter("a") if (a.get("href") or "").strip() in ("/", "./")
             for w in _WORDS.findall(text_of(a)) if _name_word(w) and _short_name(text_of(a))}
    return tuple(sorted(words)) + title_publication(root)


# the platforms whose page titles end on their own name, the publication's or the blog's before it
_PLATFORM_TITLES = {"medium", "substack", "tumblr", "blogger", "wordpress", "wordpress.com", "ghost", "hashnode",
                    "vocal", "livejournal", "dev community", "write.as", "note", "tistory", "velog"}
_TITLE_PARTS = re.compile(r"\s+[|–—·•-]\s+|\s*[|｜]\s*")


_BYLINE = re.compile(r"(?i)by\s")


def title_publication(root: HtmlElement) -> tuple[str, ...]:
    """The publication's name a platform's page title gives before the platform's own: its part before the last,
    short, when the last is the platform and the writer's byline stands before it ("… | by Ana | Night Desk | Medium"),
    or when the page's og:site_name is that name too. A bare name there may be anyone's, the book's author's in a
    review's title ("The Orchard Year — Mara Lindqvist – Medium"): no site's name."""
    title = root.find("head/title")
    parts = _TITLE_PARTS.split(title.text.strip()) if title is not None and title.text else []
    if len(parts) < 3 or parts[-1].strip().casefold() not in _PLATFORM_TITLES:
        return ()
    name = parts[-2].strip()
    if len(name) < 4 or not _short_name(name) or _BYLINE.match(name):
        return ()
    if len(parts) >= 4 and _BYLINE.match(parts[-3].strip()):
        return (name,)
    site = root.xpath("head/meta[@property='og:site_name']/@content")
    return (name,) if site and site[0].strip().casefold() == name.casefold() else ()


# the scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, kana and the CJK ideographs
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]")


# the ideographic and kana scripts, a word a letter (a site's name there is three letters or more: "澎湃的书"), and
# their words for the home page, no name ("首页", "返回首頁", "トップページ", "ホーム")
_IDEOGRAPHIC = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff]{3,}$")
_HOME_WORD = re.compile(r"首[页頁]|主[页頁]|ホーム|トップ")


def _name_word(word: str) -> bool:
    """A home link's word that may be the site's name: five letters or more ("Home" is none), or three ideographs or
    kana and no word for the home page."""
    if _IDEOGRAPHIC.match(word):
        return not _HOME_WORD.search(word)
    return len(word) >= 5


def _short_name(text: str) -> bool:
    """Whether a link's text is short enough to be a site's name: four words, or in an unspaced script (counted two
    letters a word) sixteen letters ("บ้านนกฮูก")."""
    return count_words(text) <= 4 or bool(_UNSPACED.search(text)) and len(text.strip()) <= 16


def follow_site(text: str, names: tuple[str, ...]) -> bool:
    """A short line bidding the reader follow the site itself by its own name ("लल्लनटॉप को फ़ॉलो करें", "Follow
    Bookvolt for more"), never a line with a score."""
    # (a line in an unspaced script is counted two letters a word: eighty letters are some thirty words of Thai)
    short = count_words(text) <= 30 or _UNSPACED.search(text) and len(text) <= 80
    if not names or not short or has_score(text) or not FOLLOW.search(text):
        return False
    # (in the scripts written without spaces the name is glued to the verb: "ติดตามบ้านนกฮูกทางแชท")
    return any(re.search(re.escape(name) if _UNSPACED.search(name) else rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I)
               for name in names)
