"""followlines: the Urdu and Persian bidding to click in order to subscribe to or follow the site on a network, the verb
last ("… یوٹیوب پر سبسکرائب کرنے کے لیے یہاں کلک کریں"); the story's past ("کلک کیا") and a network named in a
reviewer's sentence are not biddings."""

from __future__ import annotations

import pytest

from scraper.extract.followlines import opening_follow


@pytest.mark.parametrize("line", [
    "ہمارے یوٹیوب چینل کو سبسکرائب کرنے کے لیے یہاں کلک کریں",
    "ادبی صفحہ انسٹاگرام پر فالو کرنے کے لئے یہاں کلک کیجیے۔",
    "کتاب گھر کو فیس بک پر جوائن کرنے کے لیے کلک کریں",
    "کانال تلگرام کتاب‌خانه: برای عضو شدن اینجا کلیک کنید",
])
def test_click_to_follow_lines(line):
    assert opening_follow(line)


@pytest.mark.parametrize("line", [
    "ناول کا ہیرو یوٹیوب پر سبسکرائب کرنے کے لیے کلک کیا کرتا تھا اور راتیں جاگتا تھا۔",  # (the story's past habit)
    "یوٹیوب پر اس ناول کا خلاصہ دیکھنے کے بعد میں نے کتاب خریدی۔",  # (a reviewer's sentence naming the network)
    "مزید پڑھنے کے لیے یہاں کلک کریں",  # (no network: another rule's, not a follow)
])
def test_not_follow_lines(line):
    assert not opening_follow(line)
