// The link a search result opens: the article with the matched words as a text fragment the browser marks by itself.
import { describe, expect, it } from 'vitest';
import { textFragment } from '../../../src/scripts/search/text-fragment.ts';

describe('textFragment', () => {
  it('percent-encodes each spelling as its own text directive, first one first', () => {
    expect(textFragment(['Biển Đông', '铁路'])).toBe('#:~:text=Bi%E1%BB%83n%20%C4%90%C3%B4ng&text=%E9%93%81%E8%B7%AF');
  });

  it('encodes the characters the directive syntax reserves, so "Lào Cai-Hà Nội" is one term, not a prefix and suffix', () => {
    expect(textFragment(['Lào Cai-Hà Nội'])).toBe('#:~:text=L%C3%A0o%20Cai%2DH%C3%A0%20N%E1%BB%99i');
    expect(textFragment(['A&B, C'])).toBe('#:~:text=A%26B%2C%20C');
  });

  it('drops blanks and repeats and keeps three directives at most', () => {
    expect(textFragment([' ', 'To Lam', 'To Lam', 'Tô Lâm', '苏林', 'Su Lin'])).toBe(
      '#:~:text=To%20Lam&text=T%C3%B4%20L%C3%A2m&text=%E8%8B%8F%E6%9E%97',
    );
    expect(textFragment([])).toBe('');
  });
});
