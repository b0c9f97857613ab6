"""Books read from a record set apart from the review's sentences (holdout54 round, helper book54a), in our own words:

- bookbiblio._headed at the post's end: a closing box "Author: Title" over "House, year, pages" (Hungarian family
  name first, German, Czech), the author named again in the text;
- bookleadcaption.house_listed: a cover's caption "T — A, House, pages, price" with no bracket (Telugu, Kannada,
  English, Hindi);
- bookgeorgian.dashed_headline: a headline "„T“ — Given Surname: remark", the surname named again in any case;
- bookethiopic: "የA B ልብወለድ" (A B's novel) or "የA B «T»" in Amharic, the title the one quoted.
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookethiopic import ethiopic_book
from scraper.extract.bookgeorgian import dashed_headline, georgian_genitive
from scraper.extract.bookleadcaption import house_listed, lead_caption_book

# --- a record box closing the post ------------------------------------------------------------------------------

HU = ["A regény egy vidéki postás egyetlen nyaráról szól, aki minden reggel ugyanazon az úton indul el.",
      "Fekete mondatai lassúak és pontosak, a táj szinte külön szereplő lesz a könyvben.",
      "A középső rész kissé elnyúlik, de a vége mindent visszaad.",
      "Fekete Dóra: Nyári levelek", "Tó Kiadó, 2019, 208 oldal", "Támogasd a lapot havi néhány száz forinttal!"]


def test_a_closing_box_with_the_family_name_first():
    assert from_bibliography(HU, Context(" ".join(HU), (), "hu")) == ("Nyári levelek", "Fekete Dóra")


def test_a_closing_box_in_german_and_czech():
    de = ["Der Roman erzählt von einer Fährfrau am Fluss und einem Winter, der nicht enden will.",
          "Brandauer schreibt knapp und genau, ohne jede Sentimentalität.", "Ilse Brandauer: Die letzte Fähre",
          "Deich Verlag, 2024, 236 Seiten, 22 Euro"]
    assert from_bibliography(de, Context(" ".join(de), (), "de")) == ("Die letzte Fähre", "Ilse Brandauer")
    cs = ["Kniha vypráví o převoznici na řece a o zimě, která nechce skončit.",
          "Horáková píše úsporně a přesně, bez sentimentu.", "Jana Horáková: Poslední přívoz", "Argo, 2021, 240 stran"]
    assert from_bibliography(cs, Context(" ".join(cs), (), "cs")) == ("Poslední přívoz", "Jana Horáková")


def test_closing_box_near_misses():
    # the name never named in the text: a box of another book, or a quote's speaker
    other = HU[:3] + ["Kovács Ilona: Téli kert", "Tó Kiadó, 2019, 208 oldal"]
    assert from_bibliography(other, Context(" ".join(other), (), "hu")) is None
    # no details line under it: a labelled remark, no record
    bare = HU[:3] + ["Fekete Dóra: Nyári levelek"]
    assert from_bibliography(bare, Context(" ".join(bare), (), "hu")) is None
    # a label, not a name, before the colon
    label = ["Der Roman ist ruhig.", "Er spielt am Fluss.", "Es ist Winter.", "Das Ende trägt.", "Brandauer schreibt knapp.", "Content Warning: Tod eines Bruders", "Deich Verlag, 2024, 236 Seiten"]
    assert from_bibliography(label, Context(" ".join(label), (), "de")) is None


# --- a cover's caption running on in commas -------------------------------------------------------------------

def test_a_caption_record_in_commas():
    assert house_listed("ನದಿಯ ದಾರಿ — ಸುಮಾ ರಾವ್, ಅಂಕಿತ ಪ್ರಕಾಶನ, ಪುಟಗಳು 180, ಬೆಲೆ ₹ 200") == ("ನದಿಯ ದಾರಿ", "ಸುಮಾ ರಾವ್")
    assert house_listed("నది దారి — సుమ, నవోదయ ప్రచురణలు, పేజీలు 96") == ("నది దారి", "సుమ")
    assert house_listed("The Ferry Woman — Ilse Brandauer, Deich Press, 236 pages") == ("The Ferry Woman", "Ilse Brandauer")
    assert house_listed("रमेश वर्मा: डाकिया, नीलकमल प्रकाशन, 2022") == ("डाकिया", "रमेश वर्मा")
    book = lead_caption_book([("నది దారి — సుమ, నవోదయ ప్రచురణలు, పేజీలు 96", "")])
    assert (book.title, book.author, book.source) == ("నది దారి", "సుమ", "caption")


def test_caption_near_misses():
    assert house_listed("The author at home — Ilse Brandauer, Hamburg, 2019") is None  # a place, no house
    assert house_listed("Ilse Brandauer at the fair, Deich Press stand, 2021") is None  # no title and name
    assert house_listed("The Ferry Woman — Ilse Brandauer") is None  # no comma, no house
    assert house_listed("A river at dusk, as the novel opens its first chapter — Deich Press, 2024") is None
    # two books' captions: a round-up, no one book
    assert lead_caption_book([("నది దారి — సుమ, నవోదయ ప్రచురణలు", ""), ("కొండ — రవి, విశాల ప్రచురణలు", "")]) is None


# --- a Georgian headline in the nominative --------------------------------------------------------------------

KA = "ბერიძის გმირი ზამთარში მთაში მიდის. წიგნი მშვიდია და ლამაზი, თუმცა შუა ნაწილი გაწელილია."


def test_a_georgian_headline_title_dash_name():
    headline = "„მთის სახლი“ — ნანა ბერიძე: წიგნი, რომელიც ზამთარს გიხსენებს"
    assert dashed_headline(headline, Context(KA)) == ("მთის სახლი", "ნანა ბერიძე")
    assert georgian_genitive(headline, KA.split(". "), Context(KA)) == ("მთის სახლი", "ნანა ბერიძე")
    text = "გელაშვილი ამ წიგნში ქალაქის ისტორიას ჰყვება."
    assert dashed_headline("გიორგი გელაშვილი — „ქარის ქალაქი“", Context(text)) == ("ქარის ქალაქი", "გიორგი გელაშვილი")


def test_georgian_headline_near_misses():
    assert dashed_headline("„მთის სახლი“ — ნანა ბერიძე: ფიქრები", Context("წიგნი მშვიდია და ლამაზი.")) is None  # never named again
    assert dashed_headline("„მთის სახლი“ — ახალი რომანი: ფიქრები", Context("ეს ახალი რომანი მშვიდია.")) is None  # the kind, no name
    assert dashed_headline("„მთის სახლი“ — ნანა ბერიძე და ზამთრის ქალაქი ხვალ", Context(KA)) is None  # the sentence runs on
    assert dashed_headline("მთის სახლი — ნანა ბერიძე", Context(KA)) is None  # unquoted: which side is the title, no telling


# --- Amharic and Tigrinya owners --------------------------------------------------------------------------------

AM = "«የወንዝ ዳር ቤት»ን ባለፈው ክረምት አነበብኩት። ሰላም ታሪኩን በቀስታ ይተርካል፤ ቋንቋውም ሞቅ ያለ ነው።"


def test_an_amharic_owner_in_the_standfirst():
    assert ethiopic_book(["የሰላም ገብሩ ልብወለድ ዛሬም ያስደንቃል።"], AM) == ("የወንዝ ዳር ቤት", "ሰላም ገብሩ")
    assert ethiopic_book(["የሰላም ገብሩ «የወንዝ ዳር ቤት» እንደገና ታተመ።"], AM) == ("የወንዝ ዳር ቤት", "ሰላም ገብሩ")
    text = "«የተራራው መንገድ» በቀላል ቋንቋ የተጻፈ ነው። ሳባ ስለ መንደሯ በፍቅር ትጽፋለች።"
    assert ethiopic_book(["የሳባ ተስፋዬ መጽሐፍ ለወጣቶች ይመከራል።"], text) == ("የተራራው መንገድ", "ሳባ ተስፋዬ")
    assert ethiopic_book([], "የሳባ ተስፋዬ ልብወለዱ ቀላል ነው። " + text) == ("የተራራው መንገድ", "ሳባ ተስፋዬ")  # (the novel: its last syllable changed)


def test_ethiopic_near_misses():
    assert ethiopic_book(["የዮሐንስ ከበደ ልብወለድ ዛሬም ያስደንቃል።"], AM) is None  # the owner never named again
    assert ethiopic_book(["የአማርኛ ሥነ ጽሑፍ መጽሐፍ ዛሬም ያስደንቃል።"], "አማርኛ «የወንዝ ዳር ቤት» ውብ ነው።") is None  # no one's name
    two = AM + " «ሌላ ቤት» ደግሞ የተሻለ ነው።"
    assert ethiopic_book(["የሰላም ገብሩ ልብወለድ ዛሬም ያስደንቃል።"], two) is None  # two quoted titles: a comparison
    assert ethiopic_book(["ሰላም ገብሩ ዛሬም ያስደንቃል።"], AM) is None  # no genitive prefix, no book noun
    assert ethiopic_book(["The novel still astonishes."], "A river book, «The House».") is None
