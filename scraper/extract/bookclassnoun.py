"""A class noun in a genitive caption's owner: the owner is an event, a place or a role, no person's name.

A caption "A's ‘T’" in a caseless Indic script reads as the book's author and title (``bookcaptiongenitive``,
``bookscripts``' Hindi owner); but a book fair's pavilion ("কলকাতা বইমেলার ‘…’", "दिल्ली पुस्तक मेले का ‘…’"), a
city's or a district's ‘…’, an illustrator's ‘…’ has an owner whose words name a class of thing, not a person.
"""

from __future__ import annotations

import re

# an owner holding a class noun is no person's name: an event (fair, book fair, festival, exhibition, conference), a
# place (city, district, state, country, village) or a role (illustrator, artist, painter, photographer, translator)
# in bn, hi/mr, ta, ur, closing a word of the owner, the head of its compound ("বইমেলা", "पुस्तक मेले", "শিল্পী …"; a
# Tamil stem with its case's few letters: "மாவட்டத்த"); a name's word holding it elsewhere ("देशपांडे") is a name's
CLASS_NOUN = re.compile(
    r"(?:মেলা|উৎসব|প্রদর্শনী|সম্মেলন|শহর|জেলা|রাজ্য|দেশ|গ্রাম|অলংকরণ|অলঙ্করণ|চিত্রকর|শিল্পী|আলোকচিত্রী|অনুবাদক|প্যাভিলিয়ন|"
    r"मेला|मेले|महोत्सव|उत्सव|प्रदर्शनी|सम्मेलन|शहर|नगर|ज़िला|जिला|ज़िले|जिले|राज्य|प्रदेश|देश|गाँव|गांव|चित्रकार|"
    r"कलाकार|फ़ोटोग्राफ़र|फोटोग्राफर|अनुवादक|पवेलियन|"
    r"میلہ|میلے|میلا|نمائش|شہر|ضلع|صوبہ|گاؤں|مصور|فنکار|مترجم|"
    r"(?:கண்காட்சி|திருவிழா|விழா|மாநாடு|நகர|மாவட்ட|மாநில|நாட்டு|கிராம|ஓவியர்|கலைஞர்|மொழிபெயர்ப்பாளர்)[\u0b80-\u0bff]{0,4})"
    r"(?=\s|$)")
