"""A sign-up wall's consent line, its button taken by the cleaning (the s30 round; ``controls.consent_boxes``). Own words.

"By clicking Continue, you agree to the User Agreement" under "Agree & Join": the act on the form, the reader agreeing
and the site's terms as the object, in one short box; it goes with the box (its heading). A reviewer's sentence with
"you agree" names no act on a form, or no terms.
"""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "<p>Every spring I choose one novel for the people I mentor, and this year it is a quiet book about a ferry captain "
    "who keeps a notebook of every passenger she has ever carried across the strait.</p>",
    "<p>The chapters move back and forth across forty years, and the captain's notebook slowly becomes a history of the "
    "town itself, its weddings, its strikes, its drownings and its returns.</p>",
    "<p>It is not fast, and the middle drags, but the last crossing made me put the book down and stare at the wall "
    "for a long time. I recommend it to anyone who manages people.</p>",
    "<p>My score: 8/10</p>",
]


def _page(wall: str) -> str:
    return ("<html><head><title>The captain's notebook</title></head><body><main><article><h1>The captain's notebook</h1>"
            f"<div class='article-body'>{''.join(_PARAS)}{wall}</div></article></main></body></html>")


def _text(html: str) -> str:
    return extract_page(html, "https://network.example.com/pulse/the-captains-notebook").body_text


@pytest.mark.parametrize("wall, gone", [
    ("<div class='join-form'><h3>Agree &amp; Join the Network</h3><p>By clicking Continue, you agree to the User "
     "Agreement and Privacy Policy.</p></div>", ["Agree", "User Agreement"]),
    ("<div class='signup'><h3>Rejoindre le réseau</h3><p>En cliquant sur Continuer, vous acceptez les Conditions "
     "d'utilisation.</p></div>", ["Rejoindre", "Conditions"]),
    ("<div class='signup'><h3>Únete a la red</h3><p>Al hacer clic en Continuar, aceptas las Condiciones de uso y la "
     "Política de privacidad.</p></div>", ["Únete", "Condiciones"]),
    ("<div class='signup'><h3>Dem Netzwerk beitreten</h3><p>Mit dem Klick auf „Weiter“ stimmen Sie der "
     "Nutzervereinbarung zu.</p></div>", ["beitreten", "Nutzervereinbarung"]),
    ("<div class='signup'><h3>加入网络</h3><p>点击继续即表示您同意用户协议和隐私政策。</p></div>", ["加入网络", "用户协议"]),
])
def test_consent_box_goes(wall, gone):
    text = _text(_page(wall))
    assert "ferry captain" in text and "My score: 8/10" in text
    assert not any(g in text for g in gone)


@pytest.mark.parametrize("line", [
    # (no act on a form)
    "<p>By the last chapter, you agree with the captain that some crossings should never be written down, and the "
    "book earns that silence.</p>",
    # (an act, but no terms agreed to)
    "<p>By clicking through the novel's footnotes, you agree to a game the author sets, and it is worth playing.</p>",
    # (the story's character, not the reader)
    "<p>By clicking Accept, the captain's grandson signs away the boat under terms nobody in the family reads.</p>",
])
def test_reviewers_sentences_stay(line):
    html = _page("").replace("<p>My score: 8/10</p>", line + "<p>My score: 8/10</p>")
    assert line[3:40] in _text(html)
