"""News of a book's adaptation told by the deal that starts it (adaptrights.rights_bought), by a feature film's noun
(newslead.SCREEN: fr "long métrage", es "largometraje", it "lungometraggio", pt "longa-metragem") and by Thai's marks
of what is being readied (adaptbecomes._BECOMES_TH: "เตรียม", "กำลังจะ", "จ่อ", "กลับมาเป็น"). Written for the holdout61
round in our own words; near misses: a reader's copy bought, rights with no screen, a past adaptation, a Thai "book",
ordinary reviews that mention a film in passing."""

from scraper.extract import extract_page
from scraper.extract.adaptbecomes import becomes
from scraper.extract.adaptrights import rights_bought
from scraper.extract.newslead import _lead_reports, made_into


def test_screen_rights_bought_in_many_languages():
    for line in (
        "A small London studio has acquired the film rights to the novel, its publisher said on Monday.",
        "Une maison de production nantaise a acheté les droits du roman, qui deviendra une série de six épisodes.",
        "Una productora de Bilbao ha comprado los derechos de la novela para una serie de ocho capítulos.",
        "Die Filmrechte an dem Roman hat sich eine Münchner Produktionsfirma gesichert.",
        "I diritti del romanzo sono stati acquisiti da una casa di produzione torinese per un film.",
        "Uma produtora do Porto adquiriu os direitos do livro para uma série de televisão.",
        "De filmrechten van de roman zijn gekocht door een Gents productiehuis.",
        "Prawa do powieści kupiło studio filmowe z Łodzi.",
        "Права на экранизацию романа приобрела московская кинокомпания.",
        "制作会社が小説の映像化権を取得し、連続ドラマとして放送する予定だ。",
        "一家影视公司已经买下这部小说的版权，计划拍成电视剧。",
        "한 제작사가 이 소설의 판권을 확보해 드라마로 만든다.",
        "ค่ายหนังรายใหญ่ได้ลิขสิทธิ์นำนิยายเรื่องนี้มาสร้างเป็นภาพยนตร์",
    ):
        assert rights_bought(line), line


def test_rights_without_a_deal_for_the_screen_are_left_alone():
    for line in (
        "I bought the book at a fair last spring and read it in two evenings.",  # no rights
        "The translation rights were bought by a German publisher in 2019.",  # no screen, no producer
        "Human rights campaigners praised the film when it came out.",  # no verb of acquiring
        "Les droits d'auteur reviennent désormais à sa fille, qui veille sur l'œuvre.",  # fr: royalties
        "Ich habe das Buch gekauft, weil mir die Verfilmung gefiel; die Rechte der Figuren sind ein Thema.",  # two sentences' worth, no deal
        "ฉันซื้อหนังสือเล่มนี้มาอ่านตั้งแต่ปีที่แล้ว",  # th: I bought this book
    ):
        assert not rights_bought(line), line


def test_a_feature_film_noun_after_a_verb_of_adapting():
    for line in (
        "Le récit sera adapté en long métrage par une jeune réalisatrice.",
        "La novela será adaptada como largometraje el año que viene.",
        "Il romanzo diventerà un lungometraggio girato in Sardegna.",
    ):
        assert made_into(line), line


def test_thai_titles_of_a_coming_adaptation():
    for title in (
        "ยืนยันแล้ว! นิยายรักยอดฮิตเตรียมสร้างเป็นภาพยนตร์ปีหน้า",  # set to be made into a film
        "นวนิยายแฟนตาซีเล่มดังกำลังจะถูกดัดแปลงเป็นซีรีส์",  # about to be adapted into a series
        "นิยายสืบสวนชื่อดังจ่อกลับมาเป็นละครอีกครั้ง",  # poised to come back as a drama
    ):
        assert becomes(title), title
    for title in (
        "รีวิว นิยายที่เคยถูกดัดแปลงเป็นภาพยนตร์เมื่อสิบปีก่อน",  # a past adaptation, a review's
        "นักเขียนบอกว่าจะทำเป็นหนังสือภาพสำหรับเด็ก",  # will make it into a picture book
        "อ่านแล้วอยากให้สร้างเป็นซีรีส์",  # a reader's wish, no future mark
    ):
        assert not becomes(title), title


def test_lead_under_a_screen_title_reports_the_deal():
    assert _lead_reports(["Une maison de production a acheté les droits du roman, qui sera tourné dans le Jura l'an prochain."])
    assert not _lead_reports(["J'ai lu ce roman d'une traite, et sa fin m'a laissée sans voix pendant des jours entiers."])


_PAGE = """<html lang="{lang}"><head><title>{title}</title></head><body class="single single-post"><article>
<h1>{title}</h1><div class="entry-content">{body}</div></article></body></html>"""

