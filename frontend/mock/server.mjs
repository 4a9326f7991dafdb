// Mock Guanxi API for developing and measuring the viewer without the Java service (never bundled).
// Deterministic data: a hand-made demo world (guarantee circle with a loop and a chain, an ownership tree,
// cases, shared addresses, a company named with markup) plus a large synthetic group whose depth-2
// neighbourhood is about 5,000 elements.
//
//   node mock/server.mjs            → http://127.0.0.1:8099
//   MOCK_PORT=8099 MOCK_AUTH=1 (require a Bearer token; login with any user, password "guanxi")
//   MOCK_NA=contagion,path (answer 501 on those endpoints)  MOCK_DELAY=ms  MOCK_HUB_SUBS=212
import http from 'node:http';

const PORT = Number(process.env.MOCK_PORT ?? 8099);
const AUTH = process.env.MOCK_AUTH === '1';
const NOT_AVAILABLE = new Set((process.env.MOCK_NA ?? '').split(',').filter(Boolean));
const DELAY = Number(process.env.MOCK_DELAY ?? 0);
const HUB_SUBS = Number(process.env.MOCK_HUB_SUBS ?? 212);

// ---------- deterministic randomness ----------
let seed = 20240601;
const rand = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const pick = (arr) => arr[Math.floor(rand() * arr.length)];

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function uscc(n) {
  const body = ('91' + String(310000 + (n % 90000)).padStart(6, '0') + 'MA' + n.toString(31).toUpperCase().padStart(7, '0'))
    .replace(/[IOSVZ]/g, '0')
    .slice(0, 17)
    .split('')
    .map((c) => (USCC_CHARS.includes(c) ? c : '0'))
    .join('');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(body[i]) * (3 ** i % 31);
  return body + USCC_CHARS[(31 - (sum % 31)) % 31];
}

const REGIONS = ['北京', '上海', '深圳', '杭州', '广州', '成都', '苏州', '南京', '武汉', '天津', '重庆', '西安'];
const WORDS = ['华信', '鼎盛', '恒通', '瑞丰', '中科', '宏达', '金泰', '汇金', '博远', '新宇', '联创', '嘉禾', '永安', '国泰', '天成', '佳和', '盛世', '融通', '长风', '明德'];
const TRADES = ['科技', '实业', '贸易', '投资', '建设', '物流', '能源', '置业', '电子', '医药', '材料', '供应链'];
const SUFFIX = ['有限公司', '股份有限公司', '有限责任公司'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '华', '建国'];
const POSITIONS = ['法定代表人', '董事长', '董事', '监事', '总经理', '财务负责人'];

// ---------- the graph ----------
const nodes = new Map(); // id -> {id,label,name,...}
const edges = []; // {id,source,target,type,props}
const out = new Map();
const inc = new Map();
let companySeq = 1;
let personSeq = 1;

function addNode(n) {
  nodes.set(n.id, n);
  out.set(n.id, out.get(n.id) ?? []);
  inc.set(n.id, inc.get(n.id) ?? []);
  return n;
}
function company(name, extra = {}) {
  const n = companySeq++;
  return addNode({
    id: extra.id ?? uscc(n),
    label: 'Company',
    name,
    formerNames: extra.formerNames ?? [],
    status: extra.status ?? '存续',
    capital: extra.capital ?? Math.round(1 + rand() * 50) * 1e6,
    address: extra.address ?? `${pick(REGIONS)}市${pick(['高新区', '自贸区', '经开区', '朝阳区', '浦东新区'])}${Math.floor(rand() * 900 + 100)}号`,
    phone: extra.phone ?? `0${Math.floor(rand() * 90 + 10)}-${Math.floor(rand() * 9e7 + 1e7)}`,
    legalRep: extra.legalRep ?? null,
    tags: extra.tags ?? [],
  });
}
function randomCompanyName() {
  return pick(REGIONS) + pick(WORDS) + pick(TRADES) + pick(SUFFIX);
}
function person(name) {
  return addNode({ id: `P${String(personSeq++).padStart(6, '0')}`, label: 'Person', name: name ?? pick(SURNAMES) + pick(GIVEN) });
}
function caseNode(no, extra) {
  return addNode({ id: no, label: 'Case', name: no, ...extra });
}
function link(source, type, target, props = {}) {
  const e = { id: `E${edges.length + 1}`, source: source.id ?? source, target: target.id ?? target, type, props };
  edges.push(e);
  out.get(e.source).push(e);
  inc.get(e.target).push(e);
  return e;
}

