"""A paper's or a site's call for readers' contributions closing a reader's piece (sitelines.mark asks, among the last
blocks): "We welcome your essays on a book you love: send them to …", ja "ビブリオエッセーの投稿を募集しています。…お寄せください",
de "Schicken Sie uns Ihre Leserbriefe", ko "독자 투고를 기다립니다".

The signal is lexical (the invitation to send in a piece), read only in a short block (80 words at most) among the
last three of the post and without a score: the piece's own words about writing ("I sent my essay to the paper")
name no invitation.

A newsroom's call for tips closes its articles the same way: "Got a news tip? …", ko "독자 여러분의 제보를 기다립니다", ja
"情報提供をお待ちしています", a channel to send them by, ko "제보는 카카오톡 …", ja "情報提供はLINEで …", zh "欢迎提供新闻线索", de "Hinweise an die Redaktion", sv "Tipsa oss", ru "Присылайте ваши новости"
(en, de, fr, es, pt, it, nl, sv/da/nb, pl, cs, ru, uk, tr, id/ms, ja, zh, ko): readers' tips, photos or videos wanted.
A teen library's or a shop's blog offers the reader their own review on the site: "Want your review on the blog?
Pick up a review slip at the desk", fr "Envie de voir ta critique publiée ?", es "¿Quieres ver tu reseña publicada?"
(``_OWN_REVIEW``, 40 words at most: the reader's review, in the second person, published or on the site, in some
thirteen languages, asked as a question or bid: ``_review_offer``), and only after the review's last paragraph
(``tail``: nothing of 30 words or more after it): in the review's middle, "Your review on the blog last year is why
I read it" speaks to a friend. The polite possessive (es "su", pt "sua", de "Ihre") is also his, her and
their: it is read in a question only ("Su reseña publicada en octubre…" tells of a critic's).
A literary magazine's desk calls for manuscripts, or an alumni magazine for its readers' notes ("Send yours to the
editors"): "Send us your manuscripts", id "Kirim naskahmu ke redaksi", de "Schicken
Sie uns Ihr Manuskript", the imperative and the reader's own manuscript or writing (en, id/ms, de, fr, es, pt, it, nl,
sv/nb/da, pl, cs/sk, sl, hr, ru/uk, tr, ro, fi, vi), in a line of 40 words at most and not inside quotation marks,
with where to send it named outside the imperative's own words (the desk, its editors, an address or e-mail, "to us").

The call is also put as a pointer to the desk: "For guest reviews, please use our contact form", ja "書評の寄稿については
お問い合わせフォームからご連絡ください", de "Für Gastbeiträge wenden Sie sich an die Redaktion". Then the line (40 words at
most) holds both a contribution word (``_CONTRIB``: a submission, a contribution, a guest piece, writing for the site)
and the bidding to get in touch (``_CONTACT``: contact us, write to us, the contact form), in en, de, fr, es, pt, it,
nl, sv/da/nb, pl, cs/sk, ru/uk, tr, az, ms/id, hu, ro, el, fi, vi, th, ar, he, ja, zh, ko. A review's sentence has
one at most ("she contributes to a paper", "I wrote to the author"); a free-copy note is never a call.
"""

from __future__ import annotations

import re

from .casefold import guarded
from .rating import has_score
from .words import count_words

