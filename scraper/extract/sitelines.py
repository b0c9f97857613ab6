"""The site's and its platform's own lines left among a post body's blocks, read by shape and position.

- A follow plea closing the review: a short line that closes the review's box (every block after it in the same
  parent was removed, in the second half of the body) and names where to follow the writer: a social network with a
  handle ("… on Instagram @ana.reads"), or an account word (page, channel, profile, group) beside a network or a quoted
  name together with a verb root of following, subscribing or joining, in many languages ("follow our Facebook page
  'X'", "subscribe to the YouTube channel", "become a member of the 'X' group"; a blog or a site counts as the place, and
  Hebrew's and Arabic's glued prepositions are read: "מוזמנים לעקוב", "בבלוג"), or, whatever the verb, the writer's
  own ("my", "our") or exclaimed place on a network by its name in quotation marks ("my YouTube channel «Ana reads»,
  drop in!"; "her blog «X» on Instagram" in a review is someone else's); or a platform's follow button by its
  own name (KakaoStory's 소식받기); or a network, a verb of following and the writer's own ("my", "our") whatever it is
  ("follow our reading circle on Facebook: X", "følg min lesering på Instagram"); or, no network named, a verb of following and the writer's own account ("follow my
  page", "ติดตามเพจ…") or a pointer to it ("link in bio", "link w profilu"), or the site's own name as its home link writes it ("लल्लनटॉप को फ़ॉलो करें").
- Anywhere, a short line between the paragraphs bidding the reader join the writer's own account on a named network
  (the network, "my"/"our" account word and a verb of joining, all three), or vote for the blog.
- The article's credit line ("Author of the article: Ann Lee") among the first or last blocks, the disclaimer that the
  opinions are the writer's own among the last, a staff pick's "Recommended by Ana, Riverside" closing its box (creditlines).
- A subscription offer closing the article: a short line with a price for a period ("Join for $1 a week", "4.90 ש"ח
  לחודש"), or a free first period or one at a token price ("first month free", "first month for $1": couponline).
- The engine's "published on" line at the start or the end: it opens with a participle of publishing or posting and
  holds a clock time, or a whole date and a category or byline ("Posted in Fiction on 3 May 2026 by Ana"); a book's
  info line "Published: 3 May 2026" (a label and a date, nothing more) stays; or, short, that participle, a whole date
  and a link to a person's page on the site (the writer's: "Published: <a href=/authors/ana>Ana</a> 3 May 2026").
- The writer's bio after the review: among the last three blocks, a short paragraph that opens with the writer's
  name as the byline at the top gave it (or the page's declared author) and goes on about them.
- A bulletin board's push lines (PTT and its kin): "推 user: text 11/26 22:31", two or more, wherever they stand.
- A shop's review badge row: a short line holding a verified-purchase badge ("Verified Purchase", "Amazonで購入").
- The engine's row under the post linking to its sign-in page ("1,482 reads · Log in to post comments"), short.
- A bulletin board's system line under the post: "※", a short label, and a web or IP address ("※ 文章網址: https://…").
- An aside wholly in brackets asking the reader to act on the platform (like, vote, follow, share, or push: PTT's
  like, "（有幫助的話推一下）"), anywhere.
- A letter's closing among the last blocks: a short block whose last line, after a break, is the closing signature
  ("See you next week.<br>Ana 드림", "<br>Love, Ana"), without a score.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .moreonsite import follows_on_news_reader, more_on_own_site, names_news_reader
from .ownshop import own_shop_line
from .shopplug import shop_plug
from .couponline import FREE_TRIAL, INTRO_PRICE
from .creditlines import credit_lines, own_views_disclaimer, picked_by, funder_credit
from .contributorline import contributor_line; from .deskbio import desk_bio  # (a reader's "（place　occupation　name　52）"; "The writer is a …")
from .submissioncall import submission_call
from .sitenotices import access_line, edge_rows, library_card_ask, subscription_box, views_disclaimer
from .deskcredits import desk_credits  # (a desk's "Reporter: …<br>Editor: …" box)
from .creditrow import credit_row  # (a row of credits: "Words by A · Illustrations by B", "Review: A · © Service")
from .datelines import CLOCK, FULL_DATE
from . import followlines, readerreview, siteaccounts  # (siteaccounts: the site's messenger account, its newsletter)
from .nodes import HEADING_TAGS, text_of
from .platforms import READER_ACTIONS, SOCIAL_NAME
from .pleas import SITE_KIND
from .ownchannel import boxed_channel  # (the site's server, channel or official account, boxed anywhere: ownchannel)
from .promo import PRICE
from .rating import has_score
from .words import count_words
from .casefold import guarded
from .signoff import sign_off  # (sitelines.sign_off: its callers and tests)

# the networks' names in Devanagari as Hindi, Nepali and Marathi write them (beside platforms.SOCIAL_NAME's)
_MORE_NETWORKS = re.compile(r"फ़?ेसबुक|युट्युब|युट्यूब|इन्स्टाग्राम|इंस्टाग्राम|ट्विटर|टिकटक|टिकटॉक|ह्वाट्सएप|व्हाट्सऐप|"
                            # ... and in Tamil script
                            r"யூடியூப்|யூட்யூப்|ஃபேஸ்புக்|பேஸ்புக்|இன்ஸ்டாகிராம்|இன்ஸ்டா|ட்விட்டர்|டெலிகிராம்|"
    r"(?<!\w)(?:ВК|VK|vk\.com)(?!\w)")  # (VKontakte by its short name, in capitals: "в ВК")
_MORE_NETWORKS = guarded(_MORE_NETWORKS)  # (casefold.Guarded: its words looked for first)
# a network's book community named as the place itself ("find me on Bookstagram: @handle"): Instagram, TikTok, YouTube
_BOOK_COMMUNITY = re.compile(r"(?<!\w)(?:bookstagram|booktok|booktube|bookblr|букстаграм\w*|буктьюб\w*|буктюб\w*|букток\w*)(?!\w)", re.I)
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_][\w.]{1,29}")
# where one follows a writer: a page, a channel, a profile, an account, a group (in many languages)
_ACCOUNT = re.compile(
    r"(?<!\w)(?:page|channel|profile|account|group|página|pagina|canal|perfil|cuenta|conta|profilo|chaîne|compte|profil|"
    r"groupe|grupo|gruppo|seite|stranic\w*|kanal|konto|gruppe|groep|grupa|grupp|ryhmä|sivu|oldal\w*|csatorn\w*|csoport\w*|страниц\w*|канал\w*|профил\w*|акк?аунт\w*|"
    r"club|clube|klub\w*|клуб\w*|kulüb\w*|"  # (a reading club the writer runs on a network)
    r"bookstagram|booktok|booktube|bookblr|букстаграм\w*|буктьюб\w*|"  # (the account by its book community's name, in any language)
    r"групп?\w*|σελίδα|κανάλι|προφίλ|ομάδα|sayfa\w*|hesab\w*|grub\w*|halaman|akun|grup|trang|kênh|nhóm|"
    r"صفح\w*|قنا\w*|حساب\w*|مجموع\w*|کانال|گروه|[ובלהמשכ]{0,2}(?:עמוד|ערוץ|חשבון|פרופיל|קבוצ\w*)|"
    r"გვერდ\w*|არხ\w*|ჯგუფ\w*|პროფილ\w*|էջ\w*|ալիք\w*|խումբ\w*|խմբ\w*|պրոֆիլ\w*)(?!\w)|"
    r"පිටුව|පිටුවේ|පිටුවට|චැනලය|නාලිකාව|ගිණුම|"
    r"পেজ|পেইজ|চ্যানেল|প্রোফাইল|গ্রুপ|পেজে|पेज|च्यानल|चैनल|चॅनल|चॅनेल|प्रोफाइल|ग्रुप|ग्रूप|समूह|"
    r"채널|페이지|계정|프로필|그룹|チャンネル|ページ|アカウント|プロフィール|グループ|頻道|频道|帳號|账号|主頁|主页|粉絲專頁|粉专|粉專|群組|群组|"
    r"專欄|专栏|公众号|公眾號|"
    r"เพจ|ช่อง|บัญชี|กลุ่ม|சேனல|பக்கத|பக்கம|குழு", re.I)
# a verb root of following, subscribing or joining (a bidding in these lines)
_FOLLOW = re.compile(
    r"(?<!\w)(?:(?:follow|subscribe|join)\b|folg|abonn|suiv|rejoign|sigue|siga|segu|volg|följ|følg|seuraa|tilaa|obserwuj|subskryb|"
    r"sleduj|odebír|(?:za)?pratite|(?:za)?prati\s+nas|(?:за)?пратите|(?:за)?прати\s+нас|sledite|spremljajte|следете|kövess|urmări|takip|abone|katıl|abunə|qoşul|obuna|a['ʻ‘’]zo\s+bo|agza\s+bol|жазылыңыз|мүше\s+бол|ikuti|gabung|langgan|theo\s+dõi|đăng\s+ký|tham\s+gia|последва|следв|абонир|"
    r"подпиш|подпис|вступ|присоедин|стежте|підпис|ακολουθ|εγγραφ|تابع|اشترك|انضم|دنبال|عضو|"
    r"[ולשות]{0,2}(?:עקו?ב|הירשמ|הרשמ|הצטרפ)|გამოიწერ|გამოგვყევ|მოგვყევ|შემოგვიერთდ|հետևե|բաժանորդագր|միացե)|"
    r"ෆලෝ|සබ්ස්ක්‍රයිබ්|එකතු\s+වෙන්න|"
    r"ফলো|অনুসরণ\s+কর|अनुसरण\s+कर|সাবস্ক্রাইব|যুক্ত\s+হোন|যোগ\s+দিন|সদস্য\s+হোন|फॉलो|फ़ॉलो|सब्सक्राइब|सबस्क्राइब|सदस्य\s+(?:व्हा|बनें|बन्नु)|जुड़ें|जोडिनु|"
    r"팔로우|구독|가입|フォロー|登録|参加|關注|关注|追蹤|追踪|訂閱|订阅|加入|ติดตาม|สมัคร|பின்தொடர|சப்ஸ்(?:கி|க்|க்கி)ரைப்|இணை(?:யுங்கள்|ந்திடுங்கள்)", re.I)
# the bidding to follow the writer's own account, named without its network: a verb of following and "my"/"our" account
# ("follow my page", "abonnez-vous à ma chaîne", "подпишитесь на мой канал"), or, in the scripts written without spaces,
# the verb and the account word as one ("ติดตามเพจ", "关注公众号"); "la historia sigue al grupo" is the story
_OWN = (r"(?:my|our|mi|mis|nuestr[oa]s?|ma|mon|mes|notre|nos|mein(?:e[mnr]?)?|unser(?:e[mnr]?)?|(?:il\s+|la\s+)?mi[oa]|"
        r"(?:il\s+|la\s+)?nostr[oa]|(?:o\s+|a\s+)?(?:meu|minha|nosso|nossa)|мо[йюеия]|наш\w*|moj\w*|nasz\w*)")
# "my", "our" as a word of its own (a review's "her blog 'X' on Instagram" is someone else's)
_OWN_WORD = re.compile(rf"(?<!\w){_OWN}(?!\w)|(?<!\w)(?:мі[йю]|мо[єїя]|իմ|մեր|ჩემ\w*|ჩვენ\w*)(?!\w)|שלי|שלנו|මගේ|අපේ|"
                       # (nb, nn, da, sv; nl; cs, sk; ro)
                       r"(?<!\w)(?:min|mitt|mine|mina|vår|vårt|våre|våra|vor|vort|vores|mijn|onze|můj|moje|náš|naše|môj|naša|"
                       r"meu|mea|nostru|noastr[ăe])(?!\w)", re.I)
_FOLLOW_MINE = re.compile(
    rf"(?:{_FOLLOW.pattern})\w*(?:-\w+)?\s+(?:(?:to|on|à|a|an|auf|na|на|no|di|de|en|in|al)\s+)?{_OWN}\s+(?:{_ACCOUNT.pattern})|"
    # (in Chinese "my" may stand between: "追蹤我的粉專", "关注一下我的专栏")
    r"(?:ติดตาม|关注|關注|追蹤|追踪|訂閱|订阅|フォロー)\s?(?:一下)?(?:我們|我们|我|本站)?的?"
    r"(?:เพจ|ช่อง|กลุ่ม|公众号|公眾號|頻道|频道|主頁|主页|粉絲專頁|粉絲頁|粉丝页|粉專|粉专|專欄|专栏|部落格|博客|アカウント|チャンネル)", re.I)
_FOLLOW_MINE = guarded(_FOLLOW_MINE)  # (casefold.Guarded: its words looked for first)
# the writer's own account word, an adjective or two between ("my book club", "мой книжный клуб"), or the network's
# name joined to it by a hyphen ("наш Telegram-канал", "unserem Instagram-Kanal", "our YouTube-channel")
_OWN_ACCOUNT = re.compile(rf"(?<!\w){_OWN}(?:\s+[^\W\d_]+){{0,2}}(?:\s+|(?<=[^\W\d_])-)(?:{_ACCOUNT.pattern})", re.I)
# a bidding to vote for the blog (a blog contest's, a ranking's button): a vote imperative, the blog its object within
# three words ("vote for the blog", "гласувайте за блога", "votez pour ce blog", "głosujcie na mojego bloga")
_VOTE_BLOG = re.compile(
    r"(?<!\w)(?:vote|votez|votad|votate|voten|votem|stemt?|rösta|głosuj\w*|zagłosuj\w*|голосуй\w*|проголосуй\w*|гласувай\w*|"
    r"гласајте|hlasuj\w*|szavazz\w*|ψηφίστε)(?:\W+[^\W\d_]+){0,3}?\W+(?:blog\w*|блог\w*|μπλογκ|ιστολόγιο)(?!\w)", re.I)
_VOTE_BLOG = guarded(_VOTE_BLOG)  # (casefold.Guarded: its words looked for first)
# the social platforms' pointer to the writer's own page: "link in bio", pl "link w profilu", de "Link im Profil", es "enlace
# en mi perfil", fr "lien dans ma bio", pt "link na bio", it "link nel profilo"
_LINK_IN_BIO = re.compile(
    r"(?<!\w)(?:link|lien|enlace|linku)\s+(?:in|on|w|im|in\s+der|en|dans|na|no|nel|op|i)\s+(?:(?:my|mi|ma|mon|moim|meinem|meiner|"
    r"mijn|min)\s+)?(?:bio|profil\w*|perfil|profile|profilo)(?!\w)", re.I)
# a platform's follow button by its own name: KakaoStory's "receive news" (소식받기)
# ... and the Chinese bidding to press the follow button ("点个关注", "點一下追蹤")
_FOLLOW_BUTTON = re.compile(r"소식\s?받기|[點点按](?:個|个|一?下)(?:關注|关注|追蹤|追踪|訂閱|订阅)")
# a bulletin board's system line under a post: the reference mark, a short label and machine data (a web address,
# an IP address): "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 36.229.104.18", "※ 文章網址: https://…"
_SYSTEM_LINE = re.compile(r"^※\s*[^\s:：]{2,8}\s*[:：].*(?:https?://|(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.]))")
# a subscription offer: an amount of money (promo.PRICE, or the shekel written out) for a period
_SHEKELS = re.compile(r"\d[\d.,]*\s?(?:ש\"ח|ש״ח|NIS)")
_PER_PERIOD = re.compile(
    r"(?:\ba|\bper|/)\s?(?:month|year|week|mo)\b|\bmonthly\b|\bal\s+mes\b|\bpar\s+mois\b|\bpro\s+monat\b|\bim\s+monat\b|"
    r"\bal\s+mese\b|\bpor\s+mês\b|\bper\s+maand\b|в\s+месяц|/мес|на\s+місяць|לחודש|בחודש|לשנה|شهري|في\s+الشهر|"
    r"/월|월\s?\d|月額|每月|ต่อเดือน|mỗi\s+tháng|per\s+bulan|aylık|miesięcznie|měsíčně|"
    # (sw; hr/bs/sr/sl, bg/mk; sv/no/da; fi; hu; ro; el; hi)
    r"\bkwa\s+(?:mwezi|wiki|mwaka)\b|\bkila\s+mwezi\b|\bmj?ese[čc]no\b|\bna\s+mj?esec\b|мј?есечно|на\s+месец|"
    r"\b(?:i|om|per|pr\.?)\s+(?:månaden|månad|måneden|måned|md\.?)\b|\bkuukaudessa\b|/kk\b|\bhavonta\b|/hó\b|\bpe\s+lun[ăa]\b|"
    r"(?:το|ανά)\s+μήνα|प्रति\s+(?:माह|महीना)", re.I)
# PTT's like is a push: an ask for one ("有幫助的話推一下", "給個推")
_PUSH_ASK = re.compile(r"推一下|給(?:個|我)?推|求推|請推|幫推")
# a whole block in brackets: an aside
_BRACKETED = re.compile(r"^\s*[（(][^()（）]+[）)]\s*$")
_WORDS = re.compile(r"[^\s\d.,:;!?()\[\]|/·–—\"'“”«»]+")
_QUOTED = re.compile(r"[\"“”„«'‘’「『][^\"“”„«»'‘’」』]{2,40}[\"“”»'‘’」』]")

# a participle of publishing or posting opening the engine's line
_PUBLISHED = re.compile(
    r"^\W*(?:published|posted|publié|publiée|publicado|publicada|pubblicato|veröffentlicht|gepubliceerd|publicerad|publiceret|"
    r"publisert|julkaistu|opublikowano|publikováno|publikované|опубликовано|опубліковано|публикувано|објављено|objavljeno|"
    r"δημοσιεύτηκε|δημοσιεύθηκε|yayınlanma|yayınlandı|diterbitkan|dipublikasikan|đăng\s+(?:lúc|ngày)|פורסם|نُ?شر|منتشر\s+شده|"
    r"प्रकाशित|প্রকাশিত|公開日|投稿日|发布于|發佈於|发表于|發表於|게시일|작성일|เผยแพร่)(?!\w)", re.I)

# a link to the site's sign-in page ("Log in to post comments": Drupal's /user/login?destination=…, WordPress's
# wp-login.php?redirect_to=…)
_LOGIN_HREF = re.compile(r"/(?:user/)?(?:log-?in|sign-?in)(?:[/?#.]|$)|wp-login\.php|[?&](?:destination|redirect_to|returnUrl)=", re.I)
# a bulletin board's push line: its mark (push, boo, arrow), the member, the text, the date and time
_PUSH = re.compile(r"^(?:推|噓|→)\s*[\w.-]{2,20}\s*[:：].*\s\d{1,2}/\d{1,2}(?:\s+\d{1,2}:\d{2})?\s*$")

# a shop's badge for a reviewer who bought the book there
_VERIFIED = re.compile(
    r"verified\s+(?:purchase|buyer|reader)|achat\s+vérifié|verifizierter\s+kauf|compra\s+verificada|acquisto\s+verificato|"
    r"geverifieerde\s+aankoop|zweryfikowany\s+zakup|verifierat\s+köp|doğrulanmış\s+alışveriş|pembelian\s+terverifikasi|"
    r"проверенная\s+покупка|перевірена\s+покупка|ভেরিফায়েড\s+ক্রেতা|যাচাইকৃত\s+ক্রেতা|सत्यापित\s+(?:खरीद|खरीदार|ग्राहक)|"
    r"Amazon\S*\s*で購入|認證購買|已验证购买|구매\s?인증|인증된\s?구매|"
    # (Arabic, Hebrew, Persian, Greek, Czech, Slovak, Hungarian, Romanian, Spanish and Portuguese buyers, Vietnamese, Thai)
    r"مشت[رٍ]ي?\s+موث[قّ]|(?:عملية\s+)?شراء\s+موث[قّ]|רכישה\s+מאומתת|קונ[הת]\s+מאומת|خرید(?:ار)?\s+تا?أ?یید\s*شده|"
    r"επαληθευμένη\s+αγορά|ověřený\s+nákup|overený\s+nákup|ellenőrzött\s+vásárl\w*|achizi[țţ]ie\s+verificat[ăa]|"
    r"comprador(?:a)?\s+verificad[oa]|đã\s+mua\s+hàng|ผู้ซื้อที่ยืนยันแล้ว", re.I)
_VERIFIED = guarded(_VERIFIED)  # (casefold.Guarded: its words looked for first)
_CLOSERS = ("follow-me line", "credit line", "site notice", "membership upsell")  # (what the loop marks closing the box, under a follow line)


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement],
         names: tuple[str, ...] = ()) -> None:
    """Mark the site's own lines among a post body's blocks (``drop`` and ``boxes`` are the cleaning's)."""
    count = len(items)
    texts = [text_of(b) for b in items]
    # (a push line's parts may each be an element of its own: the line is their parent's text)
    lines = [text_of(b.getparent()) if b.tag == "span" and b.getparent() is not None and b.getparent() is not body else t
             for b, t in zip(items, texts)]
    pushes = [i for i, line in enumerate(lines) if _PUSH.match(line)]
    if len({lines[i] for i in pushes}) >= 2:
        for i in pushes:
            drop.setdefault(i, "readers' comments")
    byline = [texts[i] if i in drop else lines[i] for i in range(min(4, count)) if i in drop or items[i].tag not in HEADING_TAGS and count_words(lines[i]) <= 12 and FULL_DATE.search(lines[i])] + list(names)  # (or a short dated line, a byline a later rule takes)
    live = [i for i in range(count) if i not in drop and texts[i]]
    edge = set(live[:3] + live[-3:])
    # (a credit also stands anywhere in the post's head, the short lines before its first paragraph of prose: kicker,
    # headline, the book's record line, then "評・<name>（<role>）")
    prose = next((n for n, k in enumerate(live[:6]) if count_words(texts[k]) >= 30), 0)
    head = set(live[:prose])
    rows = edge_rows(items, live)  # (the edge, an action bar's inline items counted as one row: sitenotices)
    for i, block in enumerate(items):
        if i in drop or block.tag in ("blockquote", "pre", "table") or not texts[i]:
            continue
        text, words = texts[i], count_words(texts[i])
        if words <= 12 and _VERIFIED.search(text):
            # (the badge's row with the reviewer's name and the date, when they are elements of their own)
            parent = block.getparent()
            row = parent is not None and parent is not body and count_words(text_of(parent)) <= 12
            drop[i], boxes[i] = "review badge row", parent if row else block
        elif words <= 30 and _SYSTEM_LINE.match(text):
            drop[i], boxes[i] = "platform line", block
        elif words <= 40 and _BRACKETED.match(text) and not has_score(text) and bracketed_ask(text):
            drop[i], boxes[i] = "aside to the reader", block
        elif i in edge and (published_line(text) or posted_by_link(block, text)):
            drop[i], boxes[i] = "dateline", block
        elif (i in live[-3:] and words <= 12 or i in live[:3] and words <= 20) and any(_LOGIN_HREF.search(a.get("href", "")) for a in block.iter("a")):
            # the engine's row under the post: a count and a link to sign in to comment; over it, a forum's greeting
            # row ("Welcome, Guest: Join / Log in")
            drop[i], boxes[i] = "sign-in row", block
        elif i in live[-3:] and words <= 40 and sign_off(block):
            drop[i], boxes[i] = "letter closing", block
        elif i in live[-3:] and (bio_box(block, body, text) or desk_bio(text, byline + [texts[k] for k in range(min(8, count)) if items[k].tag not in HEADING_TAGS])) or i >= count / 2 and writer_bio(text, byline) \
                and (i in live[-3:] or all(count_words(texts[k]) <= 10 for k in live if k > i)):  # (or the last line of sentences, short rows after it)
            drop[i], boxes[i] = "writer's bio", block
        elif i >= count / 2 and words <= 30 and _closes_box(items, i, drop) and (PRICE.search(text) or _SHEKELS.search(text)) \
                and _PER_PERIOD.search(text) and not has_score(text) or i >= count / 2 and words <= 30 \
                and _closes_box(items, i, drop) and (FREE_TRIAL.search(text) or INTRO_PRICE.search(text)) and not has_score(text):
            drop[i], boxes[i] = "membership upsell", block  # a subscription offer closing the article
        # (late: in the body's second half, or among the last two lines of a short box, a reader's review of one
        # paragraph and its plea)
        elif (i >= count / 2 or i > 0 and i in live[-2:]) and _closes_box(items, i, drop) and _follow_line(block, text, body):
            drop[i], boxes[i] = "follow-me line", block
        elif i in live[-4:] and _closes_box(items, i, drop) and own_shop_line(block, body, text, words):
            drop[i], boxes[i] = "own shop line", block  # the site's own bookshop plugged last (ownshop)
        elif (i in rows or i in head) and (views_disclaimer(text) or access_line(text)):
            # the article's views not the site's (named as creditlines' older forms are); the paywall's access line (sitenotices)
            drop[i], boxes[i] = "credit line" if views_disclaimer(text) else "site notice", block
        elif i >= count / 2 and _closes_box(items, i, drop) and library_card_ask(block):
            drop[i], boxes[i] = "membership upsell", block  # a library's bidding to get a card, closing its box (sitenotices)
        elif words <= 60 and (box := subscription_box(block, body)) is not None:
            drop[i], boxes[i] = "subscription box", box  # a box asking for a subscription, its link to the subscription page (sitenotices)
        elif (i in edge or i in head) and credit_row(text, lambda: " ".join(texts[k] for k in live if k != i)):
            drop[i], boxes[i] = "byline row" if i in head or i in live[:3] else "credit line", block  # (a row of credits: creditrow)
        elif (i in edge or i in head) and (credit_lines(text) or desk_credits(block)) or i in live[-3:] and (own_views_disclaimer(text) or contributor_line(text) or funder_credit(text, lambda: home_names(body))) or i >= count / 2 and _closes_box(items, i, drop) and picked_by(text):
            drop[i], boxes[i] = "credit line", block  # the article's writer credited, the opinions declared theirs, a pick signed
        elif (i in live[-3:] or i in rows and i not in live[:3]) and submission_call(text):  # (an action bar's counts one row)
            drop[i], boxes[i] = "call for submissions", block  # the paper's call for readers' pieces (submissioncall)
        elif shop_plug(block, text, words):
            drop[i], boxes[i] = "shop plug", block  # a shop's line with a button-like link, anywhere (shopplug)
        elif interjected_plea(text) or words <= 30 and boxed_channel(block, body, text, home_names):
            drop[i], boxes[i] = "aside to the reader", block  # (set between the review's paragraphs, anywhere)
    for i in reversed(range(count)):  # (a follow line over a follow line or the site's disclaimer the loop marked after it: it closes the box now)
        if i not in drop and texts[i] and items[i].tag not in ("blockquote", "pre", "table") and (i >= count / 2 or i > 0 and i in live[-2:]) \
                and _closes_box(items, i, drop) and any(drop.get(k) in _CLOSERS for k in range(i + 1, count)) and _follow_line(items[i], texts[i], body):
            drop[i], boxes[i] = "follow-me line", items[i]
    readerreview.meta_lines(items, body, drop, boxes)  # a reader's review box's own widgets, the box kept alone


def _follow_line(block: HtmlElement, text: str, body: HtmlElement) -> bool:
    """A follow plea, a bidding to follow the site or its newsletter, news reader or messenger account (``mark``)."""
    return bool(follow_plea(text) or follow_site(text, names := home_names(body)) or more_on_own_site(text) or follows_on_news_reader(block, text)
                or names_news_reader(text, _FOLLOW) or followlines.opening_follow(text, names) or siteaccounts.site_account(block, text, names))


def _closes_box(items: list[HtmlElement], index: int, drop: dict[int, str]) -> bool:
    """Whether every block after this one in its parent was removed (or there is none): it closes its box."""
    parent = items[index].getparent()
    return all(k in drop for k in range(index + 1, len(items)) if items[k].getparent() is parent)


def follow_plea(text: str) -> bool:
    """A short line naming where to follow the writer (module docstring), never a line with a score."""
    if count_words(text) > 30 or has_score(text):
        return False
    network = SOCIAL_NAME.search(text) or _MORE_NETWORKS.search(text) or _BOOK_COMMUNITY.search(text)
    if network and _HANDLE.search(text) or foreign_handle(text):
        return True
    if _FOLLOW_BUTTON.search(text) or _FOLLOW_MINE.search(text) or _LINK_IN_BIO.search(text):
        return True
    if network and _FOLLOW.search(text) and _OWN_WORD.search(text):  # ("follow our reading circle on Facebook: X")
        return True
    quoted = _QUOTED.search(text)
    if not (network or quoted) or not (_ACCOUNT.search(text) or SITE_KIND.search(text)):
        return False
    # a place the writer keeps (a page, a channel, a blog) and a verb of following; or, on a network, by its own name
    # in quotation marks ("my channel on YouTube «Ana reads», drop in!"), whatever the verb
    return bool(_FOLLOW.search(text) or network and quoted and (_OWN_WORD.search(text) or text.rstrip().endswith(("!", "！"))))


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
    from .notes import _disclosure_in  # (late: notes reads the cleaned body)
    return not _disclosure_in(text)


def interjected_plea(text: str) -> bool:
    """A short line anywhere in the body bidding the reader follow or join the writer's own account on a named network
    ("My book club on VK, join us!": the network, "my" account word and a verb of joining, all three), or vote for the
    blog ("Vote for the blog if you like it!"); never a line with a score. (A story's "she joins a group on Facebook"
    is no one's own account.)"""
    if count_words(text) > 25 or has_score(text):
        return False
    if _VOTE_BLOG.search(text):
        return True
    return bool((SOCIAL_NAME.search(text) or _MORE_NETWORKS.search(text)) and _OWN_ACCOUNT.search(text) and _FOLLOW.search(text))


def home_names(body: HtmlElement) -> tuple[str, ...]:
    """The site's own name as its pages write it: the words (five letters or more: not "Home", "होम") of the links to its
    home page ("/"), the logo's and the breadcrumb's."""
    root = body.getroottree().getroot()
    words = {w for a in root.iter("a") if (a.get("href") or "").strip() in ("/", "./")
             for w in _WORDS.findall(text_of(a)) if len(w) >= 5 and _short_name(text_of(a))}
    return tuple(sorted(words))


# the scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, kana and the CJK ideographs
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]")


