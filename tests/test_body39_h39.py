"""Body cleaning rules of the holdout39 round (helper body39), in our own words and markup, with near misses:

- edges.READ_ALSO through indicread: the 'read also' labels of the Indic languages and Urdu (hi, mr, ne, gu, bn, as,
  pa, or, ta, te, kn, ml, si, ur), the nukta letters precomposed or not; a bare "more read" only with its colon; a
  longer word after the label ("ಓದಿದೆ", "I have read") and a sentence opening on "और पढ़ें" stay;
- readalsoline: such a line, wholly linked or in a read-also box, goes from a Hindi and a Gujarati review; the same
  label before a sentence of the review, and a link over part of a line, stay.
"""

from __future__ import annotations

import unicodedata

from lxml.html import fragment_fromstring

from scraper.extract.edges import READ_ALSO
from scraper.extract.readalsoline import unlinked_pointer
from tests.cleaning import cleaned, paras

HI = [
    "यह उपन्यास पहाड़ के एक छोटे कस्बे में रहने वाली एक डाकिया की कहानी है, जो हर सुबह एक ही अनजान आदमी के नाम आई चिट्ठी "
    "लेकर उसके दरवाज़े तक जाती है, पर दरवाज़ा कभी नहीं खुलता, और धीरे धीरे वह उस आदमी के बारे में अपनी डायरी में लिखने लगती है।",
    "लेखिका का धैर्य ही इस किताब की ताकत है: दो सौ पन्नों तक शक धीरे धीरे गहराता है और कहीं भी आवाज़ ऊँची नहीं होती, जबकि "
    "बारिश, कोहरा और ठंडी हवा कहानी का आधा हिस्सा खुद कह देते हैं, हर मौसम जैसे एक और किरदार हो।",
    "आखिरी अध्याय सबसे कमज़ोर है, इतनी शांति के बाद अचानक बहुत सारी व्याख्याएँ, फिर भी मैं इसे धीमी रहस्य कथाओं के हर "
    "पाठक को पढ़ने की सलाह दूँगा।",
]
GU = [
    "આ નવલકથા દરિયાકાંઠાના એક નાના ગામની શિક્ષિકાની વાર્તા છે, જે દર સાંજે નિશાળ બંધ કર્યા પછી જૂના દીવાદાંડી પાસે બેસીને "
    "ગામના વડીલો પાસેથી સાંભળેલી વાતો પોતાની નોંધપોથીમાં લખે છે, અને ધીમે ધીમે એ નોંધો આખા ગામનો ઇતિહાસ બની જાય છે.",
    "લેખકની ભાષા સાદી છે પણ તેમાં ઊંડાણ છે: વરસાદ, મીઠાના અગર અને હોડીઓની અવરજવર વાર્તાનો અડધો ભાગ પોતે કહી દે છે, "
    "અને દરેક પ્રકરણ પછી મને થોડી વાર અટકીને વિચારવાનું મન થયું.",
    "છેલ્લું પ્રકરણ થોડું ઉતાવળિયું લાગે છે, છતાં ધીમી અને શાંત વાર્તાઓ ગમતી હોય તેવા દરેક વાચકને હું આ પુસ્તક વાંચવાની ભલામણ કરીશ.",
]


def test_indic_read_also_labels():
    for label in ("यह भी पढ़ें:", "ये भी पढ़ें:", "इसे भी पढ़ें -", "हे पण वाचा:", "हेही वाचा:", "यो पनि पढ्नुहोस्:",
                  "આ પણ વાંચો:", "এটাও পড়ুন:", "আরও পড়ুন:", "লগতে পঢ়ক:", "ਇਹ ਵੀ ਪੜ੍ਹੋ:", "ଏହା ମଧ୍ୟ ପଢ଼ନ୍ତୁ:",
                  "இதையும் படிக்க:", "ఇది కూడా చదవండి:", "ಇದನ್ನೂ ಓದಿ:", "ഇതുകൂടി വായിക്കൂ:", "මේවාත් කියවන්න:",
                  "یہ بھی پڑھیں:", "और पढ़ें:", "વધુ વાંચો:", "مزید پڑھیں:"):
        match = READ_ALSO.match(f"{label} एक शीर्षक")
        assert match and label.rstrip(":- ") in match.group(), label
    # the nukta letter as letter and sign (ড + ় , ढ + ़) or precomposed (ড়, ढ़)
    for label in ("আরও পড়ুন: x", "यह भी पढ़ें: x"):
        assert READ_ALSO.match(unicodedata.normalize("NFD", label)), label
    assert READ_ALSO.match("आरो पढ़ें: x") is None


def test_indic_read_also_near_misses():
    # a longer word after the label: "I have read this too, and …"
    assert not READ_ALSO.match("ಇದನ್ನೂ ಓದಿದೆ ಮತ್ತು ಇಷ್ಟವಾಯಿತು")
    # "read more" without its colon: a sentence of the review ("Read more of her books, …")
    assert not READ_ALSO.match("और पढ़ें उनकी किताबें, तब समझ आएगा")
    assert not READ_ALSO.match("વધુ વાંચો તો ખબર પડે કે લેખક શું કહે છે")
    # the review's own sentences in these scripts
    assert not READ_ALSO.match(HI[0]) and not READ_ALSO.match(GU[0])


