"""s35 detworld: short reviews in the Indic scripts (own words and markup).

- ``indicmustread``: the book "to be read", the obligative or gerundive of reading said of the book ("यह उपन्यास धीरे
  पढ़ा जाना चाहिए", "ಓದಬೇಕಾದ ಪುಸ್ತಕ"), is the reviewer's recommendation; not "I should read more", not a quotation.
- ``reviewwords``: "this collection" in Hindi and Nepali ("यह संग्रह", "यो कथासङ्ग्रह"), Kannada's "this novel" with an
  adjective between ("ಈ ಐತಿಹಾಸಿಕ ಕಾದಂಬರಿ"); not a museum ("संग्रहालय"), not "this year's book".
- ``reservation``: Nepali's hedges, its word for the end, "preachy", and its negation ("छैन": praise, not a fault).
- ``bookdashowner``: Nepali's genitive written on the name before a book noun ("Aको यो उपन्यास") names the owner of
  the headline's "T — A".
"""

from scraper.extract import extract_page
from scraper.extract.indicmustread import must_read
from scraper.extract.readernotes import references
from scraper.extract.reservation import reserves


def _page(lang: str, headline: str, paras: list[str], tags: list[str] = ()) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    tag_links = "".join(f'<a rel="tag">{t}</a>' for t in tags)
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline} – ब्लॉग</title></head>
<body class="post-template-default single single-post"><article class="post type-post hentry">
<header class="entry-header"><h1 class="entry-title">{headline}</h1></header>
<div class="entry-content">{body}</div>
<footer class="entry-footer"><span class="tags-links">{tag_links}</span></footer></article></body></html>"""


_HI = ["निर्मला वर्मा का यह उपन्यास एक छोटे पहाड़ी कस्बे की तीन सर्दियों की कहानी है। बूढ़ा डाकिया, उसकी बेटी और "
       "एक परदेसी अध्यापक धीरे-धीरे एक-दूसरे के अकेलेपन को पहचानते हैं, पर कोई कुछ कहता नहीं।",
       "भाषा बहुत सधी हुई है और हर अध्याय किसी चिट्ठी की तरह खत्म होता है। मैंने आखिरी पन्ने दो बार पलटे। यह उपन्यास "
       "जल्दी में नहीं, रात को चाय के साथ धीरे-धीरे पढ़ा जाना चाहिए।"]


def test_hindi_short_review_with_its_book_to_be_read():
    record = extract_page(_page("hi", "बर्फ़ की चिट्ठियाँ — निर्मला वर्मा", _HI, ["वर्मा"]),
                          "https://chitthiyan.example.in/2026/11/barf-ki-chitthiyan/")
    assert record.is_review
    assert (record.book_title, record.book_author) == ("बर्फ़ की चिट्ठियाँ", "निर्मला वर्मा")


def test_hindi_short_post_saying_i_should_read_more_is_no_review():
    paras = [_HI[0], "भाषा बहुत सधी हुई है, ऐसा सुना है। यह उपन्यास अगले महीने दुकानों में आएगा और मुझे इस साल और "
                     "कहानियाँ पढ़नी चाहिए, यही सोचकर सूची बना रही हूँ।"]
    record = extract_page(_page("hi", "बर्फ़ की चिट्ठियाँ — निर्मला वर्मा", paras, ["वर्मा"]),
                          "https://chitthiyan.example.in/2026/11/barf-ki-chitthiyan/")
    assert not record.is_review


def test_must_read_forms_and_near_misses():
    assert must_read(["ಹಳೆಯ ತಲೆಮಾರಿನ ಓದುಗರು ಮತ್ತೊಮ್ಮೆ ಓದಬೇಕಾದ ಪುಸ್ತಕ."])
    assert must_read(["यह संग्रह हर कविता-प्रेमी को पढ़ना चाहिए।"])
    assert not must_read(["मुझे इस साल ज़्यादा पढ़ना चाहिए।"])  # (no book named: the writer's own resolve)
    assert not must_read(["“यह संग्रह हर किसी को पढ़ना चाहिए,” प्रकाशक ने कहा।"])  # (a quotation: another's)
    assert not must_read(["क्या यह किताब हर किसी को पढ़नी चाहिए?"])  # (a question)


def test_demonstrative_references_and_near_misses():
    assert references("यह संग्रह छोटा है। यो कथासङ्ग्रह पुरानो हो।") == 2
    assert references("ಈ ಐತಿಹಾಸಿಕ ಕಾದಂಬರಿಯನ್ನು ಓದಿದೆ.") == 1
    assert references("इस संग्रहालय में पुरानी मूर्तियाँ हैं।") == 0
    assert references("ಈ ವರ್ಷದ ಪುಸ್ತಕ ಮೇಳ ದೊಡ್ಡದಾಗಿತ್ತು.") == 0


_NE = ["रमा शर्माको यो उपन्यास पहाडको एउटा सानो बजारमा तीन पुस्ताको कथा हो। हजुरआमाको पसल, छोराको विदेश यात्रा र "
       "नातिनीको फर्काइ सबै एउटै आँगनमा बुनिएका छन्। लेखिकाले गाउँको बोली, चाडपर्वका गीत र साना झगडाहरू यति नजिकबाट "
       "लेखेकी छिन् कि पढ्दा आफ्नै घरको सम्झना आउँछ।",
       "भाषा सरल छ र संवाद जीवित। बीचका केही अध्याय अलि सुस्त लागे, तर अन्तिम भाग मनमै बस्छ।"]


def test_nepali_short_review_with_a_hedged_fault():
    record = extract_page(_page("ne", "आँगनको पसल — रमा शर्मा", _NE),
                          "https://pustakghar.example.com.np/posts/aanganko-pasal/")
    assert record.is_review
    assert (record.book_title, record.book_author) == ("आँगनको पसल", "रमा शर्मा")


def test_nepali_negated_fault_is_praise_not_a_reservation():
    assert reserves(["बीचका केही अध्याय पनि सुस्त छैनन्, तर अन्तिम भाग झन् राम्रो छ।"]) is False
    assert reserves(["बीचका केही अध्याय अलि सुस्त लागे, तर अन्तिम भाग मनमै बस्छ।"]) is True


def test_nepali_publisher_notice_under_the_same_headline_is_no_review():
    paras = ["रमा शर्माको यो उपन्यास अर्को महिना हाम्रो प्रकाशनबाट बजारमा आउँदैछ। पहाडको एउटा सानो बजारमा तीन "
             "पुस्ताको कथा भएको यो पुस्तक चार सय पृष्ठको छ।",
             "पूर्व-आदेशका लागि हाम्रो पसलमा सम्पर्क गर्नुहोस्। विमोचन कार्यक्रमको मिति छिट्टै सार्वजनिक गरिनेछ।"]
    record = extract_page(_page("ne", "आँगनको पसल — रमा शर्मा", paras),
                          "https://pustakghar.example.com.np/posts/aanganko-pasal/")
    assert not record.is_review


# --- bookopeningthis: "T: remark" over "A B's this <book noun> …" ---------------------------------------------------

_KN = ["ಸುಮಾ ನಾಗರಾಜ ಅವರ ಈ ಸಾಮಾಜಿಕ ಕಾದಂಬರಿಯನ್ನು ಕಳೆದ ವಾರ ಬಸ್ಸಿನಲ್ಲಿ ಓದಿ ಮುಗಿಸಿದೆ. ಒಂದು ಸಣ್ಣ ಊರಿನ ಅಂಚೆ ಕಚೇರಿಯಲ್ಲಿ "
       "ಕೆಲಸ ಮಾಡುವ ಹುಡುಗಿಯ ಮೂರು ವರ್ಷಗಳ ಕಥೆ ಇದು.",
       "ನಾಗರಾಜರು ಊರಿನ ಜನರ ಮಾತುಗಳನ್ನು ತುಂಬಾ ಸಹಜವಾಗಿ ಬರೆಯುತ್ತಾರೆ. ಪತ್ರಗಳ ಮೂಲಕ ಬೆಳೆಯುವ ಸ್ನೇಹದ ಅಧ್ಯಾಯಗಳು ಮನಸ್ಸಿಗೆ "
       "ಹತ್ತಿರವಾಗುತ್ತವೆ. ಹುಡುಗಿಯ ತಾಯಿ, ಹಳೆಯ ಪೋಸ್ಟ್‌ಮಾಸ್ಟರ್, ಪಕ್ಕದ ಮನೆಯ ಶಿಕ್ಷಕ ಎಲ್ಲರೂ ಕೆಲವೇ ಪುಟಗಳಲ್ಲಿ ಜೀವಂತವಾಗುತ್ತಾರೆ; "
       "ಮಳೆಗಾಲದ ಊರಿನ ವರ್ಣನೆಯೂ ಸುಂದರವಾಗಿದೆ, ಭಾಷೆ ಸರಳ ಮತ್ತು ಆಪ್ತ. ಕೆಲವು ಅಧ್ಯಾಯಗಳು ಸ್ವಲ್ಪ ನಿಧಾನವೆನಿಸಿದರೂ ಕೊನೆಯ ಭಾಗ ಚೆನ್ನಾಗಿದೆ. ಹೊಸ ಓದುಗರು ಓದಬೇಕಾದ ಪುಸ್ತಕ."]


def test_kannada_headline_title_and_opening_owner_of_this_novel():
    record = extract_page(_page("kn", "ಅಂಚೆಮನೆ: ಒಂದು ಊರಿನ ಪತ್ರಗಳು", _KN),
                          "https://odumane.example.blogspot.com/2026/11/anchemane.html")
    assert record.is_review
    assert (record.book_title, record.book_author) == ("ಅಂಚೆಮನೆ", "ಸುಮಾ ನಾಗರಾಜ")


def test_kannada_owner_never_named_again_is_no_author():
    paras = [_KN[0], _KN[1].replace("ನಾಗರಾಜರು", "ಲೇಖಕಿ")]  # (the text calls her "the writer" only: no name said again)
    record = extract_page(_page("kn", "ಅಂಚೆಮನೆ: ಒಂದು ಊರಿನ ಪತ್ರಗಳು", paras),
                          "https://odumane.example.blogspot.com/2026/11/anchemane.html")
    assert record.book_author != "ಸುಮಾ ನಾಗರಾಜ"


def test_my_own_this_book_is_no_owner():
    paras = ["ನನ್ನ ಅಕ್ಕನ ಈ ಹಳೆಯ ಪುಸ್ತಕವನ್ನು ಅಟ್ಟದಲ್ಲಿ ಕಂಡೆ. " + _KN[0].split(". ", 1)[1], _KN[1]]
    record = extract_page(_page("kn", "ಅಂಚೆಮನೆ: ಒಂದು ಊರಿನ ಪತ್ರಗಳು", paras),
                          "https://odumane.example.blogspot.com/2026/11/anchemane.html")
    assert record.book_author != "ನನ್ನ ಅಕ್ಕನ"