def _short_name(text: str) -> bool:
    """Whether a link's text is short enough to be a site's name: four words, or in an unspaced script (counted two
    letters a word) sixteen letters ("บ้านนกฮูก")."""
    return count_words(text) <= 4 or bool(_UNSPACED.search(text)) and len(text.strip()) <= 16


def follow_site(text: str, names: tuple[str, ...]) -> bool:
    """A short line bidding the reader follow the site itself by its own name ("लल्लनटॉप को फ़ॉलो करें", "Follow
    Bookvolt for more"), never a line with a score."""
    # (a line in an unspaced script is counted two letters a word: eighty letters are some thirty words of Thai)
    short = count_words(text) <= 30 or _UNSPACED.search(text) and len(text) <= 80
    if not names or not short or has_score(text) or not _FOLLOW.search(text):
        return False
    # (in the scripts written without spaces the name is glued to the verb: "ติดตามบ้านนกฮูกทางแชท")
    return any(re.search(re.escape(name) if _UNSPACED.search(name) else rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I)
               for name in names)


def published_line(text: str) -> bool:
    """The engine's published-on line (module docstring)."""
    if count_words(text) > 25 or not _PUBLISHED.match(text) or text.rstrip().endswith((".", "!", "?", "。")):
        return False
    return bool(CLOCK.search(text) or (FULL_DATE.search(text) and count_words(text) > 6))


