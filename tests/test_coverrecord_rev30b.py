"""bodyfields._prepend_cover, narrowed (rev30b): the cover's record caption before the post body is copied to the top
of the body only where the body does not already give that record (its title and its house), as a closing record
line does. Pages invented for these tests, in our own words."""

from __future__ import annotations

from scraper.extract import extract_page

_PROSE = {
    "de": ("Der neue Roman von Mira Vogel erzählt von einer Schleusenwärterin am Kanal, die jeden Morgen dieselben "
           "Boote durchlässt und darüber ihr eigenes Leben vergisst. Vogel schreibt knapp und genau.",
           "Die Nebenfiguren sind wunderbar, vor allem der alte Fährmann, der jeden Tag dieselbe Geschichte erzählt."),
    "pl": ("Powieść o nadmorskiej wsi, w której babcia rządzi warzelnią soli i nikomu nie ustępuje w sporze. Język "
           "Kowalewskiego jest suchy i dokładny, każdy rozdział to miesiąc, każda pogoda to wydarzenie.",
           "Podobało mi się, jak mało się tu tłumaczy i jak wiele mimo to rozumiemy, nawet o wnuczce."),
    "ru": ("Роман о приморской деревне, где бабушка управляет соляными прудами и никому не уступает в споре. Язык "
           "Сабурова сухой и точный, каждая глава — месяц, каждая погода — событие.",
           "Мне понравилось, как мало здесь объясняется и как много всё равно понимаешь, даже про внучку."),
}
_CAPTIONS = {"de": ("Mira Vogel, „Die Schleuse“, Kanal Verlag", "Mira Vogel, „Die Schleuse“, Kanal Verlag, 2025, "
                                                                "288 Seiten."),
             "pl": ("Tadeusz Kowalewski, „Solny ogród”, Wydawnictwo Brzeg",
                    "Tadeusz Kowalewski, „Solny ogród”, Wydawnictwo Brzeg, Gdańsk 2025, 312 stron."),
             "ru": ("Аркадий Сабуров, «Соляной сад», издательство Берег",
                    "Аркадий Сабуров, «Соляной сад». — М.: издательство Берег, 2025. — 312 с.")}


def _page(lang: str, closing: bool) -> str:
    first, second = _PROSE[lang]
    caption, record = _CAPTIONS[lang]
    tail = f"<p>{record}</p>" if closing else ""
    return (f"<html lang='{lang}'><head><title>Salz</title></head><body><main><article class='post'><h1>Salz</h1>"
            f"<figure class='post-thumbnail'><img src='/media/cover-1.jpg' alt='Cover'><figcaption>{caption}"
            f"</figcaption></figure><div class='post-body'><p>{first}</p><p>{second}</p><p>{first}</p>{tail}</div>"
            f"</article></main></body></html>")


def test_a_record_the_body_closes_with_is_not_copied_again():
    for lang in ("de", "pl", "ru"):
        record = extract_page(_page(lang, True), f"https://salt.example.org/{lang}/salt")
        title = _CAPTIONS[lang][0].split(", ")[1]
        assert record.body_text.count(title) == 1, (lang, record.body_text)


def test_without_the_record_in_the_body_the_cover_is_copied():
    for lang in ("de", "pl", "ru"):
        record = extract_page(_page(lang, False), f"https://salt.example.org/{lang}/salt")
        assert _CAPTIONS[lang][0] in record.body_text, (lang, record.body_text)
