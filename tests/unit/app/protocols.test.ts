import { describe, expect, it } from 'vitest';
import { resolveInside } from '../../../main/app/protocols';

describe('serving the renderer', () => {
  it.each([
    ['/index.html', '/srv/renderer/index.html'],
    ['/assets/app.js', '/srv/renderer/assets/app.js'],
    ['/../../etc/passwd', null],
    ['/%2e%2e/%2e%2e/etc/passwd', null],
    ['/assets/..%2f..%2fsecret', null],
    ['/bad%ZZ', null],
    ['/nul%00.html', null],
  ])('%s -> %s', (path, expected) => {
    expect(resolveInside('/srv/renderer', path)).toBe(expected);
  });
});
