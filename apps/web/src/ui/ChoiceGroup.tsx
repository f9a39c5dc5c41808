import type { ComponentProps, ReactNode } from 'react';
import './Field.css';

/** A fieldset of radio buttons with a visible legend. */
export function ChoiceGroup({ legend, children }: { legend: ReactNode; children: ReactNode }) {
  return (
    <fieldset className="choice-group">
      <legend className="field__label">{legend}</legend>
      <div className="choice-group__options">{children}</div>
    </fieldset>
  );
}

export function Radio({ label, ...input }: Omit<ComponentProps<'input'>, 'type'> & { label: ReactNode }) {
  return (
    <label className="choice">
      <input type="radio" className="choice__input" {...input} />
      <span>{label}</span>
    </label>
  );
}
