"""What a closing line asks the reader to do on the platform, by kind ("subscribe", "follow", "like", "save", "vote",
"comment", "share", "app"), in many languages: the imperatives and the platforms' own words for their buttons, never a
verb a review uses of its book. Read by ``closingask.closing_ask`` (two kinds in one short line are an ask wherever it
stands; one kind after the review's last paragraph), the site's lines and the housekeeping rules; ``platforms`` holds
it for them (it lived there until the platform data outgrew one module).
"""

from __future__ import annotations

import re

# English "subscribe" and "vote" are imperatives only where a bidding starts: a line's or clause's start, or after
# "and", "please", "so", "don't forget to" ("she refuses to subscribe to it" is the story)
_BIDDING = r"(?:^|(?<=[.!?,;:(—–-])\s*|\b(?:and|&|please|pls|so|then|or|(?:don['’]t|do\s+not)\s+forget\s+to)\s+)"
# the bidding to pass a post on: a line's or a sentence's start, or "please" (a second verb after "and" is the story's:
# "strangers screenshot her apology and repost it"), going on with the post, "if", "please" or a stop (en fr es it de
# pl cs ru uk)
_SHARE_AT = r"(?:^|(?<=[.!?;:(—–-])\s*|\b(?:please|pls)\s+)"
_SHARE_CUE = (r"(?=\s+(?:if|this|it|me|and|for|to|please|pls|si|se|s['’]il|wenn|falls|bitte|jeśli|jeżeli|proszę|pokud|"
              r"jestli|prosím|ce|cet|cette|este|esta|questo|questa|diesen|dieses|ten|tento|tuto|если|якщо|"
              r"пожалуйста|будь|этот|эту|цей|цю)\b|\s*(?:[!.,:;&]|$))")
# the verbs of pressing a button, bidden (en, de, fr, es, pt, it, nl, sv, da/nb, pl, ru), and what a bidding to press
# the follow button goes on with: its end (a stop, a dash, the line's end), an ask's clause ("and you …", "for more",
# "if …", es "que …") (READER_ACTIONS' follow kind)
_PRESS = (r"(?:hit|press|click|tap|smash|use|drück(?:t|en\s+sie)?|klick(?:t|en\s+sie)?|cliquez|appuyez|pulsa|pulsad|"
          r"haz\s+clic|dale|clique|aperte|toque|premi|clicca|klik|druk|tryck|klicka|tryk|kliknij|naciśnij|нажмите|"
          r"жмите)")
_PRESS_CUE = (r"(?=\s*(?:[!.:;—–)]|\s-\s|$)|\s*,?\s+(?:and|for|if|to|so|then|now|please|und|für|wenn|um|dann|et|"
              r"pour|si|"
              r"y|para|que|e|per|se|en|als|om|och|så|för|og|for|i|a|aby|jeśli|и|чтобы|если)(?!\w))")
