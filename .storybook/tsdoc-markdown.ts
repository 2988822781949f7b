/**
 * A component's TSDoc as Markdown for its docs page: `{@link Name}` as code (the docs page has no
 * API links to follow) and each `@example` as a tsx code block, which would otherwise be read as
 * HTML and half disappear.
 */
export function tsdocToMarkdown(tsdoc: string): string {
  const [summary = '', ...examples] = tsdoc.split(/^@example[ \t]*(?:\r?\n|$)/m);
  const prose = summary
    .replace(
      /\{@link\s+([^}|\s]+)\s*(?:\|\s*([^}]+))?\}/g,
      (_link, name: string, label?: string) => (label ? label.trim() : `\`${name}\``),
    )
    .trim();
  const code = examples.map((example) => `\`\`\`tsx\n${example.trim()}\n\`\`\``);
  return [prose, ...code].filter(Boolean).join('\n\n');
}
