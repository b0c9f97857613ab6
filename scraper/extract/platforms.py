"""What we know about blog engines: how to recognise them and where their post body sits.

This is data, not code paths: a new engine is a new entry here. The selectors
are the class names each engine's stock themes emit (checked against their
theme sources and against pages in tests/fixtures).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .fastre import by_first_letter
from .casefold import guarded
from .readeractions import READER_ACTIONS  # noqa: F401 - what a closing line asks the reader, by kind (read from here)

# generator meta / markers → platform name
_GENERATORS = [
    (re.compile(r"wordpress\.com", re.I), "wordpress-com"),
    (re.compile(r"^wordpress", re.I), "wordpress"),
    (re.compile(r"^blogger", re.I), "blogger"),
    (re.compile(r"^ghost", re.I), "ghost"),
    (re.compile(r"^joomla", re.I), "joomla"),
    (re.compile(r"^drupal", re.I), "drupal"),
    (re.compile(r"^(hugo|jekyll|eleventy|gatsby|pelican|hexo|zola)", re.I), "static"),
    (re.compile(r"^wix", re.I), "wix"),
    (re.compile(r"squarespace", re.I), "squarespace"),
    (re.compile(r"medium", re.I), "medium"),
]
_MARKERS = [
    ("substackcdn.com", "substack"),
    ("s0.wp.com", "wordpress-com"),
    ("wp-content/", "wordpress"),
    ("blogger.com/", "blogger"),
    ("blogspot.", "blogger"),
    ("ghost-portal", "ghost"),
    ("/media/k2/", "joomla"),
    ("static1.squarespace.com", "squarespace"),
    ("static.wixstatic.com", "wix"),
    ("cdn-images-1.medium.com", "medium"),
    ("miro.medium.com", "medium"),
]


_GENERATOR_CASE = str.maketrans("GENERATOR", "generator")


def detect_platform(tree: HtmlElement, raw_head: str = "") -> str:
    # ('//meta[translate(@name,"GENERATOR","generator")="generator"]/@content', read in Python: ~0.1 ms a page less)
    for meta in tree.getroottree().getroot().iter("meta"):
        name, content = meta.get("name"), meta.get("content")
        if name is None or content is None or name.translate(_GENERATOR_CASE) != "generator":
            continue
        for pattern, name in _GENERATORS:
            if pattern.search(content.strip()):
                return name
    for marker, name in _MARKERS:
        if marker in raw_head:
            return name
    return "static"


# The post body, most specific first. The first selector that matches wins.
# the post's body by its engine's class (BODY_SELECTORS' single classes: WordPress, its block themes, Blogger, Ghost,
# Squarespace, Joomla 4), for a rule that must know a box holds it without asking the selectors (bodyblocks.small_box)
POST_BODY_CLASS = re.compile(r"(?<![\w-])(?:entry-content|wp-block-post-content|post-body|gh-content|post-full-content|"
                             r"blog-item-content|com-content-article__body)(?![\w-])")
BODY_SELECTORS = [
    ".itemFullText",                    # Joomla K2 (intro text is joined to it, see below)
    ".catItemIntroText",                # Joomla K2 category listing: one per post, so several make a listing
    ".obj_article_details .main_entry",  # Open Journal Systems: an article's landing page (its record items: journalpage)
    "[itemprop='articleBody']",         # Joomla core, Drupal, many themes
    ".com-content-article__body",       # Joomla 4
    ".entry-content",                   # WordPress classic and WordPress.com
    ".wp-block-post-content",           # WordPress block themes
    ".post-body",                       # Blogger
    ".gh-content",                      # Ghost (Casper, Source)
    ".post-full-content",               # Ghost (older Casper)
    ".available-content .body.markup",  # Substack
    ".blog-item-content",               # Squarespace
    "[data-hook='post-description']",   # Wix
    ".field--name-body",                # Drupal 8+
    ".elementor-widget-theme-post-content",  # Elementor theme builder (Pro)
    ".et_pb_post_content",              # Divi theme builder
    ".fl-post-content",                 # Beaver Builder themes
    ".se-main-container",               # Naver blog (SmartEditor ONE)
    ".tm-article-body",                 # Habr
    "#js_content",                      # WeChat official-account articles
    ".tt_article_useless_p_margin",     # Tistory
    ".articalContent",                  # Sina Blog (not its two columns: the blogger's card and categories, the post)
    "#parent-fieldname-text",           # Plone (classic and Volto's rendered text field)
    ".post-content",                    # Hugo/Jekyll themes, many others
    ".article-content",
    # forum engines: each post's text (one post a match; on a topic's page the opening post, find_body): NodeBB,
    # Discourse, XenForo, phpBB, vBulletin, MyBB, Flarum, Invision; Invision 1-2 and Jcink skins, PunBB/FluxBB; ZetaBoards' post cell
    "[component='post/content']", ".topic-body .cooked", ".message-body .bbWrapper", ".postbody .content",
    ".postcontent", ".post_body", ".Post-body", "[data-role='commentContent']", "div.postcolor", "div.postmsg", "td.c_post",
    "article",
    "main",
    "[role='main']",                    # the ARIA landmark, on apps that draw the page from <div>s
]
# Blocks that belong with the body although they sit beside it.
BODY_COMPANIONS = {".itemFullText": ".itemIntroText"}

# Tumblr: a post's notes as its themes' {PostNotes} block writes them, one item a note, classed by its kind (a reblog,
# a like, a reply, the original post, the "show more notes" link): who passed the post on, not the post (a list a
# writer classes "notes" alone, footnotes or endnotes, holds items of no such kind and stays). Asked of a Tumblr page
# only (``tumblr_page``): elsewhere a writer's own list may class its items "note reply"
TUMBLR_SELECTORS = ["li.note.reblog", "li.note.like", "li.note.reply", "li.note.answer", "li.note.original_post",
                    "li.note.posted", ".more_notes_link_container"]
# a Tumblr page's marks in its head: its address on tumblr.com (canonical, og:url), Tumblr's asset hosts, the
# controls iframe every theme gets, its media hosts ("64.media.tumblr.com": a custom domain's theme may show no other)
# (the marks as plain substrings, and a post's address only where one is: one pattern of them all, its `[\w-]+` tried at
# every letter of a 20,000-character head, took ~1.7 ms a page; a name of one letter before ".tumblr.com/post/" is one)
_TUMBLR_MARKS = ("assets.tumblr.com/", "static.tumblr.com/", "media.tumblr.com/", "tumblr_controls", "tmblr-iframe")
_TUMBLR_POST = re.compile(r"[\w-]\.tumblr\.com/post/")


def tumblr_page(head: str, url: str) -> bool:
    """The page is a Tumblr blog's (a custom domain's too: its head loads Tumblr's assets)."""
    return "tumblr" in head and (any(mark in head for mark in _TUMBLR_MARKS) or ".tumblr.com/post/" in head
                                 and _TUMBLR_POST.search(head) is not None) or ".tumblr.com/" in url