_CALL = re.compile(
    # ja, zh, ko: contributions or manuscripts, then wanted, awaited or to be sent in
    r"(?:投稿|寄稿|原稿|エッセー|エッセイ|作品|お便り)[^。]{0,20}?(?:募集して|募集中|をお寄せ|お待ちして)|お寄せください|"
    r"征稿|欢迎投稿|歡迎投稿|欢迎来稿|歡迎來稿|(?:투고|원고|독자\s*서평)[^.]{0,20}?(?:모집|기다립니다|보내\s*주세요)|"
    r"(?<!\w)(?:we\s+(?:welcome|invite|accept|are\s+looking\s+for)|send\s+us)\s+(?:your\s+)?(?:own\s+)?"
    r"(?:submissions|essays|letters|reviews|contributions|pieces|stories)(?!\w)|(?<!\w)submissions\s+(?:are\s+)?(?:now\s+)?(?:open|welcome)(?!\w)|"
    r"(?<!\w)(?:schicken|senden)\s+sie\s+uns\s+ihre|(?:einsendungen|leserbriefe|zuschriften)\s+(?:sind\s+)?(?:willkommen|erwünscht)|"
    r"(?<!\w)envoyez[-\s]nous\s+vos|(?<!\w)env[ií]a(?:nos|enos)\s+(?:tu|su|sus|tus)\s+(?:reseñas?|textos|cartas?|opini[óo]n\w*|colaboraci[óo]n\w*|relatos|ensayos?)(?!\w)|"
    r"(?<!\w)(?:присылайте|присылайте\s+нам)\s+(?:ваши\s+|свои\s+)?(?:тексты|рецензии|эссе|письма|отзывы)|"
    # the newsroom's call for tips, photos and videos (module docstring)
    r"제보[^.]{0,20}?(?:기다립니다|바랍니다|보내\s*주세요|해\s*주세요)|(?:제보는|情報提供は)\s*[^.。]{0,30}?(?:카카오톡|채널|전화|이메일|메일|문자|LINE|メール|フォーム|電話)|(?:情報提供|情報|タレコミ|写真|動画)[^。]{0,20}?(?:募集して|募集中|お待ちして)|"
    r"(?:欢迎|歡迎|请|請)(?:提供|拨打|撥打)?[^。]{0,6}?(?:新闻线索|新聞線索|报料|報料|爆料)|(?:报料|報料|爆料)(?:热线|熱線|邮箱|郵箱|电话|電話)|"
    r"(?<!\w)(?:(?:got|have)\s+a\s+(?:news\s+)?tip|send\s+us\s+your\s+(?:news\s+)?(?:tips|photos|videos)|"
    r"(?:hinweise|tipps)\s+an\s+die\s+redaktion|leserreporter|vous\s+avez\s+une\s+info|une\s+info\s+à\s+nous\s+(?:signaler|transmettre)|"
    r"tienes\s+una\s+(?:noticia|denuncia|pista)|(?:envie|mande)\s+(?:a\s+)?sua\s+(?:denúncia|sugestão\s+de\s+pauta|notícia)|"
    r"(?:inviaci|mandaci)\s+le\s+tue\s+(?:segnalazioni|foto|notizie)|segnalazioni\s+alla\s+redazione|tip\s+de\s+redactie|"
    r"heb\s+je\s+een\s+(?:nieuws)?tip|tipsa\s+oss|tips\s+oss|tip\s+os|har\s+du\s+(?:et|ett)\s+tips|"
    r"masz\s+(?:temat|informację|newsa)|máte\s+tip|pošlete\s+nám\s+(?:své\s+)?(?:tipy|fotky|videa)|"
    r"(?:присылайте|пришлите|сообщите)\s+(?:нам\s+)?(?:ваши\s+|свои\s+)?(?:новости|фото|видео)|надсилайте\s+(?:нам\s+)?(?:ваші\s+|свої\s+)?(?:новини|фото|відео)|"
    r"haber\s+ihbar\w*|ihbar\s+hatt\w*|kirim(?:kan)?\s+(?:berita|informasi|foto|video)\s+(?:anda|kamu)|punya\s+(?:berita|info)\s+menarik)(?!\w)", re.I)
_CALL = guarded(_CALL)  # (casefold.Guarded: its words looked for first; the whole alternation cost ~0.1 ms a block)


