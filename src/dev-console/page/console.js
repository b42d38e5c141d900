// The lambdakit dev console: the invocation history, live over Server-Sent Events.
const api = '/_lambdakit/api';
const rows = new Map();
let selected;

const $ = (id) => document.getElementById(id);

function cell(row, text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  row.append(td);
  return td;
}

function sourceOf(summary) {
  return summary.http ? `${summary.http.method} ${summary.http.path}` : 'Invoke API';
}

function statusText(summary) {
  return summary.errorType ? `${summary.status} (${summary.errorType})` : summary.status;
}

function show(summary) {
  const row = document.createElement('tr');
  row.dataset.requestId = summary.requestId;
  cell(row, new Date(summary.submittedAt).toLocaleTimeString());
  cell(row, summary.requestId.slice(0, 8), 'id').title = summary.requestId;
  cell(row, sourceOf(summary));
  const status = document.createElement('span');
  status.className = `badge status-${summary.status}`;
  status.textContent = statusText(summary);
  cell(row, '').append(status);
  cell(row, summary.durationMs === undefined ? '…' : `${summary.durationMs.toFixed(1)} ms`);
  const start = summary.status === 'running' ? '' : summary.cold ? 'cold' : 'warm';
  cell(row, start, summary.cold ? 'cold' : '');
  row.addEventListener('click', () => select(summary.requestId));
  if (summary.requestId === selected) row.classList.add('selected');
  const old = rows.get(summary.requestId);
  if (old) old.replaceWith(row);
  else $('invocations').tBodies[0].prepend(row);
  rows.set(summary.requestId, row);
  $('empty').hidden = true;
}

function pretty(text) {
  if (text === undefined) return '(no result yet)';
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

async function select(requestId) {
  selected = requestId;
  for (const [id, row] of rows) row.classList.toggle('selected', id === requestId);
  const response = await fetch(`${api}/invocations/${requestId}`);
  if (!response.ok || selected !== requestId) return;
  const record = await response.json();
  $('no-selection').hidden = true;
  $('detail').hidden = false;
  $('detail-title').textContent = `${sourceOf(record)} · ${record.requestId}`;
  $('detail-event').textContent = pretty(record.event);
  $('result-title').textContent =
    record.status === 'success' || record.status === 'running' ? 'Result' : 'Error';
  $('detail-result').textContent = pretty(record.result);
  $('detail-logs').textContent = record.logs.join('\n') || '(no log lines)';
  $('replay').disabled = record.eventTruncated;
}

async function invoke(url, init) {
  const response = await fetch(url, init);
  const body = await response.json();
  if (!response.ok) {
    $('send-status').textContent = body.detail ?? `failed: ${response.status}`;
    return;
  }
  $('send-status').textContent = `sent: ${body.requestId}`;
  select(body.requestId);
}

$('replay').addEventListener('click', () => {
  if (selected) invoke(`${api}/invocations/${selected}/replay`, { method: 'POST' });
});

$('send-form').addEventListener('submit', (event) => {
  event.preventDefault();
  invoke(`${api}/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: $('event-input').value,
  });
});

$('example').addEventListener('change', async () => {
  const name = $('example').value;
  if (!name) return;
  const response = await fetch(`${api}/examples/${encodeURIComponent(name)}`);
  $('event-input').value = pretty(await response.text());
});

$('event-input').addEventListener('input', () => {
  $('example').value = '';
});

async function loadExamples() {
  const names = await (await fetch(`${api}/examples`)).json();
  for (const name of names) {
    const option = document.createElement('option');
    option.value = name;
    option.textContent = name;
    $('example').append(option);
  }
}

function connect() {
  const stream = new EventSource(`${api}/stream`);
  stream.addEventListener('open', () => {
    $('connection').textContent = 'live';
    $('connection').className = 'badge status-success';
  });
  stream.addEventListener('error', () => {
    $('connection').textContent = 'reconnecting…';
    $('connection').className = 'badge status-running';
  });
  stream.addEventListener('invocation', (message) => {
    const summary = JSON.parse(message.data);
    show(summary);
    if (summary.requestId === selected && summary.status !== 'running') select(selected);
  });
  stream.addEventListener('log', (message) => {
    const { requestId, line } = JSON.parse(message.data);
    if (requestId !== selected) return;
    const logs = $('detail-logs');
    logs.textContent = logs.textContent === '(no log lines)' ? line : `${logs.textContent}\n${line}`;
  });
}

loadExamples();
connect();
