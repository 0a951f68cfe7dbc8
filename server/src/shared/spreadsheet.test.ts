import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCsv, toOds } from './spreadsheet.js';

describe('spreadsheets', () => {
  it('writes CSV with quoting and without formulas', () => {
    expect(
      toCsv([
        ['Supplier', 'Evidence'],
        ['Acme, Ltd', 'Said "yes"\nthen more'],
        ['=SUM(A1)', '@x'],
      ]),
    ).toBe('Supplier,Evidence\r\n"Acme, Ltd","Said ""yes""\nthen more"\r\n\'=SUM(A1),\'@x\r\n');
  });

  it('writes an ODS zip that a standard unzip tool reads back', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ods-'));
    const file = path.join(dir, 'sheet.ods');
    writeFileSync(
      file,
      toOds('Supplier evidence', [
        ['Question', 'Acme & Sons'],
        ['Evidence', '<b>bold</b> £5'],
      ]),
    );
    // `unzip -t` checks every CRC; the mimetype entry must come first, stored, for ODS readers.
    expect(execFileSync('unzip', ['-t', file]).toString()).toMatch(/No errors detected/);
    expect(execFileSync('unzip', ['-Z1', file]).toString().split('\n')[0]).toBe('mimetype');
    const content = execFileSync('unzip', ['-p', file, 'content.xml']).toString();
    expect(content).toContain('table:name="Supplier evidence"');
    expect(content).toContain('<text:p>Acme &amp; Sons</text:p>');
    expect(content).toContain('<text:p>&lt;b&gt;bold&lt;/b&gt; £5</text:p>');
    expect(readFileSync(file).subarray(30, 38).toString()).toBe('mimetype');
  });
});
