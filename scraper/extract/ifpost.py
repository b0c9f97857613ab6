"""The conditional ask's tables beyond ja, zh, ko and English (``ifhelped`` reads them): the post named as what
pleased or helped the reader, and the ask that follows the condition.

The condition (IF_POST_MORE) names the post, the review, the article, the text or the newsletter as what pleased or
helped ("Bu yazıyı beğendiyseniz", "Si te ha gustado esta reseña", "Wenn dir dieser Beitrag gefallen hat", "Если этот
обзор был полезен", "Ako vam se ovaj tekst svidio", "Kama makala hii imekusaidia"), or the help alone, said of "this"
or of nothing ("if this was useful", "si te ha servido", "işinize yaradıysa", "если было полезно"): a book is liked,
not "useful" to the reader of its review. A reviewer's "if you liked her first novel" names a book, and stays.

The ask (ASK_MORE) after the condition is an imperative of the platform's acts (subscribe, follow, support, share,
repost, sponsor, tip) or a modal offer to the reader ("you can …", "puedes …", "-ebilirsiniz", "možete …", "unaweza …").
The signal is lexical: each language's forms, and its neighbours', are listed.

SUPPORT_WISH is read apart: a line opening on the reader's wish to support the blog ("if you want to support my blog",
"si quieres apoyar este blog", "если хотите поддержать блог") is an ask in itself, whatever way to support follows.

The ask may come first and the condition close the line ("Support the author with a coffee if you found this post
useful", "Ủng hộ tác giả bằng một ly cà phê nếu bạn thấy bài hữu ích", "Teilt den Beitrag, wenn er euch gefallen hat"):
then the line must open on one of the platform's acts in the imperative (ACT_OPENS: support, follow, subscribe, share,
tip, a coffee bought), not on a modal or a bare "please", which a reviewer's advice opens as often ("You can skip the
prologue if this review helped").
"""

from __future__ import annotations

import re

_EN = (r"\bif\s+this\s+(?:was|has\s+been|is|proved)\s+(?:useful|helpful|of\s+use)\b"
       r"|\bif\s+you\s+(?:found|find)\s+this\s+(?:useful|helpful)\b"
       r"|\bif\s+(?:this|my)\s+(?:post|review|article|newsletter|piece|write-?up)\s+(?:was|has\s+been)\s+(?:useful|helpful|of\s+use)\b")
_TR = (r"(?<!\w)(?:bu\s+)?(?:yazı|yazıyı|yazım[ıi]?|incelemey?i?|incelemem[ie]?|değerlendirmey?i?|gönderiy?i?|makaley?i?|"
       r"içeriği?|bülteni?)\s+(?:\w+\s+){0,2}?(?:beğendiy(?:seniz|sen)|sevdiy(?:seniz|sen)|(?:faydalı|yararlı)\s+bulduy(?:sanız|san)|"
       r"işinize\s+yaradıysa|işine\s+yaradıysa|(?:faydalı|yararlı)\s+olduysa|hoşunuza\s+gittiyse|hoşuna\s+gittiyse)"
       r"|(?<!\w)(?:işinize|işine)\s+yaradıysa|(?<!\w)(?:faydalı|yararlı)\s+olduysa")
_ES_PT = (r"\bsi\s+(?:te|os|le|les)\s+(?:ha\s+)?(?:gust[óo]|gustado)\s+(?:esta|este|la|el|mi)\s+(?:reseña|entrada|post|artículo|publicación|texto|boletín|newsletter)"
          r"|\bsi\s+(?:te|os|le|les)\s+(?:ha\s+)?(?:servido|sirvi[óo]|ayudado|ayud[óo]|resultado\s+útil|result[óo]\s+útil)"
          r"|\bsi\s+(?:esta|este|mi)\s+(?:reseña|entrada|post|artículo|publicación|texto|boletín)\s+(?:te|os|le|les)\s+(?:ha\s+)?(?:gust|serv|sirv|ayud|result)\w*"
          r"|\bse\s+(?:você\s+)?gost(?:ou|aste)\s+(?:deste|desta|do|da)\s+(?:post|resenha|texto|artigo|publicação|newsletter)"
          r"|\bse\s+(?:este|esta|o|a)\s+(?:post|resenha|texto|artigo|publicação)\s+(?:te\s+|lhe\s+)?(?:ajudou|foi\s+útil|agradou)"
          r"|\bse\s+(?:isso|isto)\s+(?:te\s+|lhe\s+)?(?:ajudou|foi\s+útil)")
