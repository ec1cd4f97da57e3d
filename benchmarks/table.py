"""The Markdown table every benchmark prints, so its figures paste into the README as they are."""

from __future__ import annotations


def print_table(
    corner: str, heads: list[str], rows: dict[str, list[str]], notes: list[str]
) -> None:
    """One row a measure, one column a size (left-aligned names, right-aligned figures),
    then the notes that say under what load and memory the figures were taken."""
    print(f"| {corner} | " + " | ".join(heads) + " |")
    print("|---|" + "---:|" * len(heads))
    for name, cells in rows.items():
        print(f"| {name} | " + " | ".join(cells) + " |")
    print()
    print("\n".join(notes))
