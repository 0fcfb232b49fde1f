/** The bench's reading of the browser's own metrics (tests/bench/visits.ts). */
import { describe, expect, it } from 'vitest';
import { taskTime } from '../bench/visits';

describe('taskTime', () => {
  it('reads the renderer main thread task time, in milliseconds', () => {
    expect(taskTime([{ name: 'ScriptDuration', value: 0.05 }, { name: 'TaskDuration', value: 0.4321 }])).toBeCloseTo(432.1);
  });
  it('fails, naming what the browser reported, when the metric is missing', () => {
    expect(() => taskTime([{ name: 'Nodes', value: 3 }])).toThrow('The browser reported no TaskDuration among its metrics (Nodes).');
  });
});
