"""A fediverse post's subject or content warning, printed as the summary of a <details> around the post's text, is the
poster's own first line (the body helper, round 28, on the spent corpora's failures).

"<details open><summary>review: T (A) - cw: grief</summary><div class=e-content>…</div></details>": the body found is
the content box; hiddentext.subject_line sets the summary as its first paragraph. What stays as it was: a details that
holds more than the post (a folded section with other text beside the body), a summary of more than forty words, a
page with no details. Our own words and markup, Portuguese, English and German.
"""

from __future__ import annotations

import lxml.html

from scraper.extract import extract_page
from scraper.extract.hiddentext import subject_line

PT = ["Terminei na madrugada de domingo e fiquei um bom tempo olhando para o teto. O romance acompanha uma filha que volta "
      "à cidade do pai depois do enterro e encontra as cartas que ele nunca mandou.",
      "O que mais me pegou foi a voz: frases curtas, quase secas, que de repente se abrem numa lembrança de infância. "
      "O meio do livro arrasta um pouco, mas o final compensa com sobra.",
      "Recomendo para quem gostou de romances de luto contados sem sentimentalismo. Nota quatro de cinco."]


def _activity(ident: str, user: str, inner: str, highlight: bool = False) -> str:
    kind = "conversation-highlight" if highlight else "conversation-parent"
    return (f"<div class='activity {kind}' id='{ident}'><div class='activity-content'>"
            f"<div class='p-author h-card'><a class='u-url' href='/users/{user}'><bdi class='p-name'>{user}</bdi></a></div>"
            f"{inner}<div class='activity-info'><a class='u-url u-uid' href='/notice/{ident}'>"
            "<time class='dt-published' datetime='2026-11-20T20:00:00Z'>20/11/2026 20:00</time></a></div></div></div>")


def _status(summary: str, paragraphs: list[str]) -> str:
    """A thread as a fediverse engine's static page prints it: the post asked about, the focal post with its summary, a
    reply."""
    inner = "".join(f"<p>{p}</p>" for p in paragraphs)
    focal = (f"<details class='status-body' open><summary class='p-summary'>{summary}</summary>"
             f"<div class='e-content'>{inner}</div></details>")
    return ("<html><head><title>Ana: \"resenha\" - estante.example</title></head><body><div class='container'>"
            "<div class='conversation'>"
            + _activity("AbC122", "bia", "<div class='e-content'><p>alguém já leu o livro do mês? quero opiniões</p></div>")
            + _activity("AbC123", "ana", focal, highlight=True)
            + _activity("AbC124", "caio", "<div class='e-content'><p>li também, achei o meio lento mas gostei</p></div>")
            + "</div></div></body></html>")


def test_the_summary_of_a_posts_details_is_its_first_line():
    for summary in ("resenha: As cartas do meu pai (Inês Valadares) — cw: luto, doença",
                    "review: The Letters (Ines Valadares) - cw: grief",
                    "Rezension: Die Briefe (Ines Valadares) – Inhaltswarnung: Trauer"):
        record = extract_page(_status(summary, PT), "https://estante.example/notice/AbC123")
        assert record.body_text.startswith(summary), record.body_text[:120]
        assert PT[2] in record.body_text


def _body(html: str):
    root = lxml.html.fromstring(html)
    return root, root.cssselect(".e-content")[0]


def test_what_is_no_posts_subject_line():
    # a details holding other text beside the body: a folded section of the page
    root, body = _body("<div><details><summary>More from this shelf</summary><p>" + " ".join(["Another post, another book."] * 20)
                       + "</p><div class='e-content'><p>Short text of the post.</p></div></details></div>")
    assert not subject_line(body)
    # a summary too long to be a subject line
    root, body = _body("<div><details><summary>" + " ".join(["word"] * 45) + "</summary><div class='e-content'><p>"
                       + " ".join(PT) + "</p></div></details></div>")
    assert not subject_line(body)
    # no details at all
    root, body = _body("<div><div class='e-content'><p>Text.</p></div></div>")
    assert not subject_line(body)


def test_the_line_is_set_first_and_the_text_keeps_its_order():
    root, body = _body("<div><details open><summary>cw: grief</summary><div class='e-content'>Loose words "
                       "<p>First paragraph.</p></div></details></div>")
    assert subject_line(body)
    assert body[0].tag == "p" and body[0].text == "cw: grief"
    assert (body[0].tail or "").strip() == "Loose words" and not (body.text or "").strip()
