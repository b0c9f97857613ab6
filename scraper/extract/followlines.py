"""A news site's follow line closing a review: the imperative to follow the site on a network, said outright.

Newspapers and magazines close an article with a short line bidding the reader follow the desk on its networks:
"Follow Books Desk on Instagram and Facebook for more reviews", "Følg Kulturredaksjonen på TikTok!", "Suivez-nous sur
Instagram". The site is named by a desk's name (no "my", "our", no handle, no link home), so ``followpleas.follow_plea``
cannot tell it from a review's sentence by its words; its shape can: the line *opens* with the imperative of following
and names a social network, it is short and it closes the review's box (``sitelines.mark`` checks the position).
A review's sentence about a character who follows someone on Instagram opens with its subject, not the imperative;
"Following …", "Følgende …" (a participle, an adjective) are not imperatives; a character's imperative retold ("Follow
your heart, says Ising on Facebook": ``reportedspeech``) bids nobody.

The imperative may be one of joining the site's page or group, or liking it ("Dołącz do nas na Facebooku", "Únete a
nuestra comunidad en Instagram", "Присоединяйтесь к нам в Telegram"): a line opening so and naming a network is the
same bidding. In the languages that put the verb last (Mongolian, Turkish, Azerbaijani, Uzbek, Kazakh, Kyrgyz, Tatar,
Bashkir) the imperative closes the clause instead ("Манай фэйсбүүк хуудсыг дагаарай —", "Instagram'da bizi takip
edin!"), or is followed by "and" and the bidding's second clause ("… Telegram-da izləyin və xəbərləri ilk öyrənin");
their indicative ("дагадаг", "takip ediyor": someone follows someone) is the story's.

And the networks, the account words and the verbs of following in Gurmukhi (Punjabi), where ``sitelines`` reads
Devanagari, Bengali and Tamil: "… ਦਾ ਵ੍ਹਟਸਐਪ ਚੈਨਲ ਫਾਲੋ ਕਰੋ" (follow …'s WhatsApp channel), and in Gujarati, whose
loan words are written with a short or a long vowel sign alike ("સબ્સ્ક્રાઇબ" and "સબ્સ્ક્રાઈબ", "યુટ્યુબ" and "યૂટ્યૂબ").

The joining and following imperatives of Somali, Swahili, Hausa, Zulu/Xhosa, Afrikaans, Yoruba, Igbo, Kinyarwanda and
Malagasy open a line the same way ("Ku biir bogga … ee Facebook", "Jiunge nasi kwenye Instagram").

So does the bidding to get the site's news on a network, or to keep informed there ("Get our latest news on
WhatsApp", "Recibe las noticias en Telegram", "… мэдээг Facebook хуудаснаас аваарай", "… Telegram'da haberdar olun"):
the line names the network and opens (or, verb last, closes its clause) on the imperative; "he got the news on
Facebook" opens on its subject; zh 关注 is "to care about" too: a follow only with an account as its object.

A bare singular imperative that is also the present of "to follow" (lv "seko", lt "sek", sl "sledi", hr/bs/sr "prati",
mk/sr "следи", sq "ndiq", et "jälgi") opens the same bidding when its object follows it: the site by its name (its home
links' name in a case form, "Jälgi <Site>e …", or a domain, "Seko <Site>.lv arī Instagram …"), a network, or "us" ("mūs",
"mus", "nas", "nas", "nin"); "Seko stāsts par …" (there follows a story) has a lower-case subject after it, "Prati Lanu
Horvat, zvijezdu Instagrama, …" (it follows Lana Horvat, an Instagram star) a person no site names.

And the South and East Indian scripts (Tamil, Telugu, Kannada, Malayalam, Odia), the verb last: a network, an account
word (channel, page, group) and the polite imperative of joining, following, subscribing or getting the news closing
a clause ("<Site> WhatsApp ಚಾನೆಲ್ ಸೇರಿ, …", "… டெலிகிராம் சேனலில் இணையுங்கள்"); "ಗುಂಪಿಗೆ ಸೇರಿ ಹೊಸ …" (having joined
the group, she …) runs on past the verb.

Urdu, Persian, Pashto put the verb last: a network, the imperative of joining, following or clicking to ("… چینل میں
شامل ہوں", "… سبسکرائب کرنے کے لیے یہاں کلک کریں"; "شامل ہوا", he joined, is the story's). Thai, Lao, Khmer, Chinese,
Japanese glue the opening imperative to its object ("ติดตามเพจ", "关注我们"); in Thai, Lao, Khmer only us, a page, a name.

The network renamed 'X' (the former Twitter) is one capital letter, a variable, a grade, a name's initial as often: it
counts as a network only by structure, the account beside it ("X hesabımız", "our X account", "compte X", "cuenta de
X", "X-Konto") or a handle on the line ("… on X: @site"); "Malcolm X", "X-Men", "Part X" name no network.
"""

from __future__ import annotations

import re
from os.path import commonprefix

from .rating import has_score
from .words import count_words
from .platforms import SOCIAL_NAME
from .xnetwork import x_named  # (the network 'X' named by structure)
from .reportedspeech import reported  # (someone's words retold, no bidding of the site's)

