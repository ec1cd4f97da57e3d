"""The README cannot drift from the code: schema columns and the two set-up commands."""

from __future__ import annotations

import re
from pathlib import Path

from timeline import schema

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_documents_every_column() -> None:
    documented = re.findall(r"^\| `(\w+)` \|", README, flags=re.M)
    assert documented == list(schema.NAMES)


def test_readme_has_the_two_setup_commands_and_ci_runs_the_test_one() -> None:
    block = re.search(r"## Set-up: two commands.*?```bash\n(.*?)```", README, flags=re.S)
    assert block is not None
    commands = [line.split("#")[0].strip() for line in block.group(1).splitlines()]
    assert commands == ["bash scripts/run.sh", "bash scripts/test.sh"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash scripts/test.sh" in ci.splitlines()


def test_default_article_is_not_hard_coded() -> None:
    words = re.compile(r"sky stadium|parnell|campervan|wellington", re.I)
    code = [*ROOT.joinpath("timeline").rglob("*.py"), ROOT / "app.py",
            *ROOT.joinpath("dashboard").rglob("*.py")]
    offenders = [str(p.relative_to(ROOT)) for p in code if words.search(p.read_text("utf-8"))]
    assert offenders == []