# Substack's buttons in a post (upgrade, share, subscribe): the writer types a caption between two of them
# (tailasks._widget_caption); controls.mark_beside marks their neighbours when they go
CAPTIONED_BUTTONS = (".captioned-button-wrap", ".button-wrapper")
# Medium marks what its read-aloud skips (the byline row, the publication's and the writer's cards); asked of a Medium
# page only: elsewhere a read-aloud plugin's mark is the writer's, on the review's own boxes (record, quotation, CW)
MEDIUM_SELECTORS = [".speechify-ignore"]
# Widgets the engines and their popular plugins put inside or after a post.
# Every entry is a platform component that never carries review text.
WIDGET_SELECTORS = [
    # WordPress / Jetpack
    ".sharedaddy", ".sd-sharing-enabled", ".sd-block", ".jp-relatedposts", ".wpl-likebox",
    ".wp-block-jetpack-subscriptions", ".jetpack_subscription_widget", ".wp-block-jetpack-likes",
    ".wp-block-jetpack-sharing-buttons", ".post-likes-widget-placeholder", ".jp-post-flair",
    ".wp-block-post-comments", ".wp-block-comments", ".post-navigation", ".navigation.post-navigation",
    ".yarpp-related", ".crp_related", ".related-posts", ".rp4wp-related-posts", ".addtoany_share_save_container",
    ".a2a_kit", ".mc4wp-form", ".mailpoet_form", ".wpcnt", ".entry-author", ".author-info", ".author-bio",
    ".wp-block-jetpack-mailchimp", ".wp-block-buttons.is-style-subscribe", "#jp-post-flair",
    # Drupal 6/7: a node's links under its text (comment count, printer view, "log in to comment")
    ".node ul.links.inline", ".node .links > ul.links",
    # Blogger
    ".post-share-buttons", ".post-footer-line", ".blog-pager", ".reactions", ".post-feeds",
    # Joomla K2 and core
    ".itemRelated", ".itemAuthorBlock", ".itemSocialSharing", ".itemNavigation", ".itemCommentsLink",
    ".itemComments", ".itemTagsBlock", ".itemAuthorLatest", ".itemLinks", ".pagenav", ".itemToolbar",
    # Ghost
    ".gh-post-upgrade-cta", ".gh-cta", ".kg-signup-card", ".post-full-comments", ".subscribe-form",
    "[data-portal]",
    # Substack
    ".subscription-widget-wrap", ".subscription-widget", ".subscribe-widget", ".post-footer",
    *CAPTIONED_BUTTONS,
    # Page builders: Elementor Pro widgets around the post
    ".elementor-widget-posts", ".elementor-widget-share-buttons", ".elementor-widget-author-box",
    ".elementor-widget-post-navigation", ".elementor-widget-post-info", ".elementor-widget-nav-menu",
    ".elementor-widget-post-comments", ".et_pb_comments_module", ".et_pb_post_nav", ".fl-post-nav",
    # tables of contents: Hugo's (nav#TableOfContents), themes' and plugins' (Easy TOC)
    "#TableOfContents", ".toc", "#toc", ".table-of-contents", "#ez-toc-container", ".ez-toc-container",
    # Quarto's appendix: licence, "cite as" and copyright sections (its footnotes are the writer's)
    "#quarto-reuse", "#quarto-citation", "#quarto-copyright",
    # Medium, Squarespace, Wix
    ".pw-multi-vote-count", ".sqs-block-newsletter", ".newsletter-form", "[data-hook='related-posts']",
    # Disqus, Facebook, comment systems (static sites' giscus, utterances, Remark42, Cusdis); cookie consent banners
    "#disqus_thread", ".fb-comments", ".giscus", ".giscus-wrapper", ".utterances", "#remark42", "#cusdis_thread",
    # (a theme's own box for giscus, or its note about it: "giscus-note", "giscus-comments"); Franklin.jl's page foot
    # (licence, last change, "Website built with Franklin.jl")
    "[class*='giscus']", ".page-foot",
    "#cookie-notice", ".cookie-notice", ".cc-window", "#onetrust-banner-sdk",
    # Tistory (other posts of the category, the ad unit and its notice), Naver (post's category list, likes/share),
    # Plone (byline, document actions, related items), Dotclear/SPIP (post info, tags)
    ".another_category", ".revenue_unit_wrap", ".revenue_unit_item", ".container_postbtn", ".post_category_list",
    ".wrap_postcomment", ".documentByLine", ".documentActions", ".relatedItems", "#viewlet-below-content",
    ".post-info", ".post-tags",
    # forum engines: a member's signature under each post (phpBB, MyBB and SMF; vBulletin; XenForo; Invision) and the
    # board's "who is online" block (phpBB, vBulletin's "What's going on?", XenForo's members online)
    ".signature", ".signaturecontainer", ".message-signature", ".cSignature", "[data-role='memberSignature']",
    ".online-list", "#wgo", ".wgo_block", "[data-widget-key='forum_overview_members_online']",
    # Goodreads' review page: the spoiler's "(view spoiler)" switch (its hidden text is the review's), the likers' row,
    # the right column ("Discover new books", the reviewer's other reviews)
    ".spoilerTag", ".likers", ".rightContainer",
    # Kakao Brunch: the "Brunch book" series box under a post (the series' name, the episode's number)
    ".wrap_brunchbook",
    # The StoryGraph: the platform's questionnaire answered under a review (moods, pace, "loveable characters?")
    ".review-response-summary",
    # Buttondown's web copy of a letter: the "reply to this email" line under it
    ".email-detail__reply",
    # old Reddit: the "submitted … by" line over a post (and each comment)
    ".entry .tagline",
    # Pandoc's standalone template (and Quarto's, after it): the date line of the title block over the text
    "#title-block-header .date",
    # Hatena Blog: the shop item card its editor embeds (item name, "author / publisher / shop" row; bookaffiliate reads it first)
    ".hatena-asin-detail",
    # Ko-fi / Patreon / Buy Me a Coffee embeds
    ".kofi-button", ".btn-container .kofiimg", ".bmc-btn-container", ".patreon-button",
]