_FR_IT = (r"\bsi\s+(?:cet|ce|cette)\s+(?:article|billet|chronique|post|critique|texte|lettre)\s+(?:vous|t)\s*['’]?\s*a\s+(?:plu|été\s+utile|aidé)"
          r"|\bsi\s+(?:vous\s+avez|tu\s+as)\s+aimé\s+(?:cet|ce|cette)\s+(?:article|billet|chronique|post|critique|lettre)"
          r"|\bsi\s+(?:ça|cela)\s+(?:vous|t)\s*['’]?\s*a\s+(?:été\s+utile|aidé)"
          r"|\bse\s+(?:questo|questa)\s+(?:articolo|post|recensione|pezzo)\s+(?:ti|vi)\s+è\s+(?:piaciut[oa]|stat[oa]\s+utile)"
          r"|\bse\s+(?:ti|vi)\s+è\s+piaciut[oa]\s+(?:questo|questa)\s+(?:articolo|post|recensione|pezzo)|\bse\s+(?:ti|vi)\s+è\s+stat[oa]\s+utile")
_GERMANIC = (r"\bwenn\s+(?:dir|euch|ihnen)\s+(?:dieser|diese|der|die|mein|meine)\s+(?:beitrag|artikel|text|post|rezension|newsletter)\s+(?:gefallen|geholfen)"
             r"|\bwenn\s+(?:dieser|diese|der|die|mein|meine)\s+(?:beitrag|artikel|text|post|rezension|newsletter)\s+(?:dir|euch|ihnen)\s+(?:gefallen|geholfen|genützt)"
             r"|\b(?:hat|haben)\s+(?:dir|euch|ihnen)\s+(?:dieser|diese|der|die)\s+(?:beitrag|artikel|text|post|rezension)\s+(?:gefallen|geholfen)"
             r"|\bwenn\s+(?:dir|euch|ihnen)\s+(?:das|dies)\s+geholfen"
             r"|\bals\s+(?:je|u|jullie)\s+(?:dit|deze)\s+(?:stuk|artikel|bericht|recensie|blog|post|nieuwsbrief)\s+(?:leuk|nuttig|interessant)\s+vond"
             r"|\bvond\s+(?:je|u)\s+(?:dit|deze)\s+(?:stuk|artikel|bericht|recensie|blog|post|nieuwsbrief)?\s*(?:nuttig|leuk)"
             r"|\bom\s+(?:du|ni)\s+(?:gillade|tyckte\s+om|likte|syntes\s+om)\s+(?:det\s+här|detta|dette|denne)?\s*(?:inlägg|innlegg|text|tekst|recension|anmeldelse|artikel)\w*"
             r"|\bhvis\s+(?:du|I)\s+(?:kunne\s+lide|likte|syntes\s+om)\s+(?:dette|denne)\s+(?:indlæg|innlegg|tekst|anmeldelse|artikel)\w*"
             r"|\bom\s+(?:det\s+här|detta|dette)\s+(?:var|har\s+været)\s+(?:nyttigt|hjälpsamt|nyttig)")
_SLAVIC = (r"\b(?:jeśli|jeżeli)\s+(?:ten|ta|to)\s+(?:wpis|tekst|artykuł|recenzja|post)\s+(?:ci|wam)\s+(?:się\s+)?(?:podoba|przyda|pomóg|pomogł)\w*"
           r"|\b(?:jeśli|jeżeli)\s+(?:ci|wam)\s+się\s+(?:podoba|przyda)\w*\s+(?:ten|ta)\s+(?:wpis|tekst|artykuł|recenzja|post)"
           r"|\b(?:jeśli|jeżeli)\s+(?:ci|wam)\s+się\s+(?:to\s+)?przydało"
           r"|\b(?:pokud|jestli|jestliže|ak)\s+(?:se\s+)?(?:vám|ti)\s+(?:tento|tato|tenhle|táto|tento)?\s*(?:článek|text|příspěvek|recenze|recenzia|článok|príspevok)\s+(?:líbil|pomohl|hodil|páčil|pomohol)\w*"
           r"|(?<!\w)если\s+(?:вам|тебе)\s+(?:\w+\s+)?(?:понравил|пригодил|помог)\w*\s+(?:этот|эта|мой|моя)\s+(?:пост|обзор|текст|отзыв|рецензи|стать)\w*"
           r"|(?<!\w)если\s+(?:этот|эта|мой|моя)\s+(?:пост|обзор|текст|отзыв|рецензия|статья)\s+(?:вам\s+|тебе\s+)?(?:понравил\w*|был\w*\s+полез\w*|помог\w*|пригодил\w*)"
           r"|(?<!\w)если\s+(?:это\s+)?было\s+полезно"
           r"|(?<!\w)якщо\s+(?:вам|тобі)\s+(?:\w+\s+)?(?:сподобав|знадоби|допомі)\w*\s+(?:цей|ця|мій|моя)\s+(?:допис|пост|огляд|текст|відгук|рецензі|статт)\w*"
           r"|(?<!\w)якщо\s+(?:цей|ця|мій|моя)\s+(?:допис|пост|огляд|текст|відгук|рецензія|стаття)\s+(?:вам\s+|тобі\s+)?(?:сподобав\w*|був\w*\s+корисн\w*|допоміг\w*|стал\w*\s+у\s+пригоді)"
           r"|(?<!\w)якщо\s+(?:це\s+)?було\s+корисно"
           r"|\bako\s+(?:vam|ti)\s+(?:se\s+|je\s+)?(?:ovaj|ova|ovo)\s+(?:tekst|članak|recenzija|objava|post|prikaz)\s+(?:se\s+)?(?:svidio|svidjela|svidela|sviđa|dopao|dopala|pomogao|pomogla|bio\s+koristan|bila\s+korisna)"
           r"|\bako\s+(?:vam|ti)\s+(?:se\s+)?(?:svidio|svidjela|svidela|dopao|dopala)\s+(?:ovaj|ova)\s+(?:tekst|članak|recenzija|objava|post|prikaz)"
           r"|\bče\s+(?:vam|ti)\s+je\s+(?:bil\s+|bila\s+)?(?:ta|ta)\s+(?:zapis|prispevek|članek|recenzija)\s+(?:všeč|koristen|koristna)"
           r"|(?<!\w)ако\s+(?:вам|ти)\s+(?:се\s+|је\s+)?(?:овај|ова)\s+(?:текст|чланак|приказ|рецензија|објава)\s+(?:се\s+)?(?:свидео|свидјео|допао|помогао|свидела|допала)")
