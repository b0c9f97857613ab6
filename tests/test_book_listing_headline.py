"""A headline that lists things ("Rain, a lighthouse, and two brothers", "Une grange, un chien et l'hiver") is no
"Title, subtitle": its first item is no title unless the text names it.

Near misses: "Title, a remark" headlines, and a listing headline whose first item the text names (a title).
Every text here is invented for these tests (invented books, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookenumerated import head

TEXT = "I read it in two evenings. The brothers barely speak, and the lighthouse keeps the time."


def test_the_first_item_of_a_list_is_no_title_en_fr_de():
    assert head("Rain, a lighthouse, and two brothers who stopped talking", Context(TEXT)) == ""
    assert head("Une grange, un chien et l'hiver qui ne finit pas", Context("Je l'ai lu en deux soirs.")) == ""
    assert head("Ein Dorf, zwei Katzen und ein langer Winter", Context("Ich habe es in zwei Abenden gelesen.")) == ""


def test_title_and_remark_headlines_keep_their_head():
    assert head("Il Gattopardo, riletto a Palermo", Context("Ho riletto il romanzo.")) == "Il Gattopardo"
    assert head("The Glass Orchard, finally", Context(TEXT)) == "The Glass Orchard"
    assert head("Die Wand: ein Wiederlesen", Context("Ich habe es gelesen.")) == "Die Wand"


def test_a_listing_headline_whose_head_the_text_names_keeps_it():
    text = "Harbour Lights is the third book in the series, and Harbour Lights is the best."
    assert head("Harbour Lights, a ferry and two sisters", Context(text)) == "Harbour Lights"


PAGE = """<html lang="en"><head><title>A barn, a dog, and the winter that would not end | Slow Shelves</title></head>
<body><article><h1>A barn, a dog, and the winter that would not end</h1>
<div class="entry-content">
<p>I picked this up in a charity shop because the cover had a snowed-in barn on it and I was in the mood for weather.
It turned out to be the quietest, strangest book I have read this year. A widower and his dog spend one winter on a
hill farm after the road washes out, and the novel is mostly the two of them, the animals, and the snow.</p>
<p>Thornbury writes the cold as something with a personality. Nothing much happens, and then one small thing happens
and it feels enormous. The dog is the best character, which Thornbury surely intended.</p>
<p>It drags in the middle, when the widower starts writing letters he will never send, but the last chapter made up for
it. Readers who liked slow rural novels will feel at home.</p>
<p><strong>My rating:</strong> 4/5</p>
</div>
<div class="post-tags">Tags: <a href="/tag/ruth-thornbury" rel="tag">Ruth Thornbury</a>, <a href="/tag/winter" rel="tag">winter</a></div>
</article></body></html>"""


def test_a_listing_headline_gives_no_made_up_title():
    record = extract_page(PAGE, "https://slowshelves.example.net/2026/12/a-barn-a-dog-and-the-winter")
    assert record.is_review
    assert record.book_title != "A barn"
