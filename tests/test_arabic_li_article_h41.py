"""Arabic li- glued to a name that opens with the article al-: "للعربي" is li- + "العربي" (the article's alif drops),
so the author is "العربي …" when the page names that form, and a name that itself opens with lam ("لليلى" = li- +
"ليلى") keeps its own letters."""

from scraper.extract.book import Context
from scraper.extract.bookscripts import ar_li_name, script_pair


def _pair(line: str, rest: str, tags=()):
    return script_pair(line, Context(text=line + "\n" + rest), tags=list(tags))


def test_article_name_after_li_gets_its_alif_back_from_a_tag():
    line = "«ليالي المرفأ» للعربي منصور: مدينة تنام على صوت البحر"
    assert _pair(line, "قرأت الرواية في أسبوع.", tags=["العربي منصور", "روايات"]) == ("ليالي المرفأ", "العربي منصور")


def test_article_name_after_li_named_again_in_the_text():
    line = "صدرت «حقول الملح» للهادي قاسم عن دار صغيرة"
    rest = "يكتب الهادي قاسم بجمل قصيرة وحادة، ولا يشرح لقارئه شيئاً."
    assert _pair(line, rest) == ("حقول الملح", "الهادي قاسم")


def test_name_opening_with_lam_keeps_its_letters():
    line = "«بيت على النهر» لليلى حداد"
    assert _pair(line, "تكتب ليلى حداد عن النهر كما يكتب غيرها عن البشر.") == ("بيت على النهر", "ليلى حداد")
    line = "«مدن الغبار» للبنى سعيد"
    assert _pair(line, "لبنى سعيد روائية من الجيل الجديد.", tags=["لبنى سعيد"]) == ("مدن الغبار", "لبنى سعيد")


def test_single_lam_is_untouched():
    # li- before a name with no article: one lam, nothing to restore
    assert ar_li_name("سامي نور", "«T» ل", "سامي نور") == "سامي نور"
    line = "«ظل الشجرة» لسامي نور"
    assert _pair(line, "سامي نور كاتب قليل الكلام.") == ("ظل الشجرة", "سامي نور")


def test_near_miss_bare_run_named_on_its_own_keeps_it():
    # the page names "لمى خليل" standing alone as well: the run is the name, even where "الـ…" appears once
    assert ar_li_name("لمى خليل", "«T» ل", "«T» للمى خليل\nلمى خليل كاتبة\nالمى خليل") == "لمى خليل"


def test_near_miss_no_naming_again_no_author():
    # neither form is named elsewhere: no pair, as before
    assert _pair("«رمال متحركة» للطيف حسن", "رواية عن الصحراء.") is None
