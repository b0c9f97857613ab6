"""A book's "presentation" in a title (de "Buchvorstellung", nl "boekvoorstelling", ru "Презентация книги", bg
"Представяне на книга", es "Presentación del libro") names a launch evening and, as often, a blogger's own review of
the book: fairwords.launch counts it only beside a meeting's day and hour in the text (announce.appointment), and
classify asks launch() only of a post that neither rates the book nor is filed or labelled as a review. The launch's
own words ("Lancement d’un livre", curly apostrophe or straight) still name the event. Near misses: reviews titled so,
rated, unrated, filed under a review category."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract import fairwords


def _post(lang: str, title: str, paragraphs: list[str], category: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    filed = f'<footer class="entry-meta"><a href="/category/{category.lower()}/" rel="category tag">{category}</a></footer>' \
        if category else ""
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>{filed}'
            '</article></body></html>')


REVIEWS = [
    ("de", "Buchvorstellung: „Die Brücke über den Fluss“ von Lena Marwitz", [
        "„Die Brücke über den Fluss“ hat mich von der ersten Seite an gepackt. Lena Marwitz erzählt von zwei Brüdern, "
        "die nach dem Tod ihres Vaters das Fährhaus an der Elbe übernehmen und dabei merken, wie wenig sie voneinander "
        "wissen.",
        "Am stärksten ist der Roman, wenn er leise wird: die Abende im Fährhaus, die Gespräche mit den Fahrgästen, der "
        "Nebel über dem Wasser. Die Nebenfiguren bleiben etwas blass, und das Ende kam mir zu schnell.",
        "Trotzdem habe ich das Buch gern gelesen und empfehle es allen, die ruhige Familiengeschichten mögen. Die "
        "Sprache ist klar und genau, und manche Sätze habe ich mir abgeschrieben."]),
    ("nl", "Boekvoorstelling: Het veerhuis – Sanne de Wit", [
        "Het veerhuis van Sanne de Wit las ik in één weekend uit. Twee zussen erven het veerhuis van hun vader aan de "
        "IJssel en ontdekken hoe weinig ze eigenlijk van elkaar weten.",
        "Het boek is op zijn best in de stille scènes: de avonden in het veerhuis, de gesprekken met de passagiers, de "
        "mist boven het water. De bijfiguren blijven wat vlak en het einde ging me te snel.",
        "Toch heb ik het met plezier gelezen en ik raad het aan iedereen die van rustige familieverhalen houdt. De "
        "taal is helder en precies, en sommige zinnen heb ik overgeschreven."]),
    ("ru", "Презентация книги: «Паромный дом» Анны Соколовой", [
        "«Паромный дом» Анны Соколовой я прочитала за одни выходные. Две сестры получают в наследство паромный дом "
        "отца на Волге и понимают, как мало знают друг о друге.",
        "Сильнее всего роман в тихих сценах: вечера в доме у переправы, разговоры с пассажирами, туман над водой. "
        "Второстепенные герои бледноваты, а финал показался мне слишком быстрым.",
        "И всё же я читала с удовольствием и советую книгу всем, кто любит неспешные семейные истории. Язык ясный и "
        "точный, некоторые фразы я выписала себе в блокнот."]),
]

NOTICES = [
    ("de", "Buchvorstellung im Literaturhaus", [
        "Am Donnerstag, 14. Januar, um 19:30 Uhr stellt Lena Marwitz im Literaturhaus ihren neuen Roman „Die Brücke "
        "über den Fluss“ vor. Die Autorin liest aus dem Buch und spricht mit dem Publikum über die Arbeit daran.",
        "Der Eintritt ist frei, um Anmeldung wird gebeten. Im Anschluss signiert die Autorin ihre Bücher, und die "
        "Buchhandlung am Markt bietet einen Büchertisch an. Wir freuen uns auf einen schönen Abend mit Ihnen.",
        "Das Literaturhaus ist barrierefrei erreichbar. Bitte beachten Sie, dass die Plätze begrenzt sind und wir "
        "nur mit Anmeldung einen Sitzplatz garantieren können."]),
    ("bg", "Представяне на книгата „Фериботната къща“ в София", [
        "На 14 януари, четвъртък, от 18:30 часа в книжарница „Гринуич“ ще се състои представянето на романа "
        "„Фериботната къща“ на Анна Петрова. Авторката ще чете откъси и ще разговаря с публиката.",
        "Входът е свободен. След разговора авторката ще дава автографи, а издателството ще представи и новите "
        "заглавия от поредицата за съвременна българска проза.",
        "Заповядайте, поканете и приятелите си: ще се радваме да ви видим в книжарницата в четвъртък вечер."]),
    ("es", "Presentación del libro en Sevilla", [
        "El jueves 14 de enero, a las 19:30, Lucía Ferrer presentará su nueva novela «La casa del transbordador» en la "
        "librería del Puerto. La autora leerá algunos fragmentos y conversará con el público.",
        "La entrada es libre hasta completar aforo. Al terminar, la autora firmará ejemplares y la editorial "
        "presentará también los próximos títulos de su colección de narrativa.",
        "Os esperamos en la librería del Puerto: traed a vuestros amigos y a todos los que disfrutan de la buena "
        "literatura."]),
]


def test_a_review_titled_a_books_presentation_stays_a_review():
    for lang, title, paragraphs in REVIEWS:
        record = extract_page(_post(lang, title, paragraphs), f"https://blog.example.org/2026/12/{lang}-vorstellung.html")
        assert record.kind != "event", (lang, record.kind, record.reason)


def test_a_presentation_filed_as_a_review_or_rated_is_no_launch():
    lang, title, paragraphs = REVIEWS[0]
    filed = extract_page(_post(lang, "[Buchvorstellung] Die Brücke über den Fluss", paragraphs, "Rezensionen"),
                         "https://blog.example.org/2026/12/die-bruecke.html")
    assert filed.kind != "event", (filed.kind, filed.reason)
    rated = extract_page(_post(lang, "[Buchvorstellung] Die Brücke über den Fluss",
                               paragraphs + ["Meine Bewertung: 4 von 5 Sternen"]),
                         "https://blog.example.org/2026/12/die-bruecke.html")
    assert rated.kind != "event", (rated.kind, rated.reason)


def test_a_presentation_with_a_meetings_day_and_hour_is_an_event():
    for lang, title, paragraphs in NOTICES:
        record = extract_page(_post(lang, title, paragraphs), f"https://blog.example.org/2026/12/{lang}-abend.html")
        assert not record.is_review, (lang, record.kind, record.reason)


def test_presentation_words_need_a_meeting_launch_words_do_not():
    for title in ("Buchvorstellung: Die Brücke", "Boekvoorstelling: Het veerhuis", "Презентация книги «Дом»",
                  "Представяне на книга: „Къщата“", "Presentación del libro «La casa»"):
        assert not fairwords.launch(title), title
        assert fairwords.launch(title, meets=True), title
    for title in ("Lancement d’un livre à Lyon", "Lancement d'un livre à Lyon", "Buchpremiere im Literaturhaus",
                  "Křest knihy v Brně", "Ìfilọ́lẹ̀ ìwé tuntun"):
        assert fairwords.launch(title), title
