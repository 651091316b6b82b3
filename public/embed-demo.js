// Shows the widgets' events on the host page (an external file: the page's CSP allows no inline script).
const out = document.getElementById('host-events');
document.addEventListener('pathways:route-chosen', (e) => {
  out.textContent = `${e.target.id}: ${JSON.stringify(e.detail)}`;
});
