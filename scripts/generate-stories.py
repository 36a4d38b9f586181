#!/usr/bin/env python3
"""Writes N synthetic news stories for benchmarks: Markdown with front matter, 3-6 KB with a
long tail of larger ones, from a fixed seed so every run gets the same corpus.

Usage: scripts/generate-stories.py N FOLDER [SEED]
"""
import os
import random
import sys

WORDS = (
    "council harbour minister union strike vote budget police court river flood market shares "
    "school hospital election mayor ferry airport rail bridge storm energy prices workers talks "
    "agreement report inquiry museum festival match season league coach farmers drought water "
    "tax plan city region government opposition parliament committee officials residents "
    "the a of to in and on for with by from at after before during said would could will "
    "new first last week month year day night morning evening three four five ten hundred"
).split()
CITIES = [("ROTTERDAM", "Netherlands"), ("LYON", "France"), ("PORTO", "Portugal"),
          ("GDANSK", "Poland"), ("BERGEN", "Norway"), ("VALENCIA", "Spain"), ("GRAZ", "Austria")]
NAMES = ["Ana Ruiz", "Tom Berg", "Lea Brandt", "Sam Okafor", "Ingrid Vos", "Mette Lund", "Jan Novak"]


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 22))]
    return " ".join(words).capitalize() + "."


def story(index, rng):
    headline = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 9))).capitalize()
    city, country = rng.choice(CITIES)
    day = 1 + index % 28
    size = rng.choice([3, 3, 4, 4, 5, 6]) * 1000
    if rng.random() < 0.03:
        size *= rng.randint(3, 10)  # the long tail
    lines = [
        "---",
        f"headline: {headline} {index}",
        f"slug: story-{index:06d}",
        f"date: 2026-{1 + index % 12:02d}-{day:02d}T{index % 24:02d}:{index % 60:02d}:00+01:00",
        "byline:",
        f"  - name: {rng.choice(NAMES)}",
        "    role: reporter",
        f"dateline: {{city: {city}, country: {country}, agency: Bench News}}",
        f"urgency: {rng.randint(1, 8)}",
        f"subjects: [medtop:{rng.randint(1, 20):02d}000000]",
        f"keywords: [{rng.choice(WORDS)}, {rng.choice(WORDS)}]",
        f"summary: {sentence(rng)}",
        "---",
        "",
    ]
    body = []
    total = 0
    while total < size:
        paragraph = " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))
        if rng.random() < 0.1:
            paragraph = f"## {sentence(rng)[:-1]}"
        elif rng.random() < 0.1:
            paragraph = f"> {paragraph}"
        elif rng.random() < 0.05:
            paragraph = "\n".join(f"- {sentence(rng)}" for _ in range(3))
        body.append(paragraph)
        total += len(paragraph)
    return "\n".join(lines) + "\n\n".join(body) + "\n"


def main(arguments):
    if len(arguments) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    count, folder = int(arguments[0]), arguments[1]
    rng = random.Random(int(arguments[2]) if len(arguments) > 2 else 7901)
    os.makedirs(folder, exist_ok=True)
    for index in range(count):
        with open(os.path.join(folder, f"story-{index:06d}.md"), "w", encoding="utf-8") as handle:
            handle.write(story(index, rng))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
