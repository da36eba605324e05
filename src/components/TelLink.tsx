import type { ReactNode } from 'react';
import { useEmbedded } from '../embed/frame/EmbedContext';

/** A phone link; inside a partner's frame it targets the top window so that the call can start. */
export function TelLink({
  href,
  className,
  children,
}: {
  /** A `tel:` link from machines/ (phoneLineOf, describeOutcome): never built here. */
  href: `tel:${string}`;
  className?: string;
  children: ReactNode;
}) {
  const embedded = useEmbedded();
  return (
    <a className={className} href={href} target={embedded ? '_top' : undefined}>
      {children}
    </a>
  );
}
