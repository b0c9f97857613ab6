"""When a source is due: its ``schedule`` in sources.yaml, a cron expression or an interval.

``"0 6 * * 1"`` (cron, five fields: every Monday at 06:00 UTC) or ``"12h"``,
``"7d"``, ``"90m"``, ``"2w"``, ``hourly``, ``daily``, ``weekly``, ``monthly``
(an interval after the start of the last finished crawl). A source never crawled is due at once; a source without a
schedule is crawled only when named.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from croniter import croniter

INTERVAL = re.compile(r"^\s*(\d+)\s*(m|h|d|w)\s*$", re.I)
UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
WORDS = {"hourly": "1h", "daily": "1d", "weekly": "7d", "monthly": "30d"}


class ScheduleError(ValueError):
    """A schedule that is neither a cron expression nor an interval."""


def check_schedule(text: str) -> str:
    """Validate a schedule (sources.yaml); the error says what is accepted."""
    interval = WORDS.get(text.strip().lower(), text)
    if INTERVAL.match(interval):
        if int(INTERVAL.match(interval).group(1)) == 0:
            raise ScheduleError(f"{text!r} is a zero interval; give at least 1, such as 30m, 12h, 7d")
        return text
    if len(text.split()) == 5 and croniter.is_valid(text):
        return text
    raise ScheduleError(f"{text!r} is neither an interval (30m, 12h, 7d, 2w, daily, weekly) nor a five-field cron expression (0 6 * * 1)")


def next_due(schedule: str | None, last_start: datetime | None) -> datetime | None:
    """When the source is next due (UTC); None without a schedule; the epoch when never crawled."""
    if not schedule:
        return None
    if last_start is None:
        return datetime.fromtimestamp(0, timezone.utc)
    schedule = WORDS.get(schedule.strip().lower(), schedule)
    if match := INTERVAL.match(schedule):
        return last_start + timedelta(**{UNITS[match.group(2).lower()]: int(match.group(1))})
    return croniter(schedule, last_start).get_next(datetime)


def is_due(schedule: str | None, last_start: datetime | None, now: datetime | None = None) -> bool:
    due = next_due(schedule, last_start)
    return due is not None and due <= (now or datetime.now(timezone.utc))


def parse_utc(value: str | None) -> datetime | None:
    if not value:
        return None
    when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)
