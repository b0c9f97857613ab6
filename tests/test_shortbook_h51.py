"""holdout51 (spent), book51b: where three short reviews name their book, and one script's content warning.

- citedrecord.dotted_card: a paper's book card parted by middle dots, "T · A · Publisher · 212 pages · ₹ 220", is the
  review's record line, never the lead-in of a plea set after it (so bookbiblio reads it);
- bookdashowner.quoted_dashed (asked by bookrescue, of a review): a dashed headline in a caseless script, perhaps after a
  rubric's label and its colon, whose one part the text sets right before the other part in quotes (a case ending
  written on, or one word between);
- booklonewriter: a headline "T – a lower-case remark" over a text that calls the writer by surname alone before a verb
  of writing;
- notewords: "content"/"trigger" before the warning word in Indic scripts and Sinhala;
- followlines: the imperative of liking the site's page ("Gilla … på Facebook").

Every text below is written for these tests.
"""

from lxml import html

from scraper.extract import notes
from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookdashowner import quoted_dashed
from scraper.extract.booklonewriter import lone_writer
from scraper.extract.bookrescue import Page, rescue
from scraper.extract.citedrecord import dotted_card, record_line
from scraper.extract.followlines import opening_follow


# --- dotted record cards ---------------------------------------------------------------------------------------------

def test_dotted_card_in_several_scripts():
    assert dotted_card("ಮಳೆಗಾಲದ ಹಾಡು · ಕೆ. ಶಿವರಾಮ್ · ಅಂಕಿತ ಪುಸ್ತಕ · 212 ಪುಟ · ₹ 220")
    assert record_line("The Salt Orchard · Mara Quill · Harbour Press · 312 pages · $18")
    assert record_line("Das Fährhaus • Ilse Brandt • Kleinverlag • 188 Seiten • 22 €")


def test_dotted_lines_that_are_no_record():
    assert not dotted_card("Lena Holm · 3 March 2026 · 4 min read")  # a byline: no pages, price or ISBN
    assert not dotted_card("Home · Books · Reviews · Page 2")  # a breadcrumb
    assert not dotted_card("Ordered it · loved it · 312 pages of joy")  # three parts
    assert not dotted_card("We read it in a week. It was slow · 312 pages · €20 · but fine")  # a sentence in the parts


def test_dotted_card_is_read_as_the_record():
    lines = ["ഒരു ചെറിയ ഗ്രാമത്തിലെ രണ്ടു കൂട്ടുകാരുടെ കഥയാണ് ഇത്. നാരായണൻ ലളിതമായി എഴുതുന്നു.",
             "മഴനിലാവ് · ലത നാരായണൻ · പൂർണ ബുക്സ് · 180 പേജ് · ₹ 199"]
    assert from_bibliography(lines, Context("\n".join(lines), (), "ml")) == ("മഴനിലാവ്", "ലത നാരായണൻ")


# --- dashed caseless headlines: the name right before the quoted title -----------------------------------------------

def test_labelled_tamil_headline_with_the_quoted_title_after_the_genitive():
    text = 'சுந்தரியின் "மழைக்காலம்" ஒரு கிராமத்தின் நினைவுகளைச் சொல்கிறது. நடை எளிமையானது.'
    assert quoted_dashed("நூல் அறிமுகம்: மழைக்காலம் – சுந்தரி", Context(text, (), "ta")) == ("மழைக்காலம்", "சுந்தரி")


def test_the_rescue_of_a_review_reads_it():
    lines = ['சுந்தரியின் "மழைக்காலம்" ஒரு கிராமத்தின் நினைவுகளைச் சொல்கிறது.', "நடை எளிமையானது; முடிவு மனதில் நிற்கிறது."]
    page = Page("நூல் அறிமுகம்: மழைக்காலம் – சுந்தரி", lines, context=Context("\n".join(lines), (), "ta"))
    book = rescue(None, page)
    assert (book.title, book.author) == ("மழைக்காலம்", "சுந்தரி")


def test_hindi_headline_with_a_postposition_between():
    text = 'कमला की "नीली नदी" एक छोटे कस्बे की कहानी है। भाषा सरल है।'
    assert quoted_dashed("नीली नदी — कमला", Context(text, (), "hi")) == ("नीली नदी", "कमला")


def test_bengali_name_first_in_the_headline():
    text = 'অরুণার "শীতের দুপুর" পড়তে পড়তে মনে হয় সময় থেমে আছে।'
    assert quoted_dashed("অরুণা — শীতের দুপুর", Context(text, (), "bn")) == ("শীতের দুপুর", "অরুণা")


def test_quoted_title_without_the_name_before_it_names_no_owner():
    text = 'இந்த வாரம் "மழைக்காலம்" என்ற நூலைப் படித்தேன். சுந்தரி பற்றி பின்னர் எழுதுகிறேன்.'
    assert quoted_dashed("நூல் அறிமுகம்: மழைக்காலம் – சுந்தரி", Context(text, (), "ta")) is None


def test_another_quoted_title_after_the_name_is_not_the_headline_s():
    text = 'சுந்தரியின் "பனிக்காலம்" பற்றி முன்பே எழுதினேன்.'
    assert quoted_dashed("நூல் அறிமுகம்: மழைக்காலம் – சுந்தரி", Context(text, (), "ta")) is None


def test_cased_headline_is_left_to_the_title_rules():
    assert quoted_dashed("Review: Rain Season – Sundari", Context('Sundari\'s "Rain Season" is short.')) is None


# --- a surname alone as the writer -----------------------------------------------------------------------------------

