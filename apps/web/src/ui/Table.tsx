import type { ComponentProps, ReactNode } from 'react';
import { useNavigate } from 'react-router';
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

/**
 * A table row that opens `href` when clicked anywhere (its first cell should hold a real link to the same
 * place, for keyboards and screen readers); `selected` marks the row whose details are open beside the table.
 */
export function LinkRow({
  href,
  selected = false,
  className,
  children,
  ...rest
}: ComponentProps<'tr'> & { href: string; selected?: boolean }) {
  const navigate = useNavigate();
  return (
    <tr
      {...rest}
      className={['is-clickable', selected ? 'is-selected' : '', className ?? ''].filter(Boolean).join(' ')}
      onClick={(event) => {
        if (!(event.target instanceof HTMLAnchorElement)) void navigate(href);
      }}
    >
      {children}
    </tr>
  );
}