# the imperative of following (or subscribing to, joining) opening a line, in the languages of the news sites:
# en, sv, nb/nn/da, de, nl, fr, es, pt, it, pl, cs/sk, hu, ro, tr, id/ms, ru/uk/bg, el, fi, is, cy, hr/sr, sl, eu, ga, mt, vi
OPENS = re.compile(
    r"^\W{0,3}(?:follow|subscribe\s+to|join|följ|følg|fylg|folgt|folge|folgen\s+sie|volg|suivez|suis-nous|suis-moi|abonnez-vous|abonne-toi|rejoignez|rejoins-nous|"
    r"síg(?:a|ue)nos|sigue|siga|seguid|sígannos|segue|sigam|siga-nos|segui(?:te|ci|teci)?|obserwuj(?:cie)?|sledujte|sleduj|"
    r"kövess(?:en|étek)?|urmări(?:ți|ţi)(?:-ne)?|takip\s+edin|bizi\s+takip|ikuti|подпис(?:ывайтесь|ывайся|ывайтеся|уйтесь)|"
    r"подпишитесь|стежте|слідкуйте|следете|последвайте|ακολουθήστε|seuraa|fylgið|fylgstu|"
    # ... and of joining, liking the page, keeping up (pl, cs, sk, hr/bs/sr/sl, ru, uk, bg, es, pt, it, ca, ro, hu, lt,
    # lv, et, fi, nb/sv, sq, id/ms)
    r"dołącz(?:cie)?|śledź(?:cie)?|polub(?:cie)?|"
    # (liking the page: en "like us", sv "gilla", nb/da "lik(e)", de "liken Sie", cs/sk "lajkněte/lajknite", hu "lájkold",
    # fi "tykkää", tr "beğenin", ru "лайкайте", uk "вподобайте", hr/sr "lajkajte", sl "všečkajte", ro "dați like")
    r"like\s+us|gilla|lik(?:e)?\s+oss|lik(?:e)?\s+os|liken\s+sie|lajkn(?:ěte|ite|i)|lájkold|tykkää|beğenin|лайкайте|вподобайте|lajkajte|všečkajte|da(?:ți|ţi)\s+like|"
    # (bg "харесайте ни", mk "лајкнете не", sr "лајкујте нас", ru "лайкните", "поставьте лайк", uk "лайкніть"; ar)
    r"харесайте\s+(?:ни|страницата)|лајкнете\s+(?:не|ја)|лајкујте\s+нас|лайкните|поставьте\s+лайк|лайкніть|"
    r"تابعونا|تابعنا|تابعوا|"
    r"přidejte\s+se|pridajte\s+sa|pridruži(?:te)?\s+(?:nam\s+)?se|"
    r"придружи(?:те)?\s+(?:нам\s+)?се|присоединяйтесь|приєднуйте?ся|приєднуйтесь|присъедин(?:и|ете)\s+се|únete|uníos|únase|"
    r"súmate|junte-se|junta-te|juntem-se|unisciti|unitevi|segueix(?:-nos)?|uneix-te|alătur(?:ă-te|ați-vă|aţi-vă)|"
    r"csatlakozz(?:on|atok|anak)?|prisijunk(?:ite)?|sekite|pievienojie(?:s|ties)|sekojiet|liitu(?:ge)?|jälgi(?:ge)?|"
    r"liity|liittykää|bli\s+med|gå\s+med|na\s+ndiqni|bashkohuni|gabung(?:lah)?|bergabunglah|"
    # ... and the joining imperatives the list lacked: ms "sertai(lah)", "ayuh sertai", tl "sumali", vi "tham gia", cs
    # "připojte se", sk "pripojte sa", ru "вступайте", "подключайтесь", uk "долучайтеся", "підписуйтеся", he "הצטרפו", ar
    # "انضموا", fa "بپیوندید", nl "word lid", da "bliv medlem", "følg med", el "ελάτε", "γίνετε μέλος"
    r"(?:ayuh\s+)?sertai(?:lah)?|sumali|tham\s+gia|připojte\s+se|pripojte\s+sa|вступайте|подключайтесь|долучайтеся|"
    r"підписуйтеся|підпишіться|הצטרפו|انضموا|انضم|بپیوندید|word\s+lid|bliv\s+medlem|ελάτε|γίνετε\s+μέλος|"
    # ... and the imperatives the list lacked: ro singular "urmărește(-ne)", cy "dilynwch", "dilyna", is "fylgdu",
    # "fylgist með", hr/bs/sr "pratite", sl "sledite", "spremljajte", eu "jarraitu", ga "lean(aigí) sinn/muid", mt
    # "segwuna", lb "follegt", fy "folgje", ca "seguiu-nos", sw "tufuate", tl "sundan", "i-follow", vi "theo dõi"
    r"urmăre[șş]te(?:-ne)?|urmareste|dilynwch|dilyna|fylgdu|fylgist\s+með|prat(?:ite|i)\s+nas|pratite|прат(?:ите|и)\s+нас|"
    r"sledite|spremljajte|jarraitu|jarrai|lean(?:aigí)?\s+(?:sinn|muid|orainn)|segwuna|segwina|follegt|folgje|"
    r"seguiu(?:-nos)?|tufuate|sundan|i-?follow|mag-?(?:sign\s+up|subscribe|follow)|theo\s+dõi|"
    # ... and br "heuliit/heuilh (ac'hanomp)", gd "lean(aibh) sinn/oirnn", kw "holyewgh", ht "swiv nou", "suiv nou", eo
    # "sekvu nin", "aliĝu", gl "síguenos" (above), co/oc "seguitaci", "seguissètz-nos", mi "whaia mai", haw/sm "mulimuli"
    r"heuliit|heuilh|lean(?:aibh)?\s+(?:sinn|oirnn)|holyewgh|swiv\s+nou|suiv\s+nou|sekvu\s+(?:nin|min)|aliĝu|"
    r"seguitaci|seguissètz(?:-nos)?|whaia\s+mai|"
    # ... and the singular and plural imperatives with "us" the list lacked: lv "seko mums", "seko līdzi", lt "sek(ite)
    # mus", et "jälgi meid" (above), fi "seuraa meitä" (above), sl "sledi nam", hr/bs/sr "prati nas" (above)
    r"seko\s+(?:mums|mūsu|līdzi)|sek(?:ite)?\s+mus|sledi\s+nam|"
    # ... and lb "suivéiert/abonnéiert (eis)", ka (subscribe to us, follow us, join us, like us), hy (follow, subscribe, join)
    r"suiv[ée]iert|abonn[ée]iert|გამოგვიწერეთ|გამოიწერეთ|გამოგვყევით|მოგვყევით|შემოგვიერთდით|შემოუერთდით|მოგვიწონეთ|"
    r"დაგვალაიქეთ|თვალი\s+გვადევნეთ|გამოგვადევნეთ\s+თვალი|հետևեք|հետեւեք|բաժանորդագրվեք|միացեք|"
    # ... and the imperatives of subscribing (de, es, pt, it, pl, cs, hu, fi, sv, nl, da, nb, ro, el), a newsletter's
    # too (siteaccounts.newsletter_notice); and the African languages' join / follow us: so "ku biir(a)", "nagu soo biir", "na raac", "nala soco", sw
    # "jiunge (nasi)", "tufuatilie", ha "ku biyo mu", "ku kasance tare da mu", zu/xh "joyina", "silandele", af "sluit aan
    # by", yo "darapọ̀ mọ́ wa", "tẹ̀lé wa", ig "soro anyị", rw "dukurikire", mg "araho izahay"
    r"abonnieren\s+sie|abonniere|abonniert|suscr[ií]b(?:ete|anse|ase)|inscr[ií]bete|assine|inscreva-se|iscriviti|abbonati|"
    r"zapisz(?:cie)?\s+si[ęe]|zasubskrybuj(?:cie)?|přihlaste\s+se|odebírejte|iratkozz(?:on|atok)?\s+fel|tilaa|prenumerera|"
    r"abonneer|schrijf\s+je\s+in|meld\s+je\s+aan|tilmeld\s+dig|meld\s+deg\s+på|abonează-te|abonați-vă|εγγραφείτε|"
    r"ku\s+biir(?:a|aa)?|nagu\s+soo\s+biir(?:a|aa)?|na\s+raac(?:a|aa)?|nala\s+soco(?:a|aa)?|jiung(?:e|eni)(?:\s+nasi)?|"
    r"tufuatilie|ku\s+biyo\s+mu|ku\s+kasance\s+tare\s+da\s+mu|joyina|sijoyine|silandele|sluit\s+aan\s+by|"
    r"(?:ẹ\s+)?(?:darapọ̀\s+mọ́\s+wa|dárapọ̀\s+mọ́\s+wa|tẹ̀lé\s+wa)|soro\s+any[iị]|dukurikire|araho\s+izahay|topp(?:leen)?\s+(?:ci|nu|sunu)|"  # (and wo "topp(leen) ci/nu": follow on, follow us)
    # ... and the bidding to like the page the list lacked: tl "i-like", es "dale (un) like / me gusta", "danos like", pt
    # "curta a/nossa página", "deixe seu like", fr "aimez notre page", it "metti(te) mi piace", ca "fes m'agrada", nl "vind
    # ons leuk", "like onze pagina", id/ms "sukai/like halaman kami", vi "hãy like/thích trang", sw "like ukurasa wetu"
    # ... and the imperatives of signing up (to a newsletter: siteaccounts.newsletter_notice): en "sign up", lv
    # "piesakies", "pieraksties", lt "užsiprenumeruok", "užsiregistruok", et "telli", "registreeru", hr/bs/sr
    # "prijavite se", "pretplatite se", sl "naročite se", sk "prihláste sa", "odoberajte", bg "абонирайте се",
    # "запишете се", mk "претплатете се", sq "abonohu(ni)", is "skráðu þig", ga "cláraigh", cy "cofrestrwch",
    # "tanysgrifiwch", eu "harpidetu", ca "subscriu-te", fr "inscrivez-vous", es "apúntate", it "registrati"
    r"sign\s+up|piesakie(?:s|ties)|pierakstie(?:s|ties)|užsiprenumeruok(?:ite)?|užsiregistruok(?:ite)?|telli(?:ge)?|"
    r"registreeru(?:ge)?|prijavi(?:te)?\s+se|pretplati(?:te)?\s+se|naroči(?:te)?\s+se|prihláste\s+sa|odoberajte|"
    r"абонирайте\s+се|запишете\s+се|претплатете\s+се|abonohu(?:ni)?|skráðu\s+þig|cláraigh|cofrestrwch|tanysgrifiwch|"
    r"harpidetu|subscriu-te|subscriviu-vos|inscrivez-vous|inscris-toi|apúntate|registrati|"
    r"i-like|dale\s+(?:un\s+)?(?:like|me\s+gusta)|danos\s+(?:un\s+)?like|curt(?:a|e|am)\s+(?:a\s+)?nossa|deixe\s+(?:o\s+)?seu\s+like|"
    r"aimez\s+(?:notre|nous)|mett(?:i|ete)\s+mi\s+piace|fes\s+m['’]agrada|vind\s+ons\s+leuk|like\s+onze|"
    r"(?:sukai|like)\s+(?:halaman|laman)|hãy\s+(?:like|thích)|thích\s+trang|like\s+ukurasa|"
    # ... and the bidding to get the site's news on a network, or keep informed there: en "get (our|the latest) news",
    # "stay (up to date|informed)", de "erhalten Sie (unsere) Nachrichten", "bleiben Sie informiert", fr "recevez nos
    # actualités", "restez informé(s)", es/gl "recibe las/as noticias", "mantente informado", pt "receba as notícias",
    # "fique por dentro", it "ricevi le notizie", "resta aggiornato", nl "blijf op de hoogte", sv "håll dig uppdaterad",
    # pl "bądź na bieżąco", cs/sk "buďte v obraze", ru "получайте новости", "будьте в курсе", uk "отримуйте новини",
    # sq "merr(ni) lajmet", el "λάβετε τα νέα", "μείνετε ενημερωμένοι", ro "primește știrile", hr/sr "primajte vijesti",
    # id/ms "dapatkan berita", vi "nhận tin"
    r"get\s+(?:our|the|all\s+the)\s+(?:latest\s+)?news|stay\s+(?:up\s+to\s+date|informed|tuned)|erhalte(?:n\s+sie)?\s+(?:unsere\s+|die\s+)?nachrichten|"
    r"bleib(?:en\s+sie)?\s+informiert|recevez\s+(?:nos|les|toutes\s+les)\s+(?:actualités|actus|infos|nouvelles)|restez\s+inform[ée]|recib(?:e|a|id)\s+(?:las|as|nuestras)\s+noticias|"
    r"mantente\s+informad[oa]|receba\s+(?:as|nossas)\s+not[íi]cias|fique\s+por\s+dentro|ricev(?:i|ete)\s+(?:le|tutte\s+le)\s+notizie|"
    r"resta(?:te)?\s+aggiornat[oi]|blijf\s+op\s+de\s+hoogte|håll\s+dig\s+uppdaterad|bądź(?:cie)?\s+na\s+bieżąco|buďte\s+v\s+obraze|"
    r"получайте\s+(?:наши\s+|все\s+|свежие\s+)?новости|будьте\s+в\s+курсе|отримуйте\s+(?:наші\s+|усі\s+|свіжі\s+)?новини|"
    r"merr(?:ni)?\s+lajmet|λάβετε\s+τα\s+νέα|μείνετε\s+ενημερωμένοι|prime[șş]te\s+[șş]tirile|primajte\s+vijesti|primajte\s+vesti|"
    r"dapatkan\s+berita|nhận\s+tin)(?!\w)", re.I)
