"""The site's own place on a chat platform or a social network, named in a short line: its server, channel or group.

Wikis, magazines and blogs point the reader to where their community talks or where their news is posted, in one short
line besides the review: "Our Telegram channel: new reviews every week", "Want to talk about the book live? Come by
the wiki's Discord server, channel #book-club", "Follow the magazine's official X for new columns", "本誌の公式Xを
フォローすると…". ``followpleas.follow_plea`` needs a verb of following and "my"/"our", ``siteaccounts.messenger_follow``
a messenger and a verb; these lines name the place without either. Their shape:

- short (30 words; 90 letters in the scripts written without spaces), no score, no note the review carries;
- a chat platform (Discord, Telegram, WhatsApp, Slack, Signal, Matrix, Viber …) and a place on it: a server, a channel,
  a group, a chat, a community word (``_PLACE``), or the platform's own channel mark ("#book-club") or invitation
  link (discord.gg, t.me, chat.whatsapp.com …); and the place is the site's: "our" (``siteaccounts.OWN_NEWS``),
  "official", the site's name or kind (the wiki, the forum, the blog), a channel mark or an invitation link;
- or a social network (X as the networks write it now, bare, after "official" or before a Japanese particle, "on X")
  and a verb of following, the account "official" ("Follow the official X/Instagram of …").

Position is the caller's: ``sitelines.mark`` asks of a line closing the review's box late in the body (as for the
other site accounts), or of a line anywhere that sits apart in a box of its own (a theme's notice between paragraphs).
A review's sentence about a character's Telegram group names no site's place ("the heroine runs a Telegram channel"),
and "the story follows X" names no network.
"""

from __future__ import annotations

import re

from .casefold import guarded
from .rating import has_score
from .words import count_words

# the chat platforms, in Latin letters and in the scripts that write them otherwise
_CHAT = re.compile(
    r"(?<![A-Za-z])(?:discord|telegram|whats\s?app|slack|viber|guilded|zulip|kakao\s?talk|(?-i:LINE))(?![A-Za-z])|"
    r"дискорд\w*|телеграм\w*|телеграмм\w*|вотсап\w*|ватсап\w*|вайбер\w*|тг-канал\w*|"
    r"דיסקורד|טלגרם|וואטסאפ|ديسكورد|تيليجرام|تلغرام|تلگرام|واتساب|دیسکورد|"
    r"डिस्कॉर्ड|टेलीग्राम|व्हाट्सएप|ディスコード|テレグラム|디스코드|텔레그램|카카오톡|"
    # (the South Asian scripts: ur, pa, bn, ta, te, kn, gu, ml, mr/hi spellings with and without the space)
    r"واٹس\s?ایپ|ٹیلی\s?گرام|ਵਟਸ\s?ਐਪ|ਵ੍ਹਾਟਸ\s?ਐਪ|ਟੈਲੀਗ੍ਰਾਮ|ਟੈਲੀਗਰਾਮ|হোয়াটস\s?অ্যাপ|টেলিগ্রাম|வாட்ஸ்\s?அப்|டெலிகிராம்|"
    r"వాట్సాప్|వాట్సప్|టెలిగ్రామ్|ವಾಟ್ಸ್\s?ಆ್ಯಪ್|ವಾಟ್ಸಾಪ್|ಟೆಲಿಗ್ರಾಂ|ವ್ಹಾಟ್ಸ್\s?ಆ್ಯಪ್|વોટ્સ\s?એપ|ટેલિગ્રામ|വാട്ട്സ്\s?ആപ്പ്|"
    r"ടെലിഗ്രാം|व्हॉट्स\s?ॲप|व्हाट्सऐप|टेलिग्राम", re.I)
_CHAT = guarded(_CHAT)  # (casefold.Guarded: its words looked for first, in the folded text)
# a place on it: a server, a channel, a group, a chat, a community (en es/gl/pt fr it de nl sv/no/da pl cs/sk ru/uk bg/sr
# el tr id/ms vi sw he ar fa hi ja ko zh)
_PLACE = re.compile(
    r"(?<!\w)(?:server\w*|servidor\w*|serveur\w*|serwer\w*|сервер\w*|channel\w*|canal\w*|chaîne|kanal\w*|канал\w*|"
    r"group\w*|grupo\w*|groupe\w*|gruppo|gruppe\w*|groep\w*|grup\w*|групп?\w*|chat\w*|чат\w*|community|comunidad\w*|"
    r"communauté|comunità|comunidade|gemeinschaft|community|społeczność|komunit\w*|сообществ\w*|спільнот\w*|topluluk\w*|"
    r"kênh|nhóm|máy\s+chủ|chaneli|kikundi|ערוץ|קבוצ\w*|שרת|قناة\w*|مجموعة\w*|سيرفر|خادم|کانال|گروه|سرور|"
    r"चैनल|ग्रुप|समूह|چینل|گروپ|ਚੈਨਲ|ਗਰੁੱਪ|ਗਰੁਪ|চ্যানেল|গ্রুপ|சேனல்|குழு|ఛానెల్|ఛానల్|గ్రూప్|ಚಾನೆಲ್|ಗುಂಪು|ಗ್ರೂಪ್|ચેનલ|ગ્રુપ|"
    r"ചാനൽ|ഗ്രൂപ്പ്|サーバー|チャンネル|グループ|서버|채널|그룹|服务器|伺服器|频道|頻道|群组|群組)(?!\w)|(?<=[^\W\d_])-(?:канал|kanal|channel)", re.I)
