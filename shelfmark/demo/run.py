"""Build the demo archive: serve the bundled blogs on 127.0.0.1 and crawl them; serve both while it is browsed.

`shelfmark demo` serves the blogs on fixed ports (``DEMO_PORTS``) for as long as it serves the archive, so a review's
"Read the original post" link and every `url` answer; the sources file the build used is written beside the archive
(``data/demo.sources.yaml``), so the demo can be re-crawled, scheduled and inspected with the README's commands
while the blogs are up (`python -m shelfmark.demo.server` serves them again at the same addresses).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from archive.captures import warc_dir

from scraper.sources import parse_sources

from .server import DEMO_PORTS, DemoServers, PortBusy, serve_sites

DEMO_SOURCES = Path(__file__).resolve().parent / "sources.yaml"
RESOLVED_HEADER = ("# The demo blogs as `shelfmark demo` served and crawled them, written beside the demo archive\n"
                   "# at each build. While they are served (`shelfmark demo`, or `python -m shelfmark.demo.server`):\n"
                   "#   shelfmark crawl --sources THIS_FILE --db data/demo.db --no-throttle\n")


def demo_sources(urls: dict[str, str]):
    """The demo sources file with each ``{{site:SLUG}}`` replaced by the served base URL."""
    text = DEMO_SOURCES.read_text(encoding="utf-8")
    for slug, base in urls.items():
        text = text.replace("{{site:%s}}" % slug, base)
    return parse_sources(text, str(DEMO_SOURCES))


def sources_file(db_path: str | Path) -> Path:
    """The resolved demo sources file beside the archive: `data/demo.db` -> `data/demo.sources.yaml`."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.stem + ".sources.yaml")


def build_demo(db_path: str | Path, *, log_level: str = "WARNING", servers: DemoServers | None = None):
    """A fresh demo archive at `db_path` (an old one is replaced); returns the crawl summary.

    The blogs are crawled from `servers` (the caller keeps them up), or from servers on OS-chosen ports that close
    when the build ends. The demo sites are on this machine, so politeness delays are lifted (robots.txt is still
    obeyed).
    """
    from scraper.run import run_crawl

    if servers is None:
        with serve_sites() as own:
            return build_demo(db_path, log_level=log_level, servers=own)
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    # the old archive's captures go with it: the new one numbers its crawls from 1 again
    shutil.rmtree(warc_dir(db_path), ignore_errors=True)
    text = DEMO_SOURCES.read_text(encoding="utf-8")
    for slug, base in servers.urls.items():
        text = text.replace("{{site:%s}}" % slug, base)
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    sources_file(db_path).write_text(RESOLVED_HEADER + body + "\n", encoding="utf-8")
    return run_crawl(demo_sources(servers.urls), str(db_path), fast=True, log_level=log_level)


def archive_port_busy(host: str, port: int, blogs: dict[str, str]) -> str | None:
    """Why the archive could not be served on host:port, or None: asked before the build (a minute of crawling),
    not after it, when Datasette would fail to bind and the user would have waited for nothing."""
    import socket

    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        # create_server sets SO_REUSEADDR as uvicorn does: a port in TIME_WAIT is free, one being listened on is not
        with socket.create_server((host, port), family=family):
            return None
    except OSError as exc:
        why = exc.strerror or str(exc)
    users = [slug for slug, url in blogs.items() if url.endswith(f":{port}")]
    who = f"the demo blog {users[0]} is served there" if users else "is another server using it?"
    return (f"the demo archive cannot be served on {host}:{port} ({why}): {who}. "
            f"Choose another port: `shelfmark demo --port PORT` (the demo blogs use {min(DEMO_PORTS.values())}-"
            f"{max(DEMO_PORTS.values())} unless --any-ports)")


def run_demo(db: str, *, serve: bool, host: str, port: int, fixed_ports: bool, echo, summary) -> None:
    """`shelfmark demo`: build, then serve the archive and the blogs together until Ctrl-C."""
    import click

    try:
        servers = serve_sites(ports=DEMO_PORTS if fixed_ports else None)
    except PortBusy as exc:
        raise click.ClickException(str(exc)) from None
    with servers:
        if serve:
            busy = archive_port_busy(host, port, servers.urls)
            if busy:
                raise click.ClickException(busy)
        summary(build_demo(db, servers=servers), db)
        sources = sources_file(db)
        up = "served while the archive is" if serve else "closed now; python -m shelfmark.demo.server serves them"
        echo(f"demo blogs: {', '.join(f'{url}/' for url in servers.urls.values())} ({up})")
        echo(f"re-crawl: shelfmark crawl --sources {sources} --db {db} --no-throttle; "
             f"status: shelfmark status --sources {sources} --db {db}")
        if serve:
            from archive.serve import serve as run_server

            echo(f"Serving the demo archive at http://{host}:{port}/ (Ctrl-C stops)")
            run_server(db, host=host, port=port)
