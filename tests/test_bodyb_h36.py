"""Body cleaning rules of the holdout36 round (helper bodyb), in our own words and markup, with near misses:

- splicedask: a conditional ask about the post set apart between the review's paragraphs (ko, en, zh); the same words
  in a plain paragraph of the review, or naming the book as what pleased, stay;
- readalsoline: a 'read also' label and a title with no link, set apart in bold (th, de, en); 'see also' and a read-also
  sentence of the review stay;
- teamsign/signoff: a team's longer closing wish over its names and its shop written with lower-case words (cs, es);
- forwardask: "forward this e-mail" among the last lines (cs, en, de, ja); a character forwarding an e-mail in the
  review stays;
- mastline: the sender's strapline in small print under its logo over the headline (cs, en); a review's first
  paragraph over the headline without logo or small print stays.
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract.forwardask import forward_ask
from scraper.extract.readalsoline import unlinked_pointer
from scraper.extract.signoff import sign_off
from scraper.extract.teamsign import team_signature
from tests.cleaning import cleaned, paras

EN = [
    "This week's pick follows a ferry pilot on a northern lake who notices that a stranger crosses with her every "
    "morning and never comes back in the evening, and who starts to keep a notebook about him.",
    "What carries it is patience: the author lets a suspicion harden over two hundred pages without a single raised "
    "voice, and the lake weather does half of the storytelling, fog and sleet and one hard frost.",
    "The last chapter is the weakest, a rush of explanations after so much quiet, but I would still give it to anyone "
    "who likes slow mysteries set in cold places.",
]
KO = [
    "김서해 작가의 『등대지기의 겨울』은 섬마을 등대에서 혼자 겨울을 나는 노인의 이야기다. 처음에는 지루할 것 같았는데 몇 장 넘기자 손을 놓을 수가 없었다.",
    "특히 바다와 바람을 묘사하는 문장이 좋았다. 읽는 동안 정말 섬에 있는 것처럼 추웠고, 노인이 라디오를 켜는 장면마다 마음이 따뜻해졌다.",
    "아쉬운 점은 후반부가 조금 서두른다는 것이다. 그래도 겨울에 천천히 읽기 좋은 소설로 추천하고 싶다.",
]


# -- splicedask ------------------------------------------------------------------------------------------------------

def test_boxed_conditional_ask_mid_post_goes_ko():
    ask = "<div class='plug'><p>▼ 이 글이 괜찮으셨다면 아래 하트 모양 버튼을 한 번 눌러 주세요! 큰 힘이 됩니다</p></div>"
    more = ["노인은 매일 아침 등대의 유리를 닦고, 저녁이면 바다를 지나가는 배의 이름을 공책에 적는다.", "그 공책이 이 소설의 뼈대다."]
    text, rules = cleaned(paras(KO[0]) + ask + paras(KO[1], *more, KO[2]), "seohae.example.kr")
    assert "하트 모양" not in text and "spliced plea" in rules and all(p in text for p in KO)


def test_boxed_conditional_ask_mid_post_goes_en_zh():
    ask = "<div class='inline-note'><p>If you enjoyed this review, please hit the heart button below — it helps a lot!</p></div>"
    text, rules = cleaned(paras(*EN[:2]) + ask + paras(EN[2]), "lakeshelf.example")
    assert "heart button" not in text and all(p in text for p in EN)
    zh = "<p>👇 如果觉得这篇文章有用，请点个赞再走～</p>"
    text, rules = cleaned(paras(*EN[:2]) + zh + paras(EN[2]), "lakeshelf.example")
    assert "点个赞" not in text and all(p in text for p in EN)


def test_conditional_words_in_the_review_flow_stay():
    # a plain paragraph among the others (no box, no pointer), and the book named as what pleased
    line = "If you enjoyed this post's pick, please tell me which lake novel I should read next, I keep a list."
    text, _ = cleaned(paras(EN[0], line, EN[1], EN[2]), "lakeshelf.example")
    assert line in text
    book = "<div class='aside'><p>이 책이 마음에 드셨다면 같은 작가의 첫 소설도 꼭 읽어 주세요</p></div>"
    text, _ = cleaned(paras(*KO[:2]) + book + paras(KO[2]), "seohae.example.kr")
    assert "첫 소설도" in text


# -- readalsoline ----------------------------------------------------------------------------------------------------

def test_unlinked_read_also_line_goes_th_de_en():
    assert unlinked_pointer(fragment_fromstring("<p><strong>อ่านเพิ่มเติม: นิยายสั้นสามเล่มสำหรับวันฝนตก</strong></p>"))
    assert unlinked_pointer(fragment_fromstring("<p><b>Lesen Sie auch: Drei Romane über Fähren</b></p>"))
    assert unlinked_pointer(fragment_fromstring("<p class='read-more'>Read also: Ten quiet winter novels</p>"))
    line = "<p><strong>Read also: Ten quiet winter novels</strong></p>"
    text, rules = cleaned(paras(*EN[:2]) + line + paras(EN[2]), "lakeshelf.example")
    assert "Ten quiet winter novels" not in text and "related link" in rules and all(p in text for p in EN)


def test_read_also_near_misses_stay():
    assert not unlinked_pointer(fragment_fromstring("<p><strong>See also: her first novel, The Salt Road</strong></p>"))
    assert not unlinked_pointer(fragment_fromstring("<p>Read also: Ten quiet winter novels</p>"))  # not set apart
    assert not unlinked_pointer(fragment_fromstring(
        "<p><b>Read more: the author's essays. They explain where the ferry came from and why she kept it.</b></p>"))
    assert not unlinked_pointer(fragment_fromstring("<h3>อ่านเพิ่มเติม: นิยายสั้นสามเล่ม</h3>"))


# -- teamsign / signoff ----------------------------------------------------------------------------------------------

def test_team_closing_with_a_lower_case_shop_name_cs_es():
    assert team_signature("Jana, Petr a Eva z Zeleného mostu".split())
    assert team_signature("Ana y Luis, de la Librería".split())
    assert sign_off(fragment_fromstring("<p>Hezké čtení a na shledanou v lednu,<br>Jana, Petr a Eva z Zeleného mostu</p>"))
    closing = "<p>Feliz lectura y hasta la próxima semana,<br>Ana y Luis, de la Librería</p>"
    text, rules = cleaned(paras(*EN) + closing, "marea.example")
    assert "Ana y Luis" not in text and "letter closing" in rules


def test_team_closing_near_misses():
    assert not team_signature("Jana z lesa".split())  # one name, a common noun
    assert not team_signature("a pak jsme šli z kopce dolů".split())
    assert not sign_off(fragment_fromstring("<p>Hezké čtení a na shledanou v lednu,<br>Jana z lesa u řeky</p>"))
    # one writer keeps the short closing's limit
    assert not sign_off(fragment_fromstring("<p>We wish you a calm winter and many good books to read,<br>Ana</p>"))


# -- forwardask ------------------------------------------------------------------------------------------------------

def test_forward_ask_goes_cs_en_de_ja():
    assert forward_ask(fragment_fromstring("<p>Máte kamaráda, který čte detektivky? Přepošlete mu tento e-mail.</p>"))
    assert forward_ask(fragment_fromstring("<p>Know someone who would like this? Forward this email to them.</p>"))
    assert forward_ask(fragment_fromstring("<p>Leite diesen Newsletter gern an eine Freundin weiter.</p>"))
    assert forward_ask(fragment_fromstring("<p>このメルマガを読書好きのお友だちに転送してください。</p>"))
    text, rules = cleaned(paras(*EN) + "<p>Enjoyed the pick? Forward this email to a friend who reads.</p>", "lakeshelf.example")
    assert "Forward this email" not in text and "forward ask" in rules and all(p in text for p in EN)


def test_forward_near_misses_stay():
    line = "Halfway through, she forwards an email from her brother to the harbour master, and everything changes."
    text, _ = cleaned(paras(EN[0], line, EN[1], EN[2]), "lakeshelf.example")
    assert line in text
    assert not forward_ask(fragment_fromstring("<h2>Forward this email to a friend</h2>"))


# -- mastline --------------------------------------------------------------------------------------------------------

def _mail(strap: str, logo: bool = True) -> str:
    img = "<img src='/logo.png' alt='Green Bridge'><br>" if logo else ""
    return (f"<table><tr><td>{img}{strap}</td></tr><tr><td><h1>Book of the month: the ferry</h1></td></tr>"
            "<tr><td>" + paras(*EN) + "</td></tr></table>")


def test_strapline_under_the_logo_goes_cs_en():
    for strap in ("<span style='font-size:11px'>knihy, káva a čtení pro děti, Mlýnská 3, Olomouc</span>",
                  "<small>an independent bookshop on Mill Lane, Leeds</small>"):
        text, rules = cleaned(_mail(strap), "greenbridge.example")
        assert "masthead" in rules and "Mill Lane" not in text and "Mlýnská" not in text and all(p in text for p in EN)


def test_strapline_near_misses_stay():
    # no logo before it; a plain (not small) line; a linked line
    text, _ = cleaned(_mail("<span style='font-size:11px'>an independent bookshop on Mill Lane</span>", logo=False), "greenbridge.example")
    assert "Mill Lane" in text
    text, _ = cleaned(_mail("<span>an independent bookshop on Mill Lane</span>"), "greenbridge.example")
    assert "Mill Lane" in text