# a link to a person's page on the site: the writer's archive or profile (WordPress's /author/, forums' /user/, /members/)
_PERSON_HREF = re.compile(r"/(?:authors?|autor(?:es|en|zy)?|auteurs?|autori|writers?|users?|members?|profiles?|people|"
                          r"u|by|~)/[^/?#]+", re.I)


def posted_by_link(block: HtmlElement, text: str) -> bool:
    """The engine's posted-by row: short, it opens with a participle of publishing, holds a whole date and links to a
    person's page ("Published: <a href=/authors/ana>Ana Lee</a> 3 May 2026"); a book's info line ("Published: 3 May
    2026", "Published: <a href=/publisher/x>X</a>, 2019") links to no person."""
    if count_words(text) > 12 or not _PUBLISHED.match(text) or not FULL_DATE.search(text):
        return False
    return any(a.get("rel") == "author" or _PERSON_HREF.search(a.get("href") or "") for a in block.iter("a"))


def writer_bio(text: str, bylines: list[str]) -> bool:
    """A short paragraph about the writer: it opens with a name (two to four words) the byline gave, and goes on."""
    words = text.split()
    if not 6 <= count_words(text) <= 45:
        return False
    for size in (2, 3, 4):
        name = " ".join(words[:size]).rstrip(",:")
        # (every word of a name capitalised where the script has case; a byline is a short line)
        if len(name) >= 5 and not any(w[:1].islower() for w in name.split()) \
                and any(name in line for line in bylines if line and line != text and count_words(line) <= 12):
            return True
    return False


