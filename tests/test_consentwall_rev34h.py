"""controls.consent_boxes (rev34h): inside the sign-up wall's own structure (a short box with a button, a link or a
field) the looser consent forms go too: no comma after "continuing", the formal person (es "acepta", it "accetta",
pt-PT "concorda"), ja 続行すると…同意, ko 계속하면…동의, de "Mit dem Fortfahren stimmen Sie … zu". The same sentence among
the review's paragraphs, no wall around it, stays (rev34a)."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

_PARAS = ("<p>The novel follows a canal lock-keeper across the year the barges stop coming, and the pacing is patient, "
          "each season given room and the water doing half the work of the plot.</p>"
          "<p>The prose is plain and exact, the neighbours are drawn with care, and the ending refuses the easy "
          "comfort the middle seems to promise, which I admired a great deal.</p>")


def _body(inner: str, walled: bool = True) -> str:
    # (the wall after the review's paragraphs in the article; or the same words as the review's own last paragraph)
    tail = f"<div class='join-box'><h3>Members</h3><p>{inner}</p><button>OK</button></div>" if walled \
        else f"<p>{inner}</p>"
    html = ('<html lang="en"><head><meta charset="utf-8"><title>Review</title></head><body><article class="post">'
            f'<h1>The Lock</h1>{_PARAS}{tail}</article></body></html>')
    return extract_page(html, "https://towpath.example.org/the-lock/").body_text


@pytest.mark.parametrize("line", [
    "By continuing you agree to our Terms of Use and Privacy Policy.",
    "By joining you agree to the club's Terms.",
    "Mit dem Fortfahren stimmen Sie unseren Nutzungsbedingungen zu.",
    "Al registrarse, acepta nuestras Condiciones de uso.",
    "Registrandosi, accetta i Termini e l'Informativa sulla privacy.",
    "Ao continuar, concorda com os Termos e a Política de Privacidade.",
    "続行すると、利用規約に同意したことになります。",
    "계속하면 이용약관에 동의하는 것으로 봅니다.",
    "登录即表示同意《用户协议》。",
])
def test_the_wall_line_goes(line):
    body = _body(line)
    assert line not in body, body
    assert "lock-keeper" in body


@pytest.mark.parametrize("line", [
    "By continuing you agree with the heroine that the terms of the lease were never fair, and the book rewards it.",
    "Al registrarse, acepta las condiciones del capataz sin leerlas, y ahí empieza la novela.",
])
def test_the_same_words_in_prose_stay(line):
    assert line in _body(line, walled=False)
