import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  budgetEntry,
  budgetLabel,
  checkDocument,
  readBudgets,
  rewriteDocument,
  run,
  type DocBudget,
} from './check-doc-budgets.mjs';

const repoRoot = join(import.meta.dirname, '..');

const budgets: DocBudget[] = [
  {
    package: '@mfa-kit/core',
    source: 'packages/core/package.json size-limit[0]',
    what: 'createMfaClient',
    entry: 'dist/index.js { createMfaClient }',
    limit: '7.75 kB',
  },
  {
    package: '@mfa-kit/ui',
    source: 'packages/ui/package.json size-limit[0]',
    what: 'whole @mfa-kit/ui',
    entry: 'dist/index.js *',
    limit: '20.5 kB',
  },
];

const doc = (table: string, marker = '<!-- budgets:start -->') =>
  `# Title\n\n## Budgets\n\n${marker}\n\n${table}\n\n<!-- budgets:end -->\n\nAfter.\n`;

const goodTable = [
  '| package         | what              | entry                               | limit   |',
  '| --------------- | ----------------- | ----------------------------------- | ------- |',
  '| `@mfa-kit/core` | createMfaClient   | `dist/index.js { createMfaClient }` | 7.75 kB |',
  '| `@mfa-kit/ui`   | whole @mfa-kit/ui | `dist/index.js *`                   | 20.5 kB |',
].join('\n');

describe('budgetLabel', () => {
  it('drops the parentheses, nested ones too, and the trailing min + gzip', () => {
    expect(
      budgetLabel(
        'MfaEnrolmentStep and every set-up, the decoder (jsqr) excluded (min+gzip, peers (all) excluded)',
      ),
    ).toBe('MfaEnrolmentStep and every set-up, the decoder excluded');
    expect(budgetLabel('flow store (createMfaFlowStore), min + gzip')).toBe('flow store');
  });
});

describe('budgetEntry', () => {
  it('shows the path, with the import when there is one', () => {
    expect(budgetEntry({ path: 'dist/styles.css' })).toBe('dist/styles.css');
    expect(budgetEntry({ path: 'dist/index.js', import: '{ CodeInput }' })).toBe(
      'dist/index.js { CodeInput }',
    );
  });

  it('shows every module of an import that names several (a peer bundled in)', () => {
    expect(
      budgetEntry({
        path: 'dist/index.js',
        import: { 'dist/index.js': '{ CodeInput }', '@mfa-kit/react': '{ useCodeField }' },
      }),
    ).toBe('dist/index.js { CodeInput } + @mfa-kit/react { useCodeField }');
  });
});

describe('checkDocument', () => {
  it('passes a table that matches, however prettier padded it', () => {
    expect(checkDocument(doc(goodTable), budgets, 'README.md')).toEqual([]);
  });

  it('names the row whose figure differs, and both figures', () => {
    const wrong = goodTable.replace('20.5 kB', '10 kB  ');
    expect(checkDocument(doc(wrong), budgets, 'README.md')).toEqual([
      'README.md:10: budget row @mfa-kit/ui "whole @mfa-kit/ui" says "10 kB", packages/ui/package.json size-limit[0] says "20.5 kB"',
    ]);
  });

  it('names a missing row and a row no config has', () => {
    const table = goodTable.replace('whole @mfa-kit/ui', 'all of it         ');
    const problems = checkDocument(doc(table), budgets, 'README.md');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/no row for @mfa-kit\/ui "whole @mfa-kit\/ui".*20\.5 kB/);
    expect(problems[1]).toMatch(
      /README\.md:10: budget row .*all of it.* matches no size-limit entry/,
    );
  });

  it('limits a block to one package when its marker names it', () => {
    const uiOnly = goodTable
      .split('\n')
      .filter((line) => !line.includes('@mfa-kit/core'))
      .join('\n');
    const marker = '<!-- budgets:start @mfa-kit/ui -->';
    expect(checkDocument(doc(uiOnly, marker), budgets, 'packages/ui/README.md')).toEqual([]);
    expect(checkDocument(doc(goodTable, marker), budgets, 'x.md')[0]).toMatch(
      /createMfaClient.*matches no size-limit entry/,
    );
  });

  it('rejects a start marker without an end', () => {
    expect(() => checkDocument('<!-- budgets:start -->\n| a |', budgets, 'x.md')).toThrow(
      /without a budgets:end/,
    );
  });
});

describe('rewriteDocument', () => {
  it('rebuilds the table between the markers and leaves the rest', () => {
    const next = rewriteDocument(doc('| stale | table |'), budgets);
    expect(next).toContain('| `@mfa-kit/ui` | whole @mfa-kit/ui | `dist/index.js *` | 20.5 kB |');
    expect(next).not.toContain('stale');
    expect(next.startsWith('# Title\n\n## Budgets\n\n<!-- budgets:start -->\n')).toBe(true);
    expect(next.endsWith('<!-- budgets:end -->\n\nAfter.\n')).toBe(true);
    expect(checkDocument(next, budgets, 'README.md')).toEqual([]);
  });
});

describe('run', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  function repo(readme: string) {
    root = mkdtempSync(join(tmpdir(), 'doc-budgets-'));
    mkdirSync(join(root, 'packages', 'ui'), { recursive: true });
    writeFileSync(
      join(root, 'packages', 'ui', 'package.json'),
      JSON.stringify({
        name: '@mfa-kit/ui',
        'size-limit': [
          {
            name: 'whole @mfa-kit/ui (min+gzip)',
            path: 'dist/index.js',
            import: '*',
            limit: '20.5 kB',
          },
        ],
      }),
    );
    writeFileSync(join(root, 'README.md'), readme);
    return root;
  }

  it('requires a budgets table in the root README', async () => {
    const { problems } = await run(repo('# No table\n'));
    expect(problems).toEqual([expect.stringMatching(/^README\.md: no budgets table/)]);
  });

  it('writes a table that then passes the check, formatted by prettier', async () => {
    const dir = repo(doc('| old |'));
    expect((await run(dir)).problems).not.toEqual([]);
    await run(dir, { write: true });
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain(
      '| `@mfa-kit/ui` | whole @mfa-kit/ui | `dist/index.js *` | 20.5 kB |',
    );
    expect((await run(dir)).problems).toEqual([]);
  });

  it('reads every size-limit entry of the real packages', () => {
    const real = readBudgets(repoRoot);
    expect(real.map((b) => b.package)).toEqual(
      expect.arrayContaining(['@mfa-kit/core', '@mfa-kit/react', '@mfa-kit/ui', '@mfa-kit/mock']),
    );
    for (const budget of real) expect(budget.limit).toMatch(/^\d+(\.\d+)? kB$/);
  });
});
