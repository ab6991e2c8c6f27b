/**
 * A self-contained page that browses the OpenAPI document (no CDN: shops are often offline). It
 * fetches `/api/openapi.json` and lists operations by tag with their permission, parameters,
 * request body, responses and schemas; a filter box narrows by path or summary.
 */
export const API_DOCS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Kassa API</title>
<style>
body{margin:0;font:14px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;color:#1a1a1a;background:#fafafa}
header{position:sticky;top:0;background:#12355b;color:#fff;padding:10px 20px;display:flex;gap:16px;align-items:center}
header h1{font-size:18px;margin:0}header input{flex:1;max-width:420px;padding:6px 10px;border-radius:4px;border:0}
main{max-width:1000px;margin:0 auto;padding:12px 20px 60px}
#intro{color:#444;white-space:pre-wrap}
h2{margin:28px 0 8px;text-transform:capitalize;border-bottom:2px solid #12355b}
details{background:#fff;border:1px solid #ddd;border-radius:6px;margin:6px 0}
summary{cursor:pointer;padding:8px 12px;display:flex;gap:10px;align-items:baseline}
.m{font:600 12px ui-monospace,Menlo,monospace;padding:2px 6px;border-radius:3px;color:#fff;min-width:52px;text-align:center}
.GET{background:#2b7a3d}.POST{background:#1d5fa8}.PATCH{background:#a86d1d}.DELETE{background:#a8321d}
code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}
.path{font-weight:600}.perm{margin-left:auto;color:#666;font-size:12px}
.body{padding:0 14px 12px}pre{background:#f4f4f4;padding:8px;border-radius:4px;overflow:auto;max-height:360px}
table{border-collapse:collapse}td,th{border-bottom:1px solid #eee;padding:3px 10px 3px 0;text-align:left;vertical-align:top}
</style></head>
<body><header><h1>Kassa API</h1><input id="filter" placeholder="Filter by path or summary" aria-label="Filter"><a style="color:#fff" href="/api/openapi.json">openapi.json</a></header>
<main><p id="intro">Loading…</p><div id="ops"></div></main>
<script>
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'})[c]);
const json = (v) => '<pre>' + esc(JSON.stringify(v, null, 2)) + '</pre>';
function render(doc) {
  document.getElementById('intro').textContent = doc.info.title + ' ' + doc.info.version + ' — ' + doc.info.description;
  const byTag = {};
  for (const [path, ops] of Object.entries(doc.paths)) for (const [method, op] of Object.entries(ops)) {
    (byTag[op.tags[0]] ??= []).push({ path, method: method.toUpperCase(), op });
  }
  let html = '';
  for (const [tag, ops] of Object.entries(byTag)) {
    html += '<section data-tag><h2>' + esc(tag) + '</h2>';
    for (const { path, method, op } of ops) {
      const access = op['x-kassa-permission'] ?? (op.security && op.security.length === 0 ? 'public' : 'signed in');
      const params = (op.parameters ?? []).map((p) => '<tr><td><code>' + esc(p.name) + '</code></td><td>' + esc(p.in) +
        (p.required ? ', required' : '') + '</td><td><code>' + esc(JSON.stringify(p.schema)) + '</code></td></tr>').join('');
      const responses = Object.entries(op.responses).map(([status, r]) => '<tr><td>' + esc(status) + '</td><td>' +
        esc(r.description) + '</td></tr>').join('');
      const ok = Object.entries(op.responses).find(([s]) => s.startsWith('2'));
      const okSchema = ok && ok[1].content && ok[1].content['application/json'];
      html += '<details data-text="' + esc((path + ' ' + op.summary + ' ' + op.operationId).toLowerCase()) + '"><summary><span class="m ' + method + '">' +
        method + '</span><span class="path">' + esc(path) + '</span><span>' + esc(op.summary) + '</span><span class="perm">' +
        esc(access) + '</span></summary><div class="body"><p>operationId <code>' + esc(op.operationId) + '</code></p>' +
        (params ? '<h4>Parameters</h4><table>' + params + '</table>' : '') +
        (op.requestBody ? '<h4>Request body</h4>' + json(op.requestBody.content['application/json'].schema) : '') +
        '<h4>Responses</h4><table>' + responses + '</table>' + (okSchema ? '<h4>Response schema</h4>' + json(okSchema.schema) : '') +
        '</div></details>';
    }
    html += '</section>';
  }
  document.getElementById('ops').innerHTML = html;
}
document.getElementById('filter').addEventListener('input', (e) => {
  const q = e.target.value.trim().toLowerCase();
  for (const d of document.querySelectorAll('details')) d.hidden = q !== '' && !d.dataset.text.includes(q);
});
fetch('/api/openapi.json').then((r) => r.json()).then(render).catch((e) => {
  document.getElementById('intro').textContent = 'Could not load the API document: ' + e;
});
</script></body></html>`;
