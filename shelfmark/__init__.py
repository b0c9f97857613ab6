"""Shelfmark: an archive of book-review blogs."""