// Demo world
const A = company('深圳前海华融科技有限公司', { formerNames: ['深圳华融电子有限公司'], capital: 5e7, tags: ['GUARANTEE_LOOP', 'GUARANTEE_CIRCLE', 'MUTUAL_GUARANTEE'] });
const B = company('上海鼎盛实业有限公司', { capital: 3e7, tags: ['GUARANTEE_LOOP', 'GUARANTEE_CIRCLE'] });
const C = company('杭州恒通贸易有限公司', { capital: 2e7, tags: ['GUARANTEE_LOOP', 'OVER_GUARANTEE'] });
const D = company('苏州瑞丰物流有限公司', { capital: 1e7, tags: ['LONG_GUARANTEE_CHAIN'] });
const E = company('南京金泰建设股份有限公司', { capital: 8e7, status: '吊销', tags: ['ABNORMAL_STATUS'] });
const F = company('武汉汇金投资有限公司', { capital: 1.2e8, tags: ['GROUP_MEMBER'] });
const X = company('北京<script>alert(1)</script>科技有限公司', { capital: 1e6, address: '北京市朝阳区建国路88号', tags: ['SHARED_CONTACT'] });
const HOLD = company('中科鼎盛控股集团有限公司', { capital: 5e8, tags: ['NO_ULTIMATE_CONTROLLER'] });
const MID = company('天津明德投资管理有限公司', { capital: 1e8 });
const SH1 = company('深圳长风新能源有限公司', { capital: 2e7, address: '北京市朝阳区建国路88号' });
const SH2 = company('成都佳和医药有限公司', { capital: 2e7, address: '北京市朝阳区建国路88号' });
const pZhang = person('张伟');
const pLi = person('李娜');
const pWang = person('王建国');
// ownership: Wang 60% → HOLD; HOLD 70% → MID; MID 55% → A; Li 30% → A; A 80% → D, A 100% → SH1; cross-holding MID 10% ← A
link(pWang, 'HOLDS', HOLD, { ratio: 0.6 });
link(pLi, 'HOLDS', HOLD, { ratio: 0.4 });
link(HOLD, 'HOLDS', MID, { ratio: 0.7 });
link(F, 'HOLDS', MID, { ratio: 0.3 });
link(MID, 'HOLDS', A, { ratio: 0.55 });
link(pLi, 'HOLDS', A, { ratio: 0.3 });
link(pZhang, 'HOLDS', A, { ratio: 0.15 });
link(A, 'HOLDS', D, { ratio: 0.8 });
link(A, 'HOLDS', SH1, { ratio: 1 });
link(A, 'HOLDS', X, { ratio: 0.51 });
link(D, 'HOLDS', SH2, { ratio: 0.35 });
link(pZhang, 'SERVES', A, { position: '法定代表人' });
link(pZhang, 'SERVES', B, { position: '董事' });
link(pLi, 'SERVES', A, { position: '董事长' });
link(pWang, 'SERVES', HOLD, { position: '董事长' });
link(pLi, 'SERVES', C, { position: '监事' });
// guarantees: loop A → B → C → A, mutual A ↔ B, chain C → D → E → F
const g = (s, t, amount, extra = {}) => link(s, 'GUARANTEES', t, { amount, type: '连带责任保证', status: 'active', start: '2021-01-01', end: null, contractId: `GC-${edges.length + 1}`, ...extra });
g(A, B, 2e7);
g(B, C, 1.5e7);
g(C, A, 3e7);
g(B, A, 1e7);
g(C, D, 8e6);
g(D, E, 5e6, { start: '2023-06-01' });
g(E, F, 4e6);
g(X, C, 2e6, { end: '2022-12-31' });
const case1 = caseNode('(2023)沪0115民初12345号', { court: '上海市浦东新区人民法院', date: '2023-05-12', cause: '金融借款合同纠纷' });
const case2 = caseNode('(2022)浙01民初678号', { court: '杭州市中级人民法院', date: '2022-09-01', cause: '保证合同纠纷' });
link(B, 'PARTY_TO', case1, { role: '被告' });
link(A, 'PARTY_TO', case1, { role: '第三人' });
link(C, 'PARTY_TO', case2, { role: '被告' });
link(A, 'PARTY_TO', case2, { role: '被告' });
link(X, 'SAME_ADDRESS', SH1, { value: '北京市朝阳区建国路88号' });
link(X, 'SAME_ADDRESS', SH2, { value: '北京市朝阳区建国路88号' });
link(SH1, 'SAME_ADDRESS', SH2, { value: '北京市朝阳区建国路88号' });
link(A, 'CONTROLS', D, { path: [A.id, D.id] });
link(MID, 'CONTROLS', A, { path: [MID.id, A.id] });
link(HOLD, 'CONTROLS', MID, { path: [HOLD.id, MID.id] });
link(pWang, 'CONTROLS', HOLD, { path: [pWang.id, HOLD.id] });

