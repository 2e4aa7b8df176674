import fs from 'fs'; import os from 'os'; import path from 'path';
import { Library } from './src/main/library/library';
const dir = fs.mkdtempSync(path.join(os.tmpdir(),'facts-'));
const lib = Library.open(dir);
for (const f of ['resources/briefings/andean-drug-trafficking.txt','tests/fixtures/samples/01-red-sea.txt']) {
  const [o] = lib.importFiles([f]) as any;
  const doc = lib.get(o.id);
  fs.writeFileSync('/tmp/' + path.basename(f) + '.doc', doc.blocks.map((b:any)=>b.text).join('\n\n'));
}
lib.close();
