"""Detection (holdout36): a library catalogue's record page (holdingsrecord), a question's answers grouped in boxes
(mediumpage.thread), Hebrew news of a screen adaptation (newslead)."""

from lxml import html as lxml_html

from scraper.extract.holdingsrecord import holdings_record
from scraper.extract.mediumpage import thread
from scraper.extract.newslead import _lead_reports, STAGE_OR_SCREEN, made_into


def _tree(markup: str):
    return lxml_html.fromstring(f"<html><body>{markup}</body></html>")


# --- a library catalogue's record ---------------------------------------------------------------------------------

PT_RECORD = ('<table class="dados"><tr><td>Autor:</td><td>Moura, Teresa, 1951-</td></tr>'
             '<tr><td>Título:</td><td>As casas do rio / Teresa Moura.</td></tr><tr><td>Edição:</td><td>2. ed.</td></tr>'
             '<tr><td>Imprenta:</td><td>Recife : Maré, 2019.</td></tr><tr><td>Assuntos:</td><td>Ficção brasileira</td></tr>'
             '<tr><td>ISBN:</td><td>978-00-0000-001-1</td></tr></table>')
PT_COPIES = ('<table class="acervo"><tr><th>Biblioteca</th><th>Localização</th><th>Situação</th></tr>'
             '<tr><td>Central</td><td>Estante 4</td><td>Disponível</td></tr>'
             '<tr><td>Setorial</td><td>Estante 9</td><td>Emprestado</td></tr></table>')
PT_SUMMARY = ('<h2>Resumo</h2><p>Romance sobre três irmãs que herdam uma casa à beira de um rio e precisam decidir, ao longo '
              'de um verão de cheias, o que fazer com ela e com as lembranças que ela guarda.</p>')
DE_RECORD = ('<dl></dl><table><tr><th>Verfasser</th><td>Hollberg, Jana</td></tr><tr><th>Titel</th><td>Die Fähre im Nebel</td></tr>'
             '<tr><th>Verlag</th><td>Kiel : Brandung, 2021</td></tr><tr><th>Umfang</th><td>288 S.</td></tr>'
             '<tr><th>ISBN</th><td>978-0-00-000002-2</td></tr><tr><th>Schlagwörter</th><td>Ostsee ; Roman</td></tr></table>')
DE_COPIES = ('<table><tr><th>Standort</th><th>Signatur</th><th>Status</th><th>Frist</th></tr>'
             '<tr><td>Hauptstelle</td><td>Roman Holl</td><td>verfügbar</td><td>-</td></tr>'
             '<tr><td>Stadtteil Nord</td><td>Roman Holl</td><td>entliehen</td><td>12.01.</td></tr></table>')
DE_READER = ('<p>Ich habe die Fähre an einem einzigen verregneten Wochenende gelesen und mochte vor allem die Mutter, die nie '
             'ausspricht, was sie denkt, und trotzdem alles zusammenhält. Das Ende kam mir etwas zu schnell, aber die Bilder '
             'vom Hafen bleiben. Vier von fünf Sternen von mir.</p>')


def test_catalogue_record_with_copies_and_a_summary_is_a_record_pt():
    assert holdings_record(_tree(f"<h1>As casas do rio</h1>{PT_RECORD}{PT_SUMMARY}{PT_COPIES}"))


def test_catalogue_record_with_copies_is_a_record_de():
    assert holdings_record(_tree(f"<h1>Die Fähre im Nebel</h1>{DE_RECORD}<p>Kurzbeschreibung des Verlags zur Fähre.</p>{DE_COPIES}"
                                 '<div id="kommentare"><p>Noch keine Kommentare.</p></div>'))


def test_reader_review_in_a_comment_box_under_the_record_is_not_a_bare_record_de():
    assert holdings_record(_tree(f"{DE_RECORD}{DE_COPIES}<div class=\"comments\"><div class=\"comment\">{DE_READER}</div></div>")) is None


def test_long_prose_of_the_page_is_not_a_bare_record_pt():
    prose = "".join(f"<p>{' '.join(['Eu li este romance devagar e gostei muito da voz da narradora, que conta tudo sem pressa.'] * 2)}</p>"
                    for _ in range(5))
    assert holdings_record(_tree(f"{PT_RECORD}{prose}{PT_COPIES}")) is None


def test_record_without_a_copies_table_is_not_read_here():
    assert holdings_record(_tree(f"{PT_RECORD}{PT_SUMMARY}")) is None
    # (a table of three columns whose cells are sentences is no copies table)
    long_rows = ('<table><tr><th>Capítulo</th><th>Tema</th><th>Nota</th></tr>'
                 '<tr><td>Um</td><td>A chegada das irmãs à casa e a primeira noite de chuva forte no vale</td><td>4</td></tr>'
                 '<tr><td>Dois</td><td>O rio sobe</td><td>5</td></tr></table>')
    assert holdings_record(_tree(f"{PT_RECORD}{PT_SUMMARY}{long_rows}")) is None


def test_notice_box_is_not_a_review_box():
    notice = ('<div class="aviso"><p>Horário de atendimento em janeiro: de segunda a sexta, das nove às dezessete horas, '
              'exceto feriados.</p></div>')
    assert holdings_record(_tree(f"{PT_RECORD}{PT_SUMMARY}{PT_COPIES}{notice}"))