_FR_NEWS = """<p>Les droits du roman de Mathilde Arnaud, paru l'an dernier chez un petit éditeur de Bretagne, ont été achetés par
une maison de production parisienne. Le récit d'une famille de pêcheurs sur l'île de Sein sera adapté en long métrage.</p>
<p>Le réalisateur, dont ce sera le troisième film, veut tourner sur l'île même pendant l'hiver. Aucun nom n'a encore été
annoncé pour la distribution, mais le rôle du grand-père irait à un comédien de théâtre connu de la région.</p>
<p>La romancière se dit heureuse de voir son livre vivre autrement. La sortie en salle est espérée pour la fin de l'année
suivante, après un passage dans plusieurs festivals européens où le producteur compte le présenter.</p>
<p>Son éditeur prévoit de réimprimer le livre avec une nouvelle couverture au moment de la sortie, et une rencontre avec
l'autrice est annoncée dans une librairie de Quimper au printemps, autour des lieux qui ont nourri son histoire.</p>"""

_FR_REVIEW = """<p>J'ai ouvert ce roman un soir de tempête et je ne l'ai refermé qu'au matin. Mathilde Arnaud raconte une famille
de pêcheurs sur l'île de Sein, trois générations qui se taisent, et elle le fait avec une phrase sèche qui me plaît.</p>
<p>Le personnage du grand-père est le plus réussi : bourru, drôle, injuste parfois. Les chapitres de la mère, en revanche,
m'ont paru plus lents, presque répétitifs, et la fin arrive trop vite après une longue attente.</p>
<p>On parle d'une adaptation au cinéma, et je comprends pourquoi : les paysages s'y prêtent. Mais lisez le livre d'abord,
sa langue ne passera pas à l'écran. Un beau roman, imparfait, que je recommande aux amoureux de la mer.</p>"""

_TH_NEWS = """<p>ค่ายผู้ผลิตรายใหญ่ประกาศเมื่อเช้านี้ว่าได้ลิขสิทธิ์นำนวนิยายเรื่อง "ลมใต้ปีก" มาสร้างเป็นซีรีส์ความยาว 12 ตอน
เพื่อฉายทางช่องออนไลน์ในปีหน้า โดยจะเริ่มถ่ายทำที่จังหวัดเชียงรายช่วงต้นฤดูหนาว</p>
<p>ผู้กำกับเผยว่าฉบับนี้จะเล่าเรื่องผ่านสายตาของตัวละครหญิงมากขึ้น ส่วนรายชื่อนักแสดงนำจะประกาศภายหลัง และทีมงานกำลังคัดเลือกนักแสดงหน้าใหม่</p>
<p>ทางสำนักพิมพ์ระบุว่าจะพิมพ์ฉบับใหม่พร้อมปกใหม่ออกมาในช่วงเดียวกัน เพื่อให้ผู้อ่านรุ่นใหม่ได้รู้จักเรื่องนี้มากขึ้น</p>"""

_TH_REVIEW = """<p>เพิ่งอ่านนวนิยายเรื่องนี้จบเมื่อคืน ต้องบอกว่าชอบมาก ผู้เขียนเล่าเรื่องครอบครัวชาวสวนทางเหนือได้อบอุ่นและเจ็บปวดในเวลาเดียวกัน
ตัวละครแม่เป็นคนที่ฉันจำได้มากที่สุด เพราะทุกการตัดสินใจของเธอมีเหตุผลรองรับ</p>
<p>เรื่องนี้เคยถูกดัดแปลงเป็นภาพยนตร์เมื่อหลายปีก่อน แต่ฉันคิดว่าหนังสือดีกว่ามาก ภาษาสวยและละเอียดกว่า ช่วงกลางเรื่องอาจจะยืดไปบ้าง
แต่ตอนจบทำให้ร้องไห้ได้จริง ๆ แนะนำให้ทุกคนที่ชอบเรื่องครอบครัวลองอ่านดูสักครั้ง</p>"""


def test_french_adaptation_news_is_not_a_review():
    page = _PAGE.format(lang="fr", title='"Les Taiseux" de Mathilde Arnaud bientôt au cinéma', body=_FR_NEWS)
    record = extract_page(page.encode(), "https://www.journal.example.fr/culture/livres/ile-aux-taiseux-cinema_1234.html")
    assert not record.is_review, record.reason


def test_french_review_that_mentions_a_film_stays_a_review():
    page = _PAGE.format(lang="fr", title='"Les Taiseux" de Mathilde Arnaud : mon avis', body=_FR_REVIEW)
    record = extract_page(page.encode(), "https://lectures.example.fr/2026/11/ile-aux-taiseux/")
    assert record.is_review, record.reason


def test_thai_adaptation_news_is_not_a_review():
    page = _PAGE.format(lang="th", title="ยืนยันแล้ว! นวนิยายดังเตรียมกลับมาเป็นซีรีส์ปีหน้า", body=_TH_NEWS)
    record = extract_page(page.encode(), "https://news.example.co.th/entertainment/detail/123456")
    assert not record.is_review, record.reason


def test_thai_review_that_recalls_a_film_stays_a_review():
    page = _PAGE.format(lang="th", title="รีวิวนวนิยาย ลมใต้ปีก อ่านแล้วอบอุ่นหัวใจ", body=_TH_REVIEW)
    record = extract_page(page.encode(), "https://bookblog.example.co.th/2026/11/review-lom-tai-peek/")
    assert record.is_review, record.reason
