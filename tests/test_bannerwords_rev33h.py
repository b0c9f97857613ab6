"""siteheading.banner_heading: the post's h2 carries the rest of <title> after its review label, apostrophes, "&" and
brackets are set aside (rev33h)."""
import lxml.html

from scraper.extract.siteheading import banner_heading


def _page(title, h2, site="Harbour Pages"):
    return lxml.html.fromstring(f"<html><head><title>{title} – {site}</title></head><body><header><h1>{site}</h1>"
                                f"</header><main><article><h2>{h2}</h2><p>Text.</p></article></main></body></html>")


def test_the_post_heading_without_its_label_or_punctuation_is_the_title_rest():
    for title, h2 in [("Review: The Salt Orchard", "The Salt Orchard"), ("Rezension: Der stille Hafen", "Der stille Hafen"),
                      ("Mina & Leo’s Winter", "Mina and Leo's Winter"), ("The Salt Orchard (Varga)", "The Salt Orchard – Varga"),
                      ("Critique : Le Phare noir", "Le Phare noir")]:
        assert banner_heading(_page(title, h2), "Harbour Pages", f"{title} – Harbour Pages"), title


def test_an_unrelated_h2_is_no_post_heading():
    for title, h2 in [("Review: The Salt Orchard", "Recent posts"), ("The Salt Orchard", "Archive of the month")]:
        assert not banner_heading(_page(title, h2), "Harbour Pages", f"{title} – Harbour Pages"), title


def test_extract_page_keeps_the_post_title_and_book():
    from scraper.extract import extract_page
    paras = "".join(f"<p>{t}</p>" for t in [
        "I opened The Salt Orchard on a wet Sunday and did not close it until the lamps were lit. Varga writes two "
        "brothers who keep an orchard by the sea, and the book follows one long year of gales and quarrels.",
        "The prose is plain and exact, and the quiet scenes among the trees are the best in the novel. I loved the "
        "way the elder brother keeps a ledger, and how its entries slowly tell us what he will not say aloud.",
        "Not everything works: the middle third drags, and a subplot about a hotel goes nowhere. Still, this is a "
        "novel I will press on friends, and I am already looking for Varga's earlier books.",
        "Verdict: a patient, salty, generous book. Four stars from me."])
    page = ("<html><head><title>Review: The Salt Orchard – Harbour Pages</title></head><body><header><h1>Harbour "
            f"Pages</h1></header><main><article><h2>The Salt Orchard</h2>{paras}</article></main></body></html>")
    record = extract_page(page, "https://harbourpages.example/2025/03/salt-orchard/")
    assert record.title == "Review: The Salt Orchard"
    assert record.is_review
