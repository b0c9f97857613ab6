"""The newsletter's forward ask (``forwardask``) narrowed after review rev32d: the bare "forward this to a friend"
counts only as a bidding opening its sentence (a reviewer's "I wanted to forward this to a friend" tells), and the
forwarded reader's question names the reader or the mail ("you", "this", "dir", "cette lettre" …: "Who forwarded
the letter to the widow?" is the story's), a bidding to subscribe after it, not a bare "join".

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.forwardask import forward_ask


def _p(line: str):
    return fragment_fromstring(f"<p>{line}</p>")


def test_the_ask_still_goes():
    for line in ("Know a gardener? Forward this to a friend who grows tomatoes.",
                 "Send this on to someone who needs a long book this winter.",
                 "Was this forwarded to you? Subscribe at the link below.",
                 "Te reenviaron este correo? Suscríbete gratis.",
                 "On vous a transféré cette lettre ? Abonnez-vous ici.",
                 "Ist dir dieser Newsletter weitergeleitet worden? Hier abonnieren."):
        assert forward_ask(_p(line)), line


def test_the_reviewers_lines_stay():
    for line in ("When I closed it I wanted to forward this to a friend who lost her mother in the spring.",
                 "I nearly had to forward this to someone at work, it is that funny.",
                 "Who forwarded the telegram to the captain? Nobody says. Join me next week for the sequel.",
                 "Wer hat das Paket weitergeleitet? Das Buch verrät es nie – abonniert hat es keiner.",
                 "Qui a transféré le colis au notaire ? Le roman se tait. Inscrivez-vous au club de lecture du quartier."):
        assert not forward_ask(_p(line)), line


def test_extract_page_keeps_the_reviewers_wish():
    prose = ("<p>A short novel about a night nurse on a children's ward who writes letters to the parents she never "
             "meets, and keeps them in a drawer. The letters are the best thing in it.</p><p>It is sad, but never "
             "heavy, and the last letter is perfect. I read it in one sitting and then again the next day.</p>")
    line = "When I finished I wanted to forward this to a friend who works nights on a ward like that."
    html = (f"<html><head><title>Night letters</title></head><body><article><h1>Night letters</h1>"
            f"<div class='entry-content'>{prose}<p>{line}</p></div></article></body></html>")
    assert "forward this to a friend" in extract_page(html, "https://wardnotes.example.org/night-letters").body_text
