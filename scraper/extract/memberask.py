"""The site's membership plea closing the article: "Become a member and support our journalism".

Reader-funded papers and magazines close a piece with one short line bidding the reader become a member, subscriber,
supporter or patron of the site, and saying why: "成為會員，支持我們繼續做深度報道", "Werden Sie Mitglied und
unterstützen Sie unabhängigen Journalismus", "Devenez abonné·e pour soutenir notre rédaction", "Postanite član i
podržite nas", "Станьте подписчиком — поддержите нас", "Join <Site> Premium for $3 a month", "Egin zaitez harpidedun: kazetaritza
independentea zure eskuetan dago". Its shape:

- position (the caller's: ``siteaccounts.site_account``, asked by ``sitelines.mark`` of a short line closing the
  review's box late in the body and by ``pleas.mark`` of the last two lines after the review's prose);
- short (30 words; 90 letters in the scripts written without spaces), no score;
- a bid to become a member, a subscriber, a supporter or a patron, or to join the site's membership (BECOME_MEMBER:
  the imperative and the noun, per language: the signal is lexical);
- and the reason is the site: it asks support for "us", "our work", "our journalism" or independent journalism
  (SUPPORT_US), or names the site by its own name, or gives the membership's price.

Between the review's paragraphs the plea is read only boxed apart (``boxed_member_plea``, asked by ``sitelines.mark``).
A review's "she becomes a member of the club" bids nobody; "join your local library" names no support for the site
(and at a price it is the reader's own town's library: ``_YOUR_OWN``); a character's plea quoted with its speaker
("“Join us, stand by us,” Sudha says": ``reportedspeech``) is the story's; a line that bids the reader become a member
without a reason stays.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .casefold import guarded
from .promo import PRICE, own_wrapper, set_apart
from .rating import has_score
from .reportedspeech import quoted_speech  # (a character's words quoted, no plea of the site's)
from .words import count_words

BECOME_MEMBER = re.compile(
    r"(?:成為|成为|加入|升級|升级|註冊|注册)[^，,。！!？?\s]{0,8}?(?:會員|会员|訂戶|订户|贊助者|赞助者|支持者)"
    r"|(?:会員|メンバー|サポーター)(?:に(?:なって|なりませんか|登録)|登録)|メンバーシップ(?:に)?(?:参加|登録|加入)"
    r"|(?:회원|멤버십|후원\s?회원|구독자|후원자)(?:이|으로|에|에\s?가입)?\s?(?:되어|되세요|가입하|가입해|되어\s?주세요)"
    r"|\b(?:become|be)\s+(?:a\s+)?(?:paying\s+|paid\s+)?(?:member|subscriber|supporter|patron|friend)s?\b"
    r"|\bconsider\s+becoming\s+(?:a\s+|one\s+of\s+our\s+)?(?:\w+\s+){0,3}?(?:member|subscriber|supporter|patron)s?\b"
    r"|\bjoin\s+(?:\w+\s+){0,2}(?:membership|members|premium|plus|insiders)\b"
    r"|\b(?:werden\s+sie|werde|werdet)\s+(?:jetzt\s+)?(?:mitglied|abonnent\w*|unterstützer\w*|förder\w*)"
    r"|\b(?:devenez|deviens)\s+(?:membre|abonné\w*|donat\w*|soutien|mécène)|\brejoignez\s+(?:nos\s+)?(?:membres|abonnés|le\s+club)"
    r"|\b(?:hazte|hágase|conviértete\s+en)\s+(?:socio|socia|miembro|suscriptor\w*|mecenas)"
    r"|\b(?:torne-se|seja)\s+(?:sócio|sócia|membro|assinante|apoiador\w*)"
    r"|\bdiventa\s+(?:socio|socia|membro|abbonat\w|sostenitor\w)|\b(?:word|wurd)\s+(?:lid|abonnee|donateur|vriend|stipers?)\b"
    r"|\b(?:bli|bliv)\s+(?:medlem|prenumerant|abonnent|månadsgivare)|\b(?:ryhdy|liity)\s+(?:jäseneksi|tilaajaksi|kannatta\w+)"
    r"|\bzostań\s+(?:członkiem|patronem|subskrybentem|prenumeratorem|darczyńcą)"
    r"|\bstaňte\s+(?:se|sa)\s+(?:členem|členom|předplatitelem|predplatiteľom|podporovatelem|mecenášem)"
    r"|\bpostani(?:te)?\s+(?:član|pretplatnik|podupiratelj|pokrovitelj|naročnik)\w*"
    r"|(?<!\w)(?:постаните|постани)\s+(?:члан|претплатник)\w*|(?<!\w)(?:станьте|стань|ставайте|станете)\s+(?:подписчик|участник|член|патрон|спонсор|підписник|учасник|абонат)\w*"
    r"|(?<!\w)(?:оформите|оформіть)\s+(?:подписку|передплату)"
    r"|(?<!\w)(?:üye|abone|destekçi)\s+olun|(?<!\w)üyeliğe\s+katılın|\blegyél?\s+(?:tag|előfizető|támogató)\w*"
    r"|\b(?:devino|deveniți)\s+(?:membru|abonat|susținător)|(?<!\w)γίνε(?:τε)?\s+(?:μέλος|συνδρομητ\w+|υποστηρικτ\w+)"
    r"|\b(?:jadilah|jadi)\s+(?:anggota|pelanggan|member)\b|\btrở\s+thành\s+(?:hội\s+viên|thành\s+viên|người\s+ủng\s+hộ)"
    r"|\b(?:jiunge\s+na|kuwa\s+mwanachama|jisajili)\b|สมัครสมาชิก|เป็นสมาชิก"
    # (eu "egin zaitez harpidedun/bazkide", ca "fes-te subscriptor/soci", gl "faite socio/subscritor", cy "dewch yn aelod",
    # et "hakka tellijaks/liikmeks", lv "kļūsti par abonentu/biedru", lt "tapk(ite) prenumeratoriumi/nariu", af "word 'n
    # lid/intekenaar", sq "bëhu(ni) anëtar/abonent", is "gerstu félagi", ha "ku zama mamba")
    r"|\b(?:egin|izan)\s+(?:zaitez|zaitezte)\s+(?:\w+\s+)?(?:harpidedun|bazkide|babesle|lagun)\w*|\b(?:harpidedun|bazkide)\s+(?:egin|izan)\s+(?:zaitez|zaitezte)"
    r"|\bfes-(?:te|vos)\s+(?:\w+\s+)?(?:subscriptor|soci|sòcia|mecenes|membre)\w*|\bfaite\s+(?:socio|socia|subscritor\w*|mecenas)"
    r"|\bdewch\s+yn\s+(?:aelod|danysgrifiwr|gefnogwr)\w*|\bymaelodwch\b|\bhakka\s+(?:\w+\s+)?(?:tellijaks|liikmeks|toetajaks)"
    r"|\bkļūsti(?:et)?\s+par\s+(?:abonentu|biedru|atbalstītāju)|\btapk(?:ite)?\s+(?:prenumeratoriumi|nariu|nariais|rėmėju|rėmėjais)"
    r"|\bword\s+'n\s+(?:lid|intekenaar|ondersteuner|borg)\b|\bbëhu(?:ni)?\s+(?:anëtar|abonent|mbështetës)\w*|\bgerstu\s+(?:félagi|styrktaraðili)"
    r"|\b(?:ku\s+)?zama\s+(?:mamba|memba|mambobi)\b"
    r"|كن\s+عضوا|انضم\s+إلى\s+(?:أعضاء|مشتركي)|הצטרפו\s+(?:למנויים|לחברי|למועדון)|הפכו\s+למנויים|عضو\s+شوید|सदस्य\s+बनें"
    # (South Asia: si "දායක වන්න", ta "சந்தாதாரர் ஆகுங்கள்", hi/mr/ne "ग्राहक बनें", "सदस्यता लें", "सदस्य व्हा", bn "গ্রাহক হোন",
    # te "చందాదారులు కండి", ml "വരിക്കാരാകൂ", ur "رکن بنیں", "خریدار بنیں")
    r"|දායක(?:යෙකු|යකු|ත්වය)?\s*(?:වන්න|වෙන්න|ලබා\s*ගන්න)|(?:சந்தாதாரர்|உறுப்பினர்)\w*\s+ஆகுங்கள்|(?:ग्राहक|सदस्य)\s+(?:बनें|बनिए|व्हा|बन्नुहोस्)"
    r"|सदस्यता\s+लें|(?:গ্রাহক|সদস্য)\s+হোন|చందాదారు\w*\s+(?:కండి|అవ్వండి)|വരിക്കാരാകൂ|(?:رکن|خریدار)\s+بنیں"
    # (the loan "membership" taken, and "member" become: pa "ਮੈਂਬਰਸ਼ਿਪ ਲਓ", "ਮੈਂਬਰ/ਸਦੱਸ/ਗਾਹਕ ਬਣੋ", hi
    # "मेंबरशिप लें", "मेंबर बनें", bn "মেম্বারশিপ নিন", gu "સભ્યપદ લો", "સભ્ય બનો", mr "सभासद व्हा")
    r"|ਮੈਂਬਰਸ਼ਿਪ\s+(?:ਲਓ|ਲਵੋ|ਲੈ\s+ਲਓ)|(?:ਮੈਂਬਰ|ਸਦੱਸ|ਸਦਸ|ਗਾਹਕ)\s+(?:ਬਣੋ|ਬਣੋ\s+ਜੀ)"
    r"|(?:मेंबरशिप|मेम्बरशिप)\s+(?:लें|लीजिए|घ्या)|(?:मेंबर|मेम्बर)\s+(?:बनें|बनिए|व्हा)|सभासद\s+व्हा"
    r"|(?:মেম্বারশিপ|সদস্যপদ)\s+নিন|(?:સભ્યપદ|મેમ્બરશિપ)\s+લો|સભ્ય\s+બનો",
    re.I)
SUPPORT_US = re.compile(
    r"支持(?:我們|我们|本站|本刊|本報|本报|(?:獨立|独立)(?:媒體|媒体|新聞|新闻))|(?:私たち|当サイト|編集部)を(?:支え|応援|サポート)|저희를?\s?(?:후원|응원|지지)"
    r"|\bsupport\s+(?:us|our\s+(?:work|journalism|reporting|newsroom|writers)|independent\s+(?:journalism|media|reporting))\b"
    r"|\b(?:keep|keeps)\s+(?:us|this\s+(?:site|paper|magazine))\s+going\b|\bhelp\s+us\s+(?:keep|continue|stay)\b"
    r"|\bunterstütz\w*\s+(?:sie\s+)?(?:uns|unsere\s+(?:arbeit|redaktion)|unabhängigen\s+journalismus)"
    r"|\bsouten(?:ez|ir)\s+(?:nous|notre|le\s+journalisme|une\s+presse)|\bapoy\w*\s+(?:nuestro|nuestra|el\s+periodismo)|\bapóyanos\b"
    r"|\bapoi\w*\s+(?:o\s+)?(?:nosso|nossa|jornalismo)|\bapoie-nos\b|\bsosten\w*\s+(?:il\s+nostro|la\s+nostra|il\s+giornalismo)|\bsostienici\b"
    r"|\bsteun\s+(?:ons|onze|onafhankelijke)\b|\bstöd\w*\s+(?:oss|vår|oberoende)\b|\bstøtt\w*\s+(?:oss|os|vår|vores|uavhengig|uafhængig)\b"
    r"|\bwesprzyj\w*\s+(?:nas|naszą|nasz|niezależne)|\bpodpořte\s+(?:nás|naši|nezávislou)|\bpodporte\s+(?:nás|našu)"
    r"|\b(?:podržite|poduprite|podprite)\s+(?:nas|naš|naše|neovisn\w+|nezavisn\w+|neodvisn\w+)|(?<!\w)подржите\s+(?:нас|наш|независн\w+)"
    r"|(?<!\w)поддерж\w*\s+(?:нас|нашу|наш|независим\w*)|(?<!\w)підтрима\w*\s+(?:нас|нашу|наш|незалежн\w*)"
    r"|(?<!\w)bize\s+destek|(?<!\w)bağımsız\s+gazetecili\w+|\b(?:[um]?tuunge|kutuunga)\s+mkono\b|\bdukung\s+(?:kami|jurnalisme)\b"
    r"|\bủng\s+hộ\s+(?:chúng\s+tôi|báo|tờ\s+báo)"
    # independent journalism, or "support us", where the lists above have none (eu, ca, gl, es, fr, it, pt, nl, cy, et, lv,
    # lt, af, sq, is, ha)
    r"|\bkazetaritza\s+(?:independente|aske)\w*|\blagundu\s+iezaguzu\b|\bbabestu\s+gaitzazu\b|\bperiodisme\s+independent\b"
    r"|\bdona(?:r|u)?\s+suport\s+(?:al\s+nostre|a\s+la\s+nostra|al\s+periodisme)|\bxornalismo\s+independente\b"
    r"|\bperiodismo\s+independiente\b|\bjournalisme\s+indépendant\b|\bgiornalismo\s+indipendente\b|\bjornalismo\s+independente\b"
    r"|\bonafhankelijke\s+journalistiek\b|\bnewyddiaduraeth\s+annibynnol\b|\bcefnogwch\s+ni\b|\btoeta(?:ge)?\s+meid\b"
    r"|\bsõltumatu\w*\s+ajakirjandus\w*|\batbalsti(?:et)?\s+mūs\b|\bneatkarīg\w*\s+žurnālistik\w*|\bparemk(?:ite)?\s+mus\b"
    r"|\bnepriklausom\w*\s+žurnalistik\w*|\bondersteun\s+ons\b|\bonafhanklike\s+joernalistiek\b|\bna\s+mbështet(?:ni)?\b"
    r"|\bgazetari\w*\s+(?:e\s+)?pavarur\b|\bstyðj(?:ið|u)\s+okkur\b|\bóháð\w*\s+blaðamennsk\w*|\btallafa\s+mana\b"
    r"|\baikin\s+jarida\s+mai\s+zaman\s+kansa\b"
    r"|ادعمنا|ادعم\s+(?:الصحافة|عملنا)|תמכו\s+(?:בנו|בעיתונות)"
    # ("stand by us", "support us" in the South Asian scripts: pa "ਸਾਡਾ ਸਾਥ ਦਿਓ", hi "हमारा साथ दें", "हमें सहयोग
    # दें", bn "আমাদের পাশে থাকুন", gu "અમને સાથ આપો", mr "आम्हाला साथ द्या", ur "ہمارا ساتھ دیں")
    r"|ਸਾਡਾ\s+ਸਾਥ\s+ਦਿਓ|ਸਾਡੀ\s+ਮਦਦ\s+ਕਰੋ(?=.{0,40}(?:ਮੈਂਬਰ|ਚੰਦਾ|ਦਾਨ|ਰਸਾਲ|ਵੈੱਬਸਾਈਟ|₹))"
    r"|हमारा\s+साथ\s+(?:दें|दीजिए)|हमें\s+सहयोग\s+(?:दें|दीजिए)|আমাদের\s+পাশে\s+থাকুন"
    r"|અમને\s+સાથ\s+આપો|आम्हाला\s+साथ\s+द्या|ہمارا\s+ساتھ\s+دیں",
    re.I)
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# the bid put as a question: "not a member yet?", the shop's or the club's scheme named or not ("Not a <Scheme> member
# yet?", "Noch kein Mitglied?", "Pas encore membre ?", "¿Aún no eres socio?"), up to the question mark
NOT_YET_MEMBER = re.compile(
    r"\bnot\s+(?:yet\s+)?(?:an?\s+)?(?:\w+\s+){0,2}(?:member|subscriber|cardholder)(?:\s+yet)?\s*\?"
    r"|\bnoch\s+(?:kein(?:e)?\s+(?:\w+\s+){0,2}|nicht\s+)(?:mitglied|abonnent\w*|kunde\w*|\w*karte)\s*\?"
    r"|\b(?:pas|vous\s+n'[êe]tes\s+pas|tu\s+n'es\s+pas)\s+encore\s+(?:\w+\s+){0,2}(?:membre|abonn[ée]e?|adh[ée]rent\w*)\s*\?"
    r"|\b(?:a[úu]n|todav[íi]a)\s+no\s+(?:eres|es|sois)\s+(?:\w+\s+){0,2}(?:socio|socia|miembro|suscriptor\w*)\s*\?"
    r"|\bnon\s+(?:sei|siete|è)\s+ancora\s+(?:\w+\s+){0,2}(?:socio|socia|membro|iscritt\w|abbonat\w)\s*\?"
    r"|\bainda\s+n[ãa]o\s+(?:é|és|[ée]s|são)\s+(?:\w+\s+){0,2}(?:s[óo]ci[oa]|membro|assinante)\s*\?"
    r"|\bnog\s+geen\s+(?:\w+\s+){0,2}(?:lid|abonnee|klant)\s*\?|\b(?:inte|ikke|ikkje)\s+(?:\w+\s+){0,2}medlem\s+(?:än|ännu|endnu|ennå|enno)\s*\?"
    r"|\bet(?:kö)?\s+(?:ole|vielä)\s+(?:vielä\s+|ole\s+)?(?:\w+\s+){0,2}jäsen\w*\s*\?|\bnie\s+jesteś\s+jeszcze\s+(?:\w+\s+){0,2}członkiem\s*\?"
    r"|\b(?:ještě|ešte)\s+(?:nejste|nejsi|nie\s+ste|nie\s+si)\s+(?:\w+\s+){0,2}člen\w*\s*\?|\bmég\s+nem\s+(?:vagy|ön)\s+(?:\w+\s+){0,2}tag\w*\s*\?"
    r"|\bnu\s+(?:ești|sunteți)\s+(?:încă\s+)?(?:\w+\s+){0,2}membru\s*\?|(?<!\w)(?:ещё|еще|ще)\s+не\s+(?:\w+\s+){0,2}(?:участник|член|подписчик|учасник|передплатник)\w*\s*\?"
    r"|\bhenüz\s+(?:\w+\s+){0,2}üye\s+değil\s+mi\w*\s*\?|\bjoš\s+(?:niste|nisi)\s+(?:\w+\s+){0,2}član\w*\s*\?"
    r"|(?<!\w)δεν\s+(?:είστε|είσαι)\s+ακόμα\s+μέλος\s*;|\bbelum\s+(?:menjadi\s+|jadi\s+)?(?:anggota|member)\s*\?"
    r"|\bencara\s+no\s+(?:ets|sou)\s+(?:\w+\s+){0,2}(?:soci|sòcia|membre|subscriptor\w*)\s*\?",
    re.I)
# the bid to take out a subscription to the magazine or paper, opening the line (nn/nb/da "Teikn/Tegn abonnement på …",
# sv "Teckna en prenumeration på …", en "Subscribe to …", de "Abonnieren Sie …", fr "Abonnez-vous à …", es "Suscríbete
# a …", it "Abbonati a …", pt "Assine …", nl "Neem een abonnement op …", pl "Zaprenumeruj …", cs "Předplaťte si …",
# fi "Tilaa …", is "Gerist áskrifandi", ru/uk "Подпишитесь на …", tr "… abone olun"): with a periodical's reason only
SUBSCRIBE = re.compile(
    r"^\W{0,3}(?:(?:teikn|tegn|teckna)\s+(?:et\s+|eit\s+|ett\s+|en\s+)?(?:abonnement|abonnemang|prenumeration)"
    r"|subscribe\s+(?:now\s+)?to|take\s+out\s+a\s+subscription|(?:jetzt\s+)?abonnieren\s+sie|abonniere|abonnez-vous|abonne-toi"
    r"|suscr[ií]b(?:ete|ase|anse)|abb?onati|abbonatevi|assine|neem\s+een\s+abonnement|abonneer\s+je|zaprenumeruj|zamów\s+prenumeratę"
    r"|předplaťte\s+si|predplaťte\s+si|tilaa|prenumerera|abonn[eé]r|gerist\s+áskrifandi|подпишитесь|оформите\s+подписку|передплатіть"
    r"|fizess\s+elő|abonează-te|pretplatite\s+se|naročite\s+se|tellige|abonējiet|užsisakykite|εγγραφείτε\s+συνδρομητ\w*"
    # (the familiar imperative too: lv "Abonē …", lt "Užsisakyk …", et "Telli …", hr/bs/sr "Pretplati se …", sl "Naroči se …", cs/sk
    # "Předplať si …", ro "Abonează-te", uk "Передплати …", ru "Подпишись на …", pl "Zasubskrybuj …")
    r"|abonē|užsisakyk|prenumeruok|telli|pretplati\s+se|naroči\s+se|předplať\s+si|predplať\s+si|передплати|подпишись\s+на|zasubskrybuj"
    # (and eo "Abonu …", mt "Abbona …", br "Koumanantit …", ht "Abòne nan/a …", gd "Gabh fo-sgrìobhadh", ga "Liostáil le",
    # cy "Tanysgrifiwch", eu "Harpidetu", gl "Subscríbete", ca "Subscriu-te", sq "Abonohu(ni)", af "Teken in op", sw
    # "Jiandikishe", tl "Mag-subscribe", lb "Abonnéiert")
    r"|abonu|abbona|koumanant(?:it|iñ)|ab[òo]ne\s+(?:nan|a|ak)|gabh\s+fo-sgr[iì]obhadh|liost[aá]il\s+le|tanysgrifiwch"
    r"|harpidetu|subscr[ií]bete|subscriu-te|abonohu(?:ni)?|teken\s+in\s+op|jiandikishe|mag-?subscribe|abonn[ée]iert"
    # (vi "(Mời bạn đọc) đặt mua …": the reader invited to order the periodical)
    r"|(?:mời\s+(?:bạn\s+đọc|quý\s+độc\s+giả|quý\s+vị)\s+)?đặt\s+mua)\b"
    r"|(?<!\w)abone\s+olun",
    re.I)
# ... and the periodical's reason: its issues a year, or the copy straight to the reader's mailbox or door ("four issues
# a year", nn "fire nummer i året", de "vier Ausgaben im Jahr", fr "quatre numéros par an", "direkt in Ihren Briefkasten")
PERIODICAL = re.compile(
    r"\b(?:issues?|numbers?)\s+(?:a|per|each)\s+year|\b(?:nummer|numre|nummer|utgåvor|utgaver|hefte|hefter)\s+(?:i|per|om)\s+(?:året|år|aaret)"
    r"|\b(?:ausgaben|hefte)\s+(?:im|pro)\s+jahr|\bnum[ée]ros\s+par\s+an|\bn[úu]meros\s+(?:al|por|ao|por)\s+a[ñn]o|\bnumeri\s+(?:all['’]|l['’]|per\s+)anno"
    r"|\bnummers\s+per\s+jaar|\bnumeroa\s+vuodessa|\bnumerów\s+(?:rocznie|w\s+roku)|\bčísel\s+ročně|(?<!\w)(?:номера|номеров|выпуска|выпусков)\s+в\s+год"
    r"|\b(?:mailbox|letterbox|letter\s+box|doorstep|postkass\w*|postkasse\w*|brevlåd\w*|briefkasten|boîte\s+aux\s+lettres|buz[óo]n|cassetta\s+della\s+posta"
    r"|brievenbus|skrzynk\w*\s+pocztow\w*|schránk\w*|postilaatikko\w*|caixa\s+de\s+correio|почтовый\s+ящик)\b"
    # (times a year: en, nl, fy "kear yn it jier", de "mal im Jahr", fr "fois par an", br "gwech ar bloaz"; the fy letterbox "bus")
    r"|\b(?:times\s+a|keer\s+per|kear\s+(?:yn\s+it|it|per)|mal\s+im|fois\s+par|gwech\s+ar)\s+(?:year|jaar|jier|jahr|an|bloaz)\b|\bbrievebus\b|\byn\s+['’]e\s+bus\b"
    # (eo "numeroj jare", br "niverenn(où) ar bloaz" (after a numeral the singular), mt "ħarġiet fis-sena", ga "eagráin sa bhliain", cy "rhifyn y flwyddyn",
    # eu "ale urtean", et "numbrit aastas", "iga kuu koju"; the mailbox: et "postkast", br "boest-lizhiri", eo "leterkesto", mt "kaxxa tal-posta")
    r"|\bnumeroj\s+(?:jare|po\s+jaro)|\bniverenn(?:o[uù])?\s+(?:ar|bep)\s+bloaz|\bħarġiet\s+fis-sena|\beagr[aá]in\s+sa\s+bhliain"
    r"|\brhifyn\w*\s+y\s+flwyddyn|\bale\s+urtean|\bnumbrit\s+aastas|\biga\s+kuu\s+koju|\bpostkasti?\b|\bboest-lizhiri\w*|\bleterkest\w*|\bkaxxa\s+tal-posta"
    # or the paywall's reason: reading without limits (en, de, fr, es, it, pt, nl, sv, da/nb, fi, pl, cs, sk, hu, ro, ru,
    # uk, hr/bs/sr, sl, lt, lv, et, tr, id, vi, el)
    r"|\b(?:unlimited\s+(?:access|reading)|read\s+without\s+limits|unbegrenzt(?:en)?\s+(?:lesen|zugang|zugriff)|en\s+illimité|sans\s+limites?"
    r"|sin\s+l[ií]mites?|senza\s+limiti|sem\s+limites?|onbeperkt|obegränsa[dt]|ubegrenset|ubegrænset|rajattomasti|rajaton\s+pääsy"
    r"|bez\s+ograniczeń|bez\s+omezení|bez\s+obmedzení|korlátlan\w*|nelimitat|fără\s+limit\w*|без\s+ограничени\w*|без\s+обмежен\w*"
    r"|bez\s+ograničenja|brez\s+omejitev|be\s+apribojimų|neribot\w*|bez\s+ierobežojumiem|neierobežot\w*|piiramatu\w*"
    r"|sınırsız|tanpa\s+batas|không\s+giới\s+hạn|χωρίς\s+όρια|απεριόριστ\w*"
    # (mt, ga, cy, eu, ca, gl, ast, eo, is, sq, af, lb, br, ht, sw, tl)
    r"|mingħajr\s+limit\w*|gan\s+teorainn|heb\s+(?:gyfyngiad|derfyn)|diderfyn|mugarik\s+gabe|sense\s+l[íi]mits?|sen\s+l[íi]mites?"
    r"|ensin\s+llendes|senlim\w*|ótakmarkað\w*|pa\s+kufi\w*|onbeperk|onbegrenzt|hep\s+bevenn|san\s+limit\w*|bila\s+kikomo"
    r"|walang\s+limit\w*)"
    # or its issues a year where the lists above have none (el, ro, hu, hr/bs/sr, sl, bg, tr, sq, ca, gl, lt, lv, sk)
    r"|(?<!\w)τεύχη\s+(?:το|τον|ανά\s+τον|κάθε)\s+χρόνο|(?<!\w)τεύχη\s+ετησίως|\bnumere\s+pe\s+an|\bszám\w*\s+évente"
    r"|\bbrojeva\s+godišnje|\bštevilk\s+na\s+leto|(?<!\w)броя\s+годишно|\byılda\s+\w+\s+sayı|\bnumra\s+në\s+vit"
    r"|\bnúmeros\s+(?:a\s+)?l['’]any|\bnúmeros\s+ao\s+ano|\bnumeri[ai]\s+per\s+metus|\bnumuri\s+gadā|\bčísel\s+ročne"
    # or the print edition subscribed to (en, de, fr, es/gl, it, pt, nl, sv, da/nb, fi, pl, cs, sk, hu, ro, ru, uk, bg,
    # hr/sr, sl, tr, ca, el)
    r"|\bprint\s+(?:edition|issue|magazine)|\b(?:print|papier)ausgabe\w*|\bgedruckte\s+ausgabe|\b(?:édition|version)\s+(?:papier|imprimée)"
    r"|\bedici[óo]n\s+(?:impresa|en\s+papel)|\b(?:edizione|rivista|copia)\s+cartacea|\b(?:edição|revista)\s+impressa"
    r"|\bpapieren\s+(?:editie|uitgave|tijdschrift)|\bpapperstidning\w*|\bpapiravis\w*|\bpaperilehte?\w*|\bpainettu\w*\s+lehte?\w*"
    r"|\b(?:wydanie|wersj\w)\s+(?:papierow\w+|drukowan\w+)|\bpapierowe\s+wydanie|\btištěn\w+\s+(?:vydání|časopis\w*)"
    r"|\btlačen\w+\s+vydani\w*|\bnyomtatott\s+(?:kiadás|szám|lap)\w*|\b(?:edi[țţ]ia|revista)\s+tipărită"
    r"|(?<!\w)(?:печатн\w+|бумажн\w+|друкован\w+|паперов\w+)\s+(?:верси\w+|издани\w+|видання|журнал\w*)|(?<!\w)печатно(?:то)?\s+издание"
    r"|\b(?:tiskano|štampano|tiskana)\s+(?:izdanje|izdaja)|\bbasılı\s+(?:sayı|dergi|nüsha)\w*|\bedició\s+(?:impresa|en\s+paper)"
    r"|(?<!\w)έντυπ(?:ο|η|ης|ου)\s+(?:τεύχος|τεύχη|έκδοση|περιοδικό)",
    re.I)
# the bid to become the periodical's subscriber (BECOME_MEMBER's subscriber nouns, read with PERIODICAL's reason; fundbox too)
SUBSCRIBER = _SUBSCRIBER = re.compile(r"subscri|abonn|suscri|assinant|abbonat|prenumer|predplat|předplat|pretplat|naročnik|tilaaja|tellija"
                         r"|abonent|abonat|подписчик|підписник|συνδρομητ|harpidedun|intekenaar|pelanggan", re.I)
# the bid to subscribe opening a sentence of the line ("… costs money. Subscribe from $1 a week", "Abonnez-vous dès
# 1 € par mois", "Suscríbete desde 1 € al mes", "Jetzt abonnieren ab 1 € im Monat", "Abbonati da", "Assine a partir de",
# "Abonneer nu vanaf …", "Prenumerera från …", "Zaprenumeruj od …", "Подпишитесь от …", fi "Tilaa nyt …" (a bare
# "tilaa" is also "room")): read with the price in the bid's own sentence only (``_priced_bid``)
SUBSCRIBE_SENTENCE = re.compile(
    r"(?:^|[.!?]\s+)\W{0,3}(?:subscribe|jetzt\s+abonnieren|abonnieren\s+sie|abonnez-vous|abonne-toi"
    r"|suscr[ií]b(?:ete|ase)|abbonati|assine|abonneer\s+(?:je|u|nu)|prenumerera|zaprenumeruj|подпишитесь"
    r"|tilaa\s+(?:nyt|heti|tästä)|abonează-te|pretplatite\s+se)(?!\w)",
    re.I)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# the hosting platforms that close a publication's <title> after its own name (Medium's "… | <Publication> | Medium";
# pleas.site_names) and whose membership a publication's pull-quoted plea names ("consider becoming a Medium member")
PLATFORMS = {"medium", "substack", "ghost", "blogger", "tumblr", "wordpress.com", "hashnode", "dev community", "vocal"}
_PLATFORM = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(sorted(map(re.escape, PLATFORMS), key=len, reverse=True)),
                       re.I)
# (casefold.Guarded: their words looked for first, ~0.3 ms a page of plain blog lines)
BECOME_MEMBER, NOT_YET_MEMBER = guarded(BECOME_MEMBER), guarded(NOT_YET_MEMBER)
SUBSCRIBE, PERIODICAL = guarded(SUBSCRIBE), guarded(PERIODICAL)
# a loyalty scheme's reason: points earned or collected, a saving on every purchase ("Earn points on every purchase",
# "Punkte bei jedem Einkauf sammeln", "cumulez des points", "acumula puntos", "10% off every order")
REWARD = re.compile(
    r"\b(?:earn|collect)\s+(?:\w+\s+){0,2}points|\bon\s+every\s+(?:purchase|order)|\bpunkte\s+(?:\w+\s+){0,3}sammeln|\bbei\s+jedem\s+einkauf"
    r"|\bcumule[zr]?\s+(?:des\s+)?points|\b(?:sur|à)\s+chaque\s+achat|\bacumula\w*\s+(?:\w+\s+)?puntos|\ben\s+cada\s+compra"
    r"|\baccumul\w*\s+(?:\w+\s+)?punti|\bsu\s+ogni\s+acquisto|\bjunt[ae]\w*\s+pontos|\bacumul\w*\s+pontos|\bem\s+cada\s+compra"
    r"|\bspaar\s+(?:\w+\s+)?punten|\bbij\s+elke\s+aankoop|\bsaml?a?\s+(?:\w+\s+)?(?:poäng|point)|\b(?:vid|ved)\s+(?:varje|hvert|hvert)\s+(?:köp|køb|kjøp)"
    r"|\bkeräät?\s+(?:\w+\s+)?pisteitä|\bjokaisesta\s+ostoksesta|\bzbieraj\w*\s+(?:\w+\s+)?punkty|\bprzy\s+każdym\s+zakupie"
    r"|\bsbírej\w*\s+(?:\w+\s+)?body|\bpři\s+každém\s+nákupu|\bpontokat\s+gyűjt|\bminden\s+vásárlás\w*|\bla\s+fiecare\s+achiziție"
    r"|(?<!\w)(?:копи|накапливай|збирай)\w*\s+(?:\w+\s+)?(?:балл|бонус|бал)\w*|(?<!\w)с\s+каждой\s+покупки|\bher\s+alışverişte|\bpuan\s+kazan\w*"
    r"|\bkumpul\w*\s+(?:\w+\s+)?poin|\bsetiap\s+pembelian|\bacumuleu\s+punts|\ba\s+cada\s+compra",
    re.I)


def member_plea(text: str, names: tuple[str, ...] = ()) -> bool:
    """A short line bidding the reader become a member of the site, for the site's sake (see the module docstring)."""
    if count_words(text) > 30:  # (first: the cheapest test, and most lines it is asked about are longer)
        return False
    subscribe = SUBSCRIBE.search(text) is not None
    if not (subscribe or BECOME_MEMBER.search(text) or NOT_YET_MEMBER.search(text)):
        return _priced_bid(text)  # (a sentence opening on the bid to subscribe, its price in it)
    if _UNSPACED.search(text) and len(text.strip()) > 90 or has_score(text) or quoted_speech(text):
        return False
    # (the magazine's issues a year, its copy to the reader's mailbox or its print edition, bid to subscribe to or to
    # become its subscriber: "Γίνε συνδρομητής στο έντυπο τεύχος …")
    if (subscribe or _SUBSCRIBER.search(text)) and PERIODICAL.search(text):
        return True
    if SUPPORT_US.search(text) or REWARD.search(text):  # (or a shop's loyalty scheme: points, a saving on every purchase)
        return True
    if PRICE.search(text):  # (a price for the site's membership, not the reader's own library's: _YOUR_OWN)
        return not _YOUR_OWN.search(text)
    # (the site by its own name: "Join <Site> Premium"; glued to its neighbours in an unspaced script)
    return any(re.search(re.escape(n) if _UNSPACED.search(n) else rf"(?<!\w){re.escape(n)}(?!\w)", text, re.I) for n in names if n)