# the reader's own review on the site, offered as what they may have ("Want your review on the blog?", "Get your review
# featured"): the site's standing call for readers' reviews (a teen library's, a shop's). The possessive and the review
# published or on the site, not a verb of the review's: en de fr es pt it nl sv da/nb pl cs ru fi
_OWN_REVIEW = guarded(re.compile(
    r"(?<!\w)(?:your\s+(?:own\s+)?reviews?\s+(?:published|featured|posted\s+(?:here|on)|"
    r"on\s+(?:the|our|this)\s+(?:blog|site|website))|"
    r"(?:deine|ihre)\s+(?:eigene\s+)?rezension\s+(?:auf\s+(?:dem|unserem)\s+blog|veröffentlicht)|"
    r"(?:votre|ta)\s+(?:propre\s+)?(?:critique|chronique)\s+(?:publiée|sur\s+(?:le|notre)\s+blog)|"
    r"(?:tu|su)\s+(?:propia\s+)?reseña\s+(?:publicada|en\s+(?:el|nuestro)\s+blog)|"
    r"(?:sua|tua)\s+(?:própria\s+)?resenha\s+(?:publicada|no\s+(?:nosso\s+)?blog)|"
    r"tua\s+recensione\s+(?:pubblicata|sul\s+(?:nostro\s+)?blog)|"
    r"(?:jouw|je|uw)\s+(?:eigen\s+)?recensie\s+(?:gepubliceerd|op\s+(?:de|onze|ons)\s+(?:blog|site))|"
    r"din\s+(?:egen\s+)?(?:recension\s+(?:publicerad|på\s+(?:bloggen|vår\s+blogg))|"
    r"anmeldelse\s+(?:publiceret|publisert|på\s+(?:bloggen|vores\s+blog|vår\s+blogg)))|"
    r"twoj[aą]\s+recenzj[aę]\s+(?:opublikowan\w+|na\s+(?:naszym\s+)?blogu)|"
    r"(?:tvoj[ie]|vaš[ie])\s+recenz[ei]\s+(?:zveřejněn\w+|na\s+(?:našem\s+)?blogu)|"
    r"(?:ваш[аую]|тво[юя])\s+рецензи[юя]\s+(?:опубликован\w+|на\s+(?:нашем\s+)?(?:блоге|сайте))|"
    r"arvostelusi\s+(?:blogiin|blogissa|julkais\w+))(?!\w)", re.I))


_OFFER_END = re.compile(r"^[^.!?¿¡]{0,30}\?")  # (the phrase's sentence a question: "Want your review on the blog?")
# (a verb of wanting before the phrase, or the imperative of getting opening its sentence)
_OFFER_START = re.compile(r"(?:\b(?:want|wanna)\s+(?:to\s+(?:see|have|get)\s+)?|"
                          r"\b(?:like|love)\s+to\s+(?:see|have|get)\s+|(?:^|[.!?]\s+)(?:get|see|have)\s+)$", re.I)


def _review_offer(text: str) -> bool:
    """The reader offered their own review on the site (``_OWN_REVIEW``) as a question or a bid: the phrase's sentence
    ends on a question mark, or the phrase follows a verb of wanting or the imperative of getting ("Get your review
    featured"); "I read your review on the blog last week" and "Your review on the blog is why I read it" tell."""
    for found in _OWN_REVIEW.finditer(text):
        if _OFFER_END.match(text[found.end():]) or _OFFER_START.search(text[max(0, found.start() - 30):found.start()]):
            return True
    return False


