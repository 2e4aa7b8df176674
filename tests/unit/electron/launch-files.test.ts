import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchFiles } from '../../../src/main/electron/launch-files';

describe('launchFiles', () => {
  it('finds the briefing files a launch was given, resolved against its working directory', () => {
    const argv = ['/opt/Briefing Reader/briefing-reader', '--no-sandbox', 'notes/Andean.TXT', '/tmp/red-sea.md', 'brief.html', 'old.htm', 'scan.pdf'];
    expect(launchFiles(argv, '/home/ana')).toEqual([
      path.resolve('/home/ana/notes/Andean.TXT'),
      '/tmp/red-sea.md',
      path.resolve('/home/ana/brief.html'),
      path.resolve('/home/ana/old.htm'),
      path.resolve('/home/ana/scan.pdf')
    ]);
  });

  it('leaves out the executable, switches, deep links, the app folder and files of other kinds', () => {
    const argv = ['/usr/bin/electron', '.', '--inspect=9229', 'briefing-reader://open?briefing=abc.txt', 'photo.png', 'setup.exe', '/home/ana/project'];
    expect(launchFiles(argv, '/home/ana')).toEqual([]);
  });

  it('does not take the executable itself for a file, even when its name looks like one', () => {
    expect(launchFiles(['/tmp/reader.txt'], '/')).toEqual([]);
  });
});