# the networks in Georgian and Armenian script (their "on": ka "-ზე", "-ში" glued on; hy "-ում", "-ի")
_CAUCASUS_NETWORKS = re.compile(r"ტელეგრამ|ფეისბუქ|ფეისბუკ|ინსტაგრამ|იუთუბ|იუტუბ|ტიკტოკ|ტვიტერ|ვაიბერ|"
                                r"տելեգրամ|ֆեյսբուք|ինստագրամ|յութուբ|յուտուբ|տիկտոկ|թվիթեր", re.I)

# the Georgian and Armenian imperatives of following, subscribing, joining, signing up or reading us, wherever they
# stand in the line: a purpose clause may go first ("… რომ წაიკითხოთ, ჩაგვერიცხეთ …", so that you read …, join …);
# the story's past and present ("გამოიწერა", she subscribed; "հետևում է", he follows) are other forms
_CAUCASUS_BID = re.compile(r"(?<!\w)(?:გამოგვიწერეთ|გამოიწერეთ|გამოგვყევით|მოგვყევით|შემოგვიერთდით|შემოუერთდით|მოგვიწონეთ|"
                           r"დაგვალაიქეთ|დაგვაფოლოვეთ|ჩაგვერიცხეთ|ჩაეწერეთ|გაწევრიანდით|წაგვიკითხეთ|თვალი\s+გვადევნეთ|"
                           r"հետևեք|հետեւեք|բաժանորդագրվեք|միացեք|կարդացեք\s+մեզ)(?!\w)")