def _priced_bid(text: str) -> bool:
    """A sentence of the line opens on the bid to subscribe and names its price itself ("Subscribe from $1 a week"): a
    price elsewhere in the line ("The hardback is $28. Subscribe to the library's holds list") is the book's."""
    found = SUBSCRIBE_SENTENCE.search(text)
    if found is None:
        return False
    end = _SENTENCE_END.search(text, found.end())
    sentence = text[found.end():end.start() if end else len(text)]
    return bool(PRICE.search(sentence)) and not _YOUR_OWN.search(sentence) and not has_score(text) \
        and not quoted_speech(text)


def boxed_member_plea(block: HtmlElement, body: HtmlElement, text: str, sites=None) -> bool:
    """``member_plea`` between the review's paragraphs, of a line set apart in a box of its own (a theme's membership
    notice: boxed, shrunk, or alone in its wrapper) that bids the reader become a member (BECOME_MEMBER) or subscribe
    at a price (``_priced_bid``) for the site's sake; a reviewer's sentence on a character who joins a club sits among
    the paragraphs, in no box. A platform's plea set as a pull quote (Medium's "<Publication> is a reader-supported
    publication … consider becoming a Medium member") is a quotation the review could hold: it is the site's only when
    its first sentence opens on the site's own name (``sites``: a callable giving them, folded; the whole name, not a
    word's head) and it links out or names its hosting platform (PLATFORMS), or the page's <title> closes on one; a
    quotation from a novel whose title the site shares does none of these; the site's declared name (og:site_name) or
    its masthead's (the logo or the link home in the page's header) naming it confirms it as well (``_declared``)."""
    if count_words(text) > 30 or block.tag not in ("p", "div", "span", "blockquote"):
        return False
    priced = _priced_bid(text)
    if not (priced or BECOME_MEMBER.search(text)):
        return False
    if block.tag == "blockquote":
        names = sites() if sites is not None else ()
        folded = text.casefold().lstrip(" \"'“‘«")
        opening = [n for n in names
                   if len(n) >= 4 and folded.startswith(n) and not folded[len(n):len(n) + 1].isalnum()]
        if not opening:
            return False
        if not (_PLATFORM.search(text) or block.find(".//a[@href]") is not None or any(n in PLATFORMS for n in names)
                or _declared(body, opening)):
            return False  # (no link, no platform named, nor the page's <title> closing on one, nor the name declared)
        return priced or member_plea(text)
    return (own_wrapper(block, body) or set_apart(block, body)) and (priced or member_plea(text))


