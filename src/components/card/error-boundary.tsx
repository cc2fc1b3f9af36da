import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { I18n } from '../../lib/i18n/i18n';

interface Props {
  readonly title: string;
  /** A class component has no hooks: the language comes as a prop. */
  readonly i18n: I18n;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

/** Keeps one broken card from blanking the page: the card shows what failed, the rest keeps working. */
export class CardErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`Carte « ${this.props.title} » : ${error.message}`, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <section className="card card-error" role="alert" aria-label={this.props.title}>
        <h3>{this.props.title}</h3>
        <p>{this.props.i18n.t('card.error.text', { message: this.state.error.message })}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {this.props.i18n.t('card.error.retry')}
        </button>
      </section>
    );
  }
}
