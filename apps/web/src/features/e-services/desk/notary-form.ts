// The notary's intake details (shared with its test): which service, for whom, which property.
import type { ServiceSpec } from '@citydesk/domain';
import { z } from 'zod';
import { isPhoneNumber } from '../../resident/new-request-form.ts';
import { readSpec } from './spec.ts';

export const clientSchema = z.object({
  serviceCode: z.string().min(1, 'required'),
  applicantName: z.string().trim().min(1, 'required').max(200, 'too_long'),
  applicantPhone: z.string().trim().min(1, 'required').refine(isPhoneNumber, 'invalid_phone'),
  applicantEmail: z
    .string()
    .trim()
    .max(200, 'too_long')
    .refine((v) => v === '' || z.email().safeParse(v).success, 'invalid_email'),
  buildingId: z.string().min(1, 'required'),
  premisesNumber: z.string().trim().min(1, 'required').max(20, 'too_long'),
});

export type ClientValues = z.infer<typeof clientSchema>;
export type ClientField = keyof ClientValues;

export const emptyClient: ClientValues = {
  serviceCode: '',
  applicantName: '',
  applicantPhone: '',
  applicantEmail: '',
  buildingId: '',
  premisesNumber: '',
};

export interface NotaryService {
  code: string;
  name: string;
  providerName: string | null;
  spec: ServiceSpec;
}

/** Services a notary office may file for a client: about a property, and without the applicant's signature. */
export function notaryServices(
  services: readonly { code: string; name: string; providerName: string | null; definition: unknown }[],
  /** A notary files for clients; a provider's call centre files its own services that take callers. */
  mode: 'notary' | 'callCentre' = 'notary',
): NotaryService[] {
  return services.flatMap((s) => {
    const spec = readSpec(s.definition);
    return spec &&
      spec.signing === 'NONE' &&
      spec.subject === 'PREMISES' &&
      (mode === 'notary' || spec.callCentreIntake)
      ? [{ code: s.code, name: s.name, providerName: s.providerName, spec }]
      : [];
  });
}
