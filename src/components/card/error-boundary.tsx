import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  readonly title: string;
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
        <p>
          Cette carte n’a pas pu s’afficher ({this.state.error.message}). Les autres vues restent disponibles.
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Réessayer
        </button>
      </section>
    );
  }
}
