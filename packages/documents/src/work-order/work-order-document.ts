// What a printed work order shows, already resolved from the database: names in the reader's language,
// dates as instants (the renderer formats them in the city's time zone and the reader's calendar).

/** Where in the building the work is: a numbered premises or a common area. */
export type WorkOrderPlace =
  | { kind: 'apartment' | 'nonResidential'; number: string }
  /** `name` is the common area's name in the reader's language ("Entrance and stairwell"). */
  | { kind: 'commonArea'; name: string };

export interface WorkOrderDocument {
  /** e.g. KZN-2026-000123 */
  requestNumber: string;
  /** e.g. KZN-2026-000123-WO */
  workOrderNumber: string;
  /** Opens the request in the web app; the QR code encodes exactly this. */
  requestUrl: string;
  priority: 'NORMAL' | 'HIGH' | 'EMERGENCY';
  /** When the work order was issued (assigned). */
  issuedAt: Date;
  /** When the work must be done. */
  deadlineAt: Date;
  /** When this copy is printed (the footer), injected so output is reproducible. */
  printedAt: Date;
  /** IANA time zone of the city, e.g. Europe/Moscow: every time is shown in it. */
  timeZone: string;
  cityName: string;
  managementCompany: string | null;
  contractor: string;
  /** The worker named on the order, if any. */
  worker: string | null;
  address: { street: string; house: string; place: WorkOrderPlace | null };
  resident: { name: string; phone: string };
  /** The category's name in the reader's language. */
  category: string;
  description: string;
}
