/*
 * The choropleth of the coverage page (Leaflet, served by the application): the municipalities of
 * the report, from the shipped boundaries at /api/municipalities/boundaries, coloured by their
 * legend class (a gap, or covered with so many people in need per serving organisation). The
 * table below the map is its accessible twin and holds the same classes. Texts and the tile
 * server come from the page's data attributes.
 */
(function () {
  'use strict';

  var COLOURS = { gap: '#d7301f', c1: '#1a9850', c2: '#66bd63', c3: '#a6d96a', c4: '#fee08b' };

  function escapeHtml(text) {
    var div = document.createElement('div');
    div.textContent = text || '';
    return div.innerHTML;
  }

  function init() {
    var container = document.getElementById('coveragemap');
    var dataScript = document.getElementById('coverage-data');
    if (!container || !dataScript || typeof L === 'undefined') {
      return;
    }
    var rows = JSON.parse(dataScript.textContent || '[]');
    var byCode = {};
    rows.forEach(function (r) { byCode[r.code] = r; });
    var texts = container.dataset;
    var note = document.getElementById('map-note');
    var map = L.map(container, { maxZoom: 14, minZoom: 5, zoomControl: false, keyboard: true });
    L.control.zoom({ zoomInTitle: texts.textZoomIn, zoomOutTitle: texts.textZoomOut }).addTo(map);
    map.attributionControl.addAttribution(escapeHtml(texts.boundariesAttribution));
    if (texts.tilesUrl) {
      L.tileLayer(texts.tilesUrl, {
        maxZoom: 18,
        attribution: escapeHtml(texts.tilesAttribution || ''),
        referrerPolicy: 'strict-origin-when-cross-origin'
      }).addTo(map);
    } else {
      container.classList.add('kp-geomap-plain');
    }
    map.setView([51.8, 5.0], 7);
    if (rows.length === 0) {
      return;
    }
    var codes = rows.map(function (r) { return r.code; });
    fetch(texts.boundariesUrl + '?codes=' + encodeURIComponent(codes.join(',')), {
      credentials: 'same-origin', headers: { Accept: 'application/json' }
    }).then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.json();
    }).then(function (geojson) {
      var layer = L.geoJSON(geojson, {
        style: function (feature) {
          var row = byCode[feature.properties.code] || {};
          return { color: '#37474f', weight: 1, fillOpacity: 0.7,
                   fillColor: COLOURS[row.bin] || '#cccccc',
                   className: 'kp-cov-area kp-cov-area-' + (row.bin || 'none') };
        },
        onEachFeature: function (feature, l) {
          var row = byCode[feature.properties.code];
          if (row) {
            l.bindTooltip(escapeHtml(row.rank + '. ' + row.label));
            if (l.getElement && l.getElement()) {
              l.getElement().setAttribute('data-code', row.code);
            }
          }
        }
      }).addTo(map);
      layer.eachLayer(function (l) {
        var row = byCode[l.feature.properties.code];
        if (row && l.getElement()) {
          l.getElement().setAttribute('data-code', row.code);
          l.getElement().setAttribute('data-bin', row.bin);
        }
      });
      map.fitBounds(layer.getBounds(), { padding: [10, 10] });
      container.dataset.ready = 'true';
    }).catch(function () {
      if (note) { note.textContent = texts.textBoundariesFailed || ''; }
      container.dataset.ready = 'failed';
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
