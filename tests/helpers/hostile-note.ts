/**
 * A note carrying every dangerous link form a user (or a pasted web page) could put into Markdown,
 * a remote image in each way Markdown can write one, and raw HTML — beside a web link and an
 * e-mail link that must survive. Shared by the unit tests of every export and the end-to-end tests
 * of the reader and the Notes view.
 */
export const HOSTILE_NOTE = [
  'Plain [js](javascript:alert(1)) and [upper](JAVASCRIPT:alert(2)) and [entity](&#106;avascript:alert(3)).',
  '',
  '[html](data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==) [vb](vbscript:msgbox(5)) <javascript:alert(6)> [rel](/etc/passwd)',
  '',
  'By reference: [defined][evil] and ![tracker by reference][pixel].',
  '',
  '![tracking pixel](https://tracker.example/pixel.png "t")',
  '',
  '<a href="javascript:alert(7)">raw link</a> <img src="https://tracker.example/raw.png" alt="raw image">',
  '',
  'Safe: [the EPRS](https://www.europarl.europa.eu/thinktank) and [write](mailto:eprs@example.org).',
  '',
  '[evil]: javascript:alert(8)',
  '[pixel]: https://tracker.example/reference.png'
].join('\n');

/** The links the note may keep, in order. */
export const SAFE_LINKS = ['https://www.europarl.europa.eu/thinktank', 'mailto:eprs@example.org'];

/** Text the reader must still see where an image was: the alt text and the address. */
export const IMAGE_WORDS = ['tracking pixel', 'https://tracker.example/pixel.png', 'tracker by reference', 'https://tracker.example/reference.png'];

/** Whether a link target is one a note may carry. */
export const isAllowedTarget = (url: string) => /^(https?:\/\/|mailto:)/i.test(url);