# a box a theme names for a person's bio ("bio", "author-about", "about-me"), by a whole part of its class or id
_BIO_CLASS = re.compile(r"(?:^|[-_\s])(?:bio|biography|about|author|autor|auteur)(?:$|[-_\s])", re.I)


def bio_box(block: HtmlElement, body: HtmlElement, text: str) -> bool:
    """A short block among the post's last lines, in a box the theme names for a bio, that speaks of the site the writer
    keeps ("… notes what she reads on this blog since 2014"): the writer's bio. (The book's author's biography names no
    blog, and stays.)"""
    element = block  # (the box's name first: the cheap test)
    while element is not None and element is not body and len(text_of(element)) <= len(text) + 40:
        if _BIO_CLASS.search(f"{element.get('class') or ''} {element.get('id') or ''}"):
            return count_words(text) <= 60 and bool(SITE_KIND.search(text)) and not has_score(text)
        element = element.getparent()
    return False


def bracketed_ask(text: str) -> bool:
    """An aside in brackets asking the reader to act on the platform: like, vote, follow, subscribe, share, comment,
    or push (PTT's like): "（有幫助的話推一下）", "(hit the like if this helped!)"."""
    return bool(_PUSH_ASK.search(text) or _FOLLOW_BUTTON.search(text) or any(p.search(text) for p in READER_ACTIONS.values()))
