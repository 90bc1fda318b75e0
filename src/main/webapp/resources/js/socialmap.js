/*
 * The network view of the social map (cytoscape.js, served by the application). It draws the same
 * data as the table twin, which stays the accessible form of the map: selecting a node here
 * highlights its row, and "show in network" in a row selects the node here.
 */
(function () {
  'use strict';

  var COLOURS = {
    library: '#1565c0', partner: '#2e7d32', branch: '#6a1b9a',
    community: '#c62828', taalnetwerk: '#ef6c00', alliance: '#37474f'
  };

  /* A saved map (view.xhtml?…&saved=id) carries the positions it was saved with in
     data-positions: nodes that have one go there (preset layout), the others keep their place
     from the concentric layout. */
  function applySavedPositions(cy, container) {
    var stored;
    try {
      stored = JSON.parse(container.getAttribute('data-positions') || 'null');
    } catch (e) {
      return;
    }
    if (!stored || typeof stored !== 'object' || Array.isArray(stored)) {
      return;
    }
    var placed = cy.nodes().filter(function (n) {
      return Object.prototype.hasOwnProperty.call(stored, n.id());
    });
    if (placed.nonempty()) {
      placed.layout({ name: 'preset', fit: false,
                      positions: function (n) { return stored[n.id()]; } }).run();
      cy.fit(cy.elements(), 30);
    }
  }

  function init() {
    var container = document.getElementById('network');
    var source = document.getElementById('map-data');
    if (!container || !source || typeof cytoscape === 'undefined') {
      return;
    }
    var map = JSON.parse(source.textContent);
    if (!map) {
      return;
    }
    var degree = {};
    map.edges.forEach(function (e) {
      degree[e.source] = (degree[e.source] || 0) + 1;
      degree[e.target] = (degree[e.target] || 0) + 1;
    });
    var elements = map.nodes.map(function (n) {
      return { data: { id: n.id, label: n.name, kind: n.kind, distance: n.distance,
                       degree: degree[n.id] || 0, centre: n.distance === 0 } };
    }).concat(map.edges.map(function (e, i) {
      return { data: { id: 'e' + i, source: e.source, target: e.target, type: e.type,
                       status: e.status || 'confirmed' } };
    }));
    var cy = cytoscape({
      container: container,
      elements: elements,
      wheelSensitivity: 0.2,
      layout: {
        name: 'concentric', animate: false, minNodeSpacing: 20,
        concentric: function (node) { return 10 - node.data('distance'); },
        levelWidth: function () { return 1; }
      },
      style: [
        { selector: 'node', style: {
          'background-color': function (n) { return COLOURS[n.data('kind')] || '#555'; },
          'label': 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3,
          'width': function (n) { return 14 + Math.min(30, 3 * n.data('degree')); },
          'height': function (n) { return 14 + Math.min(30, 3 * n.data('degree')); } } },
        { selector: 'node[?centre]', style: { 'border-width': 4, 'border-color': '#111' } },
        { selector: 'node.selected', style: { 'border-width': 5, 'border-color': '#ffbf47' } },
        { selector: 'edge', style: { 'width': 2, 'line-color': '#90a4ae', 'curve-style': 'bezier' } },
        { selector: 'edge[type = "COLLABORATES_WITH"]', style: { 'line-color': '#1565c0' } },
        { selector: 'edge[status = "proposed"]', style: { 'line-style': 'dashed' } },
        { selector: 'edge[status = "ended"]', style: { 'line-style': 'dotted', 'opacity': 0.5 } }
      ]
    });
    applySavedPositions(cy, container);
    var selection = document.getElementById('selection');
    var listeners = [];

    function select(id, origin) {
      cy.nodes().removeClass('selected');
      var node = cy.getElementById(id);
      node.addClass('selected');
      document.querySelectorAll('tr[data-node-id]').forEach(function (row) {
        row.classList.toggle('kp-selected', row.getAttribute('data-node-id') === id);
      });
      if (selection && node.nonempty()) {
        selection.textContent = node.data('label');
      }
      listeners.forEach(function (listener) {
        if (listener.origin !== origin) {
          listener.fn(id);
        }
      });
    }

    /* Another view (the geographic map) joins the selection: fn(id) is called when a node is
       selected elsewhere; it calls select(id, origin) itself when the user picks one there. */
    function onSelect(origin, fn) {
      listeners.push({ origin: origin, fn: fn });
    }

    cy.on('tap', 'node', function (event) {
      select(event.target.id());
      var row = document.querySelector('tr[data-node-id="' + CSS.escape(event.target.id()) + '"]');
      if (row) {
        row.scrollIntoView({ block: 'nearest' });
      }
    });
    document.querySelectorAll('button[data-select]').forEach(function (button) {
      button.addEventListener('click', function () {
        select(button.getAttribute('data-select'));
        container.scrollIntoView({ block: 'nearest' });
      });
    });
    var png = document.getElementById('export-png');
    if (png) {
      png.addEventListener('click', function () {
        var link = document.createElement('a');
        link.href = cy.png({ full: true, scale: 2, bg: '#ffffff' });
        link.download = 'sociale-kaart.png';
        document.body.appendChild(link);
        link.click();
        link.remove();
      });
    }
    var print = document.getElementById('print');
    if (print) {
      print.addEventListener('click', function () { window.print(); });
    }
    window.knooppuntSocialMap = { cy: cy, map: map, select: select, onSelect: onSelect,
                                  colours: COLOURS };
    document.dispatchEvent(new CustomEvent('knooppunt:socialmap', { detail: window.knooppuntSocialMap }));
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
