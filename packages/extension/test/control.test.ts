import { describe, expect, it } from 'vitest';
import {
  libdirModules,
  moduleName,
  parseControl,
  rewriteLibdir,
  scriptExtension,
} from '../src/control.js';

describe('control files', () => {
  it('reads quoted and bare values, later lines winning, comments ignored', () => {
    const settings = parseControl(
      [
        '# vector extension',
        "comment = 'vector data type and ivfflat and hnsw access methods'",
        "default_version = '0.8.0'",
        "default_version = '0.8.7'",
        "module_pathname = '$libdir/vector'",
        'relocatable = true',
        "requires = 'plpgsql, cube'",
        "schema = 'it''s'",
      ].join('\n'),
    );
    expect(settings.get('default_version')).toBe('0.8.7');
    expect(settings.get('module_pathname')).toBe('$libdir/vector');
    expect(settings.get('relocatable')).toBe('true');
    expect(settings.get('requires')).toBe('plpgsql, cube');
    expect(settings.get('schema')).toBe("it's");
    expect(settings.has('comment')).toBe(true);
  });

  it('finds the modules scripts load from $libdir and strips the prefix', () => {
    const sql = [
      "CREATE FUNCTION a() RETURNS int AS '$libdir/postgis-3', 'a' LANGUAGE c;",
      "CREATE FUNCTION b() RETURNS int AS '$libdir/postgis-3','b' LANGUAGE c;",
      "CREATE FUNCTION c() RETURNS int AS '$libdir/postgis_raster-3' LANGUAGE c;",
      "CREATE FUNCTION d() RETURNS int AS 'MODULE_PATHNAME' LANGUAGE c;",
    ].join('\n');
    expect(libdirModules(sql)).toEqual(['postgis-3', 'postgis_raster-3']);
    const rewritten = rewriteLibdir(sql);
    expect(rewritten).not.toContain('$libdir');
    expect(rewritten).toContain("AS 'postgis-3', 'a'");
    expect(rewritten).toContain("'MODULE_PATHNAME'");
  });

  it('names modules and scripts', () => {
    expect(moduleName('$libdir/vector')).toBe('vector');
    expect(moduleName('$libdir/vector.so')).toBe('vector');
    expect(moduleName('vector')).toBe('vector');
    expect(scriptExtension('vector--0.8.7.sql')).toBe('vector');
    expect(scriptExtension('postgis_raster--3.6.0--3.7.0.sql')).toBe('postgis_raster');
    expect(scriptExtension('vector.control')).toBeUndefined();
    expect(scriptExtension('legacy.sql')).toBeUndefined();
  });
});
