"""Book records in non-Latin scripts (round 34): a Persian record line under the bare label "شناسنامه"/"مشخصات" (the
book's "identity card", "specs": bookinfo's record labels, with or without their word "کتاب"), a Slavic cover caption
"A, «T», <an edition> «House»" (bookleadcaption: the part after the quoted title may be an edition's, not only a
house's), and an Arabic headline that quotes its title before li- and the name, "«T» لA: remark" (bookarabicby), the
writer's verb closing the clause the surname opens. Near misses: a title's own first word before a colon, a caption
of a place, a headline "«T» for <readers>" and a surname whose clause has no writing verb."""

from __future__ import annotations

from scraper.extract import extract_page


def _page(headline: str, body: str, lang: str, caption: str = "", url: str = "https://blog.example.org/2026/12/post"):
    figure = f'<figure><img src="/c.jpg" alt=""><figcaption>{caption}</figcaption></figure>' if caption else ""
    html = (f'<html lang="{lang}" dir="{"rtl" if lang in ("fa", "ar") else "ltr"}"><head><meta charset="utf-8">'
            f"<title>{headline}</title></head><body><article class=\"post\"><h1 class=\"entry-title\">{headline}</h1>"
            f'<div class="entry-content">{figure}{body}</div></article></body></html>')
    page = extract_page(html, url)
    return page.book_title, page.book_author


_FA = ("<p>این رمان کوتاه را در دو شب خواندم و هنوز به پایانش فکر می‌کنم. دانشور شهری کوچک را می‌سازد که همه در آن"
       " چیزی را پنهان می‌کنند.</p><p>نثر ساده است اما زیر آن لایه‌های زیادی هست. شخصیت مادر از همه زنده‌تر است و"
       " گفت‌وگوها طبیعی‌اند.</p><p>در فصل‌های میانی قصه کند می‌شود و راوی بیش از اندازه به خاطره‌های کودکی برمی‌گردد،"
       " ولی هر بار که به خانه‌ی قدیمی برمی‌گردیم، نوشته جان تازه‌ای می‌گیرد. توصیف باغ و حوض و صدای باران روی سقف"
       " آن‌قدر دقیق است که آدم بوی خاک را حس می‌کند.</p><p>پایان کتاب تلخ است و همه‌چیز را توضیح نمی‌دهد، و همین را"
       " دوست داشتم. خواننده باید خودش جای خالی‌ها را پر کند و درباره‌ی آدم‌های این شهر تصمیم بگیرد. برای کسانی که"
       " داستان‌های آرام و پرجزئیات را دوست دارند، خواندنش را پیشنهاد می‌کنم.</p>")


def test_persian_bare_record_label_is_no_part_of_the_title():
    book = _page("شبی که باران نیامد", _FA + "<p><b>شناسنامه:</b> کوچه‌ی خاموش، سیمین دانشور، نشر نیلوفر، ۱۸۰ صفحه</p>"
                 "<p>امتیاز من: ۴ از ۵</p>", "fa")
    assert book == ("کوچه‌ی خاموش", "سیمین دانشور")


def test_persian_specs_label_alone_is_read_as_the_record_label():
    book = _page("شبی که باران نیامد", _FA + "<p><b>مشخصات:</b> کوچه‌ی خاموش، سیمین دانشور، نشر نیلوفر، ۱۸۰ صفحه</p>"
                 "<p>امتیاز من: ۴ از ۵</p>", "fa")
    assert book == ("کوچه‌ی خاموش", "سیمین دانشور")


def test_persian_label_word_inside_a_title_stays():
    title, _ = _page("شبی که باران نیامد", _FA + "<p>شناسنامه‌ی گمشده، سیمین دانشور، نشر نیلوفر، ۱۸۰ صفحه</p>"
                     "<p>امتیاز من: ۴ از ۵</p>", "fa")
    assert title != "گمشده"


_UK = ("<p>Троє друзів вирушають до приморського міста на свято Тиха Вода, і за одну ніч усе йде шкереберть.</p>"
       "<p>Авторка пише сміливо і смішно, але під жартами ховається смуток. Мені сподобалася мова, хоча фінал"
       " затягнутий.</p><p>Найкращі сторінки — ті, де герої сваряться на світанку біля моря і раптом розуміють, що"
       " дружба тримається на дрібницях. Діалоги живі, кожен персонаж говорить своїм голосом, а місто стає окремим героєм"
       " з власним настроєм.</p><p>Слабше вийшли жіночі персонажі: вони з'являються ненадовго і зникають без пояснень."
       " Проте книжку я прочитала за два вечори і радитиму друзям, які люблять іронічну прозу про пошуки себе.</p>"
       "<p><strong>Моя оцінка:</strong> 7 з 10</p>")


def test_slavic_caption_with_an_edition_after_the_quoted_title():
    book = _page("Свято, якого ніхто не чекав", _UK, "uk", caption="Ірина Коваленко, «Солона вода», друге видання «Вежа»")
    assert book == ("Солона вода", "Ірина Коваленко")


def test_caption_of_a_place_and_a_date_is_no_record():
    _, author = _page("Свято, якого ніхто не чекав", _UK, "uk",
                      caption="Одеса, «Літній театр», вечір читань 2026")
    assert author != "Одеса"


_AR = ("<p>فتاة تعود إلى بيت جدتها في الإسكندرية بعد سنوات، فتجد رسائل قديمة تكشف سراً عائلياً.</p>"
       "<p>قرأتها في ليلة واحدة. منصور يعرف كيف يبني الغموض ويكتب المدينة بحب، لكن النهاية سريعة.</p>"
       "<p>أجمل ما في الرواية وصف البيت القديم والشرفة المطلة على البحر، وأصوات الباعة في الصباح. الشخصيات قليلة لكنها"
       " حية، والجدة خاصة تبقى في الذاكرة طويلاً بعد إغلاق الكتاب. الحوار قصير وذكي ولا يثقل القصة.</p>"
       "<p>عيبها أن الفصول الأخيرة تتعجل في كشف السر، وكنت أتمنى صفحات أكثر عن الأم وماضيها. مع ذلك أنصح بها لمن يحب"
       " الروايات الهادئة التي تمزج العائلة بالغموض، ولمن يشتاق إلى الإسكندرية القديمة بشوارعها ومقاهيها.</p>")


def test_arabic_headline_quoted_title_then_li_and_the_name():
    book = _page("«بيت الرسائل» لسامي منصور: ليلة في الإسكندرية", _AR, "ar")
    assert book == ("بيت الرسائل", "سامي منصور")


def test_arabic_quoted_title_for_readers_is_no_author():
    body = ("<p>قائمة قصيرة من الكتب الخفيفة لمن يحب القراءة في الصيف، ولعشاق الغموض خاصة.</p>"
            "<p>الغموض يحب الصبر، وعشاق القصص يعرفون ذلك جيداً.</p>")
    _, author = _page("«كتب الصيف» لعشاق الغموض: قائمة قصيرة", body, "ar")
    assert author != "عشاق الغموض"


def test_arabic_surname_without_a_writing_verb_is_no_author():
    body = ("<p>فتاة تعود إلى بيت جدتها في الإسكندرية بعد سنوات، فتجد رسائل قديمة.</p>"
            "<p>منصور يعرف المدينة جيداً ويحبها، لكن النهاية سريعة.</p>" + _AR.split("</p>", 2)[2])
    _, author = _page("«بيت الرسائل» لسامي منصور: ليلة في الإسكندرية", body, "ar")
    assert author != "سامي منصور"
