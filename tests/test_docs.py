"""Docs that tests keep honest: the README's two commands, CI, and every command documented."""

import re
from pathlib import Path

from click.testing import CliRunner

from shelfmark.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands():
    first_block = re.search(r"```sh\n(.*?)```", README, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in first_block.strip().splitlines()]
    assert commands == ["./dev demo", "./dev test"]
    assert README.index("```sh") < 200, "the commands come first"


def test_ci_runs_exactly_the_readme_test_command():
    ci = [l for l in (ROOT / ".ci" / "run").read_text().splitlines() if l.strip() and not l.startswith(("#", "set ", "cd "))]
    assert ci[-1].strip() == "./dev test"
    dev = (ROOT / "dev").read_text()
    assert "pytest" in dev and "shelfmark demo" in dev


def test_every_command_is_in_the_readme():
    commands = main.list_commands(None)
    assert {"crawl", "serve", "extract", "demo", "sources"} <= set(commands)
    for command in commands:
        assert f"`shelfmark {command}" in README, command
        for param in main.get_command(None, command).params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--") and opt not in ("--help", "--log-level", "--full", "--brief", "--serve"):
                    assert opt in README, f"shelfmark {command} {opt} is not in the README"


def test_every_promise_names_a_test_that_exists():
    section = README.split("## What Shelfmark promises", 1)[1].split("\n## ", 1)[0]
    promises = [p for p in section.split("\n- ")[1:]]
    assert len(promises) >= 6
    for promise in promises:
        named = re.findall(r"`(test_[a-z_]+\.py)`", promise)
        assert named, f"a promise without its test: {promise[:60]}"
        for name in named:
            assert (ROOT / "tests" / name).is_file(), name