# the site's name as its metadata declares it or its masthead writes it (the logo's alt, the link home's text in the
# page's header): read by narrow paths, never a walk of the whole tree
_DECLARED = ("/html/head/meta[@property='og:site_name' or @name='application-name' or "
             "@name='apple-mobile-web-app-title']/@content | /html/body/header//a//img/@alt | "
             "/html/body/header//a/text() | /html/body/*/header//a//img/@alt")


def _declared(body: HtmlElement, opening: list[str]) -> bool:
    """One of the names opening the quotation is the one the site's metadata or masthead gives (``_DECLARED``)."""
    root = body.getroottree().getroot()
    return any(" ".join(str(v).split()).casefold() in opening for v in root.xpath(_DECLARED))


# the reader's own or local library, club or shop, whose membership a reviewer recommends at its price: en "your own"
# town or library (not "your own copy": the plea's offer), "your local", fr "votre propre" ville, "de votre quartier",
# es/pt "tu propia" ciudad, "de tu barrio", "do seu bairro", it "della tua città", de "Ihrer örtlichen", id "di
# kotamu", and "your own town, area" in hi/ur "अपने/اپنے", bn "নিজের", pa "ਆਪਣੇ", gu "પોતાના", mr "आपल्या"
_YOUR_OWN = re.compile(
    r"(?<!\w)(?:your\s+(?:own\s+(?:local\s+)?(?:town|city|village|library|branch|neighbou?rhood|area|community|"
    r"book\s?(?:shop|store))|local)|votre\s+propre\s+(?:ville|bibliothèque|quartier)|de\s+votre\s+(?:quartier|ville)|"
    r"tu\s+propia\s+(?:ciudad|biblioteca)|"
    r"de\s+tu\s+(?:barrio|ciudad)|"
    r"(?:do|da)\s+seu\s+bairro|della\s+tua\s+città|ihre[rn]?\s+örtlichen|di\s+kotamu)(?!\w)|"
    r"(?:अपने|اپنے|নিজের|ਆਪਣੇ|પોતાના|आपल्या)\s+(?:शहर|मोहल्ले|इलाके|नज़दीकी|नजदीकी|स्थानीय|गाँव|कस्बे|شہر|علاقے|"
    r"محلے|শহর|এলাকা|পাড়া|ਸ਼ਹਿਰ|ਇਲਾਕੇ|ਪਿੰਡ|શહેર|વિસ્તાર|गावा|शहरा|परिसरा)", re.I)
