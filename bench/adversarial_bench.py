"""Time and memory of every stage of `analyze()` on pathological texts at the input limits.

Usage: uv run python bench/adversarial_bench.py [--shapes a,b] [--sizes 50,100,200] [--repeat 3]
                                                [--in-process] [--lines --sizes 5,10,20]

Each shape is a text (or page) a hostile or careless upload could be, built to about N thousand
characters of article text (200 is the README's limit of 200,000 characters). Each (shape, size)
runs in a fresh subprocess so its peak resident memory (ru_maxrss, model included) is its own.
Times are CPU seconds (time.process_time), medians of --repeat runs, per stage: ingest (bytes
to Article), parse (spaCy, in pieces), then the extractors in the order `analyze_rows` calls
them, the frames, and the JSON export. The growth exponent is the slope of log(total) against
log(size), for the total and for each stage that takes MIN_STAGE_SECONDS at the largest size.
The shapes are also what tests/test_adversarial.py runs, at a smaller size.

With --lines, no clock at all: the lines of `lib` code each rule stage runs (`rule_lines`) at
three doubling sizes, and the ratio of the increments (`increment_ratio`): 2 for linear work
whatever its fixed cost, 4 for quadratic. A shared, loaded machine blurs CPU seconds; it cannot
change a count. It misses work inside one line (a regex scan), which the timings still show.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.scaling_bench import exponent  # noqa: E402

SENTENCE = "The mayor said on Monday that the council would meet again to vote on the budget. "
FIRST = ["Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas"]
LAST = ["Berg", "Kowalski", "Novak", "Okafor", "Petrov", "Quist", "Rossi", "Silva", "Tanaka"]
MONTHS = ["January", "March", "May", "July", "September", "November"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _fill(make, chars: int, sep: str = "") -> str:
    """Join make(i) for i = 0, 1, ... until the next piece would pass `chars`."""
    out, total, i = [], 0, 0
    while True:
        piece = make(i)
        if total + len(piece) + len(sep) > chars:
            return sep.join(out)
        out.append(piece)
        total += len(piece) + len(sep)
        i += 1


def _name(i: int) -> str:
    """A distinct capitalised two-word name for every i (10 x 9 x suffixes)."""
    first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
    n = i // (len(FIRST) * len(LAST))
    return f"{first} {last}{'son' * (n % 3)}{'ova' if n >= 3 else ''}" if n else f"{first} {last}"


def _unique_surname(i: int) -> str:
    letters = "bcdfghklmnprstvz"
    word = ""
    while True:
        word += letters[i % len(letters)] + "aeiou"[i % 5]
        i //= len(letters)
        if not i:
            return word.capitalize()


SHAPES = {
    # One paragraph, one sentence: no full stop, no comma, ordinary words.
    "one_sentence": lambda n: (
        "Council plan\n\n"
        + _fill(
            lambda i: "the council member spoke about the plan and the budget with the mayor ", n
        )
    ),
    # One huge line of numbers: "1, 2, 3, ..." after a sentence that says what they count.
    "numbers": lambda n: (
        "Counted figures\n\nThe officials said the counts were "
        + _fill(lambda i: f"{3 * i + 1}, {3 * i + 2} and then there were the {3 * i + 3}, ", n)
        + "in all."
    ),
    # Numbers with units and qualifiers, one sentence per paragraph.
    "figures": lambda n: (
        "Counted figures\n\n"
        + _fill(
            lambda i: (
                f"At least {i + 3} people were killed and ${i + 1}.5 million was lost, "
                f"up {i % 90 + 1}% from {1990 + i % 30}, police said."
            ),
            n,
            "\n\n",
        )
    ),
    # Date-like tokens: every form the tagger reads, thousands of them in a row.
    "dates": lambda n: (
        "Dates galore\n\nThe mayor said the meetings were on "
        + _fill(
            lambda i: (
                f"on {DAYS[i % 7]} {i % 28 + 1} {MONTHS[i % 6]} {1990 + i % 35} and on the "
                f"{(i % 12) + 1}/{(i % 28) + 1}/2024 and the last {DAYS[i % 7]}, "
            ),
            n,
        )
        + "and next week."
    ),
    # Dates one per sentence, many paragraphs (the timeline's events and anchors).
    "date_sentences": lambda n: (
        "Dates galore\n\n"
        + _fill(
            lambda i: (
                f"The council met on {MONTHS[i % 6]} {i % 28 + 1}, {1990 + i % 35}, "
                f"two days after the vote on {DAYS[i % 7]}, the mayor said."
            ),
            n,
            "\n\n",
        )
    ),
    # Every kind of quote mark and bracket, nested and never balanced.
    "brackets": lambda n: (
        "Nested marks\n\nThe mayor said "
        + _fill(
            lambda i: "« the „ plan “ of ‘ the ‹ city ( was [ to { be \" said ' by the ", n // 2
        )
        + _fill(lambda i: "» mayor ” and ’ the › city ) was ] to } be \" said ' by ", n // 2)
        + " over."
    ),
    # Properly nested quotes of every kind, thousands deep in one paragraph.
    "nested_quotes": lambda n: (
        "Nested quotes\n\nThe mayor said "
        + _fill(lambda i: "«„“‘‹ he said that the ", n // 2 - 10)
        + _fill(lambda i: " it was› the’ end” of“ it» ", n // 2 - 10)
        + "."
    ),
    # Thousands of different people, each speaking once (entity and speaker tables).
    "names": lambda n: (
        "Many speakers\n\n"
        + _fill(
            lambda i: (
                f"“The budget is wrong,” said {FIRST[i % 10]} {_unique_surname(i)}, "
                f"a councillor from {_unique_surname(i + 7)}ville."
            ),
            n,
            "\n\n",
        )
    ),
    # The same few names everywhere (mentions of one entity, speaker resolution).
    "same_names": lambda n: (
        "Few speakers\n\n"
        + _fill(
            lambda i: f"{_name(i % 5)} met {_name((i + 1) % 5)} and {_name((i + 2) % 5)} in Kyiv.",
            n,
            " ",
        )
    ),
    # A paragraph of repeated "he said" cues and pronoun speakers.
    "he_said": lambda n: (
        "Cues\n\nAnna Berg, the mayor, spoke. "
        + _fill(
            lambda i: "“It is over,” he said. She said it was not. They said so, he told them. ", n
        )
    ),
    # Very long words, a few per sentence.
    "long_words": lambda n: (
        "Long words\n\n" + _fill(lambda i: f"The mayor said {'x' * 5_000}{i} was the word. ", n)
    ),
    # Zero-width, bidi and soft-hyphen characters between every word.
    "invisible": lambda n: (
        "Invisible\u200b marks\n\n"
        + _fill(
            lambda i: (
                "The\u200b mayor\u200d said\u202e on\u2066 Monday\u2069 that\u00ad the"
                "\ufeff council\u200e would\u200f meet, police said. "
            ),
            n,
        )
    ),
    # Windows and old-Mac line ends mixed with Unix ones, blank lines of each kind.
    "line_ends": lambda n: (
        "Line ends\r\n\r\n"
        + _fill(lambda i: SENTENCE + ("\r\n\r\n", "\r\r", "\n\n", "\r\n", "\r")[i % 5], n)
    ),
    # HTML: one attribute of a megabyte (the byte limit), the text in a few paragraphs.
    "html_attribute": lambda n: (
        '<html><head><title>Big attribute</title></head><body><div data-x="'
        + "a" * (n * 9)
        + '">'
        + "".join(f"<p>{SENTENCE * 4}Officials said {i} people came.</p>" for i in range(40))
        + "</div></body></html>"
    ),
    # HTML: thousands of sibling and nested inline elements around the words (~20,000 at 200 KB).
    "html_elements": lambda n: (
        "<html><body><article>"
        + _fill(
            lambda i: (
                f"<p><b><i><span>Officials said {i} people came to the hall.</span></i></b></p>"
            ),
            n * 8 // 5,
        )
        + "</article></body></html>"
    ),
    # --- round 7: constructions that make rule stages compare items pairwise ---
    # Pronoun speakers only, after one named person (antecedent search, speaker resolution).
    "pronouns": lambda n: (
        "Pronouns\n\nAnna Berg, the mayor, and Boris Novak, her deputy, spoke.\n\n"
        + _fill(
            lambda i: (
                f"“It is over {i},” he said. She said it was not, and they told him so. "
                "His aide said her plan was theirs, she added."
            ),
            n,
            "\n\n",
        )
    ),
    # Paragraphs that open a quotation and never close it (the continued-quote convention).
    "open_quotes": lambda n: (
        "Open quotes\n\nAnna Berg said:\n\n"
        + _fill(
            lambda i: f"“The plan for the {i}th district is late and the budget is wrong", n, "\n\n"
        )
    ),
    # Percentages and changes of every spelling, one long paragraph.
    "percentages": lambda n: (
        "Polls\n\n"
        + _fill(
            lambda i: (
                f"Support rose {i % 50 + 1}.{i % 10}% to {i % 90 + 5} percent, from "
                f"{i % 70 + 2} per cent, a {i % 9 + 1} percentage point gain, polls said. "
            ),
            n,
        )
    ),
    # Cross-headlines in capitals glued between sentences of one paragraph (pasted web copy).
    "capitals": lambda n: (
        "Capitals\n\n"
        + _fill(
            lambda i: (
                f"The mayor said the vote was close. MAYOR {_unique_surname(i).upper()} SAYS "
                "THE COUNCIL WILL VOTE AGAIN ON THE BUDGET NEXT WEEK "
            ),
            n,
        )
    ),
    # One paragraph that is nothing but capitals.
    "all_caps": lambda n: (
        "All caps\n\n"
        + _fill(lambda i: f"THE MAYOR {_unique_surname(i).upper()} SAID THE VOTE WAS CLOSE ", n)
    ),
    # "said X" lines: every paragraph a bare attribution with a different name.
    "said_lines": lambda n: (
        "Said lines\n\n"
        + _fill(
            lambda i: (
                f"said {FIRST[i % 10]} {_unique_surname(i)}.\n\n{_unique_surname(i + 3)} said."
            ),
            n,
            "\n\n",
        )
    ),
    # A table of figures: one row a line, single line breaks, columns of numbers.
    "table": lambda n: (
        "Results table\n\n"
        + _fill(
            lambda i: (
                f"Votes in the {_unique_surname(i)} County of the state\t{i * 37 % 9999:,}\t{i % 97}.{i % 10}%\t"
                f"${i % 500}.{i % 10} million\t{1990 + i % 30}\n"
            ),
            n,
        )
    ),
    # One word a paragraph: a hundred thousand paragraph breaks.
    "breaks": lambda n: (
        "Breaks\n\n"
        + _fill(lambda i: ("said", "Berg", "“It", "is", "over,”", "5%")[i % 6], n, "\n\n")
    ),
    # One token of 200,000 characters: no white space at all.
    "one_token": lambda n: "One token\n\n" + "x" * n,
    # Mixed scripts, right-to-left text and emoji in every sentence.
    "scripts": lambda n: (
        "Scripts\n\n"
        + _fill(
            lambda i: (
                f"Мэр Анна said “مرحبا بالعالم {i}” and 市长说 שלום עולם 😀👨‍👩‍👧 in Kyiv, "
                "police said. "
            ),
            n,
        )
    ),
    # Control characters (C0, DEL, C1) scattered through ordinary sentences.
    "control": lambda n: (
        "Control\n\n"
        + _fill(
            lambda i: (
                f"The mayor\x01 said\x07 on\x1b Monday\x7f that\x85 the {chr(0x80 + i % 32)}"
                "council\x0b would\x0c meet, police said. "
            ),
            n,
        )
    ),
    # Deeply nested brackets of one kind, then their closings.
    "deep_parens": lambda n: (
        "Parens\n\nThe mayor said "
        + _fill(lambda i: "(the plan ", n // 2 - 10)
        + _fill(lambda i: "was late) ", n // 2 - 10)
        + "."
    ),
    # One sentence listing thousands of people (coordinated names, group speakers).
    "name_list": lambda n: (
        "Name list\n\n"
        + "“We object,” said "
        + _fill(lambda i: f"{FIRST[i % 10]} {_unique_surname(i)} of the city and ", n - 40)
        + "and the mayor."
    ),
    # The same paragraph over and over (duplicate detection, boilerplate, furniture).
    "duplicates": lambda n: (
        "Duplicates\n\n"
        + _fill(lambda i: "“The budget is wrong,” said Anna Berg, the mayor, on Monday.", n, "\n\n")
    ),
    # A few speakers with the same surname, quoted in turn (speaker disambiguation).
    "same_surname": lambda n: (
        "Family\n\nAnna Berg, Boris Berg and Carla Berg, the mayor's sister, spoke.\n\n"
        + _fill(
            lambda i: (
                f"“Point {i} is wrong,” {('Berg', 'Ms. Berg', 'Mr. Berg', 'the sister')[i % 4]} said."
            ),
            n,
            "\n\n",
        )
    ),
    # HTML with 10^5 tags: every word in two elements of its own, in one paragraph.
    "html_tags": lambda n: (
        "<html><body><article><p>"
        + _fill(
            lambda i: (
                f"<span><b>{('The', 'mayor', 'said', 'it', 'was', 'late.')[i % 6]}</b></span> "
            ),
            n * 4,
        )
        + "</p></article></body></html>"
    ),
    # --- round 10: the shapes the hardening brief lists that the rounds before did not build ---
    # Links and addresses in every sentence (long tokens of slashes, dots, digits and "@").
    "urls": lambda n: (
        "Links\n\n"
        + _fill(
            lambda i: (
                f"The mayor said https://www.example.com/news/2024/03/{i % 28 + 1}/vote-{i}"
                f"?id={i}&ref=home#top was the link, and wrote to press{i}@city.gov.uk and "
                f"www.council{i}.org on Monday. "
            ),
            n,
        )
    ),
    # HTML nested just inside the depth limit, block after block, up to the element limit.
    "html_deep": lambda n: (
        "<html><head><title>Deep page</title></head><body>"
        + "".join(
            "<div>" * 240
            + f"<p>{SENTENCE * (n // 80 // len(SENTENCE))}Block {i} ends.</p>"
            + "</div>" * 240
            for i in range(80)
        )
        + "</body></html>"
    ),
    # HTML whose every paragraph sits in 100 nested inline elements (unwrapped before extraction).
    "html_deep_inline": lambda n: (
        "<html><body><article>"
        + _fill(
            lambda i: (
                "<p>" + "<span><b>" * 50 + f"{SENTENCE}{i} came." + "</b></span>" * 50 + "</p>"
            ),
            n * 8,
        )
        + "</article></body></html>"
    ),
    # Long runs of Chinese without a space between English sentences (tokens the size of a run).
    "cjk_runs": lambda n: (
        "Runs\n\n"
        + _fill(lambda i: SENTENCE + "市长说预算是错误的议会将在星期一再次投票" * 20 + " ", n)
    ),
    # Mostly Cyrillic words, with enough English to pass the language check.
    "cyrillic": lambda n: (
        "Cyrillic\n\n"
        + _fill(
            lambda i: (
                f"The mayor said that Мэр Анна Петрова {i} сказала что бюджет неверен and the "
                "council was in Москва on Monday. "
            ),
            n,
        )
    ),
    # The same line again and again, single line breaks (a paragraph of thousands of lines).
    "repeated_lines": lambda n: (
        "Repeated\n\n" + _fill(lambda i: "“The budget is wrong,” said Anna Berg.", n, "\n")
    ),
    # A straight quote mark before every third word of one paragraph: thousands, never paired.
    "straight_quotes": lambda n: (
        "Straight quotes\n\n"
        + _fill(lambda i: ('"the ', "mayor ", "said ", '"it ', "was ", "late ")[i % 6], n)
    ),
    # A Markdown table (pipes) of thousands of rows of figures.
    "md_table": lambda n: (
        "# Results\n\n| County | Votes | Share | Date |\n|---|---|---|---|\n"
        + _fill(
            lambda i: (
                f"| Votes in the {_unique_surname(i)} County of the state | {i * 37 % 9999:,} | "
                f"{i % 97}.{i % 10}% | "
                f"{MONTHS[i % 6]} {i % 28 + 1}, 2024 |"
            ),
            n - 100,
            "\n",
        )
    ),
    # A Markdown list of thousands of items, headings between them.
    "md_list": lambda n: (
        "# List\n\n"
        + _fill(
            lambda i: (
                f"## Part {i}\n\n" if i % 50 == 0 else f"- {FIRST[i % 10]} said the vote was late."
            ),
            n,
            "\n",
        )
    ),
    # Words joined by hyphens into one "word" of the whole text: a token splitter's worst case.
    "hyphen_chain": lambda n: (
        "Hyphens\n\nThe mayor said " + _fill(lambda i: ("state", "of", "the", "art")[i % 4], n, "-")
    ),
}
HTML_SHAPES = {"html_attribute", "html_elements", "html_tags", "html_deep", "html_deep_inline"}
MARKDOWN_SHAPES = {"md_table", "md_list"}
DEFAULT_SIZES = (50, 100, 200)
MIN_STAGE_SECONDS = 0.3  # a stage's exponent is printed when it takes this long at the top size
MIN_STAGE_LINES = 20_000  # a stage's line ratio is printed when it runs this many at the top size


def build(shape: str, kb: int) -> tuple[bytes, str]:
    """The input bytes and their file name."""
    text = SHAPES[shape](kb * 1000 - 500)  # headline and tail within the limit
    suffix = "html" if shape in HTML_SHAPES else "md" if shape in MARKDOWN_SHAPES else "txt"
    name = f"{shape}.{suffix}"
    return text.encode("utf-8"), name


def run_stages(data: bytes, filename: str, step, whole: bool = True) -> int:
    """One analysis of the input, stage by stage, each called through `step(name, fn, *args)`
    (which times or counts it); the rule stages only unless `whole` (then also the speakers
    table, the frames and the export). Returns the text length."""
    from lib import schema
    from lib.context import Context
    from lib.entities import extract_entities
    from lib.facts.extract import extract_facts
    from lib.facts.topics import assign_topics
    from lib.ingest.formats import load_article
    from lib.ingest.published import find_published
    from lib.nlp import load_nlp, parse
    from lib.pipeline import _sentence_rows, to_bytes
    from lib.quotes.finder import extract_quotes
    from lib.quotes.speakers.table import speaker_rows
    from lib.timeline.extract import extract_time

    article = step("ingest", lambda: load_article(data, filename=filename))
    doc = step("parse", parse, article, load_nlp())
    ctx = step("context", Context.from_parse, article, doc)
    ctx.entities = step("entities", extract_entities, article, doc)
    if article.published is None:
        article.published, article.published_source = step("published", find_published, ctx)
    ctx.quotes = step("quotes", extract_quotes, ctx)
    timeline, _ = step("timeline", extract_time, ctx)
    rows = {"sentences": _sentence_rows(ctx), "quotes": ctx.quotes, "timeline": timeline}
    rows["facts"] = step("facts", extract_facts, ctx)
    step("topics", assign_topics, ctx, rows)
    if whole:
        speakers = step("speakers", speaker_rows, rows["quotes"])
        frames = step(
            "frames",
            lambda: [schema.frame(k, v) for k, v in {**rows, "speakers": speakers}.items()],
        )
        step("export", lambda: [to_bytes(f, "json", "t") for f in frames])
    return len(article.text)


def staged(data: bytes, filename: str) -> tuple[dict[str, float], int]:
    """CPU seconds of each stage of one analysis, and the text length."""
    times: dict[str, float] = {}
    clock = time.process_time

    def step(name, fn, *args):
        t0 = clock()
        out = fn(*args)
        times[name] = clock() - t0
        return out

    length = run_stages(data, filename, step)
    return times, length


#: The stages `rule_lines` counts: the rules run over one parse (not ingestion or the parse).
RULE_STAGES = ("entities", "published", "quotes", "timeline", "facts", "topics")


def rule_lines(data: bytes, filename: str) -> dict[str, int]:
    """Lines of Python each rule stage executes (after ingestion and the parse): a count of
    work that a loaded machine cannot blur, for growth ratios on small sizes. Lines in any
    `lib/` folder count: the project's and the installed packages' (spaCy's Python parts a
    stage calls are its work too). Python lines only: a regex's scan is one line however long
    the text it reads."""
    import threading

    counts: dict[str, int] = {}
    current = [""]

    def local(frame, event, arg):
        if event == "line":
            counts[current[0]] = counts.get(current[0], 0) + 1
        return local

    def enter(frame, event, arg):
        return local if "/lib/" in frame.f_code.co_filename else None

    def step(name, fn, *args):
        if name not in RULE_STAGES:
            return fn(*args)
        current[0] = name
        sys.settrace(enter)
        threading.settrace(enter)
        try:
            return fn(*args)
        finally:
            sys.settrace(None)
            threading.settrace(None)  # type: ignore[arg-type]

    run_stages(data, filename, step, whole=False)
    return counts


def increment_ratio(counts: list[float]) -> float:
    """(f(4s) - f(2s)) / (f(2s) - f(s)) for counts at sizes s, 2s, 4s: 2 for linear work
    whatever its fixed cost, 2.46 for n^1.3, 4 for quadratic."""
    small, mid, large = counts
    return (large - mid) / max(mid - small, 1)


def measure(shape: str, kb: int, repeat: int) -> dict:
    import resource
    import statistics

    from lib.pipeline import analyze

    data, filename = build(shape, kb)
    analyze(SENTENCE * 3)  # warm-up: model, rule data, lazy imports
    runs = [staged(data, filename) for _ in range(repeat)]
    stages = {k: statistics.median(r[0][k] for r in runs) for k in runs[0][0]}
    return {
        "stages": stages,
        "total": statistics.median(sum(r[0].values()) for r in runs),
        "chars": runs[0][1],
        "bytes": len(data),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run_one(shape: str, kb: int, repeat: int, in_process: bool = False) -> dict:
    if in_process:  # one process for every run: no model load per run, no peak of its own
        result = measure(shape, kb, repeat)
        result["peak_mb"] = float("nan")
        return result
    cmd = [sys.executable, __file__, "--child", f"{shape}:{kb}", "--repeat", str(repeat)]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if out.returncode:
        return {"error": (out.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--in-process",
        action="store_true",
        help="run everything in this process (a quicker screen; no peak memory per run)",
    )
    ap.add_argument(
        "--lines",
        action="store_true",
        help="count the lines of lib code each rule stage runs at three doubling --sizes (e.g."
        " 5,10,20) and print the increment ratios: 2 is linear, 4 quadratic (no timing noise)",
    )
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        shape, kb = args.child.split(":")
        print(json.dumps(measure(shape, int(kb), args.repeat)))
        return
    if args.lines:
        line_growth(args.shapes.split(","), [int(k) for k in args.sizes.split(",")])
        return
    for shape in args.shapes.split(","):
        series = []
        stages: dict[str, list[tuple[float, float]]] = {}
        for kb in map(int, args.sizes.split(",")):
            r = run_one(shape, kb, args.repeat, args.in_process)
            if "error" in r:
                print(f"{shape:15} {kb:4d} KB  error: {r['error'][:100]}", flush=True)
                continue
            series.append((kb, r["total"]))
            for name, seconds in r["stages"].items():
                stages.setdefault(name, []).append((kb, seconds))
            worst = sorted(r["stages"].items(), key=lambda kv: -kv[1])[:4]
            print(
                f"{shape:15} {kb:4d} KB {r['chars']:7d} chars {r['total']:7.2f} s"
                f" {r['peak_mb']:6.0f} MB  " + " ".join(f"{k} {v:.2f}" for k, v in worst),
                flush=True,
            )
        if (e := exponent(series, from_kb=0)) is not None:
            print(f"{shape:15} growth exponent {e:.2f}; {stage_exponents(stages)}", flush=True)


def line_growth(shapes: list[str], sizes: list[int]) -> None:
    """Print each shape's lines of rule code at the three sizes and the increment ratios."""
    from lib.errors import InputError

    rule_lines(*build("he_said", 3))  # warm-up: rule data and lazy imports run once
    for shape in shapes:
        try:
            counts = [rule_lines(*build(shape, kb)) for kb in sizes]
        except InputError as err:
            print(f"{shape:16} refused at {sizes[0]} KB: {err}", flush=True)
            continue
        totals = [sum(c.values()) for c in counts]
        stages = {
            name: increment_ratio([c.get(name, 0) for c in counts])
            for name in counts[-1]
            if counts[-1][name] >= MIN_STAGE_LINES
        }
        print(
            f"{shape:16} lines {totals} ratio {increment_ratio(totals):.2f}; "
            + " ".join(f"{k} {v:.2f}" for k, v in stages.items()),
            flush=True,
        )


def stage_exponents(stages: dict[str, list[tuple[float, float]]]) -> str:
    """Each stage's growth exponent, for the stages that take at least MIN_STAGE_SECONDS at the
    largest size (the slope of a few milliseconds is noise)."""
    out = []
    for name, points in stages.items():
        if len(points) < 2 or max(points)[1] < MIN_STAGE_SECONDS:
            continue
        e = exponent(points, from_kb=0)
        if e is not None:
            out.append(f"{name} {e:.2f}")
    return "stages: " + (", ".join(out) or "none over the floor")


if __name__ == "__main__":
    main()
