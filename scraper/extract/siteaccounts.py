"""The site's own channels named in a line closing the review: its messenger account and its newsletter.

News sites and magazines close an article with a short line pointing to where else they reach the reader, besides
the social networks ``sitelines`` reads:

- the site's account on a messenger: LINE (its "Official Account", "LINE OA", "LINE@"), WhatsApp's and Telegram's
  channels, Viber's communities, KakaoTalk's channels, Zalo's "OA", WeChat's official account. The line bids the reader
  follow, join or add it ("Follow us on LINE", "ติดตามเราผ่าน LINE OA", "LINE公式アカウントを友だち追加", "카카오톡 채널
  추가", "Theo dõi chúng tôi trên Zalo", "Únete a nuestro canal de WhatsApp"), or says the site delivers its news
  there ("LINEで最新記事をお届けします"). Its shape: a messenger named (or a link to the messenger's address for an
  account: line.me, wa.me, t.me …), a verb of following, joining, adding as a friend or delivering, and the account is
  the site's: "us"/"our", an official account's word, the site's own name as its home link writes it, or the line
  opens with the imperative. A link to the account's address says it alone. A review's sentence about a character in
  a WhatsApp group has no "us", no official account and no imperative opening.
- the site's newsletter announced: "<site>のメールマガジン「X」は毎週土曜日に配信中です", "本站電子報每週五寄送",
  "<site> 뉴스레터는 매주 월요일 발송됩니다", "Our newsletter goes out every Friday". Its shape: a newsletter named
  (``tailasks.NEWSLETTER``), the site's own (its name, "our", "本站", "当サイト") and a delivery or a schedule ("配信",
  "寄送", "발송", "goes out", "every Friday"), or, in the scripts that leave the owner unsaid (ja, zh, ko, th), both a
  delivery and a schedule ("her newsletter goes out every Friday" is someone else's); or a line opening with the
  imperative of subscribing or joining (``followlines.OPENS``: "Abonnéiert de … Newsletter a kritt …", "Tilaa
  uutiskirjeemme"), or opening the line's second clause with "our" newsletter its object after a phrase of purpose
  ("For the news in your inbox, sign up for our newsletter"; no one's words retold: ``reportedspeech``), or closing a verb-last clause with it ("Haftalık bültenimize abone olun"), whoever's
  the newsletter is: a review's sentence about a character's newsletter does not bid the reader. No link needed
  (``tailasks.subscription_ask`` reads the linked ones).

``sitelines.mark`` asks ``site_account`` only of a short line that closes the review's box late in the body.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .rating import has_score
from .reportedspeech import reported  # (someone's words retold: no bidding of the site's)
from .words import count_words

# the messengers: LINE in its capitals (a word "line" is no messenger) or its Thai name; the others by name in our scripts
_LINE = re.compile(r"(?<![A-Za-z])LINE(?![a-z])|ไลน์")
_MESSENGER = re.compile(
    r"(?<![A-Za-z])(?:whats\s?app|telegram|viber|kakao\s?talk|zalo|wechat)(?![A-Za-z])|"
    r"واتس\s?اب|واتساب|تلغرام|تيليجرام|تلگرام|וואטסאפ|ווטסאפ|טלגרם|"
    r"вотсап\w*|ватсап\w*|в[ао]тс[ао]п\w*|телеграм\w*|вайбер\w*|viber\w*|"
    r"व्हाट्सएप|व्हाट्सऐप|वॉट्सऐप|टेलीग्राम|হোয়াটসঅ্যাপ|টেলিগ্রাম|"
    r"카카오톡|카톡|카카오\s?채널|텔레그램|왓츠앱|ワッツアップ|テレグラム|微信|公众号|公眾號|วอทส์แอป", re.I)
# an account's address on a messenger (an invitation, a channel, an official account)
_MESSENGER_HREF = re.compile(
    r"^(?:https?:)?//(?:www\.)?(?:(?:page\.)?line\.me/|lin\.ee/|wa\.me/|whatsapp\.com/channel/|chat\.whatsapp\.com/|"
    r"t\.me/|telegram\.me/|invite\.viber\.com/|vb\.me/|pf\.kakao\.com/|open\.kakao\.com/|(?:oa\.)?zalo\.me/)", re.I)
# the verbs of joining and adding sitelines' FOLLOW lacks; a messenger's own act ("add as a friend", "add the channel");
# the site delivering its news there
_JOIN = re.compile(
    r"(?<!\w)(?:[úu]nete|un[ií]os|[úu]nase|unirte|junte-se|junta-te|unisciti|unitevi|приєдну\w*|долуча\w*|присоединя\w*|"
    r"dołącz\w*|připojte|pridajte|csatlakozz\w*|alătură-te|alăturați-vă|katılın|bergabung(?:lah)?|add\s+us|"
    r"add|adicione|agrega|añade|aggiungi|ajoutez|kết\s+bạn|quan\s+tâm|nhận\s+tin|jiunge|kujiunga|tufuate|ungana\s+nasi)(?!\w)|"
    r"友だち追加|友達追加|友だち登録|友達登録|お届け|配信|加(?:入)?好友|加我們|加我们|(?:친구|채널)[을를]?\s?추가|받아\s?보|"
    r"เพิ่มเพื่อน|เข้าร่วม|รับข่าว", re.I)
# the account is the site's: "us", "our", an official account's word (sitelines' OWN_WORD reads "my"/"our" too)
_SITES = re.compile(
    r"(?<!\w)(?:us|nous|uns|nas|ons|oss|os|nos|ci|noi|nosotros|biz\w*|kami|kita|chúng\s+tôi|нас|нам|official|officiel\w*|"
    r"oficial|offiziell\w*|ufficiale|официальн\w*|офіційн\w*|resmi|chính\s+thức|OA)(?!\w)|"
    r"(?<!\w)(?:yetu|zetu|wetu|nasi|قناتنا|صفحتنا|حسابنا|مجموعتنا|\w+(?:ımız|imiz|umuz|ümüz)\w*|please|bitte)(?!\w)|שלנו|(?<![\w@])@[A-Za-z0-9_][\w.]{1,29}|"
    # (the site's voice, the owner left unsaid: a humble verb of delivering, a polite imperative, a welcome)
    r"お届けします|配信しています|ください|세요|請|请|歡迎|欢迎|"
    r"เรา|ทางการ|公式|官方|本站|本刊|本報|本报|我們|我们|私たち|当サイト|弊社|저희|우리|공식", re.I)


def messenger_follow(block: HtmlElement, text: str, names: tuple[str, ...] = ()) -> bool:
    """A short line bidding the reader follow, join or add the site's account on a messenger (module docstring)."""
    if has_score(text) or not _short(text):
        return False
    if any(_MESSENGER_HREF.match((a.get("href") or "").strip()) for a in block.iter("a")):
        return True
    if not (_LINE.search(text) or _MESSENGER.search(text)):
        return False
    from . import followlines, followpleas  # (late: sitelines calls this module)
    if not (followpleas.FOLLOW.search(text) or _JOIN.search(text)):
        return False
    return bool(_SITES.search(text) or followpleas.OWN_WORD.search(text) or followlines.OPENS.search(text) or has_site_name(text, names))


