"""A rubric's labelled headline "<label>: T – A" in an Indic script, A opening on initials and the text naming its family
name once, with a case ending written on (bookdashowner.dashed_owner, _surnamed); near misses: no initials and one
naming, a family name never said, a title's main part before the colon that the text names."""

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookdashowner import dashed_owner


def test_hindi_label_and_initials():
    head = "नई किताब: धूप की नदी – र. क. मेहरोत्रा"
    text = "गाँव की एक लड़की की कहानी मेहरोत्राजी ने बहुत सादगी से लिखी है। अंत थोड़ा जल्दी आता है।"
    assert dashed_owner(head, Context(text, (), "hi")) == ("धूप की नदी", "र. क. मेहरोत्रा")


def test_tamil_and_kannada_initials():
    head = "நூல் அறிமுகம்: மழைக்கால இரவு – கே. எஸ். ராமசாமி"
    text = "இந்த நாவலில் ராமசாமியின் மொழி மிக எளிமையாக உள்ளது. கதை ஒரு சிறிய ஊரில் நடக்கிறது."
    assert dashed_owner(head, Context(text, (), "ta")) == ("மழைக்கால இரவு", "கே. எஸ். ராமசாமி")
    head = "ಪುಸ್ತಕ ಪರಿಚಯ: ಕಾಡಿನ ಹಾಡು – ಬಿ. ಎನ್. ಗುರುಮೂರ್ತಿ"
    text = "ಈ ಕಾದಂಬರಿಯಲ್ಲಿ ಗುರುಮೂರ್ತಿಯವರು ಹಳ್ಳಿಯ ಜೀವನವನ್ನು ಚೆನ್ನಾಗಿ ಚಿತ್ರಿಸಿದ್ದಾರೆ. ಓದಲೇಬೇಕು."
    assert dashed_owner(head, Context(text, (), "kn")) == ("ಕಾಡಿನ ಹಾಡು", "ಬಿ. ಎನ್. ಗುರುಮೂರ್ತಿ")


def test_without_initials_one_naming_is_not_enough():
    head = "नई किताब: धूप की नदी – रमेश मेहरोत्रा"
    text = "गाँव की एक लड़की की कहानी मेहरोत्राजी ने बहुत सादगी से लिखी है। अंत थोड़ा जल्दी आता है।"
    assert dashed_owner(head, Context(text, (), "hi")) is None


def test_family_name_never_said():
    head = "नई किताब: धूप की नदी – र. क. मेहरोत्रा"
    text = "गाँव की एक लड़की की कहानी बहुत सादगी से लिखी गई है। अंत थोड़ा जल्दी आता है।"
    assert dashed_owner(head, Context(text, (), "hi")) is None


def test_title_main_part_the_text_names_stays():
    head = "धूप: एक नदी – र. क. मेहरोत्रा"
    text = "धूप पढ़ते हुए लगा कि मेहरोत्राजी ने अपने गाँव को फिर से देखा है। अंत थोड़ा जल्दी आता है।"
    assert dashed_owner(head, Context(text, (), "hi")) == ("धूप: एक नदी", "र. क. मेहरोत्रा")


_PAGE = """<html lang="{lang}"><head><meta charset="utf-8"><title>{head} | వెలుగు బ్లాగ్</title></head><body><main><article>
<h1>{head}</h1><div class="entry-content">{paras}</div></article></main></body></html>"""


def test_page_marathi_like_review_in_telugu():
    head = "పుస్తక పరిచయం: వెన్నెల దారి – వి. ఆర్. కొండలరావు"
    paras = "".join(f"<p>{p}</p>" for p in (
        "ఈ నవలలో కొండలరావుగారు ఒక చిన్న పల్లెటూరి బడిపంతులు జీవితాన్ని చెప్పారు. భాష సరళంగా ఉంది, పాత్రలు సహజంగా ఉన్నాయి.",
        "కథ నెమ్మదిగా సాగుతుంది, కానీ చివరి అధ్యాయాలు మనసును తాకుతాయి. కొన్ని సంభాషణలు కొంచెం పొడవుగా అనిపిస్తాయి.",
        "బడిపంతులు తన విద్యార్థుల కోసం చేసే చిన్న చిన్న త్యాగాలు, ఊరి పెద్దలతో అతని గొడవలు, వర్షాకాలంలో పొంగే వాగు దాటి బడికి"
        " వెళ్ళే పిల్లలు — ఇవన్నీ కళ్ళకు కట్టినట్టు కనిపిస్తాయి. రచయిత ఎక్కడా ఉపన్యాసం ఇవ్వరు, సంఘటనలే మాట్లాడతాయి.",
        "అయితే మధ్య భాగంలో కొన్ని ఉపకథలు అనవసరంగా అనిపించాయి, వాటిని తగ్గించి ఉంటే నవల మరింత బిగువుగా ఉండేది."
        " ముగింపు మాత్రం చాలా రోజులు గుర్తుండిపోతుంది, అందుకే ఈ పుస్తకాన్ని మిత్రులకు సూచిస్తున్నాను.",
        "నేను ఈ పుస్తకాన్ని రెండు రోజుల్లో చదివాను. గ్రామీణ జీవితం ఇష్టపడే పాఠకులకు తప్పక నచ్చుతుంది. రేటింగ్: 4/5",
    ))
    record = extract_page(_PAGE.format(lang="te", head=head, paras=paras), "https://blog.example/post/vennela")
    assert (record.book_title, record.book_author) == ("వెన్నెల దారి", "వి. ఆర్. కొండలరావు")
