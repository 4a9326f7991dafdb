import type { AppContext } from '../context';

/** A view mode: its tools panel and how it fills the graph. */
export interface ModeController {
  renderTools(ctx: AppContext, container: HTMLElement): void;
  /** Loads the graph for the current state; `alive()` turns false when a newer load started. */
  load(ctx: AppContext, alive: () => boolean): Promise<void>;
}
