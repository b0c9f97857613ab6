"""A sign-up wall's consent line, narrowed (rev34a; ``controls.consent_boxes``). Own words and markup.

The wall's line names the act on a form (clicking, signing up; going on only bare: "By continuing, you agree"), the
reader in the second person and the site's terms, and it is set apart as a wall is: a short box of its own, or a link
or control in the line. A character who "accepts the conditions" is no second person; "continuing past the first
chapter" and 계속/继续 ("still", "go on") are the story's going on; a line among the review's paragraphs is the review's.
"""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "<p>The novel follows a night-shift nurse in a coastal town who starts writing letters to the patients she could "
    "not save, and slowly the letters become a record of the hospital's quiet decline over a decade.</p>",
    "<p>It is built from short chapters, some only a page long, and the voice is dry and funny even when the subject is "
    "grim; the nurse's sister, who answers every letter with a recipe, steals most of the scenes.</p>",
    "<p>The last fifty pages lose their nerve a little, but I read it in two sittings and pressed it on my mother, who "
    "finished it before I had my copy back. Recommended for anyone who has sat up with someone.</p>",
]


def _text(middle: str, lang: str = "en", end: str = "") -> str:
    html = (f"<html lang='{lang}'><head><title>Letters from the night ward | Lamplight Reads</title></head><body>"
            f"<article><h1>Letters from the night ward</h1><div class='entry-content'>{_PARAS[0]}{middle}{_PARAS[1]}"
            f"{_PARAS[2]}{end}</div></article></body></html>")
    return extract_page(html, "https://lamplight.example.org/2025/03/letters/").body_text


@pytest.mark.parametrize("wall, gone", [
    # (sv, a box of its own with its heading)
    ("<div class='wall'><h4>Gå med i kretsen</h4><p>Genom att klicka på Fortsätt godkänner du användarvillkoren och "
     "integritetspolicyn.</p></div>", "användarvillkoren"),
    # (pt, the same)
    ("<section><h4>Crie sua conta</h4><p>Ao clicar em Continuar, você concorda com os Termos de Uso.</p></section>",
     "Termos de Uso"),
    # (id, the reader named as Anda)
    ("<div><h4>Daftar sekarang</h4><p>Dengan mendaftar, Anda menyetujui Ketentuan Layanan kami.</p></div>",
     "Ketentuan Layanan"),
    # (en, going on bare, with its comma)
    ("<aside><p>By continuing, you agree to our Terms and Privacy Policy.</p></aside>", "Privacy Policy"),
    # (en, no box: the line among the paragraphs, its terms linked as a wall links them)
    ("<p>By signing up, you agree to the <a href='/legal/terms'>Terms of Service</a>.</p>", "Terms of Service"),
])
def test_wall_line_goes(wall, gone):
    text = _text("", end=wall)
    assert "night-shift nurse" in text and gone not in text


@pytest.mark.parametrize("line, lang, kept", [
    # (a reviewer's sentence among the paragraphs: no box, no link)
    ("<p>That is the app's trick: by clicking yes, you agree to terms nobody reads, and the nurse pays for it.</p>",
     "en", "terms nobody reads"),
    # (going on, with an object: the reader reading on)
    ("<div class='pull'><p>By continuing past the first letter you accept its terms: no names, no dates.</p></div>",
     "en", "no names, no dates"),
    # (a third person: es, it, sv, da; set apart in a short pull-quote box)
    ("<div class='pull'><p>Al continuar en el hospital, la enfermera acepta las condiciones del director.</p></div>",
     "es", "condiciones del director"),
    ("<div class='pull'><p>Continuando a lavorare di notte, Elsa accetta condizioni sempre peggiori.</p></div>",
     "it", "condizioni sempre peggiori"),
    ("<div class='pull'><p>Genom att fortsätta på sjukhuset godkänner hon överläkarens villkor.</p></div>",
     "sv", "överläkarens villkor"),
    ("<div class='pull'><p>Ved at fortsætte i stillingen accepterer hun hospitalets vilkår.</p></div>",
     "da", "hospitalets vilkår"),
    # (ko "still", zh "go on": no click, no reader)
    ("<div class='pull'><p>간호사는 계속 병원의 새 정책에 동의하지 않는다.</p></div>", "ko", "새 정책에 동의"),
    ("<div class='pull'><p>会议继续进行，院长表示同意新的值班政策。</p></div>", "zh", "值班政策"),
])
def test_reviewers_sentence_stays(line, lang, kept):
    assert kept in _text(line, lang=lang)
