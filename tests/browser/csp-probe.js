// Loaded by csp.html before its inline script: records what the CSP refuses.
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI });
});
try {
  // eslint-disable-next-line no-eval
  window.evalResult = eval('1 + 1');
} catch (e) {
  window.evalResult = e.name;
}
try {
  window.functionResult = new Function('return 2')();
} catch (e) {
  window.functionResult = e.name;
}
