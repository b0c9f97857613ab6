"""The writer's ask for a tip, pointing at the platform's tip widget under the post.

Platforms that pay writers in readers' tips (crypto-tipping blogs such as Publish0x, Hive front ends, Brave's BAT,
Ko-fi and Buy Me a Coffee embeds, Naver's and note's support buttons) draw a tip widget under every post: a slider, a
"Send tip" button, an amount field. Writers close their post by pointing at it: "If you enjoyed this, leave me a tip
with the slider below!", "Si te ha gustado, puedes dejarme una propina con el botón de abajo", "Über ein Trinkgeld
unten freue ich mich", "Чаевые можно оставить кнопкой ниже". Its shape, whatever the language:

- position: among the post's last four lines left, after the review's last paragraph (nothing of 30 words or more
  after it), short (40 words at most), not a heading, quotation, list or table, no score, no note the review carries;
- it names a tip or a donation to the writer (TIP, a per-language table: the signal is lexical; in English only
  "tip" in the sense of money given: "leave a tip", "tip me", "tipping", "tip jar", not "a tip: read the afterword");
- and it points at the widget: a word for "below" or for the widget's control (slider, button: POINTER), or the page
  holds the widget itself outside the line (an element whose class or id names tipping or donating: WIDGET_TOKEN).

A third shape (``support_link``), in the same place: a short line whose link goes to a tip jar or a membership
(promo.SUPPORT_NAMES, platform knowledge: Ko-fi, Patreon, Buy Me a Coffee, Liberapay, Tipeee, Patronite, Boosty,
Trakteer, Saweria, Afdian, OFUSE …, its name a label of the host under any domain), whatever the line says; or to a
charity's or a campaign's fundraiser (Darujme, Donio, Pomagam, Zrzutka, Leetchi, HelloAsso, Betterplace, Apoia.se,
Vakinha, GoFundMe …) with a bid to give in the line: please, or an imperative of supporting, donating or helping at the
head of a clause ("Enjoyed it? Support the author on <Darujme>"); "The author gives her fees to a fund (<Betterplace>)"
is the review's, and a line with a score or a note stays.

A second shape (``sale_supports``): a closing line with a link that bids the reader to order or buy the book and says
the sale supports the site ("Order it from <our partner bookshop> – part of the price supports our magazine").

A coffee bought for the writer is the tip's commonest guise (COFFEE: "buy me a coffee", "pošlete mi na kafe", "postaw mi
kawę", "offrez-moi un café"); such a line, or a tip, may instead of a pointer name the way to pay (MEANS: a QR code, a
payment service, a bank transfer, the account's number): "Like my blog? Buy me a coffee via PayPal"; a line opening on
the bid to support or contribute (SUPPORT_OPENS: cs "Přispějte na webhosting …") with the way to pay is a tip ask too.

What stays: a sentence of the review about a character's tip (in a paragraph, or not among the closing lines), a
closing recommendation, a line with a score, a tip without a pointer on a page without a widget.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .casefold import guarded
from .housekeeping import a_note
from .nodes import text_of
from .promo import SUPPORT_NAMES, promo_box
from .rating import has_score
from .tailasks import short_line
from .words import count_words

RULE = "tip ask"
_PROSE, _LAST = 30, 4

# a tip or a donation given to the writer, in our languages
TIP = re.compile(
    r"\b(?:leave|send|give|drop|throw)\s+(?:me\s+|us\s+)?(?:a\s+)?(?:small\s+|little\s+|tiny\s+)?tip\b|\btip\s+(?:me|us|the\s+(?:author|writer))\b|"
    r"\btipping\b|\btip\s?jar\b|\btips\s+(?:are|go|help|keep)\b|\bdonat(?:e|ion|ions|ing)\b|"
    r"propina|donativo|donaci[oó]n|gorjet(?:a|inha)|doa[çc][ãa]o|pourboire|faire\s+un\s+don\b|mancia|donazione|"
    r"trinkgeld|spende\b|spenden\b|fooi(?:tje)?\b|donatie|doneren|napiw\w+|darowizn\w+|spropitn\w+|d[ýy][šs]k\w+|prepitn\w+|"
    r"чаев\w+|чайов\w+|донат\w*|задонат\w*|пожертв\w+|dricks\b|drikkepenge|donasjon|tippi\w*|lahjoitu\w*|borraval\w*|"
    r"adomány\w*|bac[șş]i[șş]\w*|dona[țţ]i\w*|bah[şs]i[şs]\w*|ba[ğg][ıi][şs]\w*|φιλοδώρημα\w*|δωρε\w+|"
    r"sawer\w*|donasi\b|tiền\s+tip|ทิป|โดเนท|บริจาค|إكرامي\w*|تبرع\w*|טיפ\b|תרומה|"
    r"チップ|投げ銭|寄付|打赏|打賞|赞赏|讚賞|小费|小費|捐赠|捐贈|후원|팁",
    re.I)
TIP = guarded(TIP)  # (casefold.Guarded: its words looked for first, in the folded text)
# a coffee bought for the writer, the tip's commonest guise ("buy me a coffee", "pošlete mi na kafe", "postaw mi kawę",
# "spendier mir einen Kaffee", "offrez-moi un café", "купите мне кофе"): a coffee with "me", or "for a coffee" (na/на)
_ME = r"(?:me|mi|mir|mich|moi|m['’]|mij|mnie|mně|mne|мне|мені|mig|nekem|bana)"
COFFEE = re.compile(
    r"\b(?:buy|get|send|shout|treat)\s+(?:me|us)\s+(?:to\s+)?(?:a\s+)?(?:cup\s+of\s+)?coffee\b|\bcoffee\s+(?:fund|money)\b|"
    rf"\b(?:spendier\w*|kauf\w*)\s+{_ME}\s+(?:einen\s+)?kaffee\b|\b(?:offr\w+|pay\w*)[\s-]+{_ME}\s*un\s+caf[ée]\b|"
    rf"\b(?:inv[ií]ta\w*|c[oó]mpra\w*|paga\w*|pague\w*|offri\w*)[\s-]*{_ME}?\s+(?:a\s+)?(?:um\s+|un\s+)?(?:caf[eé](?:cito|zinho|sito)?|caff[eè](?:ino|uccio)?)\b|"
    rf"(?<!\w)(?:postaw\w*|stawiaj\w*|kup\w*|pošl\w*|poš?li|купи\w*|купі\w*|скин\w*|пришли\w*|надішл\w*)\s+{_ME}\s+(?:kaw[ęy]|kawkę|kafe|kávu|kafu|kavu|кофе|каву)(?!\w)|"
    r"\b(?:na|za)\s+(?:kafe|kafíčko|kávu|kávičku|kawę|kawkę|kavu|kafu)\b|(?<!\w)на\s+(?:кофе|каву|кафу|кафе)(?!\w)|"
    r"\bh[ií]vj(?:on|atok)?\s+meg\s+(?:\w+\s+)?(?:egy\s+)?kávé\w*|"
    rf"\b(?:trakteer|bjud\w*|spander\w*|megh[ií]v\w*)\s+(?:{_ME}\s+)?(?:op\s+|på\s+)?(?:een\s+|en\s+|egy\s+)?(?:koffie|kaffe|kávé\w*)\b|"
    r"kahve\s+[ıi]smarla\w*|コーヒー\S{0,3}(?:おごって|奢って|ご馳走)|[请請]我喝\S?咖啡|커피\s?한\s?잔\s?(?:사|후원)",
    re.I)
COFFEE = guarded(COFFEE)  # (casefold.Guarded: its words looked for first, in the folded text)
# the way to pay, named in the line: a QR code, a payment service, or a bank transfer (per language)
MEANS = re.compile(
    r"\bQR\b|\bpaypal\b|\brevolut\b|\bvenmo\b|\bIBAN\b|\bko-?fi\b|\bliberapay\b|\bpatreon\b|\bBLIK\b|\bbizum\b|"
    # (the tip platforms of Latin America, Brazil, Indonesia, China and Japan by their names: "un café en Cafecito"
    # is the platform's own name, capitalised; Mercado Pago, Pix, Saweria, Trakteer, Afdian, OFUSE, Boosty, Tipeee)
    r"(?:\b(?:en|on|via|vía|por|through|at|no|na|pelo|di|lewat)\s+)(?-i:Cafecito|Pix)\b|\bcafecito\.app\b|"
    r"\bchave\s+pix\b|\bmercado\s?pago\b|\bsaweria\b|\btrakteer\b|\btipeee\b|\bboosty\b|爱发电|愛發電|\bafdian\b|\bOFUSE\b|"
    r"\bbank\s+transfer\b|\b(?:überweisung|virement|transferencia|transferência|bonifico|overschrijving|przelew\w*|převod\w*|prevod\w*|"
    r"переказ\w*|перевод\w*|banköverföring|bankoverførsel|átutalás\w*|havale)\b|\bplatb\w+|\bpłatnoś\w+|"
    # (the account's number given: en de fr es pt it nl pl cs/sk hr/sr/bs hu ru/uk sv: s33; ``_ACCOUNT``)
    r"\baccount\s+number|\bkontonummer|\bnum[ée]ro\s+de\s+(?:compte|cuenta|conta)|\bnumero\s+di\s+conto|\brekeningnummer|"
    r"\bnumer\s+(?:konta|rachunku)|\bčísl[oau]\s+účtu|\bbroj\s+računa|\bszámlaszám\w*|(?<!\w)номер\w*\s+(?:сч[её]та|рахунку)|"
    # (and where the list above has none: ar fa he tr id/ms vi fi sw hy ka hi bn ja zh ko th el)
    r"(?<!\w)رقم\s+(?:ال)?حساب|شماره\s+(?:حساب|کارت)|מספר\s+(?:ה)?חשבון|\bhesap\s+numara\w*|\bnomor\s+rekening|"
    r"\bs[oố]\s+t[aà]i\s+kho[aả]n|\btilinumero\w*|\bnambari\s+ya\s+akaunti|հաշվեհամար\w*|ანგარიშის\s+ნომერ\w*|"
    r"खाता\s+(?:संख्या|नंबर)|অ্যাকাউন্ট\s+নম্বর|口座番号|银行账号|銀行帳號|계좌\s?번호|เลขบัญชี|αριθμ\w*\s+λογαριασμού",
    re.I)
MEANS = guarded(MEANS)  # (casefold.Guarded, the same answers: its words looked for first, ~40 µs a line of prose, not ~150)
# (MEANS's tail from the account's number on: that way to pay alone, for ``_anothers_account``)
_ACCOUNT = re.compile(MEANS.pattern[MEANS.pattern.index(r"\baccount\s+number"):], re.I)
# the number owned by another ("the church's account number", "its account number"), or the book named in the line:
# the bid is for the cause the book tells of, or a character's (rev-bpaffil)
_OWNED = re.compile(r"(?:['’]s|\b(?:its|his|her|their))\s+(?:bank\s+)?account\s+number", re.I)
# the widget pointed at: below, or its control
POINTER = re.compile(
    r"\b(?:below|underneath|down\s+(?:below|there|here)|at\s+the\s+bottom|slider|button|widget)\b|"
    r"\b(?:abajo|debajo|deslizador|bot[oó]n|abaixo|embaixo|bot[aã]o|deslizante|ci-dessous|en\s+dessous|plus\s+bas|curseur|bouton|"
    r"qui\s+sotto|in\s+basso|sotto|cursore|pulsante|tasto|bottone|unten|unterhalb|schieberegler|regler|knopf|schaltfläche|"
    r"hieronder|onderaan|schuifregelaar|knop|poniżej|niżej|suwak\w*|przycisk\w*|níže|nižšie|dole|posuvník\w*|posúvač\w*|"
    r"tlačítk\w+|tlačidl\w+|ниже|нижче|внизу|ползун\w*|повзун\w*|кнопк\w+|nedan(?:för)?|nedenfor|nedenunder|reglage\w*|"
    r"knap(?:p|pen)?|alla|alapuolella|liukusäädin\w*|painike\w*|alább|alul|csúszk\w+|gomb\w*|mai\s+jos|dedesubt|buton\w*|"
    r"aşağıda\w*|düğme\w*|kaydırıcı\w*|παρακάτω|κουμπί\w*|di\s+bawah|tombol|bên\s+dưới|nút)\b|"
    r"ด้านล่าง|ปุ่ม|أدناه|بالأسفل|زر|למטה|כפתור|下の|下記|以下の|ボタン|スライダー|下方|下面|按钮|按鈕|滑块|아래|버튼|슬라이더",
    re.I)
# a tip widget's class or id: a token of its own ("tip-box", "tipButton", "donate-widget"; not "tooltip")
WIDGET_TOKEN = re.compile(r"(?:^|[\s_-])(?:tip|tips|tipping|tipjar|tip[A-Z]\w*|donate|donation|donations)(?:$|[\s_-])")


def _widget(body: HtmlElement, line: HtmlElement) -> bool:
    """The page holds a tip widget outside the line (see WIDGET_TOKEN)."""
    root = body.getroottree().getroot()
    for element in root.iter():
        if not isinstance(element.tag, str) or element is line or line in element.iterancestors() or element in line.iterancestors():
            continue
        if WIDGET_TOKEN.search(f" {element.get('class') or ''} {element.get('id') or ''} "):
            return True
    return False


# the line opens on the verb of supporting as a bid writes it (the imperative, or the infinitive of an impersonal "one
# can support the author by transfer", "Поддержать автора можно переводом", "Unterstützen kann man …"; or the noun
# of a bid's heading, fr "Soutien", tr "Destek"), in en de fr es pt it nl sv da nb pl cs sk ru uk tr id: beside a way to
# pay (MEANS) a bid for money, as a tip is. Only those forms, whole: a review's line opening on a participle or a third
# person ("Supporting her sister by bank transfer, Nell …", "Поддерживает семью переводами …") tells the story
SUPPORT_OPENS = re.compile(
    r"^\W*(?:support|unterstütz(?:e|t|en)|soutenez|soutiens|soutenir|soutien|apoy(?:a|ad|e|en|ar)|apoi(?:e|a|em|ar)|"
    r"sost(?:eni|ieni|enete|enere|enga)|steun(?:t|en)?|stöd(?:ja)?|stötta|støtt(?:e)?|wspier(?:aj|ajcie|ać)|"
    r"wesprzyj(?:cie)?|wesprzeć|podpoř(?:te|it)?|podpor(?:te|iť|ovať|ujte)|поддерж(?:и|ите|ать)|підтрима(?:й|йте|ти)|"
    r"contribute|přispěj(?:te)?|přispět|prispej(?:te)?|prispieť|"  # (to contribute, en cs sk: s33)
    r"שטיצט|תמכו|ادعموا|"  # (the plural imperative opening the line, yi he ar: plea40; "ער שטיצט" tells, after its subject)
    r"destek(?:\s+ol\w*)?|dukung(?:lah)?)(?!\w)", re.I)


def tip_ask(block: HtmlElement, body: HtmlElement) -> bool:
    """A short line that names a tip to the writer and points at the widget (see the module docstring); or one that
    opens on the verb of supporting and names the way to pay (SUPPORT_OPENS, MEANS)."""
    if not (text := short_line(block)) or has_score(text) or a_note(text):
        return False
    if not (TIP.search(text) or COFFEE.search(text)):
        return bool(SUPPORT_OPENS.match(text) and MEANS.search(text)) and not _anothers_account(text)
    return bool(POINTER.search(text) or MEANS.search(text)) or _widget(body, block)


def _anothers_account(text: str) -> bool:
    """The way to pay is only an account's number, and the account is another's: owned ("the church's account
    number") or the cause the book tells of (the line names the book: "Přispějte na útulek, o kterém kniha vypráví;
    číslo účtu …"); the blog's own bid names its hosting, its pages, its reviews."""
    from .booklonewriter import BOOK_NOUN  # (late: the book's readers load after the cleaning's)
    if any(not _ACCOUNT.match(text, found.start()) for found in MEANS.finditer(text)):
        return False
    return bool(_OWNED.search(text) or BOOK_NOUN.search(text))


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark a tip ask among the post's last four lines left, after the review's last paragraph."""
    live = [i for i in range(len(items)) if i not in drop and text_of(items[i])]
    longest_after = 0
    for i in reversed(live[-_LAST:]):
        block = items[i]
        if longest_after < _PROSE and (tip_ask(block, body) or sale_supports(block) or support_link(block)):
            drop[i], boxes[i] = RULE, promo_box(block, body)
        longest_after = max(longest_after, count_words(text_of(block)))


# A second shape of the same ask: the line bids the reader to order or buy the book through a linked shop and says
# the sale supports the site ("Order the book at <the association's bookshop> – part of the price supports our
# magazine", "Mendu la libron ĉe <…> – parto de la vendoprezo subtenas nian retgazeton"): a buying verb in the
# imperative (ORDER) and the site's support (SALE_SUPPORTS: "supports us/our …", per language), a link in the line.
ORDER = re.compile(
    r"^\W*(?:order|buy|get|mendu|aĉetu|bestell(?:e|t|en\s+sie)|kauf(?:e|t|en\s+sie)|compra|pide|compre|encomende|commandez|achetez|"
    r"ordina|acquista|bestel|koop|zamów|kup|objednejte|kupte|закажите|купите|замовте|купіть|beställ|köp|bestill|kjøp|bestil|køb)\b", re.I)
SALE_SUPPORTS = re.compile(
    r"\bsupports?\s+(?:us|our|this)\b|\bsubtenas\s+(?:nin|nian|la)\b|\bunterstützt\s+(?:uns|unser)|\bapoya\s+(?:a\s+)?(?:nuestr|nos\b|este)|"
    r"\bsoutient\s+(?:notre|nous|ce)\b|\bsostiene\s+(?:il\s+nostr|la\s+nostr|noi|questo)|\bapoia\s+(?:o\s+nosso|a\s+nossa|nos\b|este)|"
    r"\bsteunt\s+(?:ons|onze|dit)\b|\bwspiera\s+(?:nas|nasz)|\bpodporuje\s+(?:nás|náš|naš)|поддерживает\s+(?:нас|наш)|підтримує\s+(?:нас|наш)|"
    r"\bstöd(?:er)?\s+(?:oss|vår)|\bstøtter\s+(?:oss|os|vår|vores)\b", re.I)


def sale_supports(block: HtmlElement) -> bool:
    """A short line with a link that bids the reader to buy the book and says the sale supports the site."""
    if not (text := short_line(block)) or next(block.iter("a"), None) is None:
        return False
    return bool(ORDER.match(text) and SALE_SUPPORTS.search(text)) and not has_score(text)


# the bid to support the site named right after the verb ("Support <Site>", "Steun <Site>", "Soutenez <Site>"): the
# plural or polite imperative of supporting, its article or preposition perhaps, in en de fr es pt it ca nl sv da nb fi
# et pl cs sk sl hr/sr/bs hu ro tr el ru uk bg lt lv id/ms vi; fundbox reads it only before the site's own name or
# brand, ``support_link`` at the head of a clause
SUPPORT_VERB = re.compile(
    r"(?<!\w)(?:support|unterstütz(?:en\s+sie|e?t|e)|soutenez|soutiens|apoy[ae]n?|apoie|apoiem|"
    r"sostieni|sostenete|sostenga|"
    r"doneu\s+suport\s+a|steun|steunt|stöd|stött|støt|støtt|tue|tukekaa|toeta|toetage|wesprzyj(?:cie)?|"
    r"podpořte|podpoř|podporte|podpor|podprite|podpri|podržite|podrži|poduprite|támogasd|támogassa|támogassátok|"
    # (and is "styrktu/styrkið", "styðjið/styddu"; cy "cefnogwch"; ga "tacaigh le"; mt "appoġġja"; eu "babestu")
    r"styrktu|styrkið|styðjið|styddu|cefnogwch|tacaigh\s+le|appo[ġg][ġg]ja|babestu|"
    r"sus[țţ]ine(?:[țţ]i)?|sprijini(?:[țţ]i)?|destekleyin|destekle|στηρίξτε|στήριξε|поддержите|поддержи|підтримайте|"
    r"підтримай|подкрепете|подкрепи|paremkite|paremk|atbalstiet|atbalsti|dukung(?:lah)?|sokong(?:lah)?|ủng\s+hộ)"
    r"(?:\s+(?:a|al|à|o|a\s+la|het|de|la|le|l['’]|den|det))?\s+", re.I)
# the purpose of a box's bid, "to support" with the site named right after it ("Pour soutenir <Site>, commandez …",
# "To support <Site>, buy …", "Para apoyar a <Site>"): the infinitive after its word of purpose in en fr es pt it ca ro
# sv da nb pl cs sk hr/sr/bs sl hu ru uk bg el id vi; fundbox reads it, as SUPPORT_VERB, only before the site's own name
SUPPORT_PURPOSE = re.compile(
    r"(?<!\w)(?:to\s+support|pour\s+soutenir|para\s+apoyar|para\s+apoiar|per\s+sostenere|per\s+donar\s+suport\s+a|"
    r"pentru\s+a\s+sus[țţ]ine|pentru\s+a\s+sprijini|för\s+att\s+stödja|for\s+at\s+støtte|for\s+å\s+støtte|"
    r"(?:aby|żeby)\s+wesprzeć|(?:abyste|abys)\s+podpořil\w*|chcete-li\s+podpořit|aby\s+(?:ste|si)\s+podporil\w*|"
    r"ak\s+chcete\s+podporiť|"
    r"da\s+(?:biste\s+)?podržali|da\s+podržite|da\s+podprete|hogy\s+támogas(?:d|sa|sátok)|чтобы\s+поддержать|"
    r"щоб\s+підтримати|за\s+да\s+подкрепите|"
    r"για\s+να\s+στηρίξετε|untuk\s+mendukung|để\s+ủng\s+hộ)"
    r"(?:\s+(?:a|al|à|o|a\s+la|la|le|l['’]|il|lo|den|det))?\s+", re.I)
# the imperative of donating or helping addressed to the reader (en de fr es pt it ca nl sv da nb fi et pl cs sk sl hr
# hu ro tr el ru uk bg lt lv id vi), read like SUPPORT_VERB at the head of a clause
_DONATE_VERB = re.compile(
    r"(?<!\w)(?:donate|give|help|spende|spenden\s+sie|hilf|helft|helfen\s+sie|faites\s+un\s+don|donnez|aidez|"
    r"don[ae]d?|doe|doem|ayud[ae]n?|ajude|ajudem|aiuta(?:te)?|fes\s+un\s+donatiu|doneer|help\s+mee|donera|"
    r"hjälp|doner|giv|hjælp|hjelp|lahjoita|lahjoittakaa|auta|annetage|aidake|wpłać|pomóż(?:cie)?|przekaż|darujte|"
    r"přispějte|prispejte|pomozte|pomôžte|donirajte|pomagajte|pomozite|adományozz\w*|segíts(?:en|etek)?|donează|"
    r"dona[țţ]i|ajuta[țţ]i|ajută|bağış\s+yapın|yardım\s+edin|δωρίστε|βοηθήστε|пожертвуйте|помогите|допоможіть|"
    r"дарете|помогнете|paaukokite|padėkite|ziedojiet|palīdziet|donasikan|bantu(?:lah)?|quyên\s+góp|giúp)\s", re.I)
# please, addressed to the reader (the same languages and ja zh ko)
PLEASE = re.compile(
    r"(?<!\w)(?:please|bitte|s['’]il\s+vous\s+pla[iî]t|por\s+favor|per\s+favore|si\s+us\s+plau|alsjeblieft|alstublieft|"
    r"snälla|vänligen|venligst|vennligst|ole\s+hyvä|palun|proszę|prosím|prosíme|prosimo|molimo|kérem|kérlek|vă\s+rugăm|"
    r"lütfen|παρακαλώ|пожалуйста|будь\s+ласка|будь\s+ласкаві|моля|prašome|lūdzu|mohon|tolong|xin\s+vui\s+lòng)(?!\w)|"
    r"ください|下さい|주세요|(?:^|[。！？!?，,：:])\s*[请請]", re.I)
# (the head of a clause: the line's, or after a stop, or after a short lead closed by a comma: "Se gostou, apoie …")
_CLAUSE_HEAD = re.compile(r"(?:^|[.!?:;–—¿¡。！？]|^\W*(?:[^\W\d_]+\W+){0,3}[^\W\d_]+\s*,)[\s\W]*$")


def bids(text: str) -> bool:
    """The line bids the reader give: please, or an imperative of supporting, donating or helping at the head of a
    clause ("Enjoyed it? Support the author on …"; "The author donates her fees to …" states a fact)."""
    if PLEASE.search(text):
        return True
    text = text.replace("-", " ") + " "  # (a clitic after the imperative: "Soutenez-le", "Ayúdame" stays whole)
    return any(_CLAUSE_HEAD.search(text[:m.start()])
               for verb in (SUPPORT_VERB, _DONATE_VERB) for m in verb.finditer(text))


def support_link(block: HtmlElement) -> bool:
    """A short line whose link goes to a tip jar or a membership (promo.SUPPORT_NAMES' "tip"), or to a charity's or a
    campaign's fundraiser ("fund") with a bid to give in the line, no score, no note."""
    if not (text := short_line(block)) or has_score(text) or a_note(text):
        return False
    bid = None
    for a in block.iter("a"):
        if found := SUPPORT_NAMES.search(urlsplit(a.get("href") or "").hostname or ""):
            if found.group("tip"):
                return True
            if bid is None:
                bid = bids(text)
            if bid:
                return True
    return False