_OTHER = (r"\b(?:jika|kalau|jikalau)\s+(?:tulisan|ulasan|artikel|postingan|review|resensi)\s+ini\s+(?:bermanfaat|membantu|berguna)"
          r"|\bnếu\s+(?:bạn\s+)?(?:thấy\s+)?bài\s+(?:viết|review)?\s*(?:này\s+)?(?:hữu\s+ích|hay)"
          r"|\bkama\s+(?:umeipenda|umependa|uliipenda|mmeipenda)\s+(?:makala|uchambuzi|tathmini)\s+hii"
          r"|\bkama\s+(?:makala|uchambuzi|tathmini)\s+hii\s+(?:imekusaidia|imewasaidia|imekufaa|umeipenda)"
          # (sw: "enjoyed this review"; tl "if you liked this post"; id/ms; hi; bn; fa)
          r"|\bkama\s+(?:u|m)me(?:i|u|li)?(?:furahia|penda)\s+"
          r"(?:makala|uchambuzi|tathmini|uhakiki|chapisho)\s+(?:hii|huu|hili)"
          r"|\bkung\s+(?:nagustuhan|naibigan|nakatulong\s+sa\s+(?:iyo|inyo))\s+(?:mo\s+|ninyo\s+|nyo\s+)?ang\s+"
          r"(?:post|artikulo|rebyu|review|sulatin|akda)\s+na\s+ito"
          r"|\b(?:jika|kalau)\s+(?:kamu|anda|awak)\s+(?:suka|menikmati)\s+(?:ulasan|tulisan|artikel|resensi)\s+ini"
          r"|(?:अगर|यदि)\s+(?:आपको|तुम्हें)\s+(?:यह|ये)\s+(?:समीक्षा|पोस्ट|लेख)\s+(?:पसंद|अच्छ|उपयोगी)"
          r"|(?:এই|এ)\s+(?:লেখা|পোস্ট|রিভিউ)(?:টি|টা)?\s+(?:ভালো\s+লেগে\s+থাকলে|ভালো\s+লাগলে)"
          r"|اگر\s+(?:این\s+)?(?:یادداشت|مطلب|نوشته|نقد|پست)\s+را\s+(?:دوست\s+داشتید|پسندیدید)"
          # (te, ta, kn, ml, mr, gu, pa, ur, or: "if (you) liked this article / post / review", the post named, never
          # the novel: "ఈ నవల నచ్చితే" is the reviewer's advice)
          r"|ఈ\s+(?:వ్యాసం|సమీక్ష|పోస్ట్|టపా|రివ్యూ|రాత)\s+(?:మీకు\s+)?"
          r"(?:నచ్చితే|నచ్చినట్లయితే|నచ్చి\s+ఉంటే|ఉపయోగపడితే)"
          r"|இந்த(?:க்|ப்|ச்|த்)?\s+(?:கட்டுரை|பதிவு|விமர்சனம்|மதிப்புரை|இடுகை)\s+(?:உங்களுக்குப்?\s+)?"
          r"(?:பிடித்திருந்தால்|பிடித்தால்|பயனுள்ளதாக\s+இருந்தால்)"
          r"|ಈ\s+(?:ಲೇಖನ|ಬರಹ|ವಿಮರ್ಶೆ|ಪೋಸ್ಟ್)\s+(?:ನಿಮಗೆ\s+)?(?:ಇಷ್ಟವಾದರೆ|ಇಷ್ಟವಾಗಿದ್ದರೆ|ಮೆಚ್ಚುಗೆಯಾದರೆ|ಉಪಯುಕ್ತವಾದರೆ)"
          r"|ഈ\s+(?:ലേഖനം|കുറിപ്പ്|പോസ്റ്റ്|നിരൂപണം|റിവ്യൂ)\s+(?:നിങ്ങൾക്ക്\s+)?"
          r"(?:ഇഷ്ടപ്പെട്ടെങ്കിൽ|ഇഷ്ടമായെങ്കിൽ|ഉപകാരപ്പെട്ടെങ്കിൽ)"
          # (mr: the conditional said, "जर" before or "(असेल) तर" after, or "आवडल्यास": "हा लेख आवडला" is a statement)
          r"|जर\s+(?:तुम्हाला\s+)?(?:हा\s+लेख|ही\s+पोस्ट|हे\s+परीक्षण|हा\s+ब्लॉग)\s+"
          r"(?:तुम्हाला\s+)?(?:आवडला|आवडली|आवडले)"
          r"|(?:हा\s+लेख|ही\s+पोस्ट|हे\s+परीक्षण|हा\s+ब्लॉग)\s+(?:तुम्हाला\s+)?"
          r"(?:आवडल्यास|(?:आवडला|आवडली|आवडले)\s+(?:असेल\s+तर|असल्यास|तर))"
          r"|જો\s+(?:તમને\s+)?આ\s+(?:લેખ|પોસ્ટ|સમીક્ષા|રિવ્યૂ)\s+(?:તમને\s+)?(?:ગમ્યો|ગમી|ગમ્યું|ઉપયોગી)"
          r"|ਜੇ(?:ਕਰ)?\s+(?:ਤੁਹਾਨੂੰ\s+)?ਇਹ\s+(?:ਲੇਖ|ਪੋਸਟ|ਸਮੀਖਿਆ|ਰਚਨਾ)\s+(?:ਤੁਹਾਨੂੰ\s+)?(?:ਪਸੰਦ|ਚੰਗਾ|ਚੰਗੀ|ਲਾਭਦਾਇਕ)"
          r"|اگر\s+(?:آپ\s+کو\s+)?یہ\s+(?:تحریر|مضمون|تبصرہ|پوسٹ|جائزہ)\s+(?:آپ\s+کو\s+)?(?:پسند|اچھا|اچھی|مفید)"
          r"|ଯଦି\s+(?:ଆପଣଙ୍କୁ\s+)?ଏହି\s+(?:ଲେଖା|ପୋଷ୍ଟ|ସମୀକ୍ଷା)\s+(?:ଆପଣଙ୍କୁ\s+)?ଭଲ\s+ଲାଗି"
          r"|\bha\s+(?:tetszett|hasznos\s+volt)\s+(?:ez\s+a|a)\s+(?:bejegyzés|cikk|írás|kritika|poszt)"
          r"|\bdacă\s+(?:ți|v)-a\s+plăcut\s+(?:acest|această)\s+(?:articol|recenzie|postare)"
          r"|\bdacă\s+(?:acest|această)\s+(?:articol|recenzie|postare)\s+(?:ți|v)-a\s+(?:plăcut|fost\s+util)"
          r"|(?<!\w)αν\s+σας\s+(?:άρεσε|βοήθησε|φάνηκε\s+χρήσιμ\w+)\s+(?:αυτό\s+το|αυτή\s+η|το|η)\s+(?:άρθρο|ανάρτηση|κείμενο|κριτική|ποστ)"
          r"|إذا\s+(?:أعجبك|أعجبتك|أعجبكم|أعجبتكم|أفادك|أفادتك|أفادكم)\s+(?:هذه|هذا)\s+(?:المراجعة|التدوينة|المقالة|المقال|المنشور)"
          r"|אם\s+(?:אהבתם|אהבת|נהניתם)\s+(?:את\s+)?(?:הפוסט|הסקירה|הביקורת|המאמר|הכתבה)"
          # (hy: "if you liked the post / article / review", either order; "եթե ձեզ դուր եկավ … վեպը", the novel, stays)
          r"|(?<!\w)եթե\s+(?:ձեզ|քեզ)\s+դուր\s+(?:եկավ|է\s+եկել)\s+(?:այս\s+|իմ\s+)?(?:գրառում|հոդված|գրախոսական|ակնարկ|տեքստ)\w*"
          r"|(?<!\w)եթե\s+(?:այս\s+|իմ\s+)?(?:գրառում|հոդված|գրախոսական|ակնարկ|տեքստ)\w*\s+(?:ձեզ\s+|քեզ\s+)?"
          r"(?:դուր\s+(?:եկավ|է\s+եկել)|օգտակար\s+(?:էր|եղավ))")
