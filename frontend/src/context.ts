import type { GraphView } from './graph/view';
import type { ViewState } from './urlState';

/** What the panels may use of the application: state, navigation and the graph. */
export interface AppContext {
  readonly graph: GraphView;
  state(): ViewState;
  /** Changes the view state; `push` makes a browser history entry (company or mode change). */
  navigate(patch: Partial<ViewState>, push?: boolean): void;
  /** Selects an entity in the graph, loading it around the current view if needed. */
  focusEntity(id: string, label?: string | null): Promise<void>;
  /** Shows a message over the graph (null hides it). */
  graphMessage(text: string | null, testid?: string): void;
  /** Re-renders the tools panel of the current mode. */
  refreshTools(): void;
}
