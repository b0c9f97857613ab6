"""The blog's affiliate notes and reader-funding pleas set into the post body (the s33 round; own words and markup).

- ``adnotice.PROGRAMME`` in ro ("link de afiliere"), cy ("cysylltiadau cyswllt") and th (the commission): the
  affiliate note typeset apart, anywhere; ``partnerline._labelled``: a note typeset apart whose label is the programme
  ("Affiliate links: …") speaks for the blog in any voice; a note apart may run to 80 words (unspaced scripts).
- ``tiplinks.tip_linked``: a funding box of its own whose link goes to a tip service (``promo.SUPPORT_NAMES``:
  Cafecito) turns to the reader on the blog's behalf.
- ``paidwords.priced_subscription``: a box of its own offering a subscription at its price for a period, naming the
  site's kind ("Journalismus").
- ``fundbox._SITE_MORE`` in Icelandic (the site, definite: "síðuna", "síðunni").
- ``tipask``: a closing line opening on the bid to contribute (en, cs, sk) and naming the account number to pay into.

Near misses: a review sentence about money, the book's price or a character's commission, subscription or debt; a
publisher's copy thanked (a disclosure, kept); a reviewer recommending to buy the book; the programme named in the
review's plain prose."""

import pytest

from scraper.extract import extract_page

_EN = [
    "Marta inherits her aunt's bakery in a river town and learns, one disastrous winter after another, that bread is "
    "the easy part; the town's feuds, its debts and its weddings are the hard part.",
    "The writing is warm without being sweet, and the author is very good at rooms: the kitchen at four in the "
    "morning, the back office with its unpaid invoices, the church hall before the harvest supper begins.",
    "I wanted more of the middle section and less of the ending, which ties every thread a little too neatly, but I "
    "finished it in two evenings and have been pressing it on friends ever since.",
]


def _page(paras, lang="en", title="The Bakery by the River", before="", middle="", after="", early=""):
    ps = [f"<p>{p}</p>" for p in paras]
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body><article>"
            f"<h1 class='entry-title'>{title}</h1><div class='entry-content'>{before}{ps[0]}{early}{ps[1]}{middle}{ps[2]}"
            f"{after}</div></article></body></html>")


def _text(html, url="https://crumbnotes.example.org/2026/12/the-bakery/"):
    return extract_page(html, url).body_text


# --- affiliate notes ---------------------------------------------------------------------------------------------

_RO = [
    "Romanul urmărește o familie de morari dintr-un sat de munte, pe parcursul a trei generații, și felul în care "
    "banii schimbă încet fiecare relație dintre ei, de la nuntă până la înmormântare.",
    "Autoarea scrie limpede și fără grabă, cu dialoguri scurte și descrieri precise ale muncii, iar capitolele despre "
    "iarnă sunt cele mai frumoase pe care le-am citit anul acesta într-o carte românească.",
    "Finalul mi s-a părut puțin grăbit, dar personajele rămân cu tine multă vreme după ultima pagină, mai ales "
    "bunica, care vede totul și nu spune aproape nimic.",
]
_CY = [
    "Nofel fer am bentref glan môr yn y gaeaf yw hon, a theulu sy'n ceisio cadw'r siop bysgod ar agor ar ôl i'r tad "
    "farw'n sydyn un noson stormus ym mis Tachwedd.",
    "Mae'r iaith yn syml ac yn gynnes, ac mae'r awdur yn dda iawn am ddisgrifio'r tywydd a'r môr, ond hefyd am y "
    "tawelwch rhwng pobl sy'n caru ei gilydd ond yn methu dweud hynny.",
    "Roedd y diwedd braidd yn sydyn i mi, ond fe ddarllenais i'r llyfr mewn dwy noson a byddaf yn ei roi i fy chwaer "
    "ar gyfer y Nadolig eleni.",
]
_TH = [
    "นิยายเรื่องนี้เล่าถึงครอบครัวชาวประมงในหมู่บ้านริมทะเลทางภาคใต้ ผ่านสายตาของลูกสาวคนเล็กที่ต้องเลือกระหว่างการอยู่บ้านกับการไปเรียนต่อในเมืองใหญ่",
    "ภาษาของผู้เขียนเรียบง่ายแต่งดงาม ฉากพายุกลางเรื่องทำให้ฉันนั่งอ่านจนดึกโดยไม่รู้ตัว และตัวละครแม่เป็นตัวละครที่ฉันจำได้มากที่สุดในปีนี้",
    "ข้อเสียเล็กน้อยคือตอนจบรีบไปหน่อย แต่โดยรวมเป็นหนังสือที่อยากแนะนำให้ทุกคนได้อ่านสักครั้ง",
]