# a newsletter's delivery ("is sent", "goes out") and its schedule ("every Saturday", "毎週", "매주")
_DELIVERY = re.compile(
    r"(?<!\w)(?:goes\s+out|comes\s+out|is\s+sent|lands|arrives|delivered|erscheint|kommt|paraît|para[iî]t|est\s+envoyée|"
    r"sale|se\s+env[ií]a|sai|é\s+enviad[ao]|esce|viene\s+inviata|verschijnt|komt|kommer|kommer\s+ut|utkommer|"
    r"wychodzi|ukazuje\s+się|vychází|выходит|приходит|виходить|çıkıyor|gönderiliyor|terbit|dikirim|được\s+gửi|phát\s+hành)(?!\w)|"
    r"配信|お届け|発行|寄送|發送|发送|推送|出刊|發行|发行|발송|보내\s?드|받아\s?보|ส่งถึง|ส่งตรง", re.I)
_SCHEDULE = re.compile(
    r"(?<!\w)(?:every|each|jeden|jede|jeweils|chaque|tous\s+les|toutes\s+les|cada|todos\s+los|todas\s+las|ogni|"
    r"elke|iedere|varje|hver|hvert|każd\w*|každ\w*|каждую|каждый|каждое|setiap|hàng|mỗi)\s+\w+|"
    r"(?<!\w)(?:(?:todo|toda)s?\s+(?:os\s+|as\s+)?(?:dia|semana|mês|sexta|sábado|domingo|segunda|manhã)|"
    r"co\s+(?:tydzień|miesiąc|dzień|piątek|sobotę|niedzielę|rano)|her\s+(?:gün|hafta|ay|sabah|akşam|pazartesi|salı|"
    r"çarşamba|perşembe|cuma|cumartesi|pazar)|щотижня|щомісяця|щодня)(?!\w)|(?<!\w)(?:wöchentlich|monatlich|täglich|wekelijks|maandelijks|semanal\w*|mensual\w*|settimanal\w*|"
    r"hebdomadaire|mensuel\w*|еженедельн\w*|ежемесячн\w*|haftalık|aylık|mingguan|bulanan)(?!\w)|"
    r"毎週|毎月|毎朝|毎日|毎晩|隔週|月[一二]回|週[一二1-2]回|每週|每周|每月|每日|每天|每晚|隔週|매주|매월|매일|격주|"
    r"ทุกสัปดาห์|ทุกวัน|ทุกเดือน|รายสัปดาห์|รายเดือน", re.I)
