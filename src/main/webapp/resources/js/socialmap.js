/*
 * The network view of the social map (cytoscape.js, served by the application). It draws the same
 * data as the table twin, which stays the accessible form of the map: selecting a node here
 * highlights its row, and "show in network" in a row selects the node here.
 */
(function () {
  'use strict';

  var COLOURS = {
    library: '#1565c0', partner: '#2e7d32', branch: '#6a1b9a',
    community: '#c62828', taalnetwerk: '#ef6c00', alliance: '#37474f',
    municipality: '#00838f', group: '#9e9e9e'
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
    var texts = JSON.parse(container.getAttribute('data-labels') || '{}');

    function nodeData(n) {
      var label = n.kind === 'group'
        ? (n.name || texts.other) + ' (' + n.size + ')'
        : n.name;
      return { id: n.id, label: label, name: n.name, kind: n.kind, distance: n.distance,
               sector: n.sector, municipality: n.municipality, size: n.size,
               degree: degree[n.id] || 0, centre: n.distance === 0 };
    }
    var edgeCount = 0;
    function edgeData(e) {
      edgeCount++;
      return { id: 'e' + edgeCount, source: e.source, target: e.target, type: e.type,
               status: e.status || 'confirmed' };
    }
    var elements = map.nodes.map(function (n) { return { data: nodeData(n) }; })
      .concat(map.edges.map(function (e) { return { data: edgeData(e) }; }));
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
        { selector: 'node[kind = "group"]', style: { 'shape': 'round-rectangle', 'width': 40,
          'height': 28, 'border-width': 2, 'border-style': 'dashed', 'border-color': '#424242' } },
        { selector: 'edge[type = "GROUPED"]', style: { 'line-style': 'dashed', 'opacity': 0.6 } },
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
      selectedId = id;
      reselect();
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

    /* The card of the selected node: what it is, a link to its profile, and the way to expand
       it: its neighbours for a node, its members for a super-node. */
    var card = document.getElementById('card');
    var query = container.getAttribute('data-query') || '';
    var api = container.getAttribute('data-api');
    var profile = container.getAttribute('data-profile');

    function showCard(node) {
      if (!card) {
        return;
      }
      card.hidden = false;
      var title = card.querySelector('.kp-card-title');
      title.textContent = node.data('label');
      var info = card.querySelector('.kp-card-info');
      info.textContent = [texts['kind.' + node.data('kind')], node.data('municipality')]
        .filter(Boolean).join(' · ');
      var link = card.querySelector('.kp-card-profile');
      var isOrganisation = node.data('kind') === 'library' || node.data('kind') === 'partner';
      var isCommunity = node.data('kind') === 'community';
      var isAlliance = node.data('kind') === 'alliance';
      link.hidden = !isOrganisation && !isCommunity && !isAlliance;
      if (!link.hidden) {
        link.href = (isCommunity ? profile.replace('/organisation/', '/community/')
          : isAlliance ? profile.replace('/organisation/', '/alliance/') : profile)
          + '?id=' + encodeURIComponent(node.id());
      }
      var expand = card.querySelector('.kp-card-expand');
      var key = node.data('kind') === 'group' ? node.id().substring('group:'.length) : null;
      expand.hidden = key === 'other';
      expand.textContent = key ? texts.expandGroup : texts.expandNode;
      expand.onclick = function () { key ? expandGroup(node, key) : expandNode(node); };
    }

    /* Expanding goes through the page (a PrimeFaces remote command): the server adds the nodes
       to this view's map, re-renders the table twin, and hands back what was added. */
    var pending = null;

    function status(text) {
      var line = card ? card.querySelector('.kp-card-status') : null;
      if (line) {
        line.textContent = text;
      }
    }

    function expand(node, key) {
      if (typeof window.knooppuntExpand !== 'function') {
        return;
      }
      pending = { around: node.position() };
      status(texts.loading);
      window.knooppuntExpand(key
        ? [{ name: 'group', value: key }]
        : [{ name: 'node', value: node.id() }]);
    }

    function expandNode(node) {
      expand(node, null);
    }

    function expandGroup(node, key) {
      expand(node, key);
    }

    function onExpanded(args) {
      var around = pending ? pending.around : { x: 0, y: 0 };
      pending = null;
      if (!args || !args.added) {
        status(texts.failed);
        return;
      }
      var added = JSON.parse(args.added);
      if (added.error) {
        status(added.error);
        return;
      }
      if (added.removed) {
        cy.getElementById(added.removed).remove();
      }
      var radius = 60 + 4 * added.nodes.length;
      added.nodes.forEach(function (n, i) {
        var angle = 2 * Math.PI * i / Math.max(1, added.nodes.length);
        cy.add({ group: 'nodes', data: nodeData(n),
                 position: { x: around.x + radius * Math.cos(angle),
                             y: around.y + radius * Math.sin(angle) } });
      });
      added.edges.forEach(function (e) {
        cy.add({ group: 'edges', data: edgeData(e) });
      });
      status(texts.added.replace('{0}', added.nodes.length));
      reselect();
    }

    var selectedId = null;

    /* After the table twin was re-rendered (sort, filter, page, expand): mark the selected row. */
    function reselect() {
      document.querySelectorAll('tr button[data-select]').forEach(function (button) {
        button.closest('tr').classList.toggle('kp-selected',
          button.getAttribute('data-select') === selectedId);
      });
    }

    cy.on('tap', 'node', function (event) {
      select(event.target.id());
      showCard(event.target);
      var button = document.querySelector('button[data-select="' + CSS.escape(event.target.id()) + '"]');
      var row = button ? button.closest('tr') : null;
      if (row) {
        row.scrollIntoView({ block: 'nearest' });
      }
    });
    /* "Show in network" in the table twin; delegated, because the table is re-rendered. */
    document.addEventListener('click', function (event) {
      var button = event.target.closest ? event.target.closest('button[data-select]') : null;
      if (!button) {
        return;
      }
      select(button.getAttribute('data-select'));
      showCard(cy.getElementById(button.getAttribute('data-select')));
      container.scrollIntoView({ block: 'nearest' });
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
                                  colours: COLOURS, expandNode: expandNode,
                                  expandGroup: expandGroup, onExpanded: onExpanded,
                                  reselect: reselect };
    document.dispatchEvent(new CustomEvent('knooppunt:socialmap', { detail: window.knooppuntSocialMap }));
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
