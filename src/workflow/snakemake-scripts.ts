/**
 * The Python scripts of the Snakemake download, one per step, using only the Python standard
 * library. Each does what its step in word-count.ts does, byte for byte where the lab compares
 * (the counts, the Zipf tables, the summary table): the same word rule (`[a-z]+` after
 * lower-casing), the same tie order, the same integer rounding of ratios.
 *
 * Pure data: any thread, and Node.
 */

const COUNT_WORDS = `"""Count the words of a book: one 'word<TAB>count' line per word, most frequent first."""
import re
import sys
from collections import Counter


def main(book, out):
    with open(book, encoding="utf-8") as f:
        text = f.read()
    counts = Counter(re.findall(r"[a-z]+", text.lower()))
    if not counts:
        sys.exit(f"{book} holds no words: count_words needs a text.")
    rows = sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))
    with open(out, "w", encoding="utf-8", newline="\\n") as f:
        for word, count in rows:
            f.write(f"{word}\\t{count}\\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
`;

const COMMON = `"""Helpers shared by the scripts: read a .dat file, round a ratio like the browser does."""


def read_counts(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, count = line.rstrip("\\n").split("\\t")
            rows.append((word, int(count)))
    return rows


def ratio2(a, b):
    """a / b rounded half up to two decimals, with integers only."""
    h = (200 * a + b) // (2 * b)
    return f"{h // 100}.{h % 100:02d}"


def stem(path):
    base = path.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[0] if "." in base[1:] else base
`;

const ZIPF_TEST = `"""Zipf's law test of one book: count(1) / count(rank) for the most frequent words."""
import sys

from common import ratio2, read_counts


def main(nwords, dat, out):
    counts = read_counts(dat)
    if len(counts) < nwords:
        sys.exit(f"{dat} has {len(counts)} distinct words; the Zipf test needs {nwords}.")
    top = counts[0][1]
    with open(out, "w", encoding="utf-8", newline="\\n") as f:
        f.write("rank,word,count,ratio\\n")
        for rank, (word, count) in enumerate(counts[:nwords], start=1):
            f.write(f"{rank},{word},{count},{ratio2(top, count)}\\n")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2], sys.argv[3])
`;

const SUMMARY = `"""The summary table: one line per book. Arguments: the output, then the .dat files, then the Zipf tables."""
import sys

from common import read_counts, stem


def main(out, files):
    half = len(files) // 2
    dats, zipfs = files[:half], files[half:]
    by_book = {stem(z)[len("zipf_"):]: z for z in zipfs}
    lines = ["book,words,distinct,top_word,top_count,ratio_2,ratio_10"]
    for dat in dats:
        book = stem(dat)
        counts = read_counts(dat)
        with open(by_book[book], encoding="utf-8") as f:
            ratios = [line.rstrip("\\n").split(",") for line in f.read().strip().split("\\n")[1:]]
        at = lambda rank: ratios[rank - 1][3] if rank <= len(ratios) else ""
        total = sum(c for _, c in counts)
        lines.append(f"{book},{total},{len(counts)},{counts[0][0]},{counts[0][1]},{at(2)},{at(10)}")
    with open(out, "w", encoding="utf-8", newline="\\n") as f:
        f.write("\\n".join(lines) + "\\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
`;

const PLOT = `"""A bar chart of a book's most frequent words, as an SVG written by hand (no plotting library)."""
import sys

from common import read_counts, stem


def main(nwords, dat, out):
    book = stem(dat)
    top = read_counts(dat)[:nwords]
    biggest = top[0][1] if top else 1
    width, row = 420, 22
    height = 40 + row * len(top)
    bars = []
    for i, (word, count) in enumerate(top):
        y = 30 + i * row
        length = (260 * count) // biggest
        bars.append(
            f'<text x="90" y="{y + 15}" text-anchor="end" font-size="12">{word}</text>'
            f'<rect x="96" y="{y + 3}" width="{length}" height="16" fill="#3b6ea8"/>'
            f'<text x="{100 + length}" y="{y + 15}" font-size="11">{count}</text>'
        )
    with open(out, "w", encoding="utf-8", newline="\\n") as f:
        f.write(
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
            f"<title>Most frequent words in {book}</title>"
            f'<text x="10" y="18" font-size="14">Most frequent words in {book}</text>'
            + "".join(bars)
            + "</svg>\\n"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2], sys.argv[3])
`;

const ARCHIVE = `"""Archive the summary table and the plots in one zip file."""
import sys
import zipfile


def main(out, files):
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for path in files:
            info = zipfile.ZipInfo(path, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with open(path, "rb") as f:
                z.writestr(info, f.read())


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
`;

const ACF = `"""Word autocorrelation (the ENCCS exercise): mean over the most frequent words of each word's ACF."""
import re
import sys

from common import read_counts


def word_acf(positions, lags):
    """acf[t] = (number of occurrences i with an occurrence at i + t) / occurrences."""
    at = set(positions)
    return [sum(1 for p in positions if p + t in at) / len(positions) for t in range(lags)]


def main(nwords, lags, book, dat, out):
    with open(book, encoding="utf-8") as f:
        tokens = re.findall(r"[a-z]+", f.read().lower())
    top = [w for w, _ in read_counts(dat)[:nwords]]
    positions = {w: [] for w in top}
    for i, w in enumerate(tokens):
        if w in positions:
            positions[w].append(i)
    mean = [0.0] * lags
    for w in top:
        for t, v in enumerate(word_acf(positions[w], lags)):
            mean[t] += v / len(top)
    with open(out, "w", encoding="utf-8", newline="\\n") as f:
        f.write("lag,acf\\n" + "\\n".join(f"{t},{v:.6f}" for t, v in enumerate(mean)) + "\\n")


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5])
`;

/** Every script, by path in the download. */
export const PYTHON_SCRIPTS: Readonly<Record<string, string>> = {
  'scripts/common.py': COMMON,
  'scripts/count_words.py': COUNT_WORDS,
  'scripts/zipf_test.py': ZIPF_TEST,
  'scripts/summary.py': SUMMARY,
  'scripts/plot.py': PLOT,
  'scripts/archive.py': ARCHIVE,
  'scripts/acf.py': ACF,
};