# a literary desk's call for manuscripts: the imperative of sending and the reader's own manuscript or writing (module
# docstring; a third person's, "kirim naskahnya", "she sent her manuscript", is the story's) ...
_MANUSCRIPT = guarded(re.compile(r"(?<!\w)(?:"
    r"send\s+(?:us\s+|in\s+)?your\s+(?:manuscripts?|writing|poems|short\s+stories|pitch(?:es)?|notes|news)|"
    # (the readers' notes for the next issue, named before: "… deadline is 15 May. Send yours to the editors", the bare
    # "send yours" an imperative only where it opens a sentence (or a dash's clause, after "do"), or after "please" or
    # "kindly", "the publisher will send yours" and "they do send yours" are statements; fr "les vôtres", es "las
    # suyas" (the imperative "envíen", not the statement "envían"), pt "as suas", it "le vostre", de "Ihre Meldungen",
    # nl "de uwe")
    r"(?:(?:^|(?<=[.!?:;]\s))\W{0,2}|(?:(?:^|(?<=[.!?:;—–-]\s))\W{0,2}do|please|kindly)\s+)"
    r"send\s+(?:us\s+|in\s+)?yours(?!\s+(?:truly|sincerely|faithfully))|"
    r"envoyez(?:-nous)?\s+les\s+v[ôo]tres|env[ií]en(?:nos)?\s+(?:las|los)\s+(?:suy|tuy)[ao]s|"
    r"envi(?:e|em)\s+(?:as|os)\s+(?:suas|seus)|"
    r"inviate(?:ci)?\s+(?:le|i)\s+vostr[ei]|"
    r"(?:senden|schicken)\s+sie\s+(?:uns\s+)?ihre\s+(?:meldungen|notizen|nachrichten)|"
    r"stuur\s+(?:ons\s+)?de\s+(?:uwe|jouwe)|"
    r"kirim(?:kan)?\s+(?:naskah|tulisan|karya|cerpen|puisi|esai)(?:mu|\s+(?:anda|kamu|kalian))|"
    r"hantar(?:kan)?\s+(?:manuskrip|naskhah|karya)\s+(?:anda|kamu)|"
    r"(?:senden|schicken)\s+sie\s+(?:uns\s+)?ihr(?:e|en)?\s+(?:manuskript|texte?)|schick\s+(?:uns\s+)?dein(?:e|en)?\s+(?:manuskript|texte?)|"
    r"envoyez(?:-nous)?\s+vos\s+(?:textes|manuscrits)|env[ií](?:a|e)(?:nos)?\s+(?:tu|su)\s+(?:manuscrito|texto|relato)|"
    r"envie\s+(?:o\s+)?(?:seu|sua)\s+(?:manuscrito|texto|original)|invia(?:ci|teci)?\s+(?:il\s+tuo|i\s+vostri)\s+(?:manoscritt[oi]|test[oi]|racconti?)|"
    r"stuur\s+(?:ons\s+)?(?:je|uw)\s+(?:manuscript|tekst|kopij)|skicka\s+(?:in\s+)?(?:ditt|ert)\s+manus|send\s+(?:os\s+|oss\s+|inn\s+)?(?:dit|ditt)\s+manus|"
    r"(?:wyślij|przyślij|wyślijcie|przyślijcie)\s+(?:nam\s+)?(?:swój\s+|swoje\s+)?(?:tekst\w*|rękopis\w*|maszynopis\w*)|"
    r"po[šs]l(?:ete|ite|jite|jete)\s+(?:nám\s+|nam\s+)?(?:svůj\s+|svoj\s+|svoje\s+)?(?:rukopis\w*|rokopis\w*|besedil\w*|text\w*|tekst\w*)|"
    r"pošaljite\s+(?:nam\s+)?(?:svoj\s+|svoje\s+)?(?:rukopis\w*|tekst\w*)|(?:присылайте|пришлите|надсилайте|надішліть)\s+(?:нам\s+)?(?:ваши\s+|свои\s+|ваші\s+|свої\s+)?(?:рукопис\w*|тексти)|"
    r"(?:yazı|metin|öykü|şiir|dosya)\w*\s+(?:bize\s+)?gönderin|trimite(?:ți|ţi)-ne\s+(?:textele|manuscrisul|manuscrisele)|"
    r"lähetä\s+(?:meille\s+)?(?:käsikirjoituksesi|tekstisi)|gửi\s+bản\s+thảo|"
    # (the South Asian scripts, the verb last: the reader's writing, then within a few words the imperative or the
    # purpose form of sending, ne "रचना पठाउन/पठाउनुहोस्", hi "रचनाएँ … भेजें", mr "लेखन पाठवा", bn "লেখা পাঠান", si "ලිපි
    # එවන්න", ta "படைப்புகளை அனுப்புங்கள்", ml "രചനകൾ അയയ്ക്കുക", te "రచనలు పంపండి", kn "ಬರಹಗಳನ್ನು ಕಳುಹಿಸಿ", gu "કૃતિ
    # મોકલો", pa "ਰਚਨਾਵਾਂ ਭੇਜੋ", or "ଲେଖା ପଠାନ୍ତୁ", ur "تحریریں … بھیجیں"; the past, "पठाए", "भेजी", "পাঠালেন", is
    # the story's)
    rf"(?:रचना|लेख|कविता|कथा|कहान|लेखन|সাহিত্য|লেখা|রচনা|ලිපි|නිර්මාණ|රචනා|படைப்பு|கட்டுரை|രചന|ലേഖന|రచన|వ్యాస|"
    rf"ಬರಹ|ಲೇಖನ|કૃતિ|લેખ|રચના|ਰਚਨਾ|ਲੇਖ|ଲେଖା|تحریر|تخلیق)[^\s]*(?:\s+\S+){{0,3}}?\s+"
    rf"(?:पठाउन(?:ुहोस्|ुस्)?|पठाउनका|भेजें|भेजिए|भेजने|भेजो|पाठवा|पाठवावे|पाठवण्यासाठी|পাঠান|পাঠাতে|পাঠিয়ে\s+দিন|"
    rf"එවන්න|එවීමට|යොමු\s+කරන්න|அனுப்ப(?:ுங்கள்|வும்|ும்)?|അയ(?:യ്|)ക്ക(?:ുക|ൂ|ാൻ)|పంప(?:ండి|ించండి|డానికి)|"
    rf"ಕಳುಹಿಸಿ|ಕಳುಹಿಸಲು|મોકલો|મોકલવા|ਭੇਜੋ|ਭੇਜਣ|ପଠାନ୍ତୁ|ପଠାଇବା|بھیجیں|بھیجنے))(?!\w)", re.I))
