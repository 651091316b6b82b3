// Shows the widget's events on the host page (an external file: the page's CSP allows no inline script).
const planner = document.getElementById('planner');
const out = document.getElementById('host-events');
planner.addEventListener('pathways:route-chosen', (e) => {
  out.textContent = JSON.stringify(e.detail);
});
