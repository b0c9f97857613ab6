"""An introduction rubric ("पुस्तक परिचय", "বই পরিচিতি", "நூல் அறிமுகம்") over "T — A" (review rev32g):
``bookdashowner.vouched_dash`` vetoes it only where the text carries a notice's marks (a launch, its ceremony, a
price), not whenever the rubric heads the post: a review under such a heading names its book again.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookdashowner import vouched_dash


def test_introduction_rubric_over_a_review_vouches():
    hi = Context("मुझे यह उपन्यास बहुत पसंद आया। लेखिका की भाषा सरल है और पात्र जीवंत हैं। मेरी राय में हर पाठक को "
                 "इसे पढ़ना चाहिए।", (), None)
    assert vouched_dash("पुस्तक परिचय: धूप की नदी — कमला जोशी", hi, []) == ("धूप की नदी", "कमला जोशी")
    ta = Context("இந்த நாவல் எனக்கு மிகவும் பிடித்தது. கதை மெதுவாக நகர்ந்தாலும் முடிவு மனதைத் தொட்டது.", (), None)
    assert vouched_dash("நூல் அறிமுகம்: இரவுப் பறவை — மீனா கண்ணன்", ta, []) == ("இரவுப் பறவை", "மீனா கண்ணன்")
    te = Context("ఈ నవల నాకు చాలా నచ్చింది. పాత్రలు సహజంగా ఉన్నాయి.", (), None)
    assert vouched_dash("పుస్తక పరిచయం: వాన పాట — లత రెడ్డి", te, []) == ("వాన పాట", "లత రెడ్డి")


def test_introduction_rubric_over_a_notice_still_vouches_for_nothing():
    hi = Context("इस उपन्यास का विमोचन अगले शनिवार को पुस्तक मेले में होगा। कीमत तीन सौ रुपये है।", (), None)
    assert vouched_dash("पुस्तक परिचय: धूप की नदी — कमला जोशी", hi, []) is None
    ta = Context("இந்த நாவல் வரும் சனிக்கிழமை வெளியாகிறது. விலை முன்னூறு ரூபாய்.", (), None)
    assert vouched_dash("நூல் அறிமுகம்: இரவுப் பறவை — மீனா கண்ணன்", ta, []) is None
    te = Context("ఈ నవల వచ్చే శనివారం విడుదల అవుతుంది.", (), None)
    assert vouched_dash("పుస్తక పరిచయం: వాన పాట — లత రెడ్డి", te, []) is None
