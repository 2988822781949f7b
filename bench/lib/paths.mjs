// Where the bench reads its sources and writes its outputs.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const benchDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const repoDir = path.dirname(benchDir);
export const outDir = path.join(benchDir, '.out');
export const uiDir = path.join(repoDir, 'packages', 'ui');