# ... and where to send it, named outside the imperative's own words ("send us", "envíanos", "inviaci", "pošljite nam"
# are the imperative's: a line of a novel quoted in the review has them too): the desk, its editors, an address or an
# e-mail, or "us" after a preposition of sending ("to us", "an uns", "ke kami") — an everyday pronoun alone ("ne", "nos")
# names no desk
_DESK = guarded(re.compile(
    r"(?<!\w)(?:redak\w*|r[ée]daction|redazione|redacci[óo]n|redactie|editors|editorial\s+(?:team|desk|office)|redaktør\w*|"
    r"redaktion\w*|uredništv\w*|toimitu\w*|szerkesztőség\w*|редакци\w*|редакці\w*|editör\w*|tòa\s+soạn|e-?mail\w*|surel|posel|"
    r"sähköpost\w*|adres\w*|address|adresse|indirizzo|direcci[óo]n|endereço|"
    # (the e-mail and the editor in the South Asian scripts: ne/hi/mr, bn, si, ta, ml, te, kn, gu, pa, or, ur)
    r"इमेल|ईमेल|ई-मेल|सम्पादक\S*|संपादक\S*|ইমেইল|ই-মেইল|সম্পাদক\S*|ඊමේල්|විද්‍යුත්\s+තැපෑල|කර්තෘ\S*|மின்னஞ்சல்\S*|"
    r"ഇമെയിൽ|ഇ-മെയിൽ|ഈമെയിൽ|ఈమెయిల్|ಇಮೇಲ್|ઈમેલ|ઇમેઇલ|ਈਮੇਲ|ଇମେଲ|ای\s?میل|"
    r"(?:to|an|à|a|ke|kepada|naar|till|til|do|na)\s+(?:us|uns|nous|nosotros|noi|ons|oss|os|nas|kami))(?!\w)|@", re.I))
# a line set in quotation marks (either call) is someone's speech the review quotes ('"Send us your manuscripts," the old editor
# keeps telling …'), never the desk's own call
_QUOTED = re.compile(r'"[^"]*"|“[^”“]*”|„[^“”„]*[“”]|«[^»]*»|‘[^’‘]*’')


