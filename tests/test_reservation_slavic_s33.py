"""A critic's reservation, the fault of the book's craft granted and hedged (reservation.py), read in the languages it
did not read (detshort, s33): Ukrainian, Belarusian, Bulgarian, Serbian and Croatian (both scripts), Czech, Slovak and
Hungarian. A short third-person capsule closing on its book's record ("some chapters seem superfluous, but the ending
…") is a review, as one in Russian or Polish already was. Not a blurb's praise by negation ("the plot is never
boring"), nor a news item reporting what critics said, nor a prize shortlist's notice, nor a cover reveal. Texts of
our own.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.reservation import reserves


def _page(lang: str, title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            '<meta property="article:published_time" content="2026-11-20T09:00:00+00:00"></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


_UK = [
    "Мирослава Лісна написала повість про родину садівників, що три покоління доглядає виноградник над Дністром.",
    "Лісна пише коротко і точно: кожен розділ — один рік, одна погода, один урожай. Найкраще вдалися сцени збору "
    "винограду, коли вся родина працює мовчки до ночі.",
    "Деякі розділи про місто здаються зайвими, але фінал повертає до саду і тримає до останньої сторінки.",
    "Мирослава Лісна, «Виноградник над Дністром», Чернівці, 2026.",
]


def test_a_ukrainian_capsule_granting_a_fault_is_a_review():
    record = extract_page(_page("uk", "Осінь над рікою", _UK), "https://notatky.example.ua/2026/11/vynohradnyk/")
    assert record.kind == "review", (record.kind, record.reason)
    assert record.book_title == "Виноградник над Дністром"


_SR = [
    "Jelena Marković je napisala kratak roman o porodici koja jednog leta gubi imanje kraj Dunava.",
    "Marković piše jednostavno, a njene rečenice nose miris prašine i lipe. Najbolje su stranice o deci koja ne "
    "razumeju šta se oko njih dešava.",
    "Sporedni likovi su ponekad tanki, ali poslednje poglavlje dugo ostaje u sećanju.",
    "<em>Jelena Marković, Leto u Sremu, Novi Sad, 2026.</em>",
]


def test_a_serbian_capsule_granting_a_fault_is_a_review():
    record = extract_page(_page("sr", "Prašina i lipe", _SR), "https://citanje.example.rs/2026/11/leto-u-sremu/")
    assert record.kind == "review", (record.kind, record.reason)


def test_the_reservation_is_read_in_each_new_language():
    assert reserves(["Деякі розділи про місто здаються зайвими, але фінал сильний."])
    assert reserves(["Sporedni likovi su ponekad tanki, ali kraj je snažan."])
    assert reserves(["Некаторыя раздзелы здаюцца лішнімі, але фінал моцны."])
    assert reserves(["Některé kapitoly jsou zdlouhavé, ale konec je silný."])
    assert reserves(["A párbeszédek néhol vontatottak, a befejezés viszont erős."])


def test_praise_by_negation_is_no_reservation():
    assert not reserves(["Сюжет ніколи не буває нудним, але читач має бути уважним."])
    assert not reserves(["Radnja nije dosadna ni na jednoj stranici, ali traži strpljenje."])
    assert not reserves(["A cselekmény soha nem unalmas, bár sok a szereplő."])


def test_critics_reported_judgement_is_no_reservation():
    assert not reserves(["Kritičari su pisali da su likovi ponekad tanki, ali je roman ipak nagrađen."])
    assert not reserves(["Журі зазначило, що деякі розділи здаються зайвими, але відзнаку вручило."])


def test_a_prize_shortlist_entry_quoting_the_jury_is_no_review():
    paragraphs = [
        "Roman Jelene Marković Leto u Sremu ušao je u uži izbor za nagradu Zlatna lipa, objavio je žiri u ponedeljak.",
        "Prema rečima žirija, sporedni likovi su ponekad tanki, ali poslednje poglavlje je među najjačim stranicama "
        "ove godine. Pobednik će biti proglašen 15. decembra u Narodnoj biblioteci.",
        "Jelena Marković, Leto u Sremu, Novi Sad, 2021.",
    ]
    record = extract_page(_page("sr", "Uži izbor za Zlatnu lipu", paragraphs), "https://vesti.example.rs/2026/11/uzi-izbor/")
    assert record.kind != "review", (record.kind, record.reason)


def test_a_ukrainian_cover_reveal_praising_by_negation_is_no_review():
    paragraphs = [
        "Нарешті можемо показати обкладинку нової повісті Мирослави Лісної! Художниця Олена Гай намалювала виноградник "
        "над Дністром на світанку.",
        "Сюжет ніколи не буває нудним, обіцяє редакторка, а фінал повертає до саду. Книжка вийде друком у березні, "
        "передзамовлення вже відкрите.",
        "Мирослава Лісна, «Виноградник над Дністром», Чернівці, 2027.",
    ]
    record = extract_page(_page("uk", "Обкладинка нової повісті", paragraphs),
                          "https://vydavnytstvo.example.ua/2026/11/obkladynka/")
    assert record.kind != "review", (record.kind, record.reason)