# the blog itself named as what pleases ("if you like the blog", "si te gusta el blog", "если вам нравится мой блог",
# "bu blogu beğendiyseniz"): the site, not a book; en, es, pt, fr, it, de, nl, pl, cs, sk, hr/bs/sr, sl, ru, uk, bg, tr,
# ro, hu, sv, id
_BLOG = (r"\bif\s+you\s+(?:like|liked|enjoy|enjoyed|love)\s+(?:this|my|the|our)\s+blog\b"
         r"|\bsi\s+(?:te|os|le|les)\s+gusta\s+(?:este|mi|el|nuestro)\s+blog\b"
         r"|\bse\s+(?:você\s+)?gost(?:a|as|ou)\s+d[eo]s?t?[eo]?\s+blog\b"
         r"|\bsi\s+(?:vous\s+aimez|tu\s+aimes)\s+(?:ce|mon|le|notre)\s+blog\b"
         r"|\bse\s+(?:ti|vi)\s+piace\s+(?:questo|il|il\s+mio)\s+blog\b"
         r"|\bwenn\s+(?:dir|euch|ihnen)\s+(?:dieser|mein|der|unser)\s+blog\s+gef[äa]llt"
         r"|\bals\s+je\s+(?:deze|mijn|de)\s+blog\s+leuk\s+vindt"
         r"|\b(?:jeśli|jeżeli)\s+(?:ci|wam)\s+się\s+podoba\s+(?:ten\s+|mój\s+)?blog"
         r"|\b(?:jeśli|jeżeli)\s+podoba\s+(?:ci|wam)\s+się\s+(?:ten\s+|mój\s+)?blog"
         r"|\b(?:pokud|jestli)\s+se\s+(?:vám|ti)\s+(?:tento\s+|můj\s+)?blog\s+líbí"
         r"|\bak\s+sa\s+(?:vám|ti)\s+(?:tento\s+|môj\s+)?blog\s+páči"
         r"|\bako\s+(?:vam|ti)\s+se\s+(?:sviđa|svidja|dopada)\s+(?:ovaj\s+|moj\s+)?blog"
         r"|\bče\s+(?:vam|ti)\s+je\s+(?:ta\s+|moj\s+)?blog\s+všeč"
         r"|(?<!\w)если\s+(?:вам|тебе)\s+нравится\s+(?:этот\s+|мой\s+|наш\s+)?блог"
         r"|(?<!\w)якщо\s+(?:вам|тобі)\s+подобається\s+(?:цей\s+|мій\s+)?блог"
         r"|(?<!\w)ако\s+(?:ви|ти)\s+харесва\s+(?:този\s+|моят\s+)?блог"
         r"|(?<!\w)(?:bu\s+)?blog(?:u|umu|umuzu)\s+beğendiy(?:seniz|sen)"
         r"|\bdacă\s+(?:îți|vă)\s+place\s+(?:acest\s+)?blog|\bha\s+tetszik\s+(?:a|ez\s+a)\s+blog"
         r"|\bom\s+du\s+gillar\s+(?:bloggen|min\s+blogg)|\b(?:jika|kalau)\s+(?:kamu|anda)\s+suka\s+blog\s+ini")