OWN_NEWS = re.compile(
    r"(?<!\w)(?:our|notre|nos|unser\w*|nuestr[oa]|nosso|nossa|nostr[ao]|onze|vår\w*|vores|nasz\w*|наш\w*|bizim)(?!\w)|"
    # (and tl "aming/ating" before the noun, id/ms "kami" after it, ending its phrase: "newsletter kami.", "… kami untuk
    # …"; "Kami membaca …", we read, is the subject; sw "yetu", ro "nostru/noastră", cs/sk "náš/naše", hr/sr "naš")
    r"(?<!\w)(?:aming|ating)\s+(?=\w)|(?<=[^\W\d_]\s)kami(?=\s*(?:[.,!:;)]|$)|\s+(?:untuk|agar|supaya|dan|di|setiap|"
    r"yang|secara|gratis|sekarang|ya|terbit|dikirim|hadir|tersedia)(?!\w))|"
    r"(?<!\w)(?:yetu|nostru|noastr[ăa]|náš|naše|naš\w*)(?!\w)|"
    r"当サイト|本サイト|弊社|小社|本誌|本紙|本站|本刊|本報|本报|我們的|我们的|저희|우리|본지|ของเรา", re.I)


_CLAUSE = re.compile(r"[,:;]\s+|\s[—–-]\s")
# a phrase of purpose opening the line: en "for, to get, to stay, so you", fr "pour", es/pt/tl "para", it "per", de
# "für, um", nl "voor, om", sv/da/nb "för att, for at, for å", pl "aby, żeby, po", cs/sk "pro, aby, chcete-li", ro
# "pentru", id/ms "untuk, agar, supaya", sw "kwa, ili", hr/sr "za, da biste"
_PURPOSE = re.compile(
    r"\W{0,3}(?:for|to\s+(?:get|receive|stay|keep|hear|read|never|catch)|so\s+you|if\s+you\s+want|want|pour|para|per|"
    r"für|um|voor|om|för\s+att|for\s+(?:at|å)|aby|żeby|po|pro|chcete-li|pentru|untuk|agar|supaya|kwa|ili|za|da\s+biste)"
    r"(?!\w)", re.I)