@pytest.mark.parametrize("paras,lang,note,probe", [
    (_RO, "ro", "<p class='nota'><em>Linkurile din articol sunt linkuri de afiliere: dacă cumpărați prin ele, blogul "
                "primește un mic comision.</em></p>", "linkuri de afiliere"),
    (_CY, "cy", "<p><em>Cysylltiadau cyswllt: os prynwch lyfr drwy'r ddolen isod, caf ychydig o arian at y "
                "silff.</em></p>", "Cysylltiadau cyswllt"),
    (_EN, "en", "<p><em>Affiliate links: buying through them sends a few pennies my way, at no cost to "
                "you.</em></p>", "Affiliate links"),
    (_TH, "th", "<p><em>ถ้าสนใจอยากได้หนังสือเล่มนี้ สั่งซื้อผ่านลิงก์ในโพสต์ได้เลยนะคะ บล็อกจะได้รับค่าคอมมิชชั่นเล็กน้อย"
                "เพื่อนำไปซื้อหนังสือเล่มใหม่มารีวิวต่อไป</em></p>", "ค่าคอมมิชชั่น"),
])
def test_an_affiliate_note_typeset_apart_goes(paras, lang, note, probe):
    assert probe not in _text(_page(paras, lang, middle=note))
    assert probe not in _text(_page(paras, lang, before=note))


@pytest.mark.parametrize("paras,lang,line,probe", [
    # the programme as a label, but in the review's plain prose: the hero's scheme
    (_EN, "en", "<p>Affiliate links: that is how Dorin, the baker's nephew, pays his rent, selling kitchen gadgets "
                "to strangers online until the scheme collapses in chapter nine.</p>", "Dorin"),
    # the programme in the review's prose, no voice of the blog's
    (_RO, "ro", "<p>Fiul cel mic intră într-un program de afiliere pentru mori electrice și pierde tot ce avea.</p>",
     "program de afiliere"),
    # a character's commission in a Thai review paragraph
    (_TH, "th", "<p>พี่ชายของเธอเป็นพนักงานขายรถที่ได้ค่าคอมมิชชั่นจากทุกคันที่ขายได้ และนั่นคือปมสำคัญของเรื่อง</p>",
     "ค่าคอมมิชชั่น"),
    # italics of the review's: a character's commission, no programme named as a label
    (_EN, "en", "<p><em>Her cousin earns a fat commission on every toaster he sells door to door.</em></p>",
     "toaster"),
    # a free copy's note, thanked: the review's disclosure
    (_RO, "ro", "<p><em>Mulțumesc editurii pentru exemplarul primit.</em></p>", "Mulțumesc editurii"),
])
def test_the_review_s_own_lines_stay(paras, lang, line, probe):
    assert probe in _text(_page(paras, lang, middle=line))


# --- funding boxes -----------------------------------------------------------------------------------------------

_ES = [
    "La novela sigue a una maestra rural que llega a un pueblo de la sierra en 1952 y se queda cuarenta años, "
    "enseñando a leer a los hijos y después a los nietos de sus primeros alumnos.",
    "Me gustó la paciencia con que la autora cuenta el paso del tiempo: las fiestas, los entierros, las cartas que "
    "llegan tarde, el dinero que nunca alcanza y la escuela que se cae a pedazos.",
    "El final es tierno sin ser empalagoso, y la última escena en el patio de la escuela me hizo llorar un poco, "
    "lo confieso sin vergüenza alguna.",
]


def test_a_coffee_box_linking_a_tip_service_goes():
    # (the service's name a label of the host, under any domain, as promo.SUPPORT_NAMES reads "paypal.de")
    box = ("<div class='separator'><p>☕ ¿Te gustan estas reseñas? <a href='https://cafecito.com.ar/lectora'>Invítame "
           "un cafecito</a> y compro más libros.</p></div>")
    assert "cafecito" not in _text(_page(_ES, "es", title="La maestra", early=box))


@pytest.mark.parametrize("box,probe", [
    # a character's coffee, quoted, in a box of its own with no tip service linked
    ("<div class='cita'><p>Cuando Lola le dice «invítame un café», el alcalde se ríe y paga la cuenta de todos.</p>"
     "</div>", "alcalde"),
    # the reviewer recommends buying the book at a shop
    ("<div class='compra'><p>Cómprenlo en su librería de barrio: <a href='https://libreria.example.es/maestra'>aquí"
     "</a> lo tienen a 18 euros.</p></div>", "librería de barrio"),
])
def test_a_box_with_no_tip_link_stays(box, probe):
    assert probe in _text(_page(_ES, "es", title="La maestra", early=box))


_DE = [
    "Die Erzählerin kehrt nach dem Tod ihres Vaters in das Dorf am See zurück und findet im Keller des Elternhauses "
    "seine Briefe an eine Frau, von der in der Familie nie jemand gesprochen hat.",
    "Der Roman ist ruhig erzählt, fast ohne Handlung, und lebt von den Beschreibungen des Wassers, der Fischerboote "
    "und der Nachbarn, die mehr wissen, als sie zugeben.",
    "Gegen Ende wird es etwas zu symbolisch, aber die Szene am Bootssteg gehört zum Schönsten, was ich in diesem "
    "Jahr gelesen habe.",
]


def test_a_boxed_subscription_offer_at_its_monthly_price_goes():
    box = ("<div class='paragraph paragraph--type-hinweis'><p><strong>Guter Journalismus hat seinen Preis.</strong> Mit "
           "dem Digital-Abo für 6,50 Euro im Monat lesen Sie alle Kritiken ohne Grenzen.</p></div>")
    assert "Digital-Abo" not in _text(_page(_DE, "de", title="Briefe vom See", middle=box))


