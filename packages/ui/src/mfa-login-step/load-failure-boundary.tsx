import { Component } from 'react';
import type { ReactNode } from 'react';

/** Props of {@link LoadFailureBoundary}. */
export interface LoadFailureBoundaryProps {
  /** What to show instead of the children once loading them failed; `retry` renders them again. */
  fallback: (retry: () => void) => ReactNode;
  /** Called before a retry, to drop what failed. */
  onRetry: () => void;
  children: ReactNode;
}

/**
 * Catches a form chunk that failed to load (offline, a deploy replaced it) so the step says so and offers to
 * try again, instead of the whole screen going blank.
 */
export class LoadFailureBoundary extends Component<LoadFailureBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  retry = (): void => {
    this.props.onRetry();
    this.setState({ failed: false });
  };

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}
