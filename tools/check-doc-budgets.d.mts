/** One size-limit entry of a package, as the docs' budget tables show it. */
export interface DocBudget {
  package: string;
  /** Where it comes from: `packages/ui/package.json size-limit[2]`. */
  source: string;
  what: string;
  entry: string;
  limit: string;
}

export interface BudgetBlock {
  startLine: number;
  endLine: number;
  package: string | null;
}

export declare function budgetLabel(name: string): string;
export declare function budgetEntry(entry: {
  path: string;
  import?: string | Record<string, string>;
}): string;
export declare function readBudgets(root: string): DocBudget[];
export declare function budgetTable(budgets: readonly DocBudget[]): string;
export declare function findBlocks(text: string): BudgetBlock[];
export declare function checkDocument(
  text: string,
  budgets: readonly DocBudget[],
  file: string,
): string[];
export declare function rewriteDocument(text: string, budgets: readonly DocBudget[]): string;
export declare function budgetDocuments(root: string): string[];
export declare function run(
  root: string,
  options?: { write?: boolean },
): Promise<{ problems: string[]; tables: number; budgets: number }>;
