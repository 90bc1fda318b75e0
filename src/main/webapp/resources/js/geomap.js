/*
 * The geographic view of the social map (Leaflet and Leaflet.markercluster, served by the
 * application). It shows the same nodes as the network and the table twin (which stays the
 * accessible form of the map): a marker per node with a location, coloured by kind and bundled
 * where they crowd, and the boundaries of the nodes' municipalities from
 * /api/municipalities/boundaries, optionally coloured by need. The selection is shared: picking a
 * marker selects the node in the network and the table; a node selected there is shown here.
 *
 * Every text comes from the page (data attributes rendered from the message bundles); the tile
 * server too (knooppunt.map.tiles.url; none: a plain background, for use offline).
 *
 * Markers are L.marker with an L.divIcon, not L.circleMarker: markercluster 1.4.1 clusters circle
 * markers, but its zoomToShowLayer waits for a marker icon (layer._icon) that a circle marker does
 * not have, so a node selected elsewhere could not be brought into view.
 */
(function () {
  'use strict';

  /* Need classes (inhabitants) for the choropleth; need = population × share, and until the shares
     exist it is the population (the legend says so). */
  var NEED_BREAKS = [10000, 25000, 50000, 100000, 250000];
  var NEED_COLOURS = ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'];
  var BOUNDARY_STYLE = { color: '#455a64', weight: 1, opacity: 0.8, fill: true, fillOpacity: 0.04,
                         fillColor: '#455a64' };

  var started = false;

  function init(shared) {
    var container = document.getElementById('geomap');
    if (started || !container || typeof L === 'undefined' || !L.markerClusterGroup) {
      return;
    }
    started = true;
    var data = shared ? shared.map : readMap();
    if (!data) {
      return;
    }
    var texts = container.dataset;
    var colours = (shared && shared.colours) || {};
    var lang = document.documentElement.lang || undefined;
    var numbers = new Intl.NumberFormat(lang);

    var map = L.map(container, { maxZoom: 18, minZoom: 3, zoomControl: false, keyboard: true });
    L.control.zoom({ zoomInTitle: texts.textZoomIn, zoomOutTitle: texts.textZoomOut }).addTo(map);
    map.attributionControl.addAttribution(escapeHtml(texts.boundariesAttribution));
    if (texts.tilesUrl) {
      L.tileLayer(texts.tilesUrl, {
        maxZoom: 18,
        attribution: escapeHtml(texts.tilesAttribution || ''),
        /* The pages send no Referer to other sites (Referrer-Policy: same-origin); tile servers
           such as openstreetmap.org ask for one, so the tiles send the origin only. */
        referrerPolicy: 'strict-origin-when-cross-origin'
      }).addTo(map);
    } else {
      container.classList.add('kp-geomap-plain');
    }

    var cluster = L.markerClusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 40,
      spiderfyOnMaxZoom: true,
      iconCreateFunction: function (c) {
        var count = document.createElement('span');
        count.textContent = numbers.format(c.getChildCount());
        return L.divIcon({ html: count, className: 'kp-geo-cluster', iconSize: [32, 32] });
      }
    });
    var markers = {};
    var withoutLocation = 0;
    var selected = null;
    data.nodes.forEach(function (n) {
      if (typeof n.latitude !== 'number' || typeof n.longitude !== 'number') {
        withoutLocation++;
        return;
      }
      var dot = document.createElement('span');
      dot.className = 'kp-geo-dot' + (n.distance === 0 ? ' kp-geo-centre' : '');
      dot.style.backgroundColor = colours[n.kind] || '#555';
      var size = n.distance === 0 ? 22 : 16;
      var marker = L.marker([n.latitude, n.longitude], {
        icon: L.divIcon({ html: dot, className: 'kp-geo-marker', iconSize: [size, size] }),
        title: n.name + ' (' + (texts['kind' + capitalise(n.kind)] || n.kind) + ')',
        riseOnHover: true
      });
      marker.bindPopup(popup(n, texts));
      /* Clicked, or Enter on the focused marker: its popup opens, and the node is selected. */
      marker.on('popupopen', function () {
        if (selected !== n.id) {
          highlight(n.id);
          if (shared) {
            shared.select(n.id, 'geo');
          }
        }
      });
      /* Clustering removes a marker's icon and later makes a new one: keep the selection mark. */
      marker.on('add', function () {
        if (selected === n.id) {
          highlight(n.id);
        }
      });
      markers[n.id] = marker;
      cluster.addLayer(marker);
    });
    map.addLayer(cluster);

    var note = document.getElementById('geo-note');
    if (note && withoutLocation > 0) {
      note.textContent = (texts.textWithoutLocation || '{0}')
        .replace('{0}', numbers.format(withoutLocation));
    }

    var markerBounds = cluster.getBounds();
    if (markerBounds.isValid()) {
      map.fitBounds(markerBounds, { padding: [20, 20], maxZoom: 12 });
    } else {
      map.setView([51.6, 4.9], 7); /* the Netherlands and Flanders */
    }

    function highlight(id) {
      if (selected && markers[selected] && markers[selected].getElement()) {
        markers[selected].getElement().classList.remove('kp-geo-selected');
      }
      selected = id;
      var marker = markers[id];
      if (marker && marker.getElement()) {
        marker.getElement().classList.add('kp-geo-selected');
      }
    }
    if (shared) {
      shared.onSelect('geo', function (id) {
        var marker = markers[id];
        highlight(id);
        if (marker) {
          cluster.zoomToShowLayer(marker, function () {
            highlight(id);
            marker.openPopup();
          });
        } else {
          map.closePopup();
        }
      });
    }

    var boundaries = null;
    var need = document.getElementById('geo-need');
    var legend = document.getElementById('geo-legend');
    fillLegend(legend, numbers);

    function styleBoundaries() {
      if (!boundaries) {
        return;
      }
      var showNeed = need && need.checked;
      boundaries.eachLayer(function (layer) {
        layer.setStyle(showNeed
          ? L.extend({}, BOUNDARY_STYLE, {
            fillColor: needColour(layer.feature.properties.population), fillOpacity: 0.55 })
          : BOUNDARY_STYLE);
      });
      if (legend) {
        legend.hidden = !showNeed;
      }
    }
    if (need) {
      need.addEventListener('change', styleBoundaries);
    }

    var codes = [];
    data.nodes.forEach(function (n) {
      if (n.municipalityCode && codes.indexOf(n.municipalityCode) < 0) {
        codes.push(n.municipalityCode);
      }
    });
    if (codes.length > 0 && texts.boundariesUrl) {
      fetch(texts.boundariesUrl + '?codes=' + encodeURIComponent(codes.join(',')), {
        credentials: 'same-origin', headers: { Accept: 'application/json' }
      }).then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      }).then(function (geojson) {
        boundaries = L.geoJSON(geojson, {
          style: BOUNDARY_STYLE,
          onEachFeature: function (feature, layer) {
            var p = feature.properties;
            layer.bindTooltip(escapeHtml(p.name) + '<br>' + numbers.format(p.population) + ' ' +
                              escapeHtml(texts.textPopulation || ''), { sticky: true });
          }
        }).addTo(map);
        boundaries.bringToBack();
        styleBoundaries();
        if (!selected) {
          var all = boundaries.getBounds();
          if (markerBounds.isValid()) {
            all.extend(markerBounds);
          }
          if (all.isValid()) {
            map.fitBounds(all, { padding: [10, 10], maxZoom: 12 });
          }
        }
      }).catch(function () {
        if (note) {
          note.textContent = [note.textContent, texts.textBoundariesFailed]
            .filter(Boolean).join(' ');
        }
        if (need) {
          need.disabled = true;
        }
      });
    } else if (need) {
      need.disabled = true;
    }

    window.knooppuntGeoMap = {
      map: map, cluster: cluster, markers: markers, withoutLocation: withoutLocation,
      selected: function () { return selected; },
      boundaries: function () { return boundaries; }
    };
  }

  function popup(n, texts) {
    var box = document.createElement('div');
    var name = document.createElement('strong');
    name.textContent = n.name;
    box.appendChild(name);
    [texts['kind' + capitalise(n.kind)] || n.kind, n.municipality].forEach(function (line) {
      if (line) {
        box.appendChild(document.createElement('br'));
        box.appendChild(document.createTextNode(line));
      }
    });
    return box;
  }

  function needColour(population) {
    var i = 0;
    while (i < NEED_BREAKS.length && population >= NEED_BREAKS[i]) {
      i++;
    }
    return NEED_COLOURS[i];
  }

  function fillLegend(legend, numbers) {
    var list = legend && legend.querySelector('ul');
    if (!list) {
      return;
    }
    NEED_COLOURS.forEach(function (colour, i) {
      var item = document.createElement('li');
      var swatch = document.createElement('span');
      swatch.className = 'kp-geo-swatch';
      swatch.style.backgroundColor = colour;
      item.appendChild(swatch);
      var text = i === 0 ? '< ' + numbers.format(NEED_BREAKS[0])
        : i === NEED_BREAKS.length ? '\u2265 ' + numbers.format(NEED_BREAKS[i - 1])
        : numbers.format(NEED_BREAKS[i - 1]) + ' \u2013 ' + numbers.format(NEED_BREAKS[i]);
      item.appendChild(document.createTextNode(text));
      list.appendChild(item);
    });
  }

  function capitalise(s) {
    return s ? s.charAt(0).toUpperCase() + s.slice(1) : '';
  }

  function escapeHtml(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  /* Without the network (cytoscape missing), the map still shows the page's data, unshared. */
  function readMap() {
    var source = document.getElementById('map-data');
    try {
      return source ? JSON.parse(source.textContent) : null;
    } catch (e) {
      return null;
    }
  }

  function start() {
    if (window.knooppuntSocialMap) {
      init(window.knooppuntSocialMap);
    } else {
      document.addEventListener('knooppunt:socialmap', function (event) { init(event.detail); });
      window.addEventListener('load', function () {
        if (!window.knooppuntSocialMap) {
          init(null);
        }
      });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
