"""A Hindi headline "T — A" whose name the text makes the subject of a sentence about "this novel" ("A इस उपन्यास में …
दिखाते हैं": A shows, in this novel, …) gives the book's title and author, though the text never calls A the owner
through a possessive (s37, bookdashsubject, asked by bookdashowner.dashed_owner). A heroine the text keeps naming,
or a name whose sentence says nothing of the work, is no author. Texts of our own."""

from __future__ import annotations

from scraper.extract import extract_page


def _page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="hi"><head><meta charset="utf-8"><title>{title}</title>'
            '<meta property="article:published_time" content="2026-11-20T09:00:00+05:30"></head><body>'
            f'<article class="post"><h3 class="post-title entry-title">{title}</h3>'
            f'<div class="post-body entry-content">{body}</div></article></body></html>')


_PLOT = ("सुधा एक छोटे कस्बे की अध्यापिका है जो अपने बूढ़े पिता के साथ रहती है, और उसका भाई बरसों पहले शहर जाकर लौटा नहीं। "
         "एक बरसात में जब भाई की चिट्ठी आती है, तो घर के पुराने झगड़े और नई उम्मीदें एक साथ सामने आ जाती हैं।")
_CLOSE = ("कहानी धीमी है और कुछ हिस्से आज थोड़े लंबे लगते हैं, पर भाषा की सादगी और कस्बे की हवा इसे आज भी पढ़ने लायक "
          "बनाती है। जिन्हें पारिवारिक कहानियाँ पसंद हैं, उन्हें यह किताब ज़रूर अच्छी लगेगी।")


def test_the_name_after_the_dash_acting_in_this_novel_is_the_author():
    middle = ("रामनाथ इस उपन्यास में रिश्तों की थकान को किसी भाषण से नहीं, एक चुप घर से दिखाते हैं। पिता की चुप्पी मुझे "
              "सबसे ज़्यादा याद रह गई — वह नाराज़ नहीं होता, बस इंतज़ार करता है।")
    record = extract_page(_page("बरसात की चिट्ठी — रामनाथ", [_PLOT, middle, _CLOSE]),
                          "https://panne.example.in/2026/11/barsat-ki-chitthi.html")
    assert record.book_title == "बरसात की चिट्ठी" and record.book_author == "रामनाथ", (record.kind, record.reason)


def test_a_heroine_the_text_keeps_naming_is_no_author():
    plot = _PLOT.replace("सुधा एक", "रुक्मिणी एक")
    middle = ("रुक्मिणी इस उपन्यास की नायिका है और पूरी कहानी उसी की आँखों से दिखती है। रुक्मिणी की चुप्पी मुझे सबसे ज़्यादा "
              "याद रह गई — वह नाराज़ नहीं होती, बस इंतज़ार करती है।")
    record = extract_page(_page("बरसात की चिट्ठी — रुक्मिणी", [plot, middle, _CLOSE]),
                          "https://panne.example.in/2026/11/barsat-ki-chitthi.html")
    assert record.book_author != "रुक्मिणी"


def test_a_name_whose_sentence_says_nothing_of_the_work_is_not_read():
    middle = ("रामनाथ दिल्ली में बरसों तक अख़बारों के लिए लिखते रहे और फिर लखनऊ लौट आए। पिता की चुप्पी मुझे सबसे ज़्यादा "
              "याद रह गई — वह नाराज़ नहीं होता, बस इंतज़ार करता है।")
    record = extract_page(_page("बरसात की चिट्ठी — रामनाथ", [_PLOT, middle, _CLOSE]),
                          "https://panne.example.in/2026/11/barsat-ki-chitthi.html")
    assert record.book_author != "रामनाथ"
