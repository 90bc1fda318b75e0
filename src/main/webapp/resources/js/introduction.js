/*
 * The introduction path as a small network (cytoscape.js, served by the application): the same
 * steps as the ordered list above it, which stays the accessible form; left to right, in order.
 */
(function () {
  'use strict';
  var COLOURS = { library: '#1565c0', partner: '#2e7d32', person: '#6a1b9a' };

  function init() {
    var container = document.getElementById('path-network');
    var source = document.getElementById('path-data');
    if (!container || !source || typeof cytoscape !== 'function') {
      return;
    }
    var data = JSON.parse(source.textContent || 'null');
    if (!data) {
      return;
    }
    var elements = data.nodes.map(function (n, i) {
      return { data: { id: n.id, label: n.label, kind: n.kind }, position: { x: i * 170, y: (i % 2) * 40 } };
    }).concat(data.edges.map(function (e, i) {
      return { data: { id: 'e' + i, source: e.source, target: e.target, label: e.label } };
    }));
    var cy = cytoscape({
      container: container,
      elements: elements,
      layout: { name: 'preset', fit: true, padding: 30 },
      userZoomingEnabled: false,
      style: [
        { selector: 'node', style: {
          'label': 'data(label)', 'text-valign': 'bottom', 'text-margin-y': 6, 'font-size': 12,
          'text-wrap': 'wrap', 'text-max-width': 140, 'width': 26, 'height': 26,
          'background-color': function (n) { return COLOURS[n.data('kind')] || '#555'; },
          'shape': function (n) { return n.data('kind') === 'person' ? 'ellipse' : 'round-rectangle'; } } },
        { selector: 'edge', style: {
          'label': 'data(label)', 'font-size': 10, 'curve-style': 'straight', 'width': 2,
          'line-color': '#888', 'text-background-color': '#fff', 'text-background-opacity': 1 } }
      ]
    });
    container.setAttribute('data-ready', String(cy.nodes().length));
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
