"""Extraction cost against article length: words vs CPU seconds.

    python -m benchmarks.extraction PATH [PATH ...] [--words 1000 10000 100000]

The text is real news: the TimeML documents under the PATHs (their raw text, in file
order, one paragraph each) joined until the wanted number of words is reached, published
at the first document's creation time. Each length goes through the whole extraction
(``extract_many([article], inferred=True)``: tagging, the document analysis, dated and
inferred events, the frame) once, timed in CPU seconds of this process (the machine's
cores are shared, so wall time would measure the neighbours). Extraction should grow
linearly: seconds per 1,000 words should stay flat as the article grows.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from benchmarks.tml import read_documents
from timeline.ingest import Article
from timeline.pipeline import extract_many

LENGTHS = (1_000, 10_000, 100_000)


def news_text(paths: list[Path], words: int) -> tuple[str, Article]:
    """About ``words`` words of the corpus's text, whole paragraphs, as one article."""
    docs = read_documents(paths)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        for doc in docs:
            for paragraph in doc.text.split("\n"):
                if paragraph.strip() and count < words:
                    paragraphs.append(paragraph.strip())
                    count += len(paragraph.split())
    text = "\n\n".join(paragraphs)
    return text, Article(text=text, published=docs[0].dct, timezone="UTC", doc_id="scaling")


def measure(paths: list[Path], lengths: tuple[int, ...]) -> list[tuple[int, int, float, int]]:
    """(words, characters, CPU seconds, rows) for each length."""
    out = []
    for words in lengths:
        text, article = news_text(paths, words)
        began = time.process_time()
        frame = extract_many([article], inferred=True)
        out.append((len(text.split()), len(text), time.process_time() - began, len(frame)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help="folders of .tml files")
    parser.add_argument("--words", nargs="+", type=int, default=list(LENGTHS))
    args = parser.parse_args(argv)
    print("| words | characters | CPU s | ms per 1,000 words | rows |")
    print("|---:|---:|---:|---:|---:|")
    for words, chars, seconds, rows in measure(args.paths, tuple(args.words)):
        per = 1000 * seconds / words * 1000
        print(f"| {words:,} | {chars:,} | {seconds:.2f} | {per:.0f} | {rows:,} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
