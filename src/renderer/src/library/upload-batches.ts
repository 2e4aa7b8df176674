/**
 * Files grouped into `importFiles` calls small enough for the boundary: each call carries at most
 * one largest file's worth of base64 and at most 100 files (src/shared/limits.ts and the
 * contract refuse more), in the order the user gave them.
 */
import { MAX_UPLOAD_BASE64_CHARS } from '../../../shared/limits';

const MAX_FILES_PER_CALL = 100;

export function uploadBatches<T extends { data: string }>(files: readonly T[], limit = MAX_UPLOAD_BASE64_CHARS): T[][] {
  const batches: T[][] = [];
  let size = 0;
  for (const file of files) {
    const current = batches.at(-1);
    if (!current || current.length >= MAX_FILES_PER_CALL || size + file.data.length > limit) {
      batches.push([file]);
      size = file.data.length;
    } else {
      current.push(file);
      size += file.data.length;
    }
  }
  return batches;
}
