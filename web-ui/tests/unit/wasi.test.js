// The shim runs a tiny module assembled here byte by byte (the WebAssembly binary format, §5 of
// the core spec), so the test needs neither a compiler nor a running Molt service.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runWasi } from '../../src/wasi.js';

const utf8 = (s) => [...new TextEncoder().encode(s)];
const uleb = (n) => {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
const vec = (items) => [...uleb(items.length), ...items.flat()];
const name = (s) => vec(utf8(s).map((b) => [b]));
const section = (id, body) => [id, ...uleb(body.length), ...body];
const i32 = (n) => [0x41, ...uleb(n)]; // small non-negative constants only
const I32 = 0x7f;

/** fd_write(1, two iovecs splitting "é"), fd_write(2, "err\n"), then proc_exit(exitCode). */
function module(exitCode) {
  const types = [
    [0x60, ...vec([[I32], [I32], [I32], [I32]]), ...vec([[I32]])], // fd_write
    [0x60, ...vec([[I32]]), 0x00], // proc_exit
    [0x60, 0x00, 0x00], // _start
  ];
  const imports = [
    [...name('wasi_snapshot_preview1'), ...name('fd_write'), 0x00, 0],
    [...name('wasi_snapshot_preview1'), ...name('proc_exit'), 0x00, 1],
    [...name('wasi_snapshot_preview1'), ...name('sock_accept'), 0x00, 0], // not offered: ENOSYS
  ];
  const call = (f) => [0x10, f];
  const body = [
    0x00, // no locals
    ...i32(1), ...i32(0), ...i32(2), ...i32(8), ...call(0), 0x1a,
    ...i32(2), ...i32(16), ...i32(1), ...i32(8), ...call(0), 0x1a,
    ...i32(exitCode), ...call(1),
    0x0b,
  ];
  const le32 = (n) => [n & 255, (n >> 8) & 255, (n >> 16) & 255, (n >> 24) & 255];
  const data = (offset, bytes) => [0x00, ...i32(offset), 0x0b, ...vec(bytes.map((b) => [b]))];
  const hello = utf8('h\u00e9llo\n'); // 7 bytes, "é" is c3 a9
  return new WebAssembly.Module(new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec(types)),
    ...section(2, vec(imports)),
    ...section(3, vec([[2]])),
    ...section(5, vec([[0x00, 1]])),
    ...section(7, vec([[...name('memory'), 0x02, 0], [...name('_start'), 0x00, 3]])),
    ...section(10, vec([[...uleb(body.length), ...body]])),
    ...section(11, vec([
      data(0, [...le32(32), ...le32(2), ...le32(34), ...le32(5)]),
      data(16, [...le32(48), ...le32(4)]),
      data(32, hello),
      data(48, utf8('err\n')),
    ])),
  ]));
}

test('stdout, stderr and the exit code come through; a split UTF-8 sequence is decoded once', async () => {
  let out = '';
  let err = '';
  const code = await runWasi(module(3), { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  assert.equal(code, 3);
  assert.equal(out, 'h\u00e9llo\n');
  assert.equal(err, 'err\n');
});

test('exit code 0 through proc_exit', async () => {
  assert.equal(await runWasi(module(0), {}), 0);
});
