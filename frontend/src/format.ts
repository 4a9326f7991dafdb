import { getLang } from './i18n';

/** CNY amounts the way analysts read them: 万 / 亿 in Chinese, compact notation in English. */
export function formatMoney(amount: number | null | undefined, currency = 'CNY'): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return '—';
  const cur = currency || 'CNY';
  if (getLang() === 'zh') {
    const unit = cur === 'CNY' ? '元' : ` ${cur}`;
    const abs = Math.abs(amount);
    if (abs >= 1e8) return `${trim(amount / 1e8)}亿${unit}`;
    if (abs >= 1e4) return `${trim(amount / 1e4)}万${unit}`;
    return `${trim(amount)}${unit}`;
  }
  return `${new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 }).format(amount)} ${cur}`;
}

function trim(n: number): string {
  return n.toFixed(2).replace(/\.?0+$/, '');
}

/** Ratios are 0..1 in the API. */
export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return `${trim(ratio * 100)}%`;
}

export function formatCount(n: number): string {
  return new Intl.NumberFormat(getLang() === 'zh' ? 'zh-CN' : 'en').format(n);
}