# the Turkic and Mongolian place to read or follow the site: a network in the locative or ablative (its ending after an
# apostrophe or a hyphen, or glued to the Cyrillic name) and the polite imperative of reading right after it ("<Site>
# Telegram-да оқыңыз", "Telegram'da okuyun", "Telegram-da oxuyun"); "оқыңыз", "okuyun" alone is the reviewer's advice
_READ_THERE = re.compile(
    r"(?:telegram|instagram|facebook|youtube|whatsapp|tiktok|threads|телеграм|инстаграм|ф[эе]йсбук|ютуб|вконтакте)"
    r"(?:['’\-]?(?:da|de|ta|te|dan|den|tan|ten|də|dən|да|де|та|те|дан|ден|тан|тен|дә|нан|нен))\s+(?:\w+\s+)?"
    r"(?:оқыңыз|оқыңыздар|окуңуз|окугула|укыгыз|уҡығыҙ|okuyun(?:uz)?|oxuyun|o['ʻ‘’]qing|ўқинг|уншаарай)(?!\w)", re.I)
# tr/az "izleyin"/"izləyin" is "watch" as well as "follow": a follow line only with "us" ("bizi") bidden
_FOLLOW_US_THERE = re.compile(r"(?<!\w)bizi\s+(?:\S+\s+){0,3}?(?:izleyin|izləyin)(?!\w)", re.I)
# ... or the site's own account there, "our" glued to the page, channel or account word (kk "парақшамыздан", "арнамызға",
# ky "баракчабыздан", tr "sayfamızdan", "kanalımıza", "hesabımızdan", az "səhifəmizdə", uz "sahifamizda", "kanalimiz",
# tt "битебездә", mn "хуудсаас маань"): a network named beside it on a short line is the site's plug of itself
_TURKIC_OWN_ACCOUNT = re.compile(
    r"(?<!\w)(?:парақша|бет|арна|канал|аккаунт|баракча|парак|бит|sayfa|hesab|kanal|səhifə|sahifa|hisob|akkaunt)"
    r"[ыіуүiıuü]?(?:мыз|міз|мұз|мүз|быз|біз|без|mız|miz|muz|müz)\w*|(?<!\w)хуудс\w*\s+маань", re.I)


# the networks in Gurmukhi and Gujarati (Devanagari, Bengali and Tamil are sitelines' and platforms')
_INDIC_NETWORKS = re.compile(
    r"ਫੇਸਬੁੱਕ|ਫੇਸਬੁਕ|ਇੰਸਟਾਗ੍ਰਾਮ|ਇੰਸਟਾਗਰਾਮ|ਯੂਟਿਊਬ|ਯੂ-ਟਿਊਬ|ਵ੍ਹਟਸਐਪ|ਵਟਸਐਪ|ਵਟਸਅਪ|ਟਵਿੱਟਰ|ਟੈਲੀਗ੍ਰਾਮ|ਟੈਲੀਗਰਾਮ|"
    r"ફેસબ[ુૂ]ક|[ઇઈ]ન્સ્ટાગ્રામ|ય[ુૂ]ટ્ય[ુૂ]બ|વ્?હ?[ોૉ]ટ્સ[એઍ]પ|ટ્વિટર|ટેલ[િી]ગ્રામ|"
    r"व्हाट्सएप|वॉट्सऐप|वॉट्सएप")
# a page, a channel, a group, a profile
_INDIC_ACCOUNT = re.compile(r"ਚੈਨਲ|ਪੇਜ|ਪੰਨਾ|ਗਰੁੱਪ|ਗਰੁਪ|ਪ੍ਰੋਫਾਈਲ|ચેનલ|પેજ|ગ્રુપ|પ્રોફાઇલ")
# the verb of following, subscribing or joining; and the polite imperative ("do", after the verb: "ਫਾਲੋ ਕਰੋ", "ફોલો કરો")
_INDIC_BID = re.compile(r"(?:ਕਰੋ|ਕਰੋ\s+ਜੀ|કરો|કરજો)(?!\w)")
_INDIC_FOLLOW = re.compile(r"ਫਾਲੋ|ਫ਼ਾਲੋ|ਸਬਸਕ੍ਰਾਈਬ|ਸਬਸਕ੍ਰਾਇਬ|ਜੁੜੋ|ਜੁੜ\s+ਜਾਓ|ਜੋੜੋ|ફોલો|ફૉલો|સબ્?સ્ક્રા[ઇઈ]બ|જોડાઓ|જોડાવ")

# Amharic and Tigrinya (Ethiopic script, the verb last): a network (its name glued to "on", "በቴሌግራም") and the polite
# imperative of following or joining closing a clause ("… በቴሌግራም ይከተሉ።", "ተከተሉን", "ተቀላቀሉ"); "ይከተሉታል" (they
# follow him) is the story's
_ETHIOPIC_NETWORKS = re.compile(r"ቴሌግራም|ቴሌግረም|ፌስቡክ|ፌስ\s?ቡክ|ዩቲዩብ|ዩትዩብ|ኢንስታግራም|ትዊተር|ቲክቶክ|ዋትስአፕ|ዋትሳፕ")
_ETHIOPIC_BID = re.compile(r"(?:ይከተሉ|ተከተሉ|ይከታተሉ|ተከታተሉ|ይቀላቀሉ|ተቀላቀሉ|ስዓቡ|ተኸታተሉ|ተጸንበሩ)(?:ን|ና)?(?=\s*[፤።፣!.]|\s*$)")


