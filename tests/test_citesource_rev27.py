"""reprintnote.REPRINT: a notice bidding readers to credit the source goes; a reviewer's complaint that the book
never cites its sources stays (code review rev27: "…but never bothers to cite the source of any of them" and
"…sin citar la fuente de ninguna" were removed as copyright notices)."""

import pytest

from scraper.extract.reprintnote import REPRINT


@pytest.mark.parametrize("text", [
    "Please cite the source when you share this review.",
    "Cite the source: bookshelf.example",
    "Reproducción permitida siempre que se cite la fuente.",
    "É obrigatório citar a fonte.",
    "Riproduzione consentita citando la fonte.",
    "Quellenangabe erforderlich.",
])
def test_a_notice_bidding_to_credit_the_source(text):
    assert REPRINT.search(text)


@pytest.mark.parametrize("text", [
    "Quill quotes a dozen historical letters but never bothers to cite the source of any of them.",
    "El autor reproduce una docena de cartas históricas sin citar la fuente de ninguna.",
    "O romance transcreve cartas antigas sem citar a fonte.",
    "Il libro riporta lettere d'epoca senza citare la fonte.",
    "Historians will wish she had taken the trouble to credit the source of each quotation.",
])
def test_a_reviewers_complaint_about_sources_stays(text):
    assert not REPRINT.search(text)
