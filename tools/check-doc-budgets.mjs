#!/usr/bin/env node
// The budget tables in the docs, checked against (or, with --write, rebuilt from) the size-limit entries of
// every packages/*/package.json: the configs `pnpm size` enforces are the one source of the figures.
//
// A table lives between `<!-- budgets:start -->` and `<!-- budgets:end -->` (every package), or
// `<!-- budgets:start @mfa-kit/ui -->` (one package's entries), in README.md, ARCHITECTURE.md,
// packages/*/README.md or apps/*/README.md. The root README.md must have one.
//
//   node tools/check-doc-budgets.mjs          # exit 1 naming each row that differs from its config
//   node tools/check-doc-budgets.mjs --write  # rewrite every table from the configs (then prettier)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const START = /<!--\s*budgets:start(?:\s+(@[\w.-]+\/[\w.-]+))?\s*-->/;
const END = /<!--\s*budgets:end\s*-->/;
const HEADER = ['package', 'what', 'entry', 'limit'];

/** A size-limit entry's short description: its `name` without the parentheses and the trailing "min + gzip". */
export function budgetLabel(name) {
  let label = name;
  for (let previous = ''; previous !== label;) {
    previous = label;
    label = label.replace(/\s*\([^()]*\)/g, '');
  }
  return label
    .replace(/,?\s*min\s*\+\s*gzip\s*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What a size-limit entry bundles: its path and import, or, when `import` maps several modules to their imports
 * (the way to bundle a peer in, which size-limit otherwise leaves out), each module with its import.
 */
export function budgetEntry({ path, import: imports }) {
  if (!imports) return path;
  if (typeof imports == 'string') return `${path} ${imports}`;
  return Object.entries(imports)
    .map(([module, names]) => `${module} ${names}`)
    .join(' + ');
}

/** Every size-limit entry of packages/*\/package.json, package by package (by folder name), in config order. */
export function readBudgets(root) {
  const packagesDir = join(root, 'packages');
  const budgets = [];
  for (const dir of readdirSync(packagesDir).sort()) {
    const file = join(packagesDir, dir, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    const entries = manifest['size-limit'] ?? [];
    entries.forEach((entry, index) => {
      budgets.push({
        package: manifest.name,
        source: `packages/${dir}/package.json size-limit[${index}]`,
        what: budgetLabel(entry.name ?? entry.path),
        entry: budgetEntry(entry),
        limit: entry.limit,
      });
    });
  }
  return budgets;
}

function cellsOf(budget) {
  return [
    `\`${budget.package}\``,
    budget.what.replace(/\|/g, '\\|'),
    `\`${budget.entry}\``,
    budget.limit,
  ];
}

/** The Markdown table of `budgets` (prettier pads it when written). */
export function budgetTable(budgets) {
  const row = (cells) => `| ${cells.join(' | ')} |`;
  return [row(HEADER), row(HEADER.map(() => '---')), ...budgets.map((b) => row(cellsOf(b)))].join(
    '\n',
  );
}

/** The budget blocks of a document: where each starts and ends, and which package it is limited to. */
export function findBlocks(text) {
  const lines = text.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i += 1) {
    const start = START.exec(lines[i]);
    if (!start) continue;
    const end = lines.findIndex((line, j) => j > i && END.test(line));
    if (end === -1) throw new Error(`line ${i + 1}: budgets:start without a budgets:end`);
    blocks.push({ startLine: i, endLine: end, package: start[1] ?? null });
    i = end;
  }
  return blocks;
}

function parseCells(line) {
  const trimmed = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return trimmed.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

/** The rows of the Markdown table between `from` and `to` (header and separator left out). */
function tableRows(lines, from, to) {
  const rows = [];
  for (let i = from; i < to; i += 1) {
    const line = lines[i].trim();
    if (!line.startsWith('|')) continue;
    const cells = parseCells(line);
    if (cells.every((cell) => /^:?-+:?$/.test(cell))) continue;
    if (cells.join('|') === HEADER.join('|')) continue;
    rows.push({ line: i + 1, cells });
  }
  return rows;
}

const expectedFor = (budgets, block) =>
  block.package ? budgets.filter((b) => b.package === block.package) : budgets;

/**
 * What is wrong with the budget tables of `text` (a document named `file`): one message per row that
 * differs from its size-limit entry, is missing, or matches no entry. Empty when all agree.
 */
export function checkDocument(text, budgets, file) {
  const lines = text.split('\n');
  const problems = [];
  for (const block of findBlocks(text)) {
    const expected = expectedFor(budgets, block);
    if (block.package && expected.length === 0) {
      problems.push(`${file}:${block.startLine + 1}: no size-limit entries for ${block.package}`);
      continue;
    }
    const rows = tableRows(lines, block.startLine + 1, block.endLine);
    const used = new Set();
    for (const budget of expected) {
      const want = cellsOf(budget);
      const found = rows.find(
        (row) => !used.has(row) && row.cells[0] === want[0] && row.cells[1] === want[1],
      );
      const name = `${budget.package} "${budget.what}"`;
      if (!found) {
        problems.push(
          `${file}: budgets table has no row for ${name} (${budget.source}: ${budget.limit})`,
        );
        continue;
      }
      used.add(found);
      if (found.cells[3] !== want[3]) {
        problems.push(
          `${file}:${found.line}: budget row ${name} says "${found.cells[3]}", ${budget.source} says "${budget.limit}"`,
        );
      }
      if (found.cells[2] !== want[2]) {
        problems.push(
          `${file}:${found.line}: budget row ${name} names entry ${found.cells[2]}, ${budget.source} is ${want[2]}`,
        );
      }
    }
    for (const row of rows) {
      if (!used.has(row)) {
        problems.push(
          `${file}:${row.line}: budget row "${row.cells.slice(0, 2).join(' ')}" (${row.cells[3] ?? '?'}) matches no size-limit entry`,
        );
      }
    }
  }
  return problems;
}

/** `text` with every budget table rebuilt from `budgets`. */
export function rewriteDocument(text, budgets) {
  const lines = text.split('\n');
  for (const block of findBlocks(text).reverse()) {
    const table = budgetTable(expectedFor(budgets, block));
    lines.splice(block.startLine + 1, block.endLine - block.startLine - 1, '', table, '');
  }
  return lines.join('\n');
}

/** The documents that may hold budget tables, relative to `root`. */
export function budgetDocuments(root) {
  const docs = ['README.md', 'ARCHITECTURE.md'];
  for (const parent of ['packages', 'apps']) {
    const dir = join(root, parent);
    if (!existsSync(dir)) continue;
    for (const child of readdirSync(dir).sort()) {
      docs.push(join(parent, child, 'README.md'));
    }
  }
  return docs.filter((doc) => existsSync(join(root, doc)));
}

/** Checks (or with `write`, rewrites) every document under `root`; returns the problems found. */
export async function run(root, { write = false } = {}) {
  const budgets = readBudgets(root);
  const problems = [];
  let tables = 0;
  for (const doc of budgetDocuments(root)) {
    const file = join(root, doc);
    const text = readFileSync(file, 'utf8');
    const blocks = findBlocks(text);
    tables += blocks.length;
    if (doc === 'README.md' && blocks.length === 0) {
      problems.push('README.md: no budgets table (<!-- budgets:start --> … <!-- budgets:end -->)');
    }
    if (blocks.length === 0) continue;
    if (write) {
      const prettier = await import('prettier');
      const options = (await prettier.resolveConfig(file)) ?? {};
      const next = await prettier.format(rewriteDocument(text, budgets), {
        ...options,
        filepath: file,
      });
      if (next !== text) writeFileSync(file, next);
    } else {
      problems.push(...checkDocument(text, budgets, doc));
    }
  }
  return { problems, tables, budgets: budgets.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const write = process.argv.includes('--write');
  const { problems, tables, budgets } = await run(root, { write });
  const where = relative(process.cwd(), root) || '.';
  if (problems.length > 0) {
    console.error(`Doc budgets differ from the size-limit configs (fix: pnpm docs:budgets):`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  console.log(
    write
      ? `Doc budgets: ${tables} table(s) in ${where} rewritten from ${budgets} size-limit entries.`
      : `Doc budgets: ${tables} table(s) match the ${budgets} size-limit entries.`,
  );
}