# the reader's wish to support the blog, its newsletter, podcast or channel, opening the line ("if you want to support
# my blog", "si vous souhaitez soutenir ce blog", "wenn du meinen Blog unterstützen möchtest", "если хотите поддержать
# блог"): the writer's own or this site, by a possessive or a demonstrative, never "the work of small presses", "le
# canal du Midi", "the channel swimmers" (the review's): a book, its author or a thing "of" someone; en, fr, es, pt,
# it, de, nl, pl, cs, sk, ru, uk, tr, sv, da/nb, ro, id; "the blog" by the article too (only the blog, its site or
# newsletter: "le canal", "the channel" are a river's as often), and the writer's own work ("support my work",
# "soutenir mon travail": _WORK), which ifhelped takes only where a link follows
_THE_SITE = r"(?:blog\w*|site|sito|sitio|newsletter)(?!\w)(?!\s+(?:of|de|du|des|del|della|di|do|da|von|van|der)\b)"
_WORK_WORDS = (r"work|travail|lavoro|trabajo|trabalho|arbeit|werk|pracę|práci|prácu|работу|роботу|arbete|arbejde|"
               r"arbeid")
_WORK = rf"(?:{_WORK_WORDS})(?!\w)(?!\s+(?:of|on|for|with|de|du|des|di|del|della|do|da|von|van|der|для)\b)"
_SITE_WORDS = r"blog\w*|site|sitio|sito|newsletter|podcast|channel|chaîne|canal|canale|kanal"
_SITE = rf"(?:{_SITE_WORDS})(?!\w)(?!\s+(?:of|de|du|des|del|della|di|do|da|von|van|der)\b)"
_WISH = "|".join((
    rf"\bif\s+you(?:['’]d|\s+would)?\s+(?:like|want|wish|care)\s+to\s+support\s+(?:(?:this|my|our)\s+{_SITE}|"
    rf"the\s+{_THE_SITE}|(?:my|our)\s+{_WORK})",
    r"\bsi\s+(?:vous\s+(?:souhaitez|voulez|désirez)|tu\s+(?:souhaites|veux))\s+soutenir\s+"
    r"(?:(?:ce|mon|notre|cette)\s+(?:blog\w*|site|newsletter|podcast|chaîne)|(?:le|la)\s+(?:blog\w*|site|newsletter)|"
    rf"(?:mon|notre)\s+{_WORK})(?!\w)(?!\s+(?:de|du|des)\b)",
    rf"\bsi\s+(?:quieres|queréis|quiere|quieren|deseas|desea)\s+apoyar\s+(?:(?:este|mi|nuestro)\s+{_SITE}|"
    rf"el\s+{_THE_SITE}|(?:mi|nuestro)\s+{_WORK})",
    rf"\bse\s+(?:você\s+)?(?:quiser(?:es|em)?|quer(?:es)?|desejar)\s+apoiar\s+"
    rf"(?:(?:este|(?:o\s+)?meu|(?:o\s+)?nosso)\s+{_SITE}|o\s+{_THE_SITE}|(?:o\s+)?(?:meu|nosso)\s+{_WORK})",
    rf"\bse\s+(?:vuoi|volete|desideri)\s+sostenere\s+(?:(?:questo|il\s+mio|il\s+nostro)\s+{_SITE}|"
    rf"(?:il|la)\s+{_THE_SITE}|il\s+(?:mio|nostro)\s+{_WORK})",
    rf"\b(?:wenn|falls)\s+(?:du|ihr|sie)\s+(?:(?:diesen|meinen|unseren)\s+{_SITE}|den\s+{_THE_SITE}|"
    rf"(?:meine|unsere)\s+{_WORK})\s+unterstützen\s+"
    r"(?:willst|möchtest|wollt|möchtet|wollen|möchten)",
    rf"\bals\s+(?:(?:je|u)\s+(?:deze|mijn|onze)\s+{_SITE}\s+(?:wilt|wil)|jullie\s+(?:deze|mijn|onze)\s+{_SITE}\s+"
    r"willen)\s+steunen",
    r"\b(?:jeśli|jeżeli)\s+(?:chcesz|chcecie)\s+wesprzeć\s+(?:tego|mojego|ten|mój|nasz)?\s*blog\w*",
    r"\b(?:pokud|jestli|ak)\s+(?:chcete|chceš)\s+(?:podpořit|podporiť)\s+(?:tento|můj|môj|náš)?\s*blog\w*",
    r"(?<!\w)если\s+(?:вы\s+|ты\s+)?(?:хотите|хочешь)\s+поддержать\s+(?:этот\s+|мой\s+|наш\s+)?(?:блог|канал)",
    r"(?<!\w)якщо\s+(?:ви\s+|ти\s+)?(?:хочете|хочеш)\s+підтримати\s+(?:цей\s+|мій\s+|наш\s+)?(?:блог|канал)",
    r"(?<!\w)(?:bu\s+)?blog(?:u|umu|umuzu)\s+desteklemek\s+isterseniz",
    r"\bom\s+(?:du|ni)\s+vill\s+stödja\s+(?:bloggen|min\s+blogg)",
    r"\bhvis\s+(?:du|dere|I)\s+vil\s+støtte\s+(?:bloggen|min\s+blog)",
    r"\bdacă\s+(?:vrei|vreți|doriți)\s+să\s+sus[țţ]ii?\w*\s+(?:acest\s+)?blog",
    r"\b(?:jika|kalau)\s+(?:kamu|anda)\s+ingin\s+mendukung\s+blog\s+ini"))
