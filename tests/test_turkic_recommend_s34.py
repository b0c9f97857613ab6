"""The first-person verb of recommending in Uzbek, Azerbaijani, Kazakh and Tajik (shortverdict._RECOMMEND), which lets a
short review whose headline names its book and author ("Surname, “T”: remark", booksurnamequoted) through the
short-post gate (the s34 round; own words and markup).

Near misses: the same headline over a publisher's notice of a reprint (no first person), a post that says the
author recommends ("tavsiya qiladi", third person), and the verb alone with no book read."""

from scraper.extract import extract_page
from scraper.extract.shortverdict import _RECOMMEND

_URL = "https://kitobkoshk.example.uz/2026/11/tonggi-yol/"


def _page(headline: str, paras: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='uz'><head><title>{headline} – Kitob ko‘shki</title></head><body>"
            f"<article class='post'><h1 class='entry-title'>{headline}</h1><div class='entry-content'>{body}"
            "</div></article></body></html>")


_REVIEW = [
    "Erkin Sodiqov birinchi romanida qishloqdagi bir oila va ularning eski bog‘i haqida yozadi. Kitobni ikki "
    "kechada o‘qib chiqdim.",
    "Sodiqov odamlarni sokin va aniq tasvirlaydi, suhbatlar tabiiy, lekin oxirgi boblar shoshilinch yozilgan. Ota "
    "obrazi esa uzoq vaqt yodimda qoladi.",
    "Tili oddiy va toza, tasvirlar qisqa, har bir bobda bog‘ning yangi fasli keladi. Ba’zi qahramonlar juda "
    "o‘xshash, ularni ajratish qiyin bo‘ldi, ammo bu kichik kamchilik.",
    "Uzun qish kechalari uchun bu romanni tavsiya qilaman.",
]
_NOTICE = [
    "Erkin Sodiqov birinchi romanida qishloqdagi bir oila va ularning eski bog‘i haqida yozadi. Roman yangi "
    "nashrda chiqdi.",
    "Sodiqov romanni 1998-yilda yozgan. Yangi nashrda muallifning so‘zboshisi va rassomning suratlari bor, muqovasi "
    "qattiq, 320 sahifa.",
    "Kitobning taqdimoti bo‘lmaydi, ammo nashriyot sahifasida undan parcha o‘qish mumkin. Buyurtmalar "
    "elektron pochta orqali qabul qilinadi, yetkazib berish bepul.",
    "Kitob shahar do‘konlarida dushanbadan sotuvda bo‘ladi, narxi 60 ming so‘m.",
]


def test_a_short_uzbek_review_that_recommends_its_book_is_a_review():
    record = extract_page(_page("Erkin Sodiqov — Tonggi yo‘l", _REVIEW), _URL)
    assert record.is_review and (record.book_title, record.book_author) == ("Tonggi yo‘l", "Erkin Sodiqov")


def test_a_reprint_notice_under_the_same_headline_stays_no_review():
    record = extract_page(_page("Sodiqov, “Tonggi yo‘l”: yangi nashr", _NOTICE), _URL)
    assert not record.is_review


def test_the_third_person_is_no_recommendation():
    assert not _RECOMMEND.search("Muallif bu kitobni yoshlarga tavsiya qiladi.")
    assert not _RECOMMEND.search("Нашриёт китобро ба мактабҳо тавсия мекунад.")


def test_the_first_person_in_each_language():
    for line in ("Bu kitobni tavsiya qilaman.", "Hamkasblarimga maslahat beraman.", "Bu romanı tövsiyə edirəm.",
                 "Ин китобро тавсия медиҳам.", "Бұл кітапты ұсынамын."):
        assert _RECOMMEND.search(line), line