@pytest.mark.parametrize("line,probe", [
    # the book's record with its price
    ("<div class='paragraph paragraph--type-infobox'><p><strong>Anna Berg: Briefe vom See.</strong> Roman. 300 "
     "Seiten, 22 Euro.</p></div>", "22 Euro"),
    # a character's subscription and its monthly price, in the review's prose
    ("<p>Sein Zeitungsabo für drei Mark im Monat ist das Einzige, was sich der Vater gönnt; die Schulden beim "
     "Krämer wachsen derweil.</p>", "Zeitungsabo"),
    # the reviewer recommends buying the book
    ("<p>Kaufen Sie dieses Buch, am besten in der Buchhandlung um die Ecke, es kostet 22 Euro und ist jeden Cent "
     "wert.</p>", "Buchhandlung"),
])
def test_a_price_in_the_review_stays(line, probe):
    assert probe in _text(_page(_DE, "de", title="Briefe vom See", middle=line))


def test_a_character_s_subscription_in_the_engine_s_paragraph_wrappers_stays():
    # (an engine wrapping each of the review's paragraphs in a div of one class: no box of the house's)
    line = "Sein Zeitungsabo für 3 Mark im Monat ist das Einzige, was sich der Vater gönnt; der Journalismus ist sein Trost."
    ps = "".join(f"<div class='paragraph paragraph--type-text'><p>{p}</p></div>" for p in [_DE[0], line, _DE[1], _DE[2]])
    html = ("<html lang='de'><head><title>Briefe vom See</title></head><body><article><h1>Briefe vom See</h1>"
            f"<div class='field--name-body'>{ps}</div></article></body></html>")
    assert "Zeitungsabo" in _text(html)


_IS = [
    "Sagan gerist í litlu sjávarþorpi fyrir vestan þar sem allir þekkja alla og enginn segir það sem hann hugsar, "
    "fyrr en ung kona snýr heim eftir tuttugu ár í burtu.",
    "Stíllinn er knappur og kaldur, eins og veðrið, en undir niðri er mikil hlýja, sérstaklega í köflunum um gömlu "
    "konuna í næsta húsi og hundinn hennar.",
    "Endirinn kom mér á óvart og ég er enn að hugsa um hann, viku eftir að ég lokaði bókinni.",
]


def test_an_icelandic_callout_funding_the_site_goes():
    box = ("<div class='kg-card kg-callout-card'><div class='kg-callout-text'>Styrktu síðuna með mánaðarlegu "
           "framlagi – þannig helst hún ókeypis fyrir alla.</div></div>")
    assert "Styrktu" not in _text(_page(_IS, "is", title="Heim í þorpið", middle=box))


def test_an_icelandic_review_line_about_support_stays():
    line = "<p>Á síðunni þar sem gamla konan styrkir sóknina með framlagi sínu grét ég næstum.</p>"
    assert "gamla konan styrkir" in _text(_page(_IS, "is", title="Heim í þorpið", middle=line))


# --- the bid to contribute to an account ------------------------------------------------------------------------

_CS = [
    "Román sleduje malé knihkupectví v okresním městě od devadesátých let do dneška, očima majitelky, která ho "
    "otevřela z vděčnosti knihám a drží ho z tvrdohlavosti.",
    "Autorka píše vtipně a přesně, s citem pro drobné lidi a jejich dluhy, a kapitola o povodni, kdy se knihy "
    "sušily na šňůrách po celém náměstí, je nezapomenutelná.",
    "Druhá polovina je slabší a některé postavy se ztrácejí, ale knihu jsem dočetl s úsměvem a hned ji půjčil mámě.",
]


@pytest.mark.parametrize("paras,lang,line,probe", [
    (_CS, "cs", "<p>Přispějte na provoz stránek, pokud vás recenze baví: číslo účtu je v patičce.</p>", "Přispějte"),
    (_EN, "en", "<p>Contribute to the hosting if these reviews help you: the account number is on the About "
                "page.</p>", "Contribute"),
])
def test_a_closing_bid_to_contribute_to_an_account_goes(paras, lang, line, probe):
    assert probe not in _text(_page(paras, lang, after=line))


@pytest.mark.parametrize("paras,lang,line,probe", [
    # contribute an opinion: no way to pay named
    (_CS, "cs", "<p>Přispějte svým názorem do diskuse, co čtete vy.</p>", "svým názorem"),
    # a character's debt and account number in the last line of the review
    (_CS, "cs", "<p>Majitelka si napíše číslo účtu věřitele na dlaň a celý večer na něj kouká.</p>", "věřitele"),
    # the publisher thanked for the copy
    (_EN, "en", "<p>Thanks to the publisher for my review copy; the opinions are my own.</p>", "review copy"),
])
def test_a_closing_line_of_the_review_s_stays(paras, lang, line, probe):
    assert probe in _text(_page(paras, lang, after=line))
