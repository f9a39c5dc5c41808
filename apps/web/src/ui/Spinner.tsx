import './Spinner.css';

/** A decorative spinner; pair it with visible or visually hidden text. */
export function Spinner({ size = 20 }: { size?: number }) {
  return <span className="spinner" style={{ inlineSize: size, blockSize: size }} aria-hidden="true" />;
}
