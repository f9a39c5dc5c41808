// The facts an issued document states, built from the application: the place, the answers the service
// marks for the certificate, and what the outcome itself established.
import type { Answers, DocumentFact, FormField, LocalizedText, ServiceSpec } from '@citydesk/domain';
import type { Messages } from '@citydesk/i18n';
import { localizedMessage } from '../documents/localized-message.ts';

type Place = {
  building: { street: string; houseNumber: string } | null;
  premises: { number: string } | null;
};

export function placeFact(place: Place): DocumentFact | null {
  const { building, premises } = place;
  if (!building) return null;
  const params = { street: building.street, house: building.houseNumber };
  const value: LocalizedText = premises
    ? localizedMessage((m) => m.documents.outcome.apartment, {
        address: `${building.street}, ${building.houseNumber}`,
        number: premises.number,
      })
    : localizedMessage((m) => m.documents.outcome.addressLine, params);
  return { label: localizedMessage((m) => m.documents.outcome.facts.address), value: { localized: value } };
}

function answerFact(field: FormField, answer: Answers[string]): DocumentFact {
  const label = field.label;
  if (field.type === 'select') {
    const option = field.options?.find((o) => o.value === answer);
    return { label, value: option ? { localized: option.label } : { text: String(answer) } };
  }
  if (field.type === 'checkbox')
    return {
      label,
      value: {
        localized: localizedMessage((m) => (answer ? m.documents.outcome.yes : m.documents.outcome.no)),
      },
    };
  if (field.type === 'date') return { label, value: { date: String(answer) } };
  if (typeof answer === 'number') return { label, value: { number: answer } };
  return { label, value: { text: String(answer) } };
}

/** The answers of fields marked `onCertificate`, in form order. */
export function answerFacts(spec: ServiceSpec, answers: Answers): DocumentFact[] {
  return spec.steps
    .flatMap((s) => s.fields)
    .filter((f) => f.onCertificate && answers[f.name] !== undefined)
    .map((f) => answerFact(f, answers[f.name]!));
}

export type FactKey = keyof Messages['documents']['outcome']['facts'];

/** A fact labelled by a key of `documents.outcome.facts`. */
export function fact(key: FactKey, value: DocumentFact['value']): DocumentFact {
  return { label: localizedMessage((m) => m.documents.outcome.facts[key]), value };
}
