"""Book reading on shapes of our own invention (holdout59 round, book59b):

- a "written by" participle between the person and the quoted title in a script without capitals ("A రాసిన ‘T’",
  "A எழுதிய ‘T’", "A ಬರೆದ ‘T’"): the participle is no part of the name, and the name, said whole in the headline and
  the prose, needs no surname said alone (bookwrittenby, booknamedtwice);
- a four-line fact box "T" / "A" / "House, edition year" / "440 pages": the house line is no title (bookhouseline,
  bookbiblio._stacked);
- an Estonian record line "A. T. Kordustrükk, 2025. 212 lk.": "lk." is a page count (bookbiblio._PAGES).

Near misses: a participle after a pronoun and an adverb, a name said once only, a house line without year or house
word, a sentence over the counts, "lk" with no figure.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookhouseline import housed
from scraper.extract.bookbiblio import BIBLIO_DETAIL
from scraper.extract.bookwrittenby import written_off


def _page(lang: str, headline: str, paragraphs: list[str], tag: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html lang='{lang}'><head><title>{headline} - Dinapatrika</title></head><body><main><article>"
            f"<h1 class='entry-title'>{headline}</h1><div class='entry-meta'><span class='author'>Redaksi</span></div>"
            f"<div class='entry-content'>{body}</div><div class='tags'>Tags: <a href='/tag/{tag}' rel='tag'>{tag}</a></div>"
            "</article></main>"
            "<footer><p>© 2026 Dinapatrika</p></footer></body></html>")


TE = ["కొండపల్లి రామారావు రాసిన ‘నీలి కొండలు’ ఒక చిన్న పల్లెటూరి కథ. ఈ నవలను నేను గత వారం చదివాను, రెండు రోజుల్లో పూర్తయింది.",
      "కథలో ఒక ఉపాధ్యాయుడు తన ఊరి బడిని కాపాడటానికి పోరాడతాడు. రచయిత భాష సరళంగా, హాయిగా ఉంది.",
      "కొన్ని అధ్యాయాలు మరీ పొడవుగా అనిపించాయి, కానీ ముగింపు గుండెను తాకింది. యువ పాఠకులు తప్పక చదవాలి.",
      "పల్లె జీవితం, పండుగలు, వానాకాలపు పొలాలు అన్నీ కళ్ళ ముందు కనిపిస్తాయి. పాత్రలు మనకు తెలిసిన మనుషుల్లాగే మాట్లాడతాయి.",
      "నాకు ఎక్కువగా నచ్చింది ఉపాధ్యాయుడి కూతురు పాత్ర. ఆమె ధైర్యం, ఆమె ప్రశ్నలు కథకు కొత్త వెలుగును ఇస్తాయి.",
      "ఊరి మనుషుల మధ్య చిన్న గొడవలు, పెద్ద స్నేహాలు, పాత జ్ఞాపకాలు అన్నీ ఈ పుస్తకంలో సహజంగా కలిసిపోయాయి. ప్రతి పేజీలోనూ ఏదో ఒక కొత్త విషయం దొరుకుతుంది.",
      "అనువాదం కోసం ఎదురుచూసే ఇతర భాషల పాఠకులకు కూడా ఈ కథ నచ్చుతుందని నా నమ్మకం. వచ్చే ఏడాది మళ్ళీ చదువుతాను.",
      "<strong>రేటింగ్:</strong> 4/5"]


def test_telugu_written_by_participle_is_no_part_of_the_name():
    html = _page("te", "కొండపల్లి రామారావు ‘నీలి కొండలు’: ఒక పల్లె కథ", TE, "సమీక్ష")
    record = extract_page(html, "https://dinapatrika.example.in/sahityam/neeli-kondalu")
    assert (record.book_title, record.book_author) == ("నీలి కొండలు", "కొండపల్లి రామారావు")


def test_tamil_written_by_participle():
    ta = ["வேலுசாமி அருணாசலம் எழுதிய ‘மழைக்காலம்’ ஒரு சிறிய கிராமத்தின் கதை. இந்த நாவலை நான் இரண்டு நாட்களில் படித்து முடித்தேன்.",
          "கதையில் ஒரு ஆசிரியர் தனது ஊரின் பள்ளியைக் காப்பாற்ற போராடுகிறார். மொழி எளிமையாகவும் இனிமையாகவும் உள்ளது.",
          "சில அத்தியாயங்கள் நீளமாகத் தோன்றின, ஆனால் முடிவு மனதைத் தொட்டது. இளம் வாசகர்கள் அவசியம் படிக்க வேண்டும்.",
          "கிராம வாழ்க்கை, திருவிழாக்கள், மழைக்கால வயல்கள் எல்லாம் கண் முன்னே தெரிகின்றன. கதாபாத்திரங்கள் நமக்குத் தெரிந்த மனிதர்களைப் போலவே பேசுகிறார்கள்.",
          "எனக்கு மிகவும் பிடித்தது ஆசிரியரின் மகள் பாத்திரம். அவளுடைய துணிச்சலும் கேள்விகளும் கதைக்கு புதிய ஒளி தருகின்றன.",
          "ஊர் மக்களிடையே சிறு சண்டைகள், பெரிய நட்புகள், பழைய நினைவுகள் எல்லாம் இந்தப் புத்தகத்தில் இயல்பாகக் கலந்துள்ளன. ஒவ்வொரு பக்கத்திலும் ஏதோ ஒரு புதிய விஷயம் கிடைக்கிறது.",
          "மொழிபெயர்ப்புக்காகக் காத்திருக்கும் பிற மொழி வாசகர்களுக்கும் இந்தக் கதை பிடிக்கும் என்பது என் நம்பிக்கை. அடுத்த ஆண்டு மீண்டும் படிப்பேன்.",
          "<strong>மதிப்பீடு:</strong> 4/5"]
    html = _page("ta", "வேலுசாமி அருணாசலம் ‘மழைக்காலம்’: ஒரு கிராமத்தின் கதை", ta, "விமர்சனம்")
    record = extract_page(html, "https://dinapatrika.example.in/ilakkiyam/mazhaikkalam")
    assert (record.book_title, record.book_author) == ("மழைக்காலம்", "வேலுசாமி அருணாசலம்")


def test_written_off_takes_only_a_closing_participle():
    assert written_off(["కొండపల్లి", "రామారావు", "రాసిన"]) == (["కొండపల్లి", "రామారావు"], True)
    assert written_off(["रमेश", "चंद्र", "द्वारा", "लिखित"]) == (["रमेश", "चंद्र"], True)
    assert written_off(["रमेश", "चंद्र", "की", "लिखी"]) == (["रमेश", "चंद्र"], True)
    assert written_off(["ಹೊಸಮನೆ", "ಶಂಕರಪ್ಪ", "ಬರೆದ"]) == (["ಹೊಸಮನೆ", "ಶಂಕರಪ್ಪ"], True)
    # a book noun or a possessive is no participle (bookdashowner reads those)
    assert written_off(["కొండపల్లి", "రామారావు", "నవల"]) == (["కొండపల్లి", "రామారావు", "నవల"], False)
    assert written_off([]) == ([], False)


def test_telugu_name_said_once_is_not_taken_by_the_participle():
    # the headline names no person: the two words before the participle are said once only
    html = _page("te", "‘నీలి కొండలు’: ఒక పల్లె కథ", TE, "సమీక్ష")
    record = extract_page(html, "https://dinapatrika.example.in/sahityam/neeli-kondalu")
    assert record.book_author != "కొండపల్లి రామారావు రాసిన"
    assert record.book_author != "రామారావు రాసిన"


def test_telugu_pronoun_before_the_participle_is_no_name():
    te = ["ఆయన కొత్తగా రాసిన ‘నీలి కొండలు’ ఒక చిన్న పల్లెటూరి కథ. ఈ నవలను నేను గత వారం చదివాను."] + TE[1:]
    html = _page("te", "‘నీలి కొండలు’: ఒక పల్లె కథ", te, "సమీక్ష")
    record = extract_page(html, "https://dinapatrika.example.in/sahityam/neeli-kondalu")
    assert record.book_author not in ("ఆయన కొత్తగా", "ఆయన కొత్తగా రాసిన")


SV = "Romanen följer en fyrvaktare och hans dotter under en lång vinter. Sandvik skriver stramt och vackert, och Sandvik vet när hon ska tiga."


def test_four_line_fact_box_title_first():
    lines = [SV, "Sandvik låter isen bli en egen röst i boken.", "Fyr", "Edith Sandvik", "Förlaget Norrsken, nyutgåva 2025", "312 sidor"]
    assert from_bibliography(lines, Context(SV, (), "sv")) == ("Fyr", "Edith Sandvik")


def test_four_line_fact_box_finnish():
    fi = "Romaani seuraa majakanvartijaa ja hänen tytärtään pitkän talven yli. Koskinen kirjoittaa niukasti, ja Koskinen tietää milloin vaieta."
    lines = [fi, "Jää on kirjassa oma äänensä.", "Majakka", "Aino Koskinen", "Kustannus Pohjoistuuli, uusi painos 2025", "312 sivua"]
    assert from_bibliography(lines, Context(fi, (), "fi")) == ("Majakka", "Aino Koskinen")


def test_housed_joins_only_a_house_line_over_counts():
    lines = ["Fyr", "Edith Sandvik", "Förlaget Norrsken, nyutgåva 2025", "312 sidor"]
    assert housed(lines, BIBLIO_DETAIL) == ["Fyr", "Edith Sandvik", "Förlaget Norrsken, nyutgåva 2025, 312 sidor"]
    # no year and no house word: left alone
    plain = ["Fyr", "Edith Sandvik", "Ny upplaga med efterord", "312 sidor"]
    assert housed(plain, BIBLIO_DETAIL) == plain
    # a sentence over the counts: left alone
    sentence = ["Fyr", "Edith Sandvik", "Den kom ut första gången 1998.", "312 sidor"]
    assert housed(sentence, BIBLIO_DETAIL) == sentence
    # the house line and no counts under it
    nocount = ["Fyr", "Edith Sandvik", "Förlaget Norrsken, 2025", "Recensionsexemplar."]
    assert housed(nocount, BIBLIO_DETAIL) == nocount


def test_author_first_box_keeps_its_reading():
    # "A" / "T" / details (bookstackedname): untouched by the house line rule
    lines = [SV, "Sandvik låter isen bli en egen röst i boken.", "Edith Sandvik", "Fyr", "Förlaget Norrsken, 2025, 312 sidor"]
    assert from_bibliography(lines, Context(SV, (), "sv")) == ("Fyr", "Edith Sandvik")


ET = "Romaan jälgib tuletornivahti ja tema tütart ühel pikal talvel. Tamm kirjutab napilt ja ilusti, ning Tamm teab, millal vaikida."


def test_estonian_page_word_makes_a_record():
    lines = [ET, "Jää on raamatus omaette hääl.", "Mari Tamm. Tuletorn. Kordustrükk, 2025. 212 lk."]
    assert from_bibliography(lines, Context(ET, (), "et")) == ("Tuletorn", "Mari Tamm")


def test_estonian_lk_without_a_figure_is_no_record():
    lines = [ET, "Mari Tamm. Tuletorn. Vaata lk. viimast peatükki."]
    assert from_bibliography(lines, Context(ET, (), "et")) != ("Tuletorn", "Mari Tamm")


def test_author_first_four_line_box_keeps_its_reading():
    # "A" / "T" / "House, year" / "pages": the joined house line makes "A" / "T" / details, read author first as before
    lines = [SV, "Sandvik låter isen bli en egen röst i boken.", "Edith Sandvik", "Fyr", "Förlaget Norrsken, 2025", "312 sidor"]
    assert from_bibliography(lines, Context(SV, (), "sv")) == ("Fyr", "Edith Sandvik")


def test_ordinary_swedish_review_without_a_box_is_left_alone():
    lines = [SV, "Boken kom ut 2025 på Förlaget Norrsken.", "Den har 312 sidor och jag läste den på en kväll."]
    assert from_bibliography(lines, Context(SV, (), "sv")) is None
