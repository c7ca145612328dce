import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeNotices } from '../../src/hub/form-model/notices.js';

const notice = (key: string, extra: Record<string, string> = {}) => ({ key, type: 'info', description: key, ...extra });
const keys = (list: { key: string }[] | undefined) => (list ?? []).map((item) => item.key);

test('anchored before its field; top before the first; bottom after the last; others hidden', () => {
  const placement = placeNotices(
    [
      notice('anchored', { anchor: ' b ' }),
      notice('top', { position: 'top' }),
      notice('default'),
      notice('bottom', { position: 'bottom' }),
      notice('orphan', { anchor: 'zzz' }),
      notice('sideways', { position: 'middle' }),
    ],
    ['a', 'b', 'c'],
  );
  assert.deepEqual(keys(placement.before.get('b')), ['anchored']);
  assert.deepEqual(keys(placement.before.get('a')), ['top', 'default']);
  assert.deepEqual(keys(placement.after.get('c')), ['bottom']);
  assert.deepEqual(placement.stack, []);
  assert.equal([...placement.before.values(), ...placement.after.values()].flat().length, 4);
});

test('no visible field: every notice stacks at the top', () => {
  const placement = placeNotices([notice('x', { anchor: 'a' }), notice('y', { position: 'bottom' })], []);
  assert.deepEqual(keys(placement.stack), ['x', 'y']);
});
