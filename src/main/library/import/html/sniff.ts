/**
 * Whether a file is a web page, apart from the parser so that recognising a file does not load
 * linkedom and Readability: by its content (a doctype or an `<html>`, `<head>` or `<body>` tag at
 * the top), whatever it is called, or by an `.html`/`.htm` name when it holds markup.
 */
const LEADING_MARKUP = /^(?:\s|<\?xml[^>]*>|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body)[\s>]/i;
const EXTENSION = /\.(html?|xhtml)$/i;

export function isWebPage(text: string, fileName: string): boolean {
  const top = text.slice(0, 8192);
  return LEADING_MARKUP.test(top) || (EXTENSION.test(fileName) && /<[a-z!]/i.test(top));
}
