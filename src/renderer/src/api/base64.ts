/** Files cross the boundary as base64 (the same call over IPC and HTTP); this turns one back into bytes. */

/** The bytes of a base64 string (`exportNotes`' files, `getOriginalFile`'s PDF). */
export function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
