"""Round 26: the bidding to follow the site by its own name, in the scripts written without spaces (Thai, Japanese),
where the name is glued to the verb and the word count runs two letters a word."""

import lxml.html

from scraper.extract import extract_page
from scraper.extract.followpleas import follow_site, home_names


def _page(logo: str, paras: list[str], last: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html><head><title>{logo}</title></head><body><header><a href=\"/\">{logo}</a></header><main><article>"
            f"<h1>รีวิว</h1><div class=\"story\">{body}<div class=\"box\"><p>{last}</p></div></div></article></main>"
            f"</body></html>").encode()


def test_home_names_keep_an_unspaced_logo():
    root = lxml.html.fromstring("<html><body><a href='/'>บ้านนกฮูก</a><p>x</p></body></html>")
    assert "บ้านนกฮูก" in home_names(root)
    root = lxml.html.fromstring("<html><body><a href='/'>ふくろう書房</a><p>x</p></body></html>")
    assert "ふくろう書房" in home_names(root)


def test_follow_site_glued_in_thai_and_japanese():
    assert follow_site("ติดตามบ้านนกฮูกทางช่องแชทเพื่อรับบทความใหม่ทุกสัปดาห์ กดเลย", ("บ้านนกฮูก",))
    assert follow_site("新しい記事はふくろう書房をフォローしてチェック", ("ふくろう書房",))


def test_follow_site_near_misses():
    # the site named, no bidding to follow it
    assert not follow_site("บ้านนกฮูกเคยลงบทความเกี่ยวกับนักเขียนคนนี้มาก่อน", ("บ้านนกฮูก",))
    # a bidding to follow, another name
    assert not follow_site("ติดตามเรื่องราวของตัวละครไปจนจบเล่ม", ("บ้านนกฮูก",))
    # a long paragraph in Thai is no closing line
    long = "ติดตามบ้านนกฮูก" + "ตัวละครเดินทางไกลและพบผู้คนมากมายตลอดทั้งเรื่อง" * 4
    assert not follow_site(long, ("บ้านนกฮูก",))


PARAS = ["นวนิยายเล่มนี้เล่าเรื่องครอบครัวชาวสวนริมแม่น้ำที่ต้องย้ายเข้าเมืองหลังน้ำท่วมใหญ่ ผู้เขียนเล่าอย่างเรียบง่ายแต่หนักแน่น",
         "ตัวละครแม่เป็นหัวใจของเรื่อง ทุกฉากที่เธอปรากฏทำให้ผู้อ่านเห็นความเหนื่อยล้าและความหวังไปพร้อมกัน",
         "ช่วงท้ายเรื่องอาจเร่งรีบไปบ้าง แต่โดยรวมเป็นหนังสือที่ควรอ่านอย่างยิ่งสำหรับผู้ที่สนใจวรรณกรรมร่วมสมัย"]


def test_closing_follow_line_goes_in_thai():
    html = _page("บ้านนกฮูก", PARAS, "ติดตามบ้านนกฮูกทางแอปแชทเพื่อไม่พลาดบทความใหม่ <a href=\"https://chat.example/add\">เพิ่มเพื่อน</a>")
    body = extract_page(html, "https://owl.example/r/1").body_text
    assert "ตัวละครแม่" in body and "เพิ่มเพื่อน" not in body


def test_closing_line_naming_site_without_follow_stays():
    html = _page("บ้านนกฮูก", PARAS, "ขอบคุณบ้านนกฮูกที่ชวนให้กลับมาอ่านเล่มนี้อีกครั้งหลังจากผ่านไปหลายปี")
    body = extract_page(html, "https://owl.example/r/1").body_text
    assert "หลังจากผ่านไปหลายปี" in body