# the platform's own channel mark: "#book-club", "#club-de-lectura", "#читальня"
_CHANNEL_MARK = re.compile(r"(?<![\w&#])#[^\W\d_][\w-]{2,40}")
# an invitation to a server, a channel or a group, by its address
_INVITE_HREF = re.compile(
    r"^(?:https?:)?//(?:www\.)?(?:discord\.gg/|discord\.com/invite/|discordapp\.com/invite/|t\.me/|telegram\.me/|"
    r"chat\.whatsapp\.com/|whatsapp\.com/channel/|join\.slack\.com/|matrix\.to/|signal\.group/|invite\.viber\.com/)", re.I)
# "official", the account the site's own (beside siteaccounts' "our")
_OFFICIAL = re.compile(
    r"(?<!\w)(?:official|officiel\w*|oficial\w*|offiziell\w*|ufficial\w*|officieel|officiële|officiell\w*|offisiell\w*|"
    r"oficjaln\w*|oficiáln\w*|oficiáln\w*|službeni|службен\w*|официальн\w*|офіційн\w*|επίσημ\w*|resmi|rasmi|"
    r"chính\s+thức|virallinen|hivatalos|ametlik\w*|oficiāl\w*|oficial\w*|רשמי\w*|الرسمي\w*|رسمی|आधिकारिक)(?!\w)|"
    r"公式|官方|공식|ทางการ", re.I)
_OFFICIAL = guarded(_OFFICIAL)  # (casefold.Guarded: its words looked for first, in the folded text)
# the site's kind, as the place's owner ("the wiki's Discord server", "le serveur du forum")
_SITE_KIND = re.compile(r"(?<!\w)(?:wiki\w*|вики\w*|вікі\w*|ויקי|ويكي|ウィキ|위키|维基|維基)(?!\w)", re.I)
# X, the network formerly Twitter, written bare: after "official" or a preposition of place, before a Japanese particle
# or an account word, or with its former name beside it
_X = re.compile(
    r"(?:公式|官方|공식|\b(?:official|on|auf|sur|en|na|em|su|op|på|w|di|trên)\s+|(?<!\w)(?:в|на|у)\s+)X(?![\w&])|"
    r"(?<![A-Za-z0-9])X(?=\s?(?:を|で|の|に|アカウント|账号|帳號|계정|\s?[(（](?:旧|ex-?|formerly|anciennement|ehemals|antes|ранее|eski)?\s?(?:Twitter|ツイッター)))")
_X = guarded(_X)  # (casefold.Guarded: its words looked for first, in the folded text)
# "our" in the South Asian scripts, where ``siteaccounts.OWN_NEWS`` has none (ur pa hi/mr bn ta te kn gu ml)
_OUR = re.compile(r"(?<!\w)(?:ہمارے|ہماری|ہمارا|ਸਾਡੇ|ਸਾਡਾ|ਸਾਡੀ|हमारे|हमारा|हमारी|आमच्या|आमचा|आमची|আমাদের|எங்கள்|మా|ನಮ್ಮ|"
                  r"અમારા|અમારી|અમારું|ഞങ്ങളുടെ|നമ്മുടെ)(?![^\W\d_])")
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _short(text: str) -> bool:
    return count_words(text) <= 30 and (not _UNSPACED.search(text) or len(text.strip()) <= 90)


def own_channel(block, text: str, names: tuple[str, ...] = ()) -> bool:
    """The site's own server, channel or group on a chat platform, or its official account on a network a verb of
    following names (module docstring)."""
    if not text or not _short(text) or has_score(text):
        return False
    invited = any(_INVITE_HREF.match((a.get("href") or "").strip()) for a in block.iter("a")) if block is not None else False
    if _CHAT.search(text) and (_PLACE.search(text) or invited or _CHANNEL_MARK.search(text)):
        from .siteaccounts import OWN_NEWS, has_site_name  # (late: siteaccounts asks this module)
        if not (invited or _CHANNEL_MARK.search(text) or OWN_NEWS.search(text) or _OFFICIAL.search(text)
                or _SITE_KIND.search(text) or _our_chat(text) or has_site_name(text, names)):
            return False
    elif not (_official_follow(text) or _own_video_channel(text)):
        return False
    from .notes import disclosure_in  # (late: notes reads the cleaned body)
    return not disclosure_in(text)


