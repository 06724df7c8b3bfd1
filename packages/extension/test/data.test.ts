import { describe, expect, it } from 'vitest';
import { dataVariable } from '../src/data.js';

const lib = (...strings: string[]): Uint8Array =>
  new Uint8Array(Buffer.from(`\x7fELF\0junk\0${strings.join('\0')}\0more`, 'latin1'));

describe('the variable a library reads its data directory from', () => {
  it('is the <DIR>_DATA or <DIR>_LIB string the library carries, _DATA first', () => {
    expect(dataVariable('proj', [lib('PROJ_LIB', 'PROJ_DATA')])).toBe('PROJ_DATA');
    expect(dataVariable('gdal', [lib('x'), lib('GDAL_DATA')])).toBe('GDAL_DATA');
    expect(dataVariable('foo-bar', [lib('FOO_BAR_LIB')])).toBe('FOO_BAR_LIB');
  });

  it('is none when the name is only part of a longer string', () => {
    expect(dataVariable('proj', [lib('MYPROJ_DATA', 'PROJ_DATA_DIR')])).toBeUndefined();
    expect(dataVariable('fontconfig', [lib('FONTCONFIG_PATH')])).toBeUndefined();
  });
});