# a third person in the line's first clause (a story's subject: "Her boss, sign-ups in mind, …"): en fr es pt de nl it
# sv da/nb pl ru
_THIRD = re.compile(
    r"(?<!\w)(?:he|she|they|his|her|their|il|elle|ils|elles|él|ella|ele|ela|er|sie|sein\w*|ihr\w*|hij|zij|haar|lui|"
    r"lei|han|hon|hun|hans|hennes|hendes|on|ona|oni|jego|jej|он|она|они|его|её|ее)(?!\w)", re.I)


def _short_lead(text: str) -> bool:
    """The line's first clause is a short lead-in of the site's own ("Never miss a review, …", "Ne ratez aucune
    critique : …", "One email a month, no spam: …"): six words at most, no third person, no name after its first
    word."""
    lead = _CLAUSE.split(text, maxsplit=1)[0]
    words = lead.split()
    return len(words) <= 6 and not _THIRD.search(lead) and not any(w[:1].isupper() for w in words[1:])


def newsletter_notice(text: str, names: tuple[str, ...] = ()) -> bool:
    """A short line announcing the site's own newsletter and when or how it is delivered (module docstring)."""
    from .tailasks import NEWSLETTER  # (late: tailasks' imports reach the cleaning's modules)
    if has_score(text) or not _short(text) or not NEWSLETTER.search(text):
        return False
    from .followlines import OPENS, VERB_LAST_BID  # (the bidding to subscribe, opening the line or closing a verb-last clause)
    if OPENS.search(text) or VERB_LAST_BID.search(text):
        return True
    # (or the imperative opening the line's second clause, the site's own newsletter its object, after a phrase of
    # purpose or a short lead-in of its own (_short_lead): "For news in your inbox, sign up for our newsletter";
    # "Her boss, sign-ups in mind, …" bids nobody, nor a character's words retold: "When the paper folds, Maya
    # starts a newsletter — join our list, she writes")
    if OWN_NEWS.search(text) and (_PURPOSE.match(text) or _short_lead(text)) \
            and any(OPENS.search(part) for part in _CLAUSE.split(text)[1:3]):
        return not reported(text)
    delivery, schedule = _DELIVERY.search(text), _SCHEDULE.search(text)
    if OWN_NEWS.search(text) or has_site_name(text, names):
        return bool(delivery or schedule)
    return bool(delivery and schedule and _UNSPACED.search(text))  # (the owner left unsaid: ja, zh, ko, th)


def site_account(block: HtmlElement, text: str, names: tuple[str, ...] = ()) -> bool:
    """The site's messenger account or its newsletter, named in a short line (``sitelines.mark`` asks it late)."""
    from .alsoposted import also_posted  # (and the writer's other place named with "also": alsoposted)
    from .memberask import member_plea  # (and its membership pleaded for: memberask)
    from .ownchannel import own_channel  # (and its server, channel or official account named without a verb: ownchannel)
    return messenger_follow(block, text, names) or newsletter_notice(text, names) or also_posted(text) or member_plea(text, names) \
        or own_channel(block, text, names)


# the scripts written without spaces between words, counted by their letters
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _short(text: str) -> bool:
    return count_words(text) <= 30 and (not _UNSPACED.search(text) or len(text.strip()) <= 90)


def has_site_name(text: str, names: tuple[str, ...]) -> bool:
    """The site's own name (its home link's words) in the line; glued to its neighbours in an unspaced script."""
    return any(re.search(re.escape(n) if _UNSPACED.search(n) else rf"(?<!\w){re.escape(n)}(?!\w)", text, re.I) for n in names)
