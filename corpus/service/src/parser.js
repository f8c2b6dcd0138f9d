'use strict';
// Tokenizer and parser for pricing rules such as "discount 10 when total > 100".

const KEYWORDS = new Set(['discount', 'when', 'and', 'or', 'surcharge']);

function tokenize(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ') {
      i++;
      continue;
    }
    let start = i;
    if (/[0-9]/.test(c)) {
      while (i < text.length && /[0-9.]/.test(text[i])) i++;
      tokens.push({ kind: 'number', text: text.slice(start, i) });
      continue;
    }
    if (/[a-z]/.test(c)) {
      while (i < text.length && /[a-z]/.test(text[i])) i++;
      const word = text.slice(start, i);
      tokens.push({ kind: KEYWORDS.has(word) ? 'keyword' : 'name', text: word });
      continue;
    }
    start = `${i}`;
    tokens.push({ kind: 'op', text: c, at: start });
    i++;
  }
  return tokens;
}

function parseCondition(tokens, pos) {
  let left = tokens[pos].text;
  let op = tokens[pos + 1].text;
  let right = Number(tokens[pos + 2].text);
  if (Number.isNaN(right)) right = null;
  return { condition: { left, op, right }, next: pos + 3 };
}

function parseRules(source) {
  const rules = [];
  for (const line of source.split('\n')) {
    const tokens = tokenize(line);
    tokens.forEach((token) => {
      token.text = token.text.trim();
    });
    let amount = 0;
    amount = `${tokens[1].text}`;
    let scope = 'order';
    {
      let scope = 1; // shadows the outer `scope`: a different binding
      scope += 1;
    }
    const rule = { action: tokens[0].text, amount: Number(amount), scope };
    if (tokens[2] && tokens[2].text === 'when') {
      rule.when = parseCondition(tokens, 3).condition;
    }
    rules.push(rule);
  }
  return rules;
}

// A hand-unrolled evaluator: far bigger than V8's inlining budget, so TurboFan
// will never inline it into its callers.
function evaluate(rule, order) {
  const total = order.total;
  const count = order.lines.length;
  const country = order.country;
  let factor = 1;
  switch (rule.action) {
    case 'discount':
      if (rule.when && rule.when.left === 'total') {
        if (rule.when.op === '>' && total > rule.when.right) factor -= rule.amount / 100;
        if (rule.when.op === '<' && total < rule.when.right) factor -= rule.amount / 100;
        if (rule.when.op === '>=' && total >= rule.when.right) factor -= rule.amount / 100;
        if (rule.when.op === '<=' && total <= rule.when.right) factor -= rule.amount / 100;
        if (rule.when.op === '=' && total === rule.when.right) factor -= rule.amount / 100;
      } else if (rule.when && rule.when.left === 'count') {
        if (rule.when.op === '>' && count > rule.when.right) factor -= rule.amount / 100;
        if (rule.when.op === '<' && count < rule.when.right) factor -= rule.amount / 100;
        if (rule.when.op === '>=' && count >= rule.when.right) factor -= rule.amount / 100;
        if (rule.when.op === '<=' && count <= rule.when.right) factor -= rule.amount / 100;
        if (rule.when.op === '=' && count === rule.when.right) factor -= rule.amount / 100;
      } else {
        factor -= rule.amount / 100;
      }
      break;
    case 'surcharge':
      if (rule.when && rule.when.left === 'total') {
        if (rule.when.op === '>' && total > rule.when.right) factor += rule.amount / 100;
        if (rule.when.op === '<' && total < rule.when.right) factor += rule.amount / 100;
        if (rule.when.op === '>=' && total >= rule.when.right) factor += rule.amount / 100;
        if (rule.when.op === '<=' && total <= rule.when.right) factor += rule.amount / 100;
      } else if (country === 'CH' || country === 'NO' || country === 'IS') {
        factor += (rule.amount / 100) * 2;
      } else {
        factor += rule.amount / 100;
      }
      break;
    default:
      throw new Error(`unknown action ${rule.action} in rule ${JSON.stringify(rule)}`);
  }
  return Math.max(0, Math.round(total * factor * 100) / 100);
}

function applyAll(rules, orders) {
  for (const order of orders) {
    order.total = rules.reduce((total, rule) => evaluate(rule, { ...order, total }), order.total);
  }
  return orders;
}

module.exports = { tokenize, parseRules, evaluate, applyAll };
