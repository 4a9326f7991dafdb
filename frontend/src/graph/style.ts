import type cytoscape from 'cytoscape';

const HIGHLIGHT = '#dc2626';

/**
 * Colours, shapes, sizes and severity rings come from element data (see nodeData in view.ts). Labels vanish
 * below 8 px on screen (`min-zoomed-font-size`), so a zoomed-out view of thousands of nodes draws shapes only;
 * they are set on nodes with the `lbl` class only (all nodes of a small graph, on-screen ones of a large one).
 * Edges with the `arrow` class are curves with arrows, the others plain straight lines.
 */
export function graphStyle(): cytoscape.StylesheetJson {
  const sheet: cytoscape.StylesheetJson = [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as unknown as cytoscape.Css.NodeShape,
        width: 'data(w)',
        height: 'data(h)',
      },
    },
    { selector: 'node[sev]', style: { 'border-width': 'data(bw)', 'border-color': 'data(bc)' } },
    // Labels only on nodes with the `lbl` class: in a large graph view.ts gives it to the nodes on screen once
    // the zoom makes labels legible, so a zoomed-out first render styles and measures no text it would not draw.
    {
      selector: 'node.lbl',
      style: {
        label: 'data(name)',
        'font-size': 11,
        'min-zoomed-font-size': 8,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        color: '#1e293b',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
      },
    },
    {
      selector: 'node.root',
      style: { width: 40, height: 32, 'font-size': 14, 'font-weight': 'bold', 'z-index': 20, 'underlay-color': '#2563eb', 'underlay-opacity': 0.18, 'underlay-padding': 8 },
    },
    // Edges are haystack lines (Cytoscape's default curve style, the cheapest it draws) unless they have the
    // `arrow` class: all edges of a small graph, and in a large one those on screen once the analyst zooms in
    // (view.ts). Keeping the arrow properties off the plain edges halves the style work of a large first render.
    { selector: 'edge', style: { width: 1.4, 'line-color': 'data(color)' } },
    {
      selector: 'edge.arrow',
      style: { 'curve-style': 'bezier', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8 },
    },
    { selector: 'edge[type = "GUARANTEES"]', style: { width: 2.2 } },
    { selector: 'edge[type = "CONTROLS"]', style: { 'line-style': 'dashed', width: 2 } },
    { selector: 'edge[cat = "contact"]', style: { 'line-style': 'dotted' } },
    { selector: 'edge.arrow[cat = "contact"]', style: { 'target-arrow-shape': 'none' } },
    {
      selector: 'edge[elabel]',
      style: {
        label: 'data(elabel)',
        'font-size': 10,
        'min-zoomed-font-size': 7,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        color: '#334155',
      },
    },
    { selector: 'node:selected', style: { 'underlay-color': '#0ea5e9', 'underlay-opacity': 0.35, 'underlay-padding': 6 } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0 } },
    { selector: 'node.hl', style: { 'border-width': 4, 'border-color': HIGHLIGHT, 'z-index': 30 } },
    { selector: 'edge.hl', style: { 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, width: 4, opacity: 1, 'z-index': 30 } },
    { selector: 'node.endpoint', style: { 'underlay-color': '#f59e0b', 'underlay-opacity': 0.45, 'underlay-padding': 8 } },
    { selector: 'node.defaulted', style: { 'background-color': '#7f1d1d', 'border-width': 5, 'border-color': HIGHLIGHT, width: 40, height: 32 } },
    { selector: 'node.contagion', style: { 'background-color': 'mapData(exposure, 0, 1, #fdba74, #b91c1c)' } },
  ];
  return sheet;
}
