"""holdout59 round (det59): desk free-copy notes "for review", "put at our disposal", a review team being recruited, and the
Celtic "out of" of a worded score.

- notegift._FOR_REVIEW: a house and a giving at the review's edge "for review" in the Latin and Cyrillic scripts too (es
  "para reseña", pt "para resenha", it "per la recensione", ga "le haghaidh léirmheasa", cy "i'w adolygu", ...), no first
  person needed (a paper's desk got it);
- notewords.PROVIDED / notedesk._GIVING: put at the desk's disposal (hu "rendelkezésre bocsát", pl "do dyspozycji", ...);
- copywords.RECEIVED_CJK: a review team being recruited (ko "서평단 모집", ja "献本募集") is a call to readers, no copy;
- ratingwords.OF_WORDS: ga "as", br "war" (four stars out of five).
All sentences are our own.
"""

from scraper.extract.notes import read_notes
from scraper.extract.rating import find_rating

_BODY = ("Ein Roman, der langsam beginnt und dann nicht mehr loslässt. Die Figuren sind genau gezeichnet, "
         "der Ton ist trocken und oft komisch, und das Ende kommt leise.\n\n")


def _review(paragraphs: list[str], note: str, after: list[str] = ()) -> str:
    return "\n\n".join([*paragraphs, note, *after])


_ES = ["La novela sigue a una maestra rural durante un invierno largo. La prosa es limpia y la estructura, paciente.",
       "El final no convence del todo, pero el viaje vale la pena y el paisaje queda en la memoria."]
_GA = ["Is úrscéal gearr é seo faoi iascaire ar oileán beag. Tá an teanga simplí agus láidir.",
       "Ní thaitníonn an deireadh liom go hiomlán, ach is fiú é a léamh."]
_HU = ["A regény egy vidéki tanítónő egyetlen telét meséli el. A próza tiszta, a szerkezet türelmes.",
       "A vége nem teljesen meggyőző, de az út megéri, és a táj sokáig velünk marad."]


def test_desk_notes_for_review_are_disclosures():
    cases = [
        (_ES, "*La editorial nos envió un ejemplar para reseña.*"),
        (_ES, "La editorial envió a la revista un ejemplar para su reseña."),
        (_ES, "A editora enviou à redação um exemplar para resenha."),  # pt
        (_GA, "*Sheol an foilsitheoir an leabhar chuig an iris le haghaidh léirmheasa.*"),  # ga
        (_GA, "Anfonwyd y gyfrol gan y cyhoeddwr i'w adolygu."),  # cy
        (_HU, "*A kiadó rendelkezésünkre bocsátotta a könyvet.*"),  # hu, in italics
        (_HU, "A recenziós példányt a kiadó bocsátotta a szerkesztőség rendelkezésére."),  # hu, the desk
        (_HU, "Egzemplarz do recenzji wydawnictwo oddało do dyspozycji redakcji."),  # pl
    ]
    for paragraphs, note in cases:
        found = read_notes(_review(paragraphs, note, ["**Autor: Titel**", "Editorial Norte, 2026. 210 páginas."])).disclosure
        assert found and found.strip("*") in note, (note, found)


def test_near_misses_are_no_disclosures():
    cases = [
        (_ES, "La editorial envió la novela a las librerías en marzo."),  # bookshops: no "libre" (tl free) in "librerías"
        (_ES, "La editorial no envió ejemplares para reseña este año."),  # the giving denied
        (_ES, "La editorial publicó el libro para la crítica y el público."),  # for critics, no giving
        (_ES, "La editorial publicó una reseña del libro en su propia revista."),  # no giving
        (_GA, "Beidh cóip nua ar fáil ón bhfoilsitheoir an tseachtain seo chugainn."),  # ga: a new copy next week
        (_HU, "A kiadó a filmjogokat is átadta egy budapesti stúdiónak."),  # hu: film rights to a studio
        (_HU, "A kiadó a szerzőnek is rendelkezésére bocsátotta az archívumot."),  # hu: an archive to the author, no copy
    ]
    for paragraphs, note in cases:
        assert read_notes(_review(paragraphs, note)).disclosure is None, note


def test_review_team_recruited_is_a_call():
    body = ("한 소도시의 겨울을 따라가는 조용한 소설이다. 문장이 단정하고 인물들이 오래 남는다.\n\n"
            "결말은 조금 아쉽지만 읽는 내내 즐거웠다.\n\n")
    assert read_notes(body + "출판사 공식 블로그를 구독하시면 서평단 모집 소식을 먼저 받아보실 수 있습니다.").disclosure is None
    assert read_notes(body + "출판사 서평단 신청은 이번 주 금요일까지입니다.").disclosure is None
    # the writer's own copy through a review team stays a disclosure
    assert read_notes(body + "※ 출판사 서평단으로 책을 제공받아 읽고 쓴 글입니다.").disclosure
    assert read_notes(body + "서평단에 참여하여 받은 책을 읽고 솔직하게 썼습니다.").disclosure
    ja = "静かな冬の物語で、文章が美しい。\n\n結末は少し物足りないが、満足した。\n\n"
    assert read_notes(ja + "出版社の献本募集は来月から始まります。").disclosure is None
    assert read_notes(ja + "※出版社より献本いただきました。").disclosure


def test_celtic_out_of():
    assert find_rating(["Mo mheas: ceithre réalta as cúig"]).value == 0.8  # ga
    assert find_rating(["Mo bhreith: trí réalta as cúig"]).value == 0.6
    assert find_rating(["Ma notenn: pevar steredenn war pemp"]).value == 0.8  # br
    # near misses: a count of books, not a score; English "as" and "war" beside numbers
    assert find_rating(["Tá trí leabhar as cúig ar an liosta gearr."]) is None
    assert find_rating(["Two war veterans and five children share the farm."]) is None
    assert find_rating(["Four stars as usual from me."]).raw == "Four stars"


def test_ordinary_review_left_alone():
    # pt: a house that sent the novel to bookshops, and critics who liked it, in a plain closing paragraph
    pt = ("O romance acompanha uma professora durante um inverno longo.\n\n"
          "A editora enviou o livro às livrarias em março e a crítica gostou; eu também, para ser honesto.")
    assert read_notes(pt).disclosure is None