def _our_chat(text: str) -> bool:
    """"Our" governing the chat itself: the chat's name or its place right after it ("ہمارے ٹیلی گرام گروپ", "మా
    టెలిగ్రామ్ గ్రూప్"); "our village's WhatsApp group" ("हमारे गाँव का व्हाट्सएप ग्रुप") is the story's."""
    for found in _OUR.finditer(text):
        rest = text[found.end():].lstrip()
        if _CHAT.match(rest) or _PLACE.match(rest):
            return True
    return False


def _official_follow(text: str) -> bool:
    """A network (X written bare as its posts write it, or a network by its name) and a verb of following, the
    account "official": "Follow the paper's official Instagram", "公式Xをフォローすると…"."""
    from .platforms import SOCIAL_NAME
    from .followpleas import FOLLOW  # (late: sitelines asks this module)
    return bool((_X.search(text) or SOCIAL_NAME.search(text)) and _OFFICIAL.search(text) and FOLLOW.search(text))


def opens_on_pictograph(text: str) -> bool:
    """The line opens on a pictograph ("📢 Join …", "📱 …"): a notice's sign, set apart by its first character as a box
    sets it apart by its frame (a review's sentence opens on a word)."""
    from .closingask import PICTOGRAPH
    return bool(PICTOGRAPH.match(text.lstrip()))


def boxed_channel(block, body, text: str, names) -> bool:
    """``own_channel`` anywhere in the body, of a line set apart in a box of its own (a theme's notice between the
    review's paragraphs: boxed, shrunk or alone in its wrapper) or by a pictograph opening it, or a line holding the
    site's own handle on a network (``ownhandle``); `names` reads the site's names when asked."""
    from .promo import own_wrapper, set_apart
    from .ownhandle import own_handle  # (or the site's own handle on a network, wherever the line stands: ownhandle)
    return block.tag not in ("h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "table", "pre") \
        and ((_CHAT.search(text) or _X.search(text) or _OFFICIAL.search(text)) is not None
             and (set_apart(block, body) or own_wrapper(block, body) or opens_on_pictograph(text))
             and own_channel(block, text, names(body))
             or own_handle(block, body, text))


# the video and blog platforms whose places are channels (YouTube, Dzen, RuTube, VK Video, Twitch, TikTok, Bilibili,
# Niconico), in Latin letters and in the scripts that write them otherwise
_VIDEO = guarded(re.compile(
    r"(?<![A-Za-z])(?:youtube|dzen|rutube|twitch|tiktok|bilibili|niconico)(?![A-Za-z])|ютуб\w*|дзен\w*|рутуб\w*|"
    r"тикток\w*|твитч\w*|יוטיוב|يوتيوب|یوتیوب|यूट्यूब|ইউটিউব|யூடியூப்|యూట్యూబ్|ユーチューブ|유튜브|油管|哔哩哔哩", re.I))
# the writer's own: "my" or "our" before the place, in many languages (siteaccounts.OWN_NEWS has the plural's)
_MY = re.compile(
    r"(?<!\w)(?:my|mon|mein\w*|mi|mio|mia|meu|minha|mijn|mitt|mój|mojego|moim|můj|môj|мой|моём|моем|мій|моєму|мой|"
    r"мае|маім|benim|enyém|הערוץ\s+שלי|قناتي|کانال\s+من|मेरे|मेरा|मेरी|हमारे|हमारा|हमारी|আমার|আমাদের)(?!\w)|"
    r"私の|僕の|わたしの|我的|我們的|我们的|저의|제\s?채널|제\s?유튜브|저희", re.I)


def _own_video_channel(text: str) -> bool:
    """The writer's own channel on a video or blog platform, "my" or "our" before it: "My Dzen channel: short notes
    on books", "हमारे यूट्यूब चैनल पर …" (a review's "the heroine's YouTube channel" is no one's here)."""
    if not (_VIDEO.search(text) and _PLACE.search(text)):
        return False
    from .siteaccounts import OWN_NEWS  # (late: siteaccounts asks this module)
    # (the owner right before the place or the platform: "my Dzen channel", "हमारे यूट्यूब चैनल", "Мой канал на YouTube";
    # an owner that is the place itself, "قناتي", "제 채널", two words at most before the platform: "قناتي على يوتيوب".
    # A word between a bare owner and the place is another owner or the writer's taste: "my sister's YouTube channel",
    # "my favourite YouTube channel", "Мой брат ведёт канал" (rev-bpworld); "My favourite scene is when she deletes
    # her channel" owns no channel)
    return any((_NEAR if _PLACE.search(found.group()) else _NEXT).match(text, found.end())
               for found in (*_MY.finditer(text), *OWN_NEWS.finditer(text)))


_NEAR = re.compile(r"(?:\W+\w+){0,2}?\W*(?:" + _PLACE.pattern + "|" + _VIDEO.pattern + ")", re.I)
_NEXT = re.compile(r"\W*(?:" + _PLACE.pattern + "|" + _VIDEO.pattern + ")", re.I)