_SV = ("Flickan i fyren väntar på en bror som aldrig kommer, och romanen låter väntan växa sida för sida.\n"
       "Holmqvist skriver kargt och exakt. Ljuset över skären blir en egen karaktär.\n"
       "Mot slutet tappar boken lite fart, men Holmqvist var en stilist som få.")


def test_swedish_surname_before_its_writing_verb():
    assert lone_writer(Context(_SV, (), "sv"), "Vinterljus", "Vinterljus – en bok om att vänta") == "Holmqvist"


def test_german_and_polish():
    de = ("Der Roman folgt einer Fährfrau durch einen langen Winter.\nBrenner schreibt knapp, fast karg.\n"
          "Am Ende bleibt das Buch offen, und Brenners Ton hallt nach.")
    assert lone_writer(Context(de, (), "de"), "Die stille Stadt", "Die stille Stadt: über das Warten") == "Brenner"
    pl = ("To powieść o rodzinie, która czeka na list.\nWalczak pisze oszczędnie i bez patosu.\n"
          "Książka jest krótka, a Walczak nie marnuje ani jednego zdania.")
    assert lone_writer(Context(pl, (), "pl"), "Szary dom", "Szary dom – opowieść o czekaniu") == "Walczak"


def test_a_pronoun_or_a_word_said_in_lower_case_is_no_name():
    text = "Romanen är kort.\nHon skriver om sin mor. Sedan skriver hon om havet.\nHon vet vad hon gör."
    assert lone_writer(Context(text, (), "sv"), "Vinterljus", "Vinterljus – en bok om att vänta") is None
    noun = "Romanen är kort.\nFörfattaren skriver om sin mor.\nFörfattaren vet vad hon gör."
    assert lone_writer(Context(noun, (), "sv"), "Vinterljus", "Vinterljus – en bok om att vänta") is None


def test_a_full_name_or_a_name_said_once_is_left_to_the_other_rules():
    full = _SV.replace("men Holmqvist var", "men Tove Holmqvist var")
    assert lone_writer(Context(full, (), "sv"), "Vinterljus", "Vinterljus – en bok om att vänta") is None
    once = _SV.replace("men Holmqvist var en stilist som få", "men slutet håller")
    assert lone_writer(Context(once, (), "sv"), "Vinterljus", "Vinterljus – en bok om att vänta") is None


def test_the_headline_must_set_the_title_apart_and_the_text_name_a_book():
    assert lone_writer(Context(_SV, (), "sv"), "Vinterljus", "Vinterljus") is None
    assert lone_writer(Context(_SV, (), "sv"), "Vinterljus", "Vinterljus – En Bok Om Att Vänta") is None
    film = ("Filmen följer en flicka i en fyr.\nBergström skriver manus och regisserar.\nBergström gör det väl.")
    assert lone_writer(Context(film, (), "sv"), "Vinterljus", "Vinterljus – en film om att vänta") is None


def test_two_surnames_that_write_leave_it_open():
    text = ("Romanen har två berättare.\nHolmqvist skriver de udda kapitlen, Lindgren skriver de jämna.\n"
            "Holmqvist och Lindgren möts först på sista sidan.")
    assert lone_writer(Context(text, (), "sv"), "Vinterljus", "Vinterljus – en bok om att vänta") is None


# --- content warnings in Indic scripts -------------------------------------------------------------------------------

def _warning(markdown: str):
    tree = html.fromstring("<div>" + "".join(f"<p>{p}</p>" for p in markdown.split("\n\n")) + "</div>")
    return notes.read_notes(markdown, tree).content_warnings


def test_content_warning_labels_in_indic_scripts():
    assert _warning("உள்ளடக்க எச்சரிக்கை: குடும்ப வன்முறை பற்றிய காட்சிகள் உள்ளன.\n\nநல்ல நூல்.")
    assert _warning("ഉള്ളടക്ക മുന്നറിയിപ്പ്: ആത്മഹത്യയെക്കുറിച്ചുള്ള വിവരണങ്ങൾ ഉണ്ട്.\n\nനല്ല നോവൽ.")
    assert _warning("విషయ హెచ్చరిక: ఈ పుస్తకంలో హింస వర్ణనలు ఉన్నాయి.\n\nమంచి నవల.")
    assert _warning("বিষয়বস্তু সতর্কতা: আত্মহত্যার বর্ণনা আছে।\n\nভালো উপন্যাস।")


def test_a_paragraph_about_content_is_no_warning():
    assert _warning("இந்த நூலின் உள்ளடக்கம் ஒரு கிராமத்தின் வாழ்க்கை.\n\nநல்ல நூல்.") is None


# --- liking the site's page ------------------------------------------------------------------------------------------

def test_liking_the_page_on_a_network():
    assert opening_follow("Gilla Bokhyllan på Facebook så missar du inget.")
    assert opening_follow("Lik oss på Facebook for flere anmeldelser!")


def test_liking_without_a_network_or_not_opening_the_line():
    assert not opening_follow("Gilla läget, säger hon.")
    assert not opening_follow("Hon gillar Instagram mer än böcker.")


# --- Tamil's spoken "read this too" ----------------------------------------------------------------------------------

def test_tamil_spoken_read_also_label():
    import re
    from scraper.extract.indicread import PATTERN
    assert re.search(PATTERN, "இதையும் படிங்க: மாவட்ட நூலகத்தில் புதிய பிரிவு")
    assert not re.search(PATTERN, "இதையும் படிங்களா என்று கேட்டார்.")  # (the word goes on: a question in the text)
