import type { ComponentProps, ReactNode } from 'react';
import './Table.css';

export interface TableProps extends ComponentProps<'table'> {
  /** Names the table for screen readers; visually hidden unless showCaption. */
  caption: string;
  showCaption?: boolean;
  head: ReactNode;
  children: ReactNode;
}

/** A semantic table that scrolls horizontally on narrow screens. */
export function Table({ caption, showCaption = false, head, children, className, ...rest }: TableProps) {
  return (
    <div className="table-scroll">
      <table className={['table', className ?? ''].filter(Boolean).join(' ')} {...rest}>
        <caption className={showCaption ? 'table__caption' : 'visually-hidden'}>{caption}</caption>
        <thead>{head}</thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