# widgets that are one line of a small box of the page's own (a title block's date beside its title): removed alone
UNBOXED_WIDGETS = frozenset({"#title-block-header .date"})

# the reading sites where readers log and review their books, by name (platform knowledge): one list for the writer's
# shelf there (moreonsite), a post also posted there (alsoposted), a post first posted there (provenance)
READING_SITES = (r"(?:(?<!\w)(?:goodreads|(?:the\s+)?storygraph|librarything|bookmeter|booklog|babelio|livraddict|"
                 r"lovelybooks|skoob|livelib|лайвлиб|lubimy\s?czyta[cć]|anobii|bokelskere|hebban|databáze\s+knih|"
                 r"moly\.hu|1000\s?kitap|bookwyrm)(?!\w)|読書メーター|ブクログ|豆瓣|알라딘\s?서재|북플)")

# id/class tokens of comment sections, in every engine we have seen; design systems put a short namespace before their
# class names ("co-comments", "c-comment-list", "js-comments", "wrap_comment"), which is the same token (a state class, "no-comments",
# "has-comments", says something about the post, not that this box holds comments); in camel case the namespace is a
# few capitals ("UFIComment"); a discussion under the post is its comments too ("discussion", Czech "diskuse",
# iDNES's "disc-box")
# (the IndieWeb's replies from other sites are comments too: the Webmention widgets' "webmentions" box, and
# Micro.blog's themes' "microblog_conversation", the replies its service gathers under a post)
# (and its short forms, "cmt" and "cmnt", as portals abbreviate it: "cmt-area", "cmt_list", "cmnt-box")
# (also as CSS modules name a class, its component before and a hash after: "Post_comments__x8Fq2", "review_replies__Z0xc1";
# or one underscore before a hash of five that holds a figure or a capital, "index_comment_1R3k8": "comment_count" is none)
# (or camel case sets the part after the word off by its capital: note's "o-commentArea"; not "commentary")
# (and as BEM names an element of a block, the block's name and two underscores before the comments' word:
# "post__comments", "single-entry__comment-list", "page__comments-area"; a "discussion" element may be the post's own;
# a block named for a review, "review__comments", is one reader's review box with its replies, which readerreview reads)
COMMENT_TOKEN = re.compile(
    r"^(?!(?:no|has|is|my|any|all|with|open|off|can)[-_])(?:[a-z]{1,4}[-_]|"
    r"(?![a-z\d-]*review)[a-z][a-z\d-]*__(?=comment)|(?-i:[A-Z]{2,4}(?=Comment))|[a-z]+_(?=\w+?(?:__[\w-]{5}|"
    r"_(?=[\w-]{0,4}(?-i:[\dA-Z]))[\w-]{5})$))?(comments?|cmn?ts?(?:[-_]?(?:sec|section|box|list|area|wrap|wrapper|"
    r"wrp|block))?|replies|comment(?:-|(?-i:(?=[A-Z])))(list|respond|form|area|section|thread|wrap|wrp)|commentlist|"
    r"comments(?:-|(?-i:(?=[A-Z])))(area|block|box|section|wrapper|wrp|link)|respond|reply-title|disqus_thread|discussions?|diskuse|diskuze|diskusia|"
    r"diskussion|disc-(box|list|thread)|webmentions?|microblog_conversation)"
    r"(?:__[\w-]{5}|_(?=[\w-]{0,4}(?-i:[\dA-Z]))[\w-]{5})?$", re.I)

