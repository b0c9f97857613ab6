"""A cover's caption that is the reviewed book's record is review text; a photo's credit is not (recordcaption)."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.recordcaption import record_caption, record_parts

_PARAS = {
    "es": ["Leí esta novela de Marta Quiroga en dos noches de invierno y todavía me acompaña su tono seco y preciso.",
           "Quiroga escribe sobre un pueblo de pescadores donde nadie dice lo que piensa, y cada capítulo suma una voz nueva.",
           "El final me pareció apresurado, pero la mayor parte del libro es de lo mejor que leí este año, sin dudas."],
    "cs": ["Tuhle knihu Petra Hrubého jsem četla pomalu, protože každá kapitola nese jiný hlas a jinou paměť rodiny.",
           "Hrubý píše o malém městě na severu, kde se všichni znají a nikdo o ničem nemluví, a dělá to velmi přesně.",
           "Závěr mi přišel trochu uspěchaný, ale jako celek je to jedna z nejlepších knih, které jsem letos četla."],
}


def _blog(caption: str, alt: str, language: str = "es", src: str = "/wp-content/uploads/2026/11/foto.jpg") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _PARAS[language])
    return (f'<html lang="{language}"><head><title>Una reseña</title></head><body><article class="post">'
            f'<h1 class="entry-title">Una reseña</h1><div class="entry-content">'
            f'<figure class="wp-block-image"><img src="{src}" alt="{alt}"><figcaption class="wp-element-caption">{caption}'
            f'</figcaption></figure>{paragraphs}</div></article></body></html>')


def _magazine(caption: str, alt: str, language: str = "cs") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _PARAS[language])
    return (f'<html lang="{language}"><head><title>Recenze</title></head><body><main><article class="mg-article">'
            f'<h1 class="mg-article__title">Dům na kraji lesa</h1>'
            f'<figure class="mg-article__picture"><img src="/img/x.jpg" alt="{alt}"><figcaption>{caption}</figcaption></figure>'
            f'<div class="mg-article__content">{paragraphs}</div></article></main></body></html>')


def _kept(html: str, caption: str) -> bool:
    return caption in extract_page(html, "https://blog.example.org/2026/11/resena/").body_markdown


@pytest.mark.parametrize("caption", [
    "El faro de sal, de Marta Quiroga (Editorial Brisa)",
    "El faro de sal, de Marta Quiroga (Editorial Brisa, 2025)",
    "Marta Quiroga: El faro de sal (Brisa)",
    "«El faro de sal», Marta Quiroga",
    "El faro de sal – Marta Quiroga",
])
def test_cover_caption_with_the_record_is_kept_in_a_blog(caption):
    assert _kept(_blog(caption, "Portada del libro"), caption)


def test_the_file_name_spelling_the_title_names_the_book():
    caption = "El faro de sal, de Marta Quiroga (Brisa)"
    assert _kept(_blog(caption, "", src="/wp-content/uploads/2026/11/el-faro-de-sal.jpg"), caption)


def test_lead_cover_before_the_text_box_is_moved_into_it():
    caption = "Petr Hrubý: Dům na kraji lesa (Větrné mlýny)"
    assert _kept(_magazine(caption, "obálka knihy"), caption)


@pytest.mark.parametrize("caption", [
    "Marta Quiroga en la feria del libro (Foto: Ana Ruiz)",   # a photo, credited
    "Retrato de Marta Quiroga (Télam)",                        # a portrait: no cover, no title named
    "Foto de Marta Quiroga (Archivo)",                         # the credit alone
    "El faro de sal, de Marta Quiroga (Reuters)",              # a wire's name in the bracket
    "El faro de sal, de Marta Quiroga (© Ana Ruiz)",           # a copyright
])
def test_photo_credits_and_portraits_are_left_to_go(caption):
    assert not _kept(_blog(caption, "Marta Quiroga" if "Retrato" in caption else "Portada del libro"), caption)


def test_a_name_the_text_never_says_is_no_record_of_the_post_s_book():
    caption = "Las horas quietas, de Lucía Fernández Ibarra (Brisa)"
    assert not _kept(_blog(caption, "Portada del libro"), caption)


def test_a_desk_photo_over_the_text_stays_outside_its_box():
    # no cover named by the picture: a news desk's lead photo, not moved into the text
    caption = "Petr Hrubý: Dům na kraji lesa (Větrné mlýny)"
    assert not _kept(_magazine(caption, ""), caption)


@pytest.mark.parametrize("text, parts", [
    ("Ewa Nowicka: Sad za rzeką (Znak, 2024)", ("Sad za rzeką", "Ewa Nowicka")),
    ("Il giardino di pietra, di Paolo Ferri (Sellerio)", ("Il giardino di pietra", "Paolo Ferri")),
    ("A casa das marés, de João Serra", ("A casa das marés", "João Serra")),
    ("Kovács Anna: Téli kert (Magvető)", ("Téli kert", "Kovács Anna")),
    ("Der stille Hafen von Jana Roth (Hanser)", ("Der stille Hafen", "Jana Roth")),
    ("Анна Петрова: Тихий сад (АСТ)", ("Тихий сад", "Анна Петрова")),
    ("The Salt Lighthouse by K. J. Moran (Faber)", ("The Salt Lighthouse", "Moran")),
])
def test_record_shapes_in_many_languages(text, parts):
    assert record_parts(text) == parts


@pytest.mark.parametrize("text", [
    "Foto: Jan Novák",
    "Ewa Nowicka. Foto: Adam Las",                # a portrait and its credit
    "Praha: pohled na most (ČTK)",                 # a place and a description, lower case
    "Widok z okna pisarki w Krakowie o świcie, gdy miasto jeszcze śpi (PAP)",
    "The harbour in winter (Photo: Getty Images)",
    "Ilustracja | Foto Adam Las",
])
def test_credits_and_descriptions_have_no_record_shape(text):
    assert record_parts(text) is None


def test_record_caption_needs_the_name_said_again():
    assert record_caption("Ewa Nowicka: Sad za rzeką (Znak)", None, "Sad za rzeką to powieść, którą Nowicka pisała dekadę.")
    assert not record_caption("Ewa Nowicka: Sad za rzeką (Znak)", None, "Sad za rzeką to powieść o rodzinie.")