# Mongolian and the Turkic languages (the verb last): the networks as Mongolian writes them, and the imperative of
# following, joining or subscribing closing a clause ("… фэйсбүүк хуудсыг дагаарай", "… Instagram'da takip edin!",
# "… парақшамызға жазылыңыз"); "дагадаг", "takip ediyor" (he follows) are the story's
_MN_NETWORKS = re.compile(r"ф[эе]йсб[үу]{1,2}к\w*|ют[үюу]{1,2}б\w*|инстаграм\w*|твит+ер\w*|тик-?ток\w*|телеграм\w*|"
                          # (and in Sinhala script: Facebook, YouTube, Instagram, WhatsApp, TikTok, Telegram)
                          r"ෆේස්\s?බුක්|යූ\s?ටියු[බ]්|ඉන්ස්ටග්‍?රෑම්|වට්ස්\s?ඇප්|ටික්\s?ටොක්|ටෙලිග්‍?රෑම්", re.I)
VERB_LAST_BID = re.compile(
    r"(?<!\w)(?:дагаарай|дагана\s+уу|дагаж\s+байгаарай|дагаж\s+байна\s+уу|нэгдээрэй|нэгдэнэ\s+үү|бүртгүүлээрэй|"
    r"бүртгүүлнэ\s+үү|субскрайб\s+хийгээрэй|"  # (mn)
    # (and the bidding to get or receive the site's news there, or keep informed: mn "… мэдээг Facebook хуудаснаас
    # аваарай", "хүлээн аваарай"; tr "haberdar olun", "takipte kalın", az "xəbərdar olun", uz "xabardor bo'ling", kk/ky
    # "хабардар болыңыз/болуңуз", tt "хәбәрдар булыгыз")
    r"аваарай|авна\s+уу|хүлээн\s+аваарай|мэдээлэл\s+аваарай|haberdar\s+olun|takipte\s+kal[ıi]n|xəbərdar\s+olun|"
    r"xabardor\s+bo['ʻ‘’]ling|хабардар\s+бол(?:ыңыз|уңуз|ыңдар)|хәбәрдар\s+булыгыз|"
    r"takip\s+edin(?:iz)?|takip\s+et|katılın(?:ız)?|abone\s+olun(?:uz)?|izləyin|abunə\s+olun|qoşulun|"  # (tr, az)
    # (and the sign-up imperative, a newsletter's: tr "… bültenimize kaydolun", "kayıt olun", az "qeydiyyatdan keçin",
    # uz "ro'yxatdan o'ting", kk "тіркеліңіз", tt "теркәлегез"; "kaydoldu" (she signed up) is the story's)
    r"kaydolun(?:uz)?|kayıt\s+olun(?:uz)?|qeydiyyatdan\s+keçin|ro['ʻ‘’]yxatdan\s+o['ʻ‘’]ting|тіркеліңіз|тіркеліңдер|теркәлегез|"
    r"kuzatib\s+boring|obuna\s+bo['ʻ‘’]ling|qo['ʻ‘’]shiling|кузатиб\s+боринг|обуна\s+бўлинг|қўшилинг|"  # (uz)
    r"жазылыңыз|жазылыңдар|қосылыңыз|қосылыңдар|кошулуңуз|катталыңыз|язылыгыз|кушылыгыз|яҙылығыҙ|ҡушылығыҙ|"  # (kk, ky, tt, ba)
    # (si, its polite imperative in -න්න: join, follow, like, subscribe; "එක්වෙනවා", "අනුගමනය කළා" are the story's)
    r"එක්\s?ව(?:ෙ)?න්න|එකතු\s+ව(?:ෙ)?න්න|අනුගමනය\s+කරන්න|ෆලෝ\s+කරන්න|ලයික්\s+කරන්න|සබ්ස්ක්‍?රයිබ්\s+කරන්න)"
    # (closing its clause: a stop, the line's end, or "and" opening the bidding's second clause, "… izləyin və ən son
    # xəbərləri öyrənin": mn ба/болон, tr/tk ve/we, az və, uz va/ва, kk/ky/tt/ba және/жана/һәм/вә)
    r"(?=\s*(?:[.!?,;:…—–-]|$)|\s+(?:ба|болон|ve|we|və|va|ва|және|жана|һәм|вә)\s)", re.I)


# the networks in Devanagari (hi, mr, ne) and Bengali script, for the Indic bidding below (sitelines reads them beside
# an own word; here the polite imperative closing the clause suffices: "… हमें इंस्टाग्राम पर फ़ॉलो करें")
_DEVA_BENG_NETWORKS = re.compile(r"फ़?ेसबुक|युट्युब|यूट्यूब|इन्स्टाग्राम|इंस्टाग्राम|ट्विटर|टेलीग्राम|टेलिग्राम|व्हाट्सएप|"
                                 r"व्हॉट्स\s?(?:ॲप|अ\u200d?ॅप|एप|ऐप)|ह्वाट्सएप|"
                                 r"(?:गुगल|गूगल)\s?(?:न्यूज़?|न्युज)|গুগল\s?নিউজ|ফেসবুক|ফেইসবুক|ইউটিউব|ইনস্টাগ্রাম|ইন্সটাগ্রাম|টুইটার|টেলিগ্রাম|হোয়াটসঅ্যাপ|"
                                 # (ta, te, ml: the same bidding, "… டெலிகிராமில் பின்தொடருங்கள்", "… ఫాలో చేయండి", "… ഫോളോ ചെയ്യൂ")
                                 r"டெலிகிராம|ஃபேஸ்புக்|பேஸ்புக்|இன்ஸ்டாகிராம|யூடியூப்|ட்விட்டர்|வாட்ஸ்\s?அப்|வாட்ஸ்\s?ஆப்|"
                                 r"ఫేస్\u200c?బుక్|ఇన్\u200c?స్టాగ్రామ్|టెలిగ్రామ్|యూట్యూబ్|వాట్సాప్|"
                                 r"ഫേസ്ബുക്ക|ഇൻസ്റ്റാഗ്രാ|ടെലിഗ്രാ|യൂട്യൂബ|വാട്സ്ആപ്പ|"
                                 # (si: "… ෆේස්බුක් පිටුවට එක්වන්න", join our Facebook page)
                                 r"ෆේස්බුක්|යූටියුබ්|ඉන්ස්ටග්\u200d?රෑම්|ටෙලිග්\u200d?රෑම්|වට්ස්ඇප්|ටික්ටොක්")