IF_POST_MORE = re.compile("|".join((_EN, _TR, _ES_PT, _FR_IT, _GERMANIC, _SLAVIC, _OTHER, _BLOG)), re.I)
SUPPORT_WISH = re.compile(_WISH, re.I)  # (an ask in itself: what follows it is the way to support)
SUPPORT_WORK = re.compile(rf"(?<!\w){_WORK}", re.I)  # (the wish names the writer's work: ifhelped wants a link by it)

# the ask after the condition: the platform's acts in the imperative, or a modal offer to the reader
ASK_MORE = re.compile(
    r"\b(?:you\s+can|you\s+could|feel\s+free|repost|reblog|restack|subscribe|follow|sponsor|support|donate|tip\s+me|buy\s+me)\b"
    # (share it: es, it, fr, de)
    r"|\b(?:compárte(?:lo|la|nos)|compartidlo|condividil[oa]|partage-le|teilt\s+(?:ihn|es|uns))\b"
    r"|\b(?:puedes|podéis|pueden|suscr[ií]bete|s[ií]gueme|ap[óo]yame|comparte|inv[ií]tame|pode[ms]?|podes|assine|siga|apoie|compartilhe|partilhe)\b"
    r"|\b(?:vous\s+pouvez|tu\s+peux|abonnez|suivez|soutenez|partagez|offrez|puoi|potete|iscriviti|seguimi|sostieni|condividi|offrimi)\b"
    r"|\b(?:kannst\s+du|können\s+sie|könnt\s+ihr|du\s+kannst|ihr\s+könnt|sie\s+können|abonnier\w*|folgt|folge\s+(?:mir|uns)|unterstütz\w*|teilt|spendier\w*)\b"
    r"|\b(?:je\s+kunt|je\s+kan|u\s+kunt|abonneer|volg|steun|deel|trakteer|du\s+kan|ni\s+kan|prenumerera|följ|stöd|dela|bjud|abonner|følg|støtt\w*)\b"
    r"|(?<!\w)(?:możesz|możecie|subskrybuj|obserwuj|wesprzyj|udostępnij|postaw|můžete|můžeš|môžete|odebírejte|sledujte|podpořte|sdílejte|podporte|zdieľajte|"
    r"možete|možeš|pratite|podržite|podijelite|podelite|pretplatite|častite|spremljajte|sledite|можете|можешь|подпиш\w*|поддерж\w*|поделит\w*|"
    r"угостит\w*|можеш|підпиш\w*|підтрима\w*|поділі\w*|пригост\w*|пратите|подржите|поделите)(?!\w)"
    r"|(?<!\w)(?:\w+(?:abilir|ebilir)(?:siniz|sin)|lütfen|abone\s+ol\w*|takip\s+edin|paylaş\w*|destek\s+ol\w*)(?!\w)"
    r"|(?<!\w)(?:i-?share|ibahagi|pakibahagi|sundan|i-?follow|i-?like)(?!\w)"
    # (the borrowed "share" with its verb: a bare शेयर, শেয়ার is a company's share too, "शेयर बाजार")
    # (up to one word between: "शेयर ज़रूर करें"; বাংলা য় written precomposed or as য and its nukta)
    r"|शेयर\s*(?:[^\s.।!?]+\s+)?(?:करें|करे|कीजिए|कीजिये|करना|कर\s+दें)"
    r"|শে(?:\u09df|\u09af\u09bc)ার\s*(?:[^\s.।!?]+\s+)?(?:করুন|করো|করবেন|করে\s+দিন)"
    # (share it, with friends: te, ta, kn, ml, mr, gu, pa, ur, or, the native verb or the loan and "do")
    r"|పంచుకోండి|షేర్\s+చేయండి|பகிருங்கள்|பகிரவும்|ஷேர்\s+செய்யுங்கள்|ಹಂಚಿಕೊಳ್ಳಿ|ಶೇರ್\s+ಮಾಡಿ|പങ്കുവെക്കൂ|പങ്കുവയ്ക്കൂ|"
    r"ഷെയർ\s+ചെയ്യൂ|शेअर\s+करा|શેર\s+કરો|ਸ਼ੇਅਰ\s+ਕਰੋ|ਸਾਂਝਾ\s+ਕਰੋ|شیئر\s+(?:کریں|کیجیے|کیجئے)|ସେୟାର\s+କରନ୍ତୁ"
    r"|\b(?:bisa|dapat|silakan|ikuti|dukung|bagikan|traktir|có\s+thể|hãy|theo\s+dõi|ủng\s+hộ|chia\s+sẻ|unaweza|mnaweza|tafadhali|jiunge|nifuate|"
    r"tufuate|shiriki|changia|kérlek|kérem|iratkozz\w*|kövess\w*|támogass\w*|oszd\s+meg|poți|puteți|te\s+rog|abonează\w*|urmărește|susține|distribuie)\b"
    r"|(?<!\w)(?:բաժանորդագրվ\w*|հետևեք|հետևիր|կիսվեք|կիսվիր|աջակցեք|աջակցիր|տարածեք|կարող\s+եք)(?!\w)"  # (hy)
    r"|(?<!\w)(?:μπορείτε|μπορείς|ακολουθήστε|στηρίξτε|κοινοποιήστε|يمكنك|يمكنكم|تابع\w*|ادعم\w*|شارك\w*|اشترك\w*|אפשר|מוזמנים|עקבו|שתפו|תמכו|הירשמו)(?!\w)",
    re.I)