# Where links go, as platform knowledge: the services a link points at say what a block is for.
# Booksellers (an affiliate disclaimer or a buy link names or links one).
RETAILER_HOST = re.compile(
    r"(^|\.)(amazon\.[a-z.]+|amzn\.(to|eu)|a\.co|bookshop\.org|barnesandnoble\.com|bn\.com|waterstones\.com|"
    r"blackwells\.co\.uk|hive\.co\.uk|foyles\.co\.uk|kobo\.com|books\.apple\.com|indigo\.ca|booktopia\.com\.au|"
    r"powells\.com|betterworldbooks\.com|abebooks\.[a-z.]+|bookdepository\.com|libro\.fm|audible\.[a-z.]+|"
    r"bol\.com|fnac\.[a-z]+|leslibraires\.fr|placedeslibraires\.fr|decitre\.fr|casadellibro\.com|todostuslibros\.com|"
    r"thalia\.(de|at)|hugendubel\.de|buecher\.de|genialokal\.de|ibs\.it|lafeltrinelli\.it|mondadoristore\.it|"
    r"bertrand\.pt|wook\.pt|livrariacultura\.com\.br|adlibris\.com|bokus\.com|empik\.com|"
    # and beyond Western Europe: Korea, Japan, China, Russia, Israel, the Arab world, Greece, Turkey, Brazil, India
    r"coupang\.com|yes24\.com|aladin\.co\.kr|kyobobook\.co\.kr|rakuten\.co\.jp|honto\.jp|kinokuniya\.co\.jp|"
    r"dangdang\.com|jd\.com|ozon\.ru|labirint\.ru|litres\.ru|chitai-gorod\.ru|steimatzky\.co\.il|tzomet-sfarim\.co\.il|"
    r"jamalon\.com|neelwafurat\.com|public\.gr|politeianet\.gr|kitapyurdu\.com|estantevirtual\.com\.br|flipkart\.com|"
    # South-East Asia's marketplaces and bookshops, Latin America's, India's
    r"shopee\.[a-z.]+|tokopedia\.com|lazada\.[a-z.]+|gramedia\.com|tiki\.vn|fahasa\.com|kinokuniya\.com\.sg|"
    r"mercadolivre\.com\.br|mercadolibre\.[a-z.]+|buscalibre\.[a-z.]+|amazon\.in|bookswagon\.com)$",
    re.I,
)
RETAILER_NAME = re.compile(
    r"\b(amazon(\.[a-z.]+)?|bookshop\.org|barnes\s*&\s*noble|waterstones|kobo|libro\.fm|audible|casa del libro|"
    r"fnac|thalia|hugendubel|bol\.com|wook|bertrand|ibs\.it|feltrinelli|coupang|yes24|rakuten|"
    r"ozon|labirint|литрес|лабиринт|steimatzky|סטימצקי|צומת ספרים|jamalon|جملون|kitapyurdu|"
    r"shopee|tokopedia|lazada|gramedia|fahasa|mercado\s+livre|buscalibre|flipkart)\b|"
    # (unspaced scripts run names into the sentence: no word boundary to look for)
    r"쿠팡|알라딘|교보문고|楽天|当当|京东",
    re.I,
)
# An affiliate link carries the blogger's id: a query tag, a bookshop.org shop path, rel=sponsored.
AFFILIATE_URL = re.compile(r"([?&](tag|aff|affid|affiliate|afiliado|affiliate_id|partner|associate|ascsubtag)=|bookshop\.org/a/\d+|/affiliate/)", re.I)
# Follow-me links: a profile or an invitation, not a page about a book.
SOCIAL_PROFILE = re.compile(
    r"^https?://(www\.)?(goodreads\.com/(user/show/|author/show/)?[\w.-]+/?$|instagram\.com/[\w.]+/?$|tiktok\.com/@|"
    r"(twitter|x)\.com/\w+/?$|bsky\.app/profile/|threads\.net/@|youtube\.com/(@|c/|channel/)|discord\.(gg|com/invite)/|"
    r"t\.me/\w+/?$|linktr\.ee/|app\.thestorygraph\.com/profile/|facebook\.com/(groups/)?[\w.]+/?$|pinterest\.[a-z.]+/\w+/?$)",
    re.I,
)
# Messengers whose groups and channels bloggers invite readers to join (a link there, or to a page of their own named for it).
MESSENGER_URL = re.compile(r"^https?://(www\.)?(t\.me|telegram\.(me|org)|wa\.me|chat\.whatsapp\.[a-z]{2,}|whatsapp\.[a-z]{2,}/channel|discord\.gg|"
                           r"line\.me|open\.kakao\.com|signal\.group|invite\.viber\.com)/|/(whatsapp|telegram|discord|kakao|line-?group)/?$", re.I)