# the verb of following, subscribing or joining, then the polite imperative closing the clause (hi "फ़ॉलो करें/करो/
# कीजिए", "सब्सक्राइब करें", "से जुड़ें", mr "फॉलो करा", ne "फलो गर्नुहोस्", bn "ফলো করুন", "সাবস্ক্রাইব করুন", "যুক্ত হোন");
# "उसने फ़ेसबुक पर उसे फ़ॉलो किया" (she followed him) is the story's
_DEVA_BENG_BID = re.compile(
    r"(?:फ़ॉलो|फॉलो|फलो|सब्सक्राइब|सबस्क्राइब|लाइक|जॉइन|जॉईन|ज्वाइन|ज्वॉइन|जोइन)\s+"
    r"(?:करें|करो|कीजिए|करिए|करा|गर्नुहोस्)|"
    # (the native verb "follow" only with the site or its account its object, "us", "our page": "follow your dreams")
    r"(?:हमें|हमारे|हमारा|हमारी|पेज|चैनल|अकाउंट)(?:\s+\S+){0,3}?\s+अनुसरण\s+(?:करें|करो|कीजिए|करिए|करा|गर्नुहोस्)|"
    r"(?:আমাদের|আমাদেরকে|পেজ|পেইজ|চ্যানেল|অ্যাকাউন্ট)\S*(?:\s+\S+){0,3}?\s+অনুসরণ\s+(?:করুন|করো|কর)(?![\u0980-\u09ff])|"
    # (joining: the loan, hi "शामिल हों", mr "सामील व्हा", ne, bn)
    r"जुड़ें|जुड़िए|जोडिनुहोस्|शामिल\s+(?:हों|होइए|हो\s+जाएं)|सामील\s+व्हा|सामेल\s+हुनुहोस्|"
    r"(?:ফলো|সাবস্ক্রাইব|লাইক|জয়েন|জয়েন)\s+(?:করুন|করো|কর)(?![\u0980-\u09ff])|যুক্ত\s+হোন|যোগ\s+দিন|"
    r"লাইক\s+দিন|लाइक\s+(?:दें|दीजिए)|"  # (a like given: bn "… পেজে লাইক দিন", hi "… पेज को लाइक दें")
    # (ne's own verb "पछ्याउनुहोस्", follow; si "එක්වන්න" join, spoken "එක්වෙන්න", "… කරන්න" do, "අනුගමනය කරන්න" follow)
    r"पछ्याउनुहोस्|එක්\s?ව(?:ෙ)?න්න|(?:ෆලෝ|සබ්ස්ක්\u200d?රයිබ්|ලයික්|අනුගමනය)\s+කරන්න|"
    # (ta polite imperatives "பின்தொடருங்கள்", "பின்தொடரவும்", "… செய்யுங்கள்", "இணையுங்கள்"; te "… చేయండి", "చేరండి";
    # ml "… ചെയ്യൂ/ചെയ്യുക", "ചേരൂ": "பின்தொடர்ந்தார்", he followed, is the story's; the loan "subscribe" spelt
    # "சப்ஸ்கிரைப்", "சப்ஸ்க்ரைப்" or "சப்ஸ்க்கிரைப்", "follow" with or without the aytham, "ஃபாலோ"/"பாலோ")
    r"பின்தொடருங்கள்|பின்தொடரவும்|(?:ஃ?பாலோ|சப்ஸ்(?:கி|க்|க்கி)ரைப்|லைக்)\s+செய்(?:யுங்கள்|யவும்)|இணையுங்கள்|"
    r"(?:ఫాలో|సబ్\u200c?స్క్రైబ్|లైక్)\s+చేయండి|చేరండి|(?:ഫോളോ|സബ്സ്ക്രൈബ്|ലൈക്ക്)\s+ചെയ്യ(?:ൂ|ുക)|ചേരൂ")
# Korean and Japanese (the verb last): a network as the place ("인스타그램에서", "Instagram에서", "インスタグラムで") and
# a polite imperative closing the line, a word of more, following or news after the place ("… 더 많은 리뷰를 만나
# 보세요", "… 팔로우해 주세요", "… もっとチェックしてください"); "인스타그램에서 그를 만났다" (met him on Instagram) is the
# story's, "인스타그램에서 유명해진 작가의 책, 꼭 읽어 보세요" (a writer famed there: do read it) the reviewer's
_KO_JA_NETWORKS = re.compile(r"(?:인스타그램|페이스북|유튜브|트위터|틱톡|텔레그램|카카오톡|카카오\s?채널|"
                             r"インスタグラム|フェイスブック|ユーチューブ|ツイッター|ティックトック|"
                             r"instagram|facebook|youtube|twitter|tiktok|telegram)\s?(?:에서|에|で|でも)"
                             r".*?(?:더|팔로우|구독|소식|새\s?글|최신|もっと|フォロー|最新|更新|新着)", re.I)
_KO_JA_BID = re.compile(r"(?:세요|십시오|주세요|ください|下さい)\s*[.!。！~]*\s*$")
_PERSO_NETWORKS = re.compile(r"واٹس\s?ایپ|واٹس\s?اپ|وٹس\s?ایپ|واتس\s?اپ|واتس\u200c?اپ|ٹوئٹر|ٹویٹر|ٹک\s?ٹاک")
_PERSO_BID = re.compile(
    r"(?<!\w)(?:شامل\s+(?:ہوں|ہو\s+جائیں|ہوجائیں)|(?:فالو|سبسکرائب|جوائن|لائک)\s+(?:کریں|کیجیے|کیجئے|کنید)|"
    r"بپیوندید|عضو\s+شوید|دنبال\s+کنید|دنبال\u200cکنید|یوځای\s+شئ|تعقیب\s+کړئ|(?:کرنے\s+کے\s+(?:لیے|لئے)|کردن|شدن)\s+"
    r"(?:یہاں\s+|اینجا\s+)?(?:کلک|کلیک)\s+(?:کریں|کیجیے|کیجئے|کنید))(?=\s*(?:[.!،۔؟:]|$)|\s+(?:اور|و)\s)")
