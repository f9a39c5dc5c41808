/** A reading as the page has it: its period `YYYY-MM-01` and the meter's value then. */
export interface PeriodReading {
  period: string;
  value: number;
}

export interface MonthlyConsumption {
  period: string;
  /** How far the meter advanced since the reading before it (null for the oldest reading shown). */
  consumption: number | null;
}

// Readings have at most 3 decimals: subtract in thousandths so 0.1 + 0.2 stays 0.3.
const thousandths = (value: number) => Math.round(value * 1000);

/**
 * Consumption per reading, oldest first: each reading minus the one before it. Readings arrive newest first, as
 * the API sends them.
 */
export function monthlyConsumption(newestFirst: readonly PeriodReading[]): MonthlyConsumption[] {
  const chronological = [...newestFirst].sort((a, b) => a.period.localeCompare(b.period));
  return chronological.map((reading, index) => {
    const before = chronological[index - 1];
    return {
      period: reading.period,
      consumption: before ? (thousandths(reading.value) - thousandths(before.value)) / 1000 : null,
    };
  });
}
