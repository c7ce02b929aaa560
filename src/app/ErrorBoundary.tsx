import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, for the message ("this lab", "this lesson"). */
  what: string;
  /** When it changes (a new location), a shown error is cleared and the children render afresh. */
  resetKey?: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Catches a rendering error in its subtree and shows it in place, so one broken lab or lesson
 * never blanks the page; a new `resetKey` (or "Try again") renders the subtree afresh. Main thread.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`Parallel Lab: ${this.props.what} failed to render`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <div role="alert" className="callout callout-danger">
          <strong>Sorry, {this.props.what} failed to display.</strong> {this.state.error.message}{' '}
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