_OPENS_UNSPACED = re.compile(r"^\W{0,3}(?:(?:กด)?(?:ติดตาม|ไลก์|ไลค์|เข้าร่วม)|ຕິດຕາມ|ເຂົ້າຮ່ວມ|តាមដាន|ចូលរួម)\s*"
                             r"(?:เพจ|ช่อง|บัญชี|กลุ่ม|เรา|ได้(?:ทาง|ที่)|ເພຈ|ພວກເຮົາ|ໄດ້ທາງ|ទំព័រ|យើង|[A-Z])|"
                             r"^\W{0,3}(?:(?:关注|關注|追蹤|追踪|订阅|訂閱)[^，,。.！!？?；;]{0,8}?(?:我[们們]|本[号號站]|公[众眾][号號]|"
                             r"[号號]|微信|微博|[频頻]道|粉[丝絲][页頁]|[专專][页頁]|脸书|臉書|[账帳][号號]|[A-Za-z])|加入我们|加入我們|フォロー)")

# the bare singular imperatives that are also a present tense (lv, lt, sl, hr/bs/sr, mk/sr, sq, et), opening the line
# with their object after them: a name (capitalised, or a domain) or "us"
_BARE = re.compile(
    r"^\W{0,3}(?:seko|sek|sledi|prati|следи|прати|ndiq|jälgi)\s+(?:arī\s+|ir\s+|tudi\s+|i\s+|и\s+|edhe\s+|ka\s+)?"
    r"(?:(?:mūs|mus|mums|nas|нас|na|meid)(?!\w)|[\w-]+\.[a-z]{2,4}(?!\w)|(?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ŽА-Я])[\w-]*))", re.I)


def _bare_follow(text: str, names: tuple[str, ...]) -> bool:
    """A bare imperative of following (``_BARE``) whose object is "us", a domain, a network or the site's own name as its
    home links write it, in a case form ("Päevalehe", Eesti Päevaleht: the two share all but their last two letters at
    most), or a short line closed by two networks' bare names ("Seko <Desk> Facebook un Instagram."): "Prati Lanu
    Horvat, zvijezdu Instagrama, …" (it follows Lana Horvat, an Instagram star) is the plot's."""
    match = _BARE.search(text)
    if not match or not match.group("name"):
        return bool(match)
    if SOCIAL_NAME.match(text, match.start("name")) or _CAUCASUS_NETWORKS.match(text, match.start("name")):
        return True
    # (or a short line of one clause, no comma, closed by two networks' bare names joined, the desk named between: "Seko
    # <Desk> Facebook un Instagram."; "Seko Anna, kas raksta Instagram" runs into a clause, "Seko Annas stāsts par
    # Instagram" (there follows Anna's story about Instagram) names one network after a preposition)
    words = text.rstrip(" .!…").split()
    if 4 <= len(words) <= 12 and "," not in text and _JOINED.search(words[-2]) and _bare_network(words[-1]) and _bare_network(words[-3]):
        return True
    # (the object's first three words: "Faqen e Librit", the site Faqja e Librit)
    words = [w.lower() for w in re.findall(r"\w+", text[match.start("name"):])[:3]]
    return any(len(own) >= 4 and _shared(low, own.lower()) >= max(4, min(len(low), len(own)) - 2) for own in names for low in words)


_JOINED = re.compile(r"^(?:un|ir|in|i|и|і|ja|dhe|and|und|et|y|e|&)$", re.I)


def _bare_network(word: str) -> bool:
    found = SOCIAL_NAME.match(word)
    return bool(found) and found.end() == len(word)


def _shared(one: str, two: str) -> int:
    """The length of the two words' common beginning."""
    return len(commonprefix((one, two)))

# Tamil, Telugu, Kannada, Malayalam, Odia (joiners taken out first): a network ...
_SOUTH_NETWORKS = re.compile(
    r"வாட்ஸ்\s?(?:அப்|ஆப்)|டெலிகிராம்|(?:ஃ|)பேஸ்\s?புக்|இன்ஸ்டா(?:கிராம்|க்ராம்)|யூ\s?டியூப்|ட்விட்டர்|"
    r"వాట్స(?:ా|్\s?)?(?:ప్|యాప్|ఆప్)|టెలిగ్రామ్|ఫేస్\s?బుక్|ఇన్\s?స్టా(?:గ్రామ్|గ్రాం)|యూ\s?ట్యూబ్|ట్విట్టర్|"
    r"ವಾಟ್ಸ್\s?ಆ್ಯಪ್|ವಾಟ್ಸ(?:ಾ|್)ಪ್|ಟೆಲಿಗ್ರಾ(?:ಂ|ಮ್)|ಫೇಸ್\s?ಬುಕ್|ಇನ್\s?ಸ್ಟಾಗ್ರಾ(?:ಂ|ಮ್)|ಯೂ\s?ಟ್ಯೂಬ್|ಟ್ವಿಟ(?:್ಟ)?ರ್|"
    r"വാട്സ്\s?ആപ്പ്|വാട്സാപ്പ്|ടെലിഗ്രാം|ഫേസ്\s?ബുക്ക്|ഇൻസ്റ്റ(?:ാ)?ഗ്രാം|യൂ\s?ട്യൂബ്|ട്വിറ്റർ|"
    r"ହ୍ୱାଟସ\s?ଆପ|ଟେଲିଗ୍ରାମ|ଫେସବୁକ|ଇନଷ୍ଟାଗ୍ରାମ|ୟୁଟ୍ୟୁବ", re.I)
# ... an account word (a channel, a page, a group, and their case forms) ...
# (stems, the case endings after them: "சேனலில்", "ಚಾನೆಲ್‌ಗೆ")
_SOUTH_ACCOUNT = re.compile(r"சேனல|பக்க|குழு|க்ரூப|ఛాన(?:ె)?ల|పేజీ|పేజ|గ్రూప|ಚಾನ(?:ೆ)?ಲ|ಪೇಜ|ಗ್ರೂಪ|ಗುಂಪ|ചാന(?:ൽ|ല)|പേജ|"
                            r"ഗ്രൂപ്പ|ଚ୍ୟାନେଲ|ପେଜ|ଗ୍ରୁପ")
