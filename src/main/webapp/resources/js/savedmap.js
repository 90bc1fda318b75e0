/*
 * "Save map" on the social map page (WEB-INF/includes/save-form.xhtml). Just before sending, the
 * positions field is filled with where the nodes now are in the network view
 * (window.knooppuntSocialMap.cy); the form goes as JSON to /api/savedmaps, which applies the same
 * rules as every other client. Saved: the page reloads with saved=<id>, which shows the notice and
 * keeps the layout. Refused: the reasons, in the page's language, above the fields.
 */
(function () {
  'use strict';

  function positions() {
    var result = {};
    var map = window.knooppuntSocialMap;
    if (map && map.cy) {
      map.cy.nodes().forEach(function (node) {
        var p = node.position();
        result[node.id()] = { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 };
      });
    }
    return result;
  }

  function init() {
    var form = document.getElementById('save-map');
    if (!form) {
      return;
    }
    var errors = document.getElementById('save-map-errors');
    var button = document.getElementById('save-map-submit');

    function show(body) {
      errors.textContent = '';
      var message = document.createElement('p');
      message.textContent = (body && body.message) || form.getAttribute('data-text-failed');
      errors.appendChild(message);
      if (body && Array.isArray(body.fieldErrors) && body.fieldErrors.length) {
        var list = document.createElement('ul');
        body.fieldErrors.forEach(function (e) {
          var item = document.createElement('li');
          var label = form.getAttribute('data-label-' + String(e.field).replace(/[^a-z]/gi, ''));
          item.textContent = (label ? label + ': ' : '') + e.message;
          list.appendChild(item);
        });
        errors.appendChild(list);
      }
      errors.hidden = false;
      errors.focus();
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var placed = positions();
      form.elements.positions.value = JSON.stringify(placed);
      var shared = form.elements.shared;
      var body = {
        name: form.elements.name.value,
        description: form.elements.description.value,
        centre: form.elements.centre.value,
        query: form.elements.query.value,
        positions: placed,
        shared: !!(shared && shared.checked)
      };
      button.disabled = true;
      fetch(form.getAttribute('data-api'), {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'Content-Type': 'application/json',
          'Accept': 'application/json',
          'Accept-Language': document.documentElement.lang || 'nl'
        },
        body: JSON.stringify(body)
      }).then(function (response) {
        return response.json().catch(function () { return null; }).then(function (json) {
          if (response.status === 201 && json && json.id) {
            var url = new URL(window.location.href);
            url.searchParams.set('saved', json.id);
            url.searchParams.set('done', 'saved');
            window.location.assign(url.toString());
            return;
          }
          button.disabled = false;
          show(json);
        });
      }).catch(function () {
        button.disabled = false;
        show(null);
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
