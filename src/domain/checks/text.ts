/**
 * Applicants type on phones with Chinese input methods: full-width digits and letters (１２３, ＡＢＣ)
 * and stray spaces are common. Numbers are compared after NFKC folding, which maps them to ASCII.
 */
export function foldWidth(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** True when the text holds full-width forms that the bureau's system would not accept as typed. */
export function hasFullWidth(raw: string): boolean {
  return /[\uFF01-\uFF5E\u3000]/.test(raw);
}
