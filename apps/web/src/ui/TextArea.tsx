import type { ComponentProps } from 'react';
import { Field, type FieldChromeProps } from './Field.tsx';

export type TextAreaProps = Omit<ComponentProps<'textarea'>, 'children'> & FieldChromeProps;

export function TextArea({
  label,
  hint,
  error,
  optional,
  id,
  className,
  rows = 4,
  ...textarea
}: TextAreaProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional} className={className}>
      {(a11y) => (
        <textarea
          className="control control--textarea"
          rows={rows}
          required={!optional}
          {...a11y}
          {...textarea}
        />
      )}
    </Field>
  );
}
