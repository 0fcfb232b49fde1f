/**
 * Running a rule under each of its readings. A rule's `params` hold the reading the tool adopts;
 * each reading with an `alternative` overrides some of them. The tools show the adopted answer and,
 * where another reading changes it, that answer too.
 */
import type { Overrides, Reading } from './types';

/** `params` with the given overrides applied (overrides left undefined change nothing). */
export function withOverrides<P extends object>(params: P, overrides: Overrides<P>): P {
  const defined = Object.entries(overrides).filter(([, value]) => value !== undefined);
  return { ...params, ...Object.fromEntries(defined) };
}

export interface OtherReading<R> {
  reading: string;
  summary: string;
  result: R;
}

/**
 * Evaluates `run` with the adopted params and with each alternative reading, returning the
 * alternatives whose verdict differs from the adopted one (compared by `verdictOf`).
 */
export function otherReadings<P extends object, R>(
  params: P,
  readings: readonly Reading<P>[],
  run: (params: P) => R,
  verdictOf: (result: R) => string,
): OtherReading<R>[] {
  const adopted = verdictOf(run(params));
  return readings.flatMap((reading) => {
    if (!reading.alternative?.params) return [];
    const result = run(withOverrides(params, reading.alternative.params));
    return verdictOf(result) === adopted ? [] : [{ reading: reading.id, summary: reading.alternative.summary, result }];
  });
}
