/** A local wall-clock time of day. */
export type TimeOfDay = { hour: number; minute: number };

const timeOfDayPattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Parses `HH:MM` (00:00–23:59); throws a RangeError on anything else. */
export function parseTimeOfDay(value: string): TimeOfDay {
  const match = timeOfDayPattern.exec(value);
  if (!match) throw new RangeError(`not an HH:MM time: ${JSON.stringify(value)}`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}
