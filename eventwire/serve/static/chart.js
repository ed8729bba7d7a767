// Drag across the timeline chart to zoom: the periods under the drag become the page's
// since/until (kept in the URL, so every panel of the page follows).  A plain click on a bar
// still opens that period's events.
(function () {
  "use strict";
  var svg = document.getElementById("timeline-chart");
  if (!svg) { return; }
  var NS = "http://www.w3.org/2000/svg";
  var start = null, band = null, dragged = false;

  function x(evt) {
    var pt = svg.createSVGPoint();
    pt.x = evt.clientX; pt.y = evt.clientY;
    return pt.matrixTransform(svg.getScreenCTM().inverse()).x;
  }

  svg.addEventListener("pointerdown", function (evt) {
    start = x(evt); dragged = false;
    band = document.createElementNS(NS, "rect");
    band.setAttribute("class", "zoom-band");
    band.setAttribute("y", "0");
    band.setAttribute("height", svg.viewBox.baseVal.height);
    band.setAttribute("x", start);
    band.setAttribute("width", "0");
    svg.appendChild(band);
    svg.setPointerCapture(evt.pointerId);
    evt.preventDefault();
  });

  svg.addEventListener("pointermove", function (evt) {
    if (start === null) { return; }
    var now = x(evt);
    if (Math.abs(now - start) > 4) { dragged = true; }
    band.setAttribute("x", Math.min(now, start));
    band.setAttribute("width", Math.abs(now - start));
  });

  svg.addEventListener("pointerup", function (evt) {
    if (start === null) { return; }
    var lo = Math.min(start, x(evt)), hi = Math.max(start, x(evt));
    start = null;
    if (band) { band.remove(); band = null; }
    if (!dragged) {  // a click: follow the bar's link, if the pointer is on one
      var hit = document.elementFromPoint(evt.clientX, evt.clientY);
      var link = hit && hit.closest ? hit.closest("a.bar") : null;
      if (link) { window.location.assign(link.getAttribute("href")); }
      return;
    }
    var periods = [];
    svg.querySelectorAll("a.bar").forEach(function (a) {
      var r = a.querySelector("rect");
      var left = Number(r.getAttribute("x")), right = left + Number(r.getAttribute("width"));
      if (right >= lo && left <= hi) { periods.push(a.dataset.period); }
    });
    if (!periods.length) { return; }
    periods.sort();
    var params = new URLSearchParams(window.location.search);
    params.set("since", periods[0]);
    params.set("until", periods[periods.length - 1]);
    window.location.assign(window.location.pathname + "?" + params.toString());
  });

  // Pointer clicks on the chart's links are followed by pointerup above (and only when the
  // pointer did not drag); keyboard activation (detail 0) follows the link as usual.
  svg.addEventListener("click", function (evt) { if (evt.detail > 0) { evt.preventDefault(); } }, true);
}());