# (Hebrew writes a one-letter article or preposition onto the name: "הווטסאפ", "בטלגרם"; Arabic "بالواتساب", "عالتيليجرام";
# the Indian scripts write it in their letters: Tamil "வாட்ஸ்அப்", Hindi "व्हाट्सएप")
# ... and such an invite address written out in the text, not linked ("Join the group: wa.me/15550100", "t.me/anareads")
MESSENGER_TEXT = re.compile(r"(?<![\w./@-])(?:https?://)?(?:www\.)?(?:t\.me|telegram\.me|wa\.me|chat\.whatsapp\.com|discord\.gg|"
                            r"line\.me|open\.kakao\.com|signal\.group|invite\.viber\.com)/[\w+-]", re.I)
MESSENGER_TEXT = guarded(MESSENGER_TEXT)  # (casefold.Guarded: its words looked for first, in the folded text)
MESSENGER_NAME = re.compile(r"\b(telegram|whatsapp|discord(?![^\W\d_])|viber|kakaotalk|wechat|"
                            r"微信|텔레그램|카카오톡|[הבלמשו]?(?:ווטסאפ|וואטסאפ|טלגרם)|"
                            r"(?:ال|بال|عال|لل)?(?:واتساب|واتس\s?اب|تيليجرام|تلغرام)|телеграм\w*|"
                            # (the Indian scripts write the names out: hi/mr, bn, ta, te, kn, ml, gu, pa)
                            r"व्हाट्स\s?[एऐ]प|वॉट्स\s?[एऐ]प|टेलीग्राम|টেলিগ্রাম|হোয়াটস\s?অ্যাপ|வாட்ஸ்\s?அப்|வாட்ஸ்\s?ஆப்|டெலிகிராம்|"
                            r"వాట్సాప్|వాట్సప్|టెలిగ్రామ్|ವಾಟ್ಸ್\s?ಆ್ಯಪ್|ವಾಟ್ಸಾಪ್|ಟೆಲಿಗ್ರಾಂ|വാട്സ്\s?ആപ്പ്|വാട്സാപ്പ്|ടെലിഗ്രാം|વોટ્સએપ|ટેલિગ્રામ|ਵਟਸਐਪ|ਟੈਲੀਗ੍ਰਾਮ)", re.I)
MESSENGER_NAME = guarded(MESSENGER_NAME)  # (casefold.Guarded: its words looked for first)
# The imperative to join the writer's group or channel, in our languages (with a messenger's name, ``promo.promotion``:
# "join our WhatsApp group" anywhere in a post; a character who joins a group is told in the third person)
JOIN_ASK = re.compile(
    r"\b(join\s+(us|our|my|the)\b|jiunge(ni)?\s+na|únete|unite\s+a|uníos|junte-se|entre\s+(no|na)\s+(nosso|nossa)|rejoignez|"
    r"tretet?\b.{0,40}\bbei|unisciti|entrate\s+nel|dołącz(cie)?|připojte\s+se|вступайте|присоединяйтесь|долучайтеся|"
    r"gabung(lah)?|bergabung(lah)?|sertai(lah)?|katılın|הצטרפו|انضمو\w*|ज्वाइन\s+करें|加入(?:我们|我的|本)|参加して|들어오세요|เข้าร่วม)", re.I)