# the platform's acts opening the line, in the imperative: support, subscribe, follow, share, sponsor, tip, a coffee
# bought for the writer (en es pt fr it de nl sv nb da pl cs sk hr sr sl ru uk tr id ms vi hu ro el ar he); "follow",
# "siga", "deel" only with their object, me, us or the blog ("Follow it up with…", "Siga até o fim", "Deel twee" are
# a reader's advice and a part of a series)
ACT_OPENS = re.compile(
    r"^\W{0,3}(?:support|subscribe|follow\s+(?:me|us|my|our|this|the\s+blog)|share|sponsor|donate|tip\s+me|buy\s+me|"
    r"ap[óo]y(?:ame|anos|a)|suscr[ií]b(?:ete|anse)|s[ií]g(?:ueme|uenos)|comp[aá]rte|inv[ií]ta(?:me|nos)|apoie|apoia|"
    r"assine|siga-(?:me|nos)|compartilhe|partilhe|soutenez|abonnez-vous|suivez|partagez|offrez-moi|"
    r"sostieni(?:mi|ci)?|iscriviti|seguimi|seguici|condividi|offrimi|unterstütz\w*|abonnier\w*|"
    r"folg(?:e|t)\s+(?:mir|uns)|teil(?:e|t)\s+(?:den|diesen)|spendier\w*|steun|volg|deel\s+(?:dit|deze)|trakteer|"
    r"stöd|följ|dela|støtt|følg|"
    r"wesprzyj|subskrybuj|obserwuj|udostępnij|postaw|podpořte|podporte|sledujte|sdílejte|zdieľajte|podržite|podrži|"
    r"pratite|podijelite|podelite|поддержите|поддержи|подпишитесь|поделитесь|підтримайте|підпишіться|поділіться|"
    r"destek\s+olun|abone\s+olun|takip\s+edin|paylaşın|dukung|ikuti|bagikan|traktir|sokong|ủng\s+hộ|theo\s+dõi|"
    r"chia\s+sẻ|đăng\s+ký|mời\s+(?:mình|tôi|tác\s+giả)|támogass\w*|iratkozz\w*|kövess\w*|susține(?:ți)?|"
    r"abonează-te|urmărește(?:-ne)?|στηρίξτε|ακολουθήστε|κοινοποιήστε|ادعم\w*|تابع\w*|شارك\w*|תמכו|עקבו|"
    r"שתפו)(?!\w)", re.I)