def test_linked_read_also_line_goes_hi_gu():
    assert unlinked_pointer(fragment_fromstring("<p><a href='/sahitya/1'>ये भी पढ़ें: सर्दियों के पाँच उपन्यास</a></p>"))
    assert unlinked_pointer(fragment_fromstring("<p class='also-read'>આ પણ વાંચો: શિયાળાની પાંચ નવલકથાઓ</p>"))
    line = "<p class='more-link'><a href='/sahitya/panch-upanyas-2026'>ये भी पढ़ें: सर्दियों के पाँच उपन्यास</a></p>"
    text, rules = cleaned(paras(*HI[:2]) + line + paras(HI[2]), "pahadpatrika.example.in")
    assert "सर्दियों के पाँच उपन्यास" not in text and all(p in text for p in HI)
    line = "<p><a href='/kala/sahitya/shiyalani-navalkatha'>આ પણ વાંચો: શિયાળાની પાંચ નવલકથાઓ</a></p>"
    text, rules = cleaned(paras(*GU[:2]) + line + paras(GU[2]), "kinaro.example.in")
    assert "શિયાળાની પાંચ નવલકથાઓ" not in text and all(p in text for p in GU)


def test_read_also_line_near_misses_stay_hi_gu():
    # the label and then a sentence of the reviewer's
    assert not unlinked_pointer(fragment_fromstring(
        "<p><b>यह भी पढ़ें: लेखिका की पहली किताब। उसमें भी यही कस्बा है और वही धीमी बारिश।</b></p>"))
    # a link over part of the line only
    assert not unlinked_pointer(fragment_fromstring(
        "<p>આ પણ વાંચો: લેખકની <a href='/x'>પહેલી નવલકથા</a> જેમાં આ જ ગામ છે</p>"))
    # wholly linked but not a label: a title only
    assert not unlinked_pointer(fragment_fromstring("<p><a href='/y'>શિયાળાની પાંચ નવલકથાઓ</a></p>"))
    # a heading keeps its label
    assert not unlinked_pointer(fragment_fromstring("<h3><a href='/w'>ये भी पढ़ें: पाँच उपन्यास</a></h3>"))


# -- moreonsite: a news reader's bidding opening on a verb of reading the site's news there -----------------------------
from scraper.extract.moreonsite import names_news_reader  # noqa: E402
from scraper.extract.followpleas import FOLLOW  # noqa: E402

ID = [
    "Novel ini bercerita tentang seorang penjaga mercusuar di pesisir selatan yang setiap pagi menemukan botol berisi "
    "surat di pantai, selalu dari pengirim yang sama, dan perlahan mulai menulis balasan yang tidak pernah ia kirimkan.",
    "Kekuatan buku ini ada pada kesabarannya: rasa penasaran tumbuh pelan selama dua ratus halaman tanpa satu pun "
    "kalimat yang berteriak, sementara angin, hujan, dan ombak ikut bercerita seperti tokoh tambahan.",
    "Bab terakhirnya paling lemah karena terburu-buru menjelaskan semuanya, tetapi saya tetap menyarankannya kepada "
    "pembaca yang menyukai misteri yang tenang.",
]


def test_read_the_news_there_line_id_fr_en():
    for line in ("Dapatkan kabar terbaru Pesisir Pos di Google News.", "Simak terus ulasan buku kami di Google News ya!",
                 "Retrouvez toute l'actualité du Courrier des lettres sur Google Actualités.",
                 "Get the latest from The Reading Desk on Google News"):
        assert names_news_reader(line, FOLLOW), line
    line = "<p class='gnews'>Dapatkan kabar terbaru Pesisir Pos di Google News dan kanal WhatsApp kami.</p>"
    text, rules = cleaned(paras(*ID) + line, "pesisirpos.example.id")
    assert "Google News" not in text and all(p in text for p in ID)


def test_read_the_news_there_near_misses():
    # the verb not leading the line: the review speaks of the reader
    assert not names_news_reader("Saya pertama kali membaca tentang novel ini lewat Google News tahun lalu.", FOLLOW)
    # a verb of reading, but no news reader named
    assert not names_news_reader("Baca juga ulasan kami tentang novel pertamanya.", FOLLOW)
    assert not names_news_reader("Lisez ce roman lentement, un chapitre par soir.", FOLLOW)
    # a long sentence of the review that opens on the verb and names the reader
    assert not names_news_reader(
        "Baca novel ini pelan-pelan, karena penulisnya yang dulu bekerja sebagai wartawan dan menulis kolom untuk berita "
        "di Google News selama sepuluh tahun menyimpan banyak detail kecil di setiap bab yang mudah sekali terlewat.", FOLLOW)
    # the same line inside the review, in its first half, stays
    text, rules = cleaned(paras(ID[0]) + "<p>Dapatkan kabar terbaru Pesisir Pos di Google News.</p>" + paras(*ID[1:]),
                          "pesisirpos.example.id")
    assert "Google News" in text


