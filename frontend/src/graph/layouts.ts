// Layout extensions load on first use, so the first screen only downloads Cytoscape itself.
import cytoscape from 'cytoscape';

let fcose: Promise<void> | null = null;
let dagre: Promise<void> | null = null;

export function ensureFcose(): Promise<void> {
  fcose ??= import('cytoscape-fcose').then((m) => {
    cytoscape.use(m.default);
  });
  return fcose;
}

export function ensureDagre(): Promise<void> {
  dagre ??= import('cytoscape-dagre').then((m) => {
    cytoscape.use(m.default);
  });
  return dagre;
}