# Team chats whose channels a club's page points to: common words too ("slack", "teams"), so read only beside a
# #channel ("reply in #bookclub on Slack").
CHAT_NAME = re.compile(r"\b(slack|teams|mattermost|zulip|rocket\.chat|element|matrix|discord|telegram)\b", re.I)
# Widgets that run giveaways, and a platform's own upsell to paid membership.
WIDGET_HOST = re.compile(r"(^|\.)(rafflecopter\.com|gleam\.io|kingsumo\.com|woobox\.com|viralsweep\.com)$", re.I)
UPSELL_URL = re.compile(r"^https?://(www\.)?medium\.com/(plans|membership|m/signin)\b", re.I)
# Classes themes and bloggers give to promotional boxes (theme knowledge, several languages; "support" too as pt/gl,
# es, fr, it, ca/ro, nl, pl, cs write it: "caixa-apoio"), paywall teasers, donation blocks, cross-selling, ad slots.
PROMO_CLASS = re.compile(
    r"(^|[-_])(affiliate|affiliates|afiliados?|affiliazione|sponsored|newsletter|subscribe|subscription|optin|opt-in|"
    r"giveaway|promo|cta|kofi|ko-fi|patreon|bmc|donate|donations?|support|support-box|cross-?sells?|upsells?|td-a-rec|adspot|"
    r"apoio|apoyo|soutien|sostegno|suport|steun|wsparcie|podpora|tip-?jar|sponsor|sponsors|post-sponsor|about-the-(author|blogger)|author-(box|bio|card)|"
    r"affiliat\w*|afiliad\w*|agenda|(?<!no[-_])(?<!has[-_])(?<!without[-_])(?:ads?(?![-_]free)|advert\w*|adslot|adunit|dfp)|"  # (an ad slot: "ad-slot", "inline-ad", CSS modules' "Inline_ad__x9")
    r"about-me|blogger-bio|paywall[-_](?:teaser|promo|offer|cta|prompt|upsell)|also[-_](?:bought|purchased|viewed))([-_]|$)|(?-i:(?<=[a-z])Ads?(?:Slot|Unit|Box)?(?=[A-Z_-]|$))",  # (camel case: "InlineAd_root__x9")
    re.I,
)
# Payment and tipping services by name, as bloggers write them in a plea with no link: international ones and the
# well-known national ones (Swish, Vipps, MobilePay, Bizum, Twint, Satispay, BLIK, Lydia, Pix, Trakteer and Saweria,
# Monobank, Boosty, Bit and PayBox, bKash and Nagad, GCash, PromptPay, M-Pesa, UPI, PayPay, Toonation ...).
# Long names take a case ending ("a Patreonon", "a Ko-fin", "на Монобанці", "বিকাশে"); short ones must stand alone
# ("pix", "bit"); "Kofi" before a capitalised word is the Akan given name ("Kofi Annan"), no tipping service.
_PAYMENT_EXACT = (r"ko-?fi(?!\s+(?-i:[A-ZÀ-Þ]))|liberapay|paypal(\.me)?|venmo|cash\s?app|vipps|mobilepay|bizum|twint|satispay|blik|lydia|pix|"
                  r"swish(a\w{0,2}|en)?|mb\s?way|tipeee|steady(hq)?|yoomoney|ю\s?money|afdian|momo|zalopay|paytm|kakaopay|toss|open\s?collective|gofundme|"
                  r"kickstarter|gcash|paymaya|gopay|promptpay|truemoney|paynow|paylah|duitnow|m-?pesa|upi|phonepe|g-?pay|"
                  r"google\s?pay|paypay|ofuse|fanbox|picpay|nequi|daviplata|yape|sinpe|paybox|tikkie|payconiq|revolut|"
                  r"przelewy24|zrzutka|patronite|buycoffee|utip|kaspi|qiwi|cloudtips|donationalerts|jkopay|payme|"
                  r"easypaisa|jazzcash|nagad|bkash|sociabuzz|line\s?pay|mercado\s?pago")
_PAYMENT_STEM = (r"ko-fi|patreon|buy\s?me\s?a\s?coffee|boosty|monobank|privat24|trakteer|saweria|toonation|"
                 r"paystack|flutterwave|"
                 r"монобанк|монобанц|приват\s?24|бусти|юмани|투네이션|카카오페이")