# -- forwardask: the mail named first, the verb taking it as a pronoun --------------------------------------------------
from scraper.extract.forwardask import forward_ask  # noqa: E402

ES = [
    "La novela sigue a una farera de la costa norte que cada mañana encuentra en la playa una botella con una carta, "
    "siempre del mismo remitente, y que poco a poco empieza a escribir respuestas que nunca envía.",
    "Lo mejor del libro es su paciencia: la sospecha crece durante doscientas páginas sin una sola frase en voz alta, "
    "y el viento, la lluvia y las mareas cuentan la mitad de la historia como si fueran personajes.",
    "El último capítulo es el más flojo, con demasiadas explicaciones de golpe, pero se lo recomiendo a quien disfrute "
    "de los misterios tranquilos.",
]


def test_forward_it_after_naming_the_mail_es_de_fr_en():
    for line in ("Si esta newsletter te ha servido, reenvíala a quien le pueda gustar.",
                 "Wenn dir dieser Newsletter gefallen hat, leite ihn gern an eine Freundin weiter.",
                 "Si cette lettre vous a plu, transférez-la à un ami qui lit.",
                 "Know someone who would enjoy this newsletter? Forward it to them."):
        assert forward_ask(fragment_fromstring(f"<p>{line}</p>")), line
    line = "<p>Si crees que este boletín le vendría bien a alguien de tu club, reenvíalo sin miedo.</p>"
    text, rules = cleaned(paras(*ES) + "<p>Un abrazo,<br>Marta</p>" + line, "cartasdelfaro.example.es")
    assert "reenvíalo" not in text and all(p in text for p in ES)


def test_forward_it_near_misses_stay():
    # the story's letter, forwarded by a character: no "this" letter of the reader's and no bidding
    assert not forward_ask(fragment_fromstring("<p>La farera reenvía la carta a su hermana sin abrirla.</p>"))
    # the verb with its pronoun, but no mail named
    assert not forward_ask(fragment_fromstring("<p>Si te gusta el libro, reenvíalo a tus amigas.</p>"))
    assert not forward_ask(fragment_fromstring("<p>She reads the letter twice and decides to forward it to the police.</p>"))
    # the mail named, but no forwarding
    assert not forward_ask(fragment_fromstring("<p>Esta carta llega cada martes con un libro nuevo.</p>"))


# -- ifhelped.VOTE_FUELS: the vote button pressed as what keeps the writer writing -------------------------------------
from scraper.extract.ifhelped import conditional_ask  # noqa: E402

KO = [
    "이 소설은 남쪽 바닷가의 등대지기가 매일 아침 해변에서 같은 사람이 보낸 편지가 든 병을 발견하고, 결국 부치지 못할 "
    "답장을 쓰기 시작하는 이야기입니다. 이백 쪽 동안 의심이 천천히 자라는데 목소리를 높이는 문장이 하나도 없어요.",
    "바람과 비와 파도가 이야기의 절반을 대신 해 주는 느낌이라 읽는 내내 바닷가에 서 있는 것 같았습니다. 마지막 장은 "
    "설명이 한꺼번에 몰려와서 조금 아쉬웠지만, 조용한 미스터리를 좋아하시는 분들께는 자신 있게 권합니다.",
]


def test_vote_keeps_me_writing_ko_ja_zh_en():
    for line in ("공감 버튼 꾹 눌러 주시면 다음 리뷰 쓰는 데 큰 힘이 됩니다!", "추천 한 번 눌러 주시면 힘이 납니다 ^^",
                 "いいねを押していただけると次の記事の励みになります。", "觉得不错的话点个赞吧，这是我更新的动力。",
                 "Hitting the like button keeps me writing these, thank you!"):
        assert conditional_ask(fragment_fromstring(f"<p>{line}</p>")), line
    text, rules = cleaned(paras(*KO) + "<p>공감 버튼 꾹 눌러 주시면 다음 리뷰 쓰는 데 큰 힘이 됩니다! 다른 책 추천도 부탁드려요.</p>",
                          "bookboard.example.kr")
    assert "공감 버튼" not in text and all(p in text for p in KO)


def test_vote_keeps_me_writing_near_misses():
    # the book recommended as a strength, no button pressed
    assert not conditional_ask(fragment_fromstring("<p>지친 분들께 이 책을 추천합니다. 큰 힘이 됩니다.</p>"))
    assert not conditional_ask(fragment_fromstring("<p>この本は落ち込んだ時の励みになります。ぜひ読んでください。</p>"))
    # the book's character likes things; a reader's like named without what it does for the writer
    assert not conditional_ask(fragment_fromstring("<p>The heroine clicks the like button on every post of her rival.</p>"))
    # the line mid-review (before a long paragraph) stays
    text, rules = cleaned(paras(KO[0]) + "<p>공감 버튼 꾹 눌러 주시면 다음 리뷰 쓰는 데 큰 힘이 됩니다!</p>" + paras(KO[1]),
                          "bookboard.example.kr")
    assert "공감 버튼" in text
