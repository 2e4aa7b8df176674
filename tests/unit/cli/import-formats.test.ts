import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBriefing } from '../../helpers/run-cli';
import { REPO, tempDir } from '../../helpers/temp-library';

const MARKDOWN = path.join(REPO, 'tests/fixtures/formats/critical-raw-materials.md');
const WEB_PAGE = path.join(REPO, 'tests/fixtures/formats/saved-article.html');
const PARAGRAPH = 'The Member States agreed on new rules for the storage of strategic raw materials after two years of talks, with a review clause for 2030.';

/** A folder of mixed documents as a user's downloads look, with a sub-folder and things that are not briefings. */
function downloadsFolder(): string {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'web'));
  fs.mkdirSync(path.join(dir, '.git'));
  fs.copyFileSync(MARKDOWN, path.join(dir, 'raw-materials.md'));
  fs.copyFileSync(WEB_PAGE, path.join(dir, 'web', 'water.html'));
  fs.writeFileSync(path.join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
  fs.writeFileSync(path.join(dir, 'empty.md'), '');
  fs.writeFileSync(path.join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  return dir;
}

async function list(dataDir: string): Promise<Array<{ id: string; title: string }>> {
  return (await runBriefing('list', '--json', '--data-dir', dataDir)).json();
}

describe('briefing import DIR', () => {
  it('imports every briefing in a folder and its sub-folders, lists the other files as skipped, and reports the broken one', async () => {
    const folder = downloadsFolder();
    const dataDir = tempDir();
    const result = await runBriefing('import', folder, '--json', '--data-dir', dataDir);
    expect(result.json()).toEqual([
      { file: path.join(folder, 'empty.md'), error: `Import: "empty.md" is empty` },
      { file: path.join(folder, 'photo.jpg'), skipped: true, reason: 'not a format Briefing Reader reads (.jpg)' },
      {
        file: path.join(folder, 'raw-materials.md'),
        id: expect.any(String),
        title: "Securing critical raw materials: the EU's new supply strategy",
        sections: 5,
        blocks: 17
      },
      {
        file: path.join(folder, 'web', 'water.html'),
        id: expect.any(String),
        title: 'Water scarcity in southern Europe: adapting agriculture to drought',
        sections: 4,
        blocks: 16
      }
    ]);
    expect(result.stderr).toBe('Import: "empty.md" is empty');
    expect(result.code).toBe(1);
    expect((await list(dataDir)).map((b) => b.title).sort()).toEqual([
      "Securing critical raw materials: the EU's new supply strategy",
      'Water scarcity in southern Europe: adapting agriculture to drought'
    ]);
  });

  it('says in readable text what it imported and what it skipped, and a second import of the folder adds nothing', async () => {
    const folder = downloadsFolder();
    fs.rmSync(path.join(folder, 'empty.md'));
    const dataDir = tempDir();
    const first = await runBriefing('import', folder, '--data-dir', dataDir);
    expect(first.code).toBe(0);
    expect(first.stdout.split('\n')).toEqual([
      `Skipped ${path.join(folder, 'photo.jpg')}: not a format Briefing Reader reads (.jpg)`,
      expect.stringMatching(/^Imported .*raw-materials\.md as [a-z2-9]{8}: "Securing critical raw materials/),
      expect.stringMatching(/^Imported .*water\.html as [a-z2-9]{8}: "Water scarcity/)
    ]);
    const again = await runBriefing('import', folder, '--data-dir', dataDir);
    expect(again.code).toBe(1);
    expect(again.stderr.split('\n')).toEqual([
      expect.stringMatching(
        /^Import: "raw-materials\.md" is already in the library as "Securing critical raw materials: the EU's new supply strategy" \(id [a-z2-9]{8}\)$/
      ),
      expect.stringMatching(/^Import: "water\.html" is already in the library as "Water scarcity/)
    ]);
    expect(await list(dataDir)).toHaveLength(2);
  });
});

describe('briefing import across formats', () => {
  it('reports the same publication in another format (same PE number and date) as a duplicate, not a second briefing', async () => {
    const dir = tempDir();
    const text = path.join(dir, 'storage.txt');
    const markdown = path.join(dir, 'storage.md');
    fs.writeFileSync(text, `Strategic stockpiles\n\nMarch 2024\n\nPE 757.601\n\n${PARAGRAPH}\n`);
    fs.writeFileSync(markdown, `---\ntitle: Strategic stockpiles\ndate: 2024-03\npe: PE 757.601\n---\n${PARAGRAPH} Updated.\n`);
    const dataDir = tempDir();
    expect((await runBriefing('import', text, '--data-dir', dataDir)).code).toBe(0);
    const [stored] = await list(dataDir);
    const second = await runBriefing('import', markdown, '--json', '--data-dir', dataDir);
    expect(second.json()).toEqual([
      {
        file: markdown,
        error: `Import: "storage.md" is already in the library as "Strategic stockpiles" (id ${stored!.id}): the same publication, PE 757.601 of 2024-03`,
        duplicateOf: stored!.id
      }
    ]);
    expect(await list(dataDir)).toHaveLength(1);
  });

  it('imports a web page renamed .pdf as a web page', async () => {
    const dir = tempDir();
    const renamed = path.join(dir, 'water-report.pdf');
    fs.copyFileSync(WEB_PAGE, renamed);
    const dataDir = tempDir();
    const result = await runBriefing('import', renamed, '--json', '--data-dir', dataDir);
    expect(result.json()).toEqual([expect.objectContaining({ title: 'Water scarcity in southern Europe: adapting agriculture to drought' })]);
    const [{ id }] = result.json<[{ id: string }]>();
    const shown = (await runBriefing('show', id, '--json', '--data-dir', dataDir)).json<{ metadata: { sourceFormat: string; pages: number | null } }>();
    expect(shown.metadata).toMatchObject({ sourceFormat: 'html', pages: null });
  });
});

describe('briefing import of bad input leaves the library as it was', () => {
  const cases: Array<[string, string, string | Buffer, RegExp]> = [
    ['an empty Markdown file', 'empty.md', '', /^Import: "empty\.md" is empty$/],
    [
      'a web page with no article',
      'links.html',
      '<!doctype html><html><body><nav><a href="/a">Home</a></nav></body></html>',
      /^Import: "links\.html" has no article text Briefing Reader could find/
    ],
    [
      'Markdown with broken front matter',
      'broken.md',
      '---\ntitle: [unclosed\n---\nText.\n',
      /^Import: "broken\.md" has front matter that is not valid YAML \(line \d+\): .+/
    ],
    [
      'hostile HTML of scripts and frames only',
      'hostile.html',
      '<html><body onload="x()"><script>fetch("https://evil.example")</script><iframe src="https://evil.example"></iframe></body></html>',
      /^Import: "hostile\.html" has no article text/
    ]
  ];
  for (const [what, name, content, message] of cases) {
    it(`refuses ${what} with one line naming the file, and exit status 1`, async () => {
      const dir = tempDir();
      const file = path.join(dir, name);
      fs.writeFileSync(file, content);
      const dataDir = tempDir();
      const result = await runBriefing('import', file, '--data-dir', dataDir);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.split('\n')).toHaveLength(1);
      expect(await list(dataDir)).toEqual([]);
    });
  }
});

describe('briefing import FILE --update ID', () => {
  it('takes a new edition of a Markdown briefing from Markdown, keeping its id and re-anchoring its annotations', async () => {
    const dir = tempDir();
    const first = path.join(dir, 'note.md');
    const second = path.join(dir, 'note-v2.md');
    fs.writeFileSync(first, `# Stockpiles\n\n${PARAGRAPH}\n`);
    fs.writeFileSync(second, `# Stockpiles\n\nA new opening sentence.\n\n${PARAGRAPH}\n`);
    const dataDir = tempDir();
    const [{ id }] = (await runBriefing('import', first, '--json', '--data-dir', dataDir)).json<[{ id: string }]>();
    expect((await runBriefing('annotate', id, '--quote', 'a review clause for 2030', '--data-dir', dataDir)).code).toBe(0);
    const update = await runBriefing('import', second, '--update', id, '--json', '--data-dir', dataDir);
    expect(update.json()).toMatchObject({ id, reanchored: { exact: 1, fuzzy: 0, orphan: 0 } });
  });
});
