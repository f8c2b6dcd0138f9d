// Turns one bench/static/run.sh results directory (meta.tsv, times.tsv, each
// tool's .out) into the Markdown summary printed at the end of the run.
// Ratios are computed inside each round, then the median is taken, so load
// from other processes that hits a whole round cancels out.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
if (!dir) throw new Error("usage: node summarize.mjs RESULTS_DIR");

const meta = Object.fromEntries(
  readFileSync(join(dir, "meta.tsv"), "utf8").trim().split("\n").map((line) => {
    const tab = line.indexOf("\t");
    return [line.slice(0, tab), line.slice(tab + 1)];
  }),
);
const rows = readFileSync(join(dir, "times.tsv"), "utf8").trim().split("\n").slice(1).map((line) => {
  const [tool, round, wall, user, sys, rss] = line.split("\t");
  return { tool, round: Number(round), wall: Number(wall), cpu: Number(user) + Number(sys), rssKb: Number(rss) };
});
const tools = [...new Set(rows.map((row) => row.tool))];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fixed = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : "n/a");

// What each tool actually linted: oxlint skips *.min.* files on its own.
const corpus = { files: Number(meta.corpus_files), bytes: Number(meta.corpus_bytes) };
const withoutMinified = {
  files: corpus.files - Number(meta.minified_files),
  bytes: corpus.bytes - Number(meta.minified_bytes),
};
const basis = (tool) => (tool.startsWith("oxlint") ? withoutMinified : corpus);

// The file count each tool printed, to show that it saw the whole corpus.
const reportedFiles = (tool) => {
  const path = join(dir, `${tool}.out`);
  if (!existsSync(path)) return "";
  const out = readFileSync(path, "utf8");
  const match = tool.startsWith("oxlint") ? out.match(/ on (\d+) files?/) : out.match(/^(\d+) files,/m);
  return match ? match[1] : "";
};

const stats = Object.fromEntries(tools.map((tool) => {
  const mine = rows.filter((row) => row.tool === tool);
  const wall = median(mine.map((row) => row.wall));
  const { files, bytes } = basis(tool);
  return [tool, {
    wall,
    cpu: median(mine.map((row) => row.cpu)),
    rssMb: Math.max(...mine.map((row) => row.rssKb)) / 1024,
    walls: mine.map((row) => fixed(row.wall)).join(" / "),
    files,
    filesPerS: files / wall,
    mbPerS: bytes / 1e6 / wall,
    reported: reportedFiles(tool),
  }];
}));

// Median over rounds of (numerator's per-MB time / denominator's per-MB
// time), for wall and CPU time. Per-MB so tools linting different subsets
// still compare like for like.
const ratio = (numerator, denominator, field) => {
  if (!stats[numerator] || !stats[denominator]) return NaN;
  const perMb = (row) => row[field] / (basis(row.tool).bytes / 1e6);
  const rounds = [...new Set(rows.map((row) => row.round))];
  return median(rounds.map((round) => {
    const num = rows.find((row) => row.tool === numerator && row.round === round);
    const den = rows.find((row) => row.tool === denominator && row.round === round);
    return num && den ? perMb(num) / perMb(den) : NaN;
  }).filter(Number.isFinite));
};

