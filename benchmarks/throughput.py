"""Throughput of ``dyade extract`` against bare ``fr_core_news_md`` on the same articles.

Usage: python benchmarks/throughput.py [--articles 200] [--workers 1] [FOLDER ...]

The articles are the project's fixture and demo texts (and ../shared/seeds when present),
repeated until there are N of them. Both sides get the same raw texts; both load their model
before the clock starts. Prints articles/s for each and their ratio, and the peak memory.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT / "tests" / "fixtures" / "articles", ROOT / "src" / "dyade" / "data" / "demo",
           ROOT.parent / "shared" / "seeds"]


def corpus(folders: list[Path], n: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for f in folders if f.is_dir()
             for p in sorted(f.glob("*.txt"))]
    if not texts:
        sys.exit("no .txt articles found")
    return [texts[i % len(texts)] for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()

    import spacy

    from dyade.article import Article
    from dyade.extraction import extract_articles
    from dyade.kb.places import cities
    from dyade.pipeline.nlp import load_pipeline

    texts = corpus(args.folders or DEFAULT, args.articles)
    chars = sum(map(len, texts))

    bare = spacy.load("fr_core_news_md")
    list(bare.pipe(texts[:4]))
    start = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=16, n_process=args.workers):
        pass
    bare_s = time.perf_counter() - start

    load_pipeline()
    cities()
    articles = [Article(doc=f"a{i}", source=f"a{i}", text=t) for i, t in enumerate(texts)]
    list(extract_articles(articles[:4]))
    start = time.perf_counter()
    records = list(extract_articles(articles, workers=args.workers))
    dyade_s = time.perf_counter() - start

    events = sum(len(r["events"]) for r in records)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles            {len(texts)} ({chars / len(texts):.0f} characters on average)")
    print(f"workers             {args.workers}")
    print(f"bare fr_core_news_md {len(texts) / bare_s:7.1f} articles/s  ({bare_s:.1f} s)")
    print(f"dyade extract        {len(texts) / dyade_s:7.1f} articles/s  ({dyade_s:.1f} s, "
          f"{events} events)")
    print(f"ratio dyade/bare     {bare_s / dyade_s:7.2f}")
    print(f"peak memory          {peak:7.0f} MB (main process)")


if __name__ == "__main__":
    main()
