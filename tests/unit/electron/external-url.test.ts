import { describe, expect, it } from 'vitest';
import { parseExternalUrl } from '../../../src/main/electron/external-url';

describe('parseExternalUrl', () => {
  it('lets web links through as the browser would receive them', () => {
    expect(parseExternalUrl('https://www.europarl.europa.eu/thinktank/en/home')?.href).toBe('https://www.europarl.europa.eu/thinktank/en/home');
    expect(parseExternalUrl('http://example.org/report.pdf')?.href).toBe('http://example.org/report.pdf');
    expect(parseExternalUrl('HTTPS://EUR-LEX.europa.eu/')?.href).toBe('https://eur-lex.europa.eu/');
  });

  it.each([
    ['script', 'javascript:alert(document.cookie)'],
    ['script with odd case and spaces', '  JaVaScRiPt:alert(1)'],
    ['a local file', 'file:///etc/passwd'],
    ['a Windows share', 'file://server/share/run.exe'],
    ['data', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['SMB', 'smb://attacker.example/share'],
    ['the Windows support tool (Follina)', 'ms-msdt:/id PCWDiagnostic /skip force'],
    ['another Windows handler', 'search-ms:query=invoice&crumb=location:\\\\attacker.example\\share'],
    ['mail', 'mailto:someone@example.org'],
    ['the app itself', 'app://reader/index.html'],
    ['a deep link', 'briefing-reader://open'],
    ['a relative path', '/etc/passwd'],
    ['a web link with a password', 'https://user:secret@example.org/'],
    ['a web link disguising its host', 'https://www.europarl.europa.eu@evil.example/'],
    ['a web link that does not parse', 'https://exa mple.org/'],
    ['an overlong link', `https://example.org/${'a'.repeat(2100)}`]
  ])('refuses %s', (_what, raw) => {
    expect(parseExternalUrl(raw)).toBeNull();
  });
});
