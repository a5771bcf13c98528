import test from 'node:test';
import assert from 'node:assert/strict';
import { AveragedPerceptron } from '../src/nlp/perceptron.js';

test('a trained perceptron scores the same after saving and loading', () => {
  const p = new AveragedPerceptron(5);
  // uneven weights, so that quantization would show if it differed between the two
  for (let step = 0; step < 200; step++) {
    const keys = [step % 7, 100 + (step % 11), 1000 + ((step * 7) % 13)];
    p.update(step % 5, p.predict(keys), keys, 1 + (step % 3) / 7);
  }
  p.average();
  const q = AveragedPerceptron.deserialize(p.serialize());
  for (let k = 0; k < 1100; k += 37) {
    const keys = [k % 7, 100 + (k % 11), 1000 + (k % 13), 99999];
    assert.deepEqual(q.score(keys), p.score(keys));
  }
});

test('a buffer that is not a perceptron model is refused', () => {
  assert.throws(() => AveragedPerceptron.deserialize(Buffer.alloc(32)), /bad magic/);
});

test('a long key vector scores as its pieces added one after the other', () => {
  // more keys than one probe block of `score` (128), for the three-class path and the general one
  for (const classes of [3, 5]) {
    const p = new AveragedPerceptron(classes);
    const keys = Array.from({ length: 300 }, (_, i) => 7919 * i + 13);
    keys.forEach((key, i) => p.add(i % classes, [key], 1 + (i % 4) / 3));
    p.tick();
    p.average();
    const whole = p.score(Uint32Array.from(keys));
    const pieces = new Float32Array(classes);
    for (let from = 0; from < 300; from += 100)
      p.score(Uint32Array.from(keys.slice(from, from + 100)), pieces);
    assert.deepEqual(whole, pieces);
    assert.notDeepEqual(whole, p.score(Uint32Array.from(keys.slice(0, 128))));
  }
});
