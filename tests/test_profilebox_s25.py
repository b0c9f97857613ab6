"""The writer's bio under a profile box's own title, the title alone on its line ("About the writer", "Zur Person",
"필자 소개", "Sobre la autora", "作者简介"): sitelines reads the bio as deskbio.profile_bio reads a labelled one, the writer the
byline names, and takes the title with it. Pages of our own invention in English, German, Spanish, Korean, Chinese and Thai; near
misses: the book's author's profile under the same title (it names no one the byline names), a review's own last
paragraph under a heading, and the title alone with no bio under it."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.deskbio import labelled_profile, profile_label

PROSE = {
    "en": ["The novel opens on a ferry in fog and never quite lets the reader reach the shore, which is the point.",
           "Its chapters alternate between the two sisters, and the voices are distinct enough that no heading is needed.",
           "The middle third drags a little, but the ending earns every page that came before it, quietly and well.",
           "Rating: 4/5"],
    "de": ["Der Roman beginnt auf einer Fähre im Nebel und lässt die Leser nie ganz ans Ufer kommen, und genau das ist gewollt.",
           "Die Kapitel wechseln zwischen den beiden Schwestern, deren Stimmen so deutlich sind, dass es keine Überschrift braucht.",
           "Das mittlere Drittel zieht sich ein wenig, doch das Ende verdient jede Seite, die ihm vorausgeht, leise und gut.",
           "Bewertung: 4/5"],
    "ko": ["소설은 안개 낀 여객선에서 시작되고, 독자를 끝내 해안에 닿게 하지 않는데, 바로 그것이 이 책의 의도다.",
           "장마다 두 자매의 목소리가 번갈아 나오는데, 목소리가 워낙 뚜렷해서 따로 제목을 붙일 필요가 없다.",
           "중반부가 조금 늘어지지만, 결말은 앞의 모든 페이지를 조용하고 단단하게 보상해 준다.",
           "평점: 4/5"],
    "es": ["La novela empieza en un ferry entre la niebla y nunca deja que el lector llegue del todo a la orilla, y esa es la idea.",
           "Los capítulos alternan entre las dos hermanas, y sus voces son tan distintas que no hace falta ningún encabezado.",
           "El tercio central se alarga un poco, pero el final se gana cada página anterior, en voz baja y bien.",
           "Valoración: 4/5"],
    "zh": ["小说从雾中的一艘渡船开始，始终没有让读者真正靠岸，而这正是作者的用意所在。",
           "各章在两姐妹之间交替，她们的声音分明到不需要任何小标题来提示是谁在说话。",
           "中间三分之一稍显拖沓，但结尾安静而有力，配得上之前的每一页。",
           "评分：4/5"],
    "th": ["นวนิยายเปิดเรื่องบนเรือข้ามฟากกลางหมอก และไม่เคยปล่อยให้ผู้อ่านขึ้นฝั่งได้จริง ซึ่งเป็นเจตนาของผู้เขียน",
           "แต่ละบทสลับกันระหว่างสองพี่น้อง เสียงของทั้งคู่ชัดเจนจนไม่ต้องมีหัวข้อบอกว่าใครกำลังเล่า",
           "ช่วงกลางเรื่องยืดไปบ้าง แต่ตอนจบเงียบงันและหนักแน่น คุ้มค่ากับทุกหน้าที่ผ่านมา",
           "คะแนน: 4/5"],
}
WRITER = {"en": "Mara Quill", "de": "Helene Brandt", "ko": "한지수", "es": "Lucía Ferrer", "zh": "林小雨", "th": "สมใจ ใจดี"}
TITLE = {"en": "About the writer", "de": "Zur Person", "ko": "필자 소개", "es": "Sobre la autora", "zh": "作者简介",
         "th": "ประวัติผู้เขียน"}
BIO = {
    "en": "Mara Quill teaches in Galway and writes about new fiction for the magazine.",
    "de": "Helene Brandt lebt in Leipzig und schreibt für das Magazin über neue Romane.",
    "ko": "한지수 서울에서 활동하는 서평가. 현대 소설에 관한 글을 이 잡지에 쓰고 있다.",
    "es": "Lucía Ferrer vive en Valencia y escribe sobre narrativa nueva para la revista.",
    "zh": "林小雨（笔名小雨），现居杭州，书店店员出身，长期为本刊撰写当代小说的书评。",
    "th": "สมใจ ใจดี นักเขียนและนักวิจารณ์หนังสืออิสระ เขียนบทวิจารณ์นวนิยายร่วมสมัยให้นิตยสารนี้เป็นประจำ",
}
# the book's author's profile under the same title: it names the novelist, not the byline's writer
NOVELIST = {
    "en": "Ines Marlow was born in Cork in 1961 and has published six novels and two books of stories.",
    "de": "Ines Marlow wurde 1961 in Cork geboren und hat sechs Romane und zwei Erzählbände veröffentlicht.",
}


def _page(lang: str, tail: str) -> str:
    text = "".join(f"<p>{p}</p>" for p in PROSE[lang])
    return (f'<html lang="{lang}"><head><title>Fog</title><meta name="author" content="{WRITER[lang]}"></head><body>'
            f'<main><article class="entry"><h1>Fog on the water</h1>'
            f'<div class="meta"><span class="who">{WRITER[lang]}</span> · <time>2026-12-03</time></div>'
            f'<div class="entry-body">{text}{tail}</div></article></main></body></html>')


def _body(lang: str, tail: str) -> str:
    return extract_page(_page(lang, tail), f"https://review.example.org/2026/12/{lang}-fog").body_text


@pytest.mark.parametrize("lang, markup", [
    # the title and the bio loose among the text's blocks, no box of their own
    ("en", '<p class="box-title">{t}</p><p>{b}</p>'), ("de", '<h4>{t}</h4><p>{b}</p>'),
    ("es", '<p><strong>{t}</strong></p><p>{b}</p>'),
    # in scripts with no capitals or spaces, the name before its reading in brackets or its comma
    ("ko", '<div class="box"><p class="box-title">{t}</p><p>{b}</p></div>'),
    ("zh", '<section><h3>{t}</h3><p>{b}</p></section>'), ("th", '<div class="box"><p>{t}</p><p>{b}</p></div>'),
])
def test_the_bio_under_its_title_goes_with_the_title(lang, markup):
    text = _body(lang, markup.format(t=TITLE[lang], b=BIO[lang]))
    assert PROSE[lang][2] in text
    assert BIO[lang][:20] not in text
    assert TITLE[lang] not in text


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_books_authors_profile_stays(lang):
    text = _body(lang, f'<div class="box"><p class="box-title">{TITLE[lang]}</p><p>{NOVELIST[lang]}</p></div>')
    assert NOVELIST[lang] in text


def test_a_reviews_last_paragraph_under_a_heading_stays():
    last = "Mara Quill’s verdict, for what it is worth: read it on a grey day, slowly, with the phone in another room."
    text = _body("en", f"<h3>Verdict</h3><p>{last}</p>")
    assert last in text


def test_the_title_is_read_alone_and_labelled():
    assert profile_label("About the author") and profile_label("著者プロフィール") and profile_label("Über die Autorin:")
    assert not profile_label("About the author of this novel, who was born in Cork")
    assert labelled_profile("Profile", "Ana Lee reads in Porto and writes here weekly.", ["Ana Lee · 3 May 2026"])
    assert not labelled_profile("Profile", "Ines Marlow was born in Cork in 1961.", ["Ana Lee · 3 May 2026"])
