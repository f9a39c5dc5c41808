// Reading a service definition (the JSON of an EService or an Application) in the web app.
import { serviceSpecSchema, type ServiceSpec } from '@citydesk/domain';
import { useMemo } from 'react';

/** The definition as a `ServiceSpec`, or null when it does not hold (shown as "cannot be read", never thrown). */
export function readServiceSpec(json: unknown): ServiceSpec | null {
  const parsed = serviceSpecSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** `readServiceSpec`, parsed once per definition object. */
export function useServiceSpec(json: unknown): ServiceSpec | null {
  return useMemo(() => readServiceSpec(json), [json]);
}