# --- a question's answers grouped in boxes --------------------------------------------------------------------------

def _answer(cls: str, name: str, text: str) -> str:
    return f'<div class="{cls}"><div class="who"><span class="user-name">{name}</span></div><div class="text">{text}</div></div>'


ZH_Q = '<div class="ask"><h1>读完一本很沉重的小说，有没有类似的书推荐？</h1><p>最近读了一本写小人物一生的长篇，想找几本同类的。</p></div>'
ZH_BEST = _answer("best", "山间读书人", "推荐两本：一本写黄土高原上两兄弟的奋斗，一本写一个村子半个世纪的恩怨，都很厚重，读完会想很久。" * 2)
ZH_OTHERS = ('<div class="answers"><div class="answers-title">其他回答（2条）</div>'
             + _answer("answer", "小林看书", "可以试试写孤独的那一本，读完比原书还让人难过，但很值得一读。")
             + _answer("answer", "夜读者", "同一个作家的早期作品也不错，不过结构有点跳，第一次读可能会乱。") + "</div>")


def test_accepted_answer_and_a_box_of_other_answers_are_a_thread_zh():
    assert thread(_tree(f'<div class="main">{ZH_Q}{ZH_BEST}{ZH_OTHERS}</div>'), "有没有类似的书推荐？")


EN_BEST = _answer("accepted", "marisol_reads", "Try the lighthouse trilogy: the first book is slow but the second one repays it, "
                  "and the third has the best ending of any family saga I know.")
EN_OTHERS = ('<div class="other-answers">'
             + _answer("answer", "quietpages", "Anything by the same author, honestly; her short stories are even better than the novels.")
             + _answer("answer", "tomh", "I would add the river novel from last year, which does the same thing with two brothers.")
             + "</div>")


def test_accepted_answer_and_a_box_of_other_answers_are_a_thread_en():
    assert thread(_tree(f'<div class="main">{EN_BEST}{EN_OTHERS}</div>'), "Books like a long family saga?")


def test_one_post_quoting_another_is_no_thread_en():
    # (one reviewer's post whose box holds a quoted reader's byline, and one reply: two posts, no thread)
    post = ('<div class="post"><div class="who"><span class="user-name">marisol_reads</span></div><div class="text">'
            '<p>My review of the lighthouse novel: slow, patient and in the end very moving, a book about staying.</p>'
            '<blockquote><span class="user-name">tomh</span> wrote: I gave up at chapter three, too quiet for me.</blockquote>'
            '<p>Fair, but the quiet is the point; the last chapters pay for every slow page before them.</p></div></div>')
    reply = _answer("reply", "quietpages", "Thanks, this convinced me to give it another go over the holidays.")
    assert thread(_tree(f'<div class="main">{post}{reply}</div>'), "The lighthouse novel") is None


# --- Hebrew news of a screen adaptation -----------------------------------------------------------------------------

def test_hebrew_title_a_book_becomes_a_series():
    assert made_into('"הבית שעל הגבעה" של דנה לוי יהפוך לסדרת דרמה')
    assert made_into("הרומן של אורי כהן הופך לסרט קולנוע")
    assert STAGE_OR_SCREEN.search('"הבית שעל הגבעה" יהפוך לסדרת דרמה')


def test_hebrew_lead_reports_the_adaptation():
    lead = ["חברת הפקה רכשה את הזכויות והרומן הבית שעל הגבעה של הסופרת דנה לוי יעובד לסדרת טלוויזיה בת שמונה פרקים."]
    assert _lead_reports(lead)


def test_hebrew_near_misses():
    # (a review's title: the book series, and "turned" in the past as a reader says it; no future, no screen)
    assert not made_into("סדרת הספרים של דנה לוי: ביקורת על הכרך השלישי")
    assert not made_into("איך הספר הזה הפך לספר האהוב עליי")
    assert not made_into("הגיבורה הופכת לאם בפרק השני")
    # (the Japanese form still reads as before)
    assert made_into("『海の家』映画化決定")


def test_question_title_before_a_sites_name_joined_by_an_underscore():
    from scraper.extract.threads import asks
    assert asks("有没有像这本一样温暖的小说推荐？_问答社区")
    assert asks("Any novels like this one?_Readers Answers")
    # (near misses: no question; a question inside the title, not at the end of its part; a review's title)
    assert not asks("《海边的房子》读后感_我的读书笔记")
    assert not asks("Why do we read? A review of the essay collection")
    assert not asks("这本书值得读吗？书评_我的博客")


def test_whole_page_in_one_form_still_reads_the_readers_review_nb():
    # (ASP.NET wraps the page in one <form>: the readers' review under the record is read, and its box named so)
    review = ('<div class="review"><div class="review-head">Kari L. 3.11.2026</div><div class="review-text"><p>Vi leste denne i '
              'lesesirkelen, og jeg ble overrasket over hvor rolig og sterk den er. Øya og været er nesten egne personer i '
              'boka, og slutten satt i meg i flere dager etterpå.</p></div></div>')
    record = PT_RECORD.replace("Autor:", "Forfatter:")
    assert holdings_record(_tree(f'<form id="aspnetForm">{record}{PT_COPIES}{review}</form>')) is None
    assert holdings_record(_tree(f'<form id="aspnetForm">{record}{PT_SUMMARY}{PT_COPIES}</form>'))