# (Hebrew: the name alone or with a one-letter preposition; Korean 토스 alone, not 토스트)
_PAYMENT_WORD = r"[בל]?ביט|[בל]?פייבוקס|сбп|토스"
# scripts with no case to fold and marks that \b does not see (Bengali, Thai, Chinese): the name anywhere
_PAYMENT_SCRIPT = r"বিকাশ|নগদ|พร้อมเพย์|ทรูมันนี่|支付宝|支付寶|微信支付|爱发电|愛發電|赞赏码|投げ銭"
# (grouped by first letter, one \b before both lists: the same matches, with far fewer tries at each word; fastre)
PAYMENT_NAME = re.compile(
    rf"\b(?:({by_first_letter(_PAYMENT_EXACT + '|' + _PAYMENT_WORD)})\b|({by_first_letter(_PAYMENT_STEM)})\w{{0,4}}\b)|({_PAYMENT_SCRIPT})",
    re.I,
)
# (casefold.Guarded: its words looked for first, read from the lists as written, "kickstarter", not the grouping's "ickstarter", "fi")
PAYMENT_NAME = guarded(PAYMENT_NAME, rf"\b(?:({_PAYMENT_EXACT}|{_PAYMENT_WORD})\b|({_PAYMENT_STEM})\w{{0,4}}\b)|({_PAYMENT_SCRIPT})")
# What a platform lets a reader do with a post: a closing line asking for it is the platform's, not the review's.
# ("like this" the imperative, opening its clause or after "and", "or", "please"; "grip like this" compares)
PLATFORM_ACTION = re.compile(
    r"\b(reblog\w*|rebloguea\w*|restack\w*|ask\s?box|clap\w*|subscribe|suscr[ií]b\w*|abonn\w*|abonnier\w*|iscriv\w*|"
    r"inscreva\w*|follow\s+(me|us|along)|s[ií]gue\w*|suivez|folg\w+\s+(mir|uns)|seguimi|share\s+(this|it)|compart\w*|partag\w*|"
    r"teil\w*|condivid\w*|(?:(?<![^\W\d_]\s)|(?<=\band\s)|(?<=\bor\s)|(?<=\bplease\s))like\s+(this|and)|dale\s+(a\s+)?(like|me gusta|reblog|rt))\b",
    re.I,
)
# What a platform lets readers do for a post and its writer, beyond the imperatives of READER_ACTIONS: vote and upvote,
# resteem, repost, donate, tip, subscribe (the infinitive after "think of", "don't forget to"), support the author;
# bilibili's coins, "triple" and charging, tips on Chinese platforms (``housekeeping.end_ask``). Never a word a
# review uses of its book or of a copy it was given ("Teil", "partagé", "donated", "supported by the publisher"; the
# Italian "voto" is a review's score: only "your vote" is the platform's).
ENGAGE_ACTION = re.compile(
    r"\b(up-?vot\w*|(?:tu|su|vuestro|seu|teu|tuo|vostro)\s+voto|vota(?:me|nos|d|r)?|votez|votate|voten|votem|głosuj\w*|zagłosuj\w*|голосуйте|проголосуй\w*|resteem\w*|"
    r"repost\w*|retweet\w*|donat(?!ed\b)\w*|донат\w*|задонат\w*|tip\s?jar|(?:vous\s+|t'|s')abonner|abonnieren|"
    r"suscrib(?:irse|irte|anse)|iscriver(?:si|ti)|inscrever-se|подписаться|підписатися|"
    r"support\s+(?:the\s+|this\s+|my\s+)?(?:author|writer|blog|channel|creator|me|us)|поддерж\w*\s+автор\w*|"
    r"підтрима\w*\s+автор\w*|unterstütz\w*\s+(?:mich|uns|den\s+autor|die\s+autorin)|soutenez\s+(?:l'auteur|le\s+blog|ce\s+blog)|"
    r"apoy[ae]\s+(?:al?\s+autor|el\s+blog|a\s+la\s+comunidad)|apoie\s+(?:o\s+autor|a\s+autora|o\s+blog)|"
    r"wesprzyj\w*\s+autor\w*|podpořte\s+autor\w*)\b|"
    r"投币|三连|充电|打赏|赞赏|支持一下|投げ銭|후원|सपोर्ट\s+करें",
    re.I,
)
# What a mailing platform adds to every issue: "view this email in your browser", unsubscribe and preference links.
NEWSLETTER_CHROME_HOST = re.compile(
    r"(^|\.)(campaign-archive\d?\.com|list-manage\d?\.com|mailchi\.mp|createsend\d?\.com|cmail\d+\.com|"
    r"sendibt\d\.com|sendibm\d\.com|mlsend\.com|mailerlite\.com|convertkit-mail\d?\.com|ck\.page|"
    r"beehiiv\.com|substack\.com/redirect|emailoctopus\.com|sendfox\.com|getrevue\.co)$",
    re.I,
)
# Blog-ranking portals: a badge linking to one asks the reader to click for the blog's rank, not about the book.
RANKING_HOST = re.compile(
    r"(^|\.)(blogmura\.com|with2\.net|blogranking\.(net|fc2\.com)|blogrank\.jp|ranking\.goo\.ne\.jp|blogpeople\.net|"
    r"blogarama\.com|blogtopsites\.com|topblogs\.[a-z.]+|blogadda\.com|indiblogger\.in|blogflux\.com|blogcatalog\.com)$",
    re.I,
)
# ... and by the names their badges print, the link's text or its image's alt text, when the link's address is no
# portal's own (a click counter's redirect, "#"): blogmura's "にほんブログ村 本ブログへ", with2's "人気ブログランキング"
RANKING_NAME = re.compile(
    r"にほんブログ村|ブログ村|人気ブログランキング|(?:FC2\s*)?ブログランキング|blogmura|blogpeople|blogarama|blog\s?topsites|"
    r"top\s?blogs|blogadda|indiblogger|blogflux|blogcatalog|블로그\s?순위|블로그\s?랭킹|"
    # the concept in other languages, as a badge or the line over a banner a copy lost says it: "blog ranking", fr,
    # es/pt, it, pl, ru/uk, tr, vi, zh; ja "taking part in the ranking" ("ランキングに参加しています", "ランキング参加中")
    r"blogg?[\s-]?rankings?|classement\s+des\s+blogs|ranking\s+de\s+blogs|classifica\s+(?:dei\s+)?blog|"
    r"ranking\w*\s+blog[óo]w|"
    r"рейтинг\w*\s+блог\w*|blog\s+sıralaması|bảng\s+xếp\s+hạng\s+blog|(?:博客|部落格)排(?:名|行)|ランキング(?:に)?参加", re.I)
