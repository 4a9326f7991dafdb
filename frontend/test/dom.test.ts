// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { el, escapeHtml } from '../src/dom';

const HOSTILE = '北京<script>alert(1)</script>科技有限公司';

describe('DOM building', () => {
  it('shouldRenderMarkupInANameAsText', () => {
    // Given a company whose registered name contains markup
    // When it is put into an element by the builder
    const node = el('div', { class: 'name', title: HOSTILE }, HOSTILE, el('span', {}, HOSTILE));
    // Then it is shown as text and no element is created from it
    expect(node.textContent).toBe(HOSTILE + HOSTILE);
    expect(node.querySelector('script')).toBeNull();
    expect(node.innerHTML).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(node.getAttribute('title')).toBe(HOSTILE);
  });

  it('shouldRefuseInlineEventHandlerAttributes', () => {
    expect(() => el('a', { onclick: 'alert(1)' })).toThrow();
  });

  it('shouldEscapeEveryHtmlSpecialCharacter', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\`</a>`))
      .toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;');
    expect(escapeHtml(HOSTILE)).toBe('北京&lt;script&gt;alert(1)&lt;/script&gt;科技有限公司');
    expect(escapeHtml(null)).toBe('');
  });
});
