import { Component, type ErrorInfo, type ReactNode } from 'react';
import { SafeFallback } from './SafeFallback';

interface Props {
  children: ReactNode;
  /** The fallback has its own quick exit where the page's header is not there to give one. */
  withQuickExit?: boolean;
}

/**
 * No white screen, ever: whatever a page throws, the person still sees 112, the service's number,
 * the quick exit and a way to start again.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('Kenelle soitan: a page failed and its fallback is shown.', error, info);
  }

  override render(): ReactNode {
    if (this.state.failed)
      return <SafeFallback withQuickExit={this.props.withQuickExit ?? false} />;
    return this.props.children;
  }
}
