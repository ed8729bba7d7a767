// The /map page: country outlines from the vendored world-atlas TopoJSON, located events as
// circle markers, popups built from DOM text nodes (never HTML strings) linking to the evidence.
(function () {
  "use strict";
  var box = document.getElementById("map");
  var status = document.getElementById("map-status");
  if (!box || typeof L === "undefined") { return; }
  var map = L.map(box, { worldCopyJump: true, attributionControl: true }).setView([30, 40], 2);
  map.attributionControl.setPrefix("Leaflet").addAttribution("Natural Earth via world-atlas");

  fetch(box.dataset.outline).then(function (r) { return r.json(); }).then(function (topo) {
    var land = topojson.feature(topo, topo.objects.countries);
    // Antarctica spans every longitude (a band across the map in this projection); rings that
    // cross the antimeridian (Russia, Fiji) are unwrapped so no edge runs across the world.
    land.features = land.features.filter(function (f) { return f.id !== "010"; });
    land.features.forEach(function (f) {
      var g = f.geometry, polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
      polys.forEach(function (poly) {
        poly.forEach(function (ring) {
          for (var i = 1; i < ring.length; i++) {
            while (ring[i][0] - ring[i - 1][0] > 180) { ring[i][0] -= 360; }
            while (ring[i][0] - ring[i - 1][0] < -180) { ring[i][0] += 360; }
          }
        });
      });
    });
    L.geoJSON(land, { interactive: false, style: { color: "#7d8c99", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map).bringToBack();
  });

  function text(tag, value, cls) {
    var el = document.createElement(tag);
    el.textContent = value == null ? "" : String(value);
    if (cls) { el.className = cls; }
    return el;
  }

  function popup(e, place) {
    var root = document.createElement("div");
    root.className = "popup";
    var who = (e.source ? (e.source.actor || e.source.text) : "—") + " → " + (e.target ? (e.target.actor || e.target.text) : "—");
    root.appendChild(text("div", (e.date || e.published || "") + " · " + e.cameo + " " + (e.plover || ""), "code"));
    root.appendChild(text("div", who));
    root.appendChild(text("div", place.name + (e.claim_id ? " · claimed (inside a claim)" : " · reported"), "place"));
    var a = text("a", e.evidence, "evidence-link");
    a.href = "/documents/" + encodeURIComponent(e.document_id) + "#" + encodeURIComponent(e.id);
    root.appendChild(a);
    return root;
  }

  var colours = { 1: "#8fc3e8", 2: "#2f7ebf", 3: "#f2b27c", 4: "#c8462c" };
  // Two layers, as ISW/CTP maps separate them: events the document reports in its own voice,
  // and events that are the content of someone's claim ("X said that ...": claim_id is set).
  var reported = L.layerGroup().addTo(map);
  var claimed = L.layerGroup().addTo(map);
  L.control.layers(null, { "reported": reported, "claimed (inside a claim)": claimed }, { collapsed: false }).addTo(map);
  var slider = document.getElementById("map-year");
  var yearLabel = document.getElementById("map-year-label");

  function yearOf(e) { return String(e.date || e.published || "").slice(0, 4); }

  function draw(items, year) {
    reported.clearLayers();
    claimed.clearLayers();
    var n = 0, bounds = [];
    items.forEach(function (e) {
      if (year && yearOf(e) !== year) { return; }
      (e.locations || []).forEach(function (place) {
        if (place.lat == null || place.lon == null) { return; }
        n += 1;
        bounds.push([place.lat, place.lon]);
        L.circleMarker([place.lat, place.lon], {
          radius: 6, weight: e.claim_id ? 2 : 1, dashArray: e.claim_id ? "2 2" : null,
          className: "event-marker " + (e.claim_id ? "claimed" : "reported"), color: "#222", fillOpacity: 0.8,
          fillColor: colours[e.quad_class] || "#999"
        }).bindPopup(popup(e, place)).addTo(e.claim_id ? claimed : reported);
      });
    });
    return { n: n, bounds: bounds };
  }

  fetch(box.dataset.events).then(function (r) {
    if (!r.ok) { throw new Error("the events query failed (" + r.status + ")"); }
    return r.json();
  }).then(function (data) {
    var items = data.items;
    var years = Array.from(new Set(items.map(yearOf).filter(function (y) { return /^\d{4}$/.test(y); }))).sort();
    function show() {
      var i = Number(slider.value);
      var year = i > 0 ? years[i - 1] : "";
      var drawn = draw(items, year);
      yearLabel.textContent = year || "all years";
      status.textContent = drawn.n + " located mentions from " + items.length + " events" +
        (year ? " (" + year + ")" : "") + (data.next ? " (first " + data.limit + " events only)" : "");
      return drawn;
    }
    slider.max = String(years.length);
    slider.value = "0";
    slider.disabled = years.length === 0;
    slider.addEventListener("input", show);
    var drawn = show();
    if (drawn.bounds.length) { map.fitBounds(drawn.bounds, { maxZoom: 5, padding: [20, 20], animate: false }); }
  }).catch(function (err) { status.textContent = String(err.message || err); });
}());
