"""How often `dyade kb resolve` names the right actor: phrases at dates, by category.

The cases in kb_phrases.jsonl were written from general knowledge, independently of the
knowledge-base files: heads of state and government, foreign and defence ministers, heads of
international organisations and armed groups, capitals and seats of power, spokespeople, and
phrases that must stay unknown. A case is right when the name matches (FORMAT.md's name rule,
or the same surname) and the country matches.

    python benchmarks/kb_resolution.py [--failures]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from dyade.kb.phrase import resolve_many
from dyade.scoring import name_match

CASES = Path(__file__).with_name("kb_phrases.jsonl")


def right(case: dict, got: dict) -> bool:
    if case.get("name") is None:
        return got["name"] is None
    if not got["name"]:
        return False
    same = name_match(case["name"], got["name"]) or \
        case["name"].split()[-1].lower() in got["name"].lower()
    return same and case.get("country") in (None, got["country"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="List the wrong answers.")
    args = parser.parse_args()
    cases = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    began = time.perf_counter()
    results = list(resolve_many([(c["text"], c["date"]) for c in cases]))
    elapsed = time.perf_counter() - began
    total, good = Counter(), Counter()
    for case, got in zip(cases, results, strict=True):
        total[case["category"]] += 1
        if right(case, got):
            good[case["category"]] += 1
        elif args.failures:
            print(f"  {case['text']!r} {case['date']}: expected {case.get('name')} "
                  f"({case.get('country')}), got {got['name']} ({got['country']})")
    for category in total:
        print(f"{category:<10} {good[category]:>4}/{total[category]:<4} "
              f"{good[category] / total[category]:.1%}")
    print(f"{'all':<10} {sum(good.values()):>4}/{sum(total.values()):<4} "
          f"{sum(good.values()) / sum(total.values()):.1%}   "
          f"({len(cases) / elapsed:.0f} phrases/s, pipeline load included)")


if __name__ == "__main__":
    main()