# Social networks and messengers by name, as a closing line points readers to them ("our page on Instagram").
# ("discord" a whole word in both: pt/es/it "discordou", "discordaba", "discordia", en "discordant" disagree)
SOCIAL_NAME = re.compile(
    r"(instagram|tiktok|youtube|facebook|twitter|threads|bluesky|mastodon|goodreads|storygraph|pinterest|twitch|"
    r"telegram|whatsapp|discord(?![^\W\d_])|viber|kakao\w*|wechat|weibo|bilibili|"
    r"вконтакте|телеграм\w*|дзен\w*|微博|微信|小红书|抖音|"
    # the networks' names in Cyrillic (ru/uk/bg/sr/mk) and Greek
    r"инстаграм\w*|фејсбук\w*|фейсбук\w*|тик-?ток\w*|ютуб\w*|јутјуб\w*|твит+ер\w*|ινσταγκραμ|φεισμπουκ|"
    r"인스타\w*|유튜브|텔레그램|카카오\w*|インスタ\w*|ユーチューブ|ティックトック|(?:ال)?(?:تيليجرام|تلغرام|انستغرام|انستجرام|يوتيوب|فيسبوك|واتساب)|"
    r"טלגרם|אינסטגרם|יוטיוב|इंस्टाग्राम|यूट्यूब|टेलीग्राम|เฟซบุ๊ก|เฟสบุ๊ก|เฟสบุ๊ค|ยูทูบ|อินสตาแกรม|ติ๊กต็อก|"
    # (Facebook in Devanagari and the Dravidian and western Indic scripts)
    r"फ़?ेसबुक|ಫೇಸ್\u200c?ಬುಕ್|ఫేస్\u200c?బుక్|ஃபேஸ்புக்|ഫേസ്\u200c?ബുക്ക്|ફેસબુક|ਫੇਸਬੁੱਕ|"
    r"ফেসবুক|ইনস্টাগ্রাম|ইউটিউব|টেলিগ্রাম|فیسبوک|فیس‌بوک|اینستاگرام|تلگرام|یوتیوب|فیس\s?بک|انسٹاگرام|یوٹیوب|ٹیلی\s?گرام)",
    re.I,
)
SOCIAL_NAME = guarded(SOCIAL_NAME)  # (casefold.Guarded: its words looked for first)
# Share-intent links: a block of them is a share bar.
SHARE_LINK = re.compile(
    r"(facebook\.com/(sharer|share\.php|dialog/share)|(twitter|x)\.com/(intent|share)|pinterest\.[a-z.]+/pin/create|"
    r"linkedin\.com/(share|cws/share|sharing)|reddit\.com/submit|tumblr\.com/(share|widgets/share)|wa\.me/|api\.whatsapp\.com/send|"
    r"t\.me/share|bsky\.app/intent|mastodon\.social/share|[?&]share=|^mailto:\?|/share/?\?|pocket\.co/save|getpocket\.com/(save|edit))",
    re.I,
)