# ... and the polite imperative of joining, following, subscribing or getting (the news) closing a clause
_SOUTH_BID = re.compile(
    r"(?:^|(?<=\s))(?:இணையுங்கள்|இணைந்திடுங்கள்|இணைந்து\s+கொள்ளுங்கள்|பின்தொடருங்கள்|(?:ஃ?பாலோ|சப்ஸ்(?:கி|க்|க்கி)ரைப்|ஜாயின்)\s?செய்யுங்கள்|பெறுங்கள்|"
    r"చేరండి|(?:ఫాలో|జాయిన్)\s?(?:అవ్వండి|చేయండి)|సబ్\s?స్క్రైబ్\s?(?:చేసుకోండి|చేయండి)|పొందండి|"
    r"ಸೇರಿ|ಸೇರಿಕೊಳ್ಳಿ|(?:ಫಾಲೋ|ಜಾಯಿನ್|ಸಬ್\s?ಸ್ಕ್ರೈಬ್|ಲೈಕ್)\s?ಮಾಡಿ(?:ರಿ)?|ಜಾಯಿನ್\s?ಆಗಿ|ಚಂದಾದಾರರಾಗಿ|ಪಡೆಯಿರಿ|"
    r"ചേരൂ|ചേരുക|(?:ഫോളോ|സബ്സ്ക്രൈബ്|ജോയിൻ)\s?ചെയ്യ(?:ൂ|ുക)|നേടൂ|"
    r"ଯୋଗ\s?ଦିଅନ୍ତୁ|(?:ଫଲୋ|ସବସ୍କ୍ରାଇବ)\s?କରନ୍ତୁ|ପାଆନ୍ତୁ)"
    r"(?=\s*(?:[,.!।…;:—–-]|$)|\s+(?:மற்றும்|మరియు|ಮತ್ತು|ഒപ്പം|ଏବଂ)\s)")
_SOUTH_SCRIPTS = re.compile(r"[\u0b00-\u0d7f]")


def opening_follow(text: str, names: tuple[str, ...] = ()) -> bool:
    """A short line opening with the imperative of following (or joining) and naming a social network ("Follow the
    Books Desk on Instagram"), or naming one and closing a clause with that imperative in a verb-last language
    ("… фэйсбүүк хуудсыг дагаарай"), or a Gurmukhi or Gujarati line naming a network and a verb of following, with an account word or
    the imperative ("… ਚੈਨਲ ਫਾਲੋ ਕਰੋ"; "she follows him on Facebook" is the story); never a line with a score."""
    if count_words(text) > 25 or has_score(text):
        return False
    from .siteitself import site_itself  # (late: it reads this module's biddings; the blog or the site as the place)
    if site_itself(text, names):
        return True
    if (OPENS.search(text) or _bare_follow(text, names)) \
            and (SOCIAL_NAME.search(text) or _CAUCASUS_NETWORKS.search(text) or x_named(text)):
        return not reported(text)  # (a character's words retold: "Mag-follow daw tayo …, sabi ni …": reportedspeech)
    if _SOUTH_SCRIPTS.search(text) and _south_bid(text.replace("\u200c", "").replace("\u200d", "")):
        return True
    # ("We're on Facebook and Instagram: follow us …": the networks before a colon, the imperative opening the clause after)
    colon = text.find(":")
    if 0 < colon and count_words(text[:colon]) <= 8 and SOCIAL_NAME.search(text[:colon]) and OPENS.search(text[colon + 1:].lstrip()):
        return True
    if _CAUCASUS_BID.search(text) and (_CAUCASUS_NETWORKS.search(text) or SOCIAL_NAME.search(text)):
        return True
    if (_READ_THERE.search(text) or _TURKIC_OWN_ACCOUNT.search(text) or _FOLLOW_US_THERE.search(text)) and (SOCIAL_NAME.search(text) or _MN_NETWORKS.search(text)):
        return True
    if _DEVA_BENG_NETWORKS.search(text) and _DEVA_BENG_BID.search(text):
        return True
    if _KO_JA_BID.search(text) and _KO_JA_NETWORKS.search(text):
        return True
    if (_PERSO_BID.search(text) and (_PERSO_NETWORKS.search(text) or SOCIAL_NAME.search(text))
            or _OPENS_UNSPACED.search(text) and SOCIAL_NAME.search(text)):
        return True
    if _ETHIOPIC_NETWORKS.search(text) and _ETHIOPIC_BID.search(text):
        return True
    if (SOCIAL_NAME.search(text) or _MN_NETWORKS.search(text) or x_named(text)) and VERB_LAST_BID.search(text):
        return True
    return bool(_INDIC_NETWORKS.search(text) and _INDIC_FOLLOW.search(text)
                and (_INDIC_ACCOUNT.search(text) or _INDIC_BID.search(text)))


def _south_bid(text: str) -> bool:
    """A Tamil, Telugu, Kannada, Malayalam or Odia line naming a network and an account word, a polite imperative of
    joining, following, subscribing or getting closing one of its clauses (module docstring)."""
    return bool(_SOUTH_NETWORKS.search(text) and _SOUTH_ACCOUNT.search(text) and _SOUTH_BID.search(text))


# a site's domain as its name ("Orda.kz", "knigi.bg"), not a network's own ("instagram.com", "t.me")
_DOMAIN = re.compile(r"(?<![\w@./])(?!(?:instagram|facebook|youtube|twitter|tiktok|telegram|t|vk|x|wa|youtu)\.)[\w-]{2,}\.[a-z]{2,4}(?![\w.])", re.I)


def domain_follow(text: str) -> bool:
    """A line anywhere in the body bidding the reader follow the site on a network, the site named by its domain
    ("<Site>.kz-ті Telegram-да оқыңыз", "Follow <site>.bg on Instagram"): the domain is the site's own name, no
    character's; an interjected line, so it must be a whole bidding (``opening_follow``) as well."""
    return "." in text and bool(_DOMAIN.search(text)) and opening_follow(text)



def spliced_follow(block, body, text: str) -> bool:
    """A follow line anywhere in the body: the site named by its domain (``domain_follow``), or a whole bidding
    (``opening_follow``) set apart from the review's paragraphs by structure: boxed or shrunk, alone in a classed
    wrapper of its own (a theme's separator or notice), or a paragraph classed unlike its siblings
    (``payapart.odd_class``), whatever follows it ("Like <Site> on Facebook to see new posts first", then the review
    goes on). A review's own paragraph, in no box and classed like the others, is read only at the tail."""
    if domain_follow(text):
        return True
    if block.tag not in ("p", "div", "span", "section", "aside") or not opening_follow(text):
        return False
    from .payapart import odd_class, story_line  # (late: the cleaning's modules read this one)
    from .promo import own_wrapper, set_apart
    if story_line(text):
        return False  # (the novel, its chapter or a character's words in the line: the story's follow line, rev-bpplea39)
    parent = block.getparent()
    return (odd_class(block) or set_apart(block, body)
            or own_wrapper(block, body) and bool((parent.get("class") or parent.get("style") or "").strip()))