READER_ACTIONS = {
    "subscribe": re.compile(
        rf"{_BIDDING}subscribe\b|\b(suscr[ií]b(ete|ite|anse|ase)|abonnez|abonniert|abonniere|abonează-te|abone\s+olun|"
        rf"iscriviti|iscrivetevi|"
        r"inscreva-se|assine|assinem|assina|torne-se\s+assinante|faça\s+(?:a\s+)?sua\s+assinatura|"
        r"gerstu\s+áskrifandi|gerist\s+áskrifendur|abonneer|prenumerera|abonnér|tilaa|subskrybuj|předplaťte|odebírejte|"
        r"подписывайтесь|подпишитесь|"
        r"підписуйтесь|εγγραφείτε|đăng\s+ký|berlangganan|"
        # (gl, ca, pt-PT, eu, cy, lv, lt, hr/bs/sr, sl, sk, hu, bg, uk, sq)
        r"subscr[ií]b(?:ete|ide)|subscriu-te|subscriviu-vos|subscreva|subscreve|harpidetu|tanysgrifiwch|abonē(?:jiet)?|"
        r"prenumeruok(?:ite)?|"
        r"pretplatite\s+se|претплатите\s+се|naročite\s+se|predplaťte\s+si|iratkozz(?:on)?\s+fel|абонирайте\s+се|"
        r"підпишіться|abonohu(?:ni)?)\b|გამო(?:მ|გვ)იწერეთ|구독|訂閱|订阅|チャンネル登録|購読|הירשמו|אַבאָנירט|אבאנירט|اشتركو\w*|सब्सक्राइब", re.I),
    "follow": re.compile(
        r"\b(follow\s+(me|us|along|for\s+more|(my|our|the)\s+(page|blog|channel|account))|folg(t|e)?\s+(mir|uns)|"
        r"suivez(-moi|-nous)?|"
        r"s[ií]gue(me|nos)|seguime|seguinos|seguimi|seguiteci|siga(-me|-nos)|volg\s+(me|ons)|följ\s+(mig|oss)|"
        r"følg\s+(mig|os|meg|oss)|"
        r"seuraa\s+(minua|meitä)|obserwuj(cie)?|sledujte|urmăriți-(mă|ne)|takip\s+edin|ακολουθήστε|ακολούθησέ|"
        r"theo\s+dõi|"
        r"ikuti\s+(aku|kami|saya)|kövess(?:etek|étek|en|enek|ék)?|(?:прати|пратите|prati|pratite)\s+(?:ме|нас|me|nas)|"
        r"последвай(?:те)?\s+(?:ме|ни)|стежте\s+за|(?:na|më)\s+ndiq(?:ni)?|ndiq(?:më|na)(?:ni)?)\b|"
        # the platform's follow button pressed, unquoted ("hit follow", "click the Follow button"; the quoted label is
        # "like"'s pressing below): en, de, fr, es, pt, it, nl, sv, da/nb, pl, ru; "a hit follow-up" is a noun. A
        # bidding of the reader: the verb of pressing where a bidding starts (_BIDDING), the bidding ending there or
        # going on with an ask (_PRESS_CUE: "and you'll get …", "for more", a stop); "Follow button, like button: the
        # heroine lives by them" presses nothing, "Click the follow button, the book seems to say" goes on with a
        # clause of its own
        rf"{_BIDDING}{_PRESS}\s+(?:(?:on|the|auf|den|sur|le|al|el|no|o|sul|il|op|de|på|na|в|на)\s+){{0,2}}"
        rf"follow(?![\w-]){_PRESS_CUE}|"
        rf"{_BIDDING}{_PRESS}\s+(?:[^\W\d_]+\s+){{0,3}}(?:follow[\s-]button|(?:folgen|abonnieren)[\s-](?:button|knopf)|"
        r"bouton\s+(?:suivre|s['’]abonner)|bot[óo]n\s+(?:de\s+)?seguir|bot[ãa]o\s+(?:de\s+)?seguir|pulsante\s+segui|"
        rf"volg[\s-]?knop|följ[\s-]?knapp\w*|følg[\s-]?knap\w*|przycisk\s+obserwuj|кнопк\w+\s+подписаться){_PRESS_CUE}|"
        # (a WeChat official account followed by its code: "扫码关注", "長按識別二維碼關注", not told "扫码关注了";
        # tl "sundan kami", "sundan ang aming page", "sundan ang … sa Facebook", sw "tufuate kwenye …": the blog or a
        # network the object, not "sundan ang yapak ng kanyang ina", "tufuate njia ya mto" (the story's); the borrowed
        # "follow" bidden in the Dravidian and Indic scripts)
        r"(?:扫码|掃碼|扫一扫|掃一掃|长按识别|長按識別)(?:二维码|二維碼)?(?:关注|關注)(?![了过過])|"
        r"(?<!\w)(?:sundan\s+(?:mo\s+|ninyo\s+|niyo\s+|nyo\s+)?(?:kami|ako|ang\s+(?:aming|aking|page|blog|channel))|"
        r"sundan\s+(?:mo\s+|ninyo\s+|nyo\s+)?(?:ang\s+)?[^.!?\n]{1,40}?\s+sa\s+(?:facebook|fb|instagram|ig|tiktok|"
        r"twitter|x|youtube|threads)|(?:tu|ni)fuate\s+(?:pia\s+)?(?:kwenye|katika|@|facebook|instagram|twitter|"
        r"tiktok|youtube)|i-?follow\s+(?:mo|ang|ninyo))(?!\w)|"
        r"(?:ಫಾಲೋ|ఫాలో|ஃபாலோ|ഫോളോ)\s*(?:ಮಾಡಿ|చేయండి|செய்யுங்கள்|ചെയ്യൂ|ചെയ്യുക)|"
        # (the borrowed "follow" after the hortative of ms/id, "let's": "Jom follow …", "Yuk follow …")
        r"(?<!\w)(?:jom|jum|ayo|ayuh|yuk|yok)\s+(?:ikut\s+|ikuti\s+)?follow(?!\w)|"
        # Naver's and Daum's blogs call following "adding a neighbour" (이웃추가, 서로이웃)
        r"フォロー|关注(?:我|本|公众号)|關注(?:我|本)|팔로우|이웃\s?추가|서로\s?이웃|עקבו|تابعو\w*|تابعني|फॉलो|"
        r"กดติดตาม|ติดตามเพจ|ফলো\s+করুন|যুক্ত\s+হোন|دنبال\s+کنید|عضو\s+شوید|بپیوندید|فالو\s+کریں|جوائن\s+کریں", re.I),
    "like": re.compile(
        r"\b((hit|smash|leave|give)\s+(it\s+)?(a|the)\s+(like|heart)|like\s+(and|&)\s+(subscribe|share|comment|follow)|"
        r"like\s+(this|the)\s+post(?!-)|ставьте\s+лайк\w*|лайкните|polub(cie)?|dale\s+(a\s+)?like|lasciate\s+un\s+like|"
        # Kaskus: a "cendol" is its like, given to a thread
        r"(?:kasih|kirim|bagi|lempar|ijo)\w*\s+cendol|(?:kasih|klik)\s+like)\b|"
        r"いいね|点赞|点个赞|點讚|點個讚|좋아요(?:와|랑|를|\s*눌러)|لايك|लाइक|"
        # (the borrowed "like" bidden in the Dravidian and eastern Indic scripts: kn, te, ta, ml, bn, gu, pa)
        r"(?:ಲೈಕ್|లైక్|லைக்|ലൈക്ക്?|লাইক|લાઇક|ਲਾਈਕ)\s*(?:ಮಾಡಿ|చేయండి|செய்யுங்கள்|ചെയ്യൂ|ചെയ്യുക|করুন|করো|કરો|ਕਰੋ)|"
        # the platforms' own names for their like button, pressed or named as a button (platform knowledge: Tistory's
        # and Naver's 공감, note's スキ, Hatena's star; Facebook's and VK's in their languages): "공감 버튼", "공감 꾹"
        r"공감\s*(?:버튼|꾹|을?\s*(?:눌러|누르|부탁))|スキ(?:を押|ボタン)|はてなスター|"
        # (Hatena's star given, "スターをつけて"; Medium's clap bidden in Devanagari; he "give a like", plural)
        r"スターを(?:つけ|付け|押)|(?:टाळ्या|ताली|तालियां|तालियाँ)\s+(?:वाजवा|बजाएं|बजाइए|बजाएँ)|(?<!\w)(?:תנו|עשו|תעשו)\s+לייק|"
        r"(?<!\w)(?:like|heart|clap)[\s-]button|gefällt[\s-]mir[\s-](?:button|knopf)|bouton\s+j'aime|"
        r"bot[óo]n\s+(?:de\s+)?me\s+gusta|"
        r"pulsante\s+mi\s+piace|przycisk\s+lubię\s+to|кнопк\w+\s+[«\"]?нравится|gilla-?knapp\w*|"
        r"synes[\s-]godt[\s-]om-?knap\w*|"
        r"tykkää-?painik\w*|vind[\s-]ik[\s-]leuk-?knop|"
        # (press "Like": km "ចុច", lo "ກົດ", th "กด", my "နှိပ်" after it)
        r"(?:ចុច|ກົດ|กด)\s*(?:Like|ឡាយ|ໄລ|ไลก์)|Like\s*(?:ကို\s*)?နှိပ်|"
        # pressing a button the line names in quotation marks ("hit «Helpful»", "ставьте «полезно»", "klickt auf
        # „Gefällt mir“")
        r"(?<!\w)(?:press|hit|click|tap|smash|ставьте|поставьте|жмите|нажмите|нажимайте|кликните|тисніть|натисніть|"
        r"ставте|"
        r"drückt|drück|klickt|klick|cliquez|appuyez|pulsa|pulsad|haz\s+clic|dale|clique|aperte|kliknij|klikněte|klikni|"
        r"tıkla|tıklayın)(?:\s+(?:on|the|auf|sur|en|em|na|в|на))?\s+[«\"“„'‘]\w+(?:\s\w+)?[»\"”“'’]", re.I),
    # keeping the post in the reader's bookmarks or the platform's collection ("save this post", "收藏到你的知识库")
    "save": re.compile(
        r"\b((?:save|bookmark)\s+(?:this|the)\s+(?:post|review|note|article|page|thread)|"
        r"add\s+(?:it|this)\s+to\s+your\s+(?:favou?rites|bookmarks|reading\s+list)|enregistrez\s+(?:cet|"
        r"ce)\s+(?:article|billet|post)|"
        r"ajoutez[- ]le\s+à\s+vos\s+favoris|guardad?\s+(?:este|esta)\s+(?:post|entrada|reseña|artículo)|"
        r"salva(?:te)?\s+questo\s+(?:post|articolo)|"
        r"speicher[nt]?\s+(?:diesen|den)\s+(?:beitrag|post|artikel)|добавьте\s+(?:\w+\s+){0,2}в\s+закладки|"
        r"сохраните\s+(?:этот\s+)?(?:пост|отзыв|статью)|"
        r"додайте\s+(?:\w+\s+){0,2}(?:в|до)\s+закладок|збережіть\s+(?:цей\s+)?(?:пост|допис|відгук))\b|"
        r"(?:欢迎|歡迎|记得|記得|请|請|顺手|順手)\s*收藏|收藏到|加入收藏|ブックマークして|お気に入り(?:に)?(?:登録|追加)して|스크랩\s*해|저장해\s*(?:주세요|두세요)",
        re.I),
    "vote": re.compile(rf"{_BIDDING}vote\b|\b(votez|votate|głosujcie|голосуйте|rate\s+(?:this|the)\s+(?:thread|post)|"
                       r"(?:kasih\s+)?rate\s+bintang(?:\s+\d)?)\b|투표|投票|"
                       # (ja: a click on the ranking banner, "ポチッと", "応援クリック")
                       r"ポチ(?:ッと|っと)|応援(?:の)?クリック", re.I),
    "comment": re.compile(
        r"\b(comment\s+(below|down|and|if|with|your)|leave\s+a\s+comment|kommentiert|commentez|comentá|commentate|"
        r"kommentera|skomentuj|komentujte|пишите\s+в\s+комментариях|комментируйте|yorum\s+yapın)\b|"
        r"댓글|コメントして|留言|评论区|"
        # leaving a comment bidden: pt, es, it, fr, de, id/ms, tl, sw, hi, bn; the third person ("il narratore lascia
        # un commento", "el abuelo deja un comentario") tells the story: the plural, a clitic turned to the blogger,
        # the reader's own comment or the place (here, below) bid the reader
        r"\b(?:deixe\s+(?:um|o\s+seu|seu|sua)\s+coment[áa]rio|d[ée]ja(?:me|nos)\s+(?:un|tu)\s+comentario|"
        r"dejad\s+(?:un|vuestro)\s+comentario|deja\s+tu\s+comentario|(?:^|(?<=[.!?;:,(—–-]\s)|(?<=\be\s))d[ée]ixa(?:me|nos)\s+(?:un|o\s+teu)\s+comentario|"
        # (Tumblr's ask box: the reader bid to send the blog a question)
        r"(?:send|drop)\s+(?:me|us)\s+an?\s+ask|(?:my|our)\s+ask\s?box\s+is\s+open|"
        r"deja\s+un\s+comentario\s+(?:aquí|aqui|abajo|debajo|más\s+abajo)|lasciate(?:mi|ci)?\s+un\s+commento|"
        r"lascia(?:mi|ci)\s+un\s+commento|lascia\s+un\s+commento\s+(?:qui|qua|sotto|qui\s+sotto|qua\s+sotto)|"
        r"laissez\s+un\s+commentaire|hinterlass(?:t|en\s+sie)?\s+(?:mir\s+|uns\s+)?einen\s+kommentar|"
        r"tinggalkan\s+komen(?:tar)?|mag-?iwan\s+(?:ng|ka\s+ng)\s+(?:komento|puna)|(?:u|m|tu)?ache(?:ni)?\s+maoni|"
        r"acha(?:ni)?\s+maoni\s+(?:yako|yenu))\b|"
        # the bare singular bidding opening a short line, nothing of a story after it ("¡Deja un comentario!",
        # "Lascia un commento!", "Deixa um comentário.", "Laisse un commentaire !"): es, it, pt, fr, ca, gl
        r"^\W{0,3}(?:deja\s+un\s+comentario|lascia\s+un\s+commento|deixa\s+(?:um|o\s+teu)\s+coment[áa]rio|"
        r"laisse\s+un\s+commentaire|deixa\s+un\s+comentari|deixa\s+un\s+comentario)"
        r"(?:\s+(?:aqu[íi]|abajo|qui|sotto|aqui|ici|y\s+\w+|e\s+\w+|et\s+\w+)){0,2}\s*[!.…:)]*\s*$|"
        r"(?:कमेंट|टिप्पणी)\s+(?:करें|करना\s+न\s+भूलें|कीजिए)|মন্তব্য\s+করুন|কমেন্ট\s+করুন", re.I),
    "share": re.compile(
        r"\b(share\s+this\s+(post|review|note|article)|compart[ií]\s+(esta|este)|comparte\s+(esta|este)|partagez|"
        r"teilt\s+(diesen|den|das)|condividete|deel\s+(dit|deze)|dela\s+(gärna|inlägget)|udostępnij(cie)?|поделитесь|"
        r"paylaşın|chia\s+sẻ)\b|(?<!\w)שתפו(?!\w)|(?:^|(?<=[.!?;:,(—–-]\s)|(?<=^\W))compárte(?:a|o|as|os)\s+co(?:s|as)\b|공유해|シェアして|分享给|转发|شاركو\w*|"
        # the post passed on to the reader's friends, bidden where a sentence starts: "Share with …", pt
        # "Compartilhe com quem …", es "Compártelo con …", it "Condividilo con …", id "Bagikan ke teman", tl "I-share
        # mo sa …", sw "washirikishe marafiki"; and the borrowed "share" bidden in the Indic and Dravidian scripts
        # (with someone turned to the reader: "Share with them your silence" and es "Comparte con su hermana …" are
        # the story's; es's bare "comparte" is the third person too, so its clitic or "tus" bids)
        rf"{_SHARE_AT}(?:share\s+(?:it\s+|this\s+)?with\s+(?:your|a\s+friend|friends|anyone|someone|everyone|others|"
        r"other\s+readers|whoever|those\s+who|people\s+who|all\s+your)|compartilhe(?:m)?(?:-o|-a)?\s+com|"
        r"partilhe(?:m)?(?:-o|-a)?\s+com|comp[aá]rtel[oa]s?\s+con|compartidl[oa]s?\s+con|"
        r"comparte\s+con\s+(?:tus|todos\s+tus|quien(?:es)?\s+(?:quieras|creas))|"
        r"condividi(?:lo|la|te(?:lo|la)?)?\s+con|bagikan\s+(?:ke|kepada|dengan))|"
        r"(?<!\w)(?:i-?share|ibahagi)\s+(?:mo|ninyo|nyo)(?!\w)|(?<!\w)(?:wa)?shirikishe\s+(?:marafiki|wenzako|wengine)|"
        r"(?:शेयर|শে(?:\u09df|\u09af\u09bc)ার|ಶೇರ್|షేర్|ஷேர்|ഷെയർ|શેર|ਸ਼ੇਅਰ)\s*"
        r"(?:[^\s.।!?]+\s+)?(?:करें|करे|कीजिए|कीजिये|करा|করুন|করো|ಮಾಡಿ|చేయండి|செய்யுங்கள்|ചെയ്യൂ|કરો|ਕਰੋ)|"
        # passing the post on by the platform's own button, bidden, opening the line or a sentence: reblog (Tumblr),
        # restack (Substack), repost, retweet ("reblog if you cried too", "rebloguez si …", "репостните, если …"), in
        # every language where a bidding starts and with what a bidding goes on with (the post, "if", "please", a
        # stop: _SHARE_CUE); "she refuses to reblog it", "strangers screenshot it and repost it", "Vous repostez une
        # photo" bid no one, nor does the noun ("Repost culture is …"), a quoted order («Repostealo y sonríe», says
        # the boss) or "Repostez tout, ne répondez à rien" (the story's rule); a clause after a comma ("if it helped,
        # repost it") is ifhelped's condition
        rf"{_SHARE_AT}(?:reblog|restack|repost|retweet|reblogu?ea(?:lo|la|d)?|rebloguez|rebloggate|reblogue[mn]?|"
        r"reblogujcie|reblogněte|repostea(?:lo|la|d)?|repostez|repostate|реблогни\w*|репостни\w*|репостніть|"
        rf"зробіть\s+репост|сделайте\s+репост){_SHARE_CUE}|リブログ(?:して|お願い)|"
        # (hu: the familiar definite imperative is a bidding wherever it stands, "ha tetszett, reblogold"; the polite
        # one is the indicative's third person too, "a húga reblogolja": bidden where a clause starts)
        r"(?<!\w)reblogg?(?:old|oljátok)(?!\w)|(?:^|(?<=[.!?;:,(—–-]\s))reblogg?olj(?:a|ák)(?!\w)", re.I),
    # a platform's own app pressed on the reader ("download our app and read thousands of stories free")
    "app": re.compile(
        r"\b((?:download|get|install)\s+(?:the|our)\s+(?:[\w-]+\s+){0,3}app|descarg(?:a|ue)\s+(?:la|nuestra)\s+app|"
        r"téléchargez?\s+(?:l'|notre\s+)appli\w*|lade\s+(?:dir\s+)?(?:die|unsere)\s+app|scarica\s+l'app|baix(?:e|"
        r"a)\s+o\s+app|"
        r"скачайте\s+приложение|завантажте\s+застосунок|pobierz\s+aplikacj\w+|stáhněte\s+si\s+aplikaci)\b|"
        r"ऐप\s+डाउनलोड|অ্যাপ\s+ডাউনলোড|ایپ\s+ڈاؤن\s?لوڈ|アプリ(?:を|は)?ダウンロード|앱\s*(?:을\s*)?다운로드|"
        r"下[载載][^\s，。、,.!?！？；;：:]{0,8}?\s*app|下[载載][^\s，。、,.!?！？；;：:]{0,8}?客[户戶]端|"
        r"(?:حمّ?ل|نزّ?ل|تحميل)\s+التطبيق|ดาวน์โหลดแอป|"
        # (km "download the app", lo, my; id/ms "unduh aplikasi", vi "tải ứng dụng", tr, sw "pakua programu")
        r"ទាញយកកម្មវិធី|ດາວໂຫຼດແອັບ|အက်ပ်ကို\s*ဒေါင်းလုဒ်|unduh\s+aplikasi|tải\s+(?:về\s+)?ứng\s+dụng|"
        r"uygulama(?:mız)?[ıi]\s+indir|pakua\s+(?:programu|app)", re.I),
}