// Large synthetic group around a hub: about 5,000 elements two steps out.
const HUB = company('华夏巨擘控股集团有限公司', { capital: 2e9, tags: ['GROUP_MEMBER', 'CROSS_HOLDING'] });
const hubPeople = Array.from({ length: 6 }, () => person());
hubPeople.forEach((p, i) => link(p, 'SERVES', HUB, { position: POSITIONS[i % POSITIONS.length] }));
link(hubPeople[0], 'HOLDS', HUB, { ratio: 0.42 });
const subs = [];
for (let i = 0; i < HUB_SUBS; i++) {
  const tags = rand() < 0.15 ? [pick(['GUARANTEE_CIRCLE', 'OVER_GUARANTEE', 'SHARED_CONTACT', 'LONG_GUARANTEE_CHAIN'])] : [];
  const s = company(randomCompanyName(), { tags });
  subs.push(s);
  link(HUB, 'HOLDS', s, { ratio: Math.round((0.3 + rand() * 0.7) * 100) / 100 });
}
for (const s of subs) {
  const people = Array.from({ length: 5 }, () => (rand() < 0.2 ? pick(hubPeople) : person()));
  people.forEach((p, i) => link(p, 'SERVES', s, { position: POSITIONS[i % POSITIONS.length] }));
  for (let k = 0; k < 4; k++) {
    const ss = company(randomCompanyName(), { tags: rand() < 0.08 ? ['ABNORMAL_STATUS'] : [] });
    link(s, 'HOLDS', ss, { ratio: Math.round(rand() * 100) / 100 });
    if (rand() < 0.5) link(person(), 'SERVES', ss, { position: '法定代表人' });
  }
  for (let k = 0; k < 2; k++) g(s, pick(subs), Math.round(rand() * 5e7), { start: '2020-01-01' });
  if (rand() < 0.6) g(company(randomCompanyName()), s, Math.round(rand() * 3e7));
  if (rand() < 0.5) link(s, 'PARTY_TO', caseNode(`(202${Math.floor(rand() * 4)})京0105民初${Math.floor(rand() * 90000 + 10000)}号`, { court: '北京市朝阳区人民法院', cause: '买卖合同纠纷' }), { role: pick(['原告', '被告']) });
  if (rand() < 0.3) link(s, 'SAME_PHONE', pick(subs), { value: '010-88886666' });
}
// A few hundred more companies for search.
for (let i = 0; i < 300; i++) company(randomCompanyName());

// ---------- queries ----------
const companies = () => [...nodes.values()].filter((n) => n.label === 'Company');

function activeAt(e, asOf) {
  if (e.type !== 'GUARANTEES' || !asOf) return true;
  const { start, end, status } = e.props;
  if (status && status !== 'active') return false;
  return (!start || start <= asOf) && (!end || asOf <= end);
}

function nodeView(n) {
  const v = { id: n.id, label: n.label, name: n.name };
  if (n.tags?.length) v.tags = n.tags;
  if (n.label === 'Case') Object.assign(v, { court: n.court, date: n.date, cause: n.cause });
  return v;
}

function neighborhood(id, depth, types, limit, asOf) {
  const allowed = types.length ? new Set(types) : null;
  const ok = (e) => (!allowed || allowed.has(e.type)) && activeAt(e, asOf);
  const seen = new Set([id]);
  const order = [id];
  let frontier = [id];
  let truncated = false;
  for (let d = 0; d < depth && frontier.length; d++) {
    const next = [];
    for (const u of frontier) {
      for (const e of [...(out.get(u) ?? []), ...(inc.get(u) ?? [])]) {
        if (!ok(e)) continue;
        const v = e.source === u ? e.target : e.source;
        if (seen.has(v)) continue;
        if (seen.size >= limit) {
          truncated = true;
          continue;
        }
        seen.add(v);
        order.push(v);
        next.push(v);
      }
    }
    frontier = next;
  }
  const es = edges.filter((e) => ok(e) && seen.has(e.source) && seen.has(e.target));
  return { nodes: order.map((i) => nodeView(nodes.get(i))), edges: es, truncated };
}

