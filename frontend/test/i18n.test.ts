import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, translate, zh } from '../src/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('i18n dictionaries', () => {
  it('shouldHaveTheSameKeysInBothLanguages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('shouldHaveNoEmptyMessagesAndTheSamePlaceholders', () => {
    for (const key of Object.keys(zh) as Array<keyof typeof zh>) {
      expect(zh[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });

  it('shouldDefineEveryKeyTheCodeAsksFor', () => {
    // Every literal t('…') / translate(…, '…') in the sources must exist in the dictionary.
    const used = new Set<string>();
    for (const file of sourceFiles(join(__dirname, '..', 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([\w.]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((k) => !(k in zh));
    expect(missing).toEqual([]);
  });

  it('shouldFillPlaceholders', () => {
    expect(translate('zh', 'explore.status', { nodes: 3, edges: 2, cap: 10 })).toBe('3 个节点 · 2 条边 · 上限 10');
    expect(translate('en', 'explore.status', { nodes: 3, edges: 2, cap: 10 })).toBe('3 nodes · 2 edges · cap 10');
  });
});
