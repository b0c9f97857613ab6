"""classify: a rated post of one verdict whose book was not found is a review over ninety words (a hundred before):
a score read on the post's own line is the stronger mark, and a short review whose follow or share line the cleaning
removes (five words) fell below the bar. A post of as many words with no score stays an announcement. Invented posts
in our own words (Swahili, Indonesian, Hindi), titles the book readers cannot find.
"""

from __future__ import annotations

from scraper.extract import extract_page

SW = ("Riwaya hii inasimulia maisha ya dada wawili wanaorithi shamba la matunda lililokaribia kufilisika kijijini. Sura "
      "ni fupi na zinapishana kati ya sauti zao, na kila sauti ina ladha yake ya pekee. Katikati hadithi inakwenda "
      "polepole kidogo, na hadithi ndogo kuhusu jirani haifiki popote. Hata hivyo theluthi ya mwisho inagusa moyo na "
      "mwisho wake una matumaini ya kimya. Lugha ni rahisi lakini yenye uzito, na mandhari ya mvua na udongo "
      "yanaonekana wazi. Ni kitabu cha familia, cha ardhi na cha kumbukumbu za utotoni vijijini, kinachosomwa taratibu. Wasomaji wa hadithi za familia watakipenda sana.")
ID = ("Novel ini menceritakan dua kakak beradik yang mewarisi kebun buah yang hampir bangkrut di sebuah desa. Bab-babnya pendek "
      "dan bergantian antara suara mereka, dan setiap suara punya warnanya sendiri. Bagian tengah agak lambat, dan kisah "
      "sampingan tentang tetangga tidak berujung ke mana pun. Meski begitu sepertiga terakhir menyentuh hati dan akhirnya "
      "membawa harapan yang tenang. Bahasanya sederhana tetapi dalam, dan gambaran hujan serta tanah terasa jelas. Ini "
      "buku tentang keluarga, tanah, dan kenangan masa kecil di desa, yang sebaiknya dibaca perlahan sambil minum teh hangat di sore hari yang tenang.")
HI = ("यह उपन्यास दो बहनों की कहानी है जिन्हें विरासत में एक डूबता हुआ बाग मिलता है। अध्याय छोटे हैं और बारी-बारी से "
      "दोनों की आवाज़ में चलते हैं, और हर आवाज़ का अपना रंग है। बीच का हिस्सा थोड़ा धीमा है, और पड़ोसी वाली उपकथा कहीं "
      "नहीं पहुँचती। फिर भी आख़िरी हिस्सा दिल को छूता है और अंत में एक शांत उम्मीद है। भाषा सरल है पर गहरी, और बारिश "
      "और मिट्टी की तस्वीरें साफ़ दिखती हैं। यह परिवार, ज़मीन और बचपन की यादों की किताब है, जिसे धीरे-धीरे पढ़ना चाहिए।")


def _kind(text: str, label: str, title: str) -> str:
    body = f"<p>{text[:len(text)//2]}</p><p>{text[len(text)//2:]}</p>" + (f"<p>{label}</p>" if label else "")
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<div class='entry-content'>{body}</div></article></body></html>")
    return extract_page(html, "https://books.example.com/2026/11/x/").kind


def test_rated_short_review_is_a_review():
    for text, label, title in ((SW, "Alama: 4/5", "Shamba la dada"), (ID, "Nilai: 4/5", "Kebun kakak beradik"),
                               (HI, "रेटिंग: 4/5", "बाग की बहनें")):
        assert _kind(text, label, title) == "review", label


def test_unrated_short_post_is_not():
    for text, title in ((SW, "Shamba la dada"), (HI, "बाग की बहनें")):
        assert _kind(text, "", title) != "review", title