function searchCompanies(q, limit) {
  const query = q.trim().toLowerCase();
  if (!query) return [];
  const scored = [];
  for (const c of companies()) {
    const names = [c.name, ...c.formerNames].map((s) => s.toLowerCase());
    let score = 0;
    if (c.id.toLowerCase() === query) score = 1;
    else if (names[0] === query) score = 0.99;
    else if (names[0].startsWith(query)) score = 0.9;
    else if (names[0].includes(query)) score = 0.8;
    else if (names.slice(1).some((s) => s.includes(query))) score = 0.7;
    else if (c.id.toLowerCase().startsWith(query)) score = 0.75;
    if (score) scored.push({ id: c.id, uscc: c.id, name: c.name, formerNames: c.formerNames, status: c.status, score });
  }
  return scored.sort((a, b) => b.score - a.score || a.name.length - b.name.length).slice(0, limit);
}

const TAG_CATALOGUE = {
  MUTUAL_GUARANTEE: ['high', '互保', 'Mutual guarantee'],
  GUARANTEE_LOOP: ['high', '循环担保', 'Guarantee loop'],
  GUARANTEE_CIRCLE: ['medium', '担保圈', 'Guarantee circle'],
  LONG_GUARANTEE_CHAIN: ['medium', '长担保链', 'Long guarantee chain'],
  OVER_GUARANTEE: ['high', '过度担保', 'Over-guarantee'],
  GROUP_MEMBER: ['low', '集团成员', 'Group member'],
  NO_ULTIMATE_CONTROLLER: ['low', '无实际控制人', 'No ultimate controller'],
  CROSS_HOLDING: ['medium', '交叉持股', 'Cross-holding'],
  SHARED_CONTACT: ['medium', '疑似空壳（共用联系方式）', 'Shared contact'],
  ABNORMAL_STATUS: ['high', '经营状态异常', 'Abnormal status'],
};

function tagsOf(c, asOf) {
  return (c.tags ?? []).map((code) => {
    const [severity, nameZh, nameEn] = TAG_CATALOGUE[code] ?? ['low', code, code];
    let evidence = {};
    if (code === 'GUARANTEE_LOOP') evidence = { cycle: [A.id, B.id, C.id, A.id] };
    else if (code === 'MUTUAL_GUARANTEE') evidence = { pair: [A.id, B.id], amounts: [2e7, 1e7] };
    else if (code === 'GUARANTEE_CIRCLE') {
      const circle = circles().find((x) => x.members.some((m) => m.id === c.id));
      evidence = circle ? { circleId: circle.id, size: circle.size, totalAmount: circle.totalAmount } : {};
    } else if (code === 'OVER_GUARANTEE') evidence = { given: 3.8e7, registeredCapital: c.capital, ratio: 3.8e7 / c.capital };
    else if (code === 'SHARED_CONTACT') evidence = { address: c.address, companies: [SH1.id, SH2.id, X.id].filter((i) => i !== c.id) };
    else if (code === 'LONG_GUARANTEE_CHAIN') evidence = { chain: [C.id, D.id, E.id, F.id], length: 3 };
    else if (code === 'GROUP_MEMBER') evidence = { rootId: HOLD.id };
    else if (code === 'ABNORMAL_STATUS') evidence = { status: c.status, activeGuarantees: (out.get(c.id) ?? []).filter((e) => e.type === 'GUARANTEES').map((e) => e.props.contractId) };
    return { code, severity, nameZh, nameEn, evidence, asOf: asOf ?? '2024-06-30', version: 'mock-1' };
  });
}

function holders(id) {
  return (inc.get(id) ?? []).filter((e) => e.type === 'HOLDS');
}
function investees(id) {
  return (out.get(id) ?? []).filter((e) => e.type === 'HOLDS');
}

