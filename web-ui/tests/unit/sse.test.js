// Expected events follow the WHATWG HTML "server-sent events" parsing rules, worked by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SseParser } from '../../src/sse.js';

test('events split across chunks and line endings', () => {
  const p = new SseParser();
  assert.deepEqual(p.feed('event: stage\nda'), []);
  assert.deepEqual(p.feed('ta: {"a":1}\r\n\r'), []);
  assert.deepEqual(p.feed('\nid: 7\ndata: x\n\n'), [
    { event: 'stage', data: '{"a":1}', id: '' },
    { event: 'message', data: 'x', id: '7' },
  ]);
});

test('multi-line data, comments, fields without a value', () => {
  const p = new SseParser();
  const events = p.feed(': keep-alive\ndata: one\ndata:two\ndata\nevent:end\n\n');
  assert.deepEqual(events, [{ event: 'end', data: 'one\ntwo\n', id: '' }]);
});

test('an event with no data is not dispatched', () => {
  const p = new SseParser();
  assert.deepEqual(p.feed('event: nothing\n\n'), []);
  assert.deepEqual(p.feed('data: after\n\n'), [{ event: 'message', data: 'after', id: '' }]);
});
