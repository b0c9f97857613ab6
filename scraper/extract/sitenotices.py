"""The publication's notices at the edge of an article, not the review: read by where they stand and what they say.

News sites, magazines and the platforms that host writers' columns print the same few notices around every article,
whoever writes it; ``sitelines.mark`` asks these of the blocks left at the edge of the text (the first three or the
last three), each a short block of its own with no score:

- the disclaimer that the article is its writer's and not the publication's (``views_disclaimer``): "The views
  expressed are the author's own and do not necessarily reflect those of the editors", zh "本文来自…创作者，不代表…的观点和
  立场", "仅代表作者个人观点", ja "筆者個人の見解であり", ko "필자 개인의 의견이며 본지의 편집 방향과 다를 수 있습니다",
  ru "точка зрения автора может не совпадать с позицией редакции", uk "не відображає позицію редакції", ar "لا تعبر
  بالضرورة عن رأي الموقع", tr "yayın politikamızı yansıtmaz", de "muss nicht der Meinung der Redaktion entsprechen", fr
  "ne reflète pas nécessairement la position de la rédaction", es, pt, it, pl, cs, nl, ro, hu, fi, et, lv, lt, hr/sr,
  sl, sq, ca, ms, tl, ka, hy, az, uz, kk, mn, ur, sw …; or that the editors answer not for the bloggers' content,
  cs "redakce za jejich obsah neodpovídá", de "Die Redaktion übernimmt keine Verantwortung für deren Inhalte", pl, hu,
  en, fr, es, pt, it, sk, ro, hr, ru, uk: a negated verb of
  representing or reflecting with the views or the position it does not stand for, or the views said to be the
  writer's alone (``creditlines.own_views_disclaimer``'s older forms are read too);
- the paywall's line about the reader's access (``access_line``): "You are reading this article as part of your
  subscription", pl "Ten artykuł czytasz w ramach płatnej subskrypcji", "Artykuł dostępny tylko dla subskrybentów", de
  "Dieser Artikel ist exklusiv für Abonnenten", fr "Article réservé aux abonnés", es "Contenido exclusivo para
  suscriptores", ru "Материал доступен только по подписке", ja "有料会員限定記事", zh "付费会员专享" …: the reader's
  subscription or the article's being for subscribers, said in a line of twenty words at most.

And a box set in the article that asks for a subscription (``subscription_box``): a small box of its own (a heading or
a line and a button) whose link goes to the publication's subscription page, by its address ("/abo/…",
"/abonnement", "/subscribe", "/suscripcion", "/assinatura", "/prenumerata", "/podpiska", "/pretplata", a host "abo.…"), sixty
words at most, no score; or a box that holds only a line bidding the reader to take out a subscription (de "Jetzt Abo
abschließen", en "Subscribe now", fr "Abonnez-vous", es, pt, it, nl, pl, cs, sk, ru, uk, sv, da/no, hu, fi), opening
the line or its clause after no more than an address or a teaser question ("Liebe Leser,", "Sie lesen gern?"), one
short sentence at most after it, thirty words in all, no quotation mark before it, and no link at all. A review
that speaks of subscribing (a novel about a magazine) links no such page, and a book's info box links the shop or the
publisher.

A library's page closes the same way with a bidding to get a library card (``library_card_ask``): a sentence or two,
then a button-like link naming the card that ends the line ("Not a member yet? It is free. <a>Get a library card</a>",
nb "Skaff lånekort", de "Leseausweis beantragen"), closing its box in the body's second half; it sends the reader to
the book in its catalogue with a line that opens on a link to reserve or borrow it (``catalogue_line``: "<a>Reserve the
book in the catalogue</a> – also as an e-book", lendingpage's verbs), set anywhere; and its CMS closes every page with
the page's information (``page_info``, among the last rows): when it was last updated, a label and a whole date
("Last updated: 2 December 2026", de "Zuletzt aktualisiert", fr "Dernière mise à jour", ja "最終更新日" …, some twenty
languages), and who answers for it, a label and a few words ("Page owner: Web team", de "Seitenverantwortlich: …").
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .casefold import guarded
from .creditlines import own_views_disclaimer
from .datelines import FULL_DATE
from .lendingpage import LEND_LEAD
from .nodes import links_of, text_of
from .rating import has_score
from .words import count_words

# the views or the position a disclaimer says the article does not stand for, negated, in many languages; or the
# views said to be the writer's alone
_DISCLAIMER = re.compile(
    # en: "does not (necessarily) represent/reflect the views/position/opinion of …", "not necessarily those of",
    # "the author's personal opinion", "… are solely those of the author"
    r"(?:do|does|did)\s*(?:not|n['’]t)\s+(?:necessarily\s+)?(?:represent|reflect|express|state)\s+(?:the\s+)?"
    r"(?:views?|opinions?|position|positions|standpoint|policy|stance)|not\s+necessarily\s+(?:those|the\s+views)\s+of|"
    r"(?:solely|entirely|only)\s+(?:those\s+)?of\s+(?:the|its)\s+(?:author|writer|contributor)s?\b|"
    # de
    r"(?:muss|müssen)\s+nicht\s+(?:unbedingt\s+|zwingend\s+)?(?:mit\s+)?der\s+(?:Meinung|Position|Haltung)|"
    r"(?:gibt|geben|spiegel\w*)\s+nicht\s+(?:unbedingt\s+|zwingend\s+|notwendigerweise\s+)?(?:die\s+)?(?:Meinung|Position|Haltung)\w*\s+der\s+Redaktion|"
    r"nicht\s+(?:unbedingt\s+|zwingend\s+)?(?:die\s+)?(?:Meinung|Position|Haltung)\s+der\s+Redaktion|"
    # fr
    r"ne\s+(?:reflète|reflètent|représente|représentent|engage|engagent)\s+pas\s+(?:nécessairement\s+)?(?:l['’]opinion|la\s+position|le\s+point\s+de\s+vue|la\s+rédaction|le\s+journal|le\s+site)|"
    # es, pt, it
    r"no\s+(?:necesariamente\s+)?(?:refleja|reflejan|representa|representan)\s+(?:necesariamente\s+)?(?:la\s+(?:opinión|postura|posición|línea)|el\s+(?:punto\s+de\s+vista|criterio))|"
    r"não\s+(?:necessariamente\s+)?(?:reflete|refletem|representa|representam|expressa|expressam)\s+(?:necessariamente\s+)?(?:a\s+(?:opinião|posição|linha)|o\s+ponto\s+de\s+vista)|"
    r"non\s+(?:necessariamente\s+)?(?:rispecchia|rispecchiano|riflette|riflettono|rappresenta|rappresentano)\s+(?:necessariamente\s+)?(?:l['’]opinione|la\s+(?:posizione|linea)|il\s+(?:punto\s+di\s+vista|pensiero))|"
    # nl, pl, cs, sk
    r"(?:geeft|geven|weerspiegel\w*)\s+niet\s+(?:noodzakelijk\w*\s+)?(?:de\s+)?(?:mening|standpunt)|"
    r"nie\s+(?:musi|muszą|odzwierciedla\w*|wyraża\w*|reprezentuj\w*)\s+(?:\w+\s+){0,3}?(?:stanowisk\w*|poglądów|opinii|zdania)\s+redakcji|"
    r"(?:nemusí|nevyjadřuj\w*|neodráž\w*|nemusia|nevyjadruj\w*)\s+(?:\w+\s+){0,3}?(?:názor\w*|stanovisk\w*|postoj\w*)\s+redakce|"
    # ru, uk, bg
    r"(?:точк\w+\s+зрения|мнени\w+|позици\w+)\s+(?:автор\w*\s+)?(?:может\s+не\s+совпадать|не\s+(?:обязательно\s+)?(?:совпада|отража))|"
    r"не\s+(?:обязательно\s+)?(?:отражает|отражают|выражает|выражают)\s+(?:\w+\s+){0,2}?(?:позици\w+|мнени\w+|точк\w+\s+зрения)|"
    r"не\s+(?:обов['’ʼ]язково\s+)?(?:відображає|відображають|відображати|збігається|збігаються|висловлює|висловлюють)\s+(?:\w+\s+){0,2}?(?:позиці\w+|думк\w+|точк\w+\s+зору)|"
    r"(?:точк\w+\s+зору|думк\w+|позиці\w+)\s+(?:автор\w*\s+)?(?:може\s+не\s+збігатися|не\s+завжди\s+збіга)|"
    r"не\s+(?:непременно\s+)?(?:отразява|отразяват|изразява|изразяват)\s+(?:\w+\s+){0,2}?(?:позиция|мнение)|"
    # el, tr
    r"δεν\s+(?:απηχ\w+|εκφράζ\w+|αντιπροσωπεύ\w+)\s+(?:απαραίτητα\s+)?(?:τ[ιη]ς?\s+)?(?:απόψεις|θέσεις|άποψη|θέση)|"
    r"(?:yayın\s+)?politika(?:mızı|sını)\s+yansıtmaz|görüşlerini\s+yansıtmaz|(?:sorumluluğu|görüşler)\s+yazar\w*\s+ait|"
    # ar, fa, he
    r"لا\s+(?:تعبر|تعبّر|يعبر|يعبّر|تمثل|تمثّل|يمثل)\s+(?:بالضرورة\s+)?عن\s+(?:رأي|موقف|وجهة\s+نظر)|"
    r"(?:بیانگر|منعکس\s*کننده)\s+(?:\S+\s+){0,3}?(?:دیدگاه|نظر|موضع)\S*\s+(?:\S+\s+){0,3}?نیست|"
    r"אינ(?:ן|ם|ה|ו)\s+(?:בהכרח\s+)?(?:משקפ\w*|מייצג\w*)\s+את\s+(?:עמדת|דעת)|"
    # hi, id, vi
    r"(?:आवश्यक\s+नहीं|ज़रूरी\s+नहीं|जरूरी\s+नहीं).{0,40}(?:सहमत|विचार|राय)|"
    r"tidak\s+(?:selalu\s+|mesti\s+)?(?:mencerminkan|mewakili)\s+(?:\w+\s+){0,2}?(?:pandangan|sikap|kebijakan|pendapat)|"
    r"không\s+(?:nhất\s+thiết\s+)?(?:phản\s+ánh|đại\s+diện\s+cho|thể\s+hiện)\s+(?:\S+\s+){0,2}?(?:quan\s+điểm|lập\s+trường)|"
    # zh: "does not represent <the platform>'s views / position", "represents only the author's (own) views"
    r"不代表.{0,20}?(?:观点|立场|觀點|立場|看法|意见|意見)|(?:仅|僅|只)代表(?:作者|笔者|筆者|个人|個人|本人)|"
    r"(?:观点|觀點|言论|言論)(?:仅|僅)(?:代表|属于|屬於)|文责自负|文責自負|"
    # the position of the editors or the publication the article's may not match or reflect: ro, hu, fi, et, lv, lt,
    # hr/bs/sr, sl, sq, ca, ms, tl, ka, hy, az, uz, kk, mn, ur, sw
    r"nu\s+(?:reflect[ăa]|reprezint[ăa]|exprim[ăa])\s+(?:neap[ăa]rat\s+)?(?:pozi[țţ]ia|opinia|punctul\s+de\s+vedere)|"
    r"nem\s+(?:feltétlenül\s+)?(?:tükrözi|egyezik)\s+(?:meg\s+)?(?:a\s+)?(?:szerkesztőség|kiadó|lap)\w*|"
    r"ei\s+(?:välttämättä\s+)?(?:edusta|vastaa|heijasta)\s+(?:\w+\s+){0,2}?(?:toimituksen|lehden|julkaisijan)|"
    r"ei\s+pruugi\s+(?:\w+\s+)?(?:kattuda|ühtida|peegeldada)\s+(?:\w+\s+){0,2}?toimetuse|"
    r"var\s+nesakrist\s+ar\s+(?:\w+\s+)?redakcijas|nebūtinai\s+(?:sutampa|atspindi)\s+(?:su\s+)?(?:\w+\s+)?redakcijos|"
    r"ne\s+(?:odražava\w*|izražava\w*|predstavlja\w*|odražaj\w*)\s+(?:nužno\s+|nujno\s+|nužno\s+)?(?:stav\w*|mišljenj\w*|stališ\w*|mnenj\w*)\s+(?:\w+\s+)?(?:redakcij\w*|uredništva|uredni\w*)|"
    r"не\s+(?:одражава\w*|изражава\w*|представља\w*)\s+(?:нужно\s+)?(?:став\w*|мишљењ\w*)\s+(?:\w+\s+)?редакциј\w*|"
    r"nuk\s+(?:pasqyro\w*|përfaqëso\w*)\s+(?:domosdoshmërisht\s+)?(?:qëndrimin|pikëpamjet|mendimin|politikën)|"
    r"no\s+(?:reflecteix\w*|representa\w*)\s+necessàriament|"
    r"tidak\s+(?:semestinya|semistinya|sepatutnya)\s+(?:mencerminkan|mewakili)|"
    r"hindi\s+(?:kinakailangang\s+|nangangahulugang\s+)?(?:sumasalamin|kumakatawan)\w*\s+sa\s+(?:pananaw|opinyon|paninindigan|posisyon)|"
    r"შეიძლება\s+არ\s+(?:ემთხვეოდეს|ასახავდეს)|կարող\s+(?:է|են)\s+չհամընկնել|"
    r"redaksiyanın\s+(?:mövqe\w*|fikr\w*)\s+(?:ilə\s+)?üst-üstə\s+düşməy|tahririyat\s+(?:nuqtai\s+nazari|fikri|pozitsiyasi)\w*\s+(?:bilan\s+)?mos\s+kelmas|"
    r"редакция\w*\s+(?:көзқарас|ұстаным|пікір)\w*\s+(?:\w+\s+)?сәйкес\s+келмеу|редакцийн\s+(?:байр\s+суур|үзэл\s+бодол)\w*|"
    r"ادارے\s+کا\s+(?:\S+\s+){0,4}?متفق\s+ہونا\s+ضروری\s+نہیں|"
    r"(?:hayawakilishi|haiwakilishi|hayaakisi)\s+(?:\w+\s+){0,2}?(?:msimamo|maoni|mtazamo)|"
    # the editors answer not for what the writers (a blog platform's bloggers) write: en, de, fr, es, pt, it, pl, cs,
    # sk, hu, ro, hr/sr, ru, uk
    r"(?:editors?|editorial\s+(?:team|board|staff)|publisher)\s+(?:is|are|takes?|bears?|assumes?)\s+(?:not|no)\s+"
    r"(?:\w+\s+)?responsib\w*\s+for\s+(?:the|their|its)\s+content|"
    r"redaktion\s+(?:übernimmt|trägt)\s+keine\s+(?:\w+\s+)?(?:verantwortung|haftung)\s+für\s+(?:den|die|deren|"
    r"dessen)\s+inh|"
    r"rédaction\s+(?:n['’]est\s+pas|"
    r"ne\s+saurait\s+être)\s+(?:tenue\s+(?:pour\s+)?)?responsable\s+d[ue]s?\s+(?:leur\s+)?contenu|"
    r"(?:redacci[óo]n|reda[çc][ãa]o)\s+no\s+(?:se\s+)?(?:hace|responsabiliza|es)\s+(?:responsable\s+)?(?:del|de\s+su|"
    r"pelo|do)\s+conte[nú]|"
    r"redazione\s+non\s+(?:è|si\s+assume)\s+(?:\w+\s+)?responsabil\w*\s+(?:per\s+il|del|dei)\s+contenut|"
    r"redakcja\s+nie\s+(?:ponosi|bierze)\s+odpowiedzialności\s+za\s+(?:\w+\s+)?treś|"
    r"redakc(?:e|ia)\s+za\s+(?:\w+\s+){0,2}obsah\s+(?:neodpovídá|nezodpovedá|nenese|nenesie)|"
    r"szerkesztőség\s+nem\s+vállal\s+felelősséget\s+a\s+(?:\w+\s+)?tartalm|"
    r"redac[țţ]ia\s+nu\s+(?:[îi]și\s+asumă|este)\s+(?:\w+\s+)?responsab\w*|"
    r"(?:uredništvo|redakcija)\s+ne\s+(?:odgovara|snosi\s+odgovornost)\s+za\s+(?:\w+\s+)?sadržaj|"
    r"редакци[яі]\s+не\s+(?:нес[её]т|несе)\s+відповідальності|редакция\s+не\s+нес[её]т\s+ответственности|"
    # ja, ko
    r"(?:筆者|著者|執筆者)(?:個人|の個人的)?の(?:見解|意見|考え)(?:であり|です|に基づ)|(?:当社|弊社|編集部|当サイト|本誌)の(?:見解|意見|立場)(?:を|と)(?:示す|代表|反映|異な)|"
    r"(?:필자|글쓴이|작성자|기고자)\s*(?:개인)?의\s*(?:개인\s*)?(?:의견|견해|생각)(?:이며|입니다|으로)|편집\s*방향과\s*(?:다를|무관|일치하지)", re.I)
_DISCLAIMER = guarded(_DISCLAIMER)  # (casefold.Guarded: its words looked for first)


def views_disclaimer(text: str) -> bool:
    """The publication's line that the article's views are its writer's, not its own (module docstring): short,
    without a score."""
    if count_words(text) > 45 or has_score(text):
        return False
    if own_views_disclaimer(text):
        return True
    if not _DISCLAIMER.search(text):
        return False
    from .housekeeping import a_note  # (late: housekeeping reads the cleaning's modules)
    return not a_note(text)  # (a reviewer's free-copy note with it is review, as own_views_disclaimer says)


# the reader's access through a subscription, or the article's being for subscribers only
_ACCESS = re.compile(
    # en
    r"(?:reading|read)\s+(?:this|the)\s+(?:article|story|piece)\s+(?:as\s+(?:a\s+)?(?:paying\s+)?(?:subscriber|member)|(?:as\s+part\s+of|with|through|thanks\s+to)\s+your\s+(?:paid\s+)?(?:subscription|membership))|"
    r"(?:for|to)\s+(?:paying\s+|paid\s+|premium\s+|digital\s+)?(?:subscribers|members)\s+only|(?:subscriber|member)s?[-\s]only\b|"
    r"(?:exclusive(?:ly)?|available)\s+(?:for|to)\s+(?:our\s+)?(?:paying\s+|paid\s+|premium\s+|digital\s+)?(?:subscribers|members)|"
    # pl
    r"czytasz\s+w\s+ramach\s+(?:\w+\s+)?(?:subskrypcji|prenumeraty|abonamentu)|"
    r"(?:tylko|wyłącznie|dostępn\w+)\s+(?:\w+\s+)?dla\s+(?:subskrybentów|prenumeratorów|abonentów)|"
    # de
    r"(?:exklusiv|nur)\s+für\s+(?:\w+[-\s])?(?:abonnent\w*|abonnent:innen|abonnent\*innen|abo-?kunden|plus-?(?:leser\w*|kund\w*))|"
    r"(?:lesen|lest|liest)\s+(?:diesen|den)\s+(?:artikel|beitrag|text)\s+(?:im\s+rahmen\s+(?:ihres|deines)|mit\s+(?:ihrem|deinem))\s+\w*abo|"
    # fr, es, pt, it
    r"réservée?s?\s+aux\s+abonnés|(?:lisez|lis)\s+(?:cet|cette|un)\s+(?:article|contenu)\s+(?:grâce\s+à|dans\s+le\s+cadre\s+de)\s+(?:votre|ton)\s+abonnement|"
    r"(?:exclusiv[oa]s?|solo|sólo|únicamente)\s+para\s+(?:suscriptores|socios|abonados)|(?:leyendo|lees)\s+(?:este|esta|un)\s+\w+\s+(?:gracias\s+a|con)\s+tu\s+suscripción|"
    r"exclusiv[oa]s?\s+(?:para|a)\s+assinantes|(?:lendo|lê)\s+(?:este|esta)\s+\w+\s+(?:como\s+assinante|graças\s+à\s+sua\s+assinatura)|"
    r"riservat[oia]\s+agli\s+abbonati|(?:stai\s+leggendo|leggi)\s+(?:questo|un)\s+\w+\s+(?:grazie\s+al|con\s+il)\s+tuo\s+abbonamento|"
    # nl, sv, da, nb, fi
    r"(?:exclusief|alleen|enkel)\s+voor\s+abonnees|(?:leest|lees)\s+dit\s+artikel\s+(?:als\s+abonnee|met\s+je\s+abonnement)|"
    r"(?:endast|bara|kun|kunn|eksklusivt)\s+for?\s+(?:prenumeranter|abonnenter)|(?:vain|ainoastaan)\s+tilaajille|tilaajille\s+(?:tarkoitettu|suunnattu)|"
    # cs, sk, hu, ro, el, tr
    r"(?:pouze|jen|výhradně)\s+pro\s+předplatitele|(?:iba|len|výhradne)\s+pre\s+predplatiteľov|(?:csak|kizárólag)\s+előfizetőinknek|(?:csak|kizárólag)\s+előfizetőknek|"
    r"(?:doar|exclusiv)\s+pentru\s+abona[țţ]i|(?:μόνο|αποκλειστικά)\s+για\s+(?:τους\s+)?συνδρομητές|(?:yalnızca|sadece)\s+abonelere|abonelere\s+özel|"
    # sl, hr/bs/sr (and in Cyrillic), bg, mk, lt, lv, et: "dostopen naročnikom", "dostupan samo pretplatnicima", "samo za
    # pretplatnike", "достъпна само за абонати", "tik prenumeratoriams", "tikai abonentiem", "ainult tellijatele"
    r"dostop(?:en|na|no)\s+(?:le\s+|samo\s+|zgolj\s+|izključno\s+)?naročnik(?:om|ov)|(?:samo|le|zgolj|izključno)\s+za\s+naročnike|"
    r"dostup(?:an|na|no)\s+(?:samo\s+|isključivo\s+|jedino\s+)?(?:za\s+)?pretplatnic(?:ima|e)|(?:samo|isključivo|jedino)\s+za\s+pretplatnike|"
    r"(?:доступ(?:ан|на|но)|достап(?:ен|на|но))\s+(?:само\s+|исклучиво\s+|искључиво\s+)?(?:за\s+)?претплатни(?:цима|ци|ке)|само\s+за\s+претплатни(?:ке|ци)|"
    r"(?:достъп(?:ен|на|но)\s+)?(?:само|единствено)\s+за\s+(?:абонати|абонатите)|"
    r"(?:tik|skirta|prieinamas|prieinama)\s+(?:tik\s+)?prenumeratoriams|(?:tikai|pieejams|pieejama)\s+(?:tikai\s+)?abonentiem|"
    r"(?:ainult|vaid|kättesaadav)\s+(?:ainult\s+)?(?:tellijatele|tellijale)|"
    # ru, uk
    r"(?:только|доступн\w+)\s+(?:\w+\s+)?(?:для\s+подписчиков|по\s+(?:платной\s+)?подписке)|(?:лише|тільки|доступн\w+)\s+(?:\w+\s+)?(?:для\s+передплатників|за\s+(?:платною\s+)?передплатою)|"
    # ar, he, fa
    r"(?:حصري|حصريا|حصرياً|متاح)\s+(?:فقط\s+)?للمشتركين|למנויים\s+בלבד|(?:בלעדי|בלעדית)\s+למנויים|(?:ویژه|مخصوص)\s+مشترکان|"
    # ja, zh, ko, vi, id
    r"(?:有料)?(?:会員|購読者)(?:限定|専用)(?:記事|コンテンツ)?|付费(?:会员|用户|订阅)?专享|付費(?:會員|用戶|訂閱)?專享|订阅(?:用户|会员)专享|訂閱(?:用戶|會員)專享|"
    r"(?:유료\s*)?(?:회원|구독자)\s*전용|dành\s+(?:riêng\s+)?cho\s+(?:hội\s+viên|người\s+đăng\s+ký|thuê\s+bao)|"
    r"(?:khusus|eksklusif)\s+(?:untuk\s+)?(?:pelanggan|member|anggota)\s+(?:berbayar|premium|digital)", re.I)
_ACCESS = guarded(_ACCESS)  # (casefold.Guarded: its words looked for first)


def access_line(text: str) -> bool:
    """The paywall's line about the reader's access or the article's being for subscribers (module docstring): twenty
    words at most, no score, not a question."""
    if count_words(text) > 20 or has_score(text) or text.rstrip().endswith(("?", "？")):
        return False
    return bool(_ACCESS.search(text))


# a publication's subscription page, by a whole segment of its address, in many languages
_SUBSCRIBE_SEGMENT = re.compile(
    r"^(?:abo|abos|abonnement|abonnements|abonnieren|abonner|abonnez-vous|abonneren|abonnere|abonnera|abbonamento|abbonamenti|abbonati|"
    r"subscribe|subscription|subscriptions|suscripcion|suscripciones|suscribete|suscribirse|assinatura|assinaturas|assine|"
    r"prenumeration|prenumerera|prenumerata|prenumeraty|subskrypcja|predplatne|predplatné|předplatné|tilaa|tilaus|"
    r"elofizetes|előfizetés|abonament|abonamente|abonelik|podpiska|podpiski|peredplata|podpis|sinyongchak|"
    # (hr, bs, sr, sl, mk, bg, lt, lv, et, el, sq, is, ca, id/ms as their sites transliterate the word)
    r"pretplata|pretplate|pretplati|pretplati-se|pretplatite-se|narocnina|naročnina|narocnine|abonirane|"
    r"prenumeruoti|prenumeratos|abonements|abonesana|abonēšana|tellimus|tellimine|tellida|syndromi|syndromes|sindromi|"
    r"abonohu|abonimi|askrift|subscripcio|subscripció|langganan|berlangganan|"
    # (eu, cy, ga, fy, br, gl, mt, tr, az; and a membership page, which the site's member bid links to)
    r"harpidetza|harpidetu|tanysgrifio|tanysgrifiad|sintius|sintiús|abonnemint|koumanant|subscricion|subscrición|"
    r"abbonament|abone|abone-ol|abunə|abune|membership|memberships|become-a-member|join-us|mitgliedschaft|mitglied-werden|"
    r"adhesion|adhésion|adherer|hazte-socio|socios|bazkidetu|bazkide|lid-worden|word-lid|jasenyys|jäsenyys|czlonkostwo|"
    r"członkostwo|clenstvi|členství|clanstvo|članstvo|medlemskap|medlemskab|bli-medlem|bliv-medlem)$", re.I)
_SUBSCRIBE_HOST = re.compile(r"^(?:abo|abonnement|subscribe|subscription|suscripcion|assinatura|prenumerata|abbonamenti)\.", re.I)
_PORTAL_SIGNUP = ("/portal/signup", "/portal/account/plans", "/portal/support")
_BOX_TAGS = ("div", "aside", "section", "figure")
_MAX_BOX_WORDS = 60


def subscription_link(href: str) -> bool:
    """A link to a publication's subscription page: a whole segment of its path, or its host's first label, says so;
    or Ghost's members portal opened on its sign-up, plans or tip page ("#/portal/signup": the engine's own route)."""
    parts = urlsplit(href.strip())
    if _SUBSCRIBE_HOST.match(parts.hostname or "") or parts.fragment.startswith(_PORTAL_SIGNUP):
        return True
    return any(_SUBSCRIBE_SEGMENT.match(seg) for seg in parts.path.split("/") if seg)


# the bidding to take out a subscription to the publication, in many languages (a box that holds only it, no link)
_SUBSCRIBE_BID = guarded(re.compile(
    r"\b(?:subscribe\s+(?:now|today)|take\s+out\s+a\s+subscription|become\s+a\s+subscriber)\b|"
    r"\babo(?:nnement)?\s+abschließen\b|\bjetzt\s+abonnieren\b|\babonnent(?:in)?\s+werden\b|"
    r"\babonnez-vous\b|\bsouscrivez\s+(?:un|à\s+l['’])\s*abonnement\b|\bsuscr[ií]b(?:ete|ase)\b|\bhazte\s+suscriptor\b|"
    r"\bassine\s+(?:já|agora|a\s+revista|o\s+jornal)\b|\bfaça\s+(?:a\s+)?sua\s+assinatura\b|"
    r"\babbonati\s+(?:ora|subito|alla\s+rivista)\b|\bsottoscrivi\s+(?:un|l['’])\s*abbonamento\b|"
    r"\bneem\s+(?:nu\s+)?een\s+abonnement\b|\babonneer\s+(?:je|u)\s+nu\b|\bzaprenumeruj\w*\b|\bwykup\s+prenumerat\w+|"
    r"\bpředplaťte\s+si\b|\bobjednejte\s+si\s+předplatné\b|\bpredplaťte\s+si\b|"
    r"оформите\s+подписку|оформіть\s+передплату|\bteckna\s+(?:en\s+)?prenumeration\b|\btegn\s+(?:et\s+)?abonnement\b|"
    r"\bfizess(?:en)?\s+elő\b|\btilaa\s+(?:lehti|nyt)\b", re.I))


def subscription_box(block: HtmlElement, body: HtmlElement) -> HtmlElement | None:
    """The small box around `block` that asks for a subscription (module docstring), or None."""
    box = block.getparent()
    if box is None or box is body or box.tag not in _BOX_TAGS:
        return None
    text = text_of(box)
    if not text or count_words(text) > _MAX_BOX_WORDS or has_score(text):
        return None
    if len(text) <= len(text_of(block)) and not _headed_button(block):
        # (a box of its own: the line and a heading or a button beside it, or a line that holds both; or a line alone
        # in its box that bids the reader subscribe, with no link)
        return box if _bare_bid(text) else None
    return box if any(subscription_link(a.get("href") or "") for a in links_of(box)) else None


# what may stand before a box's bare bid: an address or a teaser question, a short clause closed by a comma, "?" or "!"
# ("Liebe Leser,", "Sie lesen gern über Bücher?"), no colon (reported speech: "He calls out: …") and no quotation mark
_BID_LEAD = re.compile(r"^[^:：\"«»„“”‚‘’‹›「」『』]{0,80}[,，?？!！]\s*$")
_QUOTES = re.compile(r"[\"«»„“”‚‘‹›「」『』]")
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+")


def _bare_bid(text: str) -> bool:
    """A box's line that is the bid to subscribe (``_SUBSCRIBE_BID``) and little else: the bid opens its clause (an
    adverb or two before it) and the line, or follows only an address or a teaser question of eight words at most;
    its own sentence runs on twelve words at most, one short sentence at most after it (thirty words in all); never a
    bid inside quotation marks (a novel's line the review quotes)."""
    if count_words(text) > 30 or not (bid := _SUBSCRIBE_BID.search(text)):
        return False
    before = text[:bid.start()]
    cut = max(before.rfind(mark) for mark in ",，?？!！") + 1  # (the bid's clause may open on an adverb: "Jetzt Abo …")
    lead = before[:cut]
    if count_words(before[cut:]) > 2 or lead.strip() and (count_words(lead) > 8 or not _BID_LEAD.match(lead)) \
            or _QUOTES.search(text[:bid.end()]):
        return False
    after = _SENTENCE.split(text[bid.end():].strip(), maxsplit=1)  # (the rest of the bid's sentence, and one more)
    return count_words(after[0]) <= 12 and (len(after) == 1 or count_words(after[1]) <= 10
                                            and not _SENTENCE.search(after[1].strip()))


def _headed_button(block: HtmlElement) -> bool:
    """A box's one line that holds its heading and its button: it opens on its bold heading ("<strong>Subscribe!</strong>")
    and closes on a link, nothing after it ("… <a>Order here</a>")."""
    children = [c for c in block if isinstance(c.tag, str)]
    return len(children) >= 2 and children[0].tag in ("strong", "b") and not (block.text or "").strip() \
        and children[-1].tag == "a" and not (children[-1].tail or "").strip()


_INLINE = ("span", "a", "em", "i", "b", "strong", "small", "time", "label", "font")


def edge_rows(items: list[HtmlElement], live: list[int], rows: int = 3) -> set[int]:
    """The blocks of the first and the last `rows` rows of the text left: a run of inline items in one parent (an action
    bar's "like · share · save" spans) is one row, so that it does not push the notice above it off the edge."""
    def key(i: int):
        block = items[i]
        return block.getparent() if block.tag in _INLINE and block.getparent() is not None else block
    out: set[int] = set()
    for order in (live, live[::-1]):
        seen: list = []
        for i in order:
            k = key(i)
            if k not in seen:
                if len(seen) == rows:
                    break
                seen.append(k)
            out.add(i)
    return out


# a library card, in many languages (a library's page bids the reader get one)
_LIBRARY_CARD = re.compile(
    r"library\s+card|lånekort\w*|bibliotekskort\w*|l[åa]nekort|bibliotheksausweis\w*|leseausweis\w*|benutzerausweis\w*|"
    r"bibliotheekpas\w*|carte\s+de\s+(?:bibliothèque|lecteur)|carn[eé]t?\s+de\s+(?:biblioteca|lector)|cart[ãa]o\s+(?:de\s+leitor|da\s+biblioteca)|"
    r"tessera\s+(?:della\s+)?biblioteca|kirjastokort\w*|kart\w*\s+biblioteczn\w*|čtenářsk\w+\s+průkaz\w*|читательск\w+\s+билет\w*|"
    r"читацьк\w+\s+квит\w*|図書館カード|利用カード|도서관\s*(?:회원증|카드)|대출증|借书证|借書證|图书证|圖書證", re.I)
_SENTENCE_END = re.compile(r"[.!?。！？…]\s*$")


def library_card_ask(block: HtmlElement) -> bool:
    """A library's line bidding the reader get a card: a sentence or two, then a button-like link naming the card that
    closes the line ("Not a member yet? It is free. <a>Get a library card</a>"), forty words at most, no score. A
    review's "borrowed with my <a>library card</a>" has no sentence closed before its link."""
    text = text_of(block)
    if not text or count_words(text) > 40 or has_score(text) or not _LIBRARY_CARD.search(text):
        return False
    links = links_of(block)
    if not links:
        return False
    last = links[-1]
    label = text_of(last)
    if not label or not _LIBRARY_CARD.search(label) or (last.tail or "").strip() or not text.endswith(label):
        return False
    before = text[: len(text) - len(label)]
    return bool(before.strip()) and bool(_SENTENCE_END.search(before))


# a site's page-information footer in its CMS's words: when the page was last updated (with a whole date) ...
_UPDATED = re.compile(
    r"^\W{0,2}(?:(?:page\s+)?last\s+(?:updated|modified|changed|reviewed)(?:\s+on)?|"
    r"(?:this\s+)?page\s+(?:was\s+)?(?:last\s+)?updated(?:\s+on)?|"
    r"senast\s+(?:uppdaterad|ändrad|granskad)|sidan\s+(?:uppdaterades|ändrades)|"
    r"(?:sist|senest|sidst)\s+(?:oppdatert|endret|opdateret|ændret)|"
    r"(?:viimeksi\s+)?päivitetty|sivua\s+päivitetty|viimati\s+(?:uuendatud|muudetud)|síðast\s+uppfært|"
    r"zuletzt\s+(?:aktualisiert|geändert)|letzte\s+(?:aktualisierung|änderung)|aktualisiert\s+am|"
    r"laatst\s+(?:bijgewerkt|gewijzigd)|derni[eè]re\s+(?:mise\s+à\s+jour|modification)|mis\s+à\s+jour\s+le|"
    r"[úu]ltima\s+(?:actualizaci[óo]n|atualiza[çc][ãa]o|actualiza[çc][ãa]o|modificaci[óo]n|modifica[çc][ãa]o)|"
    r"actualizado\s+el|atualizad[oa]\s+em|ultimo\s+aggiornamento|ultima\s+(?:modifica|revisione)|aggiornat[oa]\s+il|"
    r"ostatnia\s+(?:aktualizacja|modyfikacja)|poslední\s+(?:aktualizace|změna)|utolsó\s+(?:frissítés|módosítás)|"
    r"последнее\s+обновление|дата\s+обновления|останнє\s+оновлення|son\s+güncelleme|τελευταία\s+ενημέρωση|"
    r"最終更新(?:日)?|最[后後](?:更新|修改)|更新(?:日期|时间|時間)|최종\s*(?:수정|업데이트)(?:일)?)\s*[:：]?", re.I)
# ... and who answers for it (the page's owner or editor: a department, a team, a name)
_OWNER = re.compile(
    r"^\W{0,2}(?:page\s+(?:owner|responsible|editor|contact|maintained\s+by)|content\s+owner|"
    r"responsible\s+for\s+this\s+page|sidansvarig|ansvarig\s+för\s+sidan|sideansvarlig|ansvarlig\s+for\s+siden|"
    r"sivun\s+(?:vastuuhenkilö|ylläpitäjä)|sivusta\s+vastaa|lehe\s+eest\s+vastutab|seitenverantwortlich\w*|"
    r"verantwortlich\s+für\s+(?:diese|die)\s+seite|pagina-?eigenaar|responsable\s+de\s+(?:la|cette)\s+page|"
    r"responsable\s+de\s+(?:la|esta)\s+página|responsabile\s+(?:della|di\s+questa)\s+pagina|"
    r"responsável\s+pela\s+página|odpowiedzialn\w+\s+za\s+stronę|za\s+obsah\s+stránky\s+odpovídá|"
    r"ответственный\s+за\s+страницу|ページ(?:の)?担当|担当部署|페이지\s*담당|담당\s*부서)\s*[:：]\s*\S", re.I)


def page_info(block: HtmlElement, text: str) -> str | None:
    """A site's page-information row among the page's last rows (``info_line``), or a list of them, each item one."""
    if block.tag not in ("ul", "ol"):
        return info_line(text)
    lines = [text_of(item) for item in block if isinstance(item.tag, str)]
    return "page info" if lines and all(info_line(line) for line in lines) else None


def info_line(text: str) -> str | None:
    """A site's page-information line (a library's or a municipality's CMS prints it under every page): "Last
    updated: 2 December 2026" (the label and a whole date), "Page owner: Web editors" (the label and a name of a few
    words). A book's "Published: 2 May 2026" and a review's sentence stay."""
    if count_words(text) > 12 or has_score(text):
        return None
    if _UPDATED.match(text):
        return "page info" if FULL_DATE.search(text) else None
    return "page info" if _OWNER.match(text) and not re.search(r"[.!?。！？]\s+\S", text) else None


def catalogue_line(block: HtmlElement, text: str, words: int) -> str | None:
    """A library's line sending the reader to the book in its catalogue: it opens on a link whose label opens on a
    lending verb ("<a>Reserve the book in the catalogue</a> – also as an e-book", "<a>Vormerken</a> im Katalog",
    lendingpage.LEND_LEAD), thirty words at most, no score, anywhere in the post (a box set between its paragraphs).
    A review's sentence that links a word ("I <a>borrowed</a> it") does not open on its link."""
    if words > 30 or block.tag in ("h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "pre"):
        return None
    first = next(block.iter("a"), None)
    label = text_of(first) if first is not None else ""
    if not label or not text.startswith(label) or has_score(text):
        return None
    return "catalogue line" if LEND_LEAD.match(label) else None