function controlOf(id) {
  const path = [id];
  let cur = id;
  for (let i = 0; i < 10; i++) {
    const top = holders(cur).sort((a, b) => b.props.ratio - a.props.ratio)[0];
    if (!top || top.props.ratio <= 0.5 || path.includes(top.source)) break;
    path.push(top.source);
    cur = top.source;
  }
  const controller = path.length > 1 ? nodes.get(path[path.length - 1]) : null;
  // integrated stakes of persons (tree walk, enough for the mock)
  const stakes = new Map();
  const walk = (cid, factor, seen) => {
    for (const e of holders(cid)) {
      if (seen.has(e.source)) continue;
      const f = factor * e.props.ratio;
      const h = nodes.get(e.source);
      if (h.label === 'Person') stakes.set(h.id, (stakes.get(h.id) ?? 0) + f);
      else walk(h.id, f, new Set([...seen, h.id]));
    }
  };
  walk(id, 1, new Set([id]));
  let owners = [...stakes.entries()].filter(([, s]) => s >= 0.25).map(([pid, s]) => ({ id: pid, name: nodes.get(pid).name, share: s, basis: 'ownership' }));
  if (!owners.length && controller?.label === 'Person') owners = [{ id: controller.id, name: controller.name, share: null, basis: 'control' }];
  const groupRoot = path.length > 1 ? path[path.length - 1] : null;
  return {
    ultimateController: controller ? { id: controller.id, name: controller.name, type: controller.label } : null,
    controlPath: path.length > 1 ? path.map((p) => ({ id: p, name: nodes.get(p).name, type: nodes.get(p).label })) : [],
    beneficialOwners: owners,
    group: groupRoot ? { rootId: groupRoot, rootName: nodes.get(groupRoot).name, size: 1 + countDown(groupRoot) } : null,
  };
}
function countDown(id, seen = new Set()) {
  let n = 0;
  for (const e of investees(id)) {
    if (seen.has(e.target) || e.props.ratio <= 0.5) continue;
    seen.add(e.target);
    n += 1 + countDown(e.target, seen);
  }
  return n;
}

function ownershipTree(id, direction, depth) {
  const build = (nid, d, direct, integrated, seen) => {
    const n = nodes.get(nid);
    const node = { id: nid, name: n.name, type: n.label, direct, integrated, children: [] };
    if (d >= depth) return node;
    const list = direction === 'up' ? holders(nid) : investees(nid);
    for (const e of list) {
      const other = direction === 'up' ? e.source : e.target;
      if (seen.has(other)) continue;
      node.children.push(build(other, d + 1, e.props.ratio, (integrated ?? 1) * e.props.ratio, new Set([...seen, other])));
    }
    return node;
  };
  return build(id, 0, null, null, new Set([id]));
}

function circles(asOf) {
  const gEdges = edges.filter((e) => e.type === 'GUARANTEES' && activeAt(e, asOf));
  const adj = new Map();
  for (const e of gEdges) {
    for (const [a, b] of [[e.source, e.target], [e.target, e.source]]) {
      if (!adj.has(a)) adj.set(a, []);
      adj.get(a).push(b);
    }
  }
  const seen = new Set();
  const result = [];
  for (const start of adj.keys()) {
    if (seen.has(start)) continue;
    const comp = [start];
    seen.add(start);
    for (let i = 0; i < comp.length; i++) for (const v of adj.get(comp[i])) if (!seen.has(v)) { seen.add(v); comp.push(v); }
    if (comp.length < 3) continue;
    const set = new Set(comp);
    const cEdges = gEdges.filter((e) => set.has(e.source));
    const loops = findLoops(comp, cEdges);
    result.push({
      id: `GC-${comp.slice().sort()[0].slice(-6)}`,
      members: comp.map((m) => ({ id: m, name: nodes.get(m).name, type: nodes.get(m).label })),
      edges: cEdges.map((e) => ({ from: e.source, to: e.target, amount: e.props.amount })),
      size: comp.length,
      totalAmount: cEdges.reduce((s, e) => s + e.props.amount, 0),
      loops,
      longestChain: longestChain(comp, cEdges),
    });
  }
  return result;
}
function findLoops(comp, cEdges) {
  const outs = new Map(comp.map((c) => [c, []]));
  for (const e of cEdges) outs.get(e.source).push(e.target);
  const loops = [];
  for (const s of comp) {
    const stack = [[s, [s]]];
    while (stack.length && loops.length < 10) {
      const [u, path] = stack.pop();
      for (const v of outs.get(u) ?? []) {
        if (v === s && path.length >= 3 && s === path.slice().sort()[0]) loops.push([...path]);
        else if (!path.includes(v) && path.length < 6) stack.push([v, [...path, v]]);
      }
    }
  }
  return loops;
}
function longestChain(comp, cEdges) {
  const outs = new Map(comp.map((c) => [c, []]));
  for (const e of cEdges) outs.get(e.source).push(e.target);
  let best = [];
  const dfs = (u, path, budget) => {
    if (path.length > best.length) best = [...path];
    if (budget <= 0) return;
    for (const v of outs.get(u) ?? []) if (!path.includes(v)) dfs(v, [...path, v], budget - 1);
  };
  if (comp.length <= 40) for (const s of comp) dfs(s, [s], 12);
  return best;
}