def _manuscript_call(bare: str) -> bool:
    """The desk's call for manuscripts: the imperative and, outside its match, the desk named (40 words at most)."""
    found = _MANUSCRIPT.search(bare)
    # (an address inside the call's own words, "रचनाएँ desk@… पर भेजें", names the desk too: no imperative holds an "@")
    return bool(found) and ("@" in found.group(0) or bool(_DESK.search(bare[:found.start()] + " " + bare[found.end():])))


# a piece sent in or written for the site (the pointer's first half: module docstring)
_CONTRIB = re.compile(
    r"(?<!\w)(?:submissions?|submit(?:ting)?|contribut(?:e|ing|ions?|ors?)|guest\s+(?:posts?|reviews?|pieces?)|write\s+for\s+us|"  # (en)
    r"gastbeitr[äa]g\w*|beitr[äa]ge\s+einreichen|einsendungen|(?:für\s+uns\s+)?(?:mit)?schreiben\s+möchten|"  # (de)
    r"contribution\w*|contribuer|proposer\s+(?:un|une|vos|votre)\s+(?:texte|critique|article|chronique)s?|"  # (fr)
    r"colabora(?:r|ciones?)|contribuci[óo]n\w*|enviar\s+(?:tu|su|una)\s+(?:reseña|texto|artículo)|"  # (es)
    r"colabora[çc](?:ão|ões)|contribui[çc](?:ão|ões)|submeter|"  # (pt)
    r"contribut[oi]|collabora(?:re|zioni)|proporre\s+(?:una?\s+)?(?:recensione|articolo|testo)|"  # (it)
    r"bijdrage\w*|inzending\w*|gastrecensie\w*|bidrag(?:et|en)?|gästrecension\w*|gjesteanmeldelse\w*|"  # (nl, sv/da/nb)
    r"współprac\w+|nadsyła\w+|příspěv\w+|príspev\w+|"  # (pl, cs, sk)
    r"сотрудничеств\w+|публикаци\w+\s+(?:ваших|своих)|співпрац\w+|"  # (ru, uk)
    r"yazı\s+göndermek|katkı(?:da)?\s+bulunmak|yazı\s+göndərmək|əməkdaşlıq|"  # (tr, az)
    r"sumbangan|menyumbang|menghantar\s+(?:ulasan|tulisan|artikel|karya)|mengirim(?:kan)?\s+(?:ulasan|tulisan|artikel|karya)|"  # (ms, id)
    r"beküld\w+|közreműköd\w+|contribu(?:i|ții|ţii)|colabor[ăa]r\w*|συνεργασ\w+|avustaj\w+|kirjoittaa\s+meille|"  # (hu, ro, el, fi)
    r"cộng\s+tác|gửi\s+bài|"  # (vi)
    r"المساهمة|مساهمات\w*|לשליחת\s+(?:ביקורות|כתבות|מאמרים|טקסטים))|"  # (ar, he)
    r"ส่งบทความ|ร่วมเขียน|寄稿|投稿|来稿|來稿|供稿|기고|투고", re.I)  # (th, ja, zh, ko: glued to their neighbours)