const lines = [];
const say = (line = "") => lines.push(line);
say(`### Static pass: commit ${meta.commit}, ${meta.date}`);
say();
say(`- ${meta.v8lint}; rules registered (v8lint rules): ${meta.rules || "(none)"}`);
say(`- eslint ${meta.eslint}, oxlint ${meta.oxlint}, node ${meta.node}; ${meta.cores} cores; load average at start ${meta.loadavg}, at end ${meta.loadavg_end ?? "n/a"}`);
say(`- corpus: ${corpus.files} files, ${fixed(corpus.bytes / 1e6, 1)} MB (${meta.minified_files} of them *.min.*, ${fixed(Number(meta.minified_bytes) / 1e6, 1)} MB); ${meta.runs} rounds, medians`);
const busiest = Math.max(...`${meta.loadavg} ${meta.loadavg_end ?? ""}`.split(" ").map(Number).filter(Number.isFinite));
if (busiest > Number(meta.cores) - 1) {
  say(`- **busy machine** (load average up to ${busiest} on ${meta.cores} cores): wall times and the -j${meta.cores} speed-up are unreliable; read single-thread ratios on CPU time`);
}
say();
say("| tool | files | wall s (median) | CPU s (median) | files/s | MB/s | peak RSS MB | wall s per round |");
say("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
for (const tool of tools) {
  const s = stats[tool];
  const files = s.reported && Number(s.reported) !== s.files ? `${s.files} (printed ${s.reported})` : `${s.files}`;
  say(`| ${tool} | ${files} | ${fixed(s.wall)} | ${fixed(s.cpu)} | ${fixed(s.filesPerS, 0)} | ${fixed(s.mbPerS)} | ${fixed(s.rssMb, 0)} | ${s.walls} |`);
}
const ratioRows = [];
const ratioRow = (label, numerator, denominator, target = "") => {
  if (!stats[numerator] || !stats[denominator]) return;
  ratioRows.push(`| ${label} | ${fixed(ratio(numerator, denominator, "wall"))} | ${fixed(ratio(numerator, denominator, "cpu"))} | ${target} |`);
};
ratioRow("v8lint -j1 time / parse-only time", "v8lint-j1", "parse-only", "≤ 1.5 (wall)");
ratioRow("parse-walk time / parse-only time (the walk alone)", "parse-walk", "parse-only");
ratioRow("v8lint -j1 time / parse-walk time (models and rules)", "v8lint-j1", "parse-walk");
ratioRow("parse-only-arena time / parse-only time (v8lint's allocation for the parse)", "parse-only-arena", "parse-only");
ratioRow("v8lint -j1 time / parse-only-arena time (against a floor that allocates as v8lint does)", "v8lint-j1", "parse-only-arena");
ratioRow(`v8lint -j${meta.cores} speed-up over -j1`, "v8lint-j1", "v8lint-jN", "≥ 1.8 (wall)");
ratioRow("ESLint time / v8lint -j1 time", "eslint", "v8lint-j1");
ratioRow(`ESLint time / v8lint -j${meta.cores} time`, "eslint", "v8lint-jN");
ratioRow("oxlint -j1 time / v8lint -j1 time", "oxlint-j1", "v8lint-j1");
ratioRow(`oxlint -j${meta.cores} time / v8lint -j${meta.cores} time`, "oxlint-jN", "v8lint-jN");
if (ratioRows.length) {
  say();
  say("| ratio (median of per-round ratios, per MB) | wall | CPU | target |");
  say("| --- | ---: | ---: | --- |");
  ratioRows.forEach((row) => say(row));
}

// Contention-free estimate of the -jN speed-up that v8lint's scheduling
// allows: per-file parse CPU times (parse is most of v8lint's work) fed to N
// simulated workers that each take the next file in path order, as
// run_lint does. Largest-first order shown for comparison.
const timesPath = join(dir, "parse-only.times");
if (existsSync(timesPath)) {
  const costs = readFileSync(timesPath, "utf8").trim().split("\n").map((line) => Number(line.split("\t")[0]));
  const total = costs.reduce((a, b) => a + b, 0);
  const makespan = (order, workers) => {
    const busyUntil = new Array(workers).fill(0);
    for (const cost of order) {
      const next = busyUntil.indexOf(Math.min(...busyUntil));
      busyUntil[next] += cost;
    }
    return Math.max(...busyUntil);
  };
  const cores = Number(meta.cores);
  const largestFirst = [...costs].sort((a, b) => b - a);
  say();
  say(`Schedule estimate for -j${cores} from per-file parse CPU times (no contention, no memory effects): ` +
    `path order ${fixed(total / makespan(costs, cores))}×, largest-first ${fixed(total / makespan(largestFirst, cores))}×; ` +
    `largest file ${fixed(largestFirst[0] / 1e6)} s of ${fixed(total / 1e6)} s CPU.`);
}
console.log(lines.join("\n"));