function contagion(id, asOf) {
  const gIn = (v) => (inc.get(v) ?? []).filter((e) => e.type === 'GUARANTEES' && activeAt(e, asOf));
  const paths = new Map([[id, [id]]]);
  const queue = [id];
  while (queue.length) {
    const u = queue.shift();
    for (const e of gIn(u)) {
      if (paths.has(e.source)) continue;
      paths.set(e.source, [...paths.get(u), e.source]);
      queue.push(e.source);
    }
  }
  const members = [];
  for (const [m, path] of paths) {
    if (m === id) continue;
    const direct = (out.get(m) ?? []).filter((e) => e.type === 'GUARANTEES' && e.target === id && activeAt(e, asOf));
    const along = (out.get(m) ?? []).filter((e) => e.type === 'GUARANTEES' && paths.has(e.target) && activeAt(e, asOf));
    members.push({
      id: m,
      name: nodes.get(m).name,
      exposureFirstOrder: direct.reduce((s, e) => s + e.props.amount, 0),
      exposurePath: along.reduce((s, e) => s + e.props.amount, 0),
      path,
    });
  }
  return { companyId: id, members };
}

function shortestPaths(from, to, maxDepth, asOf) {
  if (!nodes.has(from) || !nodes.has(to)) return null;
  const dist = new Map([[from, 0]]);
  const preds = new Map([[from, []]]);
  let frontier = [from];
  for (let d = 0; d < maxDepth && frontier.length && !dist.has(to); d++) {
    const next = [];
    for (const u of frontier) {
      for (const e of [...out.get(u), ...inc.get(u)]) {
        if (!activeAt(e, asOf)) continue;
        const v = e.source === u ? e.target : e.source;
        if (!dist.has(v)) {
          dist.set(v, d + 1);
          preds.set(v, []);
          next.push(v);
        }
        if (dist.get(v) === d + 1) preds.get(v).push([u, e]);
      }
    }
    frontier = next;
  }
  if (!dist.has(to)) return { nodes: [], edges: [] };
  const keepN = new Set([to]);
  const keepE = new Set();
  const stack = [to];
  while (stack.length) {
    const v = stack.pop();
    for (const [u, e] of preds.get(v)) {
      keepE.add(e);
      if (!keepN.has(u)) { keepN.add(u); stack.push(u); }
    }
  }
  return { nodes: [...keepN].map((i) => nodeView(nodes.get(i))), edges: [...keepE] };
}

function companyFacts(c) {
  const legal = (inc.get(c.id) ?? []).find((e) => e.type === 'SERVES' && e.props.position === '法定代表人');
  return {
    id: c.id, uscc: c.id, regNo: `3101${c.id.slice(8, 17)}`, name: c.name, formerNames: c.formerNames,
    legalRep: legal ? nodes.get(legal.source).name : pick(SURNAMES) + pick(GIVEN),
    registeredCapital: c.capital, currency: 'CNY', registeredCapitalRaw: `${c.capital / 1e4}万元人民币`,
    established: `20${String(10 + (c.name.length % 14)).padStart(2, '0')}-0${1 + (c.name.length % 9)}-15`,
    status: c.status, companyType: c.name.includes('股份') ? '股份有限公司' : '有限责任公司',
    address: c.address, phone: c.phone, email: `contact@${c.id.slice(-6).toLowerCase()}.com.cn`, industry: '批发和零售业',
    sources: [{ file: 'companies.csv', line: 1 + (companySeq % 500), batchId: 'mock-batch-1' }],
  };
}

// ---------- HTTP ----------
const TOKEN = 'mock-token-guanxi';
function send(res, status, body, type = 'application/json') {
  res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}
