import type { ComponentProps } from 'react';
import { Field, type FieldChromeProps } from './Field.tsx';

export type TextFieldProps = Omit<ComponentProps<'input'>, 'children'> & FieldChromeProps;

export function TextField({ label, hint, error, optional, id, className, ...input }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional} className={className}>
      {(a11y) => <input className="control" required={!optional} {...a11y} {...input} />}
    </Field>
  );
}
