/**
 * The attendance tool's state in the URL query (see state.ts).
 */
import { QueryReader } from '../url-state';
import type { MeetingRecord } from './attendance';
import type { AttendanceRule } from './types';
import { query, type Parsed } from './state-query';

// Attendance: ?april=member&july=deputy&october=absent

export const MEETING_RECORDS = ['member', 'deputy', 'absent', 'not-yet-held'] as const satisfies readonly MeetingRecord[];

export interface AttendanceState {
  records: Map<string, MeetingRecord>;
}

export function parseAttendance(params: URLSearchParams, rule: AttendanceRule): Parsed<AttendanceState> {
  const reader = new QueryReader(params);
  const records = new Map<string, MeetingRecord>();
  for (const meeting of rule.meetings) {
    records.set(meeting.id, reader.one(meeting.id, MEETING_RECORDS, 'not-yet-held', `the ${meeting.label} meeting`));
  }
  return { state: { records }, notices: reader.finish() };
}

export const attendanceQuery = (s: AttendanceState) =>
  query([...s.records].filter(([, r]) => r !== 'not-yet-held').map(([id, r]): [string, string] => [id, r]));