function problem(res, status, detail) {
  send(res, status, { type: 'about:blank', title: http.STATUS_CODES[status], status, detail }, 'application/problem+json');
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const p = url.pathname;
  const q = (k, d) => url.searchParams.get(k) ?? d;
  const asOf = q('asOf', null);
  if (DELAY) await new Promise((r) => setTimeout(r, DELAY));
  try {
    if (p === '/api/auth/login' && req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      const { username, password } = JSON.parse(body || '{}');
      if (username && password === 'guanxi') return send(res, 200, { token: TOKEN });
      return problem(res, 401, 'wrong username or password');
    }
    if (AUTH && req.headers.authorization !== `Bearer ${TOKEN}`) return problem(res, 401, 'authentication required');
    let m;
    if (p === '/api/companies') return send(res, 200, searchCompanies(q('q', ''), Number(q('limit', 10))));
    if ((m = p.match(/^\/api\/companies\/([^/]+)(?:\/(\w[\w-]*))?$/))) {
      const id = decodeURIComponent(m[1]);
      const sub = m[2];
      if (sub && NOT_AVAILABLE.has(sub)) return problem(res, 501, `${sub} is not implemented yet`);
      const c = nodes.get(id);
      if (!c || c.label !== 'Company') return problem(res, 404, `no company with id ${id}`);
      if (!sub) return send(res, 200, companyFacts(c));
      if (sub === 'tags') return send(res, 200, tagsOf(c, asOf));
      if (sub === 'control') return send(res, 200, controlOf(id));
      if (sub === 'ownership') return send(res, 200, ownershipTree(id, q('direction', 'up'), Number(q('depth', 4))));
      if (sub === 'associated') {
        const nb = neighborhood(id, 1, [], 500, asOf);
        return send(res, 200, nb.nodes.filter((n) => n.id !== id && n.label !== 'Case').map((n) => ({
          id: n.id, name: n.name, type: n.label,
          relations: [...new Set(nb.edges.filter((e) => e.source === n.id || e.target === n.id).map((e) => e.type))],
          path: [id, n.id], tags: n.tags ?? [],
        })));
      }
      if (sub === 'contagion') return send(res, 200, contagion(id, asOf));
      return problem(res, 404, 'unknown resource');
    }
    if (p === '/api/guarantee-circles') {
      if (NOT_AVAILABLE.has('circles')) return problem(res, 501, 'not implemented yet');
      return send(res, 200, circles(asOf).filter((c) => c.size >= Number(q('minSize', 3))));
    }
    if ((m = p.match(/^\/api\/guarantee-circles\/([^/]+)$/))) {
      const c = circles(asOf).find((x) => x.id === decodeURIComponent(m[1]));
      return c ? send(res, 200, c) : problem(res, 404, 'no such circle');
    }
    if (p === '/api/graph/neighborhood') {
      if (NOT_AVAILABLE.has('neighborhood')) return problem(res, 501, 'not implemented yet');
      const id = q('id', '');
      if (!nodes.has(id)) return problem(res, 404, `no node ${id}`);
      const types = (q('types', '') || '').split(',').filter(Boolean);
      return send(res, 200, neighborhood(id, Number(q('depth', 1)), types, Number(q('limit', 500)), asOf));
    }
    if (p === '/api/graph/path') {
      if (NOT_AVAILABLE.has('path')) return problem(res, 501, 'path finder is not implemented yet');
      const r = shortestPaths(q('from', ''), q('to', ''), Number(q('maxDepth', 4)), asOf);
      return r ? send(res, 200, r) : problem(res, 404, 'unknown entity');
    }
    return problem(res, 404, `no route ${p}`);
  } catch (err) {
    return problem(res, 500, 'mock failure: ' + (err && err.message));
  }
});

server.listen(PORT, '127.0.0.1', () => {
  const nb = neighborhood(HUB.id, 2, [], 100000, null);
  console.log(`guanxi mock API on http://127.0.0.1:${PORT}  nodes=${nodes.size} edges=${edges.length}`);
  console.log(`demo company ${A.id} ${A.name}; hub ${HUB.id} depth-2 neighbourhood ${nb.nodes.length} nodes + ${nb.edges.length} edges = ${nb.nodes.length + nb.edges.length}`);
  console.log(`markup-named company ${X.id}`);
});
