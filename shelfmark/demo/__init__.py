"""Bundled demo blogs and the small static server that serves them.

``shelfmark/demo/sites/<slug>/`` holds one static tree per demo blog (a
self-hosted WordPress blog, a Blogger blog, a Joomla/K2 newspaper and a Ghost
publication). :func:`shelfmark.demo.server.serve_sites` serves each tree on its
own 127.0.0.1 port; ``sources.yaml`` lists the blogs for ``shelfmark demo``.
"""
