"""Run a command and measure it: wall time, CPU time of it and all its children, peak memory of its process tree.

CPU comes from ``getrusage(RUSAGE_CHILDREN)`` (every descendant that was
waited for: the crawl's extraction workers included). Memory is sampled from
``/proc`` every 0.2 s: the sum of RSS over the command's process tree (an
upper bound: forked workers share pages) and the sum of PSS (shared pages
divided among the processes that share them, what the tree really costs).
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Run:
    wall: float
    cpu: float
    peak_rss_mb: float = 0.0
    peak_pss_mb: float = 0.0
    peak_processes: int = 0
    stdout: str = ""
    stderr: str = ""
    samples: list[tuple[float, float]] = field(default_factory=list)  # (seconds, tree RSS MB)
    pid: int = 0  # the command's own process; the others in `per_process` are its descendants
    per_process: dict[int, tuple[float, float]] = field(default_factory=dict)  # pid -> (peak RSS, peak PSS) MB


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _tree(pid: int) -> list[int]:
    children = _children()
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        todo.extend(children.get(current, []))
    return out


def _memory(pid: int) -> tuple[float, float]:
    """(RSS, PSS) of one process in MB; zeros when it is gone."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0.0, 0.0
    values = {}
    for line in text.splitlines()[1:]:
        parts = line.split()
        if len(parts) >= 2 and parts[0] in ("Rss:", "Pss:"):
            values[parts[0]] = int(parts[1]) / 1024
    return values.get("Rss:", 0.0), values.get("Pss:", 0.0)


def run(cmd: list[str], *, cwd: str | Path | None = None, env: dict | None = None, sample: bool = False,
        check: bool = True, timeout: float | None = None) -> Run:
    """Run `cmd` to its end (or kill it after `timeout` s); with `sample`, watch its process tree's memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=cwd, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    result = Run(0.0, 0.0, pid=proc.pid)
    stop = threading.Event()

    def watch() -> None:
        while not stop.wait(0.2):
            pids = _tree(proc.pid)
            usage = [_memory(p) for p in pids]
            for p, (rss, pss) in zip(pids, usage):
                peak = result.per_process.get(p, (0.0, 0.0))
                result.per_process[p] = (max(peak[0], rss), max(peak[1], pss))
            rss, pss = sum(u[0] for u in usage), sum(u[1] for u in usage)
            result.peak_rss_mb = max(result.peak_rss_mb, rss)
            result.peak_pss_mb = max(result.peak_pss_mb, pss)
            result.peak_processes = max(result.peak_processes, len(pids))
            result.samples.append((time.monotonic() - started, rss))

    watcher = threading.Thread(target=watch, daemon=True) if sample else None
    if watcher:
        watcher.start()
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGINT)  # as Ctrl-C: a crawl stops cleanly and records what it did
        try:
            out, err = proc.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
        err += f"\n[stopped after {timeout:.0f} s]"
    stop.set()
    if watcher:
        watcher.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    result.wall = time.monotonic() - started
    result.cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    result.stdout, result.stderr = out, err
    if check and proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])}… exited {proc.returncode}:\n{err[-3000:]}")
    return result


def process_cpu(pid: int | None) -> float:
    """CPU seconds used so far by a running process and its children (the static server)."""
    if pid is None:
        return 0.0
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    for p in _tree(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
    return total