# the bidding to get in touch (its second half)
_CONTACT = re.compile(
    r"(?<!\w)(?:contact\s+(?:us|the\s+(?:editors?|desk))|please\s+contact|get\s+in\s+touch|(?:e-?mail|write\s+to)\s+us|"
    r"contact\s+form|drop\s+us\s+a\s+line|"  # (en)
    r"kontaktieren\s+sie\s+uns|kontaktiere\s+uns|schreiben\s+sie\s+uns|schreib\s+uns|wenden\s+sie\s+sich|"
    r"melden\s+sie\s+sich|melde\s+dich|kontaktformular\w*|"  # (de)
    r"contactez[-\s]nous|écrivez[-\s]nous|formulaire\s+de\s+contact|"  # (fr)
    r"cont[áa]ctanos|cont[áa]ctenos|escr[íi]benos|escr[íi]banos|formulario\s+de\s+contacto|p[óo]n(?:te|gase)\s+en\s+contacto|"  # (es)
    r"entre\s+em\s+conta(?:c)?to|contacte-nos|fale\s+conosco|escreva-nos|formul[áa]rio\s+de\s+conta(?:c)?to|"  # (pt)
    r"contattaci|contattateci|scrivici|scriveteci|modulo\s+di\s+contatto|"  # (it)
    r"neem\s+(?:dan\s+)?contact\s+(?:met\s+ons\s+)?op|mail\s+ons|contactformulier|"  # (nl)
    r"kontakta\s+oss|hör\s+av\s+dig|kontakt\s+os|kontakt\s+oss|skriv\s+til\s+(?:os|oss)|kontaktformul[äa]r\w*|"  # (sv, da/nb)
    r"skontaktuj\s+si[ęe]|napisz(?:cie)?\s+do\s+nas|piszcie\s+do\s+nas|formularz\w*\s+kontaktow\w+|"  # (pl)
    r"kontaktujte\s+n[áa]s|napi[šs]te\s+n[áa]m|napíšte\s+nám|"  # (cs, sk)
    r"свяжитесь\s+с\s+нами|напишите\s+нам|форм\w+\s+обратной\s+связи|зв['’]яжіться\s+з\s+нами|напишіть\s+нам|"  # (ru, uk)
    r"bize\s+ulaşın|iletişim\s+formu\w*|iletişime\s+geçin|bizimlə\s+əlaqə|əlaqə\s+saxlayın|əlaqə\s+forması\w*|"  # (tr, az)
    r"hubungi\s+kami|borang\s+hubungan|formulir\s+kontak|"  # (ms, id)
    r"vegye\s+fel\s+(?:velünk\s+)?a\s+kapcsolatot|írjon\s+nekünk|írj\s+nekünk|"  # (hu)
    r"contacta[țţ]i-ne|scrie[țţ]i-ne|formularul\s+de\s+contact|επικοινωνήστε\s+μαζί\s+μας|στείλτε\s+μας|"  # (ro, el)
    r"ota\s+yhteyttä|ottakaa\s+yhteyttä|liên\s+hệ\s+với\s+chúng\s+tôi|"  # (fi, vi)
    r"تواصلوا\s+معنا|اتصلوا\s+بنا|راسلونا|צרו\s+(?:איתנו\s+)?קשר|פנו\s+אלינו)(?!\w)|"  # (ar, he)
    r"ติดต่อเรา|ติดต่อกองบรรณาธิการ|ご連絡ください|お問い?合わ?せください|お問い?合わ?せフォーム|までご連絡|请联系|請聯繫|請聯絡|联系我们|聯絡我們|"  # (th, ja, zh)
    r"문의\s*(?:해\s*주세요|하세요|바랍니다)|연락\s*(?:해\s*주세요|주세요|바랍니다)", re.I)  # (ko)
_CONTRIB, _CONTACT = guarded(_CONTRIB), guarded(_CONTACT)  # (casefold.Guarded, as _CALL)


def submission_call(text: str, tail: bool = True) -> bool:
    """Whether a short closing block invites the readers to send in a piece (module docstring); `tail`: the block
    stands after the review's last paragraph (the offer of the reader's own review is asked of such a block only)."""
    # (pure tests, asked cheapest-and-rarest first: the invitation, behind its guard, before the score's scan)
    words = count_words(text)
    if words > 80:
        return False
    bare = _QUOTED.sub(" ", text)  # (a call set in quotation marks is speech the review quotes)
    if _CALL.search(bare) or words <= 40 and (_manuscript_call(bare) or tail and _review_offer(bare)):
        return not has_score(text)
    return words <= 40 and bool(_CONTRIB.search(text)) and bool(_CONTACT.search(text)) and not has_score(text) and not _a_note(text)


def _a_note(text: str) -> bool:
    """A free-copy or policy note ("sent by the publisher; for review copies contact us") is the review's."""
    from .housekeeping import a_note  # (late: housekeeping reads the blocks' rules)
    return a_note(text)