# what the act is asked for, between it and the condition, when it is the house's: the post or the blog, its channel
# or page, me or us, a coffee, a tip, the platform it is done on ("Support the blog with a coffee", "Apóyame en
# Ko-fi", "Подпишитесь на канал"); a book, a friend, a chapter is the reviewer's advice (en es pt fr it de nl sv nb da
# pl cs sk hr ru uk tr id vi hu ro el ar he)
OWN_OBJECT = re.compile(
    r"(?<!\w)(?:me|us|my|our|blog\w*|blogg\w*|post|posts|review|article\w*|newsletter|channel|page|site|coffee|tip|"
    r"mi|nos|nosotros|nuestr[oa]s?|canal|página|reseña|entrada|café|meu|minha|nosso|nossa|resenha|artigo|"
    r"moi|nous|mon|ma|notre|chaîne|billet|chronique|ci|mio|mia|nostr[oa]|canale|pagina|recensione|articolo|caffè|"
    r"mich|mir|uns|mein\w*|unser\w*|beitrag|rezension|kanal\w*|seite|kaffee|mij|ons|mijn|onze|bericht|recensie|"
    r"kanaal|koffie|mig|meg|oss|os|inlägg|innlegg|indlæg|kaffe|mnie|nas|mój|nasz\w*|wpis|kaw\w*|mě|mne|nás|můj|náš|"
    r"kávu|moj\w*|naš\w*|kavu|меня|мене|нас|мой|мою|наш\w*|блог\w*|канал\w*|кофе|каву|beni|bizi|kahve|saya|kami|"
    r"aku|kopi|mình|tôi|chúng\s+tôi|kênh|cà\s+phê|engem|minket|kávé\w*|csatorn\w*|mă|ne|cafea|με|μας|κανάλι|καφέ|"
    r"المدونة|القناة|الموقع|الصفحة|אותי|אותנו|הבלוג|הערוץ|ko-?fi|patreon|patronite|apoia\.se|catarse|saweria|"
    r"trakteer|paypal|instagram|facebook|tiktok|youtube|telegram|whatsapp|substack|e-?mail|rss)(?!\w)", re.I)
