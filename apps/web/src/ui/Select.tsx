import type { ComponentProps } from 'react';
import { Field, type FieldChromeProps } from './Field.tsx';

export type SelectProps = ComponentProps<'select'> & FieldChromeProps;

/** A native select (best keyboard and screen-reader support); pass <option>s as children. */
export function Select({ label, hint, error, optional, id, className, children, ...select }: SelectProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional} className={className}>
      {(a11y) => (
        <select className="control control--select" required={!optional} {...a11y} {...select}>
          {children}
        </select>
      )}
    </Field>
  );
}
