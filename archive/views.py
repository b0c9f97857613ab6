"""The SQL of the archive's views, as the migrations in archive/schema.py create them.

A view that has shipped is changed only by a new migration that drops and creates it again.
"""

BOOK_SUMMARY_SQL = """
select
  books.id as book_id,
  books.title,
  books.author,
  books.year,
  count(reviews.id) as review_count,
  count(distinct reviews.source_slug) as source_count,
  round(avg(reviews.rating), 3) as average_rating,
  round(avg(reviews.rating) * 5, 1) as average_stars,
  min(reviews.published) as first_review,
  max(reviews.published) as last_review
from books
left join reviews on reviews.book_id = books.id
group by books.id
"""

REVIEWS_BY_BOOK_SQL = """
select
  books.id as book_id,
  books.title as book,
  books.author as author,
  reviews.id as review_id,
  reviews.source_slug,
  sources.name as source_name,
  reviews.reviewer,
  reviews.published,
  reviews.stars,
  reviews.rating_raw,
  reviews.title as review_title,
  reviews.word_count,
  reviews.body_markdown,
  reviews.url
from reviews
join books on books.id = reviews.book_id
left join sources on sources.slug = reviews.source_slug
order by books.id, reviews.published
"""

REVIEW_INDEX_SQL = """
select
  reviews.id as review_id,
  reviews.published,
  cast(substr(reviews.published, 1, 4) as integer) as year,
  substr(reviews.published, 1, 7) as month,
  reviews.title,
  reviews.book_id,
  coalesce(books.title, reviews.book_title) as book,
  coalesce(books.author, reviews.book_author) as author,
  sources.name as blog,
  reviews.source_slug,
  reviews.reviewer,
  reviews.stars,
  reviews.url
from reviews
left join books on books.id = reviews.book_id
left join sources on sources.slug = reviews.source_slug
"""

# Since m009 (archive/unreviewed.py): the reader views leave out reviews a later reading no longer takes for reviews.
LIVE = "where reviews.unreviewed_at is null\n"
REVIEW_INDEX_LIVE_SQL = REVIEW_INDEX_SQL + LIVE
REVIEWS_BY_BOOK_LIVE_SQL = REVIEWS_BY_BOOK_SQL.replace("order by books.id", LIVE + "order by books.id")
